/// The `--format sarif` log: SARIF 2.1.0, one run, one `reportingDescriptor` per rule ID, for code
/// scanning dashboards (GitHub, Azure DevOps, IDE viewers).
///
/// Every rule of `Rule.catalog` is listed, even those that found nothing, so a viewer can show
/// what was checked; a rule that appears only in findings (a newer check) is appended, so that
/// every result's `ruleIndex` points into the list.
public struct SARIFReport: Sendable {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key: versioned, so that a change of the fingerprint's recipe
    /// reads as a new key rather than as every finding being new.
    static let fingerprintKey = "bitext/v1"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        value(for: report).rendered()
    }

    func value(for report: CheckReport) -> JSONValue {
        let rules = Self.rules(for: report.findings)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rule, $0) })
        let summary = report.summary
        let run: JSONValue = .object([
            ("tool", .object([
                ("driver", .object([
                    ("name", "bitext"),
                    ("fullName", "Bitext translation QA"),
                    ("rules", .array(rules.map(Self.descriptor))),
                ])),
            ])),
            // Columns count characters; for the precomposed Hangul and Latin text of releases
            // that is the code point count.
            ("columnKind", "unicodeCodePoints"),
            ("results", .array(report.findings.map { Self.result(for: $0, ruleIndex: index[$0.rule] ?? 0) })),
            ("properties", .object([
                ("pairs", .number(summary.pairs)),
                ("units", .number(summary.units)),
                ("baselined", .number(summary.baselined)),
            ])),
        ])
        return .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", "2.1.0"),
            ("runs", .array([run])),
        ])
    }

    /// The catalog's rules in DESIGN.md's order, then any other rule the findings use, sorted.
    static func rules(for findings: [Finding]) -> [(rule: Rule, severity: Severity, summary: String)] {
        let known = Set(Rule.catalog.map(\.rule))
        let extra = Set(findings.map(\.rule)).subtracting(known).sorted()
        return Rule.catalog + extra.map { ($0, $0.defaultSeverity, $0.summary) }
    }

    static func descriptor(_ entry: (rule: Rule, severity: Severity, summary: String)) -> JSONValue {
        .object([
            ("id", .string(entry.rule.rawValue)),
            ("name", .string(pascalCase(entry.rule.rawValue))),
            ("shortDescription", .object([("text", .string(entry.summary))])),
            ("defaultConfiguration", .object([("level", .string(level(entry.severity)))])),
        ])
    }

    static func result(for finding: Finding, ruleIndex: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule.rawValue)),
            ("ruleIndex", .number(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([location(file: finding.file, line: finding.line, column: finding.column)])),
        ]
        if let sourceFile = finding.sourceFile {
            members.append(("relatedLocations", .array([
                location(file: sourceFile, line: finding.sourceLine, column: nil, id: 1, message: "source text"),
            ])))
        }
        members.append(("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])))
        var properties: [(String, JSONValue)] = [("unit", .optional(finding.unit))]
        properties.append(("sourceFile", .optional(finding.sourceFile)))
        if let sourceLine = finding.sourceLine { properties.append(("sourceLine", .number(sourceLine))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    /// A `location`; SARIF lines and columns start at 1, so a file-level finding (line 0) has no region.
    static func location(file: String, line: Int?, column: Int?, id: Int? = nil, message: String? = nil) -> JSONValue {
        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uriReference(file)))]))]
        if let line, line >= 1 {
            var region: [(String, JSONValue)] = [("startLine", .number(line))]
            if let column, column >= 1 { region.append(("startColumn", .number(column))) }
            physical.append(("region", .object(region)))
        }
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .number(id))) }
        members.append(("physicalLocation", .object(physical)))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The path as given, made a valid URI reference: `/` kept, everything outside RFC 3986's
    /// unreserved and sub-delimiter characters percent-encoded as UTF-8 (spaces, Hangul, `:`, `#`, `%`).
    ///
    /// `:` is encoded too, so that a relative path such as `a:b.txt` is not read as a URI scheme.
    static func uriReference(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
        var result = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// `term-missing` → `TermMissing`, SARIF's convention for a rule's `name`.
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
