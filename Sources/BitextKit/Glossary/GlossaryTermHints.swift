/// The glossary as hints for the translator in exported XLIFF: for each unit, the terms its
/// source contains with their approved translations (the Glossary module in 2.x, notes in 1.2).
public struct GlossaryTermHints: GlossaryHints {
    private let directions: [GlossaryDirection]

    /// Prepares the glossary for both directions its languages allow.
    public init(glossary: Glossary) {
        directions = TextLanguage.allCases.flatMap { source in
            TextLanguage.allCases.filter { $0 != source }.map { GlossaryDirection(glossary: glossary, from: source, to: $0) }
        }.filter { !$0.isEmpty }
    }

    public func hints(forSource text: String, sourceLocale: String, targetLocale: String) -> [GlossaryHint] {
        guard let source = TextLanguage(tag: sourceLocale), let target = TextLanguage(tag: targetLocale),
            let direction = directions.first(where: { $0.source == source && $0.target == target })
        else { return [] }
        var seen = Set<Int>()
        return direction.sourceMatcher.matches(in: text).compactMap { match in
            guard seen.insert(match.term).inserted else { return nil }
            let entry = direction.entries[match.term]
            return GlossaryHint(
                term: entry.source.text, translations: entry.approved.map(\.text),
                note: entry.notes.isEmpty ? nil : entry.notes.joined(separator: "; "), origin: entry.source.location.file)
        }
    }
}
