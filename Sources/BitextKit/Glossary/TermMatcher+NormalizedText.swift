import Foundation

extension TermMatcher {
    /// A text folded for matching, with a map from every folded scalar back to the original.
    ///
    /// Matching runs over this form; results are reported in the original string's indices,
    /// so that a reviewer sees the text exactly as written. The fold: Unicode NFC per
    /// character (decomposed Hangul from some systems composes), look-alike characters folded
    /// (see ``Scalars/fold(_:)``), whitespace runs read as one space, and a hyphen between two
    /// letters or digits read as a space ("High-Level" = "High Level"). For Korean, whitespace
    /// between two Hangul characters is dropped and remembered (`spaceRemovedBefore`), which
    /// makes "국제 보건 규칙" and "국제보건규칙" one string while keeping word edges visible.
    ///
    /// One value can be refilled text after text (``normalize(_:language:)``): a matcher keeps
    /// one in its ``TermMatcher/Context``, so that scanning a release allocates its buffers
    /// once rather than once per block.
    struct NormalizedText {
        /// Lowercased: what the automaton reads.
        private(set) var folded: [UInt32] = []
        /// Case kept: for case-sensitive terms and abbreviations.
        private(set) var exact: [UInt32] = []
        /// For each folded scalar, the index of the original character it comes from.
        private(set) var origin: [Int32] = []
        /// Whether whitespace between two Hangul characters was dropped right before this scalar.
        private(set) var spaceRemovedBefore: [Bool] = []
        /// The UTF-8 offset of every original character, then the length of the text: offsets
        /// rather than `String.Index`es, because only the few reported ranges need an index.
        private(set) var characterStarts: [Int32] = []

        var count: Int { folded.count }

        init() {}

        /// Folds one text, such as a glossary term, into arrays of just the size needed, since
        /// the matcher keeps them.
        init(_ text: String, language: TextLanguage) {
            normalize(text, language: language, capacity: text.unicodeScalars.count)
        }

        /// Folds `text` into this value, replacing what it held and reusing its storage.
        mutating func normalize(_ text: String, language: TextLanguage) {
            normalize(text, language: language, capacity: text.utf8.count)
        }

        /// Folds with room for `capacity` scalars in the common case (at least the text's scalars).
        private mutating func normalize(_ text: String, language: TextLanguage, capacity: Int) {
            let dropsSpaces = language == .korean
            var text = text
            // The common case first (see `Writer.writeOneScalarCharacters`); at the first scalar
            // it does not cover, start over one character at a time.
            let folded = text.withUTF8 { bytes in
                fill(capacity: capacity, dropsSpacesBetweenHangul: dropsSpaces) { $0.writeOneScalarCharacters(bytes) }
            }
            if !folded { normalizeCharacters(of: text, dropsSpacesBetweenHangul: dropsSpaces) }
        }

        /// Any text: one grapheme cluster at a time, normalized when it needs to be.
        private mutating func normalizeCharacters(of text: String, dropsSpacesBetweenHangul dropsSpaces: Bool) {
            var starts: [Int] = []
            var scalars: [(value: UInt32, character: Int)] = []
            var index = text.startIndex
            while index < text.endIndex {
                let next = text.index(after: index)
                let character = starts.count
                starts.append(text.utf8.distance(from: text.startIndex, to: index))
                Self.forEachFoldedScalar(in: text[index..<next]) { scalars.append(($0, character)) }
                index = next
            }
            _ = fill(capacity: max(scalars.count, starts.count), dropsSpacesBetweenHangul: dropsSpaces) { writer in
                var next = 0
                for (character, start) in starts.enumerated() {
                    writer.startCharacter(at: start)
                    while next < scalars.count && scalars[next].character == character {
                        writer.add(scalars[next].value)
                        next += 1
                    }
                }
                writer.finish(at: text.utf8.count)
                return true
            }
        }

