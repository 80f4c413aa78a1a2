@testable import BitextKit
import Testing

@Suite("Text report")
struct TextReportTests {
    @Test func linesReadLikeACompilersDiagnostics() {
        let text = TextReport(colored: false).render(SampleReport.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == SampleReport.report.findings.count + 2)  // findings, summary, final empty
        #expect(lines[0] == "releases/2020-09-26-alliance-for-multilateralism.en.txt:16:217: error: [number-mismatch] "
            + "the source has “제75차” (75th); the target has “74th”")
        #expect(lines[3].hasPrefix("releases/2020-09-26-alliance-for-multilateralism.en.txt:24:97: warning: [term-inconsistent] "))
        #expect(lines[6].hasPrefix("releases/2021-04-16-covid19-vaccine-cooperation.en.txt:23:93: info: [term-spacing] "))
        #expect(lines[7] == "5 errors, 1 warning, 1 info in 2 pairs (11 units); 1 left out by the baseline")
        #expect(lines[8] == "")
    }

    @Test func noColourUnlessAsked() {
        let plain = TextReport(colored: false).render(SampleReport.report)
        #expect(!plain.contains("\u{1B}"))
        let colored = TextReport(colored: true).render(SampleReport.report)
        #expect(colored.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        // The same text once the escape sequences are taken out.
        #expect(colored.replacing(/\x1B\[[0-9;]*m/, with: "") == plain)
    }

    @Test(arguments: [
        (CheckReport.Summary(pairs: 1, units: 1, errors: 1, warnings: 0, infos: 0, baselined: 0),
         "1 error, 0 warnings, 0 info in 1 pair (1 unit)"),
        (CheckReport.Summary(pairs: 7, units: 151, errors: 3, warnings: 1, infos: 2, baselined: 0),
         "3 errors, 1 warning, 2 info in 7 pairs (151 units)"),
        (CheckReport.Summary(pairs: 0, units: 0, errors: 0, warnings: 2, infos: 0, baselined: 4),
         "0 errors, 2 warnings, 0 info in 0 pairs (0 units); 4 left out by the baseline"),
    ])
    func summaryLine(summary: CheckReport.Summary, expected: String) {
        #expect(TextReport().summaryLine(summary) == expected)
    }

    @Test func hostileTextStaysOnOneLineAndCannotEscapeTheTerminal() {
        let finding = Finding(
            rule: .untranslated, file: "a\nb.en.txt", line: 3, column: 1, unit: "p1",
            message: "first\nsecond\r\u{1B}[2J\u{7}\tend", subject: "p1")
        let line = TextReport(colored: false).line(for: finding)
        #expect(line == "a b.en.txt:3:1: error: [untranslated] first second \u{FFFD}[2J\u{FFFD} end")
        #expect(!TextReport(colored: true).line(for: finding).contains("\u{1B}[2J"))
    }

    @Test func emptyReportStillSaysWhatWasChecked() {
        let text = TextReport().render(CheckReport(findings: [], pairs: 1, units: 9))
        #expect(text == "0 errors, 0 warnings, 0 info in 1 pair (9 units)\n")
    }
}
