/// A check's rule ID, as it appears in every report format and in the configuration file.
public struct Rule: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let termMissing: Rule = "term-missing"
    public static let termForbidden: Rule = "term-forbidden"
    public static let termInconsistent: Rule = "term-inconsistent"
    public static let numberMismatch: Rule = "number-mismatch"
    public static let structureMismatch: Rule = "structure-mismatch"
    public static let untranslated: Rule = "untranslated"
    public static let sourceDrift: Rule = "source-drift"
    public static let particleMismatch: Rule = "particle-mismatch"
    public static let termSpacing: Rule = "term-spacing"

    /// Every rule with its default severity and a one-line description, in DESIGN.md's order.
    public static let catalog: [(rule: Rule, severity: Severity, summary: String)] = [
        (.termMissing, .error, "The source has a glossary term; the target has none of its approved translations."),
        (.termForbidden, .error, "The target uses a forbidden (deprecated) variant of a term."),
        (.termInconsistent, .warning, "A source term is translated with its approved translation in one block and differently in another."),
        (.numberMismatch, .error, "Numbers, dates, ordinals, amounts or percentages differ between source and target."),
        (.structureMismatch, .error, "The block trees differ: a paragraph or bullet is missing, extra or merged."),
        (.untranslated, .error, "The target block is missing, empty, or still in the source language."),
        (.sourceDrift, .error, "An XLIFF file's source text no longer matches the source release."),
        (.particleMismatch, .warning, "A Korean particle after a term does not agree with the term's last syllable."),
        (.termSpacing, .info, "A Korean term is written with spacing other than the glossary's."),
    ]

    public var defaultSeverity: Severity { Self.catalog.first { $0.rule == self }?.severity ?? .error }
    public var summary: String { Self.catalog.first { $0.rule == self }?.summary ?? rawValue }
}
