import Testing

@testable import BitextKit

/// Korean and English written differently but saying the same numbers.
private let equalPairs: [(korean: String, english: String)] = [
    // Dates and times
    ("9월 25일", "September 25"),
    ("9월 25일", "Sept. 25"),
    ("9월 25일", "25 September"),
    ("9.25.(금)", "Sept. 25 (Fri.)"),
    ("10.31.(일)~11.13.(토)", "from October 31 (Sun.) to November 13 (Sat.)"),
    ("8.19.(금) 0시부로", "effective 00:00 on Aug. 19 (Fri.)"),
    ("11.13.(일) 오후(현지시간)", "on the afternoon of Nov. 13 (local time)"),
    ("9월 25일(금) 오전", "on the morning of September 25"),
    ("2.27.(월)", "February 27 (Mon.)"),
    ("2022년 11월", "November 2022"),
    ("지난 10월", "in October"),
    ("올해 들어 8월 22일까지", "As of August 22 this year"),
    ("2021년 4월 현재", "as of April 2021"),
    ("2022.11.14.", "November 14, 2022"),
    ("오후 3시", "3 p.m."),
    ("오후 3시 30분", "3:30 p.m."),
    ("3시", "3 p.m."),
    // Ordinals and counts
    ("제75차 유엔총회", "the 75th session of the UN General Assembly"),
    ("외교부 제2차관", "Second Vice Minister of Foreign Affairs"),
    ("외교부 제1차관", "First Vice Minister of Foreign Affairs"),
    ("올해 들어 다섯 번째", "the fifth this year"),
    ("총 5차례", "five times"),
    ("3개 지역", "three areas"),
    ("세 가지 원칙", "three principles"),
    ("스무 명", "twenty people"),
    ("약 20개국", "about 20 countries"),
    ("100여 개국", "more than 100 countries"),
    ("A씨(20대)", "Mr. A, in his 20s"),
    ("1960년대", "in the 1960s"),
    ("75주년", "the 75th anniversary"),
    ("2단계", "Level 2"),
    ("제2조", "Article II"),
    ("제4편", "Title IV"),
    ("제2차 세계대전", "World War II"),
    ("향후 3년간", "over Three Years"),
    // Amounts
    ("1억 달러", "USD 100 million"),
    ("1억 달러", "$100 million"),
    ("1억 달러", "US$100,000,000"),
    ("3년간 1억 달러 지원 발표", "Announces USD 100 Million over Three Years"),
    ("25억 달러", "USD 2.5 billion"),
    ("1,000만 달러", "USD 10 million"),
    ("4,500만 달러", "USD 45 million"),
    ("약 3,800만 회분", "about 38 million doses"),
    ("2,500만", "25 million"),
    ("약 4만 명", "about 40,000 people"),
    ("5만 톤", "50,000 tons"),
    ("10만 톤", "100,000 tons"),
    ("4조 7,771억 원", "KRW 4.7771 trillion"),
    ("4조 7,771억 원으로", "4.7771 trillion won"),
    ("1억 2천만 달러", "USD 120 million"),
    // Percentages
    ("3.5%", "3.5 percent"),
    ("40% 감축", "a 40% reduction"),
    ("연평균 4.17%", "4.17% a year"),
    ("(2030년 30.2%)", "(30.2% by 2030)"),
    ("14.2% 증가", "up 14.2 per cent"),
    // Years, names, telephone numbers
    ("2018년 대비", "from 2018 levels"),
    ("2030년까지", "by 2030"),
    ("2024-2026년 임기", "the 2024-2026 term"),
    ("코로나19", "COVID-19"),
    ("코로나19 백신 ... 코로나19", "COVID-19 vaccines"),
    ("제26차 당사국총회(COP26)", "the 26th session (COP26)"),
    ("G20 정상회의", "the G20 Summit"),
    ("영사콜센터(+82-2-3210-0404)", "Consular Call Center (Tel. No. +82-2-3210-0404)"),
    ("영사콜센터(02-3210-0404)", "Consular Call Center (+82-2-3210-0404)"),
    ("24시간 운영", "24-hour"),
    ("약 40분간", "for about 40 minutes"),
    // Number words with no number on the other side, and things that are not numbers
    ("양 장관은", "The two Ministers"),
    ("한미 양국이", "the ROK and the U.S."),
    ("누구도 안전하지 않다", "No one is safe until everyone is safe"),
    ("잇따라 발생", "occurring one after another"),
    ("어느 한 나라의 노력만으로는", "the efforts of any one country alone"),
    ("미국 측의 지지", "the U.S. support"),
    // Seen in other releases
    ("9.5.(화)~9.11.(월) 제43차 아세안 정상회의", "from September 5 (Tue.) to 11 (Mon.) for the 43rd ASEAN Summit"),
    ("고위급 주간(9.18.-9.26.)", "High-Level Week (September 18-26)"),
    ("총 1만 2,345건으로 8.3% 증가", "a total of 12,345 cases, up 8.3%"),
    ("약 20만 3천 명", "about 203,000 people"),
    ("3억 5천만 달러", "USD 350 million"),
    ("1.5조 원", "KRW 1.5 trillion"),
    ("0.5%p 상승", "up 0.5 percentage points"),
    ("한일중 3국 협력", "trilateral cooperation"),
    ("지난 10년간", "over the past decade"),
    ("한 차례", "once"),
    ("2회", "twice"),
    ("ICBM 4발을 포함, 총 30여 발", "about 30 missiles, including four ICBMs"),
    ("2월 24일(금) 오후 3시(현지시간 오전 6시)", "at 3 p.m. on February 24 (Fri.) (6 a.m. local time)"),
    ("7.1.(월)~7.5.(금)", "July 1-5"),
    ("3분의 2", "two-thirds"),
    ("① 협력 ② 지원", "cooperation and support"),
    ("1인당 GDP", "per capita GDP"),
    ("6·25 전쟁 참전국", "countries that fought in the Korean War"),
    ("A씨", "Mr. A"),
    ("나는", "I"),
    // An ordinal word pairs with an ordinal in digits, and the cardinal word beside it with its own
    ("양 정상은 제2차 회의에서", "the two leaders, at the second meeting"),
]

