/// A unit with the glossary terms found on both sides, computed once and shared by the term checks.
struct UnitAnalysis: Sendable {
    var unit: UnitPair
    /// Source-term mentions; each match's `term` indexes `GlossaryDirection.entries`.
    /// A mention with several readings (an abbreviation that is also a term) is one group.
    var sourceMentions: [[TermMatch]]
    /// Target matches; each `term` indexes `GlossaryDirection.targetTerms`.
    var targetMatches: [TermMatch]
    /// Whether the unit's content is compared (not broken, not untranslated).
    var isComparable: Bool

    /// The entries a source mention may stand for.
    static func entries(of mention: [TermMatch]) -> Set<Int> { Set(mention.map(\.term)) }

    /// Whether the target has an approved rendering of any of `entries`.
    func isRendered(_ entries: Set<Int>, in glossary: GlossaryDirection) -> Bool {
        entries.contains { entry in
            targetMatches.contains { glossary.approvedTargets[entry].contains($0.term) }
        }
    }

    /// The first approved rendering of one of `entries` in the target, as written.
    func rendering(of entries: Set<Int>, in glossary: GlossaryDirection) -> String? {
        targetMatches.first { match in entries.contains { glossary.approvedTargets[$0].contains(match.term) } }?.text
    }

    /// The forbidden renderings of one of `entries` that the target uses.
    func forbiddenRenderings(of entries: Set<Int>, in glossary: GlossaryDirection) -> [TermMatch] {
        targetMatches.filter { match in entries.contains { glossary.forbiddenTargets[$0].contains(match.term) } }
    }
}
