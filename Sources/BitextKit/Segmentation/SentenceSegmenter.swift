/// Splits block text into sentences with the SRX rules of one language.
///
/// Every rule is one regular expression `(?:before)(?=after)` run over the text; where matches of
/// several rules end at the same position, the first rule in SRX order decides. Only a position
/// where a break rule matches can split the text, so the break rules run first and the no-break
/// rules only when a break rule matched inside the text: most blocks are one sentence, and a
/// no-break rule without a break beside it decides nothing. The result is the same as running
/// every rule everywhere.
public struct SentenceSegmenter: Sendable {
    private let rules: [(isBreak: Bool, expression: RegularExpression)]

    public init(rules: SRXRules, language: String) throws {
        self.rules = try rules.rules(for: language).map { rule in
            (rule.isBreak, try RegularExpression(pattern: "(?:\(rule.before))(?=\(rule.after))"))
        }
    }

    public func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text.unicodeScalars[$0]) }
    }

    /// The sentences of `text`, in order, as ranges without the whitespace around them; text that
    /// is only whitespace has none.
    ///
    /// The bounds are scalar boundaries, not always character boundaries (a sentence may begin
    /// with a combining mark): slice `text.unicodeScalars` with them, since `text[range]` would
    /// round them down to characters.
    func sentenceRanges(in text: String) -> [Range<String.Index>] {
        let subject = UTF16Text(text)
        let scalars = text.unicodeScalars
        let breaks = breakOffsets(in: subject)
        var ranges: [Range<String.Index>] = []
        func appendTrimmed(_ piece: Range<String.Index>) {
            let (first, end) = WhitespaceSet.untrimmed(scalars[piece], where: WhitespaceSet.isWhitespaceOrNewline)
            if first < end { ranges.append(first..<end) }
        }
        // Walk the scalars once to the breaks, which are UTF-16 offsets between scalars (ICU never
        // splits a surrogate pair).
        var start = scalars.startIndex
        var offset = 0
        for position in breaks {
            let index = subject.index(position, from: start, at: offset)
            appendTrimmed(start..<index)
            (start, offset) = (index, position)
        }
        appendTrimmed(start..<scalars.endIndex)
        return ranges
    }

    /// The UTF-16 offsets strictly inside the text where it breaks, ascending.
    private func breakOffsets(in subject: UTF16Text) -> [Int] {
        let length = subject.utf16Count
        // Each candidate with the first break rule that matched there.
        var candidates: [Int: Int] = [:]
        for (index, rule) in rules.enumerated() where rule.isBreak {
            for position in rule.expression.matchEnds(in: subject) where position > 0 && position < length {
                if candidates[position] == nil { candidates[position] = index }
            }
        }
        guard let lastRule = candidates.values.max() else { return [] }
        for (index, rule) in rules.enumerated().prefix(lastRule) where !rule.isBreak {
            for position in rule.expression.matchEnds(in: subject) {
                if let breakRule = candidates[position], breakRule > index { candidates[position] = nil }
            }
        }
        return candidates.keys.sorted()
    }
}
