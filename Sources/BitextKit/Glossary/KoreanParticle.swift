import Foundation

/// A Korean particle (조사) or copula ending, and whether it agrees with the word before it.
///
/// Many particles have two forms chosen by the last syllable of the word they follow: one
/// after a final consonant (받침) and one after a vowel — 은/는, 이/가, 을/를, 과/와,
/// 으로/로 (로 also after ㄹ), 이다/다. A translator who replaces "국제보건규칙" with another
/// term, or a tool that substitutes terms, easily leaves "국제보건규칙는" behind; this is the
/// check that catches it.
public struct KoreanParticle: Hashable, Sendable {
    /// How a particle relates to the word before it.
    public enum Agreement: Hashable, Sendable {
        case agrees
        /// The particle has the wrong form; `expected` is the whole particle sequence corrected.
        case disagrees(expected: String)
        /// The word does not end in a Hangul syllable (an acronym, a number) or the text is
        /// not a particle, so there is nothing to check.
        case notApplicable
    }

    enum Kind: Hashable, Sendable {
        /// One form everywhere (의, 에, 도).
        case invariant
        /// Consonant form after a final consonant, vowel form after a vowel (은/는).
        case alternating
        /// Like `alternating`, but ㄹ takes the vowel form (으로/로: 서울로).
        case instrumental
        /// A copula form: after a vowel the full form is also right (비핵화이다 and 비핵화다).
        case copula
        /// A suffix that stays part of the noun: plural 들, and 가 completing 국가 after a term
        /// ending in 국 ("공여국가의"). The next particle agrees with the suffix.
        case nounSuffix
    }

    /// The particle as written.
    public let text: String
    /// Its form after a final consonant (은, 으로, 이다); equal to `afterVowel` when invariant.
    public let afterConsonant: String
    /// Its form after a vowel (는, 로, 다).
    public let afterVowel: String
    let kind: Kind

    /// Splits the Hangul that follows a term into particles, longest first, or returns `nil`
    /// when it is not made of particles ("복지부" after "보건").
    public static func split(_ text: String) -> [KoreanParticle]? {
        split(Array(text.precomposedForParticles.unicodeScalars.map(\.value))[...])
    }

    /// Splits particles after a word whose last syllable is `last`, when known: after 국, a
    /// leading 가 is read as the noun 국가 ("개발도상국가의"), not as a subject particle that
    /// would disagree.
    static func split(_ scalars: ArraySlice<UInt32>, after last: UInt32? = nil) -> [KoreanParticle]? {
        guard !scalars.isEmpty else { return nil }
        var parts: [KoreanParticle] = []
        var rest = scalars
        if last == 0xAD6D, rest.first == 0xAC00 {  // 국 + 가
            parts.append(KoreanParticle(text: "가", afterConsonant: "가", afterVowel: "가", kind: .nounSuffix))
            rest = rest.dropFirst()
            if rest.isEmpty { return parts }
        }
        return parse(rest, into: &parts) ? parts : nil
    }

    /// Whether `particles` (one or a sequence, such as "으로서의") agree with the last syllable
    /// of `word`.
    ///
    /// A parenthesis or closing bracket at the end of `word` is looked through, because the
    /// particle belongs to the word before it: "세계식량계획(WFP)과" and "「담대한 구상」에" agree.
    public static func agreement(of particles: String, after word: String) -> Agreement {
        guard var last = lastSyllable(of: word) else { return .notApplicable }
        let scalars = Array(particles.precomposedForParticles.unicodeScalars.map(\.value))[...]
        guard let parts = split(scalars, after: last), !parts.isEmpty else { return .notApplicable }
        var index = 0
        while index < parts.count, parts[index].kind == .nounSuffix {
            last = parts[index].text.unicodeScalars.last!.value
            index += 1
        }
        guard index < parts.count else { return .agrees }
        let particle = parts[index]
        let final = (last - 0xAC00) % 28
        let expected: String
        switch particle.kind {
        case .invariant, .nounSuffix:
            return .agrees
        case .alternating, .copula:
            expected = final == 0 ? particle.afterVowel : particle.afterConsonant
        case .instrumental:
            expected = (final == 0 || final == 8) ? particle.afterVowel : particle.afterConsonant
        }
        if particle.text == expected { return .agrees }
        if particle.kind == .copula && final == 0 && particle.text == particle.afterConsonant { return .agrees }
        let corrected = parts[..<index].map(\.text) + [expected] + parts[(index + 1)...].map(\.text)
        return .disagrees(expected: corrected.joined())
    }

