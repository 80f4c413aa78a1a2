/// The `--format json` object of DESIGN.md, keys in the contract's order:
/// `{"version": 1, "findings": [...], "summary": {"pairs", "units", "errors", "warnings", "infos", "baselined"}}`.
///
/// Scripts parse this, so every key is always present (`null` when there is no value) and
/// `infos` and `baselined` come after the contract's summary keys.
public struct JSONReport: Sendable {
    /// The contract's version; bump it only for a change that breaks a reader.
    public static let version = 1

    public init() {}

    public func render(_ report: CheckReport) -> String {
        value(for: report).rendered()
    }

    func value(for report: CheckReport) -> JSONValue {
        let summary = report.summary
        return .object([
            ("version", .number(Self.version)),
            ("findings", .array(report.findings.map(value(for:)))),
            ("summary", .object([
                ("pairs", .number(summary.pairs)),
                ("units", .number(summary.units)),
                ("errors", .number(summary.errors)),
                ("warnings", .number(summary.warnings)),
                ("infos", .number(summary.infos)),
                ("baselined", .number(summary.baselined)),
            ])),
        ])
    }

    func value(for finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("line", .number(finding.line)),
            ("column", .number(finding.column)),
            ("sourceFile", .optional(finding.sourceFile)),
            ("sourceLine", .optional(finding.sourceLine)),
            ("unit", .optional(finding.unit)),
            ("message", .string(finding.message)),
            ("source", .optional(finding.source)),
            ("target", .optional(finding.target)),
            ("term", finding.term.map { term in
                .object([
                    ("source", .string(term.source)),
                    ("expected", .array(term.expected.map(JSONValue.string))),
                    ("found", .optional(term.found)),
                ])
            } ?? .null),
        ])
    }
}
