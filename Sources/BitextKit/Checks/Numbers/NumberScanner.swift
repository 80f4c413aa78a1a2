import Foundation

/// Reads the tokens of one text from left to right and collects the numbers in it.
///
/// Every rule looks at most a few tokens before or after its position and then moves past
/// what it matched, so a scan is linear in the length of the text. The rules common to both
/// languages (digits, separators, dates written with digits, times, telephone numbers, names
/// with digits, percentages, currency symbols) are here; the word rules of each language are in
/// `NumberScanner+English.swift` and `NumberScanner+Korean.swift`.
struct NumberScanner {
    let text: String
    let language: TextLanguage
    let tokens: [NumberToken]
    private(set) var mentions: [NumberMention] = []
    /// The token right after the last month name, so that the number after "Sept." is read as a day.
    var monthEnd: Int?

    init(text: String, language: TextLanguage) {
        self.text = text
        self.language = language
        self.tokens = NumberToken.tokens(in: text)
    }

    /// All mentions, in text order.
    mutating func scan() -> [NumberMention] {
        var index = 0
        while index < tokens.count {
            let next: Int?
            switch tokens[index].kind {
            case .digits: next = scanDigits(at: index)
            case .latinWord: next = language == .english ? scanEnglishWord(at: index) : scanRomanNumeral(at: index)
            case .hangulWord: next = language == .korean ? scanKoreanWord(at: index) : nil
            case .symbol:
                next = scanCircledNumber(at: index) ?? (language == .korean ? scanKoreanWeekdayMark(at: index) : nil)
            case .space: next = nil
            }
            index = max(next ?? index + 1, index + 1)
        }
        return mentions
    }

    mutating func add(
        _ value: Decimal, _ kind: NumberMention.Kind, _ range: Range<String.Index>, isWord: Bool = false
    ) {
        mentions.append(
            NumberMention(value: value, kind: kind, text: String(text[range]), range: range, isWord: isWord))
    }

    mutating func add(_ reading: Reading) {
        add(reading.value, reading.kind, reading.start..<reading.end, isWord: reading.isWord)
    }
}

// MARK: - Token access

extension NumberScanner {
    subscript(safe index: Int) -> NumberToken? { tokens.indices.contains(index) ? tokens[index] : nil }

    func isSymbol(_ index: Int, _ symbol: Character) -> Bool { self[safe: index]?.is(symbol) ?? false }
    func isKind(_ index: Int, _ kind: NumberToken.Kind) -> Bool { self[safe: index]?.kind == kind }

    /// `index`, or the token after it when `index` is a run of spaces.
    func skippingSpace(_ index: Int) -> Int { isKind(index, .space) ? index + 1 : index }
    /// `index`, or the token before it when `index` is a run of spaces.
    func skippingSpaceBackward(_ index: Int) -> Int { isKind(index, .space) ? index - 1 : index }

    /// The word after one space (not after punctuation): "million" in "100 million".
    func wordAfterSpace(_ index: Int) -> Int? {
        guard isKind(index, .space), let word = self[safe: index + 1],
            word.kind == .latinWord || word.kind == .hangulWord
        else { return nil }
        return index + 1
    }
}

// MARK: - Numbers written with digits

extension NumberScanner {
    /// A number being read: its value and kind so far, its extent, and the token to go on from.
    struct Reading {
        var value: Decimal
        var kind: NumberMention.Kind = .cardinal
        var start: String.Index
        var end: String.Index
        /// The first token after the number.
        var next: Int
        var isWord = false
        /// Korean "제" before the digits ("제75차", "제2조"): an ordinal, and never 조 = trillion.
        var hasOrdinalPrefix = false
        /// Digits, thousands separators and decimals as written, to tell "2030" (a year) from "2,030".
        var isPlainInteger = true
        var digitCount = 0
        /// A currency code or symbol before the number ("USD 100", "US$100").
        var currency: String?
        /// Digits in an idiom that translations do not render as a number ("1인당" = per capita).
        var isIdiom = false
    }

