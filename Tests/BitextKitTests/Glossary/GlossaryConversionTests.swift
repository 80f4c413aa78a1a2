import Foundation
import LibXML
import Testing

@testable import BitextKit

/// Writing CSV/TSV and TBX, and converting between them without losing what matters.
struct GlossaryConversionTests {
    static func shippedGlossary() throws -> Glossary {
        let url = try #require(GlossaryFixtures.shippedGlossary, "the shipped Glossary/mofa-terms.csv is not beside this package")
        return try Glossary.load(paths: [url.path])
    }

    /// Entries without locations, which necessarily change from one file to another.
    static func entries(_ glossary: Glossary, from source: TextLanguage, to target: TextLanguage) -> [Glossary.Entry] {
        func strip(_ term: Glossary.Term) -> Glossary.Term {
            var term = term
            term.location = Glossary.Location(file: "", line: 0)
            return term
        }
        return glossary.entries(from: source, to: target).map { entry in
            var entry = entry
            entry.source = strip(entry.source)
            entry.approved = entry.approved.map(strip)
            entry.forbidden = entry.forbidden.map(strip)
            return entry
        }
    }

    static func expectSameGlossary(_ converted: Glossary, _ original: Glossary, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(converted.rows.map(RowShape.init) == original.rows.map(RowShape.init), sourceLocation: sourceLocation)
        #expect(converted.concepts.count == original.concepts.count, sourceLocation: sourceLocation)
        for (source, target) in [(TextLanguage.korean, TextLanguage.english), (.english, .korean)] {
            let expected = entries(original, from: source, to: target)
            #expect(!expected.isEmpty, sourceLocation: sourceLocation)
            #expect(entries(converted, from: source, to: target) == expected, sourceLocation: sourceLocation)
        }
    }

    @Test(.enabled(if: GlossaryFixtures.shippedGlossary != nil, "the shipped Glossary/mofa-terms.csv is not beside this package"))
    func theShippedGlossaryRoundTripsThroughTBX() throws {
        let original = try Self.shippedGlossary()
        let tbx = try original.tbx(source: "mofa-terms.csv")
        #expect(tbx.omissions.isEmpty)
        let fromTBX = try Glossary(tbx: tbx.bytes, path: "mofa-terms.tbx")
        Self.expectSameGlossary(fromTBX, original)

        let csv = fromTBX.delimitedText(separator: ",")
        #expect(csv.omissions.isEmpty)
        let text = String(decoding: csv.bytes, as: UTF8.self)
        let back = try Glossary(csv: text, path: "back.csv")
        Self.expectSameGlossary(back, original)
        #expect(GlossaryLint.problems(in: back).isEmpty)

        // What a maintainer reads in the CSV written: statuses, notes with their conventions, case.
        let lines = text.components(separatedBy: "\n")
        #expect(lines.first == "ko,en,status,note")
        #expect(lines.contains("외교부,Ministry of Foreign Affairs and Trade,forbidden,name of the ministry (외교통상부) before March 2013; note that the approved 'Ministry of Foreign Affairs' is a prefix of it"))
        #expect(lines.contains("국제보건규칙,International Health Regulations,approved,ko variants: 국제 보건 규칙; abbreviation IHR"))
        #expect(lines.contains("외교부,MOFA,approved,all-capital acronym: case-sensitive; usable in titles and from the first mention"))
        let health = try #require(back.entries(from: .korean, to: .english).first { $0.source.text == "국제보건규칙" })
        #expect(health.source.variants == ["국제 보건 규칙"])
        #expect(health.approved.first?.abbreviations == ["IHR"])
    }

