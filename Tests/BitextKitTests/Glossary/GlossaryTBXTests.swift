import Foundation
import Testing

@testable import BitextKit

/// Reading TBX v2 (`martif`) and v3 (`tbx`) into the same rows and concepts a CSV file gives.
struct GlossaryTBXTests {
    /// A Korean–English TBX-Basic v2 file as a CAT tool exports it: a DOCTYPE naming the DTD,
    /// `tig` and `ntig`, statuses in both spellings, notes at every level.
    static let martif = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
        <martif type="TBX" xml:lang="ko">
        <martifHeader><fileDesc><sourceDesc><p>MOFA terms</p></sourceDesc></fileDesc></martifHeader>
        <text><body>
        <termEntry id="e1">
          <descrip type="definition">the WHO instrument
            of 2005</descrip>
          <langSet xml:lang="ko-KR">
            <tig><term>국제보건규칙</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
              <note>ko variants: 국제 보건 규칙</note></tig>
          </langSet>
          <langSet xml:lang="en-US">
            <ntig><termGrp><term>International Health Regulations</term>
              <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp>
              <note>abbreviation IHR</note></ntig>
            <tig><term>International Health Rules</term>
              <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
          </langSet>
          <langSet xml:lang="ja"><tig><term>国際保健規則</term></tig></langSet>
        </termEntry>
        <termEntry id="e2">
          <langSet xml:lang="ko">
            <tig><term>외교부</term></tig>
            <tig><term>외교통상부</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
          </langSet>
          <langSet xml:lang="en">
            <tig><term>Ministry of <hi>Foreign</hi> Affairs</term><termNote type="administrativeStatus">preferred</termNote></tig>
            <tig><term>MOFA</term><termNote type="administrativeStatus">admitted</termNote><note>case: sensitive</note></tig>
          </langSet>
        </termEntry>
        </body></text>
        </martif>
        """

    @Test func readsTBXBasicV2IntoRowsLikeCSV() throws {
        let glossary = try Glossary(tbx: Array(Self.martif.utf8), path: "mofa.tbx")
        let rows = glossary.rows.map(RowShape.init)
        #expect(rows == [
            RowShape(.korean, ["국제보건규칙", "International Health Regulations"], .approved,
                "the WHO instrument of 2005; ko variants: 국제 보건 규칙; abbreviation IHR"),
            RowShape(.korean, ["국제보건규칙", "International Health Rules"], .forbidden,
                "the WHO instrument of 2005; ko variants: 국제 보건 규칙"),
            RowShape(.korean, ["외교부", "Ministry of Foreign Affairs"], .approved, ""),
            RowShape(.korean, ["외교부", "MOFA"], .approved, "", .sensitive),
            // A forbidden Korean term is a wrong rendering *into* Korean: keyed by the English terms.
            RowShape(.english, ["외교통상부", "Ministry of Foreign Affairs"], .forbidden, ""),
            RowShape(.english, ["외교통상부", "MOFA"], .forbidden, "", .sensitive),
        ])
        #expect(glossary.rows.map(\.location.line) == [14, 17, 28, 29, 25, 25])
        #expect(glossary.ignoredColumns == [
            Glossary.IgnoredColumn(name: "ja", location: .init(file: "mofa.tbx", line: 20), kind: .languageSection)
        ])
    }

    @Test func conceptsAndEntriesWorkAsForCSV() throws {
        let glossary = try Glossary(tbx: Array(Self.martif.utf8), path: "mofa.tbx")
        let health = try #require(glossary.entries(from: .korean, to: .english).first)
        #expect(health.source.text == "국제보건규칙")
        #expect(health.source.variants == ["국제 보건 규칙"])
        #expect(health.approved.map(\.text) == ["International Health Regulations"])
        #expect(health.approved.first?.abbreviations == ["IHR"])
        #expect(health.forbidden.map(\.text) == ["International Health Rules"])

        let toKorean = glossary.entries(from: .english, to: .korean)
        let ministry = try #require(toKorean.first { $0.source.text == "Ministry of Foreign Affairs" })
        #expect(ministry.approved.map(\.text) == ["외교부"])
        #expect(ministry.forbidden.map(\.text) == ["외교통상부"])
        #expect(toKorean.first { $0.source.text == "MOFA" }?.source.caseRule == .sensitive)
        // Lint sees only the language it cannot check.
        #expect(GlossaryLint.problems(in: glossary).map(\.description) == [
            "mofa.tbx:20: warning: xml:lang “ja” names a language Bitext does not check; its terms are ignored."
        ])
    }

    @Test func readsTBXV3WithEitherLanguageFirst() throws {
        let text = Self.v3("""
            <conceptEntry id="c1">
              <langSec xml:lang="en">
                <termSec><term>Republic of Korea</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                <termSec><term>South Korea</term><termNote type="usageStatus">notRecommended</termNote></termSec>
              </langSec>
              <langSec xml:lang="ko">
                <termSec><term>대한민국</term></termSec>
                <termSec><term>우리나라</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
              </langSec>
            </conceptEntry>
            <conceptEntry id="c2">
              <langSec xml:lang="ko"><termSec><term>유엔</term></termSec></langSec>
            </conceptEntry>
            """)
        let glossary = try Glossary(tbx: Array(text.utf8), path: "v3.tbx")
        // The English term comes first, so it keys the entry; the forbidden "South Korea" is a
        // wrong rendering into English of each approved Korean term.
        #expect(glossary.rows.map(RowShape.init) == [
            RowShape(.english, ["대한민국", "Republic of Korea"], .approved, ""),
            RowShape(.english, ["우리나라", "Republic of Korea"], .approved, ""),
            RowShape(.korean, ["대한민국", "South Korea"], .forbidden, ""),
            RowShape(.korean, ["우리나라", "South Korea"], .forbidden, ""),
            RowShape(.korean, ["유엔", ""], .approved, ""),
        ])
        let fromKorean = glossary.entries(from: .korean, to: .english)
        #expect(fromKorean.map(\.source.text) == ["대한민국", "우리나라", "유엔"])
        #expect(fromKorean[0].approved.map(\.text) == ["Republic of Korea"])
        #expect(fromKorean[0].forbidden.map(\.text) == ["South Korea"])
        // An entry without an English term is an empty cell, as in CSV.
        #expect(GlossaryLint.problems(in: glossary).map(\.message) == ["the en cell is empty, so the row names no en term."])
    }

    @Test(arguments: [
        ("preferredTerm-admn-sts", Glossary.Status.approved), ("admittedTerm-admn-sts", .approved),
        ("preferred", .approved), ("admitted", .approved), ("standardizedTerm-admn-sts", .approved),
        ("deprecatedTerm-admn-sts", .forbidden), ("supersededTerm-admn-sts", .forbidden),
        ("deprecated", .forbidden), ("superseded", .forbidden), ("notRecommended", .forbidden), ("Deprecated Term", .forbidden),
    ])
    func statuses(value: String, expected: Glossary.Status) throws {
        let text = Self.v3("""
            <conceptEntry id="c1">
            <langSec xml:lang="ko"><termSec><term>외교부</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>MOFA</term><termNote type="administrativeStatus">\(value)</termNote></termSec></langSec>
            </conceptEntry>
            """)
        #expect(try Glossary(tbx: Array(text.utf8)).rows.map(\.status) == [expected])
    }

    @Test func dctStyleStatusesAndForeignElementsAreRead() throws {
        let text = Self.v3("""
            <conceptEntry id="c1" xmlns:basic="http://www.tbxinfo.net/ns/basic">
            <langSec xml:lang="ko"><termSec><term>외교부</term><basic:partOfSpeech>noun</basic:partOfSpeech></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>MOFAT</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
            </conceptEntry>
            """)
        #expect(try Glossary(tbx: Array(text.utf8)).rows.map(\.status) == [.forbidden])
    }

    @Test(arguments: [
        // (entry lines, line within them, column, problem)
        ("<conceptEntry id=\"c1\">\n<transaction type=\"x\">y</transaction>\n</conceptEntry>", 2, 1,
            GlossaryError.TBXProblem.unknownElement(name: "transaction", version: "TBX v3")),
        ("<conceptEntry id=\"c1\">\n<termSec><term>x</term></termSec>\n</conceptEntry>", 2, 1,
            .misplacedElement(name: "termSec", parent: "conceptEntry")),
        ("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\">\n<termSec>\n<note>n</note>\n<term>x</term>\n</termSec>\n</langSec>\n</conceptEntry>", 4, 1,
            .termNotFirst(container: "termSec")),
        ("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\">\n<termSec>\n<term>x</term>\n<term>y</term>\n</termSec>\n</langSec>\n</conceptEntry>", 5, 1,
            .secondTerm(container: "termSec")),
        ("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\">\n<termSec/>\n</langSec>\n</conceptEntry>", 3, 1,
            .missingTerm(container: "termSec")),
        ("<conceptEntry id=\"c1\">\n<langSec>\n</langSec>\n</conceptEntry>", 2, 1,
            .missingLanguage(element: "langSec")),
        ("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\">\n<termSec>\n<term>x</term>\n<termNote>noun</termNote>\n</termSec>\n</langSec>\n</conceptEntry>", 5, 1,
            .missingType(element: "termNote")),
        ("<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\">\n<termSec>\n<term>x</term>\n  <termNote type=\"administrativeStatus\">maybe</termNote>\n</termSec>\n</langSec>\n</conceptEntry>", 5, 3,
            .invalidStatus(type: "administrativeStatus", value: "maybe")),
    ])
    func structureErrorsAreLocated(entry: String, line: Int, column: Int, problem: GlossaryError.TBXProblem) {
        let expected = GlossaryError.invalidTBX(path: "bad.tbx", line: Self.v3HeaderLines + line, column: column, problem: problem)
        #expect(throws: expected) { try Glossary(tbx: Array(Self.v3(entry).utf8), path: "bad.tbx") }
        #expect(expected.description.hasPrefix("bad.tbx:\(Self.v3HeaderLines + line):\(column): "))
        #expect(expected.message.hasSuffix("."))
    }

    @Test func aV2ElementInAV3FileIsUnknown() {
        let text = Self.v3("<termEntry id=\"e1\"/>")
        #expect(throws: GlossaryError.invalidTBX(
            path: "glossary.tbx", line: 3, column: 1, problem: .unknownElement(name: "termEntry", version: "TBX v3")))
        {
            try Glossary(tbx: Array(text.utf8))
        }
    }

    @Test func otherXMLIsNotTBX() {
        let text = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>\n"
        #expect(throws: GlossaryError.notTBX(path: "x.tbx", line: 2, column: 1, root: "xliff")) {
            try Glossary(tbx: Array(text.utf8), path: "x.tbx")
        }
    }

    @Test func brokenOrHostileXMLIsALocatedError() throws {
        let broken = "<martif>\n<text><body>\n<termEntry>\n</body></text></martif>\n"
        let hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x \"y\">]>\n<martif/>\n"
        for text in [broken, hostile] {
            do {
                _ = try Glossary(tbx: Array(text.utf8), path: "x.tbx")
                Issue.record("\(text) was read")
            } catch {
                guard case .notXML(let path, let line, _, let reason) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(path == "x.tbx")
                #expect(line > 1)
                #expect(!reason.isEmpty)
            }
        }
    }

    @Test func emptyTBXIsAnEmptyGlossary() throws {
        let glossary = try Glossary(tbx: Array(Self.v3("").utf8))
        #expect(glossary.rows.isEmpty && glossary.concepts.isEmpty)
    }

    @Test func loadsTBXFilesAndFoldersBesideCSV() throws {
        let folder = try GlossaryLoadingTests.Folder()
        try folder.write("a.csv", "ko,en\n유엔,United Nations\n")
        let tbx = try folder.write("b.tbx", Self.martif)
        #expect(Glossary.FileFormat(path: tbx)?.isSupported == true)
        let glossary = try Glossary.load(paths: [folder.url.path])
        #expect(glossary.concepts.map(\.key.text) == ["유엔", "국제보건규칙", "외교부", "Ministry of Foreign Affairs", "MOFA"])
        #expect(glossary.rows.last?.location.file == tbx)
    }

    @Test func aMissingTBXFileIsUnreadable() {
        #expect(throws: GlossaryError.self) { try Glossary(tbxContentsOf: "/nonexistent/terms.tbx") }
    }

    // MARK: - Helpers

    static let v3HeaderLines = 2

    /// A TBX v3 file around `entries`, which start on line 3.
    static func v3(_ entries: String) -> String {
        """
        <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
        <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader><text><body>
        \(entries)
        </body></text></tbx>
        """
    }
}

/// A row without its location, its cells Korean first: what two glossaries must agree on.
struct RowShape: Hashable, CustomStringConvertible {
    var keyLanguage: TextLanguage
    var cells: [String]
    var status: Glossary.Status
    var note: String
    var caseRule: Glossary.CaseRule?

    init(_ keyLanguage: TextLanguage, _ cells: [String], _ status: Glossary.Status, _ note: String,
        _ caseRule: Glossary.CaseRule? = nil)
    {
        self.keyLanguage = keyLanguage
        self.cells = cells
        self.status = status
        self.note = note
        self.caseRule = caseRule
    }

    init(_ row: Glossary.Row) {
        self.init(row.keyLanguage, TextLanguage.allCases.compactMap { row.cells[$0] }, row.status, row.note, row.caseRule)
    }

    var description: String { "\(keyLanguage.rawValue)|\(cells.joined(separator: "|"))|\(status)|\(note)|\(caseRule?.rawValue ?? "-")" }
}
