/// Line patterns tried in order, answered with one regular-expression search per line where
/// that gives the same answer as trying them one by one.
///
/// The release parser asks of every line which marker (or footer, chrome or metadata label) it
/// starts with. Asked pattern by pattern, that is a dozen regular-expression searches per line.
/// Patterns anchored at the start of the line (`^…`) are joined into one alternation
/// `^(?:(p1)|(p2)|…)`: at the start of the line the engine tries the alternatives in order, so the
/// first that matches is the first pattern that matches the line, with the same range and groups.
/// Patterns that are not all anchored, or that refer to their own groups by number, are tried one
/// by one, as before.
struct LinePatternList: Sendable {
    /// The pattern that matched (an index into the list), its range and its first group.
    struct Match {
        var index: Int
        var range: Range<String.Index>
        var group: String?
    }

    /// The patterns one by one, when they cannot be joined.
    private let patterns: [LinePattern]
    private let combined: RegularExpression?
    /// For each pattern, the combined expression's group that holds its whole match.
    private let outerGroups: [Int]
    /// For each pattern, how many groups of its own it has.
    private let groupCounts: [Int]
    /// One expression that matches where any of the patterns does.
    private let anyOf: RegularExpression?

    init(_ sources: [String]) throws {
        // Joined, the list costs one compilation instead of one per pattern. The groups are
        // counted from the sources and checked against the compiled expression; if the count
        // disagrees, or the alternation does not compile, the patterns are compiled one by one
        // (and a faulty one fails there, with its own error).
        if !sources.isEmpty, let counts = Self.joinableGroupCounts(sources),
            let combined = try? RegularExpression(pattern: Self.joined(sources)),
            combined.numberOfCaptureGroups == counts.reduce(sources.count, +)
        {
            var group = 1
            outerGroups = counts.map { count in
                defer { group += 1 + count }
                return group
            }
            groupCounts = counts
            self.combined = combined
            patterns = []
        } else {
            patterns = try sources.map(LinePattern.init)
            combined = nil
            outerGroups = []
            groupCounts = []
        }
        // Whether any pattern matches somewhere is whether their alternation does, anchored or
        // not; only back references, which the joining would renumber, keep them apart.
        let hasBackReference = sources.contains { source in
            zip(source.unicodeScalars, source.unicodeScalars.dropFirst()).contains { $0 == "\\" && ($1 == "k" || ("1"..."9").contains($1)) }
        }
        anyOf = combined ?? (sources.isEmpty || hasBackReference ? nil
            : try? RegularExpression(pattern: sources.map { "(?:\($0))" }.joined(separator: "|")))
    }

    /// `^(?:(p1)|(p2)|…)` for anchored patterns `^p1`, `^p2`, …: the same matches as `(^p1)|(^p2)|…`,
    /// but with the anchor outside the alternation ICU knows that a match can only start at the
    /// start of the line, and stops there; otherwise it tries every position of a line that
    /// matches nothing, which made such lines five times dearer.
    static func joined(_ anchored: [String]) -> String {
        "^(?:" + anchored.map { "(\($0.dropFirst()))" }.joined(separator: "|") + ")"
    }

    /// The first pattern, in list order, that matches `line`, as `LinePattern.match` reports it.
    func firstMatch(in line: String) -> Match? {
        let text = UTF16Text(line)
        guard let combined else {
            for (index, pattern) in patterns.enumerated() {
                if let match = pattern.match(text) { return Match(index: index, range: match.range, group: match.group) }
            }
            return nil
        }
        let match = combined.firstMatch(in: text) { groups -> Match? in
            // The one alternative that matched is the one whose outer group took part.
            guard let whole = groups.range(0),
                let index = outerGroups.indices.first(where: { groups.range(outerGroups[$0]) != nil })
            else { return nil }
            let group = groupCounts[index] > 0 ? groups.range(outerGroups[index] + 1).map(text.string) : nil
            return Match(index: index, range: text.range(whole), group: group)
        }
        return match ?? nil
    }

    /// Whether any pattern matches `line`.
    func matchesAny(_ line: String) -> Bool {
        guard let anyOf else { return firstMatch(in: line) != nil }
        return anyOf.firstMatch(in: UTF16Text(line)) { _ in true } ?? false
    }

    /// For patterns that can each be one alternative of the combined expression, the number of
    /// capturing groups of each; nil if any cannot. A joinable pattern is anchored at the start
    /// of the line with no `|` outside its own groups (so every way it matches starts at the
    /// line's start), has balanced groups and classes, and no back reference, which the
    /// renumbered groups would break.
    static func joinableGroupCounts(_ sources: [String]) -> [Int]? {
        var counts: [Int] = []
        for source in sources {
            guard source.hasPrefix("^") else { return nil }
            var depth = 0, groups = 0
            var inClass = false, escaped = false
            let characters = Array(source)
            for (index, character) in characters.enumerated() {
                if escaped {
                    if character.isNumber || character == "k" { return nil }
                    escaped = false
                    continue
                }
                switch character {
                case "\\": escaped = true
                case "[": inClass = true
                case "]": inClass = false
                case "(" where !inClass:
                    depth += 1
                    let next = index + 1 < characters.count ? characters[index + 1] : nil
                    if next != "?" {
                        groups += 1
                    } else if index + 3 < characters.count, characters[index + 2] == "<",
                        characters[index + 3] != "=", characters[index + 3] != "!"
                    {
                        groups += 1  // (?<name>…)
                    }
                case ")" where !inClass:
                    depth -= 1
                    if depth < 0 { return nil }
                case "|" where !inClass && depth == 0: return nil
                default: break
                }
            }
            guard depth == 0, !inClass, !escaped else { return nil }
            counts.append(groups)
        }
        return counts
    }
}
