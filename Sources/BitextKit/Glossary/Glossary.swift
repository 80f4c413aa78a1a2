import Foundation

/// A bilingual term base: concepts, each with approved and forbidden terms per language.
///
/// A concept gathers every row that shares a key term (the term in the first language
/// column of its file), so that "외교부 = Ministry of Foreign Affairs", "외교부 = MOFA" and
/// "외교부 ≠ Ministry of Foreign Affairs and Trade" form one concept with two approved
/// English variants and one forbidden one. The key term is always approved; a row's
/// `status` applies to its other cells, which is how a forbidden rendering is named
/// without forbidding the source term itself. Use ``entries(from:to:)`` or
/// ``GlossaryDirection`` to look the glossary up in either direction.
public struct Glossary: Hashable, Sendable {
    /// Whether a term may be used.
    public enum Status: String, Hashable, Sendable {
        case approved, forbidden

        /// Reads a status as glossaries write it, ignoring case: `approved`/`forbidden`, or the
        /// TBX names (`preferredTerm-admn-sts`, `deprecated`, TBX-Min's `notRecommended`, …), so
        /// that a term base exported from a CAT tool loads unchanged. `nil` for anything else.
        public init?(name: String) {
            // The usual spellings first, without lowering and filtering a copy of the cell.
            switch name {
            case "approved", "preferred": self = .approved; return
            case "forbidden", "deprecated": self = .forbidden; return
            default: break
            }
            var name = name.lowercased().filter { !$0.isWhitespace }  // "Preferred Term" too
            if name.hasSuffix("-admn-sts") { name.removeLast("-admn-sts".count) }
            if name.hasSuffix("term") { name.removeLast("term".count) }
            switch name {
            case "approved", "preferred", "admitted", "standardized", "legal", "regulated":
                self = .approved
            case "forbidden", "deprecated", "superseded", "notrecommended", "obsolete":
                self = .forbidden
            default:
                return nil
            }
        }
    }

    /// How letter case counts when a term is matched.
    public enum CaseRule: String, Hashable, Sendable {
        case sensitive, insensitive

        /// Reads `sensitive`/`insensitive` (or `case-sensitive`/`case-insensitive`), ignoring case.
        public init?(name: String) {
            switch name.trimmingWhitespace().lowercased() {
            case "sensitive", "case-sensitive": self = .sensitive
            case "insensitive", "case-insensitive": self = .insensitive
            default: return nil
            }
        }
    }

