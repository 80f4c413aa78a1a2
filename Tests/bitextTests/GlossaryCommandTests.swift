import Foundation
import Testing

/// End to end: `bitext glossary convert` and `bitext glossary lint`, run as a user would.
@Suite struct GlossaryCommandTests {
    static let shippedGlossary = BitextBinary.repository.appendingPathComponent("Glossary/mofa-terms.csv").path

    @Test func convertsTheShippedGlossaryToTBXAndBack() throws {
        let folder = try BitextBinary.temporaryFolder()
        let tbx = folder.appendingPathComponent("mofa-terms.tbx").path
        let csv = folder.appendingPathComponent("mofa-terms.csv").path

        let toTBX = try BitextBinary.run(["glossary", "convert", Self.shippedGlossary, tbx])
        #expect(toTBX.status == 0, "\(toTBX.stderr)")
        #expect(toTBX.stderr.isEmpty)
        let tbxText = try String(contentsOfFile: tbx, encoding: .utf8)
        #expect(tbxText.contains("<tbx type=\"TBX-Basic\" style=\"dca\""))
        #expect(tbxText.contains("<term>International Health Regulations</term>"))

        let toCSV = try BitextBinary.run(["glossary", "convert", tbx, csv])
        #expect(toCSV.status == 0, "\(toCSV.stderr)")
        let original = try String(contentsOfFile: Self.shippedGlossary, encoding: .utf8).components(separatedBy: "\n")
        let back = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\n")
        #expect(back.count == original.count)
        #expect(back.first == original.first)
        #expect(back.contains("국제보건규칙,International Health Rules,forbidden,wrong title of the WHO instrument"))

        let lint = try BitextBinary.run(["glossary", "lint", tbx])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.isEmpty)
    }

    @Test func lintPrintsProblemsLikeACompilerAndExitsOne() throws {
        let folder = try BitextBinary.temporaryFolder()
        let path = folder.appendingPathComponent("terms.csv").path
        try "ko,en,status\n외교부,MOFA,approved\n외교부,MOFA,approved\n북한,North Korea,\n북한,North Korea,forbidden\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["glossary", "lint", path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(path):3:1: warning: this row repeats line 2.
            \(path):5:1: warning: “North Korea” is forbidden here for “북한” but approved on line 4.

            """)
    }

    @Test func lintOfACleanFolderExitsZero() throws {
        let result = try BitextBinary.run(["glossary", "lint", BitextBinary.repository.appendingPathComponent("Glossary").path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnreadableGlossaryExitsTwoWithItsLocation() throws {
        let folder = try BitextBinary.temporaryFolder()
        let path = folder.appendingPathComponent("terms.tbx").path
        try """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="ko">
            <text><body>
            <conceptEntry id="c1">
            <langSec xml:lang="ko"><termSec><term>외교부</term><transaction type="origination"/></termSec></langSec>
            </conceptEntry>
            </body></text></tbx>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let lint = try BitextBinary.run(["glossary", "lint", path])
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("\(path):4:49: <transaction> is not an element of TBX v3."))
        #expect(lint.stdout.isEmpty)

        let output = folder.appendingPathComponent("terms.csv").path
        let convert = try BitextBinary.run(["glossary", "convert", path, output])
        #expect(convert.status == 2)
        #expect(convert.stderr.contains("\(path):4:49"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func convertWarnsAboutRowsTheOutputCannotHold() throws {
        let folder = try BitextBinary.temporaryFolder()
        let input = folder.appendingPathComponent("gaps.csv").path
        try "ko,en\n외교부,MOFA\n,United Nations\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["glossary", "convert", input, folder.appendingPathComponent("gaps.tbx").path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(input):3: warning: this row has no ko term to key a TBX entry on; it is left out.\n")
    }

    @Test func anUnknownOutputFormatIsAUsageError() throws {
        let result = try BitextBinary.run(["glossary", "convert", Self.shippedGlossary, "terms.xlsx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".csv, .tsv or .tbx"))
    }
}
