/// Finds the terms of one language in texts, in one pass whatever the number of terms.
///
/// Build it once per glossary and language; then call ``matches(in:context:)`` for each
/// block of a release, in order, with one ``Context`` per release. The rules (see
/// `shared/DESIGN.md`, "Matching must be right for both languages"):
///
/// - Everything is compared in Unicode NFC with look-alike characters folded (full-width,
///   curly quotes, dashes, middle dots), whitespace runs as one space and a hyphen between
///   letters as a space.
/// - **Korean** terms match whatever their spacing ("국제 보건 규칙" is reported as a spacing
///   variant of "국제보건규칙"), must start a word (so "보건" is not in "보건복지부"), and may be
///   followed in the same word only by particles or a copula ("국제보건규칙을",
///   "비핵화라는"), possibly after a parenthesis or closing bracket ("세계식량계획(WFP)과").
/// - **English** and other Latin-script terms (also "WHO" in a Korean text) match on word
///   boundaries, case-insensitively unless the term is an all-capital acronym; an English
///   term may take a plural (s, es, y → ies) and a possessive ('s, s') ending.
/// - "Full Name (X)" introduces X as an abbreviation of the term; later occurrences of X in
///   the same context count as the term.
/// - Where matches overlap, the longest wins, whether its term is approved or forbidden, and
///   the shorter terms inside it do not count.
public struct TermMatcher: Sendable {
    /// A term to look for, with the other spellings that count as it.
    public struct Term: Hashable, Sendable {
        public var text: String
        /// Other spellings: Korean spacing or punctuation variants, alternative forms.
        public var variants: [String]
        /// Abbreviations that count as the term once "text (abbreviation)" has appeared.
        public var abbreviations: [String]
        /// `nil` follows the default rule: all-capital acronyms (ROK, WHO, COVID-19) are
        /// case-sensitive, everything else is not.
        public var caseSensitive: Bool?

        public init(_ text: String, variants: [String] = [], abbreviations: [String] = [], caseSensitive: Bool? = nil) {
            self.text = text
            self.variants = variants
            self.abbreviations = abbreviations
            self.caseSensitive = caseSensitive
        }
    }

    /// What earlier blocks of the same release established: the abbreviations introduced so far.
    ///
    /// Use one context per release and per matcher, passing the blocks in document order.
    public struct Context: Sendable {
        /// Abbreviations introduced so far, as written, with the index of the term they stand for.
        public private(set) var definedAbbreviations: [String: Int] = [:]
        var termByKey: [[UInt32]: Int] = [:]
        /// The first word of each key in `termByKey`: a text word that is none of them starts
        /// no abbreviation, which spares looking its words up.
        private(set) var firstWords: [[UInt32]] = []
        var matcherID: UInt64?
        /// The buffers of the last text scanned, reused for the next one.
        var scratch = NormalizedText()

        public init() {}

        mutating func define(key: [UInt32], written: String, term: Int) {
            termByKey[key] = term
            definedAbbreviations[written] = term
            let firstWord = Array(key.prefix(while: Scalars.isWord))
            if !firstWord.isEmpty && !firstWords.contains(firstWord) { firstWords.append(firstWord) }
        }

        /// Starts over when handed to a different matcher, whose term indices mean other terms.
        mutating func bind(to id: UInt64) {
            if matcherID != id {
                self = Context()
                matcherID = id
            }
        }
    }

    public let language: TextLanguage
    public let terms: [Term]

    let patterns: [Pattern]
    let automaton: Automaton
    /// The canonical spelling of each term, for telling spacing variants apart.
    let canonical: [CanonicalForm]
    /// Each term's listed abbreviations in folded, case-kept form.
    let listedAbbreviations: [[[UInt32]]]
    let id: UInt64

    /// Builds the automaton. Cost: sorting the spellings, then linear in their total length.
    public init(terms: [Term], language: TextLanguage) {
        self.language = language
        self.terms = terms
        var patterns: [Pattern] = []
        var canonical: [CanonicalForm] = []
        var listedAbbreviations: [[[UInt32]]] = []
        // One buffer folds every spelling; a pattern keeps a copy of just its exact scalars.
        var form = NormalizedText()
        func fold(_ text: String) -> (exact: [UInt32], spaced: [UInt32]) {
            form.normalize(text.trimmingWhitespaceAndNewlines(), language: language)
            let exact = form.exact.withUnsafeBufferPointer { Array($0) }
            let keepsSpaces = form.spaceRemovedBefore.dropFirst().contains(true)
            return (exact, keepsSpaces ? form.spacedExact(0..<form.count) : exact)
        }
        for (termIndex, term) in terms.enumerated() {
            let firstPattern = patterns.count
            func add(_ exact: [UInt32], spaced: [UInt32], spelling: TermMatch.Spelling, caseSensitive: Bool) {
                guard !exact.isEmpty else { return }
                if let existing = patterns[firstPattern...].firstIndex(where: { !$0.isPluralForm && $0.exact == exact }) {
                    // "국제 보건 규칙" is the key of "국제보건규칙" again; remember its spacing only.
                    patterns[existing].addSpacing(spaced)
                    return
                }
                // The fold of a normalized text lowercases its exact scalars, so the folded form is
                // not kept: the automaton lowercases `exact` as it reads it.
                patterns.append(Pattern(
                    term: termIndex, spelling: spelling, exact: exact, lowercasesKey: true, spaced: spaced,
                    caseSensitive: caseSensitive, isPluralForm: false))
                if language == .english, let plural = Pattern.iesPlural(exact: exact) {
                    patterns.append(Pattern(
                        term: termIndex, spelling: spelling, exact: plural, lowercasesKey: true, spaced: plural,
                        caseSensitive: caseSensitive, isPluralForm: true))
                }
            }
            // The term's own spelling, its spaced form shared by its pattern and its canonical form.
            let own = fold(term.text)
            add(
                own.exact, spaced: own.spaced, spelling: .term,
                caseSensitive: term.caseSensitive ?? Self.isAllCapitalAcronym(term.text))
            for (index, variant) in term.variants.enumerated() {
                let folded = fold(variant)
                add(
                    folded.exact, spaced: folded.spaced, spelling: .variant(index),
                    caseSensitive: term.caseSensitive ?? Self.isAllCapitalAcronym(variant))
            }
            canonical.append(CanonicalForm(spaced: own.spaced))
            listedAbbreviations.append(term.abbreviations.map { NormalizedText($0, language: language).exact })
        }
        self.patterns = patterns
        self.canonical = canonical
        self.listedAbbreviations = listedAbbreviations
        self.automaton = Automaton(keys: patterns.map(\.exact))
        self.id = UInt64.random(in: 1...UInt64.max)
    }

