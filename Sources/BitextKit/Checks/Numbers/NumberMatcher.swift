import Foundation

/// Pairs the mentions of a source with those of a target and returns the ones left over.
///
/// Mentions pair within a key (facet and value); within a key, groups of interchangeable
/// mentions (same currency, same optionality) are paired by count, stricter pairings first, so
/// that a word never takes the partner of a digit. A text has a handful of mentions: sorting them
/// by the hash value of their key brings equal keys together without building dictionaries for
/// every pair of texts, and sets of the other side's values are built only for mentions left over.
struct NumberMatcher {
    /// What kinds compare with each other: a date's day and a count of days are both quantities.
    enum Facet: Hashable { case quantity, percent, weekday, time, telephone, name }

    private let mentions: [[NumberMention]]
    /// Whether each mention has a partner or needs none: the source's mentions, then the target's.
    private var settled: [Bool]

    private static let source = 0, target = 1

    init(source: [NumberMention], target: [NumberMention]) {
        mentions = [source, target]
        // Not `Array(repeating:count:)`, which looks up the array's type metadata at run time.
        settled = []
        settled.reserveCapacity(source.count + target.count)
        settled.append(contentsOf: repeatElement(false, count: source.count + target.count))
    }

    mutating func run() -> NumberComparison {
        if settled.isEmpty { return NumberComparison() }
        settleUncomparedWeekdays()
        matchEqualValues()
        matchTwelveHourTimes()
        settleRepeatedMonths()
        settleNames()
        if !settled.contains(false) { return NumberComparison() }
        var leftover = [Self.source, Self.target].map { side in
            mentions[side].indices.filter { !isSettled(side, $0) }
        }
        // Two ordinal words without partners on both sides ("다섯 번째", "sixth") disagree; alone, a
        // word is just a way of saying something the other side leaves out.
        let ordinalWords = leftover.enumerated().map { side, indices in
            indices.filter { mentions[side][$0].isOptional && mentions[side][$0].kind == .ordinal }
        }
        let reportsOrdinalWords = ordinalWords.allSatisfy { !$0.isEmpty }
        for side in leftover.indices {
            leftover[side] = leftover[side].filter { !mentions[side][$0].isOptional }
            if reportsOrdinalWords { leftover[side] = (leftover[side] + ordinalWords[side]).sorted() }
        }
        return NumberComparison(
            missing: leftover[Self.source].map { mentions[Self.source][$0] },
            extra: leftover[Self.target].map { mentions[Self.target][$0] })
    }

    private func isSettled(_ side: Int, _ index: Int) -> Bool { settled[position(side, index)] }
    private mutating func settle(_ side: Int, _ index: Int) { settled[position(side, index)] = true }
    private func position(_ side: Int, _ index: Int) -> Int {
        side == Self.source ? index : mentions[Self.source].count + index
    }

    /// A translation may drop the weekday of a date; weekdays are compared only when both sides have one.
    private mutating func settleUncomparedWeekdays() {
        let bothHaveWeekdays = mentions.allSatisfy { $0.contains { $0.facet == .weekday } }
        guard !bothHaveWeekdays else { return }
        for side in mentions.indices {
            for index in mentions[side].indices where mentions[side][index].facet == .weekday {
                settle(side, index)
            }
        }
    }

    /// Pairs equal values of one facet: digits with digits first, then digits with words.
    ///
    /// Two words pair only when both are ordinals or neither is: "second" is not the "양" (two)
    /// of "양 정상", so in "양 정상 간 세 번째 정상회담" / "the second summit between the two
    /// leaders" the ordinals "세 번째" and "second" are left over, and reported, instead of the
    /// wrong ordinal hiding behind the cardinal. Digits keep pairing with either ("3분의 2" =
    /// "two-thirds", "제2차" = "Second").
    private mutating func matchEqualValues() {
        pair(
            key: { $0.facet == .name ? nil : EqualValue(facet: $0.facet, value: $0.value) },
            group: {
                Interchangeable(currency: $0.currency, isOptional: $0.isOptional, isOrdinal: $0.kind == .ordinal)
            })
    }

    private struct EqualValue: Hashable {
        var facet: Facet
        var value: Decimal
    }

    private struct Interchangeable: PairingGroup {
        var currency: String?
        var isOptional: Bool
        var isOrdinal: Bool

        static let levelCount = 4

