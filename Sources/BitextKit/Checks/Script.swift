/// Counts letters by script, to tell which language a text is written in.
enum Script {
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// The first run of five or more Hangul syllables (spaces between words allowed) outside
    /// brackets and quotes, where English texts legitimately cite Korean names
    /// ("Audacious Initiative (담대한 구상)"), if any.
    static func koreanClause(in text: String) -> String? {
        // UTF-8 offsets rather than indices: one pass, and a string only for the clause found.
        var found: Range<Int>?
        var start = -1, end = 0
        var syllables = 0
        var nesting = 0
        forEachScalar(in: text) { value, offset, length in
            switch value {
            case 0x28, 0xFF08, 0x5B, 0x300C, 0x300E, 0x201C, 0x2018:  // ( （ [ 「 『 “ ‘
                nesting += 1
            case 0x29, 0xFF09, 0x5D, 0x300D, 0x300F, 0x201D, 0x2019:  // ) ） ] 」 』 ” ’
                nesting = max(0, nesting - 1)
            default:
                break
            }
            if nesting == 0 && TermMatcher.Scalars.isHangulSyllable(value) {
                if start < 0 { start = offset; syllables = 0 }
                syllables += 1
                end = offset + length
            } else if nesting > 0 || value != 0x20 || start < 0 {
                if start >= 0 && syllables >= 5 {
                    found = start..<end
                    return false
                }
                start = -1
            }
            return true
        }
        if found == nil && start >= 0 && syllables >= 5 { found = start..<end }
        guard let found else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return String(Substring(utf8[lower..<utf8.index(lower, offsetBy: found.count)]))
    }

    /// The Unicode `Alphabetic` property, without the table lookup for ASCII, Latin-1, Hangul
    /// syllables and general punctuation (curly quotes, dashes), which have no letters.
    private static func isAlphabetic(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xAC00...0xD7A3, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: true
        case 0..<0x100, 0x2000...0x206F: false
        default: Unicode.Scalar(value)?.properties.isAlphabetic ?? false
        }
    }

    static func letterCounts(_ text: String) -> (hangul: Int, latin: Int, total: Int) {
        var hangul = 0, latin = 0, total = 0
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                // ASCII, most of an English text and the spaces and digits of a Korean one.
                let byte = bytes[offset]
                if byte < 0x80 {
                    if (byte | 0x20) &- 0x61 < 26 {
                        total += 1
                        latin += 1
                    }
                    offset += 1
                    continue
                }
                let (value, length) = TermMatcher.Scalars.decodeUTF8(bytes, at: offset)
                offset += length
                guard isAlphabetic(value) else { continue }
                total += 1
                switch value {
                case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
                case 0xC0...0x24F: latin += 1
                default: break
                }
            }
        }
        return (hangul, latin, total)
    }

    /// Calls `body` with each scalar of `text`, its UTF-8 offset and length, until it returns
    /// `false`; reads the UTF-8 directly, which the checks of every unit can afford.
    @inline(__always)
    private static func forEachScalar(in text: String, _ body: (_ value: UInt32, _ offset: Int, _ length: Int) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let (value, length) = TermMatcher.Scalars.decodeUTF8(bytes, at: offset)
                guard body(value, offset, length) else { return }
                offset += length
            }
        }
    }
}
