import Foundation
import Testing

@testable import BitextKit

/// Korean matching: particles, word edges, spacing, nesting — the fixture README's traps.
struct TermMatcherKoreanTests {
    /// Korean terms of the fixture glossary (with its ko variants) that the traps involve.
    static let matcher = TermMatcher(
        terms: [
            .init("국제보건규칙", variants: ["국제 보건 규칙"]),
            .init("다자주의"),
            .init("다자주의 연대", variants: ["다자주의연대"]),
            .init("개발도상국"),
            .init("북한"),
            .init("공여국"),
            .init("세계식량계획"),
            .init("공적개발원조"),
            .init("담대한 구상"),
            .init("유엔"),
            .init("유엔총회", variants: ["유엔 총회"]),
            .init("유엔 인권이사회", variants: ["유엔인권이사회"]),
            .init("유엔기후변화협약"),
            .init("기후변화", variants: ["기후 변화"]),
            .init("기후변화대사"),
            .init("온실가스"),
            .init("국가 온실가스 감축목표", variants: ["국가온실가스감축목표", "국가 온실가스 감축 목표"]),
            .init("인권"),
            .init("인권이사회"),
            .init("세계인권선언"),
            .init("외교부"),
            .init("외교부 장관", variants: ["외교부장관"]),
            .init("외교부 제2차관", variants: ["외교부 2차관"]),
            .init("보건"),
            .init("식량안보", variants: ["식량 안보"]),
            .init("한미동맹", variants: ["한미 동맹", "한-미 동맹"]),
            .init("인도·태평양", variants: ["인도태평양", "인도-태평양"]),
            .init("비핵화"),
            .init("우리 국민", variants: ["우리국민"]),
            .init("당사국총회", variants: ["당사국 총회"]),
            .init("WHO"),
            .init("ODA"),
            .init("코로나19", variants: ["코로나 19"]),
        ],
        language: .korean)

    static func found(_ text: String) -> [String] {
        matcher.matches(in: text).map { matcher.terms[$0.term].text }
    }

    // MARK: Particles and word edges (README "Traps": true negatives that must match)

    @Test(arguments: [
        ("국제보건규칙을 비롯하여", "국제보건규칙", "을"),
        ("다자주의를 강화할", "다자주의", "를"),
        ("개발도상국의 백신", "개발도상국", "의"),
        ("북한이 비핵화에", "북한", "이"),
        ("공여국으로 전환한", "공여국", "으로"),
        ("세계식량계획(WFP)과 유엔", "세계식량계획", "과"),
        ("공적개발원조(ODA)를 아프리카", "공적개발원조", "를"),
        ("「담대한 구상」에 따라", "담대한 구상", "에"),
        ("한반도 비핵화라는 공동의", "비핵화", "라는"),
        ("핵심은 국제보건규칙이다.", "국제보건규칙", "이다"),
        ("우리 국민들에게 각별한", "우리 국민", "들에게"),
        ("제27차 당사국총회(COP27)에도 적극", "당사국총회", "에도"),
        ("주요 공여국으로서 보여준", "공여국", "으로서"),
        ("‘국제보건규칙’을 개정", "국제보건규칙", "을"),
        ("북한과의 대화", "북한", "과의"),
        ("유엔총회에서의 연설", "유엔총회", "에서의"),
        ("공여국으로의 전환", "공여국", "으로의"),
        ("주도한 것은 북한이었다", "북한", "이었다"),
        ("개발도상국가들의 노력", "개발도상국", "가들의"),
        ("(국제보건규칙)을 개정", "국제보건규칙", "을"),
    ])
    func particleAfterTerm(text: String, term: String, particle: String) throws {
        let match = try #require(Self.matcher.matches(in: text).first { Self.matcher.terms[$0.term].text == term })
        #expect(match.particle == particle)
        #expect(KoreanParticle.agreement(of: particle, after: match.text) == .agrees)
        let particleRange = try #require(match.particleRange)
        #expect(String(text[particleRange]) == particle)
    }

    /// The particle is reported even when it is wrong, so that the check can flag it.
    @Test(arguments: [
        ("국제보건규칙는", "는", "은"),
        ("다자주의을", "을", "를"),
        ("공여국로서", "로서", "으로서"),
        ("세계식량계획(WFP)와", "와", "과"),
    ])
    func disagreeingParticleIsReported(text: String, particle: String, expected: String) throws {
        let match = try #require(Self.matcher.matches(in: text).first)
        #expect(match.particle == particle)
        #expect(KoreanParticle.agreement(of: particle, after: match.text) == .disagrees(expected: expected))
    }

    @Test(arguments: [
        ("보건복지부 장관", "보건"),  // "보건" is not a word of its own here
        ("담당부서 기후환경과학외교국 기후변화외교과", "기후변화"),
        ("담당부서 국제기구국 인권사회과", "인권"),
        ("다자국제보건규칙", "국제보건규칙"),  // does not start a word
        ("외교부장관", "외교부"),  // only as part of the longer term
    ])
    func noMatchInsideAWord(text: String, term: String) {
        #expect(!Self.found(text).contains(term), "\(Self.found(text))")
    }

    @Test func wordEdgesAllowPunctuationAndOtherScripts() {
        #expect(Self.found("보건 위기에 대응") == ["보건"])
        #expect(Self.found("제2국제보건규칙") == ["국제보건규칙"])  // after a digit
        #expect(Self.found("「국제보건규칙」") == ["국제보건규칙"])
        #expect(Self.found("북한,") == ["북한"])
    }

    // MARK: Spacing

