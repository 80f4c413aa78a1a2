import Foundation
import Testing

@testable import BitextKit

/// The seven release pairs in `../shared/fixtures/releases` are correct translations, so the
/// title and every block of each pair must agree in its numbers, in both directions.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct NumberFixtureTests {
    @Test(arguments: NumberFixtures.pairNames)
    func releasePairAgrees(name: String) throws {
        let korean = try NumberFixtures.blocks(of: "\(name).ko.txt")
        let english = try NumberFixtures.blocks(of: "\(name).en.txt")
        try #require(korean.count == english.count, "\(name): \(korean.count) Korean blocks, \(english.count) English")
        for (ko, en) in zip(korean, english) {
            let forward = NumberComparison.compare(
                source: ko, sourceLanguage: .korean, target: en, targetLanguage: .english)
            #expect(forward.isMatch, "ko→en missing \(forward.missing) extra \(forward.extra)\n  \(ko)\n  \(en)")
            let backward = NumberComparison.compare(
                source: en, sourceLanguage: .english, target: ko, targetLanguage: .korean)
            #expect(backward.isMatch, "en→ko missing \(backward.missing) extra \(backward.extra)\n  \(en)\n  \(ko)")
        }
    }

    @Test func everyFixturePairIsChecked() throws {
        #expect(NumberFixtures.pairNames.count == 7)
    }

    /// The fixtures do use the forms the comparison must equate, so the test above is not vacuous.
    @Test func fixturesContainNumbers() throws {
        let korean = try NumberFixtures.pairNames.flatMap { try NumberFixtures.blocks(of: "\($0).ko.txt") }
        let mentions = korean.flatMap { NumberExtractor.mentions(in: $0, language: .korean) }
        #expect(mentions.count > 100)
        #expect(mentions.contains { $0.text == "4조 7,771억 원" && $0.value == Decimal(string: "4777100000000") })
        #expect(mentions.contains { $0.text == "다섯 번째" && $0.kind == .ordinal && $0.isWord })
        #expect(mentions.contains { $0.kind == .telephone && $0.text == "+82-2-3210-0404" })
    }
}

/// The fixture pairs as title + blocks, read with the release parser.
enum NumberFixtures {
    static var pairNames: [String] { (try? Shared.available ? Shared.releasePairNames() : []) ?? [] }

    static func blocks(of file: String) throws -> [String] {
        try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent(file).path).units.map(\.text)
    }
}