/// Pairs that differ in a number, with what a Korean → English comparison must report.
private let unequalPairs: [(korean: String, english: String, missing: [String], extra: [String])] = [
    ("9월 25일", "September 26", ["25일"], ["26"]),
    ("9월 25일", "October 25", ["9월"], ["October"]),
    ("9월 25일", "September", ["25일"], []),
    ("1억 달러", "USD 10 million", ["1억 달러"], ["USD 10 million"]),
    ("1억 달러", "EUR 100 million", ["1억 달러"], ["EUR 100 million"]),
    ("40%", "45%", ["40%"], ["45%"]),
    ("40% 감축", "a 40-point reduction", ["40%"], ["40"]),
    ("제75차", "76th", ["제75차"], ["76th"]),
    ("약 20개국", "about 30 countries", ["20개국"], ["30"]),
    ("2018년 대비 40% 감축", "a 40% reduction", ["2018년"], []),
    ("약 20개국", "about 20 countries and 3 organizations", [], ["3"]),
    ("2,500만", "2.5 million", ["2,500만"], ["2.5 million"]),
    ("2,500만", "250 million", ["2,500만"], ["250 million"]),
    ("9.25.(금)", "Sept. 25 (Sat.)", ["(금)"], ["Sat."]),
    ("10.31.(일)~11.13.(토)", "from October 31 (Sun.) to November 12 (Sat.)", ["13"], ["12"]),
    ("8.19.(금) 0시", "01:00 on Aug. 19 (Fri.)", ["0시"], ["01:00"]),
    ("오전 3시", "3 p.m.", ["오전 3시"], ["3 p.m."]),
    ("2022년 11월", "November 2023", ["2022년"], ["2023"]),
    ("지난 10월", "in September", ["10월"], ["September"]),
    ("제2차관", "Third Vice Minister", ["제2차"], []),
    ("총 5차례", "four times", ["5차례"], []),
    ("3개 지역", "two areas", ["3개"], []),
    ("다섯 번째", "the sixth", ["다섯 번째"], ["sixth"]),
    ("약 4만 명", "about 4,000 people", ["4만"], ["4,000"]),
    ("5만 톤", "500,000 tons", ["5만"], ["500,000"]),
    ("25억 달러", "USD 25 billion", ["25억 달러"], ["USD 25 billion"]),
    ("4조 7,771억 원", "KRW 4.7771 billion", ["4조 7,771억 원"], ["KRW 4.7771 billion"]),
    ("4.17%", "4.71%", ["4.17%"], ["4.71%"]),
    ("100여 개국", "more than 10 countries", ["100여"], ["10"]),
    ("A씨(20대)", "in his 30s", ["20대"], ["30s"]),
    ("1960년대", "the 1970s", ["1960년대"], ["1970s"]),
    ("제2조", "Article III", ["제2조"], ["III"]),
    ("G20 정상회의", "the G7 Summit", ["G20"], ["G7"]),
    ("2024-2026년 임기", "the 2024-2025 term", ["2026년"], ["2025"]),
    ("(+82-2-3210-0404)", "(Tel. No. +82-2-3210-0440)", ["+82-2-3210-0404"], ["+82-2-3210-0440"]),
    ("1억 달러", "100 million won", ["1억 달러"], ["100 million won"]),
    ("약 15개국", "about 15 countries, 2 organizations", [], ["2"]),
    ("9.5.(화)~9.11.(월)", "from September 5 (Tue.) to 12 (Tue.)", ["11", "(월)"], ["12", "Tue."]),
    ("총 1만 2,345건", "a total of 12,354 cases", ["1만 2,345건"], ["12,354"]),
    ("500만 달러", "USD 50 million", ["500만 달러"], ["USD 50 million"]),
    ("오후 3시(현지시간 오전 6시)", "3 p.m. (6 p.m. local time)", ["오전 6시"], ["6 p.m."]),
    // A wrong ordinal word next to a cardinal word of its value: "second" is not the "양" (two) of
    // "양 정상", so it cannot hide that "세 번째" became "second" (unseen pairs, Indonesia summit p1.b1).
    ("양 정상 간 세 번째 정상회담으로, 양 정상은", "the second summit between the two leaders, who", ["세 번째"], ["second"]),
]

