/// The language of a text, as far as the language-aware rules (terms, numbers, particles) care.
public enum TextLanguage: String, Hashable, Sendable, CaseIterable {
    case korean = "ko"
    case english = "en"
}
