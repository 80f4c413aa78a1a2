extension Glossary {
    /// One source term and what it must, and must not, become in the target language.
    public struct Entry: Hashable, Sendable {
        /// The source term, with the spelling variants and abbreviations that count as it.
        public var source: Term
        /// Equally acceptable renderings; any one of them satisfies the glossary.
        public var approved: [Term]
        /// Deprecated or wrong renderings.
        public var forbidden: [Term]
        /// The notes of the rows behind this entry, for reviewers.
        public var notes: [String]
    }

    /// The glossary seen from `source` to `target`: one entry per approved source term, in
    /// order of first appearance.
    ///
    /// The same glossary serves both directions. From the key language (Korean, in a
    /// `ko,en` file) each concept gives one entry: "국제보건규칙" → approved "International
    /// Health Regulations", forbidden "International Health Rules". In the other direction
    /// each approved English term becomes a source term whose approved targets are the key
    /// terms of the concepts it belongs to; "Republic of Korea" gathers both 우리나라 and 대한민국.
    /// A forbidden row names a wrong rendering *into* the other language, so it gives no
    /// source term and no forbidden target in the reverse direction.
    public func entries(from source: TextLanguage, to target: TextLanguage) -> [Entry] {
        var entries: [Entry] = []
        var indexBySource: [[UInt32]: Int] = [:]
        var form = TermMatcher.NormalizedText()
        for concept in concepts {
            let terms = concept.allTerms
            let approved = terms.filter { $0.language == target && $0.status == .approved }
            let forbidden = terms.filter { $0.language == target && $0.status == .forbidden }
            let notes = terms.map(\.note).filter { !$0.isEmpty }
            for term in terms where term.language == source && term.status == .approved {
                let key = term.matchKey(folding: &form)
                if let index = indexBySource[key] {
                    entries[index].source.merge(term)
                    entries[index].approved.merge(approved)
                    entries[index].forbidden.merge(forbidden)
                    entries[index].notes.appendUnique(notes)
                } else {
                    indexBySource[key] = entries.count
                    var entry = Entry(source: term, approved: [], forbidden: [], notes: [])
                    entry.approved.merge(approved)
                    entry.forbidden.merge(forbidden)
                    entry.notes.appendUnique(notes)
                    entries.append(entry)
                }
            }
        }
        return entries
    }
}

extension Glossary.Term {
    /// What the matcher compares: terms with equal keys match exactly the same texts, so
    /// "High-Level Segment" and "high-level segment" are one term, as are ’ and '.
    var matchKey: [UInt32] {
        var form = TermMatcher.NormalizedText()
        return matchKey(folding: &form)
    }

    /// ``matchKey``, folding the term in `form`'s buffers: for keying many terms, without
    /// allocating them for each.
    func matchKey(folding form: inout TermMatcher.NormalizedText) -> [UInt32] {
        form.normalize(text, language: language)
        return (isMatchedCaseSensitively ? form.exact : form.folded).withUnsafeBufferPointer { Array($0) }
    }

    private var isMatchedCaseSensitively: Bool {
        caseRule.map { $0 == .sensitive } ?? TermMatcher.isAllCapitalAcronym(text)
    }

    /// Folds another occurrence of the same term into this one.
    mutating func merge(_ other: Glossary.Term) {
        variants.appendUnique(other.variants.filter { $0 != text })
        abbreviations.appendUnique(other.abbreviations)
        if caseRule == nil { caseRule = other.caseRule }
    }
}

extension [Glossary.Term] {
    /// Appends terms, merging those whose text is already present.
    fileprivate mutating func merge(_ terms: [Glossary.Term]) {
        for term in terms {
            let key = term.matchKey
            if let index = firstIndex(where: { $0.matchKey == key }) {
                self[index].merge(term)
            } else {
                append(term)
            }
        }
    }
}

extension [String] {
    fileprivate mutating func appendUnique(_ items: [String]) {
        for item in items where !contains(item) { append(item) }
    }
}