/// Number agreement between a Korean text and its English translation, in both directions.
@Suite struct NumberComparisonTests {
    @Test(arguments: equalPairs)
    func equalNumbersMatchBothWays(korean: String, english: String) {
        let forward = NumberComparison.compare(
            source: korean, sourceLanguage: .korean, target: english, targetLanguage: .english)
        #expect(forward.isMatch, "ko→en missing \(forward.missing) extra \(forward.extra)")
        let backward = NumberComparison.compare(
            source: english, sourceLanguage: .english, target: korean, targetLanguage: .korean)
        #expect(backward.isMatch, "en→ko missing \(backward.missing) extra \(backward.extra)")
    }

    @Test(arguments: unequalPairs)
    func differentNumbersAreCaught(korean: String, english: String, missing: [String], extra: [String]) {
        let forward = NumberComparison.compare(
            source: korean, sourceLanguage: .korean, target: english, targetLanguage: .english)
        #expect(forward.missing.map(\.text) == missing)
        #expect(forward.extra.map(\.text) == extra)
        // The other way round, what was missing is extra and the reverse.
        let backward = NumberComparison.compare(
            source: english, sourceLanguage: .english, target: korean, targetLanguage: .korean)
        #expect(!backward.isMatch)
        #expect(backward.missing.map(\.text) == extra)
        #expect(backward.extra.map(\.text) == missing)
    }

    @Test func tableSizes() {
        #expect(equalPairs.count >= 40)
        #expect(unequalPairs.count >= 20)
    }

    @Test func englishToEnglishAndKoreanToKorean() {
        #expect(
            NumberComparison.compare(
                source: "USD 2.5 billion", sourceLanguage: .english, target: "$2,500 million", targetLanguage: .english
            ).isMatch)
        #expect(
            NumberComparison.compare(
                source: "9.25.(금)", sourceLanguage: .korean, target: "9월 25일(금요일)", targetLanguage: .korean
            ).isMatch)
    }

    @Test func wordsDoNotTakeThePartnerOfDigits() {
        // "양" (2, a word) and "2개" (digits): the English digits 2 must be paired with the Korean digits.
        let digits = NumberComparison.compare(
            source: "양국이 2개 분야에서", sourceLanguage: .korean, target: "in 2 fields", targetLanguage: .english)
        #expect(digits.isMatch)
        let word = NumberComparison.compare(
            source: "양국이 2개 분야에서", sourceLanguage: .korean, target: "both countries, in two fields",
            targetLanguage: .english)
        #expect(word.isMatch, "the word “two” stands for the digits 2")
    }

    @Test func repeatedValuesAreCounted() {
        let source = "2030년 목표와 2030년 계획"
        let comparison = NumberComparison.compare(
            source: source, sourceLanguage: .korean, target: "the 2030 target and plan", targetLanguage: .english)
        #expect(comparison.missing.map(\.text) == ["2030년"])
        #expect(comparison.missing.first?.range.lowerBound == source.range(of: "2030년 계획")?.lowerBound)
    }
}
