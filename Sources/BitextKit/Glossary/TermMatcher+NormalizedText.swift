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
    struct NormalizedText {
        /// Lowercased: what the automaton reads.
        private(set) var folded: [UInt32] = []
        /// Case kept: for case-sensitive terms and abbreviations.
        private(set) var exact: [UInt32] = []
        /// For each folded scalar, the index of the original character it comes from.
        private(set) var origin: [Int32] = []
        /// Whether whitespace between two Hangul characters was dropped right before this scalar.
        private(set) var spaceRemovedBefore: [Bool] = []
        /// The start of every original character, then the end of the text.
        private(set) var characterStarts: [String.Index] = []

        var count: Int { folded.count }

        init(_ text: String, language: TextLanguage) {
            let capacity = text.utf8.count
            folded.reserveCapacity(capacity)
            exact.reserveCapacity(capacity)
            origin.reserveCapacity(capacity)
            spaceRemovedBefore.reserveCapacity(capacity)
            characterStarts.reserveCapacity(capacity + 1)
            var pendingSpace: Int32?
            var characterIndex: Int32 = 0
            func add(_ value: UInt32) {
                if value == Scalars.space {
                    if pendingSpace == nil { pendingSpace = characterIndex }
                    return
                }
                var removed = false
                if let spaceOrigin = pendingSpace {
                    pendingSpace = nil
                    if language == .korean, let last = exact.last, Scalars.isHangul(last), Scalars.isHangul(value) {
                        removed = true
                    } else {
                        append(Scalars.space, origin: spaceOrigin, spaceRemovedBefore: false)
                    }
                }
                append(value, origin: characterIndex, spaceRemovedBefore: removed)
            }
            if Self.isOneNFCStableScalarPerCharacter(text) {
                // The common case, without grapheme breaking: every character is one scalar that
                // NFC leaves alone, so scalar boundaries are character boundaries.
                let scalars = text.unicodeScalars
                var index = scalars.startIndex
                while index < scalars.endIndex {
                    characterStarts.append(index)
                    if let value = Scalars.fold(scalars[index].value) { add(value) }
                    characterIndex += 1
                    index = scalars.index(after: index)
                }
            } else {
                var index = text.startIndex
                while index < text.endIndex {
                    let next = text.index(after: index)
                    characterStarts.append(index)
                    Self.forEachFoldedScalar(in: text[index..<next], add)
                    characterIndex += 1
                    index = next
                }
            }
            characterStarts.append(text.endIndex)
            if let spaceOrigin = pendingSpace { append(Scalars.space, origin: spaceOrigin, spaceRemovedBefore: false) }
            readHyphensBetweenWordsAsSpaces()
        }

        /// The original text of folded scalars `range` (whole characters).
        func originalRange(_ range: Range<Int>) -> Range<String.Index> {
            let lower = characterStarts[Int(origin[range.lowerBound])]
            let upper = characterStarts[Int(origin[range.upperBound - 1]) + 1]
            return lower..<upper
        }

        /// The case-kept scalars of `range` with dropped Korean spaces put back, for telling
        /// spacing variants apart.
        func spacedExact(_ range: Range<Int>) -> [UInt32] {
            var result: [UInt32] = []
            result.reserveCapacity(range.count + 4)
            for index in range {
                if index > range.lowerBound && spaceRemovedBefore[index] { result.append(Scalars.space) }
                result.append(exact[index])
            }
            return result
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

        private mutating func append(_ value: UInt32, origin: Int32, spaceRemovedBefore removed: Bool) {
            exact.append(value)
            folded.append(Scalars.lowercased(value))
            self.origin.append(origin)
            spaceRemovedBefore.append(removed)
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

        /// Whether every character of `text` is a single scalar that NFC leaves alone: scalars in
        /// ``isNFCStable(_:)``'s ranges that never join the scalar before or after them into one
        /// grapheme (not CR, which pairs with LF; not ZWNJ, ZWJ or the ideographic tone marks
        /// U+302A–U+302F, which extend the character before them). Conjoining jamo, combining marks,
        /// variation selectors and the other joiners lie outside these ranges.
        static func isOneNFCStableScalarPerCharacter(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { scalar in
                let value = scalar.value
                if value < 0x80 { return value != 0x0D }
                switch value {
                case 0x200C, 0x200D, 0x302A...0x302F: return false
                default: return isNFCStable(value)
                }
            }
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
