import Foundation
import Testing

@testable import BitextKit

/// The benchmark corpus: the same bytes every run, pairs whose blocks pair up, and a clean check
/// against the glossary it was generated from. (Speed is measured by `Benchmarks/run`, never here.)
struct CorpusGeneratorTests {
    static let glossaryPaths = CorpusGenerator.defaultGlossaryPaths(catalog: Catalog.shipped)
    static let glossary: Glossary = {
        do { return try Glossary.load(paths: glossaryPaths) } catch { fatalError("cannot load the shipped glossary: \(error)") }
    }()

    static func pairs(units: Int, seed: UInt64 = 1) throws -> [CorpusGenerator.Pair] {
        var pairs: [CorpusGenerator.Pair] = []
        try CorpusGenerator(glossary: glossary, options: .init(units: units, seed: seed)).forEachPair { pairs.append($0) }
        return pairs
    }

    /// A fresh temporary folder, removed when the test ends.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func theSameOptionsGiveTheSameCorpus() throws {
        let first = try Self.pairs(units: 3_000)
        let second = try Self.pairs(units: 3_000)
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.korean) == second.map(\.korean))
        #expect(first.map(\.english) == second.map(\.english))
        let other = try Self.pairs(units: 3_000, seed: 2)
        #expect(other.map(\.korean) != first.map(\.korean))
    }

    @Test func aSmallCorpusIsTheStartOfALargerOne() throws {
        let small = try Self.pairs(units: 500)
        let large = try Self.pairs(units: 5_000)
        // Every release but the last (which takes the remainder) is the same in both.
        for (a, b) in zip(small.dropLast(), large) {
            #expect(a.name == b.name && a.korean == b.korean && a.english == b.english)
        }
    }

    @Test(arguments: [2, 37, 1_000, 12_345])
    func theUnitsAddUpToTheSizeAsked(units: Int) throws {
        let pairs = try Self.pairs(units: units)
        #expect(pairs.map(\.units).reduce(0, +) == units)
        for pair in pairs {
            let source = try Catalog.parse(pair.korean, locale: "ko-KR", file: pair.name + ".ko.txt")
            #expect(source.units.count == pair.units, "\(pair.name)")
        }
    }

    @Test func blockIDsPairUpInEveryRelease() throws {
        var kinds = Set<String>()
        for pair in try Self.pairs(units: 4_000) {
            let source = try Catalog.parse(pair.korean, locale: "ko-KR", file: pair.name + ".ko.txt")
            let target = try Catalog.parse(pair.english, locale: "en-US", file: pair.name + ".en.txt")
            #expect(source.units.map(\.id) == target.units.map(\.id), "\(pair.name)")
            #expect(source.units.map(\.kind) == target.units.map(\.kind), "\(pair.name)")
            #expect(Alignment(source: source, target: target).mismatches.isEmpty, "\(pair.name)")
            #expect(source.date != nil && source.date == target.date)
            for block in source.allBlocks { kinds.insert("\(block.kind)@\(block.id.depth)") }
        }
        // Paragraphs, bullets, sub-bullets and notes all occur.
        #expect(kinds.isSuperset(of: ["paragraph@1", "bullet@2", "bullet@3", "note@2"]))
    }

    @Test func bothShapesOfTheFixturesOccur() throws {
        let pairs = try Self.pairs(units: 2_000)
        #expect(pairs.contains { $0.korean.hasPrefix("본문 바로가기\n") && $0.english.hasPrefix("Skip navigation\n") })
        #expect(pairs.contains { !$0.korean.hasPrefix("본문") && $0.korean.contains("\n작성일 ") })
        #expect(pairs.allSatisfy { $0.korean.hasSuffix("\n") && $0.english.hasSuffix("\n") })
    }

    @Test func aGeneratedCorpusChecksCleanWithTheGlossaryItCameFrom() throws {
        let folder = try Folder()
        let written = try CorpusGenerator.writeCorpus(
            to: folder.url.path, options: .init(units: 3_000), glossaryPaths: Self.glossaryPaths, glossarySizes: [])
        #expect(written.summary.units == 3_000)
        let report = try CheckRun(inputs: [written.releases], glossaryPaths: Self.glossaryPaths, keepsTexts: false)
            .run(catalog: Catalog.shipped)
        #expect(report.units == 3_000)
        #expect(report.pairs == written.summary.pairs)
        #expect(report.findings.isEmpty, "\(report.findings.prefix(5).map { "\($0.unit ?? ""): [\($0.rule)] \($0.message)" })")
    }

    @Test func theTextsUseTheGlossaryNumbersAndParticles() throws {
        let pairs = try Self.pairs(units: 2_000)
        let korean = pairs.map(\.korean).joined(), english = pairs.map(\.english).joined()
        // Dates with their weekday, 만/억 amounts and ordinals, written each language's way.
        #expect(korean.contains(".(금)") && english.contains(" (Fri.)"))
        #expect(korean.contains("만 달러") && english.contains("USD ") && english.contains(" million"))
        #expect(korean.contains("억 원") && english.contains("KRW "))
        #expect(korean.contains("제") && english.contains("th "))
        #expect(korean.contains("%"))
        // Many different glossary terms, in their approved English rendering.
        let generator = try CorpusGenerator(glossary: Self.glossary, options: .init(units: 2))
        let used = generator.terms.filter { korean.contains($0.korean) && english.contains($0.english) }
        #expect(used.count > generator.terms.count / 2)
    }

    @Test func writingTwiceGivesIdenticalFiles() throws {
        let first = try Folder(), second = try Folder()
        for folder in [first, second] {
            _ = try CorpusGenerator.writeCorpus(
                to: folder.url.path, options: .init(units: 800), glossaryPaths: Self.glossaryPaths, glossarySizes: [100, 5_000])
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.url.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: second.url.path).sorted()))
        #expect(files.contains("glossary-5000.csv"))
        for file in files {
            let a = first.url.appendingPathComponent(file), b = second.url.appendingPathComponent(file)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: a.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(file)")
        }
    }

    @Test func aCorpusIsNeverWrittenOverAnother() throws {
        let folder = try Folder()
        let options = CorpusGenerator.Options(units: 50)
        _ = try CorpusGenerator.writeCorpus(to: folder.url.path, options: options, glossaryPaths: Self.glossaryPaths, glossarySizes: [])
        #expect(throws: CorpusGeneratorError.self) {
            try CorpusGenerator.writeCorpus(to: folder.url.path, options: options, glossaryPaths: Self.glossaryPaths, glossarySizes: [])
        }
    }

    @Test(arguments: [("1000", 1_000), ("1k", 1_000), ("100k", 100_000), ("1M", 1_000_000), ("1_000_000", 1_000_000), ("2,500", 2_500)])
    func sizesReadAsPeopleWriteThem(text: String, value: Int) throws {
        #expect(try CorpusGenerator.size(text) == value)
    }

    @Test(arguments: ["", "k", "-5", "1.5k", "ten"])
    func otherSizesAreRefused(text: String) {
        #expect(throws: CorpusGeneratorError.invalidSize(text)) { try CorpusGenerator.size(text) }
    }

    @Test func weekdaysAreRight() {
        #expect(CivilDate(year: 2020, month: 9, day: 25).weekday == 5)  // Friday, as the seed release says
        #expect(CivilDate(year: 2021, month: 4, day: 16).weekday == 5)
        #expect(CivilDate(year: 2000, month: 2, day: 29).weekday == 2)
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 4)
        let day = CivilDate(year: 2024, month: 2, day: 29)
        #expect(CivilDate(daysSinceEpoch: day.daysSinceEpoch) == day)
    }

    @Test(arguments: [
        ("외교부", "을", "를"), ("공급망", "을", "을"), ("서울", "으로", "로"), ("한반도", "으로", "로"), ("공급망", "으로", "으로"),
        ("외교부", "은", "는"), ("백신", "이", "이"), ("비핵화", "과의", "와의"), ("달러", "의", "의"), ("WHO", "을", "을"),
    ])
    func particlesAgreeWithTheWordBefore(word: String, written: String, expected: String) {
        #expect(CorpusReleaseWriter.particle(written, after: word) == expected)
        if word.unicodeScalars.last.map(CorpusGenerator.isHangulSyllable) == true {
            #expect(KoreanParticle.agreement(of: expected, after: word) != .disagrees(expected: written))
        }
    }

    @Test func numbersAreWrittenEachLanguagesWay() {
        #expect(45_000.grouped == "45,000")
        #expect(999.grouped == "999")
        #expect(CorpusReleaseWriter.ordinal(1) == "1st" && CorpusReleaseWriter.ordinal(12) == "12th")
        #expect(CorpusReleaseWriter.ordinal(22) == "22nd" && CorpusReleaseWriter.ordinal(53) == "53rd")
        #expect(CorpusReleaseWriter.decimal(25, tenths: true) == "2.5" && CorpusReleaseWriter.decimal(30, tenths: true) == "3")
    }

    @Test func theLargeGlossaryHasTheRealRowsFirstAndDistinctTerms() throws {
        let csv = SyntheticGlossary.csv(rows: 20_000, real: Self.glossary)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 20_001)
        let loaded = try Glossary(csv: csv, path: "glossary-20000.csv")
        #expect(loaded.rows.count == 20_000)
        #expect(Array(loaded.rows.prefix(Self.glossary.rows.count).map(\.cells)) == Self.glossary.rows.map(\.cells))
        let keys = loaded.concepts.map(\.key.text)
        #expect(Set(keys).count == keys.count)
        #expect(loaded.rows.contains { $0.status == .forbidden && $0.location.line > Self.glossary.rows.count + 1 })
        // The synthetic rows add nothing for lint to report.
        #expect(GlossaryLint.problems(in: loaded).count == GlossaryLint.problems(in: Self.glossary).count)
        // A glossary smaller than the real one is its first rows.
        let small = try Glossary(csv: SyntheticGlossary.csv(rows: 100, real: Self.glossary), path: "glossary-100.csv")
        #expect(small.rows.map(\.cells) == Array(Self.glossary.rows.prefix(100).map(\.cells)))
    }
}
