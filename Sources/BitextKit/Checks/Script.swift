/// Counts letters by script, to tell which language a text is written in.
enum Script {
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// The first run of five or more Hangul syllables (spaces between words allowed) outside
    /// brackets and quotes, where English texts legitimately cite Korean names
    /// ("Audacious Initiative (담대한 구상)"), if any.
    static func koreanClause(in text: String) -> String? {
        var start: String.Index?
        var syllables = 0
        var end = text.startIndex
        var nesting = 0
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            switch scalar.value {
            case 0x28, 0xFF08, 0x5B, 0x300C, 0x300E, 0x201C, 0x2018:  // ( （ [ 「 『 “ ‘
                nesting += 1
            case 0x29, 0xFF09, 0x5D, 0x300D, 0x300F, 0x201D, 0x2019:  // ) ） ] 」 』 ” ’
                nesting = max(0, nesting - 1)
            default:
                break
            }
            if nesting > 0 {
                if syllables >= 5, let start { return String(text.unicodeScalars[start..<end]) }
                start = nil
            } else if isHangulSyllable(scalar) {
                if start == nil { start = index; syllables = 0 }
                syllables += 1
                end = text.unicodeScalars.index(after: index)
            } else if scalar == " " && start != nil {
                continue
            } else {
                if syllables >= 5, let start { return String(text.unicodeScalars[start..<end]) }
                start = nil
            }
        }
        if syllables >= 5, let start { return String(text.unicodeScalars[start..<end]) }
        return nil
    }

    /// The Unicode `Alphabetic` property, without the table lookup for ASCII and Hangul syllables.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAC00...0xD7A3: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }

    static func letterCounts(_ text: String) -> (hangul: Int, latin: Int, total: Int) {
        var hangul = 0, latin = 0, total = 0
        for scalar in text.unicodeScalars where isAlphabetic(scalar) {
            total += 1
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        return (hangul, latin, total)
    }
}