        static func pair(_ a: Self, _ b: Self, at level: Int) -> Bool {
            switch level {
            case 0: !a.isOptional && !b.isOptional && a.currency == b.currency
            case 1: !a.isOptional && !b.isOptional && compatible(a.currency, b.currency)
            case 2: a.isOptional != b.isOptional && compatible(a.currency, b.currency)
            default: a.isOptional && b.isOptional && a.isOrdinal == b.isOrdinal && compatible(a.currency, b.currency)
            }
        }
    }

    /// Pairs "3시" with "3 p.m." (15:00): a time without a.m./p.m. may be either half of the day.
    private mutating func matchTwelveHourTimes() {
        pair(
            key: { mention -> Decimal? in
                guard case .time = mention.kind else { return nil }
                return Self.modulo12(mention.value)
            },
            group: { mention -> TimeHalf in
                if case .time(let isAmbiguous) = mention.kind { return TimeHalf(isAmbiguous: isAmbiguous) }
                return TimeHalf(isAmbiguous: false)
            })
    }

    private struct TimeHalf: PairingGroup {
        var isAmbiguous: Bool

        static let levelCount = 2

        /// An unambiguous time with an ambiguous one first, then two ambiguous ones.
        static func pair(_ a: Self, _ b: Self, at level: Int) -> Bool {
            level == 0 ? a.isAmbiguous != b.isAmbiguous : a.isAmbiguous && b.isAmbiguous
        }
    }

    /// A date range may repeat its month on one side only ("7.1.~7.5." = "July 1-5"): a month left
    /// over is settled when the other side has that month too.
    private mutating func settleRepeatedMonths() {
        for side in mentions.indices where hasUnsettledMention(on: side, where: { $0.kind == .month }) {
            let otherMonths = Set(mentions[1 - side].lazy.filter { $0.kind == .month }.map(\.value))
            for index in mentions[side].indices
            where !isSettled(side, index) && mentions[side][index].kind == .month
                && otherMonths.contains(mentions[side][index].value)
            {
                settle(side, index)
            }
        }
    }

    /// Names are compared by presence: "COVID-19" is satisfied by any 19 on the other side, and a
    /// plain number by a name with its value ("제26차" by "COP26").
    private mutating func settleNames() {
        for side in mentions.indices {
            let other = mentions[1 - side]
            // The values of the other side, hashed only when a mention left over needs them.
            if hasUnsettledMention(on: side, where: { $0.facet == .name }) {
                let otherValues = Set(other.lazy.filter { $0.facet == .quantity || $0.facet == .name }.map(\.value))
                for index in mentions[side].indices
                where !isSettled(side, index) && mentions[side][index].facet == .name
                    && otherValues.contains(mentions[side][index].value)
                {
                    settle(side, index)
                }
            }
            if other.contains(where: { $0.facet == .name }),
                hasUnsettledMention(on: side, where: { $0.facet == .quantity })
            {
                let otherNames = Set(other.lazy.filter { $0.facet == .name }.map(\.value))
                for index in mentions[side].indices
                where !isSettled(side, index) && mentions[side][index].facet == .quantity
                    && otherNames.contains(mentions[side][index].value)
                {
                    settle(side, index)
                }
            }
        }
    }

    /// Mentions of one key that may stand for each other, and which groups pair at each level.
    private protocol PairingGroup: Equatable {
        /// The number of levels, strictest first.
        static var levelCount: Int { get }
        /// Whether a source group and a target group pair at `level`.
        static func pair(_ source: Self, _ target: Self, at level: Int) -> Bool
    }

    /// An unsettled mention that has a key: its side, its index there, the hash value of its key,
    /// where its key is in `keys` and its group in `groups`; then the first entry with an equal
    /// key, and the entry that leads its side, key and group: the first of them, which counts
    /// how many of them are still unsettled.
    private struct Entry {
        var side: Int
        var index: Int
        var hash: Int
        var key: Int
        var group: Int
        var keyLeader = -1
        var leader = -1
        var unsettled = 0
    }

