import Testing

@testable import BitextKit

/// The glossary in both directions, and the note conventions that feed the matcher.
struct GlossaryEntriesTests {
    static let glossary = try! Glossary(csv: """
        ko,en,status,note
        외교부,Ministry of Foreign Affairs,approved,the ROK ministry; short form MOFA
        외교부,MOFA,approved,all-capital acronym: case-sensitive
        외교부,foreign ministry,approved,
        외교부,Ministry of Foreign Affairs and Trade,forbidden,name before March 2013
        우리나라,ROK,approved,
        우리나라,Republic of Korea,approved,
        우리나라,our country,forbidden,literal rendering
        대한민국,Republic of Korea,approved,short form ROK
        국제보건규칙,International Health Regulations,approved,ko variants: 국제 보건 규칙; abbreviation IHR
        인도·태평양,Indo-Pacific,approved,ko variants: 인도태평양 | 인도-태평양 (middle dot U+00B7)
        당사국총회,Conference of the Parties,approved,"ko variants: 당사국 총회; abbreviation COP (COP26, COP27)"
        세계보건기구,World Health Organization,approved,"abbreviation WHO: after 'World Health Organization (WHO)' has appeared"
        코백스 선구매공약메커니즘,COVAX Advance Market Commitment,approved,ko variants: 코백스 선구매공약 메커니즘; abbreviation COVAX AMC
        """)

    @Test func koreanToEnglishHasOneEntryPerConcept() throws {
        let entries = Self.glossary.entries(from: .korean, to: .english)
        #expect(entries.map(\.source.text) == [
            "외교부", "우리나라", "대한민국", "국제보건규칙", "인도·태평양", "당사국총회", "세계보건기구", "코백스 선구매공약메커니즘",
        ])
        let ministry = entries[0]
        #expect(ministry.approved.map(\.text) == ["Ministry of Foreign Affairs", "MOFA", "foreign ministry"])
        #expect(ministry.forbidden.map(\.text) == ["Ministry of Foreign Affairs and Trade"])
        #expect(entries[2].approved.map(\.text) == ["Republic of Korea", "ROK"])  // the short form
    }

    @Test func noteConventionsBecomeVariantsAndAbbreviations() throws {
        let entries = Self.glossary.entries(from: .korean, to: .english)
        let byTerm = Dictionary(uniqueKeysWithValues: entries.map { ($0.source.text, $0) })
        #expect(byTerm["국제보건규칙"]?.source.variants == ["국제 보건 규칙"])
        #expect(byTerm["국제보건규칙"]?.approved.first?.abbreviations == ["IHR"])
        #expect(byTerm["인도·태평양"]?.source.variants == ["인도태평양", "인도-태평양"])
        #expect(byTerm["당사국총회"]?.approved.first?.abbreviations == ["COP"])
        #expect(byTerm["세계보건기구"]?.approved.first?.abbreviations == ["WHO"])
        #expect(byTerm["코백스 선구매공약메커니즘"]?.approved.first?.abbreviations == ["COVAX AMC"])
    }

    @Test func englishToKoreanGathersConceptsAndSkipsForbiddenRows() throws {
        let entries = Self.glossary.entries(from: .english, to: .korean)
        let byTerm = Dictionary(uniqueKeysWithValues: entries.map { ($0.source.text, $0) })
        #expect(byTerm["Republic of Korea"]?.approved.map(\.text) == ["우리나라", "대한민국"])
        #expect(byTerm["ROK"]?.approved.map(\.text) == ["우리나라", "대한민국"])
        #expect(byTerm["International Health Regulations"]?.approved.first?.variants == ["국제 보건 규칙"])
        #expect(byTerm["International Health Regulations"]?.source.abbreviations == ["IHR"])
        #expect(byTerm["our country"] == nil)
        #expect(byTerm["Ministry of Foreign Affairs and Trade"] == nil)
        #expect(entries.allSatisfy { $0.forbidden.isEmpty })
    }

    @Test func directionMatchesBothSides() throws {
        let direction = GlossaryDirection(glossary: Self.glossary, from: .english, to: .korean)
        var source = TermMatcher.Context()
        var target = TermMatcher.Context()
        let english = direction.sourceMatcher.matches(
            in: "the International Health Regulations (IHR) and later the IHR", context: &source)
        #expect(english.map { direction.entries[$0.term].source.text } == [
            "International Health Regulations", "International Health Regulations",
        ])
        let korean = direction.targetMatcher.matches(in: "국제 보건 규칙을 개정", context: &target)
        let found = Set(korean.map(\.term))
        #expect(!direction.approvedTargets[english[0].term].isDisjoint(with: found))
        #expect(korean.first?.isSpacingVariant == true)
    }

    @Test func targetTermsAreSharedAcrossEntries() {
        let direction = GlossaryDirection(glossary: Self.glossary, from: .korean, to: .english)
        #expect(Set(direction.targetTerms.map(\.text)).count == direction.targetTerms.count)
        let republic = direction.targetTerms.firstIndex { $0.text == "Republic of Korea" }!
        #expect(direction.approvedTargets[1].contains(republic))
        #expect(direction.approvedTargets[2].contains(republic))
        // The forbidden longer name hides the approved one inside it.
        let hits = direction.targetMatcher.matches(in: "the Ministry of Foreign Affairs and Trade")
        #expect(hits.count == 1)
        #expect(direction.forbiddenTargets[0].contains(hits[0].term))
    }

    @Test func aGlossaryForOtherLanguagesIsEmptyInThisDirection() throws {
        let glossary = try Glossary(csv: "en,ko\nvaccine,백신\n")
        #expect(!GlossaryDirection(glossary: glossary, from: .english, to: .korean).isEmpty)
        #expect(GlossaryDirection(glossary: Glossary(), from: .korean, to: .english).isEmpty)
    }
}