    @Test func caseRulesAndQuotingSurviveBothWays() throws {
        let original = try Glossary(csv: #"""
            ko,en,status,note,case
            유엔,UN,approved,"whole words only, ""UN"" not ""Un""",sensitive
            유엔,United Nations,,,insensitive
            보건,health,forbidden,"two
            lines",
            """#, path: "case.csv")
        let tbx = try original.tbx()
        let tbxText = String(decoding: tbx.bytes, as: UTF8.self)
        #expect(tbxText.contains("<note>case: sensitive</note>"))
        #expect(tbxText.contains("<note>whole words only, "))
        let fromTBX = try Glossary(tbx: tbx.bytes)
        // TBX notes are one line: XML readers fold the break into a space.
        var expected = original.rows.map(RowShape.init)
        expected[2].note = "two lines"
        #expect(fromTBX.rows.map(RowShape.init) == expected)

        for separator: Character in [",", "\t"] {
            let written = fromTBX.delimitedText(separator: separator)
            let text = String(decoding: written.bytes, as: UTF8.self)
            let back = separator == "," ? try Glossary(csv: text) : try Glossary(tsv: text)
            #expect(back.rows.map(RowShape.init) == expected)
            #expect(text.hasPrefix(["ko", "en", "status", "note", "case"].joined(separator: String(separator)) + "\n"))
        }
        #expect(try Glossary(tbx: tbx.bytes).concepts.first?.key.caseRule == .sensitive)
    }

    @Test(.enabled(if: Shared.available, Shared.missingMessage))
    func writtenTBXValidatesAgainstTheTBXv3CoreSchema() throws {
        let schema = try XMLSchema(contentsOf: try Shared.url("schemas/tbx/TBX_core.xsd").path)
        let glossary = try GlossaryFixtures.shippedGlossary.map { try Glossary.load(paths: [$0.path]) }
            ?? GlossaryFixtures.fixtureGlossary()
        let tbx = try glossary.tbx(source: "mofa-terms.csv")
        #expect(try schema.validate(bytes: tbx.bytes, url: "mofa-terms.tbx") == [])
        let text = String(decoding: tbx.bytes, as: UTF8.self)
        #expect(text.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ko\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(text.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    }

    @Test func rowsTBXCannotHoldAreReported() throws {
        let glossary = try Glossary(csv: """
            ko,en,note
            외교부,Ministry of Foreign Affairs,
            외교부,,ko variants: 외교 부
            ,United Nations,
            유엔,,a concept with its key term only
            """, path: "gaps.csv")
        let tbx = try glossary.tbx()
        #expect(tbx.omissions.map(\.description) == [
            "gaps.csv:3: warning: this row names no term besides “외교부”, so TBX has no term to carry it; it is left out.",
            "gaps.csv:4: warning: this row has no ko term to key a TBX entry on; it is left out.",
        ])
        let back = try Glossary(tbx: tbx.bytes)
        #expect(back.rows.map(RowShape.init) == [
            RowShape(.korean, ["외교부", "Ministry of Foreign Affairs"], .approved, ""),
            RowShape(.korean, ["유엔", ""], .approved, "a concept with its key term only"),
        ])
    }

    @Test func aForbiddenRowKeyedByTheOtherLanguageIsLeftOutOfATable() throws {
        let glossary = try Glossary(tbx: Array(GlossaryTBXTests.martif.utf8), path: "mofa.tbx")
        let csv = glossary.delimitedText(separator: ",")
        #expect(csv.omissions.map(\.location.line) == [25, 25])
        #expect(csv.omissions.first?.reason.contains("“Ministry of Foreign Affairs”") == true)
        let back = try Glossary(csv: String(decoding: csv.bytes, as: UTF8.self))
        #expect(back.rows.count == glossary.rows.count - 2)
        #expect(Self.entries(back, from: .korean, to: .english) == Self.entries(glossary, from: .korean, to: .english))
    }

    @Test func theTableIsKeyedByTheLanguageThatKeysMostRows() throws {
        let text = GlossaryTBXTests.v3("""
            <conceptEntry id="c1">
            <langSec xml:lang="en"><termSec><term>vaccine</term></termSec></langSec>
            <langSec xml:lang="ko"><termSec><term>백신</term></termSec></langSec>
            </conceptEntry>
            <conceptEntry id="c2">
            <langSec xml:lang="en"><termSec><term>human rights</term></termSec></langSec>
            <langSec xml:lang="ko"><termSec><term>인권</term></termSec></langSec>
            </conceptEntry>
            <conceptEntry id="c3">
            <langSec xml:lang="ko"><termSec><term>유엔</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>UN</term></termSec></langSec>
            </conceptEntry>
            """)
        let glossary = try Glossary(tbx: Array(text.utf8))
        let csv = String(decoding: glossary.delimitedText(separator: ",").bytes, as: UTF8.self)
        #expect(csv == "en,ko,status\nvaccine,백신,approved\nhuman rights,인권,approved\nUN,유엔,approved\n")
        let back = try Glossary(csv: csv)
        for (source, target) in [(TextLanguage.korean, TextLanguage.english), (.english, .korean)] {
            #expect(Self.entries(back, from: source, to: target) == Self.entries(glossary, from: source, to: target))
        }
    }

    @Test func convertWritesTheFormatTheExtensionNames() throws {
        let folder = try GlossaryLoadingTests.Folder()
        let input = try folder.write("terms.csv", "ko,en,status\n외교부,MOFA,\n외교부,MOFAT,forbidden\n")
        let tbx = folder.url.appendingPathComponent("terms.tbx").path
        let tsv = folder.url.appendingPathComponent("terms.tsv").path
        #expect(try Glossary.convert(input, to: tbx).isEmpty)
        #expect(try Glossary.convert(tbx, to: tsv).isEmpty)
        #expect(try String(contentsOfFile: tsv, encoding: .utf8) == "ko\ten\tstatus\n외교부\tMOFA\tapproved\n외교부\tMOFAT\tforbidden\n")

        #expect(throws: GlossaryError.unsupportedFormat(path: "out.xlsx", pathExtension: "xlsx")) {
            try Glossary.convert(input, to: "out.xlsx")
        }
        // A failed conversion leaves no output behind.
        let broken = try folder.write("broken.tbx", "<tbx><text>")
        let output = folder.url.appendingPathComponent("broken.csv").path
        #expect(throws: GlossaryError.self) { try Glossary.convert(broken, to: output) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