    /// Pairs unsettled mentions with the same key; within a key, groups are paired by count,
    /// level by level, and the mentions of a group in text order.
    ///
    /// Complexity: O(*n* log *n*) in the number of mentions: sorting by the hash value of the
    /// key brings equal keys together, each side's mentions in text order.
    private mutating func pair<Key: Hashable, Group: PairingGroup>(
        key: (NumberMention) -> Key?, group: (NumberMention) -> Group
    ) {
        guard hasUnsettledMention(on: Self.source, where: { key($0) != nil }),
            hasUnsettledMention(on: Self.target, where: { key($0) != nil })
        else { return }
        var keys: [Key] = []
        var groups: [Group] = []
        var entries: [Entry] = []
        keys.reserveCapacity(settled.count)
        groups.reserveCapacity(4)
        entries.reserveCapacity(settled.count)
        for side in Self.source...Self.target {
            for (index, mention) in mentions[side].enumerated() where !isSettled(side, index) {
                guard let value = key(mention) else { continue }
                let kind = group(mention)
                // Few groups exist (currencies, optionality): a search is cheaper than hashing.
                let groupNumber = groups.firstIndex(of: kind) ?? groups.count
                if groupNumber == groups.count { groups.append(kind) }
                entries.append(
                    Entry(side: side, index: index, hash: value.hashValue, key: keys.count, group: groupNumber))
                keys.append(value)
            }
        }
        entries.sort { ($0.hash, $0.side, $0.index) < ($1.hash, $1.side, $1.index) }
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].hash == entries[runStart].hash { runEnd += 1 }
            // A run of one hash value holds one key but for collisions: find each entry's first
            // entry with an equal key, then pair key by key.
            for position in runStart..<runEnd {
                let value = keys[entries[position].key]
                entries[position].keyLeader = (runStart..<position).first { keys[entries[$0].key] == value } ?? position
            }
            for position in runStart..<runEnd where entries[position].keyLeader == position {
                pair(key: position, in: runStart..<runEnd, of: &entries, groups: groups)
            }
            runStart = runEnd
        }
    }

    /// Pairs the entries of one key, those led by `key`, which lie in `run`, each side's in text order.
    private mutating func pair<Group: PairingGroup>(
        key: Int, in run: Range<Int>, of entries: inout [Entry], groups: [Group]
    ) {
        var hasSource = false
        var hasTarget = false
        for position in run where entries[position].keyLeader == key {
            let entry = entries[position]
            let leader = run.first {
                entries[$0].keyLeader == key && entries[$0].side == entry.side && entries[$0].group == entry.group
            }!
            entries[position].leader = leader
            entries[leader].unsettled += 1
            if entry.side == Self.source { hasSource = true } else { hasTarget = true }
        }
        guard hasSource, hasTarget else { return }
        func leads(_ position: Int, side: Int) -> Bool {
            entries[position].keyLeader == key && entries[position].leader == position && entries[position].side == side
        }
        for level in 0..<Group.levelCount {
            for source in run where leads(source, side: Self.source) {
                for target in run where leads(target, side: Self.target) {
                    let count = min(entries[source].unsettled, entries[target].unsettled)
                    guard count > 0, Group.pair(groups[entries[source].group], groups[entries[target].group], at: level)
                    else { continue }
                    settle(count, ledBy: source, in: run, of: &entries)
                    settle(count, ledBy: target, in: run, of: &entries)
                }
            }
        }
    }

    private func hasUnsettledMention(on side: Int, where predicate: (NumberMention) -> Bool) -> Bool {
        mentions[side].indices.contains { !isSettled(side, $0) && predicate(mentions[side][$0]) }
    }

    /// Settles the first `count` unsettled mentions of the group that `leader` leads, in text order.
    private mutating func settle(_ count: Int, ledBy leader: Int, in run: Range<Int>, of entries: inout [Entry]) {
        var remaining = count
        // A leader leads only entries of its own key and group; entries not yet led have -1.
        for position in leader..<run.upperBound where remaining > 0 && entries[position].leader == leader {
            let entry = entries[position]
            guard !isSettled(entry.side, entry.index) else { continue }
            settle(entry.side, entry.index)
            remaining -= 1
        }
        entries[leader].unsettled -= count
    }

    /// Whether two amounts may be the same money: equal currencies, an amount and a bare number,
    /// or a dollar of unnamed country ("$", "달러") and a named dollar.
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a != b else { return true }
        return (a == "$" && dollarCodes.contains(b)) || (b == "$" && dollarCodes.contains(a))
    }

    private static let dollarCodes: Set<String> = ["USD", "AUD", "CAD", "HKD", "SGD", "NZD"]

    private static func modulo12(_ hours: Decimal) -> Decimal {
        var quotient = hours / 12
        var whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, .down)
        return hours - whole * 12
    }
}