        /// Sizes the arrays for `capacity` scalars and characters, lets `body` write them, and
        /// trims them to what it wrote; `body` returns `false` to give up.
        private mutating func fill(
            capacity: Int, dropsSpacesBetweenHangul dropsSpaces: Bool, _ body: (inout Writer) -> Bool
        ) -> Bool {
            // One more than needed, so that no array is empty and every base address exists.
            let size = capacity + 1
            Self.resize(&folded, to: size, filling: 0)
            Self.resize(&exact, to: size, filling: 0)
            Self.resize(&origin, to: size, filling: 0)
            Self.resize(&spaceRemovedBefore, to: size, filling: false)
            Self.resize(&characterStarts, to: size, filling: 0)
            var written = (scalars: 0, characters: 0, sawHyphen: false)
            let done = exact.withUnsafeMutableBufferPointer { exact in
                folded.withUnsafeMutableBufferPointer { folded in
                    origin.withUnsafeMutableBufferPointer { origin in
                        spaceRemovedBefore.withUnsafeMutableBufferPointer { removed in
                            characterStarts.withUnsafeMutableBufferPointer { starts in
                                var writer = Writer(
                                    exact: exact.baseAddress!, folded: folded.baseAddress!, origin: origin.baseAddress!,
                                    spaceRemovedBefore: removed.baseAddress!, characterStarts: starts.baseAddress!,
                                    dropsSpacesBetweenHangul: dropsSpaces)
                                defer { written = (writer.count, writer.characters, writer.sawHyphen) }
                                return body(&writer)
                            }
                        }
                    }
                }
            }
            guard done else { return false }
            folded.removeLast(size - written.scalars)
            exact.removeLast(size - written.scalars)
            origin.removeLast(size - written.scalars)
            spaceRemovedBefore.removeLast(size - written.scalars)
            characterStarts.removeLast(size - written.characters)
            if written.sawHyphen { readHyphensBetweenWordsAsSpaces() }
            return true
        }

        /// Makes `array` hold `count` elements, reusing its storage when it is large enough and
        /// otherwise allocating just `count`, since a glossary's terms are kept.
        private static func resize<Element>(_ array: inout [Element], to count: Int, filling zero: Element) {
            if array.capacity < count {
                array = [Element](repeating: zero, count: count)
            } else if array.count > count {
                array.removeLast(array.count - count)
            } else {
                array.append(contentsOf: repeatElement(zero, count: count - array.count))
            }
        }

        /// The original UTF-8 offsets of folded scalars `range` (whole characters).
        func originalOffsets(_ range: Range<Int>) -> Range<Int> {
            let lower = characterStarts[Int(origin[range.lowerBound])]
            let upper = characterStarts[Int(origin[range.upperBound - 1]) + 1]
            return Int(lower)..<Int(upper)
        }

        /// The range in `original`, the text this value was folded from, of folded scalars `range`.
        func originalRange(_ range: Range<Int>, in original: String) -> Range<String.Index> {
            let offsets = originalOffsets(range)
            let utf8 = original.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            return lower..<utf8.index(lower, offsetBy: offsets.count)
        }

        /// The case-kept scalars of `range` with dropped Korean spaces put back, for telling
        /// spacing variants apart.
        func spacedExact(_ range: Range<Int>) -> [UInt32] {
            var result: [UInt32] = []
            result.reserveCapacity(range.count + range.dropFirst().count { spaceRemovedBefore[$0] })
            for index in range {
                if index > range.lowerBound && spaceRemovedBefore[index] { result.append(Scalars.space) }
                result.append(exact[index])
            }
            return result
        }

        /// Whether ``spacedExact(_:)`` of `range` is `spelling`, without building it.
        func hasSpacedExact(_ range: Range<Int>, equalTo spelling: [UInt32]) -> Bool {
            var position = 0
            for index in range {
                if index > range.lowerBound && spaceRemovedBefore[index] {
                    guard position < spelling.count, spelling[position] == Scalars.space else { return false }
                    position += 1
                }
                guard position < spelling.count, spelling[position] == exact[index] else { return false }
                position += 1
            }
            return position == spelling.count
        }

