/// What `bitext align` prints: the paired blocks of two releases and every structural mismatch.
public struct AlignmentReport: Sendable {
    public let alignment: Alignment

    public init(alignment: Alignment) {
        self.alignment = alignment
    }

    public func outline() -> String {
        var lines = ["\(alignment.source.file) (\(alignment.source.locale)) ⇄ \(alignment.target.file) (\(alignment.target.locale))"]
        for pair in alignment.pairs {
            let moved = pair.target.id == pair.id ? "" : " (\(pair.target.id) in the target)"
            lines.append("\(pair.id)\(moved)  \(pair.source.line) ⇄ \(pair.target.line)")
            lines.append("  < \(pair.source.text)")
            lines.append("  > \(pair.target.text)")
        }
        if alignment.mismatches.isEmpty {
            lines.append("\(alignment.pairs.count) units aligned, no mismatch")
        } else {
            lines.append("\(alignment.mismatches.count) mismatch(es):")
            lines += alignment.mismatches.map { "  \($0.kind.rawValue): \($0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"pairs": [{"id", "source", "target", "targetId"}], "mismatches": [{"kind", "id", "sourceLine", "targetLine", "message"}]}`.
    public func json() -> JSONValue {
        .object([
            ("pairs", .array(alignment.pairs.map { pair in
                .object([
                    ("id", .string(pair.id.description)), ("source", .string(pair.source.text)),
                    ("target", .string(pair.target.text)), ("targetId", .string(pair.target.id.description)),
                ])
            })),
            ("mismatches", .array(alignment.mismatches.map { mismatch in
                .object([
                    ("kind", .string(mismatch.kind.rawValue)),
                    ("id", .string(mismatch.id.description)),
                    ("sourceLine", .optional(mismatch.sourceLine)),
                    ("targetLine", .optional(mismatch.targetLine)),
                    ("message", .string(mismatch.message)),
                ])
            })),
        ])
    }
}
