import Foundation
import Testing

/// End to end: `bitext check` as CI runs it — exit codes, formats, baselines, configuration.
@Suite struct CheckCommandTests {
    static let examples = BitextBinary.repository.appendingPathComponent("Examples/releases").path
    static let glossary = BitextBinary.repository.appendingPathComponent("Glossary").path

    /// A folder holding a copy of the seed pair, with `edit` applied to the English.
    static func pair(editing edit: (String) -> String = { $0 }) throws -> URL {
        let folder = try BitextBinary.temporaryFolder()
        for suffix in ["ko", "en"] {
            let name = "2020-09-26-alliance-for-multilateralism.\(suffix).txt"
            var text = try String(contentsOfFile: BitextBinary.example(name), encoding: .utf8)
            if suffix == "en" { text = edit(text) }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let missingTerm: @Sendable (String) -> String = {
        $0.replacingOccurrences(of: "including the International Health Regulations aimed", with: "including the health rules aimed")
    }

    @Test func cleanExamplesPass() throws {
        let result = try BitextBinary.run(["check", Self.examples, "--glossary", Self.glossary])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func anErrorFailsTheRunWithACompilerStyleLine() throws {
        let folder = try Self.pair(editing: Self.missingTerm)
        let result = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        let english = folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.en.txt").path
        #expect(result.stdout.contains("\(english):22:3: error: [term-missing] “국제보건규칙” should be translated as “International Health Regulations”"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--fail-on", "never"]).status == 0)
    }

    @Test func jsonFollowsTheContract() throws {
        let folder = try Self.pair(editing: Self.missingTerm)
        let result = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "term-missing")
        #expect(finding["unit"] as? String == "p2.b1")
        #expect(finding["line"] as? Int == 22)
        #expect(finding["sourceLine"] as? Int == 19)
        #expect((finding["term"] as? [String: Any])?["source"] as? String == "국제보건규칙")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["pairs"] as? Int == 1)
        #expect(summary["units"] as? Int == 9)
        #expect(summary["errors"] as? Int == 1)
    }

    @Test(arguments: ["sarif", "junit", "github", "html"])
    func everyFormatIsWrittenAtomicallyToAFile(format: String) throws {
        let folder = try Self.pair(editing: Self.missingTerm)
        let output = try BitextBinary.temporaryFolder().appendingPathComponent("report.\(format)")
        let result = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--format", format, "-o", output.path])
        #expect(result.status == 1)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("term-missing"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["report.\(format)"])
        if format == "github" { #expect(written.contains("::error file=")) }
    }

    @Test func baselineAdoptsExistingFindings() throws {
        let folder = try Self.pair(editing: Self.missingTerm)
        let baseline = try BitextBinary.temporaryFolder().appendingPathComponent("baseline.json")
        let record = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--write-baseline", baseline.path])
        #expect(record.status == 0)
        let again = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--baseline", baseline.path])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout.contains("left out by the baseline"))
        // A new defect still fails.
        let english = folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.en.txt")
        let text = try String(contentsOf: english, encoding: .utf8).replacingOccurrences(of: "the 75th session", with: "the 76th session")
        try text.write(to: english, atomically: true, encoding: .utf8)
        let later = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary, "--baseline", baseline.path])
        #expect(later.status == 1)
        #expect(later.stdout.contains("number-mismatch"))
        #expect(!later.stdout.contains("term-missing"))
    }

    @Test func configurationFileIsFoundAboveTheInput() throws {
        let folder = try Self.pair(editing: Self.missingTerm)
        try #"{"rules": {"term-missing": "warning"}}"#.write(
            to: folder.appendingPathComponent(".bitext.json"), atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: [term-missing]"))
        try #"{"rules": {"term-missing": "loud"}}"#.write(
            to: folder.appendingPathComponent(".bitext.json"), atomically: true, encoding: .utf8)
        let invalid = try BitextBinary.run(["check", folder.path, "--glossary", Self.glossary])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains(".bitext.json:1:1: invalid configuration"))
    }

    @Test func nothingToCheckIsExitTwo() throws {
        let empty = try BitextBinary.temporaryFolder()
        let result = try BitextBinary.run(["check", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing was checked"))
        let missing = try BitextBinary.run(["check", empty.appendingPathComponent("nope").path])
        #expect(missing.status == 2)
    }

    @Test func aLoneReleaseIsPairedWithItsSibling() throws {
        let folder = try Self.pair()
        let result = try BitextBinary.run(["check", folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.ko.txt").path,
            "--glossary", Self.glossary])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("in 1 pair (9 units)"))
    }

    @Test func singlePairCheckIsFast() throws {
        // A safety bound, not a benchmark (Benchmarks/run measures): CI machines vary.
        let started = ContinuousClock.now
        _ = try BitextBinary.run(["check", BitextBinary.example("2020-09-26-alliance-for-multilateralism.ko.txt"), "--glossary", Self.glossary])
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}

/// Inputs the way people type them: globs, paths as given, locales on the command line.
@Suite struct CheckInputTests {
    @Test func aGlobOfOneLanguagePairsEachFileWithItsSibling() throws {
        let folder = try CheckCommandTests.pair()
        let korean = folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.ko.txt").path
        let english = folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.en.txt").path
        let result = try BitextBinary.run(["check", english, korean, korean, "--glossary", CheckCommandTests.glossary])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("in 1 pair (9 units)"))
    }

    @Test func siblingPathsStayAsGiven() throws {
        let folder = try CheckCommandTests.pair(editing: CheckCommandTests.missingTerm)
        let result = try BitextBinary.run(
            ["check", "2020-09-26-alliance-for-multilateralism.ko.txt", "--glossary", CheckCommandTests.glossary], in: folder)
        #expect(result.stdout.hasPrefix("2020-09-26-alliance-for-multilateralism.en.txt:22:"), "\(result.stdout)")
    }

    @Test func localesCanBeGivenForFilesWithoutCodes() throws {
        let folder = try CheckCommandTests.pair()
        let korean = folder.appendingPathComponent("korean.txt"), english = folder.appendingPathComponent("english.txt")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.ko.txt"), to: korean)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("2020-09-26-alliance-for-multilateralism.en.txt"), to: english)
        let result = try BitextBinary.run([
            "check", korean.path, english.path, "--source-locale", "ko-KR", "--target-locale", "en-US",
            "--glossary", CheckCommandTests.glossary,
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func anXLIFFWithoutUnitsChecksNothing() throws {
        let folder = try BitextBinary.temporaryFolder()
        let file = folder.appendingPathComponent("empty.xlf")
        try #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko-KR" trgLang="en-US"><file id="f1"/></xliff>"#
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing was checked"))
    }

    @Test func skippedWorkIsSaidOnStderr() throws {
        let folder = try CheckCommandTests.pair()
        try "Lone\n\n1. Text.\n".write(to: folder.appendingPathComponent("lone.ko.txt"), atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["check", folder.path], in: try BitextBinary.temporaryFolder())
        #expect(result.stderr.contains("lone.ko.txt: no translation beside it"))
        #expect(result.stderr.contains("no glossary"))
    }
}
