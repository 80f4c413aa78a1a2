/// One problem a check found, located in the text a person has to edit.
///
/// Plain data: every report format (text, JSON, SARIF, JUnit, GitHub, HTML) is a view of it.
public struct Finding: Hashable, Sendable {
    /// The glossary term a term finding is about.
    public struct Term: Hashable, Sendable {
        public var source: String
        public var expected: [String]
        public var found: String?

        public init(source: String, expected: [String], found: String?) {
            self.source = source
            self.expected = expected
            self.found = found
        }
    }

    public var rule: Rule
    public var severity: Severity
    /// The target text's file (release or XLIFF), as given on the command line.
    public var file: String
    public var line: Int
    public var column: Int
    public var sourceFile: String?
    public var sourceLine: Int?
    /// The block ID (`p2.b1`, `title`), or nil for a finding about a whole file.
    public var unit: String?
    public var message: String
    public var source: String?
    public var target: String?
    public var term: Term?
    /// What the finding is about, for baselines: a term, a number, a block ID. Not line-dependent.
    public var subject: String

    public init(
        rule: Rule, severity: Severity? = nil, file: String, line: Int, column: Int = 1,
        sourceFile: String? = nil, sourceLine: Int? = nil, unit: String?, message: String,
        source: String? = nil, target: String? = nil, term: Term? = nil, subject: String
    ) {
        self.rule = rule
        self.severity = severity ?? rule.defaultSeverity
        self.file = file
        self.line = line
        self.column = column
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.unit = unit
        self.message = message
        self.source = source
        self.target = target
        self.term = term
        self.subject = subject
    }

    /// A baseline key: rule, file, unit and the offending text, but no line numbers, so that
    /// editing elsewhere in a file does not revive a recorded finding.
    public var fingerprint: String {
        [rule.rawValue, file, unit ?? "", subject].joined(separator: "\u{1F}")
    }
}
