import Foundation

// English rules: scale words ("100 million"), "percent", currency words, a.m./p.m., number and
// ordinal words ("twenty-five", "Fifth"), month and weekday names, Roman numerals after "Article".
extension NumberScanner {
    /// Reads the words after English digits, and whether a month name around them makes them a day.
    mutating func readEnglishFollowingWords(_ reading: inout Reading, digitsAt index: Int) {
        readScaleAndUnit(&reading)
        if reading.kind == .cardinal, !reading.isWord, reading.isPlainInteger {
            if let (isPM, end) = meridiemAfter(reading.next),
                let time = clockTime(hour: reading.value, minutes: 0, isPM: isPM, leadingZero: false)
            {
                reading.value = time.value
                reading.kind = time.kind
                reading.next = end
                reading.end = tokens[end - 1].range.upperBound
            } else if let end = oClock(after: reading.next),
                let time = clockTime(hour: reading.value, minutes: 0, isPM: nil, leadingZero: false)
            {
                reading.value = time.value
                reading.kind = time.kind
                reading.next = end
                reading.end = tokens[end - 1].range.upperBound
            }
        }
        guard reading.kind == .cardinal, !reading.isWord, reading.isPlainInteger else { return }
        // "Sept. 25", "November 2022", "25 September".
        let followsMonth = monthEnd.map { index == $0 || (index == $0 + 1 && isKind($0, .space)) } ?? false
        if followsMonth, (1...31).contains(reading.value) {
            reading.kind = .day
        } else if followsMonth, reading.digitCount == 4, (1000...2999).contains(reading.value) {
            reading.kind = .year
        } else if (1...31).contains(reading.value), let word = wordAfterSpace(reading.next), isMonthName(word) {
            reading.kind = .day
        }
    }

    /// "100 million", "2.5 billion", "3.5 percent", "40 per cent", "100 million dollars", "4.7 trillion won".
    private func readScaleAndUnit(_ reading: inout Reading) {
        if let word = wordAfterSpace(reading.next), let scale = NumberVocabulary.englishScales[lowercased(word)] {
            reading.value *= scale
            reading.isPlainInteger = false
            reading.next = word + 1
            reading.end = tokens[word].range.upperBound
        }
        guard let word = wordAfterSpace(reading.next) else { return }
        let unit = lowercased(word)
        var end: Int?
        if unit == "percent" || unit == "pct" {
            end = word + 1
        } else if unit == "per", let cent = wordAfterSpace(word + 1), lowercased(cent) == "cent" {
            end = cent + 1
        } else if unit == "percentage", let point = wordAfterSpace(word + 1),
            lowercased(point) == "point" || lowercased(point) == "points"
        {
            end = point + 1
        }
        if end != nil {
            reading.kind = .percent
        } else if reading.currency == nil, let code = currencyAfter(word) {
            reading.kind = .amount(currency: code.code)
            end = code.end
        }
        if let end {
            reading.next = end
            reading.end = tokens[end - 1].range.upperBound
        }
    }

    /// "dollars", "US dollars", "won", "euros", "USD" after an amount, and the token after it.
    private func currencyAfter(_ word: Int) -> (code: String, end: Int)? {
        if let code = currencyCode(word) { return (code, word + 1) }
        if let code = NumberVocabulary.englishCurrencyWords[lowercased(word)] { return (code, word + 1) }
        if self.word(word) == "US", let dollars = wordAfterSpace(word + 1),
            NumberVocabulary.englishCurrencyWords[lowercased(dollars)] == "$"
        {
            return ("USD", dollars + 1)
        }
        return nil
    }

    /// "o’clock" after a number, and the token after it.
    private func oClock(after index: Int) -> Int? {
        guard let o = wordAfterSpace(index), lowercased(o) == "o", isSymbol(o + 1, "’") || isSymbol(o + 1, "'"),
            lowercased(o + 2) == "clock"
        else { return nil }
        return o + 3
    }

    private func isMonthName(_ index: Int) -> Bool {
        let word = self.word(index)
        if NumberVocabulary.englishMonths[word] != nil { return true }
        return NumberVocabulary.englishMonthAbbreviations[word] != nil && isSymbol(index + 1, ".")
    }
}

// MARK: - English words

