/// A word of up to 16 ASCII characters packed into two integers, so that the scanner looks
/// English words up in its vocabulary without making (and hashing) a `String` of each.
///
/// Every word of the vocabulary is ASCII, so a word with any other character, or longer than
/// any of them, is `unknown`, which the vocabulary does not contain.
struct LatinWord: Hashable, Sendable, ExpressibleByStringLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Any word that is not ASCII or is longer than 16 characters.
    static let unknown = LatinWord(low: .max, high: .max)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The word `characters[positions]` spell, lowercased (ASCII `A`–`Z` only, as `String.lowercased()`
    /// does for ASCII) if `lowercased` is true.
    init(_ characters: [Unicode.Scalar], _ positions: Range<Int>, lowercased: Bool) {
        guard positions.count <= 16 else {
            self = .unknown
            return
        }
        var shift: UInt64 = 0
        for position in positions {
            var value = UInt64(characters[position].value)
            guard value < 0x80 else {
                self = .unknown
                return
            }
            if lowercased, value &- 0x41 < 26 { value |= 0x20 }
            if shift < 64 {
                low |= value << shift
            } else {
                high |= value << (shift - 64)
            }
            shift += 8
        }
    }

    /// The word's 16 bytes mixed into 64 bits whose high bits are well distributed, for `LatinWordTable`.
    var mixedBits: UInt64 { (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) }

    /// The word with `A`–`Z` lowercased.
    var lowercased: LatinWord {
        guard self != .unknown else { return self }
        // Adds 0x20 to every byte from 0x41 to 0x5A, without carries between bytes.
        func lowercase(_ bytes: UInt64) -> UInt64 {
            var result: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 8) {
                var byte = (bytes >> UInt64(shift)) & 0xFF
                if (0x41...0x5A).contains(byte) { byte += 0x20 }
                result |= byte << UInt64(shift)
            }
            return result
        }
        return LatinWord(low: lowercase(low), high: lowercase(high))
    }

    /// The number of characters: the bytes up to the last one that is not zero.
    private var length: Int {
        high == 0 ? (71 - low.leadingZeroBitCount) / 8 : 8 + (71 - high.leadingZeroBitCount) / 8
    }

    /// The word followed by `letter`.
    func appending(_ letter: Unicode.Scalar) -> LatinWord {
        guard self != .unknown, letter.isASCII, length < 16 else { return .unknown }
        var word = self
        if length < 8 {
            word.low |= UInt64(letter.value) << (length * 8)
        } else {
            word.high |= UInt64(letter.value) << ((length - 8) * 8)
        }
        return word
    }

    /// A vocabulary word; literals are `StaticString`s so that comparing a word with one is cheap.
    init(stringLiteral word: StaticString) {
        precondition(word.utf8CodeUnitCount <= 16, "not a vocabulary word: \(word)")
        word.withUTF8Buffer { bytes in
            for (offset, byte) in bytes.enumerated() {
                precondition(byte < 0x80, "not a vocabulary word: \(word)")
                if offset < 8 {
                    low |= UInt64(byte) << (offset * 8)
                } else {
                    high |= UInt64(byte) << ((offset - 8) * 8)
                }
            }
        }
    }
}
