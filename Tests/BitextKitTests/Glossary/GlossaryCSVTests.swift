import Foundation
import Testing

@testable import BitextKit

/// Reading CSV and TSV glossaries: the header contract, RFC 4180 quoting, and errors with lines.
struct GlossaryCSVTests {
    @Test func readsTheFixtureLayout() throws {
        let glossary = try Glossary(csv: """
            ko,en,status,note
            외교부,Ministry of Foreign Affairs,approved,the ROK ministry; short form MOFA
            외교부,MOFA,approved,all-capital acronym: case-sensitive
            외교부,Ministry of Foreign Affairs and Trade,forbidden,name before March 2013
            국제보건규칙,International Health Regulations,approved,ko variants: 국제 보건 규칙; abbreviation IHR

            """)
        #expect(glossary.rows.count == 4)
        #expect(glossary.concepts.count == 2)
        let ministry = glossary.concepts[0]
        #expect(ministry.key.text == "외교부")
        #expect(ministry.terms.map(\.text) == ["Ministry of Foreign Affairs", "MOFA", "MOFA", "Ministry of Foreign Affairs and Trade"])
        #expect(ministry.terms.map(\.status) == [.approved, .approved, .approved, .forbidden])
        let regulations = glossary.concepts[1]
        #expect(regulations.key.variants == ["국제 보건 규칙"])
        #expect(regulations.terms[0].abbreviations == ["IHR"])
        #expect(regulations.terms[0].location == Glossary.Location(file: "glossary.csv", line: 5))
    }

    @Test(arguments: [
        ("ko-KR,en-US\n외교부,Ministry of Foreign Affairs\n", "ko-KR and en-US tags"),
        ("\u{FEFF}ko,en\n외교부,Ministry of Foreign Affairs\n", "a byte order mark"),
        ("ko,en\r\n외교부,Ministry of Foreign Affairs\r\n", "CRLF line ends"),
        ("KO , EN \n 외교부 , Ministry of Foreign Affairs \n", "case and padding in the header and cells"),
        ("ko,en,,\n외교부,Ministry of Foreign Affairs,,\n", "trailing empty columns from a spreadsheet"),
        ("ko,en\n\n\n외교부,Ministry of Foreign Affairs\n,\n", "blank lines and empty rows"),
        ("ko,en\n외교부,Ministry of Foreign Affairs", "no newline at the end"),
    ])
    func toleratesCommonShapes(text: String, what: String) throws {
        let glossary = try Glossary(csv: text)
        #expect(glossary.concepts.count == 1, "\(what)")
        #expect(glossary.concepts.first?.key.text == "외교부", "\(what)")
        #expect(glossary.concepts.first?.terms.map(\.text) == ["Ministry of Foreign Affairs"], "\(what)")
    }

    @Test func quotedCellsFollowRFC4180() throws {
        let glossary = try Glossary(csv: """
            ko,en,status,note
            세계백신면역연합,"Gavi, the Vaccine Alliance",approved,"short form Gavi"
            외교장관회담,Foreign Ministers’ Meeting,approved,"a note with ""quotes"", a comma
            and a line break"
            장애인,persons with disabilities,approved,
            """)
        #expect(glossary.rows.map(\.location.line) == [2, 3, 5])  // the quoted line break spans line 4
        #expect(glossary.rows[0].cells[.english] == "Gavi, the Vaccine Alliance")
        #expect(glossary.rows[1].note == "a note with \"quotes\", a comma\nand a line break")
        #expect(glossary.concepts[0].terms.map(\.text) == ["Gavi, the Vaccine Alliance", "Gavi"])
    }

    @Test func readsTSVWithTheSameRules() throws {
        let glossary = try Glossary(tsv: "en\tko\tstatus\tcase\nWHO\tWHO\tapproved\tsensitive\n\"a\ttab\"\t탭\t\tinsensitive\n")
        #expect(glossary.rows.count == 2)
        #expect(glossary.rows[0].keyLanguage == .english)
        #expect(glossary.rows[0].caseRule == .sensitive)
        #expect(glossary.rows[1].cells[.english] == "a\ttab")
        #expect(glossary.concepts[1].key.caseRule == .insensitive)
    }

