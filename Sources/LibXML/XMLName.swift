/// An element or attribute name, as written and as resolved against the namespaces in scope.
public struct XMLName: Hashable, Sendable {
    /// The namespace of `xml:lang`, `xml:space` and friends; bound to the prefix `xml` by definition.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The name after the colon, or the whole name if there is none: `source` for `xlf:source`.
    public var local: String
    /// The prefix as written, without the colon; `nil` if the name has none.
    public var prefix: String?
    /// The namespace URI the name resolves to; `nil` if none (an unprefixed attribute never has one).
    public var namespace: String?

    public init(local: String, prefix: String? = nil, namespace: String? = nil) {
        self.local = local
        self.prefix = prefix
        self.namespace = namespace
    }

    /// The name as written: `prefix:local`, or `local`.
    public var qualified: String {
        guard let prefix else { return local }
        return "\(prefix):\(local)"
    }
}
