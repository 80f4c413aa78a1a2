/// Notes a Korean term written with spacing other than the glossary's (`국제 보건 규칙`).
///
/// Not wrong, so only `info`: Korean spacing of compound nouns varies, and the term still
/// counts as found for every other check.
struct TermSpacing: UnitCheck {
    static let rule = Rule.termSpacing

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        guard let glossary, KoreanSide.contains(in: analysis, document: document, where: { $0.isSpacingVariant }) else {
            return []
        }
        let side = KoreanSide(analysis: analysis, document: document)
        return side.matches.compactMap { match in
            guard match.isSpacingVariant else { return nil }
            let term = side.isSource ? glossary.entries[match.term].source.text : glossary.targetTerms[match.term].text
            return side.finding(
                Self.rule, match: match,
                message: "“\(match.text)”\(side.whereabouts) is spaced differently from the glossary's “\(term)”",
                subject: match.text)
        }
    }
}