    @Test func columnsForOtherLanguagesAreIgnored() throws {
        let glossary = try Glossary(csv: "ko,ja,en\n외교부,外務省,Ministry of Foreign Affairs\n")
        #expect(glossary.ignoredColumns.map(\.name) == ["ja"])
        #expect(glossary.concepts[0].terms.map(\.text) == ["Ministry of Foreign Affairs"])
    }

    @Test func statusAcceptsTBXNames() throws {
        let glossary = try Glossary(csv: "ko,en,status\n가,a,preferred\n가,b,admitted\n가,c,deprecated\n가,d,Forbidden\n")
        #expect(glossary.concepts[0].terms.map(\.status) == [.approved, .approved, .forbidden, .forbidden])
    }

    @Test(arguments: [
        ("", GlossaryError.emptyFile(path: "t.csv")),
        ("\n\n", .emptyFile(path: "t.csv")),
        ("외교부,Ministry of Foreign Affairs\n", .missingHeader(path: "t.csv", line: 1, firstCell: "외교부")),
        ("ko,en,stauts\n", .unknownColumn(path: "t.csv", line: 1, column: 3, name: "stauts")),
        ("ko,,en\n", .unknownColumn(path: "t.csv", line: 1, column: 2, name: "")),
        ("ko,en,ko-KR\n", .duplicateColumn(path: "t.csv", line: 1, column: 3, name: "ko-KR")),
        ("ko,ja\n", .tooFewLanguages(path: "t.csv", line: 1, found: ["ko", "ja"])),
        ("ko,en\n가,\"a\n\n", .unterminatedQuote(path: "t.csv", line: 2)),
        ("ko,en\n가,\"a\"b\n", .textAfterClosingQuote(path: "t.csv", line: 2)),
        ("ko,en\n가,a,b\n", .extraCells(path: "t.csv", line: 2, expected: 2, found: 3)),
        ("ko,en,status\n가,a,approved\n가,b,maybe\n", .invalidStatus(path: "t.csv", line: 3, value: "maybe")),
        ("ko,en,case\n가,a,upper\n", .invalidCaseRule(path: "t.csv", line: 2, value: "upper")),
        ("ko,en,status\n가,\"a\nb\",approved\n나,b,nope\n", .invalidStatus(path: "t.csv", line: 4, value: "nope")),
    ])
    func errorsNameFileAndLine(text: String, expected: GlossaryError) {
        #expect(throws: expected) { try Glossary(csv: text, path: "t.csv") }
    }

    @Test func errorsPrintLikeACompiler() {
        let error = GlossaryError.invalidStatus(path: "Glossary/terms.csv", line: 7, value: "maybe")
        #expect(error.description == "Glossary/terms.csv:7: status “maybe” is neither “approved” nor “forbidden”.")
        #expect(GlossaryError.fileNotFound(path: "x").description == "x: no glossary file or folder exists at this path.")
    }

    @Test func everyErrorHasASentence() {
        let errors: [GlossaryError] = [
            .fileNotFound(path: "p"), .unreadable(path: "p", reason: "r"), .notUTF8(path: "p", line: 1),
            .unsupportedFormat(path: "p", pathExtension: "tbx"), .unsupportedFormat(path: "p", pathExtension: "xlsx"),
            .noGlossaryFiles(folder: "p"), .emptyFile(path: "p"), .missingHeader(path: "p", line: 1, firstCell: "x"),
            .tooFewLanguages(path: "p", line: 1, found: []), .unknownColumn(path: "p", line: 1, column: 1, name: "x"),
            .duplicateColumn(path: "p", line: 1, column: 1, name: "x"), .unterminatedQuote(path: "p", line: 1),
            .textAfterClosingQuote(path: "p", line: 1), .extraCells(path: "p", line: 1, expected: 2, found: 3),
            .invalidStatus(path: "p", line: 1, value: "x"), .invalidCaseRule(path: "p", line: 1, value: "x"),
        ]
        for error in errors {
            #expect(error.message.hasSuffix("."), "\(error)")
            #expect(error.description.hasPrefix("p"), "\(error)")
        }
    }
}
