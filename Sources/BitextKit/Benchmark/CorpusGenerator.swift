import Foundation

/// Writes a synthetic corpus of Korean/English release pairs for benchmarks: the same bytes for
/// the same options on every run.
///
/// Each pair follows the fixtures' conventions (`shared/fixtures/README.md`): `NAME.ko.txt` and
/// `NAME.en.txt` with the same block tree (numbered paragraphs, `ㅇ`/`o` bullets, `  - `
/// sub-bullets, `※` notes), clean or web-capture shape, one block per line. The texts are built
/// from parallel sentence templates (`CorpusGenerator+Templates.swift`) filled with glossary terms
/// and their approved English rendering, Korean particles that agree with the term, and numbers
/// written each language's way (9.25.(금) = September 25 (Fri.), 4,500만 달러 = USD 45 million,
/// 제12차 = 12th), so that `bitext check` with the same glossary finds nothing to report.
///
/// Sizes are counted in units (the title and every block), the unit of check and XLIFF. Release
/// `k` depends only on the seed and `k`, so a small corpus is the start of a larger one.
public struct CorpusGenerator: Sendable {
    public struct Options: Sendable {
        /// Units in the whole corpus (titles and blocks of both languages counted once).
        public var units: Int
        public var seed: UInt64
        /// The share of releases written as web captures (page chrome and metadata lines), in percent.
        public var webCapturePercent: Int

        public init(units: Int, seed: UInt64 = 1, webCapturePercent: Int = 20) {
            self.units = units
            self.seed = seed
            self.webCapturePercent = webCapturePercent
        }
    }

    /// A glossary term the templates may use: the Korean key and one approved English rendering.
    public struct TermPair: Hashable, Sendable {
        public var korean: String
        public var english: String
    }

    /// One generated release in both languages.
    public struct Pair: Sendable {
        /// The path inside the corpus folder without the language suffix: `2021/2021-03-04-joint-committee-000123`.
        public var name: String
        public var korean: String
        public var english: String
        /// The title and every block.
        public var units: Int
    }

    /// What `write(to:)` wrote.
    public struct Summary: Hashable, Sendable {
        public var pairs: Int
        public var units: Int
        public var bytes: Int
    }

    public let options: Options
    /// The glossary terms in use, in glossary order.
    public let terms: [TermPair]

    /// Prepares a generator that uses `glossary`'s Korean terms with their first approved English
    /// rendering. Terms the templates cannot use safely are left out: those not ending in a Hangul
    /// syllable (no particle rule applies), those with digits (they carry numbers of their own), and
    /// those whose English is also a forbidden rendering elsewhere in the glossary ("overseas Koreans").
    public init(glossary: Glossary, options: Options) throws(CorpusGeneratorError) {
        guard options.units >= 2 else { throw .tooFewUnits(options.units) }
        self.options = options
        let entries = glossary.entries(from: .korean, to: .english)
        let forbidden = Set(entries.flatMap(\.forbidden).map { $0.text.lowercased() })
        terms = entries.compactMap { entry in
            let korean = entry.source.text
            guard let english = entry.approved.first?.text,
                let last = korean.unicodeScalars.last, Self.isHangulSyllable(last),
                !korean.contains(where: \.isNumber), !english.contains(where: \.isNumber),
                !forbidden.contains(english.lowercased())
            else { return nil }
            return TermPair(korean: korean, english: english)
        }
        guard terms.count >= 2 else { throw .tooFewTerms(terms.count) }
    }

    /// Calls `body` with every release in order. Memory holds one release at a time.
    public func forEachPair(_ body: (Pair) throws -> Void) rethrows {
        var sizes = SeededRandom(seed: options.seed ^ 0x5EED_0F_512E)
        var remaining = options.units
        var index = 0
        while remaining > 0 {
            var units = sizes.int(in: 12...36)
            // The last release takes what is left; a release needs a title and one block.
            if remaining - units < 2 { units = remaining }
            try body(pair(number: index, units: units))
            remaining -= units
            index += 1
        }
    }

    /// Writes every pair under `folder` (one sub-folder per year), creating it if needed.
    @discardableResult
    public func write(to folder: URL, progress: ProgressLine? = nil) throws -> Summary {
        let fileManager = FileManager.default
        var summary = Summary(pairs: 0, units: 0, bytes: 0)
        var madeFolders = Set<String>()
        try forEachPair { pair in
            let base = folder.appendingPathComponent(pair.name)
            let year = base.deletingLastPathComponent()
            if madeFolders.insert(year.path).inserted {
                try fileManager.createDirectory(at: year, withIntermediateDirectories: true)
            }
            try Self.writeFile(pair.korean, to: base.path + ".ko.txt")
            try Self.writeFile(pair.english, to: base.path + ".en.txt")
            summary.pairs += 1
            summary.units += pair.units
            summary.bytes += pair.korean.utf8.count + pair.english.utf8.count
            progress?.update(units: summary.units, done: summary.pairs)
        }
        progress?.finish()
        return summary
    }

