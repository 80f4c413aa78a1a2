extension TermMatcher {
    /// Matches and the automaton's work, for tests that pin down the cost.
    struct ScanResult {
        var matches: [TermMatch]
        var steps: Automaton.Steps
    }

    /// The whole matching pipeline: fold, one automaton pass, word-edge rules, longest match,
    /// abbreviations introduced and used.
    func scan(_ original: String, context: inout Context) -> ScanResult {
        context.bind(to: id)
        let text = NormalizedText(original, language: language)
        var candidates: [Candidate] = []
        let steps = automaton.scan(text.folded) { key, end in
            if let candidate = candidate(pattern: key, end: end, in: text) { candidates.append(candidate) }
        }
        var chosen = longestMatches(candidates, textLength: text.count)
        let knownBefore = context.termByKey
        let introduced = introduceAbbreviations(in: &chosen, text: text, original: original, context: &context)
        chosen += abbreviationOccurrences(
            in: text, original: original, chosen: chosen, introduced: introduced, knownBefore: knownBefore,
            context: context)
        // Text order; at one position a literal term before an abbreviation, then key order.
        chosen.sort { ($0.start, $0.pattern < 0 ? 1 : 0, $0.pattern) < ($1.start, $1.pattern < 0 ? 1 : 0, $1.pattern) }
        let matches = chosen.map { makeMatch($0, text: text, original: original, introduced: introduced) }
        return ScanResult(matches: matches, steps: steps)
    }

    /// Keeps the longest candidates that do not overlap: "Ministry of Foreign Affairs and
    /// Trade" hides "Ministry of Foreign Affairs", and 유엔총회 hides 유엔.
    ///
    /// Between overlapping candidates of equal length, the one written with its listed
    /// spacing wins, then the earlier one. Several terms with exactly the same span all stay,
    /// because the text supports each of them equally.
    private func longestMatches(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
        let ordered = candidates.sorted {
            ($1.length, $0.keepsListedSpacing ? 0 : 1, $0.start, $0.pattern)
                < ($0.length, $1.keepsListedSpacing ? 0 : 1, $1.start, $1.pattern)
        }
        var covered = [Bool](repeating: false, count: textLength)
        var chosen: [Candidate] = []
        var termsBySpan: [Range<Int>: Set<Int>] = [:]
        for candidate in ordered {
            let span = candidate.start..<candidate.end
            let term = candidate.term
            if var terms = termsBySpan[span] {
                if terms.insert(term).inserted {
                    termsBySpan[span] = terms
                    chosen.append(candidate)
                }
                continue
            }
            guard !covered[span].contains(true) else { continue }
            for index in span { covered[index] = true }
            termsBySpan[span] = [term]
            chosen.append(candidate)
        }
        return chosen.sorted { $0.start < $1.start }
    }

    /// Builds the public match from a candidate.
    private func makeMatch(
        _ candidate: Candidate, text: NormalizedText, original: String, introduced: [Int: Introduction]
    ) -> TermMatch {
        let range = text.originalRange(candidate.start..<candidate.termEnd)
        let term = candidate.term
        var isSpacingVariant = false
        if candidate.pattern >= 0 && patterns[candidate.pattern].containsHangul {
            let compact = text.exact[candidate.start..<candidate.end].filter { $0 != Scalars.space }
            isSpacingVariant = compact == canonical[term].compact
                && text.spacedExact(candidate.start..<candidate.end) != canonical[term].spaced
        }
        func written(_ range: Range<Int>?) -> (String, Range<String.Index>)? {
            guard let range else { return nil }
            let originalRange = text.originalRange(range)
            return (String(original[originalRange]), originalRange)
        }
        return TermMatch(
            term: term,
            spelling: candidate.spelling,
            range: range,
            text: String(original[range]),
            isSpacingVariant: isSpacingVariant,
            ending: written(candidate.ending)?.0,
            particle: written(candidate.particle)?.0,
            particleRange: written(candidate.particle)?.1,
            parenthetical: written(candidate.parenthetical)?.1,
            definedAbbreviation: introduced[candidate.start]?.written)
    }
}
