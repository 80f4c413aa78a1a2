/// The `--format junit` output, for CI dashboards that count tests: one `<testsuite>` per release
/// pair or XLIFF file, one `<testcase>` per unit (the title and every block), and a `<failure>`
/// per error or warning finding, its message starting with `file:line:column`.
///
/// Info findings do not fail a test case; they go to its `<system-out>`. Findings about a whole
/// file get a test case of their own (`(file)`), so that a file with a broken structure fails.
public struct JUnitReport: Sendable {
    /// The test case name for findings about a whole file rather than one unit.
    static let fileCaseName = "(file)"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        let suites = DocumentFindings(report).sections.map(Suite.init)
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failedCases }
        var output = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        output += #"<testsuites name="bitext check" tests="\#(tests)" failures="\#(failures)" errors="0" skipped="0">"# + "\n"
        for suite in suites {
            suite.write(to: &output)
        }
        output += "</testsuites>\n"
        return output
    }

    /// One document's test cases.
    private struct Suite {
        struct Case {
            var name: String
            var line: Int?
            var findings: [Finding]

            var failures: [Finding] { findings.filter { $0.severity >= .warning } }
            var notes: [Finding] { findings.filter { $0.severity < .warning } }
        }

        var name: String
        var file: String
        var document: CheckedDocument?
        var cases: [Case]

        var failedCases: Int { cases.count { !$0.failures.isEmpty } }

        init(_ section: DocumentFindings.Section) {
            document = section.document
            file = section.file
            if let document = section.document, document.sourceFile != document.targetFile {
                name = "\(document.sourceFile) → \(document.targetFile)"
            } else {
                name = section.file
            }
            cases = []
            if !section.fileFindings.isEmpty {
                cases.append(Case(name: JUnitReport.fileCaseName, line: nil, findings: section.fileFindings))
            }
            let lines = Dictionary(
                (section.document?.units ?? []).map { ($0.id, $0.targetLine ?? $0.sourceLine) },
                uniquingKeysWith: { first, _ in first })
            for id in section.unitIDs {
                let findings = section.unitFindings[id] ?? []
                cases.append(Case(name: id, line: lines[id] ?? findings.first?.line, findings: findings))
            }
        }

        func write(to output: inout String) {
            let failures = failedCases
            output += #"  <testsuite name="\#(Markup.escape(name, attribute: true))" tests="\#(cases.count)""#
                + #" failures="\#(failures)" errors="0" skipped="0">"# + "\n"
            if let document {
                output += "    <properties>\n"
                for (key, value) in [
                    ("sourceFile", document.sourceFile), ("targetFile", document.targetFile),
                    ("sourceLanguage", document.sourceLanguage), ("targetLanguage", document.targetLanguage),
                ] {
                    output += #"      <property name="\#(key)" value="\#(Markup.escape(value, attribute: true))"/>"# + "\n"
                }
                output += "    </properties>\n"
            }
            for testCase in cases {
                write(testCase, to: &output)
            }
            output += "  </testsuite>\n"
        }

        private func write(_ testCase: Case, to output: inout String) {
            let file = Markup.escape(self.file, attribute: true)
            let name = Markup.escape(testCase.name, attribute: true)
            var open = #"    <testcase name="\#(name)" classname="\#(file)" file="\#(file)""#
            if let line = testCase.line, line >= 1 { open += #" line="\#(line)""# }
            if testCase.findings.isEmpty {
                output += open + "/>\n"
                return
            }
            output += open + ">\n"
            for finding in testCase.failures {
                let headline = "\(finding.file):\(finding.line):\(finding.column): [\(finding.rule.rawValue)] \(finding.message)"
                output += #"      <failure message="\#(Markup.escape(headline, attribute: true))""#
                    + #" type="\#(Markup.escape(finding.rule.rawValue, attribute: true))">"#
                    + Markup.escape(Self.details(finding)) + "</failure>\n"
            }
            if !testCase.notes.isEmpty {
                output += "      <system-out>"
                    + Markup.escape(testCase.notes.map(Self.details).joined(separator: "\n\n")) + "</system-out>\n"
            }
            output += "    </testcase>\n"
        }

        /// The compiler-style line, then the source and target texts a reviewer compares.
        static func details(_ finding: Finding) -> String {
            var lines = [TextReport().line(for: finding)]
            if let source = finding.source {
                let location = finding.sourceFile.map { file in " (\(file)\(finding.sourceLine.map { ":\($0)" } ?? ""))" } ?? ""
                lines.append("source\(location): \(source)")
            }
            if let target = finding.target { lines.append("target: \(target)") }
            return lines.joined(separator: "\n")
        }
    }
}
