import Foundation
import Testing

@testable import BitextKit

/// Texts written with other but canonically equivalent characters, which `String` compares equal,
/// and their precomposed form: the scanner must read the same numbers from both.
private let equivalentTexts: [(written: String, precomposed: String, language: TextLanguage)] = [
    ("\u{110C}\u{1166}2\u{110C}\u{1169} 원", "제2조 원", .korean),  // conjoining jamo
    ("83억 원\u{C73C}\u{11AB}로", "83억 원은로", .korean),  // a syllable and a trailing jamo: "은"
    ("\u{110B}\u{1169}\u{1112}\u{116E} 3시", "오후 3시", .korean),
    ("6\u{0387}25 전쟁", "6·25 전쟁", .korean),  // Greek ano teleia, a singleton for the middle dot
    ("$5\u{212A}", "$5K", .english),  // Kelvin sign
    ("Article I\u{0301}I", "Article ÍI", .english),
]

/// The digits and arithmetic of `NumberValue` give what `Decimal` gives, bit for bit.
private let digitStrings = [
    "0", "000", "0.00", "007", "4000", "4,000", "4.7771", "4.70", "1.000", "12345678901234567890",
    "123456789012345678901234567890123456789012", "0.000000000000000000001", "99999999999999999999",
]

@Suite struct NumberTextTests {
    @Test(arguments: equivalentTexts)
    func equivalentCharactersReadAlike(written: String, precomposed: String, language: TextLanguage) {
        let read = NumberExtractor.mentions(in: written, language: language)
        let expected = NumberExtractor.mentions(in: precomposed, language: language)
        #expect(read.map(\.value) == expected.map(\.value))
        #expect(read.map(\.kind) == expected.map(\.kind))
        #expect(read.map(\.isWord) == expected.map(\.isWord))
        for mention in read { #expect(mention.text == String(written[mention.range])) }
    }

    @Test(arguments: digitStrings)
    func digitsReadAsDecimalReadsThem(digits: String) {
        let decimal = Decimal(string: digits.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))!
        #expect(bits(NumberValue(digits: digits.unicodeScalars).decimal) == bits(decimal))
    }

    @Test(arguments: digitStrings)
    func arithmeticIsDecimalArithmetic(digits: String) {
        let value = NumberValue(digits: digits.unicodeScalars)
        let decimal = value.decimal
        for other in ["3", "60", "12", "0.5", "1000", "12345678901234567"] {
            let otherValue = NumberValue(digits: other.unicodeScalars)
            let otherDecimal = otherValue.decimal
            #expect(bits((value + otherValue).decimal) == bits(decimal + otherDecimal), "\(digits) + \(other)")
            #expect(bits((value * otherValue).decimal) == bits(decimal * otherDecimal), "\(digits) * \(other)")
            #expect(bits((value / otherValue).decimal) == bits(decimal / otherDecimal), "\(digits) / \(other)")
            #expect((value < otherValue) == (decimal < otherDecimal), "\(digits) < \(other)")
            #expect((value == otherValue) == (decimal == otherDecimal), "\(digits) == \(other)")
        }
    }

    @Test func vocabularyWordsAreFoundWhateverTheirCase() {
        let scanner = NumberScanner(text: "Twenty-FIVE million", language: .english)
        #expect(scanner.lowercased(0) == "twenty")
        #expect(scanner.word(2) == "FIVE")
        #expect(NumberVocabulary.englishScales[scanner.lowercased(4)] == .power(6))
        #expect(NumberVocabulary.englishScales[scanner.word(4)] == .power(6))
        #expect(LatinWord("Twenty-FIVE".unicodeScalars.map { $0 }, 0..<11, lowercased: false) == "Twenty-FIVE")
    }

    /// Comparing must stay near linear in the numbers of both texts (see `Growth`).
    @Test func comparisonIsNotQuadratic() {
        func texts(_ copies: Int) -> (String, String) {
            let korean = (0..<copies).map { "\($0 % 12 + 1)월 \($0)일 \($0 * 7)억 원, \($0 % 3)% " }.joined()
            let english = (0..<copies).map { "\($0)th KRW \($0 * 7 + 1) billion, \($0 % 4) percent, " }.joined()
            return (korean, english)
        }
        let ratio = Growth.timeRatio(base: 250, input: texts) { korean, english in
            _ = NumberComparison.compare(source: korean, sourceLanguage: .korean, target: english, targetLanguage: .english)
        }
        #expect(ratio < Growth.linearLimit, "\(Growth.sizeRatio)× the copies took \(ratio)× as long")
    }

    private func bits(_ decimal: Decimal) -> [UInt8] { withUnsafeBytes(of: decimal) { Array($0) } }
}