    /// Where a row came from, printed like a compiler location.
    public struct Location: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var file: String
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        public var description: String { "\(file):\(line)" }

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.line) < (rhs.file, rhs.line)
        }
    }

    /// One term of a concept in one language.
    public struct Term: Hashable, Sendable {
        public var language: TextLanguage
        public var text: String
        public var status: Status
        /// Other spellings that count as this term (`ko variants: 국제 보건 규칙`).
        public var variants: [String]
        /// Abbreviations that count as this term once "Full Name (X)" has appeared in a text.
        public var abbreviations: [String]
        /// `nil` follows the default rule: all-capital acronyms are case-sensitive, the rest not.
        public var caseRule: CaseRule?
        public var note: String
        public var location: Location

        public init(
            language: TextLanguage, text: String, status: Status = .approved,
            variants: [String] = [], abbreviations: [String] = [], caseRule: CaseRule? = nil,
            note: String = "", location: Location
        ) {
            self.language = language
            self.text = text
            self.status = status
            self.variants = variants
            self.abbreviations = abbreviations
            self.caseRule = caseRule
            self.note = note
            self.location = location
        }
    }

    /// All terms that name one meaning, keyed by the term of its file's first language column.
    public struct Concept: Hashable, Sendable {
        public var key: Term
        /// Terms in the other languages, in file order, approved and forbidden.
        public var terms: [Term]
        /// The rows behind the concept, as indices into ``Glossary/rows``, in file order; what a
        /// writer needs to give each rendering back its own status, note and case rule.
        public var rows: [Int]

        /// Every term of the concept, the key first.
        public var allTerms: [Term] { [key] + terms }
    }

    /// One data row as written, kept for lint and for error messages.
    public struct Row: Hashable, Sendable {
        public var location: Location
        /// The language that keys the row's concept (its file's first language column).
        public var keyLanguage: TextLanguage
        /// Cell text per language column; an empty string is an empty cell.
        public var cells: [TextLanguage: String]
        public var status: Status
        public var note: String
        public var caseRule: CaseRule?
    }

    /// A header column (CSV/TSV) or a language section (TBX `langSet`/`langSec`) that names a
    /// language Bitext does not check (it is ignored).
    public struct IgnoredColumn: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case column, languageSection
        }

        public var name: String
        public var location: Location
        public var kind: Kind = .column
    }

    public private(set) var rows: [Row]
    public private(set) var ignoredColumns: [IgnoredColumn]
    public private(set) var concepts: [Concept]

    public init(rows: [Row] = [], ignoredColumns: [IgnoredColumn] = []) {
        self.rows = rows
        self.ignoredColumns = ignoredColumns
        self.concepts = Self.concepts(grouping: rows)
    }

    /// The languages that have at least one term.
    public var languages: Set<TextLanguage> {
        Set(concepts.flatMap { $0.allTerms.map(\.language) })
    }

    /// This glossary followed by the rows of `other` (concepts with the same key merge).
    public func merging(_ other: Glossary) -> Glossary {
        Glossary(rows: rows + other.rows, ignoredColumns: ignoredColumns + other.ignoredColumns)
    }

    /// Groups rows into concepts by key term, in order of first appearance.
    private static func concepts(grouping rows: [Row]) -> [Concept] {
        var concepts: [Concept] = []
        var indexByKey: [ConceptKey: Int] = [:]
        indexByKey.reserveCapacity(rows.count)
        for (rowIndex, row) in rows.enumerated() {
            let keyText = Self.cleaned(row.cells[row.keyLanguage] ?? "")
            guard !keyText.isEmpty else { continue }  // lint reports it; nothing to key a concept on
            let conventions = NoteConventions(parsing: row.note)
            let key = ConceptKey(language: row.keyLanguage, text: keyText)
            let index: Int
            if let existing = indexByKey[key] {
                index = existing
            } else {
                index = concepts.count
                indexByKey[key] = index
                let keyTerm = Term(
                    language: row.keyLanguage, text: keyText, status: .approved,
                    caseRule: row.caseRule, note: row.note, location: row.location)
                concepts.append(Concept(key: keyTerm, terms: [], rows: []))
            }
            concepts[index].rows.append(rowIndex)
            concepts[index].key.absorb(conventions, caseRule: row.caseRule)
            for language in TextLanguage.allCases where language != row.keyLanguage {
                let text = Self.cleaned(row.cells[language] ?? "")
                guard !text.isEmpty else { continue }
                var term = Term(
                    language: language, text: text, status: row.status,
                    caseRule: row.caseRule, note: row.note, location: row.location)
                term.absorb(conventions, caseRule: nil)
                concepts[index].terms.append(term)
                // "short form X" names another acceptable (or, on a forbidden row, unacceptable)
                // rendering; it is a term in its own right, not an abbreviation to be introduced.
                for shortForm in conventions.shortForms where language == .english {
                    concepts[index].terms.append(Term(
                        language: language, text: shortForm, status: row.status,
                        note: "short form of \(text)", location: row.location))
                }
            }
        }
        return concepts
    }

    /// Trims and composes a cell so that decomposed Hangul and stray spaces group correctly.
    static func cleaned(_ text: String) -> String {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        // Most cells are already NFC; Foundation's normalization is a round trip through NSString.
        if TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(trimmed) { return trimmed }
        return trimmed.precomposedStringWithCanonicalMapping
    }

    /// Compared and hashed by bytes: the text is NFC already (`cleaned`), so byte equality is
    /// canonical equality, and hashing a Korean string as `String` normalizes it again, which made
    /// grouping a 100,000-row glossary several times dearer than reading it.
    private struct ConceptKey: Hashable {
        var language: TextLanguage
        var text: String

        static func == (lhs: ConceptKey, rhs: ConceptKey) -> Bool {
            lhs.language == rhs.language && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(language)
            hasher.combine(text.utf8.count)
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        }
    }
}

extension Glossary.Term {
    /// Adds the spelling variants and abbreviations that a row's note gives for this term.
    fileprivate mutating func absorb(_ conventions: Glossary.NoteConventions, caseRule: Glossary.CaseRule?) {
        for variant in conventions.variants[language] ?? [] where variant != text && !variants.contains(variant) {
            variants.append(variant)
        }
        if language == .english {
            for abbreviation in conventions.abbreviations where !abbreviations.contains(abbreviation) {
                abbreviations.append(abbreviation)
            }
        }
        if self.caseRule == nil, let caseRule { self.caseRule = caseRule }
    }
}
