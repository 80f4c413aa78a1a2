/// An `xmlns` or `xmlns:prefix` attribute of a start tag.
public struct XMLNamespaceDeclaration: Hashable, Sendable {
    /// `nil` for the default namespace (`xmlns="…"`).
    public var prefix: String?
    /// The namespace URI; empty when the declaration undeclares the default namespace (`xmlns=""`).
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}
