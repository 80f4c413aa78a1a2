import Foundation
import Testing

@testable import BitextKit

/// The seven release pairs in `../shared/fixtures/releases` are correct translations, so the
/// title and every block of each pair must agree in its numbers, in both directions.
@Suite(.enabled(if: NumberFixtures.isAvailable, NumberFixtures.missingMessage))
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

    @Test func everyFixturePairIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: NumberFixtures.releases().path)
        let names = Set(files.filter { $0.hasSuffix(".ko.txt") }.map { String($0.dropLast(".ko.txt".count)) })
        #expect(names == Set(NumberFixtures.pairNames))
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

/// Finds `../shared` beside the repository and reads the release fixtures as title + body blocks.
enum NumberFixtures {
    static let pairNames = [
        "2020-09-26-alliance-for-multilateralism",
        "2021-04-16-covid19-vaccine-cooperation",
        "2021-11-15-cop26-outcome",
        "2022-08-23-overseas-job-scam-advisory",
        "2022-11-14-rok-us-foreign-ministers",
        "2023-02-28-hrc52-high-level-segment",
        "2023-06-02-africa-food-security-oda",
    ]

    /// The first folder above this file that has a sibling `shared` with fixtures in it.
    static let shared: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("fixtures/releases").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var isRequired: Bool { ProcessInfo.processInfo.environment["BITEXT_REQUIRE_SHARED"] == "1" }
    /// Runs the tests when the data is there, or when CI requires it so that they fail loudly.
    static var isAvailable: Bool { shared != nil || isRequired }
    static let missingMessage: Comment =
        "../shared/fixtures not found beside the repository; set BITEXT_REQUIRE_SHARED=1 to fail instead"

    static func releases() throws -> URL {
        let shared = try #require(shared, "../shared is required (BITEXT_REQUIRE_SHARED=1) but was not found")
        return shared.appendingPathComponent("fixtures/releases")
    }

    /// The title and the body blocks of a release, markers stripped, chrome and metadata left out.
    ///
    /// The title is the first line after the page chrome ("… 상세보기") or, in a clean text, the
    /// first line; a body block is a line that starts with a marker ("1. ", "□ ", "ㅇ ", "o ",
    /// "  - ", "※ "). Breadcrumbs ("  1. HOME") and metadata ("  • Date :", "작성일") have none.
    static func blocks(of file: String) throws -> [String] {
        let text = try String(contentsOf: releases().appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isBlank = { (line: String) in line.allSatisfy(\.isWhitespace) }
        let afterChrome = lines.lastIndex { $0.hasSuffix("상세보기") }.map { $0 + 1 } ?? 0
        let title = try #require(lines[afterChrome...].firstIndex { !isBlank($0) }, "\(file) has no title")
        var blocks = [lines[title]]
        for line in lines[(title + 1)...] {
            if let marker = line.prefixMatch(of: /(?:\d+\. |□ |ㅇ |o |  - |※ )/) {
                blocks.append(String(line[marker.range.upperBound...]))
            }
        }
        return blocks
    }
}
