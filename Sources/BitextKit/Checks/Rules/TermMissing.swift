/// Flags a target that lacks every approved translation of a term found in the source.
///
/// A reviewer's first question: did the official name survive translation? A target that
/// uses a forbidden rendering instead is left to `TermForbidden`, so one defect is one finding.
struct TermMissing: UnitCheck {
    static let rule = Rule.termMissing

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        guard let glossary else { return [] }
        var reported = Set<Set<Int>>()
        var findings: [Finding] = []
        for mention in analysis.sourceMentions {
            guard !analysis.isRendered(mention, in: glossary), !analysis.hasForbiddenRendering(of: mention, in: glossary)
            else { continue }
            let entries = UnitAnalysis.entries(of: mention)
            guard reported.insert(entries).inserted, let entry = entries.min().map({ glossary.entries[$0] }) else { continue }
            let expected = entry.approved.map(\.text)
            findings.append(document.finding(
                Self.rule, at: analysis.unit,
                message: "“\(entry.source.text)” should be translated as \(expected.quotedList(conjunction: "or"))",
                subject: entry.source.text,
                term: Finding.Term(source: entry.source.text, expected: expected, found: nil)))
        }
        return findings
    }
}

extension [String] {
    /// “A”, “B” or “C”.
    func quotedList(conjunction: String) -> String {
        let quoted = map { "“\($0)”" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted.last!
    }
}
