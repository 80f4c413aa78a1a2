/// A group of metadata entries: `<mda:metaGroup>` in 2.x, `<context-group>` in 1.2.
public struct XLIFFMetaGroup: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var type: String
        public var value: String

        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// `category` (2.x) or `name` (1.2).
    public var category: String?
    public var entries: [Entry]

    public init(category: String?, entries: [Entry]) {
        self.category = category
        self.entries = entries
    }

    public func value(_ type: String) -> String? { entries.first { $0.type == type }?.value }
}
