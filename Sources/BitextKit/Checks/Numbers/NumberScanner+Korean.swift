import Foundation

// Korean rules: 만/억/조 amounts, counters that give the kind (월, 일, 년, 차, 번째 …), currencies
// after the amount, native numerals before counters ("다섯 번째"), "양" (both), weekday marks "(금)".
extension NumberScanner {
    /// Reads what follows Korean digits: 천/만/억/조, "여" (more than), a currency, or a counter.
    mutating func readKoreanSuffix(_ reading: inout Reading, digitsAt index: Int) {
        var word: Substring?
        var isMultiplied = false
        if let amount = readKoreanMultipliers(
            reading.value, after: reading.next, allowsTrillion: !reading.hasOrdinalPrefix)
        {
            reading.value = amount.value
            reading.end = amount.rest.startIndex
            reading.next = amount.wordIndex + 1
            reading.isPlainInteger = false
            isMultiplied = true
            word = amount.rest.isEmpty ? nil : amount.rest
        } else if let attached = self[safe: reading.next], attached.kind == .hangulWord {
            // The counter and any particle after it go with the number.
            word = attached.text
            reading.next += 1
        }
        // "100여 개국", "10여명": more than 100, 10.
        if let about = word, about.first == "여", about.count == 1 || Self.counter(at: about.dropFirst()) != nil {
            reading.end = about.index(after: about.startIndex)
            word = about.count == 1 ? nil : about.dropFirst()
        }
        if let word {
            if let (code, end) = Self.koreanCurrency(in: word) {
                reading.kind = .amount(currency: code)
                reading.end = end
            } else if word.hasPrefix("퍼센트") {
                reading.kind = .percent
                reading.end = word.index(word.startIndex, offsetBy: 3)
            } else if !isMultiplied {
                readKoreanCounter(&reading, word: word, digitsAt: index)
            } else if let counter = Self.counter(at: word) {
                reading.end = word.index(word.startIndex, offsetBy: counter.count)  // "5만명"
            }
        } else if let following = wordAfterSpace(reading.next) {
            // "1억 달러", "4조 7,771억 원"
            let word = tokens[following].text
            if let (code, end) = Self.koreanCurrency(in: word) {
                reading.kind = .amount(currency: code)
                reading.end = end
                reading.next = following + 1
            } else if word.hasPrefix("퍼센트") {
                reading.kind = .percent
                reading.end = word.index(word.startIndex, offsetBy: 3)
                reading.next = following + 1
            }
        }
    }

    /// The kind that a counter written onto the digits gives: "9월", "25일", "2018년", "20대", "0시", "제75차".
    private mutating func readKoreanCounter(_ reading: inout Reading, word: Substring, digitsAt index: Int) {
        let value = reading.value
        let isInteger = reading.isPlainInteger
        if let counter = Self.counter(at: word) {
            reading.end = word.index(word.startIndex, offsetBy: counter.count)
        }
        if reading.hasOrdinalPrefix { return }
        // "2차적" = secondary, "1인당" = per capita, "1회용" = disposable: not counted in translation.
        if word.hasPrefix("차적") || (value == 1 && ["인당", "회용", "회성"].contains(where: word.hasPrefix)) {
            reading.isIdiom = true
        } else if word.hasPrefix("년대") {
            reading.kind = .decade
            reading.end = word.index(word.startIndex, offsetBy: 2)
        } else if word.hasPrefix("년") {
            reading.kind = isInteger && value >= 1000 ? .year : .cardinal
        } else if word.hasPrefix("월"), isInteger, (1...12).contains(value) {
            reading.kind = .month
        } else if word.hasPrefix("일"), !word.hasPrefix("일간"), isInteger, (1...31).contains(value) {
            reading.kind = .day
        } else if word.hasPrefix("시"), !word.hasPrefix("시간"), !word.hasPrefix("시대"), isInteger {
            readKoreanTime(&reading, hourWord: word, digitsAt: index)
        } else if word.hasPrefix("대"), !word.hasPrefix("대비"), isInteger, Self.isInteger(value / 10), value <= 90 {
            reading.kind = .decade  // "20대": in his 20s
        } else if word.hasPrefix("번째") || word.hasPrefix("주년") || word.hasPrefix("위")
            || (word.hasPrefix("차") && !word.hasPrefix("차례"))
        {
            reading.kind = .ordinal
        }
    }

