/// Two language versions of a release, paired block by block.
///
/// Blocks pair by ID where the two trees agree. Where a list of sibling blocks differs in
/// length, the siblings are aligned by content (`SiblingAligner`), so that a dropped, added
/// or merged block is reported once, where it happened, and the blocks after it still pair
/// with their real counterparts.
public struct Alignment: Sendable {
    /// A unit present in both versions (the title, or a block and its translation).
    public struct Pair: Sendable {
        /// The source block's ID; the target's may differ after a structural change.
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
        /// The source block's ID, or the target's for an extra block.
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

    public init(source: Release, target: Release) {
        self.source = source
        self.target = target
        var builder = Builder(source: source, target: target)
        builder.pairs.append(Pair(id: .title, source: source.titleBlock, target: target.titleBlock))
        builder.align(source.blocks, target.blocks)
        builder.markNesting()
        pairs = builder.pairs
        mismatches = builder.mismatches
    }

    /// A paragraph and a heading are both top-level items (Korean “□” = English “1.”).
    static func kindsAgree(_ lhs: Block.Kind, _ rhs: Block.Kind) -> Bool {
        lhs == rhs || (lhs.isTopLevel && rhs.isTopLevel)
    }

    private struct Builder {
        let source: Release
        let target: Release
        var pairs: [Pair] = []
        var mismatches: [Mismatch] = []

        mutating func align(_ sources: [Block], _ targets: [Block]) {
            let steps = sources.count == targets.count
                ? zip(sources.indices, targets.indices).map { SiblingAligner.Step.pair($0, $1) }
                : SiblingAligner(sources: sources, targets: targets).steps()
            for step in steps {
                switch step {
                case .pair(let s, let t):
                    let (sourceBlock, targetBlock) = (sources[s], targets[t])
                    pairs.append(Pair(id: sourceBlock.id, source: sourceBlock, target: targetBlock))
                    if !Alignment.kindsAgree(sourceBlock.kind, targetBlock.kind) {
                        mismatches.append(Mismatch(
                            kind: .kindDiffers, id: sourceBlock.id, sourceLine: sourceBlock.line, targetLine: targetBlock.line,
                            message: "\(sourceBlock.id) is a \(sourceBlock.kind.rawValue) in \(source.file):\(sourceBlock.line) but a \(targetBlock.kind.rawValue) in \(target.file):\(targetBlock.line)"))
                    }
                    align(sourceBlock.children, targetBlock.children)
                case .sourceOnly(let s):
                    let block = sources[s]
                    let descendants = block.flattened.count - 1
                    mismatches.append(Mismatch(
                        kind: .missing, id: block.id, sourceLine: block.line, targetLine: nil,
                        message: "\(block.id) (\(source.file):\(block.line)\(descendants > 0 ? ", with \(descendants) block(s) under it" : "")) is missing from \(target.file)"))
                case .targetOnly(let t):
                    let block = targets[t]
                    mismatches.append(Mismatch(
                        kind: .extra, id: block.id, sourceLine: nil, targetLine: block.line,
                        message: "\(target.file):\(block.line) has a \(block.kind.rawValue) (\(block.id)) that \(source.file) does not have"))
                }
            }
        }

        /// A block missing at one depth and an extra block at another depth in the same place
        /// of document order is one block re-nested: reported once, together with the blocks
        /// that moved along with it.
        mutating func markNesting() {
            let sourceOrder = source.allBlocks
            let targetOrder = target.allBlocks.map(\.id)
            var index = 0
            while index < mismatches.count {
                let missing = mismatches[index]
                guard missing.kind == .missing, let position = sourceOrder.firstIndex(where: { $0.id == missing.id }),
                    position < targetOrder.count,
                    let partner = mismatches.firstIndex(where: {
                        $0.kind == .extra && $0.id == targetOrder[position] && $0.id.depth != missing.id.depth
                    })
                else {
                    index += 1
                    continue
                }
                let extra = mismatches[partner]
                mismatches[index] = Mismatch(
                    kind: .nestingDiffers, id: missing.id, sourceLine: missing.sourceLine, targetLine: extra.targetLine,
                    message: "\(missing.id) (\(source.file):\(missing.sourceLine ?? 0)) is nested as \(extra.id) in \(target.file):\(extra.targetLine ?? 0)")
                // The moved block's own descendants follow it in document order.
                let descendants = sourceOrder[position].flattened.count - 1
                let moved = Set(targetOrder[position..<min(position + 1 + descendants, targetOrder.count)])
                mismatches.removeAll { $0.kind == .extra && moved.contains($0.id) }
                index = (mismatches.firstIndex { $0.kind == .nestingDiffers && $0.id == missing.id } ?? index) + 1
            }
        }
    }
}
