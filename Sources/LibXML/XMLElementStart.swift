/// A start tag (or an empty-element tag) with its attributes and where it was found.
public struct XMLElementStart: Hashable, Sendable {
    public var name: XMLName
    /// In document order; `xmlns` declarations are in `namespaceDeclarations` instead.
    public var attributes: [XMLAttribute]
    public var namespaceDeclarations: [XMLNamespaceDeclaration]
    /// 1-based position of the tag's `<`; 0 if unknown.
    public var line: Int
    /// 1-based, in characters; 0 if unknown (only when a start tag spans lines and libxml2
    /// has already discarded the beginning of the line).
    public var column: Int

    public init(
        name: XMLName,
        attributes: [XMLAttribute] = [],
        namespaceDeclarations: [XMLNamespaceDeclaration] = [],
        line: Int = 0,
        column: Int = 0
    ) {
        self.name = name
        self.attributes = attributes
        self.namespaceDeclarations = namespaceDeclarations
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this local name and namespace.
    ///
    /// A `nil` namespace means an unprefixed attribute, which XML puts in no namespace; pass
    /// `XMLName.xmlNamespace` for `xml:lang`. Linear in the number of attributes.
    public func attribute(_ local: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }
}
