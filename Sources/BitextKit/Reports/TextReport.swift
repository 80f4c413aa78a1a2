/// The terminal format: one `path:line:column: severity: [rule] message` line per finding, like a
/// compiler, so that editors and CI logs link to the place, then a one-line summary.
///
/// Colour (ANSI) only when `colored`: the CLI asks for it when stdout is a terminal and `NO_COLOR`
/// is unset. Control characters from the checked texts are neutralised either way, so a release
/// cannot move the cursor or recolour the reviewer's terminal.
public struct TextReport: Sendable {
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func render(_ report: CheckReport) -> String {
        var output = ""
        for finding in report.findings {
            output += line(for: finding) + "\n"
        }
        output += summaryLine(report.summary) + "\n"
        return output
    }

    /// `releases/x.en.txt:12:5: error: [term-missing] “국제보건규칙” should be translated as …`
    func line(for finding: Finding) -> String {
        let location = "\(Self.singleLine(finding.file)):\(finding.line):\(finding.column):"
        let severity = "\(finding.severity.rawValue):"
        let rule = "[\(Self.singleLine(finding.rule.rawValue))]"
        let message = Self.singleLine(finding.message)
        guard colored else { return "\(location) \(severity) \(rule) \(message)" }
        return "\(ANSI.bold)\(location)\(ANSI.reset) \(ANSI.color(for: finding.severity))\(severity)\(ANSI.reset) "
            + "\(ANSI.dim)\(rule)\(ANSI.reset) \(ANSI.bold)\(message)\(ANSI.reset)"
    }

    /// `3 errors, 1 warning, 2 info in 7 pairs (151 units)`, plus the baselined count when there is one.
    func summaryLine(_ summary: CheckReport.Summary) -> String {
        let text = summary.sentence
        guard colored else { return text }
        let worst: Severity? = summary.errors > 0 ? .error : summary.warnings > 0 ? .warning : summary.infos > 0 ? .info : nil
        return (worst.map(ANSI.color(for:)) ?? ANSI.green) + text + ANSI.reset
    }

    /// Folds line breaks and tabs into spaces and replaces other control characters (ESC above all),
    /// so one finding stays one line and hostile text cannot send terminal escape sequences.
    static func singleLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029: result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private enum ANSI {
        static let reset = "\u{1B}[0m"
        static let bold = "\u{1B}[1m"
        static let dim = "\u{1B}[2m"
        static let green = "\u{1B}[32m"

        static func color(for severity: Severity) -> String {
            switch severity {
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;35m"
            case .info: "\u{1B}[1;36m"
            }
        }
    }
}

extension CheckReport.Summary {
    /// `3 errors, 1 warning, 2 info in 7 pairs (151 units)`, and `; 4 left out by the baseline` when it did.
    var sentence: String {
        var text = "\(Self.count(errors, "error")), \(Self.count(warnings, "warning")), \(infos) info"
            + " in \(Self.count(pairs, "pair")) (\(Self.count(units, "unit")))"
        if baselined > 0 { text += "; \(baselined) left out by the baseline" }
        return text
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