        /// Whether the scalars of `range`, spaces aside, are those of `spelling`, spaces aside.
        func hasCompactExact(_ range: Range<Int>, equalTo spelling: [UInt32]) -> Bool {
            exact[range].lazy.filter { $0 != Scalars.space }.elementsEqual(spelling.lazy.filter { $0 != Scalars.space })
        }

        /// Whether a word ends before `index`: at the end, at a (dropped) space, or where a Hangul
        /// run meets something else.
        func isWordEnd(_ index: Int) -> Bool {
            index >= count || spaceRemovedBefore[index] || !Scalars.isHangul(exact[index])
        }

        /// The end of the Hangul run that starts at `start`, within one word.
        func hangulRunEnd(from start: Int) -> Int {
            var end = start
            while end < count, Scalars.isHangul(exact[end]), end == start || !spaceRemovedBefore[end] { end += 1 }
            return end
        }

        private mutating func readHyphensBetweenWordsAsSpaces() {
            guard exact.count > 2 else { return }
            for index in 1..<(exact.count - 1) where exact[index] == Scalars.hyphen {
                let before = exact[index - 1]
                let after = exact[index + 1]
                if Scalars.isWord(before) && Scalars.isWord(after) {
                    exact[index] = Scalars.space
                    folded[index] = Scalars.space
                }
            }
        }

        /// Calls `body` with the NFC, folded scalars of one character.
        ///
        /// Most characters are a single scalar that NFC leaves alone (ASCII, Latin-1, precomposed
        /// Hangul, common punctuation); only the others pay for Foundation's normalization.
        private static func forEachFoldedScalar(in character: Substring, _ body: (UInt32) -> Void) {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let only = scalars.first, isNFCStable(only.value) {
                if let value = Scalars.fold(only.value) { body(value) }
                return
            }
            for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
                if let value = Scalars.fold(scalar.value) { body(value) }
            }
        }

        /// Whether a scalar is a character of its own that NFC leaves alone, whatever surrounds it.
        @inline(__always)
        fileprivate static func isOneNFCStableScalarCharacter(_ value: UInt32) -> Bool {
            if value < 0x80 { return value != 0x0D }
            switch value {
            case 0x200C, 0x200D, 0x302A...0x302F: return false
            default: return isNFCStable(value)
            }
        }

        /// Whether every character of `text` is a single scalar that NFC leaves alone: scalars in
        /// ``isNFCStable(_:)``'s ranges that never join the scalar before or after them into one
        /// grapheme (not CR, which pairs with LF; not ZWNJ, ZWJ or the ideographic tone marks
        /// U+302A–U+302F, which extend the character before them). Conjoining jamo, combining marks,
        /// variation selectors and the other joiners lie outside these ranges.
        ///
        /// Cost: one pass over the UTF-8, a few instructions a byte.
        static func isOneNFCStableScalarPerCharacter(_ text: String) -> Bool {
            if let known = text.utf8.withContiguousStorageIfAvailable(isOneNFCStableScalarPerCharacter) { return known }
            return text.unicodeScalars.allSatisfy { isOneNFCStableScalarCharacter($0.value) }
        }

        private static func isOneNFCStableScalarPerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    guard byte != 0x0D else { return false }
                    offset += 1
                    continue
                }
                let (value, length) = Scalars.decodeUTF8(bytes, at: offset)
                guard isOneNFCStableScalarCharacter(value) else { return false }
                offset += length
            }
            return true
        }

        private static func isNFCStable(_ value: UInt32) -> Bool {
            switch value {
            case 0...0x02FF, 0x2000...0x206F, 0x3000...0x303F, 0x3131...0x318E, 0xAC00...0xD7A3, 0xFF01...0xFF65:
                return true
            default:
                return false
            }
        }
    }
}

