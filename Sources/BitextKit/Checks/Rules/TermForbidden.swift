import Foundation

/// Flags a deprecated or wrong rendering of a glossary term in the target.
///
/// "Ministry of Foreign Affairs and Trade" is the ministry's name before 2013; the longest-match
/// rule keeps the approved "Ministry of Foreign Affairs" inside it from hiding it.
struct TermForbidden: UnitCheck {
    static let rule = Rule.termForbidden

    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding] {
        // Only a target term that some entry forbids can be reported; most units have none,
        // and are spared the source's compact form.
        guard let glossary, analysis.targetMatches.contains(where: { !glossary.forbiddingEntries[$0.term].isEmpty })
        else { return [] }
        let mentioned = Set(analysis.sourceMentions.flatMap { $0.map(\.term) })
        let compactSource = Self.compact(analysis.unit.source)
        // Where the source names the concept: itself, inside a longer term (비핵화 in 한반도 비핵화),
        // or through a synonym sharing an approved rendering (우리나라 and 대한민국: Republic of Korea).
        func isNamed(_ entry: Int) -> Bool {
            mentioned.contains(entry) || compactSource.contains(Self.compact(glossary.entries[entry].source.text))
                || mentioned.contains { !glossary.approvedTargets[$0].isDisjoint(with: glossary.approvedTargets[entry]) }
        }
        var findings: [Finding] = []
        for match in analysis.targetMatches {
            // Only where the source names the concept: "our country" in a U.S. official's quote
            // is no rendering of 우리나라, and a spelling another named concept approves is right.
            guard let entryIndex = glossary.forbiddingEntries[match.term].first(where: isNamed),
                !mentioned.contains(where: { glossary.approvedTargets[$0].contains(match.term) })
            else { continue }
            let entry = glossary.entries[entryIndex]
            let expected = entry.approved.map(\.text)
            findings.append(document.finding(
                Self.rule, at: analysis.unit, range: match.range,
                message: "“\(match.text)” is a forbidden rendering of “\(entry.source.text)”; use \(expected.quotedList(conjunction: "or"))",
                subject: match.text,
                term: Finding.Term(source: entry.source.text, expected: expected, found: match.text)))
        }
        return findings
    }

    /// Text without spaces, as Korean terms match whatever their spacing.
    private static func compact(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
