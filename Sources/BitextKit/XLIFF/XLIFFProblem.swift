/// A located problem in an XLIFF file, printed like a compiler diagnostic.
public struct XLIFFProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    public var column: Int
    /// A short rule name for problems that `bitext check` also reports (`source-drift`, `untranslated`).
    public var rule: String?
    public var message: String

    public init(file: String, line: Int, column: Int, rule: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
    }

    init(file: String, at location: XLIFFLocation?, rule: String? = nil, message: String) {
        self.init(file: file, line: location?.line ?? 0, column: location?.column ?? 0, rule: rule, message: message)
    }

    public var description: String {
        "\(file):\(line):\(column): " + (rule.map { "[\($0)] " } ?? "") + message
    }
}
