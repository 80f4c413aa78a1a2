/// Two language versions of a release, paired block by block through their shared IDs.
public struct Alignment: Sendable {
    /// A unit present in both versions (the title, or a block with the same ID).
    public struct Pair: Sendable {
        public var id: BlockID
        public var source: Block
        public var target: Block
    }

    /// A difference between the two block trees.
    public struct Mismatch: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable {
            case missing, extra, kindDiffers = "kind", nestingDiffers = "nesting"
        }

        public var kind: Kind
        public var id: BlockID
        public var sourceLine: Int?
        public var targetLine: Int?
        public var message: String

        public var description: String { message }
    }

    public let source: Release
    public let target: Release
    public let pairs: [Pair]
    public let mismatches: [Mismatch]

    /// Pairs the blocks of `source` and `target` by ID. Cost is linear in the number of blocks.
    public init(source: Release, target: Release) {
        self.source = source
        self.target = target
        let sourceUnits = source.units
        let targetUnits = target.units
        let targetByID = Dictionary(targetUnits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceIDs = Set(sourceUnits.map(\.id))

        var pairs: [Pair] = []
        var mismatches: [Mismatch] = []
        var nestedElsewhere = Set<BlockID>()
        for (position, block) in sourceUnits.enumerated() {
            if let match = targetByID[block.id] {
                pairs.append(Pair(id: block.id, source: block, target: match))
                if !Self.kindsAgree(block.kind, match.kind) {
                    mismatches.append(Mismatch(
                        kind: .kindDiffers, id: block.id, sourceLine: block.line, targetLine: match.line,
                        message: "\(block.id) is a \(block.kind.rawValue) in \(source.file):\(block.line) but a \(match.kind.rawValue) in \(target.file):\(match.line)"))
                }
            } else if position < targetUnits.count, case let moved = targetUnits[position],
                !sourceIDs.contains(moved.id), moved.id.depth != block.id.depth
            {
                // The same place in document order holds a block at another depth: re-nested, not lost.
                nestedElsewhere.insert(moved.id)
                mismatches.append(Mismatch(
                    kind: .nestingDiffers, id: block.id, sourceLine: block.line, targetLine: moved.line,
                    message: "\(block.id) (\(source.file):\(block.line)) is nested as \(moved.id) in \(target.file):\(moved.line)"))
            } else {
                mismatches.append(Mismatch(
                    kind: .missing, id: block.id, sourceLine: block.line, targetLine: nil,
                    message: "\(block.id) (\(source.file):\(block.line)) is missing from \(target.file)"))
            }
        }
        for block in targetUnits where !sourceIDs.contains(block.id) && !nestedElsewhere.contains(block.id) {
            mismatches.append(Mismatch(
                kind: .extra, id: block.id, sourceLine: nil, targetLine: block.line,
                message: "\(block.id) (\(target.file):\(block.line)) has no counterpart in \(source.file)"))
        }
        self.pairs = pairs
        self.mismatches = mismatches
    }

    /// A paragraph and a heading are both top-level items (Korean “□” = English “1.”).
    static func kindsAgree(_ lhs: Block.Kind, _ rhs: Block.Kind) -> Bool {
        lhs == rhs || (lhs.isTopLevel && rhs.isTopLevel)
    }
}
