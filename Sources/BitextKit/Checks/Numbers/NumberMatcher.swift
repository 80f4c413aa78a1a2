import Foundation

/// Pairs the mentions of a source with those of a target and returns the ones left over.
///
/// Mentions are bucketed by facet and value, so pairing is linear in the number of mentions;
/// within a bucket, groups of interchangeable mentions (same currency, same optionality) are
/// paired by count, stricter pairings first, so that a word never takes the partner of a digit.
struct NumberMatcher {
    /// What kinds compare with each other: a date's day and a count of days are both quantities.
    enum Facet: Hashable { case quantity, percent, weekday, time, telephone, name }

    private let mentions: [[NumberMention]]
    /// Whether each mention, per side, has a partner or needs none.
    private var settled: [[Bool]]

    private static let source = 0, target = 1

    init(source: [NumberMention], target: [NumberMention]) {
        mentions = [source, target]
        settled = [source.map { _ in false }, target.map { _ in false }]
    }

    mutating func run() -> NumberComparison {
        settleUncomparedWeekdays()
        matchEqualValues()
        matchTwelveHourTimes()
        settleRepeatedMonths()
        settleNames()
        var leftover = [Self.source, Self.target].map { side in
            mentions[side].indices.filter { !settled[side][$0] }
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

    /// A translation may drop the weekday of a date; weekdays are compared only when both sides have one.
    private mutating func settleUncomparedWeekdays() {
        let hasWeekday = mentions.map { $0.contains { $0.facet == .weekday } }
        guard hasWeekday.contains(false) else { return }
        for side in mentions.indices {
            for index in mentions[side].indices where mentions[side][index].facet == .weekday {
                settled[side][index] = true
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
        struct Key: Hashable {
            var facet: Facet
            var value: Decimal
        }
        struct Group: Hashable {
            var currency: String?
            var isOptional: Bool
            var isOrdinal: Bool
        }
        pair(
            key: { $0.facet == .name ? nil : Key(facet: $0.facet, value: $0.value) },
            group: { Group(currency: $0.currency, isOptional: $0.isOptional, isOrdinal: $0.kind == .ordinal) },
            levels: [
                { !$0.isOptional && !$1.isOptional && $0.currency == $1.currency },
                { !$0.isOptional && !$1.isOptional && Self.compatible($0.currency, $1.currency) },
                { $0.isOptional != $1.isOptional && Self.compatible($0.currency, $1.currency) },
                {
                    $0.isOptional && $1.isOptional && $0.isOrdinal == $1.isOrdinal
                        && Self.compatible($0.currency, $1.currency)
                },
            ])
    }

    /// Pairs "3시" with "3 p.m." (15:00): a time without a.m./p.m. may be either half of the day.
    private mutating func matchTwelveHourTimes() {
        pair(
            key: { mention -> Decimal? in
                guard case .time = mention.kind else { return nil }
                return Self.modulo12(mention.value)
            },
            group: { mention -> Bool in
                if case .time(let isAmbiguous) = mention.kind { return isAmbiguous }
                return false
            },
            levels: [{ $0 != $1 }, { $0 && $1 }])
    }

    /// A date range may repeat its month on one side only ("7.1.~7.5." = "July 1-5"): a month left
    /// over is settled when the other side has that month too.
    private mutating func settleRepeatedMonths() {
        for side in mentions.indices {
            let otherMonths = Set(mentions[1 - side].lazy.filter { $0.kind == .month }.map(\.value))
            for (index, mention) in mentions[side].enumerated()
            where !settled[side][index] && mention.kind == .month && otherMonths.contains(mention.value) {
                settled[side][index] = true
            }
        }
    }

    /// Names are compared by presence: "COVID-19" is satisfied by any 19 on the other side, and a
    /// plain number by a name with its value ("제26차" by "COP26").
    private mutating func settleNames() {
        for side in mentions.indices {
            let other = mentions[1 - side]
            let otherValues = Set(other.lazy.filter { $0.facet == .quantity || $0.facet == .name }.map(\.value))
            let otherNames = Set(other.lazy.filter { $0.facet == .name }.map(\.value))
            for (index, mention) in mentions[side].enumerated() where !settled[side][index] {
                if mention.facet == .name, otherValues.contains(mention.value) { settled[side][index] = true }
                if mention.facet == .quantity, otherNames.contains(mention.value) { settled[side][index] = true }
            }
        }
    }

    /// Pairs unsettled mentions with the same key; within a key, groups are paired by count,
    /// level by level, each level a predicate on (source group, target group).
    private mutating func pair<Key: Hashable, Group: Hashable>(
        key: (NumberMention) -> Key?, group: (NumberMention) -> Group, levels: [(Group, Group) -> Bool]
    ) {
        // Per side: key → groups in order of first appearance → mention indices in text order.
        var buckets: [[Key: [(group: Group, indices: [Int])]]] = [[:], [:]]
        for side in mentions.indices {
            for (index, mention) in mentions[side].enumerated() where !settled[side][index] {
                guard let key = key(mention) else { continue }
                let group = group(mention)
                if let position = buckets[side][key]?.firstIndex(where: { $0.group == group }) {
                    buckets[side][key]![position].indices.append(index)
                } else {
                    buckets[side][key, default: []].append((group, [index]))
                }
            }
        }
        for (key, sourceGroups) in buckets[Self.source] {
            guard let targetGroups = buckets[Self.target][key] else { continue }
            var sourceTaken = sourceGroups.map { _ in 0 }
            var targetTaken = targetGroups.map { _ in 0 }
            for level in levels {
                for (s, sourceGroup) in sourceGroups.enumerated() {
                    for (t, targetGroup) in targetGroups.enumerated() where level(sourceGroup.group, targetGroup.group)
                    {
                        let count = min(
                            sourceGroup.indices.count - sourceTaken[s], targetGroup.indices.count - targetTaken[t])
                        guard count > 0 else { continue }
                        for offset in 0..<count {
                            settled[Self.source][sourceGroup.indices[sourceTaken[s] + offset]] = true
                            settled[Self.target][targetGroup.indices[targetTaken[t] + offset]] = true
                        }
                        sourceTaken[s] += count
                        targetTaken[t] += count
                    }
                }
            }
        }
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
