import Foundation

/// Flags a target unit that is missing, empty, a copy of the source, or still in the source language.
///
/// Reported once per unit: the other checks skip such a unit, since every term and number
/// in it would otherwise be reported again.
struct Untranslated: UnitCheck {
    static let rule = Rule.untranslated

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        Self.findings(for: Self.problem(analysis.unit, in: document), at: analysis.unit, in: document)
    }

    /// The finding for a problem already found (the check run needs the problem itself too).
    static func findings(for problem: Problem?, at unit: UnitPair, in document: CheckDocument) -> [Finding] {
        guard let problem else { return [] }
        return [document.finding(rule, at: unit, message: "\(unit.id): \(problem.message)", subject: problem.message)]
    }

    struct Problem {
        var message: String
        /// Whether the whole unit is untranslated, so that comparing its terms and numbers is moot.
        var isWhole: Bool
    }

    static func problem(_ unit: UnitPair, in document: CheckDocument) -> Problem? {
        guard let text = unit.target else {
            let message = document.sourceIsSeparateFile
                ? "the target release has no such block" : "the unit has no target, or a segment of it has none"
            return Problem(message: message, isWhole: true)
        }
        let trimmed = text.trimmingWhitespaceAndNewlines()
        if trimmed.isEmpty { return Problem(message: "the target is empty", isWhole: true) }
        let sourceLetters = Script.letterCounts(unit.source)
        guard sourceLetters.total >= 4 else { return nil }
        let (source, target) = (document.sourceLanguage, document.targetLanguage)
        if trimmed == unit.source.trimmingWhitespaceAndNewlines() && source != target {
            return Problem(message: "the target is a copy of the source", isWhole: true)
        }
        let letters = Script.letterCounts(trimmed)
        switch (source, target) {
        case (.korean, .english) where letters.hangul * 2 > letters.total:
            return Problem(message: "the target is still mostly Korean", isWhole: true)
        case (.korean, .english):
            // English releases carry no Hangul outside quotes and brackets; a clause of it is a
            // sentence left untranslated.
            return Script.koreanClause(in: trimmed).map {
                Problem(message: "part of the target is still Korean: “\($0)”", isWhole: false)
            }
        case (.english, .korean) where letters.hangul == 0 && sourceLetters.latin >= 8:
            return Problem(message: "the target has no Korean text", isWhole: true)
        default:
            return nil
        }
    }
}