    /// "0시", "오후 3시 30분", "3시 반": a time of day.
    private mutating func readKoreanTime(_ reading: inout Reading, hourWord: Substring, digitsAt index: Int) {
        var minutes: Decimal = 0
        reading.end = hourWord.index(after: hourWord.startIndex)
        if hourWord.count == 1 {
            let after = skippingSpace(reading.next)
            if let digits = self[safe: after], digits.kind == .digits, let unit = self[safe: after + 1],
                unit.kind == .hangulWord, unit.text.hasPrefix("분")
            {
                minutes = Self.decimal(digits.text)
                reading.end = unit.text.index(after: unit.text.startIndex)
                reading.next = after + 2
            } else if let half = self[safe: after], half.kind == .hangulWord, half.text.hasPrefix("반"),
                after > reading.next
            {
                minutes = 30
                reading.end = half.text.index(after: half.text.startIndex)
                reading.next = after + 1
            }
        }
        let meridiem = koreanMeridiemBefore(index)
        let hourDigits = tokens[index].text
        guard
            let time = clockTime(
                hour: reading.value, minutes: minutes, isPM: meridiem?.isPM,
                leadingZero: hourDigits.count == 2 && hourDigits.first == "0")
        else { return }
        reading.value = time.value
        reading.kind = time.kind
        if let meridiem { reading.start = meridiem.start }
    }

    /// "6·25 전쟁": the Korean name of the Korean War, which English never writes with numbers.
    mutating func skipKoreanWarName(at index: Int) -> Int? {
        guard language == .korean, isSymbol(index + 1, "·"), isKind(index + 2, .digits),
            let name = self[safe: skippingSpace(index + 3)], name.kind == .hangulWord,
            ["전쟁", "사변", "참전"].contains(where: name.text.hasPrefix)
        else { return nil }
        return index + 3
    }

    /// "4조 7,771억", "3,800만", "5천", "2천만": the value with its multipliers and the unread rest of the last word.
    private func readKoreanMultipliers(_ value: Decimal, after next: Int, allowsTrillion: Bool) -> (
        value: Decimal, rest: Substring, wordIndex: Int
    )? {
        var total: Decimal = 0
        var group = value
        var wordIndex = next
        var limit: Decimal?
        var result: (value: Decimal, rest: Substring, wordIndex: Int)?
        while let word = self[safe: wordIndex], word.kind == .hangulWord,
            let step = koreanMultiplier(
                group, in: word.text, below: limit, allowsTrillion: allowsTrillion, at: wordIndex)
        {
            total += step.value
            result = (total, step.rest, wordIndex)
            guard step.rest.isEmpty, let unit = step.unit else { break }
            limit = unit
            // "4조 7,771억": another group with a smaller unit; "1만 2,345건": a last group without one.
            let digits = skippingSpace(wordIndex + 1)
            guard isKind(digits, .digits), !isSymbol(digits + 1, "."), !isSymbol(digits + 1, ":") else { break }
            let numeral = readNumeral(at: digits)
            let nextWord = self[safe: numeral.end].flatMap { $0.kind == .hangulWord ? $0 : nil }
            if let nextWord,
                koreanMultiplier(numeral.value, in: nextWord.text, below: unit, allowsTrillion: false, at: numeral.end)
                    != nil
            {
                group = numeral.value
                wordIndex = numeral.end
                continue
            }
            guard Self.isInteger(numeral.value), numeral.value < unit,
                nextWord.map({ Self.counter(at: $0.text) != nil || Self.koreanCurrency(in: $0.text) != nil }) ?? true
            else { break }
            total += numeral.value
            let rest = nextWord?.text ?? tokens[numeral.end - 1].text[tokens[numeral.end - 1].text.endIndex...]
            result = (total, rest, nextWord == nil ? numeral.end - 1 : numeral.end)
            break
        }
        return result
    }