extension NumberScanner {
    /// Number and ordinal words, "twice", "decade", "noon"/"midnight", month and weekday names, Roman numerals.
    mutating func scanEnglishWord(at index: Int) -> Int? {
        let word = lowercased(index)
        // Most words are none of these: one set lookup instead of a pass over every list.
        guard Self.englishNumberWords.contains(word) || Self.mayBeRomanNumeral(text(index)) else { return nil }
        if NumberVocabulary.englishCardinals[word] != nil || NumberVocabulary.englishTens[word] != nil
            || NumberVocabulary.englishOrdinals[word] != nil
        {
            return scanEnglishNumberWords(at: index)
        }
        // Denominators of fractions: "two-thirds" = "3분의 2".
        if let value = Self.englishOrdinalPlurals[word] {
            add(NumberValue(value), .ordinal, tokens[index].range, isWord: true)
            return index + 1
        }
        // "a million doses", "a hundred people"
        if word == "a", let scaleWord = wordAfterSpace(index + 1), tokens[scaleWord].range.count > 2,
            let scale = lowercased(scaleWord) == "hundred" ? 100 : NumberVocabulary.englishScales[lowercased(scaleWord)]
        {
            var reading = Reading(
                value: scale, start: tokens[index].range.lowerBound, end: tokens[scaleWord].range.upperBound,
                next: scaleWord + 1, isWord: true)
            readScaleAndUnit(&reading)
            add(reading)
            return reading.next
        }
        if let value = NumberVocabulary.englishNumberNouns[word] {
            add(NumberValue(value), .cardinal, tokens[index].range, isWord: true)
            return index + 1
        }
        if word == "noon" || word == "midnight" {
            add(word == "noon" ? 12 : 0, .time(isAmbiguous: false), tokens[index].range, isWord: true)
            return index + 1
        }
        return scanEnglishMonth(at: index) ?? scanEnglishWeekday(at: index) ?? scanRomanNumeral(at: index)
    }

    /// Every word, lowercased, with which one of the rules of `scanEnglishWord` can start (a
    /// superset: the month and weekday rules then compare the word as written).
    private static let englishNumberWords: LatinWordSet = {
        var words = NumberVocabulary.englishCardinals.words + NumberVocabulary.englishTens.words
            + NumberVocabulary.englishOrdinals.words + NumberVocabulary.englishNumberNouns.words
            + englishOrdinalPlurals.words + ["a", "noon", "midnight"]
        for names in [NumberVocabulary.englishMonths, NumberVocabulary.englishMonthAbbreviations,
            NumberVocabulary.englishWeekdays, NumberVocabulary.englishWeekdayAbbreviations]
        {
            words += names.words.map(\.lowercased)
        }
        return LatinWordSet(Set(words).map { ($0, ()) })
    }()

    /// Denominators: "thirds", "fifths"; not "seconds", which is time.
    private static let englishOrdinalPlurals = LatinWordTable(
        NumberVocabulary.englishOrdinals.words.filter { $0 != "second" }.map {
            ($0.appending("s"), NumberVocabulary.englishOrdinals[$0]!)
        })

    /// The letters `scanRomanNumeral` accepts, before it looks at the words around them.
    private static func mayBeRomanNumeral(_ word: NumberCharacters) -> Bool {
        word.allSatisfy(isRomanDigit)
    }

    private static func isRomanDigit(_ character: Unicode.Scalar) -> Bool {
        switch character {
        case "I", "V", "X", "L", "C", "D", "M": true
        default: false
        }
    }

