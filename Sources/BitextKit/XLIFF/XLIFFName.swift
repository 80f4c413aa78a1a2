/// A qualified XML name as Bitext keeps it: the local name, its namespace and the prefix it was written with.
public struct XLIFFName: Hashable, Sendable, CustomStringConvertible {
    public var local: String
    public var namespace: String?
    public var prefix: String?

    public init(_ local: String, namespace: String? = nil, prefix: String? = nil) {
        self.local = local
        self.namespace = namespace
        self.prefix = prefix
    }

    public var qualified: String { prefix.map { "\($0):\(local)" } ?? local }
    public var description: String { qualified }
}

/// An attribute kept as read, so that other tools' attributes survive a re-export.
public struct XLIFFAttribute: Hashable, Sendable {
    public var name: XLIFFName
    public var value: String

    public init(_ name: XLIFFName, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A namespace declaration (`xmlns:mq="…"`; `prefix` is nil for the default namespace).
public struct XLIFFNamespaceDeclaration: Hashable, Sendable {
    public var prefix: String?
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}