    @Test(arguments: [
        ("국제 보건 규칙에 따른", "국제 보건 규칙", true),
        ("국제보건규칙에 따른", "국제보건규칙", false),
        ("국제 보건규칙에 따른", "국제 보건규칙", true),  // not a listed variant, matched anyway
        ("식량 안보 증진", "식량 안보", true),
        ("외교부장관은", "외교부장관", true),
        ("한-미 동맹", "한-미 동맹", false),  // a listed variant that differs in more than spacing
        ("코로나 19 백신", "코로나 19", true),
    ])
    func spacingVariants(text: String, written: String, isSpacingVariant: Bool) throws {
        let match = try #require(Self.matcher.matches(in: text).first)
        #expect(match.text == written)
        #expect(match.isSpacingVariant == isSpacingVariant)
    }

    // MARK: Nested terms: the longest match wins

    @Test(arguments: [
        ("제75차 유엔총회 고위급 주간", ["유엔총회"]),
        ("유엔 총회에서", ["유엔총회"]),
        ("제52차 유엔 인권이사회 고위급 회기", ["유엔 인권이사회"]),
        ("제26차 유엔기후변화협약 당사국총회(COP26)에", ["유엔기후변화협약", "당사국총회"]),
        ("외교부 기후변화대사는", ["외교부", "기후변화대사"]),
        ("국가 온실가스 감축목표(NDC)를", ["국가 온실가스 감축목표"]),
        ("세계인권선언 채택", ["세계인권선언"]),
        ("강경화 외교부 장관은", ["외교부 장관"]),
        ("정현우 외교부 제2차관이", ["외교부 제2차관"]),
        ("인권이사회 내 논의", ["인권이사회"]),
        ("「다자주의 연대 장관급 회의」에", ["다자주의 연대"]),
    ])
    func longestMatchWins(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func overlapOfEqualLengthGoesToTheListedSpacing() {
        let matcher = TermMatcher(terms: ["국제보건", "보건 협력"], language: .korean)
        #expect(matcher.matches(in: "국제 보건 협력을 강화").map(\.text) == ["보건 협력"])
        #expect(matcher.matches(in: "국제보건 협력").map(\.text) == ["국제보건"])
    }

    // MARK: Latin-script terms in Korean text follow the English rules

    @Test func latinTermsInKoreanText() throws {
        #expect(Self.found("WHO 측은 4월 현재") == ["WHO"])
        #expect(Self.found("ODA 예산이") == ["ODA"])
        #expect(Self.found("WHO는") == ["WHO"])
        #expect(Self.matcher.matches(in: "WHO는").first?.particle == "는")
        #expect(Self.found("who") == [])  // all-capital acronym: case-sensitive
        #expect(Self.found("WHOA") == [])
    }

    @Test func abbreviationInTheParenthesisIsPartOfTheMention() throws {
        var context = TermMatcher.Context()
        let first = Self.matcher.matches(in: "그린 공적개발원조(ODA) 확대", context: &context)
        #expect(first.map(\.text) == ["공적개발원조"])  // not also the Korean-side term ODA
        #expect(first.first?.definedAbbreviation == "ODA")
        let later = Self.matcher.matches(in: "ODA 예산이", context: &context)
        // One mention, two readings: the term ODA and the abbreviation of 공적개발원조.
        #expect(later.map { Self.matcher.terms[$0.term].text } == ["ODA", "공적개발원조"])
        #expect(TermMatch.mentions(later).count == 1)
    }

    // MARK: Normalization

    @Test func decomposedHangulMatchesAndMapsBackToTheOriginal() throws {
        let text = "특히 국제보건규칙을 개선".decomposedStringWithCanonicalMapping
        #expect(text.unicodeScalars.count > "특히 국제보건규칙을 개선".unicodeScalars.count)
        let match = try #require(Self.matcher.matches(in: text).first)
        #expect(Self.matcher.terms[match.term].text == "국제보건규칙")
        #expect(String(text[match.range]) == "국제보건규칙".decomposedStringWithCanonicalMapping)
        #expect(match.particle.map { $0.precomposedStringWithCanonicalMapping } == "을")
    }

    @Test func decomposedGlossaryTermsMatchComposedText() {
        let matcher = TermMatcher(terms: ["국제보건규칙".decomposedStringWithCanonicalMapping], language: .korean)
        #expect(matcher.matches(in: "국제보건규칙을").count == 1)
    }

    @Test func fullWidthAndLookAlikeCharactersFold() throws {
        #expect(Self.found("ＷＨＯ 측은") == ["WHO"])
        let match = try #require(Self.matcher.matches(in: "세계식량계획（ＷＦＰ）과").first)
        #expect(match.particle == "과")
        #expect(Self.found("인도ㆍ태평양 지역") == ["인도·태평양"])  // U+318D, common in Korean documents
        #expect(Self.found("인도・태평양 지역") == ["인도·태평양"])  // U+30FB
        #expect(Self.found("코로나１９ 대응") == ["코로나19"])
        #expect(Self.found("국제\u{3000}보건\u{00A0}규칙") == ["국제보건규칙"])  // ideographic and no-break spaces
        #expect(Self.found("국제보건\u{200B}규칙") == ["국제보건규칙"])  // zero-width space
    }

    @Test func rangesPointIntoTheOriginalText() throws {
        let text = "ㅇ 정현우 외교부 제2차관이 주재한 이번 회의에서는"
        let match = try #require(Self.matcher.matches(in: text).first)
        #expect(String(text[match.range]) == "외교부 제2차관")
        #expect(text[..<match.range.lowerBound] == "ㅇ 정현우 ")
    }
}
