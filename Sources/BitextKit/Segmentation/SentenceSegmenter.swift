import Foundation

/// Splits block text into sentences with the SRX rules of one language.
///
/// Every rule is one regular expression `(?:before)(?=after)` run once over the text,
/// so the cost is rules × text length; at each position the first rule that matches
/// decides, as SRX specifies.
public struct SentenceSegmenter: @unchecked Sendable {
    // The compiled expressions are immutable, hence the unchecked conformance.
    private let rules: [(isBreak: Bool, expression: NSRegularExpression)]

    public init(rules: SRXRules, language: String) throws {
        self.rules = try rules.rules(for: language).map { rule in
            (rule.isBreak, try NSRegularExpression(pattern: "(?:\(rule.before))(?=\(rule.after))", options: []))
        }
    }

    public func sentences(in text: String) -> [String] {
        let string = text as NSString
        let whole = NSRange(location: 0, length: string.length)
        var decisions: [Int: Bool] = [:]
        for rule in rules {
            for match in rule.expression.matches(in: text, options: [], range: whole) {
                let position = match.range.location + match.range.length
                if decisions[position] == nil { decisions[position] = rule.isBreak }
            }
        }
        var sentences: [String] = []
        var start = 0
        for position in decisions.filter(\.value).keys.sorted() where position > start && position < string.length {
            append(string.substring(with: NSRange(location: start, length: position - start)), to: &sentences)
            start = position
        }
        append(string.substring(from: start), to: &sentences)
        return sentences
    }

    private func append(_ piece: String, to sentences: inout [String]) {
        let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }
}
