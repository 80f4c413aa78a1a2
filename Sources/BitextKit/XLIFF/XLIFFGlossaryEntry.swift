/// A term found in a unit's source, with its approved translations (`<gls:glossEntry>`).
public struct XLIFFGlossaryEntry: Hashable, Sendable {
    public var term: String
    public var translations: [String]
    public var definition: String?
    /// Where the entry comes from (`gls:term/@source`), such as the glossary file.
    public var source: String?

    public init(term: String, translations: [String], definition: String? = nil, source: String? = nil) {
        self.term = term
        self.translations = translations
        self.definition = definition
        self.source = source
    }
}