    /// The last Hangul syllable of a word, looking through trailing spaces, closing brackets
    /// and parentheses; `nil` when the word ends in something else.
    static func lastSyllable(of word: String) -> UInt32? {
        let scalars = word.precomposedForParticles.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let lastIndex = scalars.index(before: end)
            let last = scalars[lastIndex].value
            if TermMatcher.Scalars.isWhitespace(last) || (TermMatcher.Scalars.isCloser(last) && last != 0x29) {
                end = lastIndex
            } else if last == 0x29, let open = scalars[..<lastIndex].lastIndex(of: "(") {
                end = open
            } else {
                break
            }
        }
        guard end > scalars.startIndex else { return nil }
        let last = scalars[scalars.index(before: end)].value
        return TermMatcher.Scalars.isHangulSyllable(last) ? last : nil
    }

    private static func parse(_ scalars: ArraySlice<UInt32>, into parts: inout [KoreanParticle]) -> Bool {
        let table = Self.table
        guard let first = scalars.first, let forms = table.formsByFirstScalar[first] else { return scalars.isEmpty }
        // Longest first, as the forms starting with this syllable are listed.
        for form in forms where Int(form.length) <= scalars.count {
            let length = Int(form.length)
            guard table.scalars[Int(form.start)..<(Int(form.start) + length)].elementsEqual(scalars.prefix(length)) else {
                continue
            }
            let particle = table.particles[Int(form.particle)]
            // 들 only right after the noun (or its 국가).
            if particle.kind == .nounSuffix && !parts.allSatisfy({ $0.kind == .nounSuffix }) { continue }
            if particle.isFinal && length < scalars.count { continue }  // nothing follows 을, 의, 이다 …
            parts.append(particle)
            if parse(scalars.dropFirst(length), into: &parts) { return true }
            parts.removeLast()
        }
        return false
    }

    /// Case markers and copula endings close the word: "가의" or "을도" are not particles.
    let isFinal: Bool

    private init(text: String, afterConsonant: String, afterVowel: String, kind: Kind) {
        self.text = text
        self.afterConsonant = afterConsonant
        self.afterVowel = afterVowel
        self.kind = kind
        isFinal = kind == .copula || ["은", "는", "이", "가", "을", "를", "의", "도"].contains(text)
    }

    /// Every particle and copula form, by its first syllable.
    private static let table = Table()

    private struct Table: Sendable {
        /// A written form: its scalars in `scalars` and its particle in `particles`. Plain
        /// integers, so that trying forms copies no strings or arrays.
        struct Form: Sendable {
            var start: Int32
            var length: Int32
            var particle: Int32
        }

        /// For each first scalar, the forms that start with it, longest first.
        var formsByFirstScalar: [UInt32: [Form]] = [:]
        var scalars: [UInt32] = []
        var particles: [KoreanParticle] = []

        init() {
            let alternating: [(String, String)] = [
                ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("이랑", "랑"), ("이나", "나"),
                ("이든", "든"), ("이든지", "든지"), ("이라도", "라도"), ("이나마", "나마"), ("이야", "야"),
                ("이야말로", "야말로"),
            ]
            let instrumental: [(String, String)] = [
                ("으로", "로"), ("으로서", "로서"), ("으로써", "로써"), ("으로부터", "로부터"),
            ]
            let copula: [(String, String)] = [
                ("이다", "다"), ("이며", "며"), ("이고", "고"), ("이자", "자"), ("이었다", "였다"), ("이었고", "였고"),
                ("이었으며", "였으며"), ("이었던", "였던"), ("이었는데", "였는데"), ("이었으나", "였으나"),
                ("이던", "던"), ("이라", "라"), ("이라는", "라는"), ("이라고", "라고"), ("이란", "란"),
                ("이라면", "라면"), ("이라서", "라서"), ("이면", "면"), ("이므로", "므로"), ("이지만", "지만"),
                ("이니", "니"), ("이니까", "니까"), ("이어서", "여서"), ("이어야", "여야"), ("이에요", "예요"),
                ("이었습니다", "였습니다"), ("이기에", "기에"), ("이기도", "기도"), ("이지", "지"),
            ]
            let invariant = [
                "의", "에", "에서", "에게", "에게서", "께", "께서", "한테", "한테서", "더러", "하고", "부터",
                "까지", "도", "만", "조차", "마저", "처럼", "같이", "보다", "마다", "밖에", "뿐", "대로", "만큼",
                "치고", "인", "일", "임", "입니다", "에의",
            ]
            for (consonant, vowel) in alternating { add(consonant, vowel, .alternating) }
            for (consonant, vowel) in instrumental { add(consonant, vowel, .instrumental) }
            for (consonant, vowel) in copula { add(consonant, vowel, .copula) }
            for form in invariant { add(form, form, .invariant) }
            add("들", "들", .nounSuffix)
            for (first, forms) in formsByFirstScalar {
                formsByFirstScalar[first] = forms.sorted { $0.length > $1.length }
            }
        }

        private mutating func add(_ afterConsonant: String, _ afterVowel: String, _ kind: Kind) {
            for text in Set([afterConsonant, afterVowel]) where !particles.contains(where: { $0.text == text }) {
                let written = text.unicodeScalars.map(\.value)
                formsByFirstScalar[written[0], default: []].append(
                    Form(start: Int32(scalars.count), length: Int32(written.count), particle: Int32(particles.count)))
                scalars += written
                particles.append(KoreanParticle(text: text, afterConsonant: afterConsonant, afterVowel: afterVowel, kind: kind))
            }
        }
    }
}

extension String {
    /// NFC, so that a decomposed final syllable still shows its final consonant.
    fileprivate var precomposedForParticles: String {
        unicodeScalars.allSatisfy { $0.value < 0x1100 || $0.value > 0x11FF } ? self : precomposedStringWithCanonicalMapping
    }
}
