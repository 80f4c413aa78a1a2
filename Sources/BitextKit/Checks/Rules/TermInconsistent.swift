/// Flags a source term translated with its approved rendering in one block and without it in
/// another block of the same release; the message names both blocks.
///
/// Switching between approved variants ("Republic of Korea", "ROK") is not inconsistent.
/// The block without the term also gets `term-missing`; this warning adds where the right
/// rendering was used, which is what the translator needs to fix it.
struct TermInconsistent: DocumentCheck {
    static let rule = Rule.termInconsistent

    func findings(for analyses: [UnitAnalysis], in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        guard let glossary else { return [] }
        // The first block where each entry was rendered as approved, and how.
        var firstRendering: [Int: (unit: String, text: String)] = [:]
        var unrendered: [(analysis: UnitAnalysis, entries: Set<Int>)] = []
        for analysis in analyses where analysis.isComparable {
            for mention in analysis.sourceMentions {
                if let text = analysis.rendering(of: mention, in: glossary) {
                    for match in mention where firstRendering[match.term] == nil {
                        firstRendering[match.term] = (analysis.unit.id, text)
                    }
                } else if !analysis.hasForbiddenRendering(of: mention, in: glossary) {
                    unrendered.append((analysis, UnitAnalysis.entries(of: mention)))
                }
            }
        }
        var reported = Set<[String]>()
        return unrendered.compactMap { analysis, entries in
            guard let entry = entries.sorted().first(where: { firstRendering[$0] != nil }),
                let used = firstRendering[entry]
            else { return nil }
            let source = glossary.entries[entry].source.text
            guard reported.insert([analysis.unit.id, source]).inserted else { return nil }
            return document.finding(
                Self.rule, at: analysis.unit,
                message: "“\(source)” is translated as “\(used.text)” in \(used.unit) but not in \(analysis.unit.id)",
                subject: source,
                term: Finding.Term(source: source, expected: [used.text], found: nil))
        }
    }
}
