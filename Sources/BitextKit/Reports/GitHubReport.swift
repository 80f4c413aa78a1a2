/// The `--format github` output: GitHub Actions workflow commands, which the runner turns into
/// annotations on the pull request's changed lines.
///
/// `::error file=releases/x.en.txt,line=12,col=5,title=[term-missing]::message`; warnings become
/// `::warning`, info findings `::notice`. The last line is the plain-text summary, which the log shows as is.
public struct GitHubReport: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var output = ""
        for finding in report.findings {
            output += command(for: finding) + "\n"
        }
        output += report.summary.sentence + "\n"
        return output
    }

    func command(for finding: Finding) -> String {
        var properties = ["file=" + Self.escapeProperty(finding.file)]
        // GitHub lines and columns start at 1; a file-level finding is annotated on the file.
        if finding.line >= 1 {
            properties.append("line=\(finding.line)")
            if finding.column >= 1 { properties.append("col=\(finding.column)") }
        }
        properties.append("title=" + Self.escapeProperty("[\(finding.rule.rawValue)]"))
        return "::\(Self.command(for: finding.severity)) \(properties.joined(separator: ","))::"
            + Self.escapeData(finding.message)
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message, escaped as the Actions runner expects (`%`, CR and LF).
    static func escapeData(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A property value (`file=`, `title=`): also `:` and `,`, which would end the property list.
    static func escapeProperty(_ text: String) -> String {
        var result = ""
        for character in escapeData(text).unicodeScalars {
            switch character {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