    /// One group: the digits times 천 (or 백, 십) and then 만, 억 or 조; nil if the word starts with none.
    private func koreanMultiplier(
        _ value: Decimal, in word: Substring, below limit: Decimal?, allowsTrillion: Bool, at wordIndex: Int
    ) -> (value: Decimal, unit: Decimal?, rest: Substring)? {
        var rest = word
        var value = value
        var hasSmallUnit = false
        if rest.first == "천" {
            value *= 1000
            rest = rest.dropFirst()
            hasSmallUnit = true
        } else if let first = rest.first, first == "백" || first == "십", let unit = rest.dropFirst().first,
            "만억조".contains(unit)
        {
            value *= first == "백" ? 100 : 10
            rest = rest.dropFirst()
            hasSmallUnit = true
        }
        let unit: Decimal?
        switch rest.first {
        case "만": unit = Self.power(4)
        case "억": unit = Self.power(8)
        case "조": unit = allowsTrillion && isTrillion(after: rest.dropFirst(), at: wordIndex) ? Self.power(12) : nil
        default: unit = nil
        }
        if let unit, limit.map({ unit < $0 }) ?? true {
            return (value * unit, unit, rest.dropFirst())
        }
        return hasSmallUnit ? (value, nil, rest) : nil
    }

    /// Whether "조" is a trillion ("4조 7,771억 원", "1조 원", "2조달러") and not an article ("제2조", "3조에 따라").
    private func isTrillion(after rest: Substring, at wordIndex: Int) -> Bool {
        if !rest.isEmpty { return Self.koreanCurrency(in: rest) != nil }
        let next = skippingSpace(wordIndex + 1)
        guard next > wordIndex + 1, let token = self[safe: next] else { return false }
        if token.kind == .digits { return true }
        return token.kind == .hangulWord && (Self.koreanCurrency(in: token.text) != nil || token.text.hasPrefix("규모"))
    }

    /// A currency word at the start of `word` ("달러", "원으로" but not "원칙"), and where it ends.
    static func koreanCurrency(in word: Substring) -> (code: String, end: String.Index)? {
        for (name, code) in NumberVocabulary.koreanCurrencies where word.hasPrefix(name) {
            let after = word.dropFirst(name.count)
            if name.count == 1, let next = after.first, !NumberVocabulary.koreanParticleStarts.contains(next) {
                continue
            }
            return (code, after.startIndex)
        }
        return nil
    }

    /// The counter at the start of `word`, longest first ("개국" rather than "개").
    static func counter(at word: Substring, in counters: [String] = NumberVocabulary.koreanCounters) -> String? {
        counters.first { word.hasPrefix($0) }
    }
}

// MARK: - Korean words

extension NumberScanner {
    /// Native numerals before a counter, "양", ordinals such as "첫째", weekday names, 정오/자정.
    mutating func scanKoreanWord(at index: Int) -> Int? {
        let token = tokens[index]
        let word = token.text
        if isKind(index - 1, .digits) || isKind(index - 1, .latinWord) { return nil }
        if Self.cannotStartKoreanNumberWord(word) { return nil }
        if word.count >= 3, let first = word.first, let day = NumberVocabulary.koreanWeekdays[first],
            word.dropFirst().hasPrefix("요일")
        {
            add(Decimal(day), .weekday, word.startIndex..<word.index(word.startIndex, offsetBy: 3), isWord: true)
            return index + 1
        }
        for (ordinal, value) in NumberVocabulary.koreanNativeOrdinals where word.hasPrefix(ordinal) {
            add(
                Decimal(value), .ordinal, word.startIndex..<word.index(word.startIndex, offsetBy: ordinal.count),
                isWord: true)
            return index + 1
        }
        if word == "첫", let counterIndex = wordAfterSpace(index + 1) {
            let counter = tokens[counterIndex].text
            if counter.hasPrefix("번째") {
                add(1, .ordinal, token.range.lowerBound..<counter.index(counter.startIndex, offsetBy: 2), isWord: true)
                return counterIndex + 1
            }
            add(1, .ordinal, token.range, isWord: true)
            return index + 1
        }
        if let value = NumberVocabulary.koreanNatives[String(word)] {
            return scanKoreanNative(value, at: index)
        }
        // "양 장관", "양국", "양측": both = two, an optional word like "the two Ministers".
        if (word == "양" && wordAfterSpace(index + 1) != nil) || word.hasPrefix("양국") || word.hasPrefix("양측") {
            add(2, .cardinal, word.startIndex..<word.index(after: word.startIndex), isWord: true)
            return index + 1
        }
        if word.hasPrefix("정오") || word.hasPrefix("자정") {
            let value: Decimal = word.hasPrefix("정오") ? 12 : 0
            add(
                value, .time(isAmbiguous: false), word.startIndex..<word.index(word.startIndex, offsetBy: 2),
                isWord: true)
            return index + 1
        }
        return nil
    }