    /// Digits with thousands separators and an optional decimal part: "4,000", "4.7771", "2030".
    struct Numeral {
        var value: Decimal
        var end: Int
        var isPlainInteger: Bool
        var digitCount: Int
    }

    func readNumeral(at index: Int) -> Numeral {
        var digits = String(tokens[index].text)
        var end = index + 1
        var isPlainInteger = true
        if digits.count <= 3 {
            while isSymbol(end, ","), let group = self[safe: end + 1], group.kind == .digits, group.text.count == 3 {
                digits += group.text
                end += 2
                isPlainInteger = false
            }
        }
        if isSymbol(end, "."), let fraction = self[safe: end + 1], fraction.kind == .digits {
            digits += "." + fraction.text
            end += 2
            isPlainInteger = false
        }
        return Numeral(value: Self.decimal(digits), end: end, isPlainInteger: isPlainInteger, digitCount: digits.count)
    }

    static func decimal(_ digits: some StringProtocol) -> Decimal {
        Decimal(string: String(digits), locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    static func power(_ exponent: Int) -> Decimal { Decimal(sign: .plus, exponent: exponent, significand: 1) }

    static func isInteger(_ value: Decimal) -> Bool {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == value
    }

    mutating func scanDigits(at index: Int) -> Int {
        if let next = scanISODate(at: index) ?? scanTelephone(at: index) ?? scanName(at: index) {
            return next
        }
        if let next = scanDottedDate(at: index) ?? scanClockTime(at: index) ?? skipKoreanWarName(at: index) {
            return next
        }
        return scanQuantity(at: index)
    }

    /// A count, ordinal, amount, percentage, year… : the digits and what is written around them.
    private mutating func scanQuantity(at index: Int) -> Int {
        let numeral = readNumeral(at: index)
        var reading = Reading(
            value: numeral.value, start: tokens[index].range.lowerBound, end: tokens[numeral.end - 1].range.upperBound,
            next: numeral.end, isPlainInteger: numeral.isPlainInteger, digitCount: numeral.digitCount)
        if let (currency, start) = currencyBefore(index) {
            reading.currency = currency
            reading.start = start
        }
        if language == .korean, let prefix = self[safe: index - 1], prefix.kind == .hangulWord, prefix.text == "제" {
            reading.hasOrdinalPrefix = true
            reading.kind = .ordinal
            reading.start = prefix.range.lowerBound
        }
        if !readPercentSign(&reading), !readLatinSuffix(&reading) {
            switch language {
            case .korean: readKoreanSuffix(&reading, digitsAt: index)
            case .english: readEnglishFollowingWords(&reading, digitsAt: index)
            }
        }
        if reading.isIdiom { return reading.next }
        if reading.kind == .cardinal, reading.isPlainInteger, reading.digitCount == 4,
            (1000...2999).contains(reading.value)
        {
            reading.kind = .year
        }
        if let currency = reading.currency, reading.kind == .cardinal || reading.kind == .year {
            reading.kind = .amount(currency: currency)
        }
        add(reading)
        return reading.next
    }

    /// A currency symbol or code right before the digits: "$", "US$", "USD ", "KRW ", "₩".
    func currencyBefore(_ index: Int) -> (code: String, start: String.Index)? {
        let previous = skippingSpaceBackward(index - 1)
        guard let token = self[safe: previous] else { return nil }
        if token.kind == .symbol, let first = token.text.first, let code = NumberVocabulary.currencySymbols[first] {
            if code == "$", let head = self[safe: previous - 1], head.kind == .latinWord,
                let full = NumberVocabulary.dollarPrefixes[String(head.text)]
            {
                return (full, head.range.lowerBound)
            }
            return (code, token.range.lowerBound)
        }
        if token.kind == .latinWord, NumberVocabulary.currencyCodes.contains(String(token.text)) {
            return (token.text == "RMB" ? "CNY" : String(token.text), token.range.lowerBound)
        }
        return nil
    }

    /// "40%", "40 %", "40％", "2%p".
    private func readPercentSign(_ reading: inout Reading) -> Bool {
        let sign = isSymbol(reading.next, "%") || isSymbol(reading.next, "％") ? reading.next : reading.next + 1
        guard isSymbol(sign, "%") || isSymbol(sign, "％"), sign == reading.next || isKind(reading.next, .space) else {
            return false
        }
        reading.kind = .percent
        reading.next = sign + 1
        if let point = self[safe: sign + 1], point.kind == .latinWord, point.text == "p" { reading.next += 1 }
        reading.end = tokens[reading.next - 1].range.upperBound
        return true
    }

    /// Letters written onto the digits: "75th", "1960s", "20’s", "2bn", "5km"; "5G" is a name.
    private func readLatinSuffix(_ reading: inout Reading) -> Bool {
        var suffixIndex = reading.next
        if isSymbol(suffixIndex, "’") || isSymbol(suffixIndex, "'"), self[safe: suffixIndex + 1]?.text == "s" {
            suffixIndex += 1
        }
        guard let suffix = self[safe: suffixIndex], suffix.kind == .latinWord else { return false }
        let word = suffix.lowercased
        if ["st", "nd", "rd", "th"].contains(word) {
            reading.kind = .ordinal
        } else if word == "s" {
            reading.kind = Self.isInteger(reading.value / 10) ? .decade : .cardinal
        } else if let scale = NumberVocabulary.englishScales[word], word.count == 2 {
            reading.value *= scale
            reading.isPlainInteger = false
        } else if reading.currency != nil, word == "m" || word == "k" {
            reading.value *= word == "m" ? 1_000_000 : 1_000  // "$1.5m", "USD 500k"
            reading.isPlainInteger = false
        } else if word == "am" || word == "pm" {
            guard let time = clockTime(hour: reading.value, minutes: 0, isPM: word == "pm", leadingZero: false) else {
                return false
            }
            reading.value = time.value
            reading.kind = time.kind
        } else if suffix.text.first?.isUppercase == true {
            reading.kind = .name
        } else {
            reading.isPlainInteger = false  // a unit: "5km", "10kg"
        }
        reading.next = suffixIndex + 1
        reading.end = suffix.range.upperBound
        return true
    }
}

// MARK: - List labels

extension NumberScanner {
    /// "①" … "⑳": list labels, which a translation may render as "(1)", "first" or leave out,
    /// so they count like number words.
    mutating func scanCircledNumber(at index: Int) -> Int? {
        guard let scalar = tokens[index].text.unicodeScalars.first, (0x2460...0x2473).contains(scalar.value) else {
            return nil
        }
        add(Decimal(Int(scalar.value) - 0x2460 + 1), .cardinal, tokens[index].range, isWord: true)
        return index + 1
    }
}

// MARK: - Dates, times, telephone numbers and names written with digits

extension NumberScanner {
    /// "2022-11-14": year, month and day.
    private mutating func scanISODate(at index: Int) -> Int? {
        guard tokens[index].text.count == 4, isSymbol(index + 1, "-"), let month = self[safe: index + 2],
            month.kind == .digits, month.text.count <= 2, isSymbol(index + 3, "-"), let day = self[safe: index + 4],
            day.kind == .digits, day.text.count <= 2, !(isSymbol(index + 5, "-") && isKind(index + 6, .digits))
        else { return nil }
        return addDate(year: index, month: index + 2, day: index + 4, end: index + 5)
    }

    /// Korean "9.25.", "4.16(금)", "2022.11.14." and "2022. 11. 14.": month and day (and year).
    private mutating func scanDottedDate(at index: Int) -> Int? {
        if isSymbol(index - 1, ".") { return nil }
        let digits = tokens[index].text
        if digits.count == 4, isSymbol(index + 1, ".") {
            // Year first; spaces after the dots only in Korean, where "2022. 11. 14." is the official style.
            let month = language == .korean ? skippingSpace(index + 2) : index + 2
            guard let monthToken = self[safe: month], monthToken.kind == .digits, monthToken.text.count <= 2,
                isSymbol(month + 1, ".")
            else { return nil }
            let day = language == .korean ? skippingSpace(month + 2) : month + 2
            guard let dayToken = self[safe: day], dayToken.kind == .digits, dayToken.text.count <= 2,
                !(isSymbol(day + 1, ".") && isKind(day + 2, .digits))
            else { return nil }
            return addDate(year: index, month: month, day: day, end: isSymbol(day + 1, ".") ? day + 2 : day + 1)
        }
        // Month first: Korean only, and only with the closing dot or a weekday mark, so that "4.17%" stays a decimal.
        guard language == .korean, digits.count <= 2, isSymbol(index + 1, "."), let day = self[safe: index + 2],
            day.kind == .digits, day.text.count <= 2
        else { return nil }
        let closed = isSymbol(index + 3, ".") && !isKind(index + 4, .digits)
        guard closed || isSymbol(index + 3, "(") else { return nil }
        return addDate(year: nil, month: index, day: index + 2, end: closed ? index + 4 : index + 3)
    }

    /// Adds the parts of a date if they are a valid month and day; returns the token after it.
    private mutating func addDate(year: Int?, month: Int, day: Int, end: Int) -> Int? {
        let monthValue = Self.decimal(tokens[month].text)
        let dayValue = Self.decimal(tokens[day].text)
        guard (1...12).contains(monthValue), (1...31).contains(dayValue) else { return nil }
        if let year { add(Self.decimal(tokens[year].text), .year, tokens[year].range) }
        add(monthValue, .month, tokens[month].range)
        add(dayValue, .day, tokens[day].range)
        return end
    }

    /// "00:00", "14:30", "3:30 p.m."; Korean "오후 3:30".
    private mutating func scanClockTime(at index: Int) -> Int? {
        let hour = tokens[index].text
        guard hour.count <= 2, !isSymbol(index - 1, ":"), isSymbol(index + 1, ":"), let minutes = self[safe: index + 2],
            minutes.kind == .digits, minutes.text.count == 2
        else { return nil }
        var next = index + 3
        if isSymbol(next, ":"), let seconds = self[safe: next + 1], seconds.kind == .digits, seconds.text.count == 2 {
            next += 2
        }
        var start = tokens[index].range.lowerBound
        var isPM: Bool?
        if let (pm, end) = meridiemAfter(next) {
            isPM = pm
            next = end
        } else if let (pm, meridiemStart) = koreanMeridiemBefore(index) {
            isPM = pm
            start = meridiemStart
        }
        guard
            let time = clockTime(
                hour: Self.decimal(hour), minutes: Self.decimal(minutes.text), isPM: isPM,
                leadingZero: hour.count == 2 && hour.first == "0")
        else { return nil }
        add(time.value, time.kind, start..<tokens[next - 1].range.upperBound)
        return next
    }

    /// The value and kind of a time of day, or nil if it is not one.
    func clockTime(hour: Decimal, minutes: Decimal, isPM: Bool?, leadingZero: Bool) -> (
        value: Decimal, kind: NumberMention.Kind
    )? {
        guard (0...24).contains(hour), (0..<60).contains(minutes), Self.isInteger(hour) else { return nil }
        var hours = hour
        switch isPM {
        case true?:
            guard hour <= 12 else { return nil }
            if hour < 12 { hours += 12 }
        case false?:
            guard hour <= 12 else { return nil }
            if hour == 12 { hours = 0 }
        case nil:
            break
        }
        let isAmbiguous = isPM == nil && !leadingZero && (1...12).contains(hour)
        return (hours + minutes / 60, .time(isAmbiguous: isAmbiguous))
    }

    /// "a.m.", "p.m.", "am", "PM" after a time: whether it is p.m., and the token after it.
    func meridiemAfter(_ index: Int) -> (isPM: Bool, end: Int)? {
        let start = skippingSpace(index)
        guard let word = self[safe: start], word.kind == .latinWord else { return nil }
        switch word.lowercased {
        case "am", "pm":
            return (word.lowercased == "pm", start + 1)
        case "a", "p":
            guard isSymbol(start + 1, "."), self[safe: start + 2]?.lowercased == "m" else { return nil }
            return (word.lowercased == "p", isSymbol(start + 3, ".") ? start + 4 : start + 3)
        default:
            return nil
        }
    }

    /// Korean "오전"/"오후" right before a time: whether it is p.m., and where the time then starts.
    func koreanMeridiemBefore(_ index: Int) -> (isPM: Bool, start: String.Index)? {
        guard language == .korean, let word = self[safe: skippingSpaceBackward(index - 1)], word.kind == .hangulWord,
            word.text == "오전" || word.text == "오후"
        else { return nil }
        return (word.text == "오후", word.range.lowerBound)
    }

    /// "+82-2-3210-0404", "02-3210-0404": one telephone number, compared as digits without the
    /// country code or the leading 0, so that the international and domestic forms are equal.
    private mutating func scanTelephone(at index: Int) -> Int? {
        let international = isSymbol(index - 1, "+") && !isKind(index - 2, .digits)
        var groups = [tokens[index].text]
        var next = index + 1
        while let separator = self[safe: next], let group = self[safe: next + 1], group.kind == .digits {
            let isSeparator =
                separator.is("-") || (international && (separator.is(".") || separator.text == " "))
            guard isSeparator else { break }
            groups.append(group.text)
            next += 2
        }
        guard groups.count >= 3 else { return nil }
        if international { groups.removeFirst() }
        let local = groups.joined().drop(while: { $0 == "0" })
        let start = international ? tokens[index - 1].range.lowerBound : tokens[index].range.lowerBound
        add(Self.decimal(local.isEmpty ? "0" : local), .telephone, start..<tokens[next - 1].range.upperBound)
        return next
    }

    /// Digits written onto a word: "COP26", "G20", "코로나19", "COVID-19", "H1N1".
    private mutating func scanName(at index: Int) -> Int? {
        guard let previous = self[safe: index - 1] else { return nil }
        let head: Int
        if previous.kind == .latinWord || previous.kind == .hangulWord {
            head = index - 1
        } else if previous.is("-"), let word = self[safe: index - 2],
            word.kind == .latinWord || word.kind == .hangulWord
        {
            head = index - 2
        } else {
            return nil
        }
        let word = tokens[head]
        // "9월25일": the word belongs to the number before it.
        if isKind(head - 1, .digits) { return nil }
        switch word.kind {
        case .latinWord:
            if NumberVocabulary.currencyCodes.contains(String(word.text)) { return nil }
            // "mid-1990s", "pre-2020": a prefix, not a name.
            if head == index - 2, !word.text.contains(where: \.isUppercase) { return nil }
            if head == index - 2, ["mid", "pre", "post", "non", "over", "under", "top"].contains(word.lowercased) {
                return nil
            }
        default:
            if NumberVocabulary.koreanNumberPrefixes.contains(String(word.text)) { return nil }
        }
        var digits = String(tokens[index].text)
        var next = index + 1
        while let letters = self[safe: next], letters.kind == .latinWord, letters.text.first?.isUppercase == true,
            let more = self[safe: next + 1], more.kind == .digits
        {
            digits += more.text
            next += 2
        }
        add(Self.decimal(digits), .name, word.range.lowerBound..<tokens[next - 1].range.upperBound)
        return next
    }
}
