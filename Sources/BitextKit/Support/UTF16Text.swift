import Foundation

/// A text to match, with its UTF-16 code units made once for every expression asked of it.
struct UTF16Text {
    let text: String
    #if canImport(_FoundationICU) && os(Linux)
    let units: [UInt16]
    var utf16Count: Int { units.count }

    init(_ text: String) {
        self.text = text
        var utf8 = text
        // Decoded from the UTF-8 bytes: `Array(text.utf16)` finds every offset in the UTF-8
        // anew, and even a loop over the scalars costs several times this. A string's UTF-8 is
        // valid, and never has fewer bytes than UTF-16 units.
        units = utf8.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: bytes.count) { units, count in
                var read = 0, written = 0
                while read < bytes.count {
                    let (value, length) = TermMatcher.Scalars.decodeUTF8(bytes, at: read)
                    if value < 0x1_0000 {
                        units[written] = UInt16(truncatingIfNeeded: value)
                    } else {
                        units[written] = UInt16(truncatingIfNeeded: 0xD7C0 + (value >> 10))
                        written += 1
                        units[written] = UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF))
                    }
                    read += length
                    written += 1
                }
                count = written
            }
        }
    }
    #else
    var utf16Count: Int { text.utf16.count }

    init(_ text: String) {
        self.text = text
    }
    #endif

    /// The whole text, as `NSRegularExpression` takes a range.
    var whole: NSRange { NSRange(location: 0, length: utf16Count) }

    /// The string indices of a range of UTF-16 offsets (scalar boundaries, as ICU's matches are),
    /// found by walking the scalars from the start: matches near the start, as line markers are,
    /// cost little, where `String.Index(utf16Offset:in:)` indexes the whole string first.
    func range(_ offsets: Range<Int>) -> Range<String.Index> {
        let lower = index(offsets.lowerBound, from: text.startIndex, at: 0)
        return lower..<index(offsets.upperBound, from: lower, at: offsets.lowerBound)
    }

    /// The text of a range of UTF-16 offsets (see ``range(_:)``).
    func string(_ offsets: Range<Int>) -> String {
        String(text[range(offsets)])
    }

    /// The index of the UTF-16 `offset`, walking the scalars from `start`, which is at `startOffset`.
    func index(_ offset: Int, from start: String.Index, at startOffset: Int) -> String.Index {
        let scalars = text.unicodeScalars
        var index = start
        var walked = startOffset
        while walked < offset {
            walked += UTF16.width(scalars[index])
            index = scalars.index(after: index)
        }
        return index
    }
}
