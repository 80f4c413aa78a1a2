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

    /// Whether the target has an approved rendering of any entry a mention may stand for.
    func isRendered(_ mention: [TermMatch], in glossary: GlossaryDirection) -> Bool {
        firstTargetMatch(of: mention, in: glossary.approvedTargets) != nil
    }

    /// The first approved rendering in the target of an entry a mention may stand for, as written.
    func rendering(of mention: [TermMatch], in glossary: GlossaryDirection) -> String? {
        firstTargetMatch(of: mention, in: glossary.approvedTargets).map { targetMatches[$0].text }
    }

    /// Whether the target uses a forbidden rendering of an entry a mention may stand for.
    func hasForbiddenRendering(of mention: [TermMatch], in glossary: GlossaryDirection) -> Bool {
        firstTargetMatch(of: mention, in: glossary.forbiddenTargets) != nil
    }

    /// The index of the first target match that is one of `targets` of an entry the mention may
    /// stand for (an index: copying the match out would cost its strings' reference counting).
    @inline(__always)
    private func firstTargetMatch(of mention: [TermMatch], in targets: [Set<Int>]) -> Int? {
        targetMatches.firstIndex { match in mention.contains { targets[$0.term].contains(match.term) } }
    }
}
