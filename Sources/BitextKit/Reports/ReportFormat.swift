/// The `--format` of `bitext check`: which view of a `CheckReport` to write.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    case text, json, sarif, junit, github, html

    /// The report in this format. `colored` applies to `text` only; the CLI passes true when
    /// stdout is a terminal and `NO_COLOR` is unset, and false when writing a file (`-o`).
    public func render(_ report: CheckReport, colored: Bool = false) -> String {
        switch self {
        case .text: TextReport(colored: colored).render(report)
        case .json: JSONReport().render(report)
        case .sarif: SARIFReport().render(report)
        case .junit: JUnitReport().render(report)
        case .github: GitHubReport().render(report)
        case .html: HTMLReport().render(report)
        }
    }
}
