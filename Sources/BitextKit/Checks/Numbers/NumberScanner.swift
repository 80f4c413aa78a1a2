import Foundation

/// Reads the tokens of one text from left to right and collects the numbers in it.
///
/// Every rule looks at most a few tokens before or after its position and then moves past
/// what it matched, so a scan is linear in the length of the text. The rules common to both
/// languages (digits, separators, dates written with digits, times, telephone numbers, names
/// with digits, percentages, currency symbols) are here; the word rules of each language are in
/// `NumberScanner+English.swift` and `NumberScanner+Korean.swift`.
///
/// Positions are those of `NumberText.characters` until a mention is added, and values are
/// `NumberValue`s until then: the scan makes no `String` and no `Decimal` for what is not a number.
struct NumberScanner {
    let text: NumberText
    let language: TextLanguage
    // Copies of `text`'s, read in the scanning loop, where a computed property would retain and
    // release the array on every access (3% more instructions for number checks).
    let tokens: [NumberToken]
    let characters: [Unicode.Scalar]
    private(set) var mentions: [NumberMention] = []
    /// The token right after the last month name, so that the number after "Sept." is read as a day.
    var monthEnd: Int?

    init(text: String, language: TextLanguage) {
        self.text = NumberText(text)
        self.language = language
        self.tokens = self.text.tokens
        self.characters = self.text.characters
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

    mutating func add(_ value: NumberValue, _ kind: NumberMention.Kind, _ range: Range<Int>, isWord: Bool = false) {
        if mentions.isEmpty { mentions.reserveCapacity(8) }
        let indices = text.indices(range)
        mentions.append(
            NumberMention(
                value: value.decimal, kind: kind, text: String(text.string[indices]), range: indices, isWord: isWord))
    }

    mutating func add(_ reading: Reading) {
        add(reading.value, reading.kind, reading.start..<reading.end, isWord: reading.isWord)
    }
}

// MARK: - Token access

extension NumberScanner {
    subscript(safe index: Int) -> NumberToken? { tokens.indices.contains(index) ? tokens[index] : nil }

    /// The characters of the token at `index`, which must exist.
    func text(_ index: Int) -> NumberCharacters { characters[tokens[index].range] }
    func text(of token: NumberToken) -> NumberCharacters { characters[token.range] }

    /// The token at `index` as a word, or `LatinWord.unknown` if there is no such token.
    func word(_ index: Int) -> LatinWord {
        guard let token = self[safe: index] else { return .unknown }
        return LatinWord(characters, token.range, lowercased: false)
    }

    /// The token at `index` lowercased, or `LatinWord.unknown` if there is no such token.
    func lowercased(_ index: Int) -> LatinWord {
        guard let token = self[safe: index] else { return .unknown }
        return LatinWord(characters, token.range, lowercased: true)
    }

    /// Whether the character at `position` is uppercase, as `Character.isUppercase` says.
    func isUppercase(_ position: Int) -> Bool {
        let character = characters[position]
        if character.isASCII { return (0x41...0x5A).contains(character.value) }
        return text.character(at: position).isUppercase
    }

    /// Whether the token at `index` is the one-character symbol `symbol`.
    func isSymbol(_ index: Int, _ symbol: Unicode.Scalar) -> Bool {
        guard let token = self[safe: index], token.kind == .symbol else { return false }
        return characters[token.range.lowerBound] == symbol
    }

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
        var value: NumberValue
        var kind: NumberMention.Kind = .cardinal
        var start: Int
        var end: Int
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
        var value: NumberValue
        var end: Int
        var isPlainInteger: Bool
        var digitCount: Int
    }

