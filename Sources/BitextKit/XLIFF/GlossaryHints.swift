/// A glossary term found in a unit's source, as the export shows it to the translator.
public struct GlossaryHint: Hashable, Sendable {
    /// The term as the glossary spells it.
    public var term: String
    /// Its approved translations, preferred first.
    public var translations: [String]
    public var note: String?
    /// The glossary file the term comes from, if known.
    public var origin: String?

    public init(term: String, translations: [String], note: String? = nil, origin: String? = nil) {
        self.term = term
        self.translations = translations
        self.note = note
        self.origin = origin
    }
}

/// What `bitext export --glossary` asks of a glossary: the terms in one unit's source text.
///
/// The export depends on this protocol only, so the glossary and its matcher can evolve on their
/// own; `ClosureGlossaryHints` adapts any function, which is also how tests supply a fake.
public protocol GlossaryHints: Sendable {
    /// The terms found in `source` (one unit's text in `sourceLocale`), for a translation into `targetLocale`.
    func hints(forSource source: String, sourceLocale: String, targetLocale: String) -> [GlossaryHint]
}

/// Glossary hints from a function.
public struct ClosureGlossaryHints: GlossaryHints {
    private let body: @Sendable (String, String, String) -> [GlossaryHint]

    public init(_ body: @escaping @Sendable (_ source: String, _ sourceLocale: String, _ targetLocale: String) -> [GlossaryHint]) {
        self.body = body
    }

    public func hints(forSource source: String, sourceLocale: String, targetLocale: String) -> [GlossaryHint] {
        body(source, sourceLocale, targetLocale)
    }
}
