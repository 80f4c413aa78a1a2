/// A fixed table from `LatinWord`s to values: the English vocabulary of the number scanner.
///
/// The scanner looks up nearly every English word it reads, most of which are in no list;
/// `Dictionary` would run SipHash over each, where this table multiplies the packed word once
/// and probes an array (open addressing, at most half full).
struct LatinWordTable<Value>: ExpressibleByDictionaryLiteral {
    private var slots: [(word: LatinWord, value: Value)?]
    private let shift: UInt64

    init(_ entries: some Sequence<(LatinWord, Value)>) {
        let entries = Array(entries)
        var bits: UInt64 = 1
        while 1 << bits < 2 * entries.count { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: nil, count: 1 << bits)
        for (word, value) in entries {
            var slot = index(of: word)
            while let occupant = slots[slot], occupant.word != word { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (word, value)
        }
    }

    init(dictionaryLiteral entries: (LatinWord, Value)...) { self.init(entries) }

    subscript(word: LatinWord) -> Value? {
        var slot = index(of: word)
        while let occupant = slots[slot] {
            if occupant.word == word { return occupant.value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    func contains(_ word: LatinWord) -> Bool { self[word] != nil }

    var words: [LatinWord] { slots.compactMap { $0?.word } }

    private func index(of word: LatinWord) -> Int { Int(truncatingIfNeeded: word.mixedBits >> shift) }
}

/// A fixed set of `LatinWord`s.
typealias LatinWordSet = LatinWordTable<Void>

extension LatinWordTable: ExpressibleByArrayLiteral where Value == Void {
    init(arrayLiteral words: LatinWord...) { self.init(words.map { ($0, ()) }) }
}

extension LatinWordTable: Sendable where Value: Sendable {}
