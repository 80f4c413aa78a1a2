/// A line and column in an XLIFF file (1-based), for messages and for `bitext check`.
public struct XLIFFLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
