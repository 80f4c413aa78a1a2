extension TermMatcher {
    /// An abbreviation that a "Full Name (X)" in the current text introduced.
    struct Introduction {
        var key: [UInt32]
        var written: String
        /// The offset after the closing parenthesis: X counts as the term from here on.
        var end: Int
    }

    /// Records the abbreviations that chosen matches introduce ("International Health
    /// Regulations (IHR)") and drops matches inside those parentheses, which repeat the same
    /// mention: "세계보건기구(WHO)" is one mention of 세계보건기구, not also one of WHO.
    ///
    /// X introduces an abbreviation when the glossary lists it for the term, or when it looks
    /// like one (capitals, at most three words) and, for a Latin-script term, its letters are
    /// the initials (or word beginnings) of the term — so "(COP26)" after "…Climate Change"
    /// does not make COP26 stand for the Convention. A Korean term has no initials to compare,
    /// so any abbreviation-shaped X after it counts ("세계식량계획(WFP)").
    ///
    /// - Returns: the introductions, keyed by the start offset of the introducing match.
    func introduceAbbreviations(
        in chosen: inout [Candidate], text: NormalizedText, original: String, context: inout Context
    ) -> [Int: Introduction] {
        // Only a parenthesis after a term can introduce anything.
        guard chosen.contains(where: { $0.pattern >= 0 && $0.parenthetical != nil }) else { return [:] }
        var introduced: [Int: Introduction] = [:]
        var hidden: [Range<Int>] = []
        var kept: [Candidate] = []
        for candidate in chosen {
            if hidden.contains(where: { $0.contains(candidate.start) }) { continue }
            kept.append(candidate)
            guard candidate.pattern >= 0, let parenthetical = candidate.parenthetical else { continue }
            var inner = (parenthetical.lowerBound + 1)..<(parenthetical.upperBound - 1)
            while let first = inner.first, text.exact[first] == Scalars.space { inner = (first + 1)..<inner.upperBound }
            while let last = inner.last, text.exact[last] == Scalars.space { inner = inner.lowerBound..<last }
            guard !inner.isEmpty else { continue }
            let key = Array(text.exact[inner])
            guard introduces(key, for: patterns[candidate.pattern]) else { continue }
            let written = String(original[text.originalRange(inner, in: original)])
            context.define(key: key, written: written, term: candidate.term)
            introduced[candidate.start] = Introduction(key: key, written: written, end: parenthetical.upperBound)
            hidden.append(parenthetical)
        }
        chosen = kept
        return introduced
    }

    /// Occurrences of introduced abbreviations, as whole words of up to three tokens
    /// ("COVAX AMC"). Cost: one dictionary lookup per token and length, whatever the glossary.
    ///
    /// An occurrence may coincide with a literal term ("WHO" is a term and, after "World
    /// Health Organization (WHO)", also that organisation); it may not sit inside a longer
    /// match or inside the introducing parenthesis, nor come before its introduction.
    func abbreviationOccurrences(
        in text: NormalizedText, original: String, chosen: [Candidate], introduced: [Int: Introduction],
        knownBefore: [[UInt32]: Int], context: Context
    ) -> [Candidate] {
        guard !context.termByKey.isEmpty else { return [] }
        // What the chosen matches and the introductions rule out, worked out at the first word
        // that may start an abbreviation: most blocks have none.
        var exclusions: (owner: [Int], spans: Set<Range<Int>>, firstUsable: [[UInt32]: Int])?
        func excluded() -> (owner: [Int], spans: Set<Range<Int>>, firstUsable: [[UInt32]: Int]) {
            if let exclusions { return exclusions }
            var owner = [Int](repeating: -1, count: text.count)
            var spans: Set<Range<Int>> = []
            for candidate in chosen {
                for index in candidate.start..<candidate.end { owner[index] = candidate.start }
                spans.insert(candidate.start..<candidate.end)
                if let parenthetical = candidate.parenthetical, introduced[candidate.start] != nil {
                    for index in parenthetical { owner[index] = -2 }
                }
            }
            var firstUsable: [[UInt32]: Int] = [:]
            for introduction in introduced.values where knownBefore[introduction.key] == nil {
                firstUsable[introduction.key] = min(firstUsable[introduction.key] ?? .max, introduction.end)
            }
            exclusions = (owner, spans, firstUsable)
            return (owner, spans, firstUsable)
        }

        var occurrences: [Candidate] = []
        var index = 0
        while index < text.count {
            guard Scalars.isWord(text.exact[index]), index == 0 || !Scalars.isWord(text.exact[index - 1]) else {
                index += 1
                continue
            }
            var wordEnd = index + 1
            while wordEnd < text.count && Scalars.isWord(text.exact[wordEnd]) { wordEnd += 1 }
            guard context.firstWords.contains(where: { text.exact[index..<wordEnd].elementsEqual($0) }) else {
                index = wordEnd
                continue
            }
            let tokenEnds = wordEnds(startingAt: index, in: text, maximumWords: 3)
            for end in tokenEnds.reversed() {
                let key = Array(text.exact[index..<end])
                guard let term = context.termByKey[key] else { continue }
                let (owner, spans, firstUsable) = excluded()
                guard index >= firstUsable[key] ?? 0 else { continue }
                let span = index..<end
                guard spans.contains(span) || owner[span].allSatisfy({ $0 == -1 }) else { continue }
                var candidate = Candidate(
                    pattern: -1, term: term,
                    spelling: .abbreviation(String(original[text.originalRange(span, in: original)])),
                    start: index, end: end, termEnd: end, keepsListedSpacing: true)
                let pattern = Pattern(
                    term: term, spelling: .term, exact: key, lowercasesKey: false, spaced: key, caseSensitive: true,
                    isPluralForm: false)
                if language == .english, let length = englishEnding(after: pattern, at: end, in: text) {
                    candidate.ending = end..<(end + length)
                    candidate.termEnd = end + length
                }
                readTail(of: &candidate, in: text)
                occurrences.append(candidate)
                break
            }
            index = tokenEnds[0]
        }
        return occurrences
    }

    /// The ends of the first one, two, … words from `start`, words separated by single spaces.
    private func wordEnds(startingAt start: Int, in text: NormalizedText, maximumWords: Int) -> [Int] {
        var ends: [Int] = []
        var index = start
        while ends.count < maximumWords {
            while index < text.count && Scalars.isWord(text.exact[index]) { index += 1 }
            ends.append(index)
            guard index + 1 < text.count, text.exact[index] == Scalars.space, Scalars.isWord(text.exact[index + 1]) else {
                break
            }
            index += 1
        }
        return ends
    }

    /// Whether the parenthesised `key` after a match of `pattern` introduces an abbreviation.
    func introduces(_ key: [UInt32], for pattern: Pattern) -> Bool {
        if listedAbbreviations[pattern.term].contains(key) { return true }
        guard Self.looksLikeAbbreviation(key) else { return false }
        if pattern.containsHangul { return true }
        // A plural abbreviation after a plural term: "Nationally Determined Contributions (NDCs)".
        let singular = key.last == 0x73 && key.count > 2 ? Array(key.dropLast()) : key
        return Self.isAcronym(key, of: pattern.exact) || Self.isAcronym(singular, of: pattern.exact)
    }

    /// Mostly capitals, with digits and joiners; at most three words; no all-lowercase word.
    /// "IHR", "COVAX AMC", "ACT-A", "COP26", "SDGs", "G20" yes; "Gavi", "2021", "Fri.",
    /// "Global Methane Pledge" (a gloss, not an abbreviation) no.
    static func looksLikeAbbreviation(_ key: [UInt32]) -> Bool {
        guard (2...24).contains(key.count), let first = key.first, Scalars.isUppercaseASCII(first) else { return false }
        let allowed: Set<UInt32> = [Scalars.space, Scalars.hyphen, 0x2E, 0x26, 0x2F]  // space - . & /
        guard key.allSatisfy({ $0 < 0x80 && (Scalars.isWord($0) || allowed.contains($0)) }) else { return false }
        let capitals = key.filter(Scalars.isUppercaseASCII).count
        let lowercase = key.filter { (0x61...0x7A).contains($0) }.count
        let hasDigit = key.contains { (0x30...0x39).contains($0) }
        guard capitals > lowercase, capitals >= 2 || hasDigit else { return false }
        let words = key.split(separator: Scalars.space)
        return words.count <= 3 && words.allSatisfy { word in word.contains { !(0x61...0x7A).contains($0) } }
    }

    /// Whether the letters of `abbreviation` spell the term by taking, word by word, a
    /// beginning of each word or skipping it; the first word must contribute.
    /// "WHO" ← World Health Organization; "KOICA" ← Korea International Cooperation Agency;
    /// "FAO" ← Food and Agriculture Organization of the United Nations.
    static func isAcronym(_ abbreviation: [UInt32], of term: [UInt32]) -> Bool {
        let letters = abbreviation.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
            .map { $0 & ~0x20 }
        let words = term.split(whereSeparator: { !Scalars.isWord($0) })
            .map { $0.filter { $0 < 0x80 && !(0x30...0x39).contains($0) }.map { $0 & ~0x20 } }
            .filter { !$0.isEmpty }
        guard !letters.isEmpty, !words.isEmpty else { return false }
        var memo: [Int: Bool] = [:]
        func spells(_ letter: Int, _ word: Int) -> Bool {
            if letter == letters.count { return true }
            if word == words.count { return false }
            let memoKey = letter * (words.count + 1) + word
            if let known = memo[memoKey] { return known }
            var result = word > 0 && spells(letter, word + 1)
            var length = 1
            while !result, length <= words[word].count, letter + length <= letters.count,
                words[word][length - 1] == letters[letter + length - 1]
            {
                result = spells(letter + length, word + 1)
                length += 1
            }
            memo[memoKey] = result
            return result
        }
        return spells(0, 0)
    }
}
