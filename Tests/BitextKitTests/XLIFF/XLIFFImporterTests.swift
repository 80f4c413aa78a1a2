@testable import BitextKit
import Foundation
import Testing

@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFImporterTests {
    static let seed = "2020-09-26-alliance-for-multilateralism"

    /// The seed pair exported as XLIFF 2.1, edited by `edit`, written to a file.
    static func exported(_ version: XLIFFVersion = .v2_1, prefill: Bool = false, withTarget: Bool = true,
        edit: (String) -> String = { $0 }) throws -> (path: String, korean: Release, english: Release) {
        let korean = try XLIFFTesting.fixture(seed, "ko"), english = try XLIFFTesting.fixture(seed, "en")
        let text = XLIFFTesting.string(try XLIFFTesting.export(korean, withTarget ? english : nil, version, prefill: prefill))
        let path = try XLIFFTesting.write(edit(text), to: XLIFFTesting.temporaryFolder(), as: "seed.xlf")
        return (path, korean, english)
    }

    static func problems(_ body: () throws -> Void) -> [XLIFFProblem] {
        do {
            try body()
            return []
        } catch XLIFFError.cannotImport(let problems) {
            return problems
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    @Test func sourceDriftNamesTheUnit() throws {
        let (path, korean, _) = try Self.exported { $0.replacingOccurrences(of: "약 20개국", with: "약 30개국") }
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean) }
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.rule == "source-drift")
        #expect(problem.message.contains("unit p1.b1"))
        #expect(problem.message.contains("\(korean.file):15"))
        #expect(problem.line > 1)
        // Without the source there is nothing to drift from.
        #expect(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path).count == 1)
    }

    @Test func missingAndUnknownUnitsAreReported() throws {
        let (path, korean, _) = try Self.exported {
            $0.replacingOccurrences(of: #"<unit id="p3">"#, with: #"<unit id="p9">"#)
        }
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean) }
        #expect(problems.map(\.message).contains { $0.contains("unit p9 is not a block of") })
        #expect(problems.map(\.message).contains { $0.contains("unit p3 (\(korean.file):25) is missing from the XLIFF") })
        // Without the source, the IDs themselves show the gap.
        let alone = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        #expect(alone.map(\.message) == [
            "unit p9 does not follow its predecessor: expected p3", "unit p4 does not follow its predecessor: expected p3",
        ])
    }

    @Test(arguments: XLIFFVersion.allCases)
    func untranslatedUnitsAreListedByID(version: XLIFFVersion) throws {
        let (path, korean, _) = try Self.exported(version, prefill: true, withTarget: false)
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean) }
        #expect(problems.map { $0.message.split(separator: " ")[1] } == ["title", "p1", "p1.b1", "p2", "p2.b1", "p2.b2", "p2.b3", "p3", "p4"])
        #expect(problems.allSatisfy { $0.rule == "untranslated" && $0.line > 0 })

        let lenient = XLIFFImporter(catalog: Catalog.shipped, options: .init(allowUntranslated: true))
        let imported = try #require(try lenient.importReleases(from: path, source: korean).first)
        #expect(imported.warnings.count == 1)
        #expect(imported.release.allBlocks.map(\.text) == korean.allBlocks.map(\.text), "the source text stands in")
    }

    @Test func targetsAreNormalizedToOneNFCLine() throws {
        let decomposed = "국제보건규칙".decomposedStringWithCanonicalMapping
        let (path, korean, _) = try Self.exported {
            $0.replacingOccurrences(of: "<target>The virtual meeting", with: "<target>\n   \(decomposed)\r\n The virtual meeting")
        }
        let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean).first)
        let text = try #require(imported.release.allBlocks.first { $0.id.description == "p1.b1" }?.text)
        #expect(text.hasPrefix("국제보건규칙 The virtual meeting"))
        #expect(text.unicodeScalars.count == text.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func sourceLanguageMustMatchTheSourceRelease() throws {
        let (path, _, english) = try Self.exported()
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: english) }
        #expect(problems.contains { $0.message.contains("source language is ko-KR") })
    }

    @Test func aForeignFileNeedsTheSource() throws {
        let path = try XLIFFTesting.write(XLIFFTesting.xliff2("""
            <unit id="greeting"><segment><source>안녕</source><target>Hello</target></segment></unit>
            """), to: XLIFFTesting.temporaryFolder(), as: "foreign.xlf")
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        #expect(problems.contains { $0.message.contains("“greeting” is not a Bitext block ID") })
        #expect(problems.contains { $0.message.contains("no unit “title”") })
    }

    @Test func theTargetLanguageNeedsAProfile() throws {
        let path = try XLIFFTesting.write(XLIFFTesting.xliff2(#"<unit id="title"><segment><source>가</source><target>a</target></segment></unit>"#, trgLang: "fr-FR"),
            to: XLIFFTesting.temporaryFolder(), as: "fr.xlf")
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        #expect(problems.first?.message.contains("no locale profile for the target language “fr-FR”") == true)
        let english = XLIFFImporter(catalog: Catalog.shipped, options: .init(targetLocale: "en-US"))
        #expect(try english.importReleases(from: path).first?.release.title == "a")
    }

    @Test func translateNoUnitsKeepTheirSource() throws {
        let (path, korean, _) = try Self.exported(withTarget: false) {
            $0.replacingOccurrences(of: "<unit id=", with: "<unit translate=\"no\" id=")
        }
        let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean).first)
        #expect(imported.release.title == korean.title)
    }

    /// A CAT tool joins the sentences of a unit into one segment (or splits them differently): the
    /// unit's text is what counts, so the import does not care.
    @Test(arguments: [XLIFFVersion.v2_1, .v1_2])
    func mergedAndResegmentedUnitsImport(version: XLIFFVersion) throws {
        let korean = try Catalog.parse("제목\n\n1. 첫째 문장이다. 둘째 문장이다. 셋째 문장이다.\n", locale: "ko-KR", file: "m.ko.txt")
        let english = try Catalog.parse("Title\n\n1. First sentence. Second sentence. Third sentence.\n", locale: "en-US", file: "m.en.txt")
        var document = try XLIFFTesting.read(XLIFFTesting.export(korean, english, version))
        var unit = document.files[0].units[1]
        #expect(unit.segments.count == 5)
        // Join everything into one segment, as translators do with "merge segments".
        let joined = XLIFFSegment(
            id: "s1", state: version.isVersion2 ? "final" : nil, source: .plain(unit.sourceText),
            target: .plain("First and second sentence, joined. Third sentence."))
        unit.segments = [joined]
        document.files[0].units[1] = unit
        let path = try XLIFFTesting.write(XLIFFTesting.string(try document.serialized()), to: XLIFFTesting.temporaryFolder(), as: "m.xlf")
        let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean).first)
        #expect(imported.release.blocks[0].text == "First and second sentence, joined. Third sentence.")
    }

    @Test func duplicateUnitsAreAnError() throws {
        let (path, _, _) = try Self.exported {
            $0.replacingOccurrences(of: #"<unit id="p4">"#, with: #"<unit id="p3">"#)
        }
        let problems = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        #expect(problems.map(\.message) == ["unit p3 appears twice"])
    }
    /// Many releases in one XLIFF, more than one batch.
    static func manyReleases(_ version: XLIFFVersion, withTarget: Bool = true) throws -> String {
        let pairs = try Shared.releasePairNames().map { name in
            XLIFFExporter.Item(source: try XLIFFTesting.fixture(name, "ko"), target: withTarget ? try XLIFFTesting.fixture(name, "en") : nil)
        }
        let items = (0..<(XLIFFImporter.batchSize / pairs.count + 2)).flatMap { _ in pairs }
        let bytes = try XLIFFTesting.exporter(version).export(items, targetLocale: "en-US").bytes
        return try XLIFFTesting.write(XLIFFTesting.string(bytes), to: XLIFFTesting.temporaryFolder(), as: "many.xlf")
    }

    /// Streamed, an import hands over the releases a whole import returns, in order.
    @Test(arguments: [XLIFFVersion.v2_1, .v1_2])
    func streamedReleasesAreTheWholeImportsReleases(version: XLIFFVersion) throws {
        let path = try Self.manyReleases(version)
        let importer = XLIFFImporter(catalog: Catalog.shipped)
        let whole = try importer.importReleases(from: path)
        #expect(whole.count > XLIFFImporter.batchSize)
        var streamed: [XLIFFImporter.Imported] = []
        try importer.importReleases(from: path) { streamed.append($0) }
        #expect(streamed.map(\.text) == whole.map(\.text))
        #expect(streamed.map(\.suggestedName) == whole.map(\.suggestedName))
        #expect(streamed.map(\.release) == whole.map(\.release))
        let names = try Shared.releasePairNames()
        #expect(whole.prefix(names.count).map(\.suggestedName) == names.map { "\($0).en.txt" })
    }

    /// A `<file>` too large to record whole is read a piece at a time, into the same release.
    @Test(arguments: [XLIFFVersion.v2_1, .v1_2], [1, 256, 4096])
    func filesReadInPiecesImportAsWholeOnes(version: XLIFFVersion, pieceSize: Int) throws {
        let path = try Self.manyReleases(version)
        let whole = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path)
        var inPieces = XLIFFImporter(catalog: Catalog.shipped)
        inPieces.pieceSize = pieceSize
        let pieced = try inPieces.importReleases(from: path)
        #expect(pieced.map(\.text) == whole.map(\.text))
        #expect(pieced.map(\.suggestedName) == whole.map(\.suggestedName))
        #expect(pieced.map(\.release) == whole.map(\.release))
        let korean = try XLIFFTesting.fixture(try #require(Shared.releasePairNames().first), "ko")
        let one = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: korean)
        #expect(try inPieces.importReleases(from: path, source: korean).map(\.text) == one.map(\.text))
    }

    /// Units out of place, after a `<file>` or with none, belong to the `<file>` before them (or
    /// make a release of their own), whether they are held recorded or read as they come.
    @Test(arguments: [true, false])
    func unitsOutsideAFileImportWhateverTheirSize(afterAFile: Bool) throws {
        let units = (1...40).map { #"<unit id="p\#($0)"><segment><source>문단 \#($0).</source><target>Paragraph \#($0).</target></segment></unit>"# }
        let title = #"<unit id="title"><segment><source>제목</source><target>Title</target></segment></unit>"#
        let body = afterAFile ? #"<file id="f1" original="a.ko.txt">\#(title)</file>"# + units.joined() : title + units.joined()
        let xml = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko-KR" trgLang="en-US">"#
            + body + "</xliff>\n"
        let path = try XLIFFTesting.write(xml, to: XLIFFTesting.temporaryFolder(), as: "strays.xlf")
        let whole = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path)
        #expect(whole.count == 1)
        #expect(whole.first?.release.blocks.count == 40)
        var small = XLIFFImporter(catalog: Catalog.shipped)
        small.pieceSize = 256
        #expect(try small.importReleases(from: path).map(\.text) == whole.map(\.text))
    }

    /// A malformed XLIFF is reported before a release that cannot be built, even one read earlier.
    @Test func aMalformedXLIFFWinsOverAnUntranslatedRelease() throws {
        let path = try Self.manyReleases(.v2_1, withTarget: false)
        let untranslated = Self.problems { _ = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        #expect(untranslated.first?.rule == "untranslated")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text.removeLast("</xliff>\n".count)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: XLIFFError.self) { try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) }
        do {
            try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path) { _ in }
        } catch XLIFFError.xml {
        } catch {
            Issue.record("expected the XML error, got \(error)")
        }
    }
}
