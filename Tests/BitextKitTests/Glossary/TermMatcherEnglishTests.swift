import Testing

@testable import BitextKit

/// English matching: inflection, case, boundaries, hyphens, abbreviations, longest match.
struct TermMatcherEnglishTests {
    static let matcher = TermMatcher(
        terms: [
            .init("developing country"),
            .init("donor country"),
            .init("foreign ministry"),
            .init("Korean national"),
            .init("overseas diplomatic mission"),
            .init("supply chain"),
            .init("vaccine"),
            .init("ROK"),
            .init("North Korea"),
            .init("international community"),
            .init("Human Rights Council"),
            .init("UN Human Rights Council"),
            .init("WHO"),
            .init("World Health Organization", abbreviations: ["WHO"]),
            .init("Ministry of Foreign Affairs"),
            .init("Ministry of Foreign Affairs and Trade"),
            .init("World Food Programme", abbreviations: ["WFP"]),
            .init("World Food Program"),
            .init("High-Level Week"),
            .init("ROK-U.S. alliance"),
            .init("UN"),
            .init("United Nations"),
            .init("International Health Regulations", abbreviations: ["IHR"]),
            .init("United Nations Framework Convention on Climate Change", abbreviations: ["UNFCCC"]),
            .init("Foreign Ministers’ Meeting"),
            .init("COVID-19"),
            .init("greenhouse gas"),
            .init("Korea International Cooperation Agency"),
            .init("Party"),
            .init("Consular Call Center"),
            .init("Nationally Determined Contribution"),
        ],
        language: .english)

    static func found(_ text: String, context: inout TermMatcher.Context) -> [String] {
        matcher.matches(in: text, context: &context).map { matcher.terms[$0.term].text }
    }

    static func found(_ text: String) -> [String] {
        var context = TermMatcher.Context()
        return found(text, context: &context)
    }

    // MARK: Inflection (README "Traps")

    @Test(arguments: [
        ("to improve access for developing countries.", "developing country", "developing countries"),
        ("about 30 donor countries and", "donor country", "donor countries"),
        ("hosted by the foreign ministries of Germany", "foreign ministry", "foreign ministries"),
        ("urged Korean nationals visiting", "Korean national", "Korean nationals"),
        ("reported to overseas diplomatic missions,", "overseas diplomatic mission", "overseas diplomatic missions"),
        ("stabilizing global vaccine supply chains,", "supply chain", "supply chains"),
        ("diagnostics, therapeutics and vaccines, and", "vaccine", "vaccines"),
        ("to express the ROK’s firm commitment", "ROK", "ROK’s"),
        ("North Korea’s successive launches", "North Korea", "North Korea’s"),
        ("the international community’s efforts", "international community", "international community’s"),
        ("the developing countries’ needs", "developing country", "developing countries’"),
        ("the Korean nationals’ safety", "Korean national", "Korean nationals’"),
        ("about 200 Parties", "Party", "Parties"),
        ("MOFA Urges Korean Nationals to Stay Alert", "Korean national", "Korean Nationals"),
    ])
    func inflectedForms(text: String, term: String, written: String) throws {
        let match = try #require(Self.matcher.matches(in: text).first { Self.matcher.terms[$0.term].text == term })
        #expect(match.text == written)
        #expect(String(text[match.range]) == written)
    }

    // MARK: Case

    @Test func pronounWhoIsNotTheAcronym() {
        #expect(Self.found("Mr. A, a Korean national in his 20s who had left the country") == ["Korean national"])
        #expect(Self.found("Who is there? WHO is.") == ["WHO"])
        #expect(Self.found("The WHO explained") == ["WHO"])
    }

    @Test func acronymsAreCaseSensitiveAndWholeWords() {
        #expect(Self.found("the UN and civil society") == ["UN"])
        #expect(Self.found("unless the un-named UNESCO") == [])
        #expect(Self.found("the Rok") == [])
        #expect(Self.found("covid-19 cases") == [])
        #expect(Self.found("COVID-19 cases") == ["COVID-19"])
    }

    @Test func ordinaryTermsAreCaseInsensitive() {
        #expect(Self.found("GREENHOUSE GAS EMISSIONS") == ["greenhouse gas"])
        #expect(Self.found("the World food programme") == ["World Food Programme"])
    }

    // MARK: Longest match across approved and forbidden terms

