/// Flags numbers, dates, ordinals, amounts and percentages that differ between source and target.
///
/// "9월 25일" and "September 25", "1억 달러" and "USD 100 million" are the same numbers;
/// `NumberComparison` knows both languages' ways of writing them.
struct NumberMismatch: UnitCheck {
    static let rule = Rule.numberMismatch

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        let unit = analysis.unit
        guard let target = unit.target else { return [] }
        let comparison = NumberComparison.compare(
            source: unit.source, sourceLanguage: document.sourceLanguage,
            target: target, targetLanguage: document.targetLanguage)
        guard !comparison.isMatch else { return [] }
        var parts: [String] = []
        if !comparison.missing.isEmpty {
            parts.append("the source has \(Self.list(comparison.missing)) but the target does not")
        }
        if !comparison.extra.isEmpty {
            parts.append("the target has \(Self.list(comparison.extra)) that the source does not")
        }
        let subject = (comparison.missing.map { "-" + $0.text } + comparison.extra.map { "+" + $0.text }).joined(separator: " ")
        return [document.finding(Self.rule, at: unit, message: "numbers differ: " + parts.joined(separator: "; "), subject: subject)]
    }

    private static func list(_ mentions: [NumberMention]) -> String {
        mentions.map { "“\($0.text)”" }.joined(separator: ", ")
    }
}
