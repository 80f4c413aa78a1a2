// How the comparison treats a mention: which facet it is compared in, whether it may be left out,
// and in which currency it is.
extension NumberMention {
    /// The values this mention can be paired with: a day is a quantity like a count, a percentage is not.
    var facet: NumberMatcher.Facet {
        switch kind {
        case .cardinal, .ordinal, .amount, .year, .month, .day, .decade: .quantity
        case .percent: .percent
        case .weekday: .weekday
        case .time: .time
        case .telephone: .telephone
        case .name: .name
        }
    }

    /// A number word may be left out in a translation; month and weekday names may not.
    var isOptional: Bool { isWord && kind != .month && kind != .weekday }

    var currency: String? {
        if case .amount(let currency) = kind { return currency }
        return nil
    }
}
