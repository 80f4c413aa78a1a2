/// Finds the numbers, dates, ordinals, amounts and percentages in a Korean or English text.
///
/// It understands what press releases write: "9월 25일" and "Sept. 25", "9.25.(금)" and
/// "(Fri.)", "4조 7,771억 원" and "KRW 4.7771 trillion", "제75차" and "75th", "다섯 번째" and
/// "fifth", "코로나19" and "COVID-19". It produces nothing for letters that only look like
/// numbers ("U.S.", "Mr. A", the pronoun "I").
public struct NumberExtractor: Sendable {
    /// The mentions in `text`, in text order; their ranges are indices into `text`.
    ///
    /// Complexity: O(*n*) in the length of `text`.
    public static func mentions(in text: String, language: TextLanguage) -> [NumberMention] {
        var scanner = NumberScanner(text: text, language: language)
        return scanner.scan()
    }
}
