/// The Korean text of a unit, whichever side it is on, with the glossary matches found in it:
/// what the Korean-only rules (particles, spacing) look at.
struct KoreanSide {
    let document: CheckDocument
    let unit: UnitPair
    let isSource: Bool
    let matches: [TermMatch]

    init(analysis: UnitAnalysis, document: CheckDocument) {
        self.document = document
        unit = analysis.unit
        isSource = document.sourceLanguage == .korean
        if isSource {
            matches = analysis.sourceMentions.compactMap { $0.first }
        } else if document.targetLanguage == .korean {
            matches = analysis.targetMatches
        } else {
            matches = []
        }
    }

    /// Whether a match of the Korean side satisfies `predicate`: most units need no `KoreanSide`
    /// at all, and this spares building one.
    static func contains(
        in analysis: UnitAnalysis, document: CheckDocument, where predicate: (TermMatch) -> Bool
    ) -> Bool {
        if document.sourceLanguage == .korean {
            return analysis.sourceMentions.contains { $0.first.map(predicate) ?? false }
        }
        return document.targetLanguage == .korean && analysis.targetMatches.contains(where: predicate)
    }

    /// Says which text a message is about when it is not the target's.
    var whereabouts: String { isSource && document.sourceIsSeparateFile ? " in the source (line \(unit.sourceLine ?? 0))" : "" }

    /// A finding located at the target text, as every finding is; a match in a Korean target
    /// also gives the column.
    func finding(_ rule: Rule, match: TermMatch, message: String, subject: String) -> Finding {
        document.finding(rule, at: unit, range: isSource ? nil : match.range, message: message, subject: subject)
    }
}
