@testable import BitextKit
import Foundation
import Testing

@Suite("SARIF report")
struct SARIFReportTests {
    func parsed(_ report: CheckReport) throws -> [String: Any] {
        let text = SARIFReport().render(report)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ report: CheckReport) throws -> [String: Any] {
        let runs = try #require(try parsed(report)["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    /// A report with what tends to break SARIF consumers: a file-level finding (no line), a path
    /// with spaces, Hangul and `#`, and a rule the catalog does not know.
    static let awkward = CheckReport(
        findings: SampleReport.report.findings + [
            Finding(rule: .structureMismatch, file: "보도자료/x y#1.en.txt", line: 0, column: 0, unit: nil,
                message: "the target has 3 paragraphs; the source has 4", subject: "paragraphs"),
            Finding(rule: "future-rule", severity: .warning, file: "C:/x.en.txt", line: 2, column: 1, unit: "p1",
                message: "a rule from a newer check", subject: "p1"),
        ],
        pairs: 3, units: 12, documents: SampleReport.report.documents)

    @Test(.enabled(if: Shared.available, Shared.missingMessage),
          .enabled(if: JSONSchemaTool.available, JSONSchemaTool.missingMessage))
    func validatesAgainstTheSARIF210Schema() throws {
        let schema = try Shared.url("schemas/sarif/sarif-schema-2.1.0.json")
        for report in [SampleReport.report, Self.awkward, CheckReport(findings: [], pairs: 1, units: 1)] {
            let problems = try JSONSchemaTool.validate(SARIFReport().render(report), schema: schema)
            #expect(problems == "", "\(problems)")
        }
    }

    @Test func oneReportingDescriptorPerRule() throws {
        let driver = try #require((try run(Self.awkward)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "bitext")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == Rule.catalog.map(\.rule.rawValue) + ["future-rule"])
        let spacing = try #require(rules.first { $0["id"] as? String == "term-spacing" })
        #expect((spacing["shortDescription"] as? [String: Any])?["text"] as? String == Rule.termSpacing.summary)
        #expect((spacing["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")
        #expect(spacing["name"] as? String == "TermSpacing")
        let missing = try #require(rules.first { $0["id"] as? String == "term-missing" })
        #expect((missing["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
    }

    @Test func resultsCarryRuleLevelLocationAndFingerprint() throws {
        let run = try run(Self.awkward)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Self.awkward.findings.count)
        for (result, finding) in zip(results, Self.awkward.findings) {
            #expect(result["ruleId"] as? String == finding.rule.rawValue)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule.rawValue)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            #expect((result["partialFingerprints"] as? [String: String])?["bitext/v1"] == finding.fingerprint)
        }
        #expect(results.map { $0["level"] as? String }
            == ["error", "error", "error", "warning", "error", "error", "note", "error", "warning"])

        let first = results[0]
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == SampleReport.allianceEn)
        #expect(location["region"] as? NSDictionary == ["startLine": 16, "startColumn": 217])
        let properties = try #require(first["properties"] as? [String: Any])
        #expect(properties["unit"] as? String == "p1")
        #expect(properties["sourceFile"] as? String == SampleReport.allianceKo)
        let related = try #require((first["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((related["artifactLocation"] as? [String: Any])?["uri"] as? String == SampleReport.allianceKo)
        #expect(related["region"] as? NSDictionary == ["startLine": 13])

        // A finding about a whole file: no region (SARIF lines start at 1), path percent-encoded.
        let fileLevel = try #require((results[7]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(fileLevel["region"] == nil)
        #expect((fileLevel["artifactLocation"] as? [String: Any])?["uri"] as? String
            == "%EB%B3%B4%EB%8F%84%EC%9E%90%EB%A3%8C/x%20y%231.en.txt")
        #expect((results[7]["properties"] as? [String: Any])?["unit"] is NSNull)
    }

    @Test(arguments: [
        ("releases/x.en.txt", "releases/x.en.txt"),
        ("/abs/path/x.en.txt", "/abs/path/x.en.txt"),
        ("a b.xlf", "a%20b.xlf"),
        ("a:b.txt", "a%3Ab.txt"),
        ("100%.txt", "100%25.txt"),
        ("x?y#z", "x%3Fy%23z"),
    ])
    func pathsBecomeURIReferences(path: String, uri: String) {
        #expect(SARIFReport.uriReference(path) == uri)
    }
}

/// Python's `jsonschema` package, run as a subprocess to validate JSON against a schema.
///
/// Tests that need it are disabled with a message when it is missing, unless
/// `BITEXT_REQUIRE_TOOLS=1` (as in CI), where they then fail.
enum JSONSchemaTool {
    static var isRequired: Bool { ProcessInfo.processInfo.environment["BITEXT_REQUIRE_TOOLS"] == "1" }
    static let installed: Bool = (try? run(["-c", "import jsonschema"]).status) == 0
    static var available: Bool { installed || isRequired }
    static let missingMessage: Comment = "python3 with the jsonschema package not found (pip install jsonschema, or apt install python3-jsonschema)"

    /// The schema's complaints about `json`, one per line; empty when it is valid.
    static func validate(_ json: String, schema: URL) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-jsonschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("document.json")
        try Data(json.utf8).write(to: document)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
                print("/".join(map(str, error.absolute_path)) + ": " + error.message)
            """
        let result = try run(["-c", script, schema.path, document.path])
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return result.output
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
