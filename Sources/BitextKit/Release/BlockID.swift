/// The stable identifier of a block, shared by both language versions: `title`, `p2`, `p2.b1`, `p2.b1.b1`.
///
/// It is the XLIFF unit ID and the `unit` of every finding, so its spelling is a contract.
public struct BlockID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based positions from the top-level item down; empty for the title.
    public let path: [Int]

    public init(path: [Int]) { self.path = path }

    public static let title = BlockID(path: [])

    /// Parses `title`, `p3` or `p3.b2.b1`; nil for anything else.
    public init?(_ text: String) {
        if text == "title" {
            self.init(path: [])
            return
        }
        var path: [Int] = []
        for (index, part) in text.split(separator: ".", omittingEmptySubsequences: false).enumerated() {
            let prefix: Character = index == 0 ? "p" : "b"
            guard part.first == prefix, let number = Int(part.dropFirst()), number > 0,
                part.dropFirst().allSatisfy(\.isASCII)
            else { return nil }
            path.append(number)
        }
        self.init(path: path)
    }

    public var isTitle: Bool { path.isEmpty }
    /// 0 for the title, 1 for a top-level item, 2 for its children.
    public var depth: Int { path.count }
    public var parent: BlockID? { path.isEmpty ? nil : BlockID(path: Array(path.dropLast())) }

    public func child(_ number: Int) -> BlockID { BlockID(path: path + [number]) }

    public var description: String {
        guard let first = path.first else { return "title" }
        return (["p\(first)"] + path.dropFirst().map { "b\($0)" }).joined(separator: ".")
    }

    /// Document order: the title first, then depth-first.
    public static func < (lhs: BlockID, rhs: BlockID) -> Bool { lhs.path.lexicographicallyPrecedes(rhs.path) }
}
