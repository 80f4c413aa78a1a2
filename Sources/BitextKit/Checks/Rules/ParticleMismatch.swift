/// Flags a Korean particle that does not agree with the last syllable of the term before it
/// (`국제보건규칙는` for `국제보건규칙은`).
///
/// Term substitution leaves these behind, and no spell checker that matches whole words sees
/// them. Checked on whichever side is Korean, and located in that text.
struct ParticleMismatch: UnitCheck {
    static let rule = Rule.particleMismatch

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        KoreanSide(analysis: analysis, document: document).matches.compactMap { side, match in
            guard let particle = match.particle,
                case .disagrees(let expected) = KoreanParticle.agreement(of: particle, after: match.text)
            else { return nil }
            let written = match.text + particle
            let message = "“\(written)”: the particle does not agree with “\(match.text)”; write “\(match.text)\(expected)”"
            return side.finding(Self.rule, message: message, subject: written)
        }
    }
}

/// The Korean text of a unit, whichever side it is on, with the glossary matches found in it.
struct KoreanSide {
    /// Where findings about the Korean text go.
    struct Location {
        var document: CheckDocument
        var unit: UnitPair
        var isSource: Bool

        func finding(_ rule: Rule, message: String, subject: String) -> Finding {
            isSource
                ? document.sourceFinding(rule, at: unit, message: message, subject: subject)
                : document.finding(rule, at: unit, message: message, subject: subject)
        }
    }

    let matches: [(Location, TermMatch)]

    init(analysis: UnitAnalysis, document: CheckDocument) {
        if document.sourceLanguage == .korean {
            let location = Location(document: document, unit: analysis.unit, isSource: true)
            matches = analysis.sourceMentions.compactMap(\.first).map { (location, $0) }
        } else if document.targetLanguage == .korean {
            let location = Location(document: document, unit: analysis.unit, isSource: false)
            matches = analysis.targetMatches.map { (location, $0) }
        } else {
            matches = []
        }
    }
}