    @Test(arguments: [
        ("the Ministry of Foreign Affairs and Trade said", ["Ministry of Foreign Affairs and Trade"]),
        ("the Ministry of Foreign Affairs said", ["Ministry of Foreign Affairs"]),
        ("co-hosted by the World Food Programme (WFP)", ["World Food Programme"]),
        ("the World Food Program said", ["World Food Program"]),
        ("the 52nd session of the UN Human Rights Council", ["UN Human Rights Council"]),
        ("discussions in the Human Rights Council", ["Human Rights Council"]),
        ("the United Nations Framework Convention on Climate Change", ["United Nations Framework Convention on Climate Change"]),
    ])
    func longestMatchWins(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    // MARK: Hyphens, spaces and quotes

    @Test(arguments: [
        "the High-Level Week of the session",
        "the high level week of the session",
        "the High‐Level Week (with U+2010)",
        "the High–Level Week (with an en dash)",
    ])
    func hyphenAndSpaceVariants(text: String) {
        #expect(Self.found(text) == ["High-Level Week"])
    }

    @Test func punctuationInsideTermsFolds() {
        #expect(Self.found("strengthen the ROK–U.S. alliance") == ["ROK-U.S. alliance"])
        #expect(Self.found("the ROK-U.S. Foreign Ministers' Meeting") == ["ROK", "Foreign Ministers’ Meeting"])
        #expect(Self.found("“International Health Regulations”") == ["International Health Regulations"])
    }

    // MARK: Sentence-splitting hazards around terms (README "Traps")

    @Test(arguments: [
        ("the ROK and the U.S. will respond firmly, together with the international community,", ["ROK", "international community"]),
        ("Contact the 24-hour Consular Call Center (Tel. No. +82-2-3210-0404).", ["Consular Call Center"]),
        ("Vice Minister Jung said, “No one is safe until everyone is safe,” and stressed that the international community", ["international community"]),
        ("Be especially careful if the offer seems too good to be true, e.g., free airline tickets", []),
        ("In early August, Mr. A, a Korean national in his 20s who had left", ["Korean national"]),
        ("set at KRW 4.7771 trillion, up 14.2% from the previous year", []),
        ("  1. HOME", []),
        ("held in Glasgow, the U.K., from October 31 (Sun.) to November 13 (Sat.)", []),
    ])
    func hazardsDoNotDisturbMatching(text: String, expected: [String]) {
        var context = TermMatcher.Context()
        #expect(Self.found(text, context: &context) == expected)
        #expect(context.definedAbbreviations.isEmpty)
    }

    // MARK: Abbreviations defined in the text

    @Test func abbreviationCountsAfterItsDefinition() throws {
        var context = TermMatcher.Context()
        #expect(Self.found("IHR reform comes first.", context: &context) == [])  // not yet introduced
        let first = Self.matcher.matches(in: "under the International Health Regulations (IHR), and the IHR", context: &context)
        #expect(first.map(\.text) == ["International Health Regulations", "IHR"])
        #expect(first[0].definedAbbreviation == "IHR")
        #expect(first[1].spelling == .abbreviation("IHR"))
        #expect(context.definedAbbreviations == ["IHR": 22])
        let later = Self.matcher.matches(in: "obligations under the IHR’s core capacities", context: &context)
        #expect(later.map { Self.matcher.terms[$0.term].text } == ["International Health Regulations"])
        #expect(later.first?.text == "IHR’s")
    }

    @Test func abbreviationThatIsAlsoATermGivesTwoReadings() {
        var context = TermMatcher.Context()
        _ = Self.found("including the World Health Organization (WHO),", context: &context)
        #expect(Self.found("The WHO explained", context: &context) == ["WHO", "World Health Organization"])
    }

    @Test func parenthesisThatIsNotTheTermsAbbreviationDefinesNothing() {
        var context = TermMatcher.Context()
        // "COP26" is not made of the Convention's initials.
        _ = Self.found("the United Nations Framework Convention on Climate Change (COP26)", context: &context)
        #expect(context.definedAbbreviations.isEmpty)
        // Initials work without a listed abbreviation.
        _ = Self.found("the Korea International Cooperation Agency (KOICA)", context: &context)
        #expect(Self.found("KOICA’s project", context: &context) == ["Korea International Cooperation Agency"])
        _ = Self.found("their Nationally Determined Contributions (NDCs)", context: &context)
        #expect(Self.found("updated NDCs", context: &context) == ["Nationally Determined Contribution"])
    }

    @Test func contextIsPerMatcher() {
        var context = TermMatcher.Context()
        _ = Self.found("the International Health Regulations (IHR)", context: &context)
        let other = TermMatcher(terms: ["IHR"], language: .english)
        // Handed to another matcher, the context starts over instead of mixing term indices.
        #expect(other.matches(in: "the IHR", context: &context).map(\.spelling) == [.term])
        #expect(context.definedAbbreviations.isEmpty)
    }
}