    /// Writes a file with plain `write(2)`: `Data.write(to:)` calls `fsync` for every file, which
    /// on a virtual disk made writing a large corpus a hundred times slower than generating it.
    /// A benchmark corpus is scratch data; durability is not its point.
    static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CorpusGeneratorError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CorpusGeneratorError.cannotWrite(path, String(cString: strerror(errno)))
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Release number `number` with exactly `units` units.
    func pair(number: Int, units: Int) -> Pair {
        var random = SeededRandom(seed: options.seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(number) &* 0x9E37_79B9)
        let date = CivilDate(daysSinceEpoch: Self.firstDay + number / Self.releasesPerDay)
        let webCapture = random.chance(options.webCapturePercent)
        var writer = CorpusReleaseWriter(random: random, terms: terms, year: date.year)

        let title = writer.sentence(from: CorpusReleaseWriter.titles)
        let blocks = writer.blocks(count: units - 1)
        let time = "\(Self.padded(9 + number % 9, 2)):\(Self.padded((number * 7) % 60, 2)):00"
        let name = "\(Self.padded(date.year, 4))/\(date.iso)-\(writer.event.slug)-\(Self.padded(number, 6))"
        let hits = 1000 + writer.random.int(in: 0...8999)

        var korean = "", english = ""
        if webCapture {
            korean += "본문 바로가기\n\n주메뉴 바로가기\n\n홈 > 언론·정책 > 보도자료\n보도자료 상세보기\n\n"
            korean += "\(title.korean)\n\n작성일 \(date.iso) \(time)\n조회수 \(hits)\n담당부서 다자외교조정관실 정책협력과\n\n"
            english += "Skip navigation\n\nCountries Information\n\n  1. HOME\n  2. Press\n  3. Press Releases\n"
            english += "Press Releases 상세보기\n\n\(title.english)\n\n  • Date : \(date.iso) \(time)\n  • Hit : \(hits + 311)\n\n"
        } else {
            korean += "\(title.korean)\n작성일 \(date.iso) \(time)\n\n"
            english += "\(title.english)\nDate : \(date.iso) \(time)\n\n"
        }
        var paragraph = 0
        for (index, block) in blocks.enumerated() {
            // A nested bullet follows its parent directly; other blocks are separated by a blank line.
            if index > 0 && block.level < 3 {
                korean += "\n"
                english += "\n"
            }
            switch block.level {
            case 1:
                paragraph += 1
                korean += "\(paragraph). "
                english += "\(paragraph). "
            case 2:
                korean += block.isNote ? "※ " : "ㅇ "
                english += block.isNote ? "※ " : "o "
            default:
                korean += "  - "
                english += "  - "
            }
            korean += block.text.korean + "\n"
            english += block.text.english + "\n"
        }
        return Pair(name: name, korean: korean, english: english, units: units)
    }

    /// 2015-01-01, and eight releases a day from then on: a million units span about fourteen years.
    static let firstDay = CivilDate(year: 2015, month: 1, day: 1).daysSinceEpoch
    static let releasesPerDay = 8

    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// `value` in decimal with leading zeros up to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Why a corpus could not be generated.
public enum CorpusGeneratorError: Error, Equatable, CustomStringConvertible {
    case tooFewUnits(Int)
    case tooFewTerms(Int)
    case invalidSize(String)
    case folderExists(String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .tooFewUnits(let units):
            "a corpus needs at least 2 units (a title and a block), not \(units)"
        case .tooFewTerms(let count):
            "the glossary has \(count) Korean term(s) with an approved English rendering that the generator can use; it needs at least 2"
        case .invalidSize(let text):
            "“\(text)” is not a size; write a number with an optional k or M (1k, 100k, 1M)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .folderExists(let path):
            "\(path) already exists; generate into a new folder so that corpora are not mixed"
        }
    }
}

extension CorpusGenerator {
    /// Reads a size as people write it: `1000`, `1k`, `100k`, `1M`, `1_000_000`.
    public static func size(_ text: String) throws(CorpusGeneratorError) -> Int {
        var digits = text.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
        var factor = 1
        if digits.hasSuffix("k") {
            factor = 1_000
            digits.removeLast()
        } else if digits.hasSuffix("m") {
            factor = 1_000_000
            digits.removeLast()
        }
        guard let value = Int(digits), value > 0 else { throw .invalidSize(text) }
        return value * factor
    }
}

/// A proleptic Gregorian date, enough to name releases and write weekdays right.
struct CivilDate: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Howard Hinnant's `civil_from_days`.
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Howard Hinnant's `days_from_civil`.
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 for Sunday … 6 for Saturday (1970-01-01 was a Thursday).
    var weekday: Int {
        ((daysSinceEpoch + 4) % 7 + 7) % 7
    }

    var iso: String {
        "\(CorpusGenerator.padded(year, 4))-\(CorpusGenerator.padded(month, 2))-\(CorpusGenerator.padded(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// `write(2)`, under a name that `CorpusGenerator.write(to:)` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
