import Foundation

/// A number as the scanner computes with it: an integer significand times a power of ten while
/// that fits in 64 bits, Foundation's `Decimal` beyond.
///
/// `Decimal` arithmetic costs hundreds of nanoseconds per operation (microseconds for a
/// division), and the scanner reads, scales, adds and compares most numbers it finds. The numbers
/// of press releases fit a `UInt64` significand; for them this type computes with integers and
/// gets the value `Decimal` gets, because `Decimal` is exact to 38 digits and keeps its results
/// compact (no trailing zeros in the significand), as `decimal` does. Whatever does not fit, or
/// would be rounded, is computed with `Decimal` itself, exactly as before.
struct NumberValue: Sendable {
    private enum Storage: Sendable {
        /// `significand` × 10^`exponent`, without trailing zeros in `significand`; zero is (0, 0).
        case exact(significand: UInt64, exponent: Int)
        case decimal(Decimal)
    }

    private var storage: Storage

    /// `significand` × 10^`exponent`, or nil if the exponent strays towards `Decimal`'s limits
    /// (an `Int8`), where `Decimal` would round.
    private static func exact(_ significand: UInt64, _ exponent: Int) -> NumberValue? {
        var significand = significand
        var exponent = exponent
        if significand == 0 {
            exponent = 0
        } else {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
        guard abs(exponent) <= 64 else { return nil }
        return NumberValue(storage: .exact(significand: significand, exponent: exponent))
    }

    private init(storage: Storage) { self.storage = storage }

    init(_ decimal: Decimal) { storage = .decimal(decimal) }

    /// A count or a vocabulary value; never negative.
    init(_ value: Int) { self = Self.exact(UInt64(value), 0)! }

    /// 10^`exponent`: the scale of "million" (6) or "억" (8).
    static func power(_ exponent: Int) -> NumberValue { exact(1, exponent)! }

    /// The value as `Decimal`, as `Decimal` arithmetic would have produced it.
    var decimal: Decimal {
        switch storage {
        case .exact(let significand, let exponent): Self.decimal(significand, exponent)
        case .decimal(let decimal): decimal
        }
    }

    private static func decimal(_ significand: UInt64, _ exponent: Int) -> Decimal {
        significand == 0 ? Decimal() : Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// Whether the value has no fractional part.
    var isInteger: Bool {
        switch storage {
        case .exact(let significand, let exponent): return significand == 0 || exponent >= 0
        case .decimal(var value):
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 0, .plain)
            return rounded == value
        }
    }
}

// MARK: - Reading digits

extension NumberValue {
    /// The number written by ASCII digits with "," between groups and an optional "." before the
    /// fraction: the value `Decimal(string:)` reads from the digits and the point.
    init(digits: some Collection<Unicode.Scalar>) {
        var significand: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var isFraction = false
        for scalar in digits {
            switch scalar {
            case ",": continue
            case ".": isFraction = true
            default:
                if significantDigits > 0 || scalar != "0" { significantDigits += 1 }
                significand = significand &* 10 &+ UInt64(scalar.value - 0x30)
                if isFraction { fractionDigits += 1 }
            }
        }
        // Beyond 19 digits `UInt64` overflows; "0.00" is a zero whose `Decimal` keeps its exponent.
        if significantDigits > 19 || (significand == 0 && fractionDigits > 0) {
            var text = ""
            for scalar in digits where scalar != "," { text.unicodeScalars.append(scalar) }
            self.init(Decimal(string: text, locale: Self.posix) ?? 0)
        } else {
            self = Self.exact(significand, -fractionDigits)!
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}

// MARK: - Arithmetic

extension NumberValue: ExpressibleByIntegerLiteral, Comparable {
    init(integerLiteral value: Int) { self.init(value) }

    static func + (a: NumberValue, b: NumberValue) -> NumberValue {
        if case .exact(let x, let e) = a.storage, case .exact(let y, let f) = b.storage {
            if x == 0 { return b }
            if y == 0 { return a }
            let exponent = min(e, f)
            if let x = scaled(x, by: e - exponent), let y = scaled(y, by: f - exponent) {
                let (sum, overflow) = x.addingReportingOverflow(y)
                if !overflow, let sum = exact(sum, exponent) { return sum }
            }
        }
        return NumberValue(a.decimal + b.decimal)
    }

    static func * (a: NumberValue, b: NumberValue) -> NumberValue {
        if case .exact(let x, let e) = a.storage, case .exact(let y, let f) = b.storage {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow, let product = exact(product, e + f) { return product }
        }
        return NumberValue(a.decimal * b.decimal)
    }

    /// The quotient, exact when it has a finite decimal expansion that fits, else `Decimal`'s rounding.
    static func / (a: NumberValue, b: NumberValue) -> NumberValue {
        if case .exact(let x, let e) = a.storage, case .exact(let y, let f) = b.storage, y != 0 {
            var dividend = x
            var shift = 0
            while dividend % y != 0, shift < 19 {
                let (next, overflow) = dividend.multipliedReportingOverflow(by: 10)
                if overflow { break }
                dividend = next
                shift += 1
            }
            if dividend % y == 0, let quotient = exact(dividend / y, e - f - shift) { return quotient }
        }
        return NumberValue(a.decimal / b.decimal)
    }

    static func += (a: inout NumberValue, b: NumberValue) { a = a + b }
    static func *= (a: inout NumberValue, b: NumberValue) { a = a * b }

    static func == (a: NumberValue, b: NumberValue) -> Bool {
        if case .exact(let x, let e) = a.storage, case .exact(let y, let f) = b.storage { return x == y && e == f }
        return a.decimal == b.decimal
    }

    static func < (a: NumberValue, b: NumberValue) -> Bool {
        if case .exact(let x, let e) = a.storage, case .exact(let y, let f) = b.storage {
            if x == 0 || y == 0 { return x < y }
            // Compare orders of magnitude first; equal ones differ by at most 19 in exponent.
            let magnitudeA = digitCount(x) + e
            let magnitudeB = digitCount(y) + f
            if magnitudeA != magnitudeB { return magnitudeA < magnitudeB }
            let exponent = min(e, f)
            if let x = scaled(x, by: e - exponent), let y = scaled(y, by: f - exponent) { return x < y }
        }
        return a.decimal < b.decimal
    }

    /// `significand` × 10^`shift`, or nil on overflow.
    private static func scaled(_ significand: UInt64, by shift: Int) -> UInt64? {
        var result = significand
        for _ in 0..<shift {
            let (next, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = next
        }
        return result
    }

    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }
}
