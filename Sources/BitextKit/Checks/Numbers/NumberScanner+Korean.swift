import Foundation

// Korean rules: 만/억/조 amounts, counters that give the kind (월, 일, 년, 차, 번째 …), currencies
// after the amount, native numerals before counters ("다섯 번째"), "양" (both), weekday marks "(금)".
extension NumberScanner {
    /// Reads what follows Korean digits: 천/만/억/조, "여" (more than), a currency, or a counter.
    mutating func readKoreanSuffix(_ reading: inout Reading, digitsAt index: Int) {
        var word: NumberCharacters?
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
            word = text(of: attached)
            reading.next += 1
        }
        // "100여 개국", "10여명": more than 100, 10.
        if let about = word, about.first == "여", about.count == 1 || Self.counter(at: about.dropFirst()) != nil {
            reading.end = about.startIndex + 1
            word = about.count == 1 ? nil : about.dropFirst()
        }
        if let word {
            if let (code, end) = Self.koreanCurrency(in: word) {
                reading.kind = .amount(currency: code)
                reading.end = end
            } else if word.hasPrefix("퍼센트") {
                reading.kind = .percent
                reading.end = word.startIndex + 3
            } else if !isMultiplied {
                readKoreanCounter(&reading, word: word, digitsAt: index)
            } else if let counter = Self.counter(at: word) {
                reading.end = word.startIndex + counter.count  // "5만명"
            }
        } else if let following = wordAfterSpace(reading.next) {
            // "1억 달러", "4조 7,771억 원"
            let word = text(following)
            if let (code, end) = Self.koreanCurrency(in: word) {
                reading.kind = .amount(currency: code)
                reading.end = end
                reading.next = following + 1
            } else if word.hasPrefix("퍼센트") {
                reading.kind = .percent
                reading.end = word.startIndex + 3
                reading.next = following + 1
            }
        }
    }

    /// The kind that a counter written onto the digits gives: "9월", "25일", "2018년", "20대", "0시", "제75차".
    private mutating func readKoreanCounter(_ reading: inout Reading, word: NumberCharacters, digitsAt index: Int) {
        let value = reading.value
        let isInteger = reading.isPlainInteger
        if let counter = Self.counter(at: word) {
            reading.end = word.startIndex + counter.count
        }
        if reading.hasOrdinalPrefix { return }
        // "2차적" = secondary, "1인당" = per capita, "1회용" = disposable: not counted in translation.
        if word.hasPrefix("차적") || (value == 1 && ["인당", "회용", "회성"].contains(where: word.hasPrefix)) {
            reading.isIdiom = true
        } else if word.hasPrefix("년대") {
            reading.kind = .decade
            reading.end = word.startIndex + 2
        } else if word.hasPrefix("년") {
            reading.kind = isInteger && value >= 1000 ? .year : .cardinal
        } else if word.hasPrefix("월"), isInteger, (1...12).contains(value) {
            reading.kind = .month
        } else if word.hasPrefix("일"), !word.hasPrefix("일간"), isInteger, (1...31).contains(value) {
            reading.kind = .day
        } else if word.hasPrefix("시"), !word.hasPrefix("시간"), !word.hasPrefix("시대"), isInteger {
            readKoreanTime(&reading, hourWord: word, digitsAt: index)
        } else if word.hasPrefix("대"), !word.hasPrefix("대비"), isInteger, (value / 10).isInteger, value <= 90 {
            reading.kind = .decade  // "20대": in his 20s
        } else if word.hasPrefix("번째") || word.hasPrefix("주년") || word.hasPrefix("위")
            || (word.hasPrefix("차") && !word.hasPrefix("차례"))
        {
            reading.kind = .ordinal
        }
    }

    /// "0시", "오후 3시 30분", "3시 반": a time of day.
    private mutating func readKoreanTime(_ reading: inout Reading, hourWord: NumberCharacters, digitsAt index: Int) {
        var minutes: NumberValue = 0
        reading.end = hourWord.startIndex + 1
        if hourWord.count == 1 {
            let after = skippingSpace(reading.next)
            if isKind(after, .digits), let unit = self[safe: after + 1], unit.kind == .hangulWord,
                text(of: unit).hasPrefix("분")
            {
                minutes = NumberValue(digits: text(after))
                reading.end = unit.range.lowerBound + 1
                reading.next = after + 2
            } else if let half = self[safe: after], half.kind == .hangulWord, text(of: half).hasPrefix("반"),
                after > reading.next
            {
                minutes = 30
                reading.end = half.range.lowerBound + 1
                reading.next = after + 1
            }
        }
        let meridiem = koreanMeridiemBefore(index)
        let hourDigits = text(index)
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
            ["전쟁", "사변", "참전"].contains(where: text(of: name).hasPrefix)
        else { return nil }
        return index + 3
    }

    /// "4조 7,771억", "3,800만", "5천", "2천만": the value with its multipliers and the unread rest of the last word.
    private func readKoreanMultipliers(_ value: NumberValue, after next: Int, allowsTrillion: Bool) -> (
        value: NumberValue, rest: NumberCharacters, wordIndex: Int
    )? {
        var total: NumberValue = 0
        var group = value
        var wordIndex = next
        var limit: NumberValue?
        var result: (value: NumberValue, rest: NumberCharacters, wordIndex: Int)?
        while isKind(wordIndex, .hangulWord),
            let step = koreanMultiplier(
                group, in: text(wordIndex), below: limit, allowsTrillion: allowsTrillion, at: wordIndex)
        {
            total += step.value
            result = (total, step.rest, wordIndex)
            guard step.rest.isEmpty, let unit = step.unit else { break }
            limit = unit
            // "4조 7,771억": another group with a smaller unit; "1만 2,345건": a last group without one.
            let digits = skippingSpace(wordIndex + 1)
            guard isKind(digits, .digits), !isSymbol(digits + 1, "."), !isSymbol(digits + 1, ":") else { break }
            let numeral = readNumeral(at: digits)
            let nextWord = isKind(numeral.end, .hangulWord) ? text(numeral.end) : nil
            if let nextWord,
                koreanMultiplier(numeral.value, in: nextWord, below: unit, allowsTrillion: false, at: numeral.end)
                    != nil
            {
                group = numeral.value
                wordIndex = numeral.end
                continue
            }
            guard numeral.value.isInteger, numeral.value < unit,
                nextWord.map({ Self.counter(at: $0) != nil || Self.koreanCurrency(in: $0) != nil }) ?? true
            else { break }
            total += numeral.value
            let numeralEnd = tokens[numeral.end - 1].range.upperBound
            let rest = nextWord ?? characters[numeralEnd..<numeralEnd]
            result = (total, rest, nextWord == nil ? numeral.end - 1 : numeral.end)
            break
        }
        return result
    }

    /// One group: the digits times 천 (or 백, 십) and then 만, 억 or 조; nil if the word starts with none.
    private func koreanMultiplier(
        _ value: NumberValue, in word: NumberCharacters, below limit: NumberValue?, allowsTrillion: Bool,
        at wordIndex: Int
    ) -> (value: NumberValue, unit: NumberValue?, rest: NumberCharacters)? {
        var rest = word
        var value = value
        var hasSmallUnit = false
        if rest.first == "천" {
            value *= 1000
            rest = rest.dropFirst()
            hasSmallUnit = true
        } else if let first = rest.first, first == "백" || first == "십", let unit = rest.dropFirst().first,
            "만억조".unicodeScalars.contains(unit)
        {
            value *= first == "백" ? 100 : 10
            rest = rest.dropFirst()
            hasSmallUnit = true
        }
        let unit: NumberValue?
        switch rest.first {
        case "만": unit = .power(4)
        case "억": unit = .power(8)
        case "조": unit = allowsTrillion && isTrillion(after: rest.dropFirst(), at: wordIndex) ? .power(12) : nil
        default: unit = nil
        }
        if let unit, limit.map({ unit < $0 }) ?? true {
            return (value * unit, unit, rest.dropFirst())
        }
        return hasSmallUnit ? (value, nil, rest) : nil
    }

    /// Whether "조" is a trillion ("4조 7,771억 원", "1조 원", "2조달러") and not an article ("제2조", "3조에 따라").
    private func isTrillion(after rest: NumberCharacters, at wordIndex: Int) -> Bool {
        if !rest.isEmpty { return Self.koreanCurrency(in: rest) != nil }
        let next = skippingSpace(wordIndex + 1)
        guard next > wordIndex + 1, let token = self[safe: next] else { return false }
        if token.kind == .digits { return true }
        return token.kind == .hangulWord
            && (Self.koreanCurrency(in: text(of: token)) != nil || text(of: token).hasPrefix("규모"))
    }

    /// A currency word at the start of `word` ("달러", "원으로" but not "원칙"), and where it ends.
    static func koreanCurrency(in word: NumberCharacters) -> (code: String, end: Int)? {
        for (name, code) in NumberVocabulary.koreanCurrencies where word.starts(with: name) {
            let after = word.dropFirst(name.count)
            if name.count == 1, let next = after.first,
                !NumberVocabulary.koreanParticleStarts.contains(next)
            {
                continue
            }
            return (code, after.startIndex)
        }
        return nil
    }

    /// The counter at the start of `word`, longest first ("개국" rather than "개").
    static func counter(at word: NumberCharacters, in counters: [NumberCharacters] = NumberVocabulary.koreanCounters)
        -> NumberCharacters?
    {
        guard let first = word.first else { return nil }
        return counters.first { $0.first == first && word.starts(with: $0) }
    }
}

