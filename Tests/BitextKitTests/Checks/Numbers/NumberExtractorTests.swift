import Foundation
import Testing

@testable import BitextKit

/// One expected mention, written "text = value kind": "1억 달러 = 100000000 amount($)".
private func summary(_ mention: NumberMention) -> String {
    let kind: String
    switch mention.kind {
    case .amount(let currency): kind = "amount(\(currency))"
    case .time(let isAmbiguous): kind = isAmbiguous ? "time?" : "time"
    default: kind = "\(mention.kind)"
    }
    return "\(mention.text) = \(mention.value) \(kind)\(mention.isWord ? " word" : "")"
}

private let koreanCases: [(text: String, expected: [String])] = [
    ("9월 25일(금)", ["9월 = 9 month", "25일 = 25 day", "(금) = 5 weekday word"]),
    ("9.25.(금)", ["9 = 9 month", "25 = 25 day", "(금) = 5 weekday word"]),
    (
        "10.31.(일)~11.13.(토)",
        [
            "10 = 10 month", "31 = 31 day", "(일) = 7 weekday word", "11 = 11 month", "13 = 13 day",
            "(토) = 6 weekday word",
        ]
    ),
    ("2022. 11. 14.", ["2022 = 2022 year", "11 = 11 month", "14 = 14 day"]),
    ("8.19.(금) 0시부로", ["8 = 8 month", "19 = 19 day", "(금) = 5 weekday word", "0시 = 0 time"]),
    ("오후 3시 30분", ["오후 3시 30분 = 15.5 time"]),
    ("3시", ["3시 = 3 time?"]),
    ("제75차 유엔총회", ["제75차 = 75 ordinal"]),
    ("외교부 제2차관", ["제2차 = 2 ordinal"]),
    ("협정 제2조에 따라", ["제2조 = 2 ordinal"]),
    ("3조에 따라", ["3조 = 3 cardinal"]),
    ("2조 달러", ["2조 달러 = 2000000000000 amount($)"]),
    ("4조 7,771억 원으로", ["4조 7,771억 원 = 4777100000000 amount(KRW)"]),
    ("1억 2천만 달러", ["1억 2천만 달러 = 120000000 amount($)"]),
    ("약 3,800만 회분", ["3,800만 = 38000000 cardinal"]),
    ("약 4만 명", ["4만 = 40000 cardinal"]),
    ("3만5천명", ["3만5천명 = 35000 cardinal"]),
    ("100여 개국", ["100여 = 100 cardinal"]),
    ("약 20개국", ["20개국 = 20 cardinal"]),
    ("총 5차례", ["5차례 = 5 cardinal"]),
    ("75주년", ["75주년 = 75 ordinal"]),
    ("A씨(20대)", ["20대 = 20 decade"]),
    ("1960년대", ["1960년대 = 1960 decade"]),
    ("향후 3년간", ["3년 = 3 cardinal"]),
    ("2018년 대비 40% 감축", ["2018년 = 2018 year", "40% = 40 percent"]),
    ("2%p 상승", ["2%p = 2 percent"]),
    ("24시간", ["24시간 = 24 cardinal"]),
    ("2024-2026년", ["2024 = 2024 year", "2026년 = 2026 year"]),
    ("코로나19로 인해", ["코로나19 = 19 name"]),
    ("(+82-2-3210-0404)", ["+82-2-3210-0404 = 232100404 telephone"]),
    ("다섯 번째로", ["다섯 번째 = 5 ordinal word"]),
    ("세 가지", ["세 가지 = 3 cardinal word"]),
    ("어느 한 나라", ["한 나라 = 1 cardinal word"]),
    ("양 장관은", ["양 = 2 cardinal word"]),
    ("한미 양국이", ["양 = 2 cardinal word"]),
    ("첫째, 둘째", ["첫째 = 1 ordinal word", "둘째 = 2 ordinal word"]),
    ("1,000원을", ["1,000원 = 1000 amount(KRW)"]),
    ("100엔화", ["100엔 = 100 amount(JPY)"]),
    // Not numbers
    ("노력을 한 결과, 세계 여러 나라와 회의를 열 예정", []),
    ("양해각서, 양자 회담, 다양한 태평양 국가", []),
    ("한미동맹, 한-미 외교장관회담, 북한의 잇따른 발사", []),
    ("1인당 GDP, 2차적 피해, 6·25 전쟁", []),
]

