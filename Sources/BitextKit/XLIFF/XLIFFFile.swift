/// One `<file>`: one release, with its metadata and units.
public struct XLIFFFile: Hashable, Sendable {
    /// `file/@id` in XLIFF 2 (`f1`, `f2`, …); XLIFF 1.2 has none.
    public var id: String?
    /// The release's path as given on the command line.
    public var original: String?
    /// XLIFF 1.2 names the languages per file; nil means "as the document".
    public var sourceLanguage: String?
    public var targetLanguage: String?
    /// XLIFF 1.2 `datatype`.
    public var datatype: String?
    /// `xml:space` on the file.
    public var space: String?
    /// The Metadata module (2.x): release-level data such as the date.
    public var metadata: [XLIFFMetaGroup]
    public var notes: [XLIFFNote]
    public var units: [XLIFFUnit]
    public var otherAttributes: [XLIFFAttribute]
    /// Elements of other namespaces at file level (XLIFF 1.2 `<header>` content included).
    public var extensions: [XLIFFElement]
    /// Where `<file>` starts, for messages.
    public var location: XLIFFLocation?

    public init(id: String? = nil, original: String? = nil, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        datatype: String? = nil, space: String? = nil, metadata: [XLIFFMetaGroup] = [], notes: [XLIFFNote] = [],
        units: [XLIFFUnit] = [], otherAttributes: [XLIFFAttribute] = [], extensions: [XLIFFElement] = [],
        location: XLIFFLocation? = nil) {
        self.id = id
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.datatype = datatype
        self.space = space
        self.metadata = metadata
        self.notes = notes
        self.units = units
        self.otherAttributes = otherAttributes
        self.extensions = extensions
        self.location = location
    }

    /// The value of the first `<mda:meta type=…>` in the file's metadata, if any.
    public func meta(_ type: String) -> String? {
        metadata.lazy.compactMap { $0.value(type) }.first
    }
}
