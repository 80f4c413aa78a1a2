/// A glossary prepared for checking texts in one direction: matchers for both sides.
///
/// Build it once per run. Find source terms with `sourceMatcher` (its `TermMatch.term`
/// indexes `entries`) and target renderings with `targetMatcher` (its `TermMatch.term`
/// indexes `targetTerms`, the distinct target spellings, approved and forbidden alike, so
/// that the longest-match rule sees them all: "Ministry of Foreign Affairs and Trade" is
/// found as the forbidden term, not as the approved "Ministry of Foreign Affairs" inside it).
/// Each matcher needs its own `TermMatcher.Context` per release.
public struct GlossaryDirection: Sendable {
    public let source: TextLanguage
    public let target: TextLanguage
    public let entries: [Glossary.Entry]
    public let sourceMatcher: TermMatcher
    /// Every distinct target term of any entry (spellings that match the same texts, such as
    /// "High-Level Segment" and "high-level segment", are one). A term's `status` here is that
    /// of its first row; whether it is approved or forbidden depends on the entry, so use
    /// `approvedTargets` and `forbiddenTargets`.
    public let targetTerms: [Glossary.Term]
    public let targetMatcher: TermMatcher
    /// For each entry, the indices in `targetTerms` of its approved renderings.
    public let approvedTargets: [Set<Int>]
    /// For each entry, the indices in `targetTerms` of its forbidden renderings.
    public let forbiddenTargets: [Set<Int>]
    /// For each target term, the entries that forbid it: the reverse of `forbiddenTargets`, so
    /// that a match costs a lookup, not a scan of the glossary.
    public let forbiddingEntries: [[Int]]

    public init(glossary: Glossary, from source: TextLanguage, to target: TextLanguage) {
        self.source = source
        self.target = target
        let entries = glossary.entries(from: source, to: target)
        self.entries = entries
        sourceMatcher = TermMatcher(terms: entries.map { Self.matcherTerm($0.source) }, language: source)

        let targets = Self.distinctTargets(of: entries)
        approvedTargets = targets.approved
        forbiddenTargets = targets.forbidden
        targetTerms = targets.terms
        var forbidding = Array(repeating: [Int](), count: targetTerms.count)
        for (entry, terms) in forbiddenTargets.enumerated() {
            for term in terms { forbidding[term].append(entry) }
        }
        forbiddingEntries = forbidding
        targetMatcher = TermMatcher(terms: targetTerms.map(Self.matcherTerm), language: target)
    }

    /// The distinct target terms of `entries`, and the indices of each entry's approved and
    /// forbidden ones among them. A function of its own so that the table of match keys is
    /// freed before the matchers are built, when memory peaks.
    private static func distinctTargets(of entries: [Glossary.Entry]) -> (
        terms: [Glossary.Term], approved: [Set<Int>], forbidden: [Set<Int>]
    ) {
        var terms: [Glossary.Term] = []
        var indexByKey: [[UInt32]: Int] = [:]
        var form = TermMatcher.NormalizedText()
        func index(of term: Glossary.Term) -> Int {
            let key = term.matchKey(folding: &form)
            if let index = indexByKey[key] {
                terms[index].merge(term)
                return index
            }
            indexByKey[key] = terms.count
            terms.append(term)
            return terms.count - 1
        }
        let approved = entries.map { Set($0.approved.map(index(of:))) }
        let forbidden = entries.map { Set($0.forbidden.map(index(of:))) }
        return (terms, approved, forbidden)
    }

    /// Whether no source term could ever match: a glossary for other languages.
    public var isEmpty: Bool { entries.isEmpty }

    private static func matcherTerm(_ term: Glossary.Term) -> TermMatcher.Term {
        TermMatcher.Term(
            term.text, variants: term.variants, abbreviations: term.abbreviations,
            caseSensitive: term.caseRule.map { $0 == .sensitive })
    }
}
