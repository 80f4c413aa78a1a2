import Foundation
import Testing

@testable import BitextKit

/// The acceptance test of the glossary and the matcher: the seven correct fixture pairs
/// (shared/fixtures/README.md) must give no term error and no particle warning, and exactly
/// the two spacing findings the README names — with the fixture glossary and with the
/// shipped one, which extends it.
@Suite(.enabled(if: GlossaryFixtures.shouldRun, GlossaryFixtures.skipMessage))
struct GlossaryFixturePairTests {
    /// What checking the seven pairs found.
    struct Outcome {
        var missing: [String] = []
        var forbidden: [String] = []
        var particles: [String] = []
        var spacing: [String] = []
        var sourceMatches = 0
        var pairs = 0
    }

    /// Runs the term rules over every translatable line pair, as the checks would.
    static func check(with glossary: Glossary) throws -> Outcome {
        let direction = GlossaryDirection(glossary: glossary, from: .korean, to: .english)
        var outcome = Outcome()
        for name in try GlossaryFixtures.releaseNames() {
            let korean = try GlossaryFixtures.translatableLines(release: name, language: .korean)
            let english = try GlossaryFixtures.translatableLines(release: name, language: .english)
            try #require(korean.count == english.count, "\(name): \(korean.count) Korean lines, \(english.count) English")
            outcome.pairs += 1
            var sourceContext = TermMatcher.Context()
            var targetContext = TermMatcher.Context()
            for (source, target) in zip(korean, english) {
                let sourceMatches = direction.sourceMatcher.matches(in: source.text, context: &sourceContext)
                let targetMatches = direction.targetMatcher.matches(in: target.text, context: &targetContext)
                let found = Set(targetMatches.map(\.term))
                outcome.sourceMatches += sourceMatches.count
                for mention in TermMatch.mentions(sourceMatches) {
                    // A mention with several readings ("WHO" the term, and the abbreviation of
                    // 세계보건기구) is satisfied by an approved rendering of any reading.
                    let place = "\(name).ko.txt:\(source.number) “\(mention[0].text)”"
                    let readings = mention.map(\.term).filter { !direction.approvedTargets[$0].isEmpty }
                    if !readings.isEmpty && readings.allSatisfy({ direction.approvedTargets[$0].isDisjoint(with: found) }) {
                        let expected = readings.flatMap { direction.entries[$0].approved.map(\.text) }.joined(separator: " | ")
                        outcome.missing.append("\(place) → none of [\(expected)] in en:\(target.number): \(target.text)")
                    }
                    for match in mention {
                        for index in direction.forbiddenTargets[match.term].intersection(found) {
                            outcome.forbidden.append("\(place) → forbidden “\(direction.targetTerms[index].text)”")
                        }
                    }
                    let match = mention[0]
                    if let particle = match.particle,
                        case .disagrees(let expected) = KoreanParticle.agreement(of: particle, after: match.text)
                    {
                        outcome.particles.append("\(place)\(particle) → \(expected)")
                    }
                    if match.isSpacingVariant { outcome.spacing.append("\(name) \(match.text)") }
                }
            }
        }
        return outcome
    }

    @Test func fixtureGlossaryPassesOnTheSevenPairs() throws {
        let outcome = try Self.check(with: try GlossaryFixtures.fixtureGlossary())
        #expect(outcome.pairs == 7)
        #expect(outcome.sourceMatches > 150, "the matcher should find the glossary's terms throughout")
        #expect(outcome.missing.isEmpty, "\(outcome.missing.joined(separator: "\n"))")
        #expect(outcome.forbidden.isEmpty, "\(outcome.forbidden.joined(separator: "\n"))")
        #expect(outcome.particles.isEmpty, "\(outcome.particles.joined(separator: "\n"))")
        #expect(outcome.spacing.sorted() == [
            "2021-04-16-covid19-vaccine-cooperation 국제 보건 규칙",
            "2023-06-02-africa-food-security-oda 식량 안보",
        ])
    }

    @Test(.enabled(if: GlossaryFixtures.shippedGlossary != nil, "the shipped Glossary/mofa-terms.csv is not beside this package"))
    func shippedGlossaryPassesOnTheSevenPairs() throws {
        let path = try #require(GlossaryFixtures.shippedGlossary).path
        let outcome = try Self.check(with: try Glossary.load(paths: [path]))
        #expect(outcome.missing.isEmpty, "\(outcome.missing.joined(separator: "\n"))")
        #expect(outcome.forbidden.isEmpty, "\(outcome.forbidden.joined(separator: "\n"))")
        #expect(outcome.particles.isEmpty, "\(outcome.particles.joined(separator: "\n"))")
        #expect(outcome.spacing.sorted() == [
            "2021-04-16-covid19-vaccine-cooperation 국제 보건 규칙",
            "2023-06-02-africa-food-security-oda 식량 안보",
        ])
    }

    /// README: "No forbidden variant occurs in the Set A texts" — anywhere, not only where its
    /// source term is.
    @Test func noForbiddenRenderingAnywhereInTheEnglishTexts() throws {
        let direction = GlossaryDirection(glossary: try GlossaryFixtures.fixtureGlossary(), from: .korean, to: .english)
        let forbidden = direction.forbiddenTargets.reduce(into: Set<Int>()) { $0.formUnion($1) }
        for name in try GlossaryFixtures.releaseNames() {
            var context = TermMatcher.Context()
            for line in try GlossaryFixtures.translatableLines(release: name, language: .english) {
                let hits = direction.targetMatcher.matches(in: line.text, context: &context)
                    .filter { forbidden.contains($0.term) }
                #expect(hits.isEmpty, "\(name).en.txt:\(line.number): \(hits.map(\.text))")
            }
        }
    }

    /// Every Korean term of the fixture glossary occurs in some Korean release, and every approved
    /// English variant in some English release (README) — so the matcher must find each.
    @Test func everyTermOfTheFixtureGlossaryIsFoundSomewhere() throws {
        let direction = GlossaryDirection(glossary: try GlossaryFixtures.fixtureGlossary(), from: .korean, to: .english)
        var sourceSeen: Set<Int> = []
        var targetSeen: Set<Int> = []
        for name in try GlossaryFixtures.releaseNames() {
            var sourceContext = TermMatcher.Context()
            var targetContext = TermMatcher.Context()
            for line in try GlossaryFixtures.translatableLines(release: name, language: .korean) {
                sourceSeen.formUnion(direction.sourceMatcher.matches(in: line.text, context: &sourceContext).map(\.term))
            }
            for line in try GlossaryFixtures.translatableLines(release: name, language: .english) {
                targetSeen.formUnion(direction.targetMatcher.matches(in: line.text, context: &targetContext).map(\.term))
            }
        }
        let unseenSource = direction.entries.indices.filter { !sourceSeen.contains($0) }.map { direction.entries[$0].source.text }
        #expect(unseenSource.isEmpty, "Korean terms never found: \(unseenSource)")
        // Rows' English cells only: "short form X" notes add renderings the README does not promise.
        let glossary = try GlossaryFixtures.fixtureGlossary()
        let rowTexts = Set(glossary.rows.filter { $0.status == .approved }.compactMap { $0.cells[.english] })
        let approved = direction.approvedTargets.reduce(into: Set<Int>()) { $0.formUnion($1) }
            .filter { rowTexts.contains(direction.targetTerms[$0].text) }
        let unseenTarget = approved.subtracting(targetSeen).map { direction.targetTerms[$0].text }.sorted()
        #expect(unseenTarget.isEmpty, "approved English renderings never found: \(unseenTarget)")
    }
}
