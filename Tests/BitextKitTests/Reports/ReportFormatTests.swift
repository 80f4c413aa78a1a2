@testable import BitextKit
import Testing

@Suite("Report formats")
struct ReportFormatTests {
    @Test func theCLIsFormatNamesAreTheContracts() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "junit", "github", "html"])
    }

    @Test(arguments: ReportFormat.allCases)
    func dispatchesToItsReport(format: ReportFormat) {
        let report = SampleReport.report
        let expected = switch format {
        case .text: TextReport(colored: false).render(report)
        case .json: JSONReport().render(report)
        case .sarif: SARIFReport().render(report)
        case .junit: JUnitReport().render(report)
        case .github: GitHubReport().render(report)
        case .html: HTMLReport().render(report)
        }
        #expect(format.render(report, colored: false) == expected)
        #expect(format.render(report) == format.render(report))  // deterministic
    }

    @Test func onlyTextIsEverColoured() {
        for format in ReportFormat.allCases {
            #expect(format.render(SampleReport.report, colored: true).contains("\u{1B}") == (format == .text), "\(format)")
        }
    }
}
