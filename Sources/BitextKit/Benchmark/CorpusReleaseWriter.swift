/// Writes the title and blocks of one generated release in both languages, from the parallel
/// templates of `CorpusReleaseWriter+Templates.swift`.
///
/// A template is a Korean and an English sentence with the same slots: `{A}` and `{B}` are two
/// different glossary terms, `{DATE}`, `{AMOUNT}`, `{PCT}`… numbers written each language's way,
/// `{SPEAKER}`, `{CITY}` and `{EVENT}` plain words. A slot has one value per sentence, used on
/// both sides. On the Korean side `{A:을}` adds a particle in the form that agrees with the value's
/// last syllable (을 after a final consonant, 를 after a vowel).
struct CorpusReleaseWriter {
    /// One block to write: its depth (1 paragraph, 2 bullet or note, 3 sub-bullet) and text.
    struct Block {
        var level: Int
        var isNote: Bool
        var text: Text
    }

    struct Text {
        var korean: String
        var english: String
    }

    /// A pair of parallel templates.
    struct Template {
        var korean: String
        var english: String

        init(_ korean: String, _ english: String) {
            self.korean = korean
            self.english = english
        }
    }

    /// A meeting the release is about; its name recurs in the release, its slug names the file.
    struct Event {
        var korean: String
        var english: String
        var slug: String
    }

    var random: SeededRandom
    let terms: [CorpusGenerator.TermPair]
    let year: Int
    let event: Event
    private let speaker: Text

    init(random: SeededRandom, terms: [CorpusGenerator.TermPair], year: Int) {
        self.random = random
        self.terms = terms
        self.year = year
        event = self.random.pick(Self.events)
        let surname = self.random.pick(Self.surnames)
        speaker = Text(korean: "\(surname.korean) 국장", english: "Director-General \(surname.english)")
    }

    /// `count` blocks: numbered paragraphs, most with bullets, some bullets with sub-bullets, and
    /// now and then a note after a paragraph's bullets.
    mutating func blocks(count: Int) -> [Block] {
        var blocks: [Block] = []
        func add(_ level: Int, note: Bool = false) {
            let templates = note ? Self.notes : level == 1 ? Self.paragraphs : level == 2 ? Self.bullets : Self.subBullets
            blocks.append(Block(level: level, isNote: note, text: sentence(from: templates)))
        }
        while blocks.count < count {
            add(1)
            if random.chance(70) {
                for _ in 0..<random.int(in: 1...3) where blocks.count < count {
                    add(2)
                    if random.chance(30) {
                        for _ in 0..<random.int(in: 1...3) where blocks.count < count { add(3) }
                    }
                }
            }
            if random.chance(15) && blocks.count < count { add(2, note: true) }
        }
        return blocks
    }

    /// One template, filled.
    mutating func sentence(from templates: [Template]) -> Text {
        let template = random.pick(templates)
        var values: [Substring: Text] = [:]
        let korean = fill(template.korean, korean: true, values: &values)
        var english = fill(template.english, korean: false, values: &values)
        // A term that starts the sentence ("supply chain") starts with a capital there.
        if let first = english.first, first.isLowercase {
            english = first.uppercased() + english.dropFirst()
        }
        return Text(korean: korean, english: english)
    }