// MARK: - Korean words

extension NumberScanner {
    /// Native numerals before a counter, "양", ordinals such as "첫째", weekday names, 정오/자정.
    mutating func scanKoreanWord(at index: Int) -> Int? {
        let token = tokens[index]
        let word = text(of: token)
        if isKind(index - 1, .digits) || isKind(index - 1, .latinWord) { return nil }
        // Every rule needs the word's first character to be the first syllable of one of its
        // words: most Hangul words cost this one table lookup instead of a pass over every list.
        guard let first = word.first, Self.mayStartKoreanNumberWord(first) else { return nil }
        if word.count >= 3, let day = NumberVocabulary.koreanWeekdays[first], word.dropFirst().hasPrefix("요일") {
            add(NumberValue(day), .weekday, word.startIndex..<word.startIndex + 3, isWord: true)
            return index + 1
        }
        for (ordinal, value) in NumberVocabulary.koreanNativeOrdinals where word.starts(with: ordinal) {
            add(NumberValue(value), .ordinal, word.startIndex..<word.startIndex + ordinal.count, isWord: true)
            return index + 1
        }
        if word.is("첫"), let counterIndex = wordAfterSpace(index + 1) {
            let counter = text(counterIndex)
            if counter.hasPrefix("번째") {
                add(1, .ordinal, token.range.lowerBound..<counter.startIndex + 2, isWord: true)
                return counterIndex + 1
            }
            add(1, .ordinal, token.range, isWord: true)
            return index + 1
        }
        if word.count <= Self.longestKoreanNative, let value = NumberVocabulary.koreanNatives[word] {
            return scanKoreanNative(value, at: index)
        }
        // "양 장관", "양국", "양측": both = two, an optional word like "the two Ministers".
        if (word.is("양") && wordAfterSpace(index + 1) != nil) || word.hasPrefix("양국") || word.hasPrefix("양측") {
            add(2, .cardinal, word.startIndex..<word.startIndex + 1, isWord: true)
            return index + 1
        }
        if word.hasPrefix("정오") || word.hasPrefix("자정") {
            let value: NumberValue = word.hasPrefix("정오") ? 12 : 0
            add(value, .time(isAmbiguous: false), word.startIndex..<word.startIndex + 2, isWord: true)
            return index + 1
        }
        return nil
    }

