import Foundation

/// One numeric fact found in a text: a count, an ordinal, a date part, an amount, a percentage.
///
/// Values are normalized so that the two languages meet: "1억 달러" and "USD 100 million" both
/// have the value 100,000,000; a date yields one mention for its month and one for its day.
public struct NumberMention: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A count or a plain number: "47", "three", "41명", "2,500만".
        case cardinal
        /// A rank or an article number: "75th", "제75차", "fifth", "다섯 번째", "제2조", "Article II".
        case ordinal
        /// A percentage or percentage points: "40%", "3.5 percent", "2%p".
        case percent
        /// Money in a currency: an ISO 4217 code, or "$" for a dollar of unnamed country ("$100", "달러").
        case amount(currency: String)
        /// A calendar year: "2030", "2018년".
        case year
        /// A month, 1 to 12: "9월", "September", "Sept.", the "9" of "9.25.".
        case month
        /// A day of the month: "25일", the "25" of "September 25" or "9.25.".
        case day
        /// A day of the week, 1 (Monday) to 7 (Sunday): "(금)", "(Fri.)", "Friday".
        case weekday
        /// A decade or an age bracket: "1960s", "1960년대", "20s", "20대".
        case decade
        /// A time of day in hours since midnight ("14:30" is 14.5). `isAmbiguous` is true for a time
        /// written on a 12-hour clock without a.m./p.m. or 오전/오후, which may be 12 hours off.
        case time(isAmbiguous: Bool)
        /// A telephone number, compared as its digits after the country code or trunk prefix.
        case telephone
        /// Digits inside a name ("COVID-19", "코로나19", "COP26", "G20"), compared by presence, not count.
        case name
    }

    /// The normalized value; for a weekday 1 = Monday … 7 = Sunday.
    public var value: Decimal
    public var kind: Kind
    /// As written, e.g. "1억 달러", "USD 100 million", "Sept.".
    public var text: String
    public var range: Range<String.Index>
    /// Written as a word ("two", "fifth", "양", "다섯", "September") rather than with digits.
    public var isWord: Bool

    public init(value: Decimal, kind: Kind, text: String, range: Range<String.Index>, isWord: Bool) {
        self.value = value
        self.kind = kind
        self.text = text
        self.range = range
        self.isWord = isWord
    }
}

extension NumberMention: CustomStringConvertible {
    /// "“1억 달러” (100000000)", for messages and test failures.
    public var description: String { "“\(text)” (\(value))" }
}
