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
        // The context's buffers, taken out so that they are not copied while written.
        var text = NormalizedText()
        swap(&text, &context.scratch)
        defer { swap(&text, &context.scratch) }
        text.normalize(original, language: language)

        var candidates: [Candidate] = []
        let steps = automaton.scan(text.folded) { key, end in
            if let candidate = candidate(pattern: key, end: end, in: text) { candidates.append(candidate) }
        }
        // Most blocks name no term and use no abbreviation: nothing more to do.
        guard !candidates.isEmpty || !context.termByKey.isEmpty else { return ScanResult(matches: [], steps: steps) }
        var chosen = longestMatches(candidates)
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
    ///
    /// Cost: quadratic in the number of candidates of one block, which is small; no tables.
    private func longestMatches(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        let ordered = candidates.sorted {
            ($1.length, $0.keepsListedSpacing ? 0 : 1, $0.start, $0.pattern)
                < ($0.length, $1.keepsListedSpacing ? 0 : 1, $1.start, $1.pattern)
        }
        var chosen: [Candidate] = []
        for candidate in ordered {
            // A candidate with the span of a chosen one joins it unless its term is there already;
            // any other candidate must not overlap what is chosen.
            var sharesSpan = false, termIsThere = false, overlaps = false
            for other in chosen {
                if other.start == candidate.start && other.end == candidate.end {
                    sharesSpan = true
                    if other.term == candidate.term { termIsThere = true }
                } else if other.start < candidate.end && candidate.start < other.end {
                    overlaps = true
                }
            }
            if sharesSpan ? !termIsThere : !overlaps { chosen.append(candidate) }
        }
        return chosen.sorted { $0.start < $1.start }
    }

    /// Builds the public match from a candidate.
    private func makeMatch(
        _ candidate: Candidate, text: NormalizedText, original: String, introduced: [Int: Introduction]
    ) -> TermMatch {
        let range = text.originalRange(candidate.start..<candidate.termEnd, in: original)
        let term = candidate.term
        var isSpacingVariant = false
        if candidate.pattern >= 0 && patterns[candidate.pattern].containsHangul {
            let span = candidate.start..<candidate.end
            isSpacingVariant = text.hasCompactExact(span, equalTo: canonical[term].spaced)
                && !text.hasSpacedExact(span, equalTo: canonical[term].spaced)
        }
        let particleRange = candidate.particle.map { text.originalRange($0, in: original) }
        return TermMatch(
            term: term,
            spelling: candidate.spelling,
            range: range,
            text: String(original[range]),
            isSpacingVariant: isSpacingVariant,
            ending: candidate.ending.map { String(original[text.originalRange($0, in: original)]) },
            particle: particleRange.map { String(original[$0]) },
            particleRange: particleRange,
            parenthetical: candidate.parenthetical.map { text.originalRange($0, in: original) },
            definedAbbreviation: introduced[candidate.start]?.written)
    }
}
