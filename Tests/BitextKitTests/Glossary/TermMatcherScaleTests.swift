import Foundation
import Testing

@testable import BitextKit

/// Matching cost must not grow with the glossary (DESIGN.md): one automaton pass per text.
@Suite(.serialized)
struct TermMatcherScaleTests {
    /// Deterministic pseudo-random English-like terms of two or three words.
    static func generatedTerms(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let consonants = Array("bcdfghjklmnprstvw")
        let vowels = Array("aeiou")
        func word() -> String {
            String((0..<(2 + next() % 3)).flatMap { _ in [consonants[next() % consonants.count], vowels[next() % vowels.count]] })
        }
        var seen: Set<String> = []
        var terms: [String] = []
        while terms.count < count {
            let term = (0..<(2 + next() % 2)).map { _ in word() }.joined(separator: " ")
            if seen.insert(term).inserted { terms.append(term) }
        }
        return terms
    }

    /// A release-sized text that mentions some of the first 100 terms among ordinary words.
    static func text(using terms: [String]) -> String {
        let filler = "The Ministry said on Tuesday that it would continue to work closely with partners,"
        return (0..<40).map { "\(filler) including \(terms[$0 % 100]) and \(terms[($0 * 7) % 100])’s plans." }
            .joined(separator: " ")
    }

    /// Built once for both tests: 100,000 terms take a few seconds in a debug build.
    struct Setup: Sendable {
        let small: TermMatcher
        let large: TermMatcher
        let text: String
    }

    static let setup: Setup = {
        let terms = generatedTerms(100_000)
        return Setup(
            small: TermMatcher(terms: Array(terms.prefix(100)), language: .english),
            large: TermMatcher(terms: terms, language: .english),
            text: text(using: terms))
    }()

    @Test func matchingWorkIsTheSameFor100And100000Terms() throws {
        let (small, large, text) = (Self.setup.small, Self.setup.large, Self.setup.text)

        var smallContext = TermMatcher.Context()
        var largeContext = TermMatcher.Context()
        let smallScan = small.scan(text, context: &smallContext)
        let largeScan = large.scan(text, context: &largeContext)

        // Same matches: the 99,900 extra terms do not occur in the text.
        #expect(smallScan.matches.map(\.range) == largeScan.matches.map(\.range))
        #expect(smallScan.matches.count == 80)
        // One step per scalar, whatever the glossary size …
        #expect(smallScan.steps.scalars == largeScan.steps.scalars)
        #expect(smallScan.steps.scalars == text.unicodeScalars.count)
        // … and failure transitions bounded by the text, not by the glossary.
        #expect(smallScan.steps.failureTransitions <= smallScan.steps.scalars)
        #expect(largeScan.steps.failureTransitions <= largeScan.steps.scalars)
        #expect(smallScan.steps.outputs == largeScan.steps.outputs)
    }

    @Test func matchingTimePerTextDoesNotGrowWithTheGlossary() throws {
        let (small, large, text) = (Self.setup.small, Self.setup.large, Self.setup.text)

        // Best of several rounds of many iterations each, so a busy machine does not flake.
        func seconds(_ matcher: TermMatcher) -> Double {
            var best = Double.infinity
            for _ in 0..<5 {
                let start = Date()
                for _ in 0..<20 { _ = matcher.matches(in: text) }
                best = min(best, Date().timeIntervalSince(start))
            }
            return best
        }
        _ = seconds(large)  // warm up caches and lazy pages
        let smallTime = seconds(small)
        let largeTime = seconds(large)
        #expect(largeTime < smallTime * 5, "100 terms: \(smallTime)s, 100,000 terms: \(largeTime)s")
        print("scale: 100 terms \(smallTime)s, 100,000 terms \(largeTime)s per 20 texts")
    }
}
