/// Whether the numbers of a text and of its translation agree, and if not, which values differ.
///
/// The comparison works on multisets of normalized values, so word order and the way a value
/// is written do not matter: "9월 25일" = "September 25" = "25 September", "1억 달러" =
/// "USD 100 million", "제75차" = "75th". Leniencies, each because correct translations do it:
///
/// - A number written as a word ("two", "fifth", "양", "다섯") may be left out on the other side:
///   "양 장관" is "the two Ministers", but "No one is safe" has no number in the Korean. A value
///   written with digits must be found on the other side, as digits or as a word. Two ordinal
///   words that are both left without a partner ("다섯 번째" and "sixth") are reported.
/// - A weekday ("(금)", "(Fri.)") is compared only when both texts mark weekdays: a translation
///   may drop the weekday of a date, but must not change it.
/// - An amount in a currency matches the same amount written without one; "$" and "달러" match
///   any dollar currency ("USD", "AUD" …), but "USD" does not match "EUR".
/// - A month counts once per value: "7.1.~7.5." (two 7s) is "July 1-5" (one July).
/// - A time written without a.m./p.m. ("3시") matches either half of the day ("3 p.m.").
/// - Digits inside a name ("COVID-19", "COP26") are compared by presence, not count, and a name
///   and a plain number with the same value satisfy each other ("COP26" and "제26차").
public struct NumberComparison: Hashable, Sendable {
    /// Values of the source that the target lacks, in source order.
    public var missing: [NumberMention]
    /// Values of the target that the source lacks, in target order.
    public var extra: [NumberMention]
    public var isMatch: Bool { missing.isEmpty && extra.isEmpty }

    public init(missing: [NumberMention] = [], extra: [NumberMention] = []) {
        self.missing = missing
        self.extra = extra
    }

    /// Compares the numbers of `source` with those of its translation `target`.
    ///
    /// Complexity: O(*n* + *m*) in the lengths of the texts (expected, with hashing).
    public static func compare(
        source: String, sourceLanguage: TextLanguage, target: String, targetLanguage: TextLanguage
    ) -> NumberComparison {
        compare(
            source: NumberExtractor.mentions(in: source, language: sourceLanguage),
            target: NumberExtractor.mentions(in: target, language: targetLanguage))
    }

    /// Compares mentions already extracted from a source and a target.
    static func compare(source: [NumberMention], target: [NumberMention]) -> NumberComparison {
        var matcher = NumberMatcher(source: source, target: target)
        return matcher.run()
    }
}
