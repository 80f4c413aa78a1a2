/// Flags a Korean particle that does not agree with the last syllable of the term before it
/// (`국제보건규칙는` for `국제보건규칙은`).
///
/// Term substitution leaves these behind, and no spell checker that matches whole words sees
/// them. Checked on whichever side is Korean; like every finding it is located at the target
/// text, with the source line beside it when the Korean is the source.
struct ParticleMismatch: UnitCheck {
    static let rule = Rule.particleMismatch

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        guard KoreanSide.contains(in: analysis, document: document, where: { $0.particle != nil }) else { return [] }
        let side = KoreanSide(analysis: analysis, document: document)
        return side.matches.compactMap { match in
            guard let particle = match.particle,
                case .disagrees(let expected) = KoreanParticle.agreement(of: particle, after: match.text)
            else { return nil }
            let written = match.text + particle
            let message = "“\(written)”\(side.whereabouts): the particle does not agree with “\(match.text)”; write “\(match.text)\(expected)”"
            return side.finding(Self.rule, match: match, message: message, subject: written)
        }
    }
}
