import Foundation

/// Characters of a `NumberText`: a slice keeps the positions of the whole text, so a rule that
/// looks into a token ("번째" at the start of "번째로") finds the positions of a mention directly.
typealias NumberCharacters = ArraySlice<Unicode.Scalar>

/// A text as the number scanner reads it: one scalar per character, and the tokens.
///
/// The rules then compare characters as integers and slice `characters` with `Int` positions,
/// and only a mention's own extent is turned back into `String.Index`es.
struct NumberText {
    let string: String
    /// One scalar per character (`Character`, grapheme cluster): the character itself, or the one
    /// scalar it is canonically equivalent to ("제" written as two conjoining jamo), or U+FFFD,
    /// which no rule looks for, when there is none (a letter with two accents, an emoji with a
    /// skin tone). Comparing these scalars is comparing the characters as `String` does, since
    /// every character the rules look for is one precomposed scalar.
    private(set) var characters: [Unicode.Scalar] = []
    private(set) var tokens: [NumberToken] = []
    /// The UTF-8 offset of each character, for a text with a character of several scalars, whose
    /// length its scalar in `characters` does not tell; nil for the others.
    private var characterOffsets: [Int]?

    /// Splits `string` into characters and into maximal runs of one kind (symbols stay one character each).
    ///
    /// Complexity: O(*n*) in the length of `string`.
    init(_ string: String) {
        self.string = string
        if !splitScalars() { splitCharacters() }
    }

