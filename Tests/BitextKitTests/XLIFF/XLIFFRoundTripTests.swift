@testable import BitextKit
import Foundation
import Testing

/// export → import gives back the translation; export → read → write gives back the same bytes.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFRoundTripTests {
    static let cases: [(String, XLIFFVersion)] = {
        guard Shared.available, let names = try? Shared.releasePairNames() else { return [] }
        return names.flatMap { name in XLIFFVersion.allCases.map { (name, $0) } }
    }()

    @Test(arguments: cases)
    func exportThenImportGivesBackTheEnglishRelease(name: String, version: XLIFFVersion) throws {
        let korean = try XLIFFTesting.fixture(name, "ko"), english = try XLIFFTesting.fixture(name, "en")
        let folder = try XLIFFTesting.temporaryFolder()
        let path = folder.appendingPathComponent("\(name).xlf").path
        try AtomicFile.write(XLIFFTesting.export(korean, english, version), to: path)

        for source in [korean, nil] {
            let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: source).first)
            #expect(imported.release.title == english.title)
            #expect(imported.release.date == english.date)
            #expect(imported.release.allBlocks.map(ImportedShape.init) == english.allBlocks.map(ImportedShape.init))
            #expect(imported.suggestedName == "\(name).en.txt")
            // The rendered text is an English release with the same blocks, markers included.
            let reparsed = try Catalog.parse(imported.text, locale: "en-US", file: imported.suggestedName)
            #expect(reparsed.title == english.title)
            #expect(reparsed.allBlocks.map(Shape.init) == english.allBlocks.map(Shape.init))
        }
    }

    @Test(arguments: cases)
    func exportReadWriteIsByteIdentical(name: String, version: XLIFFVersion) throws {
        let korean = try XLIFFTesting.fixture(name, "ko"), english = try XLIFFTesting.fixture(name, "en")
        for bytes in [
            try XLIFFTesting.export(korean, english, version, glossary: FakeGlossaryHints.mofa),
            try XLIFFTesting.export(korean, nil, version, prefill: true),
            try XLIFFTesting.export(korean, nil, version),
        ] {
            let again = try XLIFFTesting.read(bytes).serialized()
            #expect(again == bytes, "\(XLIFFTesting.string(again))")
        }
    }

    @Test(arguments: 0..<40)
    func releasesNeverSeenRoundTrip(seed: Int) throws {
        let pair = XLIFFRandomReleasePair.make(seed: UInt64(seed))
        let folder = try XLIFFTesting.temporaryFolder()
        for version in XLIFFVersion.allCases {
            let bytes = try XLIFFTesting.export(pair.source, pair.target, version)
            #expect(try XLIFFTesting.read(bytes).serialized() == bytes)
            let path = folder.appendingPathComponent("r\(version).xlf").path
            try AtomicFile.write(bytes, to: path)
            let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: pair.source).first)
            #expect(imported.release.title == pair.target.title)
            #expect(imported.release.allBlocks.map(ImportedShape.init) == pair.target.allBlocks.map(ImportedShape.init))
            let reparsed = try Catalog.parse(imported.text, locale: "en-US", file: "r.en.txt")
            #expect(reparsed.allBlocks.map(ImportedShape.init) == pair.target.allBlocks.map(ImportedShape.init))
            #expect(reparsed.date == pair.target.date)
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func koreanTargetsAreRenderedInKoreanStyle(version: XLIFFVersion) throws {
        let name = "2021-11-15-cop26-outcome"
        let english = try XLIFFTesting.fixture(name, "en"), korean = try XLIFFTesting.fixture(name, "ko")
        let folder = try XLIFFTesting.temporaryFolder()
        let path = folder.appendingPathComponent("en-ko.xlf").path
        try AtomicFile.write(XLIFFTesting.exporter(version).export([.init(source: english, target: korean)], targetLocale: "ko-KR").bytes, to: path)
        let imported = try #require(try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path).first)
        #expect(imported.suggestedName == "\(name).ko.txt")
        #expect(imported.text.contains("\nㅇ "), "Korean bullets are ㅇ")
        #expect(imported.text.contains("\n1. "), "English numbered paragraphs stay numbered")
        let reparsed = try Catalog.parse(imported.text, locale: "ko-KR", file: imported.suggestedName)
        #expect(reparsed.allBlocks.map(\.text) == korean.allBlocks.map(\.text))
    }

    @Test func aFolderExportImportsIntoOneReleasePerFile() throws {
        let names = try Shared.releasePairNames()
        let items = try names.map { XLIFFExporter.Item(source: try XLIFFTesting.fixture($0, "ko"), target: try XLIFFTesting.fixture($0, "en")) }
        let folder = try XLIFFTesting.temporaryFolder()
        let path = folder.appendingPathComponent("all.xlf").path
        try AtomicFile.write(XLIFFTesting.exporter(.v1_2).export(items, targetLocale: "en-US").bytes, to: path)
        let imported = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path)
        #expect(imported.map(\.suggestedName) == names.map { "\($0).en.txt" })
        for (release, item) in zip(imported, items) {
            #expect(release.release.allBlocks.map(ImportedShape.init) == item.target!.allBlocks.map(ImportedShape.init))
        }
        // With --source, the one release exported from it is picked.
        let one = try XLIFFImporter(catalog: Catalog.shipped).importReleases(from: path, source: items[3].source)
        #expect(one.map(\.suggestedName) == ["\(names[3]).en.txt"])
    }
}
