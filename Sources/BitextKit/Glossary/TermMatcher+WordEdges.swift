extension TermMatcher {
    /// A key occurrence that passed the word-edge rules, in folded-text offsets.
    struct Candidate {
        /// The automaton key, or -1 for an abbreviation introduced in the text.
        var pattern: Int
        var term: Int
        var spelling: TermMatch.Spelling
        var start: Int
        var end: Int
        /// The end of the term with its English ending (`end` when there is none).
        var termEnd: Int
        /// Whether the text has the spaces of the spelling as listed; breaks ties between
        /// overlapping Korean terms of equal length ("국제 보건 협력": 보건 협력, not 국제보건).
        var keepsListedSpacing: Bool
        var ending: Range<Int>?
        var particle: Range<Int>?
        var parenthetical: Range<Int>?

        var length: Int { end - start }
    }

    /// Checks an automaton hit against the rules of its script and reads what follows it.
    func candidate(pattern patternIndex: Int, end: Int, in text: NormalizedText) -> Candidate? {
        let pattern = patterns[patternIndex]
        let start = end - pattern.length
        if pattern.caseSensitive && !text.exact[start..<end].elementsEqual(pattern.exact) { return nil }
        guard startsWord(at: start, in: text) else { return nil }
        let keepsListedSpacing = !pattern.containsHangul
            || pattern.spacedForms.contains { text.hasSpacedExact(start..<end, equalTo: $0) }
        var candidate = Candidate(
            pattern: patternIndex, term: pattern.term, spelling: pattern.spelling, start: start, end: end, termEnd: end,
            keepsListedSpacing: keepsListedSpacing)
        let last = text.exact[end - 1]
        if Scalars.isHangul(last) {
            if !text.isWordEnd(end) {
                // Inside a word only particles may follow: "국제보건규칙을" yes, "보건복지부" no.
                let runEnd = text.hangulRunEnd(from: end)
                guard KoreanParticle.split(text.exact[end..<runEnd], after: last) != nil else { return nil }
                candidate.particle = end..<runEnd
                return candidate
            }
        } else if Scalars.isWord(last) {
            if language == .english, let length = englishEnding(after: pattern, at: end, in: text) {
                candidate.ending = end..<(end + length)
                candidate.termEnd = end + length
            } else if end < text.count && Scalars.isWord(text.exact[end]) {
                return nil
            }
        }
        readTail(of: &candidate, in: text)
        return candidate
    }

    /// Korean terms start after a space, punctuation or a non-Hangul character; Latin ones
    /// after anything but a letter or digit.
    func startsWord(at start: Int, in text: NormalizedText) -> Bool {
        guard start > 0 else { return true }
        let first = text.exact[start]
        if Scalars.isHangul(first) {
            return text.spaceRemovedBefore[start] || !Scalars.isHangul(text.exact[start - 1])
        }
        if Scalars.isWord(first) { return !Scalars.isWord(text.exact[start - 1]) }
        return true
    }

    /// The length of a plural or possessive ending after an English term that ends a word
    /// there, or `nil` when none applies.
    ///
    /// Endings: 's and s' (possessive), es after s/x/z/ch/sh, s, and a bare apostrophe after a
    /// term ending in s ("the United Nations’ work"). The y → ies plural is a key of its own
    /// (see ``Pattern/iesPlural(exact:)``) and only takes the apostrophe.
    func englishEnding(after pattern: Pattern, at end: Int, in text: NormalizedText) -> Int? {
        let s: UInt32 = 0x73
        let e: UInt32 = 0x65
        let apostrophe = Scalars.apostrophe
        let source = pattern.caseSensitive ? text.exact : text.folded
        // Whether the text continues with `ending` (one or two scalars) and a word ends there.
        func ends(with first: UInt32, _ second: UInt32? = nil) -> Bool {
            let after = end + (second == nil ? 1 : 2)
            guard after <= text.count, source[end] == first, second.map({ source[end + 1] == $0 }) ?? true else {
                return false
            }
            return after == text.count || !Scalars.isWord(text.exact[after])
        }
        if pattern.isPluralForm { return ends(with: apostrophe) ? 1 : nil }
        if ends(with: apostrophe, s) || ends(with: s, apostrophe) { return 2 }
        if Self.takesEs(pattern) && ends(with: e, s) { return 2 }
        if ends(with: s) { return 1 }
        if pattern.folded(beforeEnd: 1) == s && ends(with: apostrophe) { return 1 }
        return nil
    }

    private static func takesEs(_ pattern: Pattern) -> Bool {
        guard let last = pattern.folded(beforeEnd: 1) else { return false }
        if last == 0x73 || last == 0x78 || last == 0x7A { return true }  // s, x, z
        guard last == 0x68, let beforeLast = pattern.folded(beforeEnd: 2) else { return false }  // ch, sh
        return beforeLast == 0x63 || beforeLast == 0x73
    }

    /// Reads what is attached after a term: closing brackets, a parenthesis (which may
    /// introduce an abbreviation) and, in Korean, the particles that follow them.
    func readTail(of candidate: inout Candidate, in text: NormalizedText) {
        var index = candidate.termEnd
        while index < text.count {
            let value = text.exact[index]
            if language == .korean && Scalars.isCloser(value) {
                index += 1
                continue
            }
            var open = index
            if value == Scalars.space, open + 1 < text.count, text.exact[open + 1] == Scalars.openParenthesis {
                open += 1
            }
            if candidate.parenthetical == nil, text.exact[open] == Scalars.openParenthesis,
                let close = closingParenthesis(after: open, in: text)
            {
                candidate.parenthetical = open..<(close + 1)
                index = close + 1
                continue
            }
            break
        }
        guard language == .korean, index < text.count, index > candidate.termEnd || !text.isWordEnd(index),
            Scalars.isHangul(text.exact[index]), !text.spaceRemovedBefore[index]
        else { return }
        let runEnd = text.hangulRunEnd(from: index)
        if KoreanParticle.split(text.exact[index..<runEnd], after: text.exact[candidate.end - 1]) != nil {
            candidate.particle = index..<runEnd
        }
    }

    /// The matching ")" within a short distance, or `nil` for an unclosed or nested parenthesis.
    private func closingParenthesis(after open: Int, in text: NormalizedText) -> Int? {
        var index = open + 1
        let limit = min(text.count, open + 80)
        while index < limit {
            let value = text.exact[index]
            if value == Scalars.closeParenthesis { return index > open + 1 ? index : nil }
            if value == Scalars.openParenthesis { return nil }
            index += 1
        }
        return nil
    }
}
