/// One occurrence of a term in a text, found by ``TermMatcher``.
///
/// Matches never overlap, except that several can share exactly one range: alternative
/// readings of one mention, such as "WHO" being a term of its own and, after "World Health
/// Organization (WHO)", also that organisation. A check should treat such a group as one
/// mention that any of its readings satisfies (see ``mentions(_:)``).
public struct TermMatch: Hashable, Sendable {
    /// How the occurrence is written.
    public enum Spelling: Hashable, Sendable {
        /// The term's own text (spacing, case and inflection may differ as the rules allow).
        case term
        /// One of the term's listed variants (`variants[index]`).
        case variant(Int)
        /// An abbreviation that an earlier "Full Name (X)" in the text introduced.
        case abbreviation(String)
    }

    /// The index of the term in the matcher's `terms`.
    public var term: Int
    public var spelling: Spelling
    /// The term in the original text, including an English plural or possessive ending
    /// ("foreign ministries", "the ROK’s" → "ROK’s") but not a Korean particle.
    public var range: Range<String.Index>
    /// The original text of `range`, as written.
    public var text: String
    /// A Korean term written with spacing other than the glossary's ("국제 보건 규칙").
    public var isSpacingVariant: Bool
    /// An English ending after the term, as written ("s", "ies", "’s", "s’"); part of `range`.
    public var ending: String?
    /// The Korean particles or copula after the term, as written ("을", "들에게", "이다"),
    /// also when a parenthesis or closing bracket stands between ("세계식량계획(WFP)과"). It may
    /// start with a suffix that stays part of the noun: plural 들, or the 가 that makes
    /// "개발도상국" into "개발도상국가"; ``KoreanParticle/agreement(of:after:)`` accounts for both.
    public var particle: String?
    public var particleRange: Range<String.Index>?
    /// A parenthesis written right after the term, such as "(WFP)" or "(+82-2-3210-0404)".
    public var parenthetical: Range<String.Index>?
    /// The abbreviation the parenthesis introduced for this term, from here on in the context.
    public var definedAbbreviation: String?

    public var isAbbreviation: Bool {
        if case .abbreviation = spelling { true } else { false }
    }
}

extension TermMatch {
    /// Groups matches that share a range: each group is one mention with one or more readings.
    public static func mentions(_ matches: [TermMatch]) -> [[TermMatch]] {
        var groups: [[TermMatch]] = []
        for match in matches {
            if let last = groups.last?.first, last.range == match.range {
                groups[groups.count - 1].append(match)
            } else {
                groups.append([match])
            }
        }
        return groups
    }
}