    /// Whether `word` certainly starts none of the words `scanKoreanWord` reads, so that most
    /// Hangul words cost one set lookup instead of a pass over every vocabulary list.
    ///
    /// Exact: it answers only for a word that starts with a precomposed syllable not followed by a
    /// conjoining jamo (which could compose into another syllable), and every rule needs the
    /// word's first character to be the first syllable of one of its words.
    private static func cannotStartKoreanNumberWord(_ word: Substring) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, (0xAC00...0xD7A3).contains(first.value) else { return false }
        if let second = scalars.dropFirst().first, second.value >= 0x300, !(0xAC00...0xD7A3).contains(second.value) {
            return false
        }
        return !koreanNumberWordStarts.contains(first)
    }

    private static let koreanNumberWordStarts: Set<Unicode.Scalar> = {
        let words = NumberVocabulary.koreanWeekdays.keys.map(String.init) + Array(NumberVocabulary.koreanNativeOrdinals.keys)
            + Array(NumberVocabulary.koreanNatives.keys) + ["첫", "양", "정오", "자정"]
        return Set(words.compactMap(\.unicodeScalars.first))
    }()

    /// "다섯 번째", "세 가지", "두 명", "한 나라": a native numeral and its counter.
    private mutating func scanKoreanNative(_ value: Int, at index: Int) -> Int? {
        let word = tokens[index].text
        guard let counterIndex = wordAfterSpace(index + 1) else { return nil }
        let following = tokens[counterIndex].text
        let counter = Self.counter(at: following, in: Self.nativeCounters)
        if counter == nil, NumberVocabulary.ambiguousKoreanNatives.contains(String(word)) { return nil }
        let kind: NumberMention.Kind = counter == "번째" ? .ordinal : .cardinal
        guard let counter else {
            add(Decimal(value), kind, tokens[index].range, isWord: true)
            return index + 1
        }
        add(
            Decimal(value), kind, word.startIndex..<following.index(following.startIndex, offsetBy: counter.count),
            isWord: true)
        return counterIndex + 1
    }

    /// Counters that follow native numerals (not the Sino-Korean 년, 월, 일, 조, 차 …), longest first.
    private static let nativeCounters: [String] = [
        "번째", "차례", "가지", "개국", "개월", "군데", "사람", "시간", "나라", "마리", "명", "개", "번", "곳", "건", "분",
        "해", "달", "주", "척", "대", "권", "편", "살", "배", "쌍", "팀", "종", "장",
    ]

    /// "(금)", "(금요일)" after a date: a weekday.
    mutating func scanKoreanWeekdayMark(at index: Int) -> Int? {
        guard tokens[index].is("("), let word = self[safe: index + 1], word.kind == .hangulWord,
            isSymbol(index + 2, ")"),
            let first = word.text.first, let day = NumberVocabulary.koreanWeekdays[first],
            word.text.count == 1 || word.text.dropFirst() == "요일"
        else { return nil }
        guard let previous = self[safe: skippingSpaceBackward(index - 1)],
            previous.kind == .digits || previous.is(".") || (previous.kind == .hangulWord && previous.text.last == "일")
        else { return nil }
        add(Decimal(day), .weekday, tokens[index].range.lowerBound..<tokens[index + 2].range.upperBound, isWord: true)
        return index + 3
    }
}
