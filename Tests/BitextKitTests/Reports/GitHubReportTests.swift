@testable import BitextKit
import Testing

@Suite("GitHub annotations")
struct GitHubReportTests {
    @Test func oneWorkflowCommandPerFinding() {
        let lines = GitHubReport().render(SampleReport.report).split(separator: "\n").map(String.init)
        #expect(lines.count == SampleReport.report.findings.count + 1)
        #expect(lines[0] == "::error file=releases/2020-09-26-alliance-for-multilateralism.en.txt,line=16,col=217,"
            + "title=[number-mismatch]::the source has “제75차” (75th); the target has “74th”")
        #expect(lines[3].hasPrefix("::warning file=releases/2020-09-26-alliance-for-multilateralism.en.txt,line=24,col=97,title=[term-inconsistent]::"))
        #expect(lines[6].hasPrefix("::notice file=releases/2021-04-16-covid19-vaccine-cooperation.en.txt,line=23,col=93,title=[term-spacing]::"))
        #expect(lines[7] == "5 errors, 1 warning, 1 info in 2 pairs (11 units); 1 left out by the baseline")
    }

    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("50% done", "50%25 done", "50%25 done"),
        ("line\r\nbreak", "line%0D%0Abreak", "line%0D%0Abreak"),
        ("a,b:c", "a,b:c", "a%2Cb%3Ac"),
        ("%0A", "%250A", "%250A"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ])
    func escaping(raw: String, data: String, property: String) {
        #expect(GitHubReport.escapeData(raw) == data)
        #expect(GitHubReport.escapeProperty(raw) == property)
    }

    @Test func hostilePathAndMessageCannotStartAnotherCommand() {
        let finding = Finding(rule: .untranslated, file: "dir,x/a:b.en.txt", line: 3, column: 7, unit: "p1",
            message: "first\n::error file=evil.txt::injected\r100%", subject: "p1")
        let command = GitHubReport().command(for: finding)
        #expect(command == "::error file=dir%2Cx/a%3Ab.en.txt,line=3,col=7,title=[untranslated]::"
            + "first%0A::error file=evil.txt::injected%0D100%25")
        #expect(!command.contains("\n") && !command.contains("\r"))
    }

    @Test func fileLevelFindingHasNoLine() {
        let finding = Finding(rule: .structureMismatch, severity: .warning, file: "a.en.txt", line: 0, column: 0, unit: nil,
            message: "the target has 3 paragraphs; the source has 4", subject: "paragraphs")
        #expect(GitHubReport().command(for: finding)
            == "::warning file=a.en.txt,title=[structure-mismatch]::the target has 3 paragraphs; the source has 4")
    }
}
