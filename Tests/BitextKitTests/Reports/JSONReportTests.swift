@testable import BitextKit
import Foundation
import Testing

@Suite("JSON report")
struct JSONReportTests {
    static let findingKeys = [
        "rule", "severity", "file", "line", "column", "sourceFile", "sourceLine", "unit", "message", "source",
        "target", "term",
    ]

    func parsed(_ report: CheckReport) throws -> [String: Any] {
        let text = JSONReport().render(report)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func topLevelObjectIsTheContract() throws {
        let object = try parsed(SampleReport.report)
        #expect(Set(object.keys) == ["version", "findings", "summary"])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary as NSDictionary == ["pairs": 2, "units": 11, "errors": 5, "warnings": 1, "infos": 1, "baselined": 1])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 7)
        for finding in findings {
            #expect(Set(finding.keys) == Set(Self.findingKeys))
        }
    }

    @Test func keysAppearInTheContractsOrder() {
        let text = JSONReport().render(SampleReport.report)
        func keys(indent: Int) -> [String] {
            let prefix = String(repeating: " ", count: indent) + "\""
            return text.split(separator: "\n").filter { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count).prefix { $0 != "\"" }) }
        }
        #expect(keys(indent: 2) == ["version", "findings", "summary"])
        #expect(keys(indent: 4) == ["pairs", "units", "errors", "warnings", "infos", "baselined"])
        let findingKeys = keys(indent: 6)
        #expect(Array(findingKeys.prefix(Self.findingKeys.count)) == Self.findingKeys)
        #expect(findingKeys.count == Self.findingKeys.count * SampleReport.report.findings.count)
        // term objects, in order, for the four term findings
        #expect(keys(indent: 8) == Array(repeating: ["source", "expected", "found"], count: 4).flatMap { $0 })
    }

    @Test func termFindingValues() throws {
        let findings = try #require(try parsed(SampleReport.report)["findings"] as? [[String: Any]])
        let forbidden = findings[1]
        #expect(forbidden["rule"] as? String == "term-forbidden")
        #expect(forbidden["severity"] as? String == "error")
        #expect(forbidden["file"] as? String == SampleReport.allianceEn)
        #expect(forbidden["line"] as? Int == 18)
        #expect(forbidden["column"] as? Int == 198)
        #expect(forbidden["sourceFile"] as? String == SampleReport.allianceKo)
        #expect(forbidden["sourceLine"] as? Int == 15)
        #expect(forbidden["unit"] as? String == "p1.b1")
        #expect(forbidden["message"] as? String == SampleReport.allianceFindings[1].message)
        #expect(forbidden["source"] as? String == SampleReport.alliance.units[2].source)
        #expect(forbidden["target"] as? String == SampleReport.alliance.units[2].target)
        let term = try #require(forbidden["term"] as? [String: Any])
        #expect(term["source"] as? String == "우리나라")
        #expect(term["expected"] as? [String] == ["ROK", "Republic of Korea"])
        #expect(term["found"] as? String == "our country")

        let missing = try #require(findings[2]["term"] as? [String: Any])
        #expect(missing["found"] is NSNull)
    }

    @Test func absentValuesAreNullNotMissing() throws {
        let finding = Finding(rule: .structureMismatch, file: "x.en.txt", line: 1, column: 1, unit: nil,
            message: "the target has 3 paragraphs; the source has 4", subject: "p4")
        let object = try parsed(CheckReport(findings: [finding], pairs: 1, units: 9))
        let json = try #require((object["findings"] as? [[String: Any]])?.first)
        for key in ["sourceFile", "sourceLine", "unit", "source", "target", "term"] {
            #expect(json[key] is NSNull, "\(key)")
        }
        #expect(object["summary"] as? NSDictionary == ["pairs": 1, "units": 9, "errors": 1, "warnings": 0, "infos": 0, "baselined": 0])
    }

    @Test func outputIsDeterministicAndEscaped() throws {
        let finding = Finding(rule: .untranslated, file: "q\"uote\\.en.txt", line: 2, column: 1, unit: "p1",
            message: "tab\there\nnewline \u{1} “quoted”", subject: "p1")
        let report = CheckReport(findings: [finding], pairs: 1, units: 1)
        #expect(JSONReport().render(report) == JSONReport().render(report))
        let json = try #require((try parsed(report)["findings"] as? [[String: Any]])?.first)
        #expect(json["file"] as? String == finding.file)
        #expect(json["message"] as? String == finding.message)
    }
}
