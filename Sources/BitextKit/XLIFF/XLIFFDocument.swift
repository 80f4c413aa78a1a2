/// An XLIFF document as Bitext reads and writes it: the languages, and one `XLIFFFile` per release.
///
/// The model covers XLIFF 1.2 and 2.x alike; the writers map it onto each version's markup.
/// What Bitext does not interpret (other tools' attributes and elements) is kept in
/// `otherAttributes` and `extensions`, so that a re-export does not drop it.
public struct XLIFFDocument: Hashable, Sendable {
    public var version: XLIFFVersion
    public var sourceLanguage: String
    public var targetLanguage: String?
    public var files: [XLIFFFile]
    /// Namespace declarations of the root other than XLIFF's own and the modules Bitext writes.
    public var namespaceDeclarations: [XLIFFNamespaceDeclaration]
    /// Attributes of the root other than `version`, `srcLang` and `trgLang`.
    public var otherAttributes: [XLIFFAttribute]

    public init(version: XLIFFVersion, sourceLanguage: String, targetLanguage: String?, files: [XLIFFFile] = [],
        namespaceDeclarations: [XLIFFNamespaceDeclaration] = [], otherAttributes: [XLIFFAttribute] = []) {
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.files = files
        self.namespaceDeclarations = namespaceDeclarations
        self.otherAttributes = otherAttributes
    }

    /// Every unit of every file, in document order.
    public var units: [XLIFFUnit] { files.flatMap(\.units) }
}

extension XLIFFDocument {
    /// The document in its own version's markup.
    public func serialized() throws -> [UInt8] {
        version.isVersion2 ? try XLIFF2Writer().write(self) : try XLIFF12Writer().write(self)
    }
}
