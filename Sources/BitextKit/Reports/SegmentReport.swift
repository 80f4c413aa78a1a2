/// What `bitext segment` prints: a release's blocks and their sentences.
public struct SegmentReport: Sendable {
    public let release: Release
    public let segmenter: SentenceSegmenter

    public init(release: Release, segmenter: SentenceSegmenter) {
        self.release = release
        self.segmenter = segmenter
    }

    /// An indented tree, one block per line, with its sentences beneath it.
    public func outline() -> String {
        var lines = ["\(release.file) (\(release.locale))", "title: \(release.title)"]
        if let date = release.date { lines.append("date: \(date)") }
        for block in release.allBlocks {
            let indent = String(repeating: "  ", count: block.id.depth - 1)
            lines.append("\(indent)\(block.id) [\(block.kind.rawValue) \(block.marker.isEmpty ? "-" : block.marker)] line \(block.line)")
            for sentence in segmenter.sentences(in: block.text) {
                lines.append("\(indent)  | \(sentence)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"locale", "title", "date", "blocks": [{"id", "kind", "marker", "line", "text", "sentences"}]}`.
    public func json() -> JSONValue {
        .object([
            ("locale", .string(release.locale)),
            ("title", .string(release.title)),
            ("date", .optional(release.date)),
            ("blocks", .array(release.allBlocks.map { block in
                .object([
                    ("id", .string(block.id.description)),
                    ("kind", .string(block.kind.rawValue)),
                    ("marker", .string(block.marker)),
                    ("line", .number(block.line)),
                    ("text", .string(block.text)),
                    ("sentences", .array(segmenter.sentences(in: block.text).map(JSONValue.string))),
                ])
            })),
        ])
    }
}
