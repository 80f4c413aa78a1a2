/// What a header cell of a CSV/TSV glossary names.
enum GlossaryColumn: Hashable, Sendable {
    /// A language Bitext checks (`ko`, `ko-KR`, `en-US`, …).
    case language(TextLanguage)
    /// A well-formed language tag for a language Bitext does not check (`ja`, `zh-Hans`); ignored.
    case otherLanguage(String)
    case status
    case note
    case caseRule

    /// Reads a header cell; `nil` when it is neither a known column nor a language tag.
    init?(header: String) {
        let name = header.trimmingWhitespace().lowercased()
        switch name {
        case "status": self = .status
        case "note", "notes": self = .note
        case "case": self = .caseRule
        default:
            if let language = Self.language(forTag: name) {
                self = .language(language)
            } else if Self.isLanguageTag(name) {
                self = .otherLanguage(header.trimmingWhitespace())
            } else {
                return nil
            }
        }
    }

    /// The checked language a BCP 47 tag belongs to, by its primary subtag (`ko-KR` → Korean).
    static func language(forTag tag: String) -> TextLanguage? {
        guard isLanguageTag(tag) else { return nil }
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "ko", "kor": return .korean
        case "en", "eng": return .english
        default: return nil
        }
    }

    /// A primary subtag of 2–3 letters, then subtags of 1–8 letters or digits (`_` tolerated).
    /// Column names such as `status2` or `comment` are not tags, so a typo there is an error
    /// rather than a silently ignored language.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