    func readNumeral(at index: Int) -> Numeral {
        var end = index + 1
        var isPlainInteger = true
        // Digits, then decimal point, as written without the separators.
        var digitCount = tokens[index].range.count
        if digitCount <= 3 {
            while isSymbol(end, ","), let group = self[safe: end + 1], group.kind == .digits, group.range.count == 3 {
                digitCount += 3
                end += 2
                isPlainInteger = false
            }
        }
        if isSymbol(end, "."), let fraction = self[safe: end + 1], fraction.kind == .digits {
            digitCount += 1 + fraction.range.count
            end += 2
            isPlainInteger = false
        }
        let value = NumberValue(digits: characters[tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound])
        return Numeral(value: value, end: end, isPlainInteger: isPlainInteger, digitCount: digitCount)
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
        if language == .korean, let prefix = self[safe: index - 1], prefix.kind == .hangulWord,
            text(of: prefix).is("제")
        {
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
    func currencyBefore(_ index: Int) -> (code: String, start: Int)? {
        let previous = skippingSpaceBackward(index - 1)
        guard let token = self[safe: previous] else { return nil }
        if token.kind == .symbol, let code = NumberVocabulary.currencySymbols[characters[token.range.lowerBound]] {
            if code == "$", let head = self[safe: previous - 1], head.kind == .latinWord,
                let full = NumberVocabulary.dollarPrefixes[word(previous - 1)]
            {
                return (full, head.range.lowerBound)
            }
            return (code, token.range.lowerBound)
        }
        if token.kind == .latinWord, let code = currencyCode(previous) { return (code, token.range.lowerBound) }
        return nil
    }

    /// The currency code the token at `index` is ("USD", "RMB" = "CNY"), if it is one.
    func currencyCode(_ index: Int) -> String? {
        let word = word(index)
        guard NumberVocabulary.currencyCodes.contains(word) else { return nil }
        return word == "RMB" ? "CNY" : String(text.string[text.indices(tokens[index].range)])
    }

    /// "40%", "40 %", "40％", "2%p".
    private func readPercentSign(_ reading: inout Reading) -> Bool {
        let sign = isSymbol(reading.next, "%") || isSymbol(reading.next, "％") ? reading.next : reading.next + 1
        guard isSymbol(sign, "%") || isSymbol(sign, "％"), sign == reading.next || isKind(reading.next, .space) else {
            return false
        }
        reading.kind = .percent
        reading.next = sign + 1
        if isKind(sign + 1, .latinWord), word(sign + 1) == "p" { reading.next += 1 }
        reading.end = tokens[reading.next - 1].range.upperBound
        return true
    }

    /// Letters written onto the digits: "75th", "1960s", "20’s", "2bn", "5km"; "5G" is a name.
    private func readLatinSuffix(_ reading: inout Reading) -> Bool {
        var suffixIndex = reading.next
        if isSymbol(suffixIndex, "’") || isSymbol(suffixIndex, "'"), self.word(suffixIndex + 1) == "s" {
            suffixIndex += 1
        }
        guard let suffix = self[safe: suffixIndex], suffix.kind == .latinWord else { return false }
        let word = lowercased(suffixIndex)
        if Self.ordinalSuffixes.contains(word) {
            reading.kind = .ordinal
        } else if word == "s" {
            reading.kind = (reading.value / 10).isInteger ? .decade : .cardinal
        } else if let scale = NumberVocabulary.englishScales[word], suffix.range.count == 2 {
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
        } else if isUppercase(suffix.range.lowerBound) {
            reading.kind = .name
        } else {
            reading.isPlainInteger = false  // a unit: "5km", "10kg"
        }
        reading.next = suffixIndex + 1
        reading.end = suffix.range.upperBound
        return true
    }

    private static let ordinalSuffixes: LatinWordSet = ["st", "nd", "rd", "th"]
}

// MARK: - List labels

extension NumberScanner {
    /// "①" … "⑳": list labels, which a translation may render as "(1)", "first" or leave out,
    /// so they count like number words.
    mutating func scanCircledNumber(at index: Int) -> Int? {
        // The first scalar as written: a circled number followed by a combining mark is one
        // character that NFC cannot compose, so `characters` holds U+FFFD for it.
        let position = tokens[index].range.lowerBound
        let scalar = characters[position] == "\u{FFFD}" ? text.firstScalar(at: position) : characters[position]
        guard (0x2460...0x2473).contains(scalar.value) else { return nil }
        add(NumberValue(Int(scalar.value) - 0x2460 + 1), .cardinal, tokens[index].range, isWord: true)
        return index + 1
    }
}

// MARK: - Dates, times, telephone numbers and names written with digits

extension NumberScanner {
    /// "2022-11-14": year, month and day.
    private mutating func scanISODate(at index: Int) -> Int? {
        guard tokens[index].range.count == 4, isSymbol(index + 1, "-"), let month = self[safe: index + 2],
            month.kind == .digits, month.range.count <= 2, isSymbol(index + 3, "-"), let day = self[safe: index + 4],
            day.kind == .digits, day.range.count <= 2, !(isSymbol(index + 5, "-") && isKind(index + 6, .digits))
        else { return nil }
        return addDate(year: index, month: index + 2, day: index + 4, end: index + 5)
    }

    /// Korean "9.25.", "4.16(금)", "2022.11.14." and "2022. 11. 14.": month and day (and year).
    private mutating func scanDottedDate(at index: Int) -> Int? {
        if isSymbol(index - 1, ".") { return nil }
        let digitCount = tokens[index].range.count
        if digitCount == 4, isSymbol(index + 1, ".") {
            // Year first; spaces after the dots only in Korean, where "2022. 11. 14." is the official style.
            let month = language == .korean ? skippingSpace(index + 2) : index + 2
            guard let monthToken = self[safe: month], monthToken.kind == .digits, monthToken.range.count <= 2,
                isSymbol(month + 1, ".")
            else { return nil }
            let day = language == .korean ? skippingSpace(month + 2) : month + 2
            guard let dayToken = self[safe: day], dayToken.kind == .digits, dayToken.range.count <= 2,
                !(isSymbol(day + 1, ".") && isKind(day + 2, .digits))
            else { return nil }
            return addDate(year: index, month: month, day: day, end: isSymbol(day + 1, ".") ? day + 2 : day + 1)
        }
        // Month first: Korean only, and only with the closing dot or a weekday mark, so that "4.17%" stays a decimal.
        guard language == .korean, digitCount <= 2, isSymbol(index + 1, "."), let day = self[safe: index + 2],
            day.kind == .digits, day.range.count <= 2
        else { return nil }
        let closed = isSymbol(index + 3, ".") && !isKind(index + 4, .digits)
        guard closed || isSymbol(index + 3, "(") else { return nil }
        return addDate(year: nil, month: index, day: index + 2, end: closed ? index + 4 : index + 3)
    }

    /// Adds the parts of a date if they are a valid month and day; returns the token after it.
    private mutating func addDate(year: Int?, month: Int, day: Int, end: Int) -> Int? {
        let monthValue = NumberValue(digits: text(month))
        let dayValue = NumberValue(digits: text(day))
        guard (1...12).contains(monthValue), (1...31).contains(dayValue) else { return nil }
        if let year { add(NumberValue(digits: text(year)), .year, tokens[year].range) }
        add(monthValue, .month, tokens[month].range)
        add(dayValue, .day, tokens[day].range)
        return end
    }

    /// "00:00", "14:30", "3:30 p.m."; Korean "오후 3:30".
    private mutating func scanClockTime(at index: Int) -> Int? {
        let hour = text(index)
        guard hour.count <= 2, !isSymbol(index - 1, ":"), isSymbol(index + 1, ":"), let minutes = self[safe: index + 2],
            minutes.kind == .digits, minutes.range.count == 2
        else { return nil }
        var next = index + 3
        if isSymbol(next, ":"), let seconds = self[safe: next + 1], seconds.kind == .digits, seconds.range.count == 2 {
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
                hour: NumberValue(digits: hour), minutes: NumberValue(digits: text(of: minutes)), isPM: isPM,
                leadingZero: hour.count == 2 && hour.first == "0")
        else { return nil }
        add(time.value, time.kind, start..<tokens[next - 1].range.upperBound)
        return next
    }

    /// The value and kind of a time of day, or nil if it is not one.
    func clockTime(hour: NumberValue, minutes: NumberValue, isPM: Bool?, leadingZero: Bool) -> (
        value: NumberValue, kind: NumberMention.Kind
    )? {
        guard (0...24).contains(hour), (0..<60).contains(minutes), hour.isInteger else { return nil }
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
        guard isKind(start, .latinWord) else { return nil }
        let word = lowercased(start)
        switch word {
        case "am", "pm":
            return (word == "pm", start + 1)
        case "a", "p":
            guard isSymbol(start + 1, "."), lowercased(start + 2) == "m" else { return nil }
            return (word == "p", isSymbol(start + 3, ".") ? start + 4 : start + 3)
        default:
            return nil
        }
    }

    /// Korean "오전"/"오후" right before a time: whether it is p.m., and where the time then starts.
    func koreanMeridiemBefore(_ index: Int) -> (isPM: Bool, start: Int)? {
        guard language == .korean, let word = self[safe: skippingSpaceBackward(index - 1)], word.kind == .hangulWord,
            text(of: word).is("오전") || text(of: word).is("오후")
        else { return nil }
        return (text(of: word).is("오후"), word.range.lowerBound)
    }

    /// "+82-2-3210-0404", "02-3210-0404": one telephone number, compared as digits without the
    /// country code or the leading 0, so that the international and domestic forms are equal.
    private mutating func scanTelephone(at index: Int) -> Int? {
        let international = isSymbol(index - 1, "+") && !isKind(index - 2, .digits)
        var groupCount = 1
        var next = index + 1
        while isKind(next + 1, .digits) {
            let isSeparator =
                isSymbol(next, "-") || (international && (isSymbol(next, ".") || text(next).is(" ")))
            guard isSeparator else { break }
            groupCount += 1
            next += 2
        }
        guard groupCount >= 3 else { return nil }
        // The groups' digits without the country code, then without the trunk prefix.
        var digits: [Unicode.Scalar] = []
        for group in stride(from: international ? index + 2 : index, to: next, by: 2) { digits += text(group) }
        let local = digits.drop(while: { $0 == "0" })
        let start = international ? tokens[index - 1].range.lowerBound : tokens[index].range.lowerBound
        add(NumberValue(digits: local.isEmpty ? ["0"] : local), .telephone, start..<tokens[next - 1].range.upperBound)
        return next
    }

    /// Digits written onto a word: "COP26", "G20", "코로나19", "COVID-19", "H1N1".
    private mutating func scanName(at index: Int) -> Int? {
        guard let previous = self[safe: index - 1] else { return nil }
        let head: Int
        if previous.kind == .latinWord || previous.kind == .hangulWord {
            head = index - 1
        } else if isSymbol(index - 1, "-"), isKind(index - 2, .latinWord) || isKind(index - 2, .hangulWord) {
            head = index - 2
        } else {
            return nil
        }
        let word = tokens[head]
        // "9월25일": the word belongs to the number before it.
        if isKind(head - 1, .digits) { return nil }
        switch word.kind {
        case .latinWord:
            if NumberVocabulary.currencyCodes.contains(self.word(head)) { return nil }
            // "mid-1990s", "pre-2020": a prefix, not a name.
            if head == index - 2, !word.range.contains(where: isUppercase) { return nil }
            if head == index - 2, Self.namePrefixes.contains(lowercased(head)) { return nil }
        default:
            if NumberVocabulary.koreanNumberPrefixes.contains(text(of: word)) { return nil }
        }
        var next = index + 1
        while let letters = self[safe: next], letters.kind == .latinWord, isUppercase(letters.range.lowerBound),
            isKind(next + 1, .digits)
        {
            next += 2
        }
        // "H1N1" = 11: the digits of every group.
        var value = NumberValue(digits: text(index))
        if next > index + 1 {
            var digits: [Unicode.Scalar] = []
            for group in stride(from: index, to: next, by: 2) { digits += text(group) }
            value = NumberValue(digits: digits)
        }
        add(value, .name, word.range.lowerBound..<tokens[next - 1].range.upperBound)
        return next
    }

    private static let namePrefixes: LatinWordSet = ["mid", "pre", "post", "non", "over", "under", "top"]
}
