/// Flags a deprecated or wrong rendering of a glossary term in the target.
///
/// "Ministry of Foreign Affairs and Trade" is the ministry's name before 2013; the longest-match
/// rule keeps the approved "Ministry of Foreign Affairs" inside it from hiding it.
struct TermForbidden: UnitCheck {
    static let rule = Rule.termForbidden

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        guard let glossary else { return [] }
        let mentioned = Set(analysis.sourceMentions.flatMap { $0.map(\.term) })
        var findings: [Finding] = []
        for match in analysis.targetMatches {
            let owners = glossary.forbiddenTargets.indices.filter { glossary.forbiddenTargets[$0].contains(match.term) }
            // A spelling that another concept approves is right where the source names that concept.
            let approvedHere = mentioned.contains { glossary.approvedTargets[$0].contains(match.term) }
            guard let entryIndex = owners.first(where: mentioned.contains) ?? owners.first, !approvedHere else { continue }
            let entry = glossary.entries[entryIndex]
            let expected = entry.approved.map(\.text)
            findings.append(document.finding(
                Self.rule, at: analysis.unit,
                message: "“\(match.text)” is a forbidden rendering of “\(entry.source.text)”; use \(expected.quotedList(conjunction: "or"))",
                subject: match.text,
                term: Finding.Term(source: entry.source.text, expected: expected, found: match.text)))
        }
        return findings
    }
}
