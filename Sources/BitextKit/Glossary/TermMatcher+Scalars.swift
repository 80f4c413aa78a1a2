extension TermMatcher {
    /// Character classes and folds for matching, on raw scalar values for speed.
    enum Scalars {
        static let space: UInt32 = 0x20
        static let hyphen: UInt32 = 0x2D
        static let apostrophe: UInt32 = 0x27
        static let openParenthesis: UInt32 = 0x28
        static let closeParenthesis: UInt32 = 0x29
        static let middleDot: UInt32 = 0xB7

        /// Hangul syllables and jamo (conjoining and compatibility).
        @inline(__always)
        static func isHangul(_ value: UInt32) -> Bool {
            if value < 0x1100 { return false }
            if value &- 0xAC00 <= 0xD7A3 - 0xAC00 { return true }
            switch value {
            case 0x1100...0x11FF, 0x3131...0x318E, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true
            default: return false
            }
        }

        /// A precomposed Hangul syllable, the only kind with a computable final consonant.
        static func isHangulSyllable(_ value: UInt32) -> Bool { (0xAC00...0xD7A3).contains(value) }

        static func isCJKIdeograph(_ value: UInt32) -> Bool {
            switch value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
            default: return false
            }
        }

        /// A letter or digit of an alphabetic script: the characters that make up an English
        /// word. Hangul and CJK ideographs are not, so "WHO측은" ends the word "WHO".
        @inline(__always)
        static func isWord(_ value: UInt32) -> Bool {
            if value < 0x80 { return value &- 0x30 <= 9 || (value | 0x20) &- 0x61 <= 25 }
            return isOtherWord(value)
        }

        private static func isOtherWord(_ value: UInt32) -> Bool {
            if isHangul(value) || isCJKIdeograph(value) { return false }
            guard let scalar = Unicode.Scalar(value) else { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark
        }

        static func isUppercaseASCII(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) }

        static func isWhitespace(_ value: UInt32) -> Bool {
            switch value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true
            default:
                return false
            }
        }

        /// Closing brackets and quotes that may stand between a Korean term and its particle
        /// (「담대한 구상」에, ‘국제보건규칙’을).
        static func isCloser(_ value: UInt32) -> Bool {
            switch value {
            case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0xFF63: return true
            default: return false
            }
        }

        /// Folds look-alike characters to one form, or returns `nil` for invisible ones.
        ///
        /// Full-width ASCII (ＷＨＯ, （, ０) becomes ASCII; curly quotes become straight ones, so
        /// "Foreign Ministers’ Meeting" in the glossary matches either apostrophe; dash-like
        /// hyphens become "-"; the middle dots Korean texts use (ㆍ, ・) become "·"; exotic
        /// spaces become spaces; zero-width characters and soft hyphens disappear, because
        /// they would otherwise split a term invisibly.
        @inline(__always)
        static func fold(_ value: UInt32) -> UInt32? {
            // ASCII and Hangul syllables, nearly every scalar of a release, skip the table.
            if value < 0x80 { return value &- 0x09 <= 0x0D - 0x09 ? space : value }
            if value &- 0xAC00 <= 0xD7A3 - 0xAC00 { return value }
            return foldOther(value)
        }

        private static func foldOther(_ value: UInt32) -> UInt32? {
            switch value {
            case 0xFF01...0xFF5E: return value - 0xFEE0
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: return nil
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return apostrophe
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return 0x22
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63: return hyphen
            case 0x318D, 0x30FB, 0xFF65, 0x2027, 0x2219, 0x22C5: return middleDot
            default: return isWhitespace(value) ? space : value
            }
        }

        /// The scalar that starts at `offset` in valid UTF-8 (a Swift string's), and its length in bytes.
        @inline(__always)
        static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (lead, 1) }
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
            if lead < 0xF0 {
                return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
            }
            let value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            return (value, 4)
        }

        /// Lowercases for case-insensitive matching; Hangul and ASCII take the fast path.
        @inline(__always)
        static func lowercased(_ value: UInt32) -> UInt32 {
            if value < 0x80 { return value &- 0x41 <= 0x5A - 0x41 ? value + 0x20 : value }
            if value &- 0xAC00 <= 0xD7A3 - 0xAC00 { return value }
            return lowercasedOther(value)
        }

        private static func lowercasedOther(_ value: UInt32) -> UInt32 {
            if isHangul(value) || isCJKIdeograph(value) { return value }
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            return mapping.count == 1 ? mapping.first!.value : value
        }
    }
}
