@testable import BitextKit
import Foundation
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

/// The segmenter gives what running every rule over the whole text gives, the way it used to run.
@Suite struct SentenceSegmenterEquivalenceTests {
    /// The former segmenter: every rule over the whole text with `NSRegularExpression`, the first
    /// rule (in SRX order) to match at a position deciding there, and the pieces between breaks
    /// cut from an `NSString` and trimmed by Foundation.
    static func everyRuleEverywhere(_ text: String, _ locale: String) throws -> [String] {
        let rules = try Catalog.shipped.sentenceRules.rules(for: locale).map { rule in
            (rule.isBreak, try NSRegularExpression(pattern: "(?:\(rule.before))(?=\(rule.after))"))
        }
        let string = text as NSString
        var decisions: [Int: Bool] = [:]
        for (isBreak, expression) in rules {
            for match in expression.matches(in: text, range: NSRange(location: 0, length: string.length)) {
                let position = match.range.location + match.range.length
                if decisions[position] == nil { decisions[position] = isBreak }
            }
        }
        var sentences: [String] = []
        var start = 0
        func append(_ piece: String) {
            let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { sentences.append(trimmed) }
        }
        for position in decisions.filter(\.value).keys.sorted() where position > start && position < string.length {
            append(string.substring(with: NSRange(location: start, length: position - start)))
            start = position
        }
        append(string.substring(from: start))
        return sentences
    }

    static let hazards = [
        "", "   ", " \n\t ", "One. Two.", "One.  Two.\u{2003}Three!\u{3000}Four?", " Lead and trail. ",
        "Mr. A met Dr. B. Then U.S. Secretary Kim J. Lee spoke. e.g. this. (Fri.) Next.",
        "Decimals 4.17 and 3.5. Dates 9.25.(금) and 10.31. (일) too.",
        "“Quoted.” Next. ‘Single.’ Then.) Also.] End.",
        "Emoji 🌍. After 🇰🇷! Then 👩‍👩‍👧.", "Combining e\u{301}. \u{301}starts here. Last.",
        "Hangul jamo \u{1100}\u{1161}. 다음 문장.", "CR\r\nline. Next\u{2028}one. Last\u{85}one.",
        "장관은 회의에 참석했다. 장관은 협력을 강조했다고 밝혔다.", "“협력이 중요하다.”라고 말했다. 이어서 떠났다.",
        "…Ellipsis… then。 Ideographic。 Full！ stop？ done.", "A.B.C. Dee. X. Y. Z.", "No break at all",
    ]

    /// Every block of the bundled example releases, in both languages.
    static func exampleBlocks() throws -> [(String, String)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/releases")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().flatMap { name in
            let release = try Catalog.loader.load(folder.appendingPathComponent(name).path)
            return ([release.title] + release.allBlocks.map(\.text)).map { ($0, release.locale) }
        }
    }

    @Test(arguments: ["ko-KR", "en-US"])
    func hazardsSplitAsEveryRuleEverywhere(locale: String) throws {
        let segmenter = try SentenceSegmenter(rules: Catalog.shipped.sentenceRules, language: locale)
        for text in Self.hazards {
            #expect(segmenter.sentences(in: text) == (try Self.everyRuleEverywhere(text, locale)), "\(text)")
        }
    }

    @Test func exampleReleasesSplitAsEveryRuleEverywhere() throws {
        for (text, locale) in try Self.exampleBlocks() {
            let segmenter = try SentenceSegmenter(rules: Catalog.shipped.sentenceRules, language: locale)
            #expect(segmenter.sentences(in: text) == (try Self.everyRuleEverywhere(text, locale)), "\(text)")
        }
    }

    /// A sentence may start with a combining mark after a space: its range starts at the mark,
    /// where slicing the text by characters would not.
    @Test func rangesAreScalarBoundaries() throws {
        let segmenter = try SentenceSegmenter(rules: Catalog.shipped.sentenceRules, language: "en-US")
        let text = "One. \u{301}Two."
        let ranges = segmenter.sentenceRanges(in: text)
        #expect(ranges.map { String(text.unicodeScalars[$0]) } == ["One.", "\u{301}Two."])
    }
}
