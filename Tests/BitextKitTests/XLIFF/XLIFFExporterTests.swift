@testable import BitextKit
import Foundation
import Testing

@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFExporterTests {
    static let seed = "2020-09-26-alliance-for-multilateralism"

    @Test(arguments: XLIFFTesting.versions)
    func unitsFollowTheBlocks(version: XLIFFVersion) throws {
        let korean = try XLIFFTesting.fixture(Self.seed, "ko"), english = try XLIFFTesting.fixture(Self.seed, "en")
        let document = try XLIFFTesting.read(XLIFFTesting.export(korean, english, version))
        #expect(document.version == version)
        #expect(document.sourceLanguage == "ko-KR")
        #expect(document.targetLanguage == "en-US")
        let file = try #require(document.files.first)
        #expect(document.files.count == 1)
        #expect(file.original == korean.file)
        #expect(file.units.map(\.id) == ["title", "p1", "p1.b1", "p2", "p2.b1", "p2.b2", "p2.b3", "p3", "p4"])
        for (unit, block) in zip(file.units, korean.units) {
            #expect(unit.sourceText == block.text)
            #expect(unit.isTranslated)
        }
        for (unit, block) in zip(file.units, english.units) {
            #expect(unit.targetText == block.text)
        }
        let bullet = try #require(file.units.first { $0.id == "p2.b1" })
        #expect(bullet.notes.map(\.text) == ["paragraph 2, bullet 1"])
        #expect(BitextMetadata.kind.value(in: bullet.metadata) == "bullet")
        #expect(BitextMetadata.marker.value(in: bullet.metadata) == "ㅇ")
        #expect(BitextMetadata.line.value(in: bullet.metadata) == "19")
        if version.isVersion2 {
            #expect(bullet.segments.allSatisfy { $0.state == "translated" })
            #expect(file.meta("date") == "2020-09-26 13:25:40")
        } else {
            #expect(bullet.targetState == "translated")
            #expect(BitextMetadata.date.value(in: file.units[0].metadata) == "2020-09-26 13:25:40")
        }
    }

    @Test func notesSayWhereEachBlockSits() throws {
        let release = try XLIFFTesting.fixture("2022-08-23-overseas-job-scam-advisory", "ko")
        let places = XLIFFExporter.placeDescriptions(of: release)
        #expect(places[.title] == "title")
        #expect(places[BlockID("p1")!] == "paragraph 1")
        #expect(places[BlockID("p3.b2.b2")!] == "paragraph 3, bullet 2, sub-bullet 2")
        #expect(places[BlockID("p3.b3")!] == "paragraph 3, note 3")
        let cop26 = try XLIFFTesting.fixture("2021-11-15-cop26-outcome", "ko")
        #expect(XLIFFExporter.placeDescriptions(of: cop26)[BlockID("p2")!] == "heading 2")
    }

    @Test(arguments: XLIFFTesting.versions)
    func withoutTargetThereAreNoTargetsUnlessPrefilled(version: XLIFFVersion) throws {
        let korean = try XLIFFTesting.fixture(Self.seed, "ko")
        let plain = try XLIFFTesting.read(XLIFFTesting.export(korean, nil, version))
        #expect(plain.targetLanguage == "en-US")
        #expect(plain.units.allSatisfy { $0.targetText == nil && !$0.isTranslated })

        let prefilled = try XLIFFTesting.read(XLIFFTesting.export(korean, nil, version, prefill: true))
        for unit in prefilled.units {
            #expect(unit.targetText == unit.sourceText)
            #expect(!unit.isTranslated, "a target that is the source, in state new/initial, is not a translation")
            if version.isVersion2 {
                #expect(unit.segments.filter { !$0.isIgnorable }.allSatisfy { $0.state == "initial" })
            } else {
                #expect(unit.targetState == "new")
            }
        }
    }

    @Test(arguments: XLIFFTesting.versions)
    func sentencesBecomeSegmentsThatRebuildTheTextExactly(version: XLIFFVersion) throws {
        let korean = try Catalog.parse(
            "제목\n\n1. 첫째 문장이다.  둘째 문장이다. 셋째 문장이다.\n\nㅇ 미국(U.S.)과 협력했다. 다음 문장.\n", locale: "ko-KR", file: "s.ko.txt")
        let english = try Catalog.parse(
            "Title\n\n1. First sentence.  Second sentence. Third sentence.\n\no We worked with the U.S. government. And more, in one sentence? No: two.\n",
            locale: "en-US", file: "s.en.txt")
        let document = try XLIFFTesting.read(XLIFFTesting.export(korean, english, version))
        let p1 = try #require(document.units.first { $0.id == "p1" })
        #expect(p1.segments.filter { !$0.isIgnorable }.map { $0.source.plainText } == ["첫째 문장이다.", "둘째 문장이다.", "셋째 문장이다."])
        #expect(p1.segments.filter { !$0.isIgnorable }.map { $0.target?.plainText } == ["First sentence.", "Second sentence.", "Third sentence."])
        #expect(p1.segments.filter(\.isIgnorable).map { $0.source.plainText } == ["  ", " "])
        #expect(p1.sourceText == korean.blocks[0].text)
        #expect(p1.targetText == english.blocks[0].text)
        // Two Korean sentences, three English ones: the unit keeps one segment for the whole block.
        let bullet = try #require(document.units.first { $0.id == "p1.b1" })
        #expect(bullet.segments.count == 1)
        #expect(bullet.sourceText == korean.blocks[0].children[0].text)
        #expect(bullet.targetText == english.blocks[0].children[0].text)
    }

    @Test func glossaryHintsGoIntoTheGlossaryModuleOrNotes() throws {
        let korean = try XLIFFTesting.fixture(Self.seed, "ko")
        let document = try XLIFFTesting.read(XLIFFTesting.export(korean, nil, .v2_1, glossary: FakeGlossaryHints.mofa))
        let title = try #require(document.units.first)
        #expect(title.glossary.map(\.term) == ["외교부", "다자주의"])
        #expect(title.glossary.first?.translations == ["Ministry of Foreign Affairs", "MOFA"])
        #expect(title.glossary.first?.source == "mofa-terms.csv")
        #expect(document.units.allSatisfy { !$0.glossary.contains { $0.term == "없는번역" } },
            "an entry with neither translation nor definition would break the Glossary module's rules")
        #expect(document.units.contains { $0.glossary.contains { $0.term == "다자주의" } })

        let legacy = try XLIFFTesting.read(XLIFFTesting.export(korean, nil, .v1_2, glossary: FakeGlossaryHints.mofa))
        let legacyTitle = try #require(legacy.units.first)
        #expect(legacyTitle.glossary.isEmpty)
        #expect(legacyTitle.notes.contains { $0.from == "glossary" && $0.text == "외교부 = Ministry of Foreign Affairs | MOFA" })
    }

    @Test func controlCharactersBecomeCodePointsIn2xAndAreRefusedIn12() throws {
        var korean = try Catalog.parse("제목\n\n1. 본문\n", locale: "ko-KR", file: "c.ko.txt")
        korean.blocks[0].text = "앞\u{0B}뒤\u{01}"
        let bytes = try XLIFFTesting.export(korean, nil, .v2_1)
        #expect(XLIFFTesting.string(bytes).contains("앞<cp hex=\"000B\"/>뒤<cp hex=\"0001\"/>"))
        #expect(try XLIFFTesting.read(bytes).units[1].sourceText == "앞\u{0B}뒤\u{01}")
        #expect(throws: XLIFFError.unrepresentable(file: "c.ko.txt", line: 3, unit: "p1", scalar: 0x0B)) {
            try XLIFFTesting.export(korean, nil, .v1_2)
        }
    }

    @Test func aFolderGivesOneFilePerRelease() throws {
        let items = try Shared.releasePairNames().prefix(3).map { name in
            XLIFFExporter.Item(source: try XLIFFTesting.fixture(name, "ko"), target: try XLIFFTesting.fixture(name, "en"))
        }
        let result = try XLIFFTesting.exporter(.v2_1).document(for: Array(items), targetLocale: "en-US")
        #expect(result.document.files.map(\.id) == ["f1", "f2", "f3"])
        #expect(result.document.files.map(\.original) == items.map(\.source.file))
        #expect(result.warnings.isEmpty)

        let pairs = try XLIFFExporter.releaseFiles(
            in: Shared.releasesFolder.path, source: Catalog.shipped.profile(named: "ko-KR")!,
            target: Catalog.shipped.profile(named: "en-US")!, catalog: Catalog.shipped)
        #expect(pairs.count == 7)
        #expect(pairs.allSatisfy { $0.source.hasSuffix(".ko.txt") && $0.target?.hasSuffix(".en.txt") == true })
        #expect(pairs.map { $0.target! } == pairs.map { String($0.source.dropLast(7)) + ".en.txt" })
    }

    @Test func misalignedTranslationsAreExportedWhereTheyAlignAndReported() throws {
        let korean = try XLIFFTesting.fixture(Self.seed, "ko")
        var english = try XLIFFTesting.fixture(Self.seed, "en")
        english.blocks[1].children.removeLast()
        let result = try XLIFFTesting.exporter(.v2_1).document(
            for: [XLIFFExporter.Item(source: korean, target: english)], targetLocale: "en-US")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("p2.b3") == true)
        let missing = try #require(result.document.units.first { $0.id == "p2.b3" })
        #expect(missing.targetText == nil)
        #expect(result.document.units.filter { $0.targetText != nil }.count == 8)
    }

    @Test func languagesMustAgree() throws {
        let korean = try XLIFFTesting.fixture(Self.seed, "ko")
        let alsoKorean = try XLIFFTesting.fixture("2021-11-15-cop26-outcome", "ko")
        #expect(throws: XLIFFExportError.targetLocaleMismatch(file: alsoKorean.file, locale: "ko-KR", expected: "en-US")) {
            try XLIFFTesting.exporter(.v2_1).document(for: [.init(source: korean, target: alsoKorean)], targetLocale: "en-US")
        }
        #expect(throws: XLIFFExportError.sameLanguage(locale: "ko-KR")) {
            try XLIFFTesting.exporter(.v2_1).document(for: [.init(source: korean, target: alsoKorean)], targetLocale: "ko-KR")
        }
        let english = try XLIFFTesting.fixture(Self.seed, "en")
        #expect(throws: XLIFFExportError.mixedSourceLocales(file: english.file, locale: "en-US", expected: "ko-KR")) {
            try XLIFFTesting.exporter(.v2_1).document(for: [.init(source: korean), .init(source: english)], targetLocale: "en-US")
        }
    }

    @Test func englishToKoreanWorksToo() throws {
        let english = try XLIFFTesting.fixture(Self.seed, "en"), korean = try XLIFFTesting.fixture(Self.seed, "ko")
        let document = try XLIFFTesting.read(
            XLIFFTesting.exporter(.v2_1).export([.init(source: english, target: korean)], targetLocale: "ko-KR").bytes)
        #expect(document.sourceLanguage == "en-US")
        #expect(document.targetLanguage == "ko-KR")
        #expect(document.units[1].targetText == korean.blocks[0].text)
    }
    /// More releases than one batch holds, in an order that crosses batches.
    static func manyItems() throws -> [XLIFFExporter.Item] {
        let pairs = try Shared.releasePairNames().map { name in
            XLIFFExporter.Item(source: try XLIFFTesting.fixture(name, "ko"), target: try XLIFFTesting.fixture(name, "en"))
        }
        return (0..<(XLIFFExporter.batchSize / pairs.count + 2)).flatMap { _ in pairs }
    }

    /// Streamed a batch at a time, an export is the same bytes as one built whole.
    @Test(arguments: XLIFFTesting.versions)
    func streamedExportsAreTheSameBytes(version: XLIFFVersion) throws {
        let items = try Self.manyItems()
        #expect(items.count > XLIFFExporter.batchSize)
        let exporter = XLIFFTesting.exporter(version, glossary: FakeGlossaryHints.mofa)
        let whole = try exporter.export(items, targetLocale: "en-US")
        var streamed: [UInt8] = []
        let warnings = try exporter.export(items, targetLocale: "en-US", to: { streamed += $0 })
        #expect(streamed == whole.bytes)
        #expect(warnings == whole.warnings)

        let files = try XLIFFExporter.releaseFiles(
            in: Shared.releasesFolder.path, source: Catalog.shipped.profile(named: "ko-KR")!,
            target: Catalog.shipped.profile(named: "en-US")!, catalog: Catalog.shipped)
        var fromFiles: [UInt8] = []
        _ = try exporter.export(files, loader: Catalog.loader, sourceLocale: "ko-KR", targetLocale: "en-US", to: { fromFiles += $0 })
        let loaded = try files.map { XLIFFExporter.Item(source: try Catalog.loader.load($0.source), target: try $0.target.map { try Catalog.loader.load($0) }) }
        #expect(fromFiles == (try exporter.export(loaded, targetLocale: "en-US").bytes))
    }

    /// The error of a streamed export is the one of reading every release first, then building
    /// them in order, then writing: an unreadable release wins over one that cannot be exported,
    /// which wins over a failing output, each the first of its kind.
    @Test func errorsComeInTheOrderOfReadingThenBuildingThenWriting() throws {
        struct Unreadable: Error, Equatable { var index: Int }
        struct DiskFull: Error, Equatable {}
        let good = try XLIFFTesting.fixture(Self.seed, "ko")
        func withControlCharacter(_ file: String) throws -> Release {
            var release = try Catalog.parse("제목\n\n1. 본문\n", locale: "ko-KR", file: file)
            release.blocks[0].text = "앞\u{0B}뒤"
            return release
        }
        let first = try withControlCharacter("c.ko.txt"), second = try withControlCharacter("d.ko.txt")
        let exporter = XLIFFTesting.exporter(.v1_2)
        let count = XLIFFExporter.batchSize + 10
        func export(unreadable: Set<Int>, failing: [Int: Release], sink: @escaping ([UInt8]) throws -> Void) throws {
            _ = try exporter.export(
                count: count,
                item: { index in
                    if unreadable.contains(index) { throw Unreadable(index: index) }
                    return XLIFFExporter.Item(source: failing[index] ?? good)
                },
                targetLocale: "en-US", to: sink, progress: nil)
        }
        #expect(throws: Unreadable(index: count - 5)) {
            try export(unreadable: [count - 5, count - 1], failing: [3: first, 30: second], sink: { _ in throw DiskFull() })
        }
        #expect(throws: XLIFFError.unrepresentable(file: "c.ko.txt", line: 3, unit: "p1", scalar: 0x0B)) {
            try export(unreadable: [], failing: [3: first, count - 2: second], sink: { _ in throw DiskFull() })
        }
        #expect(throws: XLIFFError.unrepresentable(file: "d.ko.txt", line: 3, unit: "p1", scalar: 0x0B)) {
            try export(unreadable: [], failing: [count - 2: second], sink: { _ in throw DiskFull() })
        }
        #expect(throws: DiskFull()) { try export(unreadable: [], failing: [:], sink: { _ in throw DiskFull() }) }
    }
}