    private mutating func fill(_ template: String, korean: Bool, values: inout [Substring: Text]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let close = rest[open...].firstIndex(of: "}")!
            let slot = rest[rest.index(after: open)..<close]
            let parts = slot.split(separator: ":", maxSplits: 1)
            let name = parts[0]
            let value: Text
            if let known = values[name] {
                value = known
            } else {
                value = self.value(for: name, except: values)
                values[name] = value
            }
            if korean {
                result += value.korean
                if parts.count > 1 { result += Self.particle(String(parts[1]), after: value.korean) }
            } else {
                result += value.english
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private mutating func value(for slot: Substring, except chosen: [Substring: Text]) -> Text {
        switch slot {
        case "A", "B":
            // Two different terms in one sentence.
            let other = chosen[slot == "A" ? "B" : "A"]?.korean
            while true {
                let term = random.pick(terms)
                if term.korean != other { return Text(korean: term.korean, english: term.english) }
            }
        case "SPEAKER": return speaker
        case "EVENT": return Text(korean: event.korean, english: event.english)
        case "CITY":
            let city = random.pick(Self.cities)
            return Text(korean: city.korean, english: city.english)
        case "DATE": return date()
        case "YEAR": return plain(String(year))
        case "PLANYEAR": return plain(String(year + random.int(in: 1...3)))
        case "PREVYEAR": return plain(String(year - random.int(in: 1...5)))
        case "N": return plain(String(random.int(in: 2...9)))
        case "ORD":
            let number = random.int(in: 2...60)
            return Text(korean: "제\(number)차", english: Self.ordinal(number))
        case "PCT":
            let whole = random.int(in: 1...40)
            let tenth = random.int(in: 0...9)
            return plain(tenth == 0 ? "\(whole)%" : "\(whole).\(tenth)%")
        case "AMOUNT", "AMOUNT2": return amount()
        case "TONS":
            let tenThousands = random.int(in: 1...99)
            return Text(korean: "\(tenThousands)만 톤", english: "\((tenThousands * 10_000).grouped) tons")
        case "COUNTRIES":
            let count = random.int(in: 10...190)
            return Text(korean: "약 \(count)개국", english: "about \(count) countries")
        case "PEOPLE":
            let count = random.int(in: 20...500)
            return Text(korean: "약 \(count)명", english: "about \(count) participants")
        default:
            preconditionFailure("unknown template slot {\(slot)}")
        }
    }

    private func plain(_ text: String) -> Text { Text(korean: text, english: text) }

    /// A day of the release's year: 9.25.(금) = September 25 (Fri.).
    private mutating func date() -> Text {
        let month = random.int(in: 1...12)
        let day = random.int(in: 1...CivilDate.daysIn(month: month, year: year))
        let weekday = CivilDate(year: year, month: month, day: day).weekday
        return Text(
            korean: "\(month).\(day).(\(Self.koreanWeekdays[weekday]))",
            english: "\(Self.months[month - 1]) \(day) (\(Self.englishWeekdays[weekday]).)")
    }

    /// Money as Korean counts it (만, 억) and as English does (million, billion).
    private mutating func amount() -> Text {
        switch random.int(in: 0...2) {
        case 0:
            // 4,500만 달러 = USD 45 million
            let millions = random.int(in: 1...99)
            return Text(korean: "\((millions * 100).grouped)만 달러", english: "USD \(millions) million")
        case 1:
            // 3억 달러 = USD 300 million; 25억 달러 = USD 2.5 billion
            let hundredMillions = random.int(in: 1...60)
            let english = hundredMillions < 10
                ? "USD \(hundredMillions * 100) million" : "USD \(Self.decimal(hundredMillions, tenths: true)) billion"
            return Text(korean: "\(hundredMillions)억 달러", english: english)
        default:
            // 350억 원 = KRW 35 billion
            let hundredMillions = random.int(in: 10...999)
            return Text(korean: "\(hundredMillions.grouped)억 원", english: "KRW \(Self.decimal(hundredMillions, tenths: true)) billion")
        }
    }

    // MARK: Writing numbers and particles

    /// `value` tenths as a decimal: 25 → "2.5", 30 → "3".
    static func decimal(_ value: Int, tenths: Bool) -> String {
        value % 10 == 0 ? "\(value / 10)" : "\(value / 10).\(value % 10)"
    }

    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    /// The particle `written` (its form after a final consonant, such as 을, 과의, 으로) in the
    /// form that agrees with the last syllable of `word`: 외교부를, 공급망을, 서울로.
    static func particle(_ written: String, after word: String) -> String {
        guard let last = word.unicodeScalars.last, CorpusGenerator.isHangulSyllable(last) else { return written }
        let finalConsonant = (last.value - 0xAC00) % 28
        for (consonantForm, vowelForm) in alternatingParticles where written.hasPrefix(consonantForm) {
            let rest = written.dropFirst(consonantForm.count)
            // 으로 becomes 로 after a vowel and after ㄹ (final consonant 8).
            let takesVowelForm = finalConsonant == 0 || (consonantForm == "으로" && finalConsonant == 8)
            return (takesVowelForm ? vowelForm : consonantForm) + rest
        }
        return written
    }

    private static let alternatingParticles = [("으로", "로"), ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와")]
}