private let englishCases: [(text: String, expected: [String])] = [
    ("September 25", ["September = 9 month word", "25 = 25 day"]),
    ("Sept. 25 (Fri.)", ["Sept. = 9 month word", "25 = 25 day", "Fri. = 5 weekday word"]),
    ("25 September 2020", ["25 = 25 day", "September = 9 month word", "2020 = 2020 year"]),
    ("00:00 on Aug. 19 (Fri.)", ["00:00 = 0 time", "Aug. = 8 month word", "19 = 19 day", "Fri. = 5 weekday word"]),
    ("3:30 p.m.", ["3:30 p.m. = 15.5 time"]),
    ("in May and may", ["May = 5 month word"]),
    ("May I say", []),
    ("the 75th session", ["75th = 75 ordinal"]),
    ("Second Vice Minister", ["Second = 2 ordinal word"]),
    ("the twenty-first century", ["twenty-first = 21 ordinal word"]),
    ("one hundred and five", ["one hundred and five = 105 cardinal word"]),
    ("over Three Years", ["Three = 3 cardinal word"]),
    ("twice", ["twice = 2 cardinal word"]),
    ("USD 100 Million", ["USD 100 Million = 100000000 amount(USD)"]),
    ("US$100,000,000", ["US$100,000,000 = 100000000 amount(USD)"]),
    ("$100 million", ["$100 million = 100000000 amount($)"]),
    ("KRW 4.7771 trillion", ["KRW 4.7771 trillion = 4777100000000 amount(KRW)"]),
    ("4.7771 trillion won", ["4.7771 trillion won = 4777100000000 amount(KRW)"]),
    ("about 38 million doses", ["38 million = 38000000 cardinal"]),
    ("50,000 tons", ["50,000 = 50000 cardinal"]),
    ("3.5 percent", ["3.5 percent = 3.5 percent"]),
    ("up 14.2 per cent", ["14.2 per cent = 14.2 percent"]),
    ("a 40% reduction", ["40% = 40 percent"]),
    ("in his 20s", ["20s = 20 decade"]),
    ("the 1960s", ["1960s = 1960 decade"]),
    ("Article II and Title IV", ["II = 2 cardinal", "IV = 4 cardinal"]),
    ("COVID-19, COP26 and the G20", ["COVID-19 = 19 name", "COP26 = 26 name", "G20 = 20 name"]),
    ("Tel. No. +82-2-3210-0404", ["+82-2-3210-0404 = 232100404 telephone"]),
    ("the 2024-2026 term", ["2024 = 2024 year", "2026 = 2026 year"]),
    ("a 24-hour center", ["24 = 24 cardinal"]),
    ("No one is safe", ["one = 1 cardinal word"]),
    // Not numbers
    ("the U.S. and the U.K.", []),
    ("Mr. A, a Korean national", []),
    ("I said that e.g., ROK-U.S.-Japan cooperation is key", []),
    ("the Sun was out on a sunny Sat", []),
]

/// What the extractor finds in a text, with its value, kind and extent.
@Suite struct NumberExtractorTests {
    @Test(arguments: koreanCases)
    func koreanMentions(text: String, expected: [String]) {
        #expect(NumberExtractor.mentions(in: text, language: .korean).map(summary) == expected)
    }

    @Test(arguments: englishCases)
    func englishMentions(text: String, expected: [String]) {
        #expect(NumberExtractor.mentions(in: text, language: .english).map(summary) == expected)
    }

    @Test func rangesPointIntoTheText() {
        let text = "외교부는 8.19.(금) 0시부로 3개 지역에 1억 달러를 지원하며, 제75차 회의는 9월 25일에 열린다."
        let mentions = NumberExtractor.mentions(in: text, language: .korean)
        #expect(mentions.count == 9)
        for mention in mentions {
            #expect(String(text[mention.range]) == mention.text)
        }
        #expect(mentions.map(\.range.lowerBound) == mentions.map(\.range.lowerBound).sorted())
    }

    /// Extraction must stay linear in an adversarial text (see `Growth`).
    @Test func extractionIsLinear() {
        let unit =
            "제75차 9.25.(금) 1억 달러, USD 100 million on Sept. 25 (Fri.), 양 장관 COVID-19 +82-2-3210-0404 1,000,000 "
            + "one hundred and one hundred " + String(repeating: "1-", count: 50) + String(repeating: "가", count: 200)
            + " "
        let ratio = Growth.timeRatio(base: 100, input: { String(repeating: unit, count: $0) }) { text in
            _ = NumberExtractor.mentions(in: text, language: .korean)
            _ = NumberExtractor.mentions(in: text, language: .english)
        }
        #expect(ratio < Growth.linearLimit, "\(Growth.sizeRatio)× the copies took \(ratio)× as long")
    }
}