    private static func mayStartKoreanNumberWord(_ first: Unicode.Scalar) -> Bool {
        let syllable = Int(first.value) - 0xAC00
        return koreanNumberWordStarts.indices.contains(syllable) && koreanNumberWordStarts[syllable]
    }

    /// For each Hangul syllable, whether a word of these rules starts with it (all do with a syllable).
    private static let koreanNumberWordStarts: [Bool] = {
        let starts =
            Array(NumberVocabulary.koreanWeekdays.keys) + NumberVocabulary.koreanNativeOrdinals.compactMap(\.word.first)
            + NumberVocabulary.koreanNatives.keys.compactMap(\.first) + ["첫", "양", "정", "자"]
        var table = Array(repeating: false, count: 0xD7A4 - 0xAC00)
        for start in starts {
            precondition((0xAC00...0xD7A3).contains(start.value), "not a Hangul syllable: \(start)")
            table[Int(start.value) - 0xAC00] = true
        }
        return table
    }()

    /// "다섯 번째", "세 가지", "두 명", "한 나라": a native numeral and its counter.
    private mutating func scanKoreanNative(_ value: Int, at index: Int) -> Int? {
        let word = text(index)
        guard let counterIndex = wordAfterSpace(index + 1) else { return nil }
        let following = text(counterIndex)
        let counter = Self.counter(at: following, in: Self.nativeCounters)
        if counter == nil, NumberVocabulary.ambiguousKoreanNatives.contains(word) { return nil }
        let kind: NumberMention.Kind = counter?.is("번째") == true ? .ordinal : .cardinal
        guard let counter else {
            add(NumberValue(value), kind, tokens[index].range, isWord: true)
            return index + 1
        }
        add(
            NumberValue(value), kind, word.startIndex..<following.startIndex + counter.count,
            isWord: true)
        return counterIndex + 1
    }

    /// Counters that follow native numerals (not the Sino-Korean 년, 월, 일, 조, 차 …), longest first.
    private static let nativeCounters: [NumberCharacters] = [
        "번째", "차례", "가지", "개국", "개월", "군데", "사람", "시간", "나라", "마리", "명", "개", "번", "곳", "건", "분",
        "해", "달", "주", "척", "대", "권", "편", "살", "배", "쌍", "팀", "종", "장",
    ].map { NumberCharacters($0.unicodeScalars) }

    /// No native numeral is longer: longer words need no dictionary lookup.
    private static let longestKoreanNative = NumberVocabulary.koreanNatives.keys.map(\.count).max() ?? 0

    /// "(금)", "(금요일)" after a date: a weekday.
    mutating func scanKoreanWeekdayMark(at index: Int) -> Int? {
        guard isSymbol(index, "("), isKind(index + 1, .hangulWord), isSymbol(index + 2, ")") else { return nil }
        let word = text(index + 1)
        guard let first = word.first, let day = NumberVocabulary.koreanWeekdays[first],
            word.count == 1 || word.dropFirst().is("요일")
        else { return nil }
        let previous = skippingSpaceBackward(index - 1)
        guard
            isKind(previous, .digits) || isSymbol(previous, ".")
                || (isKind(previous, .hangulWord) && text(previous).last == "일")
        else { return nil }
        add(
            NumberValue(day), .weekday, tokens[index].range.lowerBound..<tokens[index + 2].range.upperBound,
            isWord: true)
        return index + 3
    }
}
