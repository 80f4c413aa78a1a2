extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation.
    ///
    /// Foundation's version bridges every call through `NSString` (a UTF-16 copy and a new
    /// string even when there is nothing to trim), which made trimming the largest single cost
    /// of loading a large glossary and of parsing releases. This one reads the Unicode scalars
    /// at both ends and keeps the scalars in between, as Foundation does. Same set: tab, and the
    /// space separators U+0020, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000.
    func trimmingWhitespace() -> String {
        let (start, end) = WhitespaceSet.untrimmed(unicodeScalars, where: WhitespaceSet.isWhitespace)
        return start == unicodeScalars.startIndex && end == unicodeScalars.endIndex ? self : String(unicodeScalars[start..<end])
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation: the whitespace of
    /// ``trimmingWhitespace()`` and the line breaks U+000A–U+000D, U+0085, U+2028 and U+2029.
    func trimmingWhitespaceAndNewlines() -> String {
        let (start, end) = WhitespaceSet.untrimmed(unicodeScalars, where: WhitespaceSet.isWhitespaceOrNewline)
        return start == unicodeScalars.startIndex && end == unicodeScalars.endIndex ? self : String(unicodeScalars[start..<end])
    }
}

extension Substring {
    /// See ``Swift/String/trimmingWhitespace()``.
    func trimmingWhitespace() -> String {
        let (start, end) = WhitespaceSet.untrimmed(unicodeScalars, where: WhitespaceSet.isWhitespace)
        return String(unicodeScalars[start..<end])
    }

    /// See ``Swift/String/trimmingWhitespaceAndNewlines()``.
    func trimmingWhitespaceAndNewlines() -> String {
        let (start, end) = WhitespaceSet.untrimmed(unicodeScalars, where: WhitespaceSet.isWhitespaceOrNewline)
        return String(unicodeScalars[start..<end])
    }
}

/// The sets of `CharacterSet.whitespaces` and `.whitespacesAndNewlines`, as swift-corelibs-foundation defines them.
enum WhitespaceSet {
    /// The bounds of `scalars` without the trimmed scalars at either end.
    static func untrimmed<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        _ scalars: Scalars, where isTrimmed: (UInt32) -> Bool
    ) -> (Scalars.Index, Scalars.Index) {
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start].value) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before].value) else { break }
            end = before
        }
        return (start, end)
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isWhitespaceOrNewline(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isWhitespace(value)
        }
    }
}
