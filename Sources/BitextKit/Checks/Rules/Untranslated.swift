import Foundation

/// Flags a target unit that is missing, empty, a copy of the source, or still in the source language.
///
/// Reported once per unit: the other checks skip such a unit, since every term and number
/// in it would otherwise be reported again.
struct Untranslated: UnitCheck {
    static let rule = Rule.untranslated

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        let unit = analysis.unit
        guard let problem = Self.problem(unit, from: document.sourceLanguage, to: document.targetLanguage) else { return [] }
        return [document.finding(Self.rule, at: unit, message: "\(unit.id): \(problem)", subject: problem)]
    }

    static func problem(_ unit: UnitPair, from source: TextLanguage, to target: TextLanguage) -> String? {
        guard let text = unit.target else { return "the target has no such unit" }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "the target is empty" }
        let sourceLetters = Script.letterCounts(unit.source)
        guard sourceLetters.total >= 4 else { return nil }
        if trimmed == unit.source.trimmingCharacters(in: .whitespacesAndNewlines) && source != target {
            return "the target is a copy of the source"
        }
        let letters = Script.letterCounts(trimmed)
        switch (source, target) {
        case (.korean, .english) where letters.hangul * 2 > letters.total:
            return "the target is still mostly Korean"
        case (.korean, .english):
            // English releases carry no Hangul; a clause of it is a sentence left untranslated.
            if let clause = Script.koreanClause(in: trimmed) { return "part of the target is still Korean: “\(clause)”" }
            return nil
        case (.english, .korean) where letters.hangul == 0 && sourceLetters.latin >= 8:
            return "the target has no Korean text"
        default:
            return nil
        }
    }
}

/// Counts letters by script, to tell which language a text is written in.
enum Script {
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// The first run of five or more Hangul syllables (spaces between words allowed), if any.
    static func koreanClause(in text: String) -> String? {
        var start: String.Index?
        var syllables = 0
        var end = text.startIndex
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            if isHangulSyllable(scalar) {
                if start == nil { start = index; syllables = 0 }
                syllables += 1
                end = text.unicodeScalars.index(after: index)
            } else if scalar == " " && start != nil {
                continue
            } else {
                if syllables >= 5, let start { return String(text.unicodeScalars[start..<end]) }
                start = nil
            }
        }
        if syllables >= 5, let start { return String(text.unicodeScalars[start..<end]) }
        return nil
    }

    static func letterCounts(_ text: String) -> (hangul: Int, latin: Int, total: Int) {
        var hangul = 0, latin = 0, total = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            total += 1
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        return (hangul, latin, total)
    }
}