    /// "three", "twenty-five", "one hundred and five", "two million", "Fifth", "twenty-first".
    private mutating func scanEnglishNumberWords(at index: Int) -> Int? {
        enum Last { case none, unit, teen, tens, hundred, scale }
        var total: NumberValue = 0
        var current: NumberValue = 0
        var last = Last.none
        var kind = NumberMention.Kind.cardinal
        var cursor = index
        var end = index
        words: while isKind(cursor, .latinWord) {
            let word = lowercased(cursor)
            if let value = NumberVocabulary.englishCardinals[word] {
                guard [.none, .hundred, .scale].contains(last) || (last == .tens && value < 10) else { break }
                current += NumberValue(value)
                last = value < 10 ? .unit : .teen
            } else if let value = NumberVocabulary.englishTens[word] {
                guard [.none, .hundred, .scale].contains(last) else { break }
                current += NumberValue(value)
                last = .tens
            } else if word == "hundred" {
                guard [.unit, .teen, .tens].contains(last), current < 100 else { break }
                current *= 100
                last = .hundred
            } else if tokens[cursor].range.count > 2, let scale = NumberVocabulary.englishScales[word] {
                guard [.unit, .teen, .tens, .hundred].contains(last) else { break }
                total += current * scale
                current = 0
                last = .scale
            } else if let value = NumberVocabulary.englishOrdinals[word] {
                guard [.none, .hundred, .scale].contains(last) || (last == .tens && value < 10) else { break }
                current += NumberValue(value)
                kind = .ordinal
                end = cursor + 1
                break words
            } else if let scale = NumberVocabulary.englishOrdinalScales[word] {
                guard [.unit, .teen, .tens].contains(last) else { break }
                current *= scale
                kind = .ordinal
                end = cursor + 1
                break words
            } else {
                break
            }
            end = cursor + 1
            if last == .tens, isSymbol(cursor + 1, "-"), isKind(cursor + 2, .latinWord) {
                cursor += 2
                continue
            }
            guard let following = wordAfterSpace(cursor + 1) else { break }
            if lowercased(following) == "and", last == .hundred || last == .scale,
                let afterAnd = wordAfterSpace(following + 1)
            {
                cursor = afterAnd
            } else {
                cursor = following
            }
        }
        guard end > index else { return nil }
        var reading = Reading(
            value: total + current, kind: kind, start: tokens[index].range.lowerBound,
            end: tokens[end - 1].range.upperBound, next: end, isWord: true)
        if kind == .cardinal { readScaleAndUnit(&reading) }
        add(reading)
        return reading.next
    }

    /// "September", "Sept.", "Aug 19", and "May" only where it cannot be the verb.
    private mutating func scanEnglishMonth(at index: Int) -> Int? {
        let word = self.word(index)
        let dayFollows = isKind(index + 1, .space) && isKind(index + 2, .digits)
        var end = index + 1
        let month: Int
        if let value = NumberVocabulary.englishMonths[word] {
            if word == "May" {
                let before = skippingSpaceBackward(index - 1)
                let afterWord =
                    before == index - 2
                    && NumberVocabulary.wordsBeforeMonth.contains(lowercased(before))
                let afterDay = before == index - 2 && isKind(before, .digits)
                let afterMid = isSymbol(index - 1, "-") && lowercased(index - 2) == "mid"
                guard dayFollows || afterWord || afterDay || afterMid else { return nil }
            }
            month = value
        } else if let value = NumberVocabulary.englishMonthAbbreviations[word] {
            if isSymbol(index + 1, ".") {
                end = index + 2
            } else if !dayFollows {
                return nil
            }
            month = value
        } else {
            return nil
        }
        add(NumberValue(month), .month, tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound, isWord: true)
        monthEnd = end
        return end
    }

    /// "Friday", "Fri.", "(Fri)".
    private mutating func scanEnglishWeekday(at index: Int) -> Int? {
        let word = self.word(index)
        if let day = NumberVocabulary.englishWeekdays[word] {
            add(NumberValue(day), .weekday, tokens[index].range, isWord: true)
            return index + 1
        }
        guard let day = NumberVocabulary.englishWeekdayAbbreviations[word] else { return nil }
        if isSymbol(index + 1, ".") {
            add(
                NumberValue(day), .weekday, tokens[index].range.lowerBound..<tokens[index + 1].range.upperBound,
                isWord: true)
            return index + 2
        }
        if isSymbol(index - 1, "("), isSymbol(index + 1, ")") {
            add(NumberValue(day), .weekday, tokens[index].range, isWord: true)
            return index + 1
        }
        return nil
    }

    /// "Article II", "Title IV", "World War II"; never the pronoun "I" or a lone capital letter elsewhere.
    mutating func scanRomanNumeral(at index: Int) -> Int? {
        let word = text(index)
        guard Self.mayBeRomanNumeral(word), isKind(index - 1, .space), isKind(index - 2, .latinWord),
            NumberVocabulary.romanNumeralHeads.contains(lowercased(index - 2)), let value = Self.romanValue(word)
        else { return nil }
        add(NumberValue(value), .cardinal, tokens[index].range)
        return index + 1
    }

    static func romanValue(_ numeral: NumberCharacters) -> Int? {
        var total = 0
        var largest = 0
        for character in numeral.reversed() {
            let digit: Int
            switch character {
            case "I": digit = 1
            case "V": digit = 5
            case "X": digit = 10
            case "L": digit = 50
            case "C": digit = 100
            case "D": digit = 500
            case "M": digit = 1000
            default: return nil
            }
            if digit < largest {
                total -= digit
            } else {
                total += digit
                largest = digit
            }
        }
        return total > 0 ? total : nil
    }
}
