/// One unit to compare: the title or a block, in the source language and its translation.
public struct UnitPair: Hashable, Sendable {
    public var id: String
    /// 0 for the title, 1 for top-level items, 2 for bullets, 3 for sub-bullets.
    public var depth: Int
    public var source: String
    /// nil when the target has no such unit.
    public var target: String?
    /// Where the target text is (the release line, or the XLIFF `<target>` element).
    public var targetLine: Int
    public var targetColumn: Int
    public var sourceLine: Int?
    public var sourceColumn: Int?

    public init(id: String, depth: Int, source: String, target: String?, targetLine: Int, targetColumn: Int,
        sourceLine: Int?, sourceColumn: Int? = nil) {
        self.id = id
        self.depth = depth
        self.source = source
        self.target = target
        self.targetLine = targetLine
        self.targetColumn = targetColumn
        self.sourceLine = sourceLine
        self.sourceColumn = sourceColumn
    }
}
