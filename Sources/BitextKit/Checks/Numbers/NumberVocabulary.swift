import Foundation

/// The words the number scanner knows: number words, month and weekday names, scales, currencies and counters.
///
/// English words are `LatinWord`s and Korean ones scalars, so that the scanner compares them with
/// a text's characters without making a `String` of each word it reads.
enum NumberVocabulary {
    // MARK: English

    static let englishCardinals: LatinWordTable<Int> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let englishTens: LatinWordTable<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let englishOrdinals: LatinWordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]
    /// Scale words after a number ("100 million", "two thousand"); "hundred" only inside word numbers.
    static let englishScales: LatinWordTable<NumberValue> = [
        "thousand": .power(3), "million": .power(6), "billion": .power(9), "trillion": .power(12),
        "bn": .power(9), "mn": .power(6), "tn": .power(12),
    ]
    static let englishOrdinalScales: LatinWordTable<NumberValue> = [
        "hundredth": .power(2), "thousandth": .power(3), "millionth": .power(6),
    ]
    /// Other words that stand for a number: "twice" = "2회", "a decade" = "10년", "trilateral" = "3국".
    static let englishNumberNouns: LatinWordTable<Int> = [
        "once": 1, "twice": 2, "thrice": 3, "dozen": 12, "decade": 10, "bilateral": 2,
        "trilateral": 3, "quadrilateral": 4,
    ]

    /// Capitalized month names; an abbreviation counts only before "." or a day number.
    static let englishMonths: LatinWordTable<Int> = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12,
    ]
    static let englishMonthAbbreviations: LatinWordTable<Int> = [
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
        "Nov": 11, "Dec": 12,
    ]
    /// Words before "May" that make it the month and not the verb ("in May", "mid-May").
    static let wordsBeforeMonth: LatinWordSet = [
        "in", "of", "since", "until", "till", "by", "from", "to", "early", "late", "mid", "last", "next", "this",
        "end", "on", "during", "before", "after", "through", "between", "and",
    ]

    static let englishWeekdays: LatinWordTable<Int> = [
        "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6, "Sunday": 7,
    ]
    static let englishWeekdayAbbreviations: LatinWordTable<Int> = [
        "Mon": 1, "Tue": 2, "Tues": 2, "Wed": 3, "Thu": 4, "Thur": 4, "Thurs": 4, "Fri": 5, "Sat": 6, "Sun": 7,
    ]

    /// Words after which a Roman numeral is a number ("Article II", "Title IV", "World War II").
    /// Elsewhere "I" is the pronoun and "C", "D", "V" are letters.
    static let romanNumeralHeads: LatinWordSet = [
        "article", "articles", "title", "chapter", "part", "section", "annex", "appendix", "phase", "volume",
        "book", "schedule", "war", "protocol", "stage", "pillar", "round", "tier", "class", "category",
    ]

    /// Currency codes written before or after an amount ("USD 100 million", "100 million USD").
    static let currencyCodes: LatinWordSet = [
        "USD", "KRW", "EUR", "JPY", "CNY", "RMB", "GBP", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "SDR",
    ]
    /// Currency symbols and the letters that may precede "$" ("US$", "A$").
    static let currencySymbols: [Unicode.Scalar: String] = ["$": "$", "₩": "KRW", "€": "EUR", "£": "GBP", "¥": "JPY"]
    static let dollarPrefixes: LatinWordTable<String> = [
        "US": "USD", "U.S.": "USD", "A": "AUD", "C": "CAD", "HK": "HKD", "S": "SGD", "NZ": "NZD",
    ]
    /// Currency words after an amount, lowercased ("100 million dollars", "4.7 trillion won").
    static let englishCurrencyWords: LatinWordTable<String> = [
        "dollar": "$", "dollars": "$", "won": "KRW", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY",
    ]

    // MARK: Korean

    /// Native Korean numerals, written before a counter ("다섯 번째", "세 가지", "두 명").
    static let koreanNatives: [NumberCharacters: Int] = byCharacters([
        "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
        "열한": 11, "열두": 12, "열세": 13, "열네": 14, "열다섯": 15, "열여섯": 16, "열일곱": 17, "열여덟": 18,
        "열아홉": 19, "스무": 20, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50,
    ])
    /// Natives that are also common words ("한" = did, "세" = tax, "네" = yes, "열" = open):
    /// they count only before a counter ("세 가지", "한 명"), never before any noun.
    static let ambiguousKoreanNatives: Set<NumberCharacters> = byCharacters(["한", "두", "세", "네", "열"])
    /// Native ordinals: "첫째", "둘째" … None starts another, so their order does not matter.
    static let koreanNativeOrdinals: [(word: NumberCharacters, value: Int)] = byCharacters([
        "첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4, "다섯째": 5, "여섯째": 6, "일곱째": 7, "여덟째": 8, "아홉째": 9,
        "열째": 10,
    ]).map { ($0.key, $0.value) }
    /// Counters (bound nouns) after a number, longest first so that "차례" wins over "차".
    static let koreanCounters: [NumberCharacters] = [
        "번째", "차례", "가지", "개국", "개월", "군데", "사람", "시간", "주년", "나라", "단계", "명", "개", "번", "곳",
        "건", "분", "해", "달", "주", "척", "대", "권", "편", "마리", "살", "배", "쌍", "부", "장", "기", "팀", "종",
        "회", "차", "위", "호", "항", "조", "국", "톤", "일", "년", "월", "초", "인",
    ].map { NumberCharacters($0.unicodeScalars) }
    /// Currency words after a Korean amount.
    static let koreanCurrencies: [(word: NumberCharacters, code: String)] = [
        ("달러", "$"), ("유로", "EUR"), ("위안", "CNY"), ("파운드", "GBP"), ("원", "KRW"), ("엔", "JPY"),
    ].map { (NumberCharacters($0.unicodeScalars), $1) }
    /// Syllables that may follow "원" or "엔" when it is the currency and not the start of a word
    /// ("원으로", "원의" but not "원칙", "엔진").
    static let koreanParticleStarts: Set<Unicode.Scalar> = [
        "으", "을", "의", "이", "에", "은", "과", "와", "도", "만", "까", "씩", "가", "어", "규", "짜", "화",
    ]
    /// Hangul words that may be written right before digits without making them part of a name
    /// ("약20개국", "오후3시"), unlike "코로나19".
    static let koreanNumberPrefixes: Set<NumberCharacters> = byCharacters([
        "제", "약", "총", "각", "매", "단", "전", "첫", "최대", "최소", "최고", "최저", "오전", "오후", "연", "연간", "연평균",
        "불과", "무려", "향후", "지난", "올해", "금년", "작년", "내년", "현재", "이후", "이전",
    ])
    /// The weekday marks of Korean dates, "(금)" = Friday = 5.
    static let koreanWeekdays: [Unicode.Scalar: Int] = ["월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7]

    /// Korean words keyed by their characters, to look up a slice of `NumberText.characters`.
    private static func byCharacters<Value>(_ words: [String: Value]) -> [NumberCharacters: Value] {
        Dictionary(uniqueKeysWithValues: words.map { (NumberCharacters($0.key.unicodeScalars), $0.value) })
    }

    private static func byCharacters(_ words: [String]) -> Set<NumberCharacters> {
        Set(words.map { NumberCharacters($0.unicodeScalars) })
    }
}
