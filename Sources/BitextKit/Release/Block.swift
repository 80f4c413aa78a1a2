/// A paragraph, heading, bullet or note of a release, with the blocks nested under it.
public struct Block: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case paragraph, heading, bullet, note

        /// Whether this kind is a top-level item. Korean "□" headings and English "1."
        /// paragraphs number the same items, so the two kinds align with each other.
        public var isTopLevel: Bool { self == .paragraph || self == .heading }
    }

    public var id: BlockID
    public var kind: Kind
    /// As written: "2.", "o", "ㅇ", "-", "※".
    public var marker: String
    public var text: String
    /// 1-based line of the marker.
    public var line: Int
    /// 1-based column (in characters) where the text starts after the marker.
    public var column: Int
    public var children: [Block]

    public init(id: BlockID, kind: Kind, marker: String, text: String, line: Int, column: Int, children: [Block] = []) {
        self.id = id
        self.kind = kind
        self.marker = marker
        self.text = text
        self.line = line
        self.column = column
        self.children = children
    }

    /// This block and its descendants in document order.
    public var flattened: [Block] {
        var result = [self]
        for child in children { result += child.flattened }
        return result
    }
}
