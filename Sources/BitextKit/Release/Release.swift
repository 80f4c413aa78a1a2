/// One language version of a press release: title, date, and the block tree of its body.
public struct Release: Hashable, Sendable {
    /// A labelled line of page metadata, kept for export but never translated.
    public struct Metadata: Hashable, Sendable {
        public var field: String
        public var value: String
        public var line: Int
    }

    /// The path as given by the user, used in messages and reports.
    public var file: String
    /// The locale tag, such as `ko-KR`.
    public var locale: String
    public var title: String
    public var titleLine: Int
    public var date: String?
    public var metadata: [Metadata]
    /// The top-level items; children hang below them.
    public var blocks: [Block]

    public init(file: String, locale: String, title: String, titleLine: Int, date: String?, metadata: [Metadata], blocks: [Block]) {
        self.file = file
        self.locale = locale
        self.title = title
        self.titleLine = titleLine
        self.date = date
        self.metadata = metadata
        self.blocks = blocks
    }

    /// Every block in document order.
    public var allBlocks: [Block] { blocks.flatMap(\.flattened) }

    /// The title as a pseudo-block with the ID `title`.
    public var titleBlock: Block {
        Block(id: .title, kind: .paragraph, marker: "", text: title, line: titleLine, column: 1)
    }

    /// The title block followed by every block: the units of export and checks.
    public var units: [Block] { [titleBlock] + allBlocks }
}