    /// Builds a matcher for plain terms with the default case rule and no variants.
    public init(terms: [String], language: TextLanguage) {
        self.init(terms: terms.map { Term($0) }, language: language)
    }

    /// The terms in `text`, in text order, after the longest-match rule; abbreviations that
    /// `text` introduces are added to `context` for the blocks that follow.
    public func matches(in text: String, context: inout Context) -> [TermMatch] {
        scan(text, context: &context).matches
    }

    /// The terms in a standalone text, with no abbreviations from elsewhere.
    public func matches(in text: String) -> [TermMatch] {
        var context = Context()
        return matches(in: text, context: &context)
    }

    /// The default case rule: a term whose letters (at least two) are all capitals.
    static func isAllCapitalAcronym(_ text: String) -> Bool {
        // One pass, without building the filtered string; ASCII and Hangul skip the property tables.
        var letters = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLetter: Bool, isUppercase: Bool
            switch value {
            case 0x41...0x5A: (isLetter, isUppercase) = (true, true)
            case 0x61...0x7A, 0xAC00...0xD7A3: (isLetter, isUppercase) = (true, false)
            case 0..<0x80: (isLetter, isUppercase) = (false, false)
            default: (isLetter, isUppercase) = (scalar.properties.isAlphabetic, scalar.properties.isUppercase)
            }
            guard isLetter else { continue }
            guard isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}

extension TermMatcher {
    /// One key of the automaton: a spelling of a term, or its y → ies plural.
    ///
    /// A glossary of 100,000 terms has a quarter of a million of these, so a pattern keeps one
    /// scalar array where it can: the folded key is `exact` lowercased as it is read, a Korean
    /// key without spaces is its own spaced form, and only Korean keys keep spaced forms at all.
    struct Pattern: Sendable {
        var term: Int
        var spelling: TermMatch.Spelling
        var exact: [UInt32]
        /// Whether the key is `exact` lowercased (a glossary spelling) rather than `exact` as
        /// written (an abbreviation introduced in the text).
        let lowercasesKey: Bool
        /// For keys with Hangul, `exact` with the spaces of each listed spelling that has this
        /// key (Korean keys drop them); empty for the others, whose spacing is never compared.
        private(set) var spacedForms: [[UInt32]]
        var caseSensitive: Bool
        var isPluralForm: Bool

        var length: Int { exact.count }
        let containsHangul: Bool

        init(
            term: Int, spelling: TermMatch.Spelling, exact: [UInt32], lowercasesKey: Bool, spaced: [UInt32],
            caseSensitive: Bool, isPluralForm: Bool
        ) {
            self.term = term
            self.spelling = spelling
            self.exact = exact
            self.lowercasesKey = lowercasesKey
            self.caseSensitive = caseSensitive
            self.isPluralForm = isPluralForm
            containsHangul = exact.contains(where: Scalars.isHangul)
            // `exact` itself when equal, so that the two share storage (a large glossary holds many).
            spacedForms = containsHangul ? [spaced == exact ? exact : spaced] : []
        }

        /// The scalar of the key `offset` places before its end (1 for the last), as the
        /// automaton reads it, or `nil` for a shorter key.
        func folded(beforeEnd offset: Int) -> UInt32? {
            guard offset <= exact.count else { return nil }
            let value = exact[exact.count - offset]
            return lowercasesKey ? Scalars.lowercased(value) : value
        }

        /// Records another listed spacing of the same key.
        mutating func addSpacing(_ spaced: [UInt32]) {
            if containsHangul { spacedForms.append(spaced) }
        }

        /// "foreign ministry" → "foreign ministries"; other plurals are endings on the text side.
        static func iesPlural(exact: [UInt32]) -> [UInt32]? {
            guard exact.count >= 3 else { return nil }
            let last = exact[exact.count - 1]
            let beforeLast = Scalars.lowercased(exact[exact.count - 2])
            guard last == 0x79 || last == 0x59, Scalars.isWord(beforeLast), beforeLast > 0x39,
                !"aeiou".unicodeScalars.contains(where: { $0.value == beforeLast })
            else { return nil }
            let suffix: [UInt32] = last == 0x59 ? [0x49, 0x45, 0x53] : [0x69, 0x65, 0x73]
            return exact.dropLast() + suffix
        }
    }

    /// A term's canonical spelling with its spaces, for telling spacing variants apart.
    struct CanonicalForm: Sendable {
        var spaced: [UInt32]
    }
}
