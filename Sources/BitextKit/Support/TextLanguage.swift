/// The language of a text, as far as the language-aware rules (terms, numbers, particles) care.
public enum TextLanguage: String, Hashable, Sendable, CaseIterable {
    case korean = "ko"
    case english = "en"
}

extension TextLanguage {
    /// The language of a BCP 47 tag (`ko-KR`, `en`), if Bitext's language rules cover it.
    init?(tag: String) {
        self.init(rawValue: String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased())
    }
}
