@testable import BitextKit
import Testing

struct SentenceSegmenterTests {
    static func split(_ text: String, _ locale: String) throws -> [String] {
        try SentenceSegmenter(rules: Catalog.shipped.sentenceRules, language: locale).sentences(in: text)
    }

    @Test(arguments: [
        "The U.S. Secretary met Mr. A on Nov. 13 (Fri.) in Seoul.",
        "Contact the Call Center (Tel. No. +82-2-3210-0404).",
        "Be careful, e.g., free airline tickets and accommodation.",
        "The rate was 4.17% and KRW 4.7771 trillion was pledged.",
        "He said, “No one is safe until everyone is safe,” and left.",
        "It took effect at 00:00 on Aug. 19 (Fri.) for three areas.",
    ])
    func englishHazardsDoNotBreak(text: String) throws {
        #expect(try Self.split(text, "en-US") == [text])
    }

    @Test func englishSentencesBreak() throws {
        #expect(try Self.split("The meeting ended. The ministers agreed! Did they? Yes.", "en-US")
            == ["The meeting ended.", "The ministers agreed!", "Did they?", "Yes."])
        #expect(try Self.split("He said, “It is done.” Then he left.", "en-US") == ["He said, “It is done.”", "Then he left."])
    }

    @Test func koreanSentencesBreak() throws {
        #expect(try Self.split("장관은 회의에 참석했다. 장관은 협력을 강조했다고 밝혔다.", "ko-KR")
            == ["장관은 회의에 참석했다.", "장관은 협력을 강조했다고 밝혔다."])
        #expect(try Self.split("“협력이 중요하다.”라고 말했다. 이어서 떠났다.", "ko-KR")
            == ["“협력이 중요하다.”라고 말했다.", "이어서 떠났다."])
    }

    @Test(arguments: [
        "9.25.(금) 오전 회의가 열렸다.",
        "10.31.(일)~11.13.(토) 영국에서 개최되었다.",
        "연평균 4.17%의 감축이 필요하다.",
    ])
    func koreanDatesAndDecimalsDoNotBreak(text: String) throws {
        #expect(try Self.split(text, "ko-KR") == [text])
    }
}
