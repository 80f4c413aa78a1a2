/// A run of characters that the number scanner reads as one unit: digits, a word, spaces or one symbol.
///
/// Splitting the text once into runs (`NumberText` does) lets every number rule look a fixed
/// number of tokens around itself, which keeps extraction linear in the length of the text.
struct NumberToken: Hashable, Sendable {
    enum Kind: UInt8, Hashable, Sendable {
        /// ASCII digits only: separators and decimal points are symbols, so "4,000" is three tokens.
        case digits
        /// Latin (or other alphabetic, non-East-Asian) letters.
        case latinWord
        /// Hangul syllables and jamo, and CJK ideographs.
        case hangulWord
        /// One or more whitespace characters.
        case space
        /// Any other single character: punctuation, "%", "$", "~", "(".
        case symbol
    }

    var kind: Kind
    /// Positions in `NumberText.characters`.
    var range: Range<Int>
    /// Where the token starts in the text's UTF-8.
    var utf8Start: Int
}

extension NumberToken.Kind {
    init(_ character: Character) {
        if character.isWhitespace {
            self = .space
        } else if character.isASCII, character.isNumber {
            self = .digits
        } else if let scalar = character.unicodeScalars.first, Self.isEastAsianLetter(scalar) {
            self = .hangulWord
        } else if character.isLetter {
            self = .latinWord
        } else {
            self = .symbol
        }
    }

    /// The kind of a character that is the single scalar `scalar`: what `init(_: Character)`
    /// gives, since `Character.isWhitespace`, `isNumber` and `isLetter` are properties of the
    /// first scalar. ASCII and Hangul syllables skip the Unicode property tables.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x09...0x0D, 0x20: self = .space
        case 0x30...0x39: self = .digits
        case 0x41...0x5A, 0x61...0x7A: self = .latinWord
        case 0...0x7F: self = .symbol
        case 0xAC00...0xD7A3: self = .hangulWord
        default:
            let properties = scalar.properties
            if properties.isWhitespace {
                self = .space
            } else if Self.isEastAsianLetter(scalar) {
                self = .hangulWord
            } else if properties.isAlphabetic {
                self = .latinWord
            } else {
                self = .symbol
            }
        }
    }

    private static func isEastAsianLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0x4E00...0x9FFF, 0x3400...0x4DBF: true
        default: false
        }
    }
}
