/// The outcome of a `bitext check` run: every finding, and how much was checked.
public struct CheckReport: Hashable, Sendable {
    public struct Summary: Hashable, Sendable {
        /// Release pairs and XLIFF files checked.
        public var pairs: Int
        /// Units (title and blocks) compared.
        public var units: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Findings left out because the baseline recorded them.
        public var baselined: Int
    }

    public var findings: [Finding]
    public var pairs: Int
    public var units: Int
    public var baselined: Int
    /// Things the user should know that are not findings (work skipped), for stderr.
    public var notes: [String] = []
    /// What was compared, for reports that show the texts (the HTML page) or list the inputs (JUnit).
    public var documents: [CheckedDocument]

    public init(findings: [Finding], pairs: Int, units: Int, baselined: Int = 0, documents: [CheckedDocument] = []) {
        self.findings = findings
        self.pairs = pairs
        self.units = units
        self.baselined = baselined
        self.documents = documents
    }

    public var summary: Summary {
        Summary(
            pairs: pairs, units: units,
            errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning },
            infos: findings.count { $0.severity == .info },
            baselined: baselined)
    }

    /// Whether any finding is at or above `threshold` (nil: `--fail-on never`).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }

    /// The report without the findings `baseline` recorded; they are counted in `baselined`.
    public func excluding(_ baseline: Baseline) -> CheckReport {
        var report = self
        report.findings = findings.filter { !baseline.contains($0) }
        report.baselined += findings.count - report.findings.count
        return report
    }
}