extension TermMatcher.NormalizedText {
    /// Writes folded scalars straight into the arrays of a ``TermMatcher/NormalizedText`` sized
    /// beforehand: the per-scalar work of matching, so no `append` bookkeeping.
    fileprivate struct Writer {
        typealias Scalars = TermMatcher.Scalars

        let exact: UnsafeMutablePointer<UInt32>
        let folded: UnsafeMutablePointer<UInt32>
        let origin: UnsafeMutablePointer<Int32>
        let spaceRemovedBefore: UnsafeMutablePointer<Bool>
        let characterStarts: UnsafeMutablePointer<Int32>
        let dropsSpacesBetweenHangul: Bool
        /// Scalars written.
        var count = 0
        /// Characters started.
        var characters = 0
        var sawHyphen = false
        /// The character index of a whitespace run not yet written, or -1.
        private var pendingSpace: Int32 = -1

        init(
            exact: UnsafeMutablePointer<UInt32>, folded: UnsafeMutablePointer<UInt32>, origin: UnsafeMutablePointer<Int32>,
            spaceRemovedBefore: UnsafeMutablePointer<Bool>, characterStarts: UnsafeMutablePointer<Int32>,
            dropsSpacesBetweenHangul: Bool
        ) {
            self.exact = exact
            self.folded = folded
            self.origin = origin
            self.spaceRemovedBefore = spaceRemovedBefore
            self.characterStarts = characterStarts
            self.dropsSpacesBetweenHangul = dropsSpacesBetweenHangul
        }

        /// The common case, without grapheme breaking: every character is one scalar that NFC
        /// leaves alone, so scalar boundaries are character boundaries and the UTF-8 is read
        /// directly. Returns `false` at the first scalar that is not such a character.
        mutating func writeOneScalarCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let (value, length) = Scalars.decodeUTF8(bytes, at: offset)
                guard TermMatcher.NormalizedText.isOneNFCStableScalarCharacter(value) else { return false }
                startCharacter(at: offset)
                if let folded = Scalars.fold(value) { add(folded) }
                offset += length
            }
            finish(at: bytes.count)
            return true
        }

        @inline(__always)
        mutating func startCharacter(at offset: Int) {
            characterStarts[characters] = Int32(offset)
            characters += 1
        }

        /// Writes one folded scalar of the current character: whitespace waits until the next
        /// visible scalar shows whether it is kept (one space) or dropped (between Hangul).
        @inline(__always)
        mutating func add(_ value: UInt32) {
            // Most scalars are neither whitespace nor a hyphen, nor follow whitespace.
            if pendingSpace < 0 && value != Scalars.space && value != Scalars.hyphen {
                append(value, origin: Int32(characters - 1), spaceRemovedBefore: false)
            } else {
                addAtSpace(value)
            }
        }

        private mutating func addAtSpace(_ value: UInt32) {
            let character = Int32(characters - 1)
            if value == Scalars.space {
                if pendingSpace < 0 { pendingSpace = character }
                return
            }
            var removed = false
            if pendingSpace >= 0 {
                if dropsSpacesBetweenHangul && count > 0 && Scalars.isHangul(exact[count - 1]) && Scalars.isHangul(value) {
                    removed = true
                } else {
                    append(Scalars.space, origin: pendingSpace, spaceRemovedBefore: false)
                }
                pendingSpace = -1
            }
            if value == Scalars.hyphen { sawHyphen = true }
            append(value, origin: character, spaceRemovedBefore: removed)
        }

        /// Ends the text at UTF-8 offset `length`: a trailing whitespace run becomes one space.
        mutating func finish(at length: Int) {
            characterStarts[characters] = Int32(length)
            characters += 1
            if pendingSpace >= 0 { append(Scalars.space, origin: pendingSpace, spaceRemovedBefore: false) }
        }

        @inline(__always)
        private mutating func append(_ value: UInt32, origin character: Int32, spaceRemovedBefore removed: Bool) {
            exact[count] = value
            folded[count] = Scalars.lowercased(value)
            origin[count] = character
            spaceRemovedBefore[count] = removed
            count += 1
        }
    }
}