    /// The UTF-8 offset of the character at `position`, or of the end of the text at `characters.count`.
    ///
    /// Complexity: O(log *t* + *k*) for *t* tokens and a token of *k* characters.
    func offset(_ position: Int) -> Int {
        if let characterOffsets { return characterOffsets[position] }
        if position == characters.count { return string.utf8.count }
        // The token that contains `position`, then the characters before it in the token, a scalar each.
        var low = 0
        var high = tokens.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if tokens[middle].range.lowerBound <= position {
                low = middle
            } else {
                high = middle - 1
            }
        }
        var offset = tokens[low].utf8Start
        for before in tokens[low].range.lowerBound..<position { offset += UTF8.width(characters[before]) }
        return offset
    }

    /// The index in `string` of the character at `position` (or of the end).
    func index(_ position: Int) -> String.Index {
        string.utf8.index(string.utf8.startIndex, offsetBy: offset(position))
    }

    /// The indices in `string` of the characters at `positions`.
    func indices(_ positions: Range<Int>) -> Range<String.Index> {
        let start = offset(positions.lowerBound)
        var end = start
        if characterOffsets == nil {
            for position in positions { end += UTF8.width(characters[position]) }
        } else {
            end = offset(positions.upperBound)
        }
        let utf8 = string.utf8
        return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
    }

    /// The first scalar of the character at `position` as written, even where `characters` holds U+FFFD.
    func firstScalar(at position: Int) -> Unicode.Scalar { string.unicodeScalars[index(position)] }

    /// The character at `position` as written, for the Unicode properties of a whole character.
    func character(at position: Int) -> Character { string[index(position)] }

    /// The common case: every scalar is a character of its own that NFC leaves alone, read
    /// straight from the UTF-8. Returns false, with nothing read, at the first scalar that is not.
    private mutating func splitScalars() -> Bool {
        let asciiKinds = Self.asciiKinds
        let split = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var characters: [Unicode.Scalar] = []
            var tokens: [NumberToken] = []
            characters.reserveCapacity(bytes.count)
            tokens.reserveCapacity(bytes.count / 2 + 1)
            var run = NumberToken(kind: .space, range: 0..<0, utf8Start: 0)
            var offset = 0
            while offset < bytes.count {
                let (scalar, width) = Self.decode(bytes, at: offset)
                let kind: NumberToken.Kind
                // ASCII and Hangul syllables first: most of what the scanner reads.
                if scalar.value < 0x80, scalar != "\r" {
                    kind = asciiKinds[Int(scalar.value)]
                } else if scalar.value >= 0xAC00, scalar.value <= 0xD7A3 {
                    kind = .hangulWord
                } else if Self.isStandalone(scalar.value) {
                    kind = NumberToken.Kind(scalar)
                } else {
                    return false
                }
                let position = characters.count
                if position > 0, kind != run.kind || kind == .symbol {
                    run.range = run.range.lowerBound..<position
                    tokens.append(run)
                    run = NumberToken(kind: kind, range: position..<position, utf8Start: offset)
                }
                run.kind = kind
                characters.append(scalar)
                offset += width
            }
            if !characters.isEmpty {
                run.range = run.range.lowerBound..<characters.count
                tokens.append(run)
            }
            self.characters = characters
            self.tokens = tokens
            return true
        }
        return split ?? false
    }

    /// The scalar that starts at `offset` in valid UTF-8, and its length in bytes. Beside
    /// `TermMatcher.Scalars.decodeUTF8` because it hands a `Unicode.Scalar` straight from each
    /// branch: decoding a value and converting it cost this loop 14% more.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        let width: Int
        switch lead {
        case 0..<0x80:
            return (Unicode.Scalar(UInt8(lead)), 1)
        case 0xC0..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            width = 2
        case 0xE0..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            width = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    private static let asciiKinds: [NumberToken.Kind] = (0..<0x80).map { NumberToken.Kind(Unicode.Scalar(UInt8($0))) }

    /// Any text: grapheme breaking and, for the characters outside `isStandalone`, the scalar
    /// each is equivalent to.
    private mutating func splitCharacters() {
        var offsets: [Int] = []
        var offset = 0
        for character in string {
            let scalars = character.unicodeScalars
            let scalar: Unicode.Scalar
            if scalars.count == 1, let only = scalars.first, Self.isStandalone(only.value) {
                scalar = only
            } else {
                scalar = Self.composed(character) ?? (scalars.count == 1 ? scalars.first! : "\u{FFFD}")
            }
            let kind = NumberToken.Kind(character)
            let position = characters.count
            if kind != .symbol, let last = tokens.indices.last, tokens[last].kind == kind {
                tokens[last].range = tokens[last].range.lowerBound..<position + 1
            } else {
                tokens.append(NumberToken(kind: kind, range: position..<position + 1, utf8Start: offset))
            }
            characters.append(scalar)
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        characterOffsets = offsets
    }

    /// The one scalar that `character` is canonically equivalent to, if any, as `Character`'s `==`
    /// decides: "제" for conjoining jamo, "은" for "으" and a final jamo, "K" for the Kelvin sign.
    ///
    /// Foundation's NFC on Linux leaves a syllable and a final jamo apart, so Hangul is composed
    /// here (Unicode's algorithm) and every candidate is checked with the standard library's equality.
    private static func composed(_ character: Character) -> Unicode.Scalar? {
        let candidate =
            composedHangul(Array(character.unicodeScalars))
            ?? String(character).precomposedStringWithCanonicalMapping.unicodeScalars.first
        guard let candidate, Character(candidate) == character else { return nil }
        return candidate
    }

    /// A syllable from its conjoining jamo (leading, vowel, optional trailing) or from a syllable
    /// without a trailing consonant and a trailing jamo.
    private static func composedHangul(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        let values = scalars.map(\.value)
        let syllables: ClosedRange<UInt32> = 0xAC00...0xD7A3
        let leading: Range<UInt32> = 0x1100..<0x1113
        let vowels: Range<UInt32> = 0x1161..<0x1176
        let trailing: Range<UInt32> = 0x11A8..<0x11C3
        var syllable: UInt32
        var rest: ArraySlice<UInt32>
        if values.count >= 2, leading.contains(values[0]), vowels.contains(values[1]) {
            syllable = 0xAC00 + ((values[0] - 0x1100) * 21 + values[1] - 0x1161) * 28
            rest = values[2...]
        } else if let first = values.first, syllables.contains(first), (first - 0xAC00) % 28 == 0 {
            syllable = first
            rest = values[1...]
        } else {
            return nil
        }
        if let final = rest.first, trailing.contains(final) {
            syllable += final - 0x11A7
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? Unicode.Scalar(syllable) : nil
    }

    /// Whether a scalar is a whole character next to any other such scalar and NFC leaves it
    /// alone: ASCII (but CR, which pairs with LF), Latin-1 and Latin Extended, general
    /// punctuation (but the joiners ZWNJ and ZWJ, and U+2000–U+2001, which NFC replaces),
    /// currency symbols, number forms, circled numbers, box drawing, shapes and dingbats, CJK
    /// punctuation (but the tone marks U+302A–U+302F), compatibility jamo, CJK ideographs,
    /// Hangul syllables and fullwidth forms. Combining marks, conjoining jamo, variation selectors
    /// and compatibility ideographs lie outside.
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D, 0x2000, 0x2001, 0x200C, 0x200D, 0x302A...0x302F: false
        case 0...0x02FF, 0x2002...0x206F, 0x20A0...0x20CF, 0x2150...0x218F, 0x2460...0x27BF, 0x3000...0x303F,
            0x3131...0x318E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF65:
            true
        default: false
        }
    }
}

extension NumberCharacters {
    /// Whether the characters start with those of `word`, compared as `String.hasPrefix` compares
    /// characters (`NumberText` holds each as the scalar it is equivalent to).
    func hasPrefix(_ word: String) -> Bool { starts(with: word.unicodeScalars) }

    /// Whether the characters are those of `word`.
    func `is`(_ word: String) -> Bool { elementsEqual(word.unicodeScalars) }
}
