import BitextKit
import Foundation
import Testing

/// End to end: `bitext export`, `import` and `validate`, as users and scripts run them.
@Suite(.enabled(if: XLIFFSharedData.available, XLIFFSharedData.missingMessage))
struct XLIFFCommandTests {
    static let seed = "2020-09-26-alliance-for-multilateralism"

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: ["2.1", "2.0", "1.2"])
    func exportValidateImportRoundTrip(version: String) throws {
        let folder = try BitextBinary.temporaryFolder()
        let korean = try XLIFFSharedData.release(Self.seed, "ko"), english = try XLIFFSharedData.release(Self.seed, "en")
        let xliff = folder.appendingPathComponent("seed.xlf").path
        let export = try BitextBinary.run(["export", korean, english, "--xliff", version, "-o", xliff])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.isEmpty && export.stderr.isEmpty)

        let validate = try BitextBinary.run(["validate", "--strict", xliff])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout == "\(xliff): valid XLIFF \(version)\(version == "1.2" ? " (strict schema)" : "")\n")

        let output = folder.appendingPathComponent("seed.en.txt").path
        let imported = try BitextBinary.run(["import", xliff, "--source", korean, "-o", output])
        #expect(imported.status == 0, "\(imported.stderr)")
        // The imported release aligns with the Korean one and has the English texts.
        let align = try BitextBinary.run(["align", korean, output, "--format", "json"])
        #expect(align.status == 0, "\(align.stdout)")
        let theirs = try BitextBinary.run(["segment", english, "--format", "json"])
        let ours = try BitextBinary.run(["segment", output, "--format", "json"])
        #expect(try Self.blockTexts(ours.stdout) == Self.blockTexts(theirs.stdout))
        #expect(try Self.files(in: folder) == ["seed.en.txt", "seed.xlf"])
    }

    static func blockTexts(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        return [object["title"] as? String ?? ""] + blocks.map { "\($0["id"]!) \($0["text"]!)" }
    }

    @Test func exportWritesToStandardOutputAndImportToo() throws {
        let korean = try XLIFFSharedData.release(Self.seed, "ko"), english = try XLIFFSharedData.release(Self.seed, "en")
        let export = try BitextBinary.run(["export", korean, english])
        #expect(export.status == 0)
        #expect(export.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(export.stdout.contains(#"version="2.1" srcLang="ko-KR" trgLang="en-US""#))
        let folder = try BitextBinary.temporaryFolder()
        let xliff = folder.appendingPathComponent("x.xlf")
        try Data(export.stdout.utf8).write(to: xliff)
        let imported = try BitextBinary.run(["import", xliff.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Minister of Foreign Affairs Attends Ministerial Meeting of Alliance for Multilateralism\nDate : 2020-09-26 13:25:40\n\n1. "))
    }

    @Test func prefillTargetForLegacyTools() throws {
        let korean = try XLIFFSharedData.release(Self.seed, "ko")
        let legacy = try BitextBinary.run(["export", korean, "--xliff", "1.2", "--prefill-target"])
        #expect(legacy.status == 0)
        #expect(legacy.stdout.contains(#"<target state="new">강경화 외교부 장관, 「다자주의 연대 장관급 회의」 참석</target>"#))
        let modern = try BitextBinary.run(["export", korean, "--prefill-target"])
        #expect(modern.stdout.contains(#"<segment id="s1" state="initial">"#))
        let plain = try BitextBinary.run(["export", korean, "--xliff", "1.2"])
        #expect(!plain.stdout.contains("<target"))
    }

    @Test func untranslatedUnitsFailTheImportByID() throws {
        let folder = try BitextBinary.temporaryFolder()
        let korean = try XLIFFSharedData.release(Self.seed, "ko")
        let xliff = folder.appendingPathComponent("new.xlf").path
        #expect(try BitextBinary.run(["export", korean, "--xliff", "1.2", "--prefill-target", "-o", xliff]).status == 0)
        let output = folder.appendingPathComponent("out.en.txt").path
        let result = try BitextBinary.run(["import", xliff, "--source", korean, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(xliff):7:9: [untranslated] unit title is not translated (state new)"), "\(result.stderr)")
        #expect(result.stderr.contains("unit p2.b3 is not translated"))
        #expect(try Self.files(in: folder) == ["new.xlf"], "a failed import leaves no file")

        let lenient = try BitextBinary.run(["import", xliff, "--allow-untranslated", "-o", output])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: 9 unit(s) not translated"))
    }

    @Test func sourceDriftIsAnInputErrorNamingTheUnit() throws {
        let folder = try BitextBinary.temporaryFolder()
        let korean = try XLIFFSharedData.release(Self.seed, "ko"), english = try XLIFFSharedData.release(Self.seed, "en")
        let xliff = folder.appendingPathComponent("seed.xlf").path
        #expect(try BitextBinary.run(["export", korean, english, "-o", xliff]).status == 0)
        let edited = try String(contentsOfFile: korean, encoding: .utf8).replacingOccurrences(of: "약 20개국", with: "약 25개국")
        let drifted = folder.appendingPathComponent("seed.ko.txt").path
        try edited.write(toFile: drifted, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("seed.en.txt").path
        let result = try BitextBinary.run(["import", xliff, "--source", drifted, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[source-drift] unit p1.b1: the source no longer matches \(drifted):15"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aFolderOfReleasesExportsAndImportsTogether() throws {
        let folder = try BitextBinary.temporaryFolder()
        let releases = try XLIFFSharedData.path("fixtures/releases")
        let xliff = folder.appendingPathComponent("all.xlf").path
        let export = try BitextBinary.run(["export", releases, "--xliff", "1.2", "-o", xliff])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try BitextBinary.run(["validate", "--strict", xliff]).status == 0)
        let out = folder.appendingPathComponent("out").path + "/"
        let imported = try BitextBinary.run(["import", xliff, "-o", out])
        #expect(imported.status == 0, "\(imported.stderr)")
        let names = XLIFFSharedData.pairNames()
        #expect(try Self.files(in: URL(fileURLWithPath: out)) == names.map { "\($0).en.txt" })
        for name in names {
            let align = try BitextBinary.run(["align", try XLIFFSharedData.release(name, "ko"), out + "\(name).en.txt"])
            #expect(align.status == 0, "\(name): \(align.stdout)")
        }
        let single = try BitextBinary.run(["import", xliff, "-o", folder.appendingPathComponent("one.txt").path])
        #expect(single.status == 2)
        #expect(single.stderr.contains("holds 7 releases; give a folder with -o"))
        #expect(try BitextBinary.run(["export", releases, try XLIFFSharedData.release(Self.seed, "en")]).status == 2)
    }

    @Test func validateExitCodes() throws {
        let folder = try BitextBinary.temporaryFolder()
        let good = try XLIFFSharedData.path("corpus/xliff2/oasis-2.1/core/everything-core.xlf")
        let invalid = try XLIFFSharedData.path("corpus/xliff-invalid/matecat-v2-duplicate-ids.xliff")
        let schemaInvalid = try XLIFFSharedData.path("corpus/xliff-invalid/symfony-missing-trans-unit-id.xlf")
        let broken = try XLIFFSharedData.path("corpus/xliff-invalid/symfony-not-well-formed.xlf")

        let valid = try BitextBinary.run(["validate", good])
        #expect(valid.status == 0)
        #expect(valid.stdout == "\(good): valid XLIFF 2.0\n")

        let one = try BitextBinary.run(["validate", good, invalid, schemaInvalid])
        #expect(one.status == 1)
        #expect(one.stdout.contains(#"\#(invalid):9:3: error: unit id="tu1" is not unique"#), "\(one.stdout)")
        #expect(one.stdout.contains("\(schemaInvalid):5:"), "\(one.stdout)")
        #expect(one.stdout.contains("'id' is required"))

        let two = try BitextBinary.run(["validate", good, broken, invalid])
        #expect(two.status == 2)
        #expect(two.stderr.contains("\(broken):8:"), "\(two.stderr)")
        #expect(two.stdout.contains("tu1"), "later files are still checked")

        let missing = try BitextBinary.run(["validate", folder.appendingPathComponent("nope.xlf").path])
        #expect(missing.status == 2)
        #expect(try BitextBinary.run(["validate"]).status == 2)
    }

    @Test func everyCorpusFileGetsAnAnswerFromValidate() throws {
        let corpus = try XLIFFSharedData.path("corpus")
        let files = try #require(FileManager.default.enumerator(atPath: corpus)?.allObjects as? [String])
            .filter { ["xlf", "xliff", "xlf2", "sdlxliff"].contains(URL(fileURLWithPath: $0).pathExtension) }
            .map { "\(corpus)/\($0)" }.sorted()
        #expect(files.count == 182)
        let result = try BitextBinary.run(["validate"] + files)
        #expect(result.status == 2, "some corpus files are not XML at all")
        let answered = Set(result.stdout.split(separator: "\n").map { String($0.split(separator: ":")[0]) })
            .union(result.stderr.split(separator: "\n").map { String($0.dropFirst("bitext: error: ".count).split(separator: ":")[0]) })
        #expect(Set(files).subtracting(answered).isEmpty, "unanswered: \(Set(files).subtracting(answered).sorted())")
        let invalid = files.filter { $0.contains("/xliff-invalid/") }
        for file in invalid {
            #expect(!result.stdout.contains("\(file): valid"), "\(file) passed")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try BitextBinary.run(["export"]).status == 2)
        #expect(try BitextBinary.run(["export", "x.ko.txt", "--xliff", "3.0"]).status == 2)
        #expect(try BitextBinary.run(["import"]).status == 2)
        let glossary = try BitextBinary.run(["export", try XLIFFSharedData.release(Self.seed, "ko"), "--glossary", "g.csv"])
        #expect(glossary.status == 2)
        let help = try BitextBinary.run(["--help"]).stdout
        #expect(help.contains("export") && help.contains("import") && help.contains("validate"))
    }

    @Test func inputsAreNeverModifiedAndFailedExportsLeaveNoFile() throws {
        let folder = try BitextBinary.temporaryFolder()
        let korean = folder.appendingPathComponent("k.ko.txt")
        try FileManager.default.copyItem(atPath: try XLIFFSharedData.release(Self.seed, "ko"), toPath: korean.path)
        let before = try Data(contentsOf: korean)
        let xliff = folder.appendingPathComponent("k.xlf").path
        #expect(try BitextBinary.run(["export", korean.path, "-o", xliff]).status == 0)
        let exported = try Data(contentsOf: URL(fileURLWithPath: xliff))
        _ = try BitextBinary.run(["import", xliff, "--source", korean.path, "--allow-untranslated", "-o", folder.appendingPathComponent("k.en.txt").path])
        _ = try BitextBinary.run(["validate", xliff])
        #expect(try Data(contentsOf: korean) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xliff)) == exported)

        // A release that is not UTF-8: no XLIFF appears, not even a temporary one.
        let bad = folder.appendingPathComponent("bad.ko.txt")
        try Data([0x54, 0x0A, 0x0A, 0x31, 0x2E, 0x20, 0xFF, 0x0A]).write(to: bad)
        let failed = try BitextBinary.run(["export", bad.path, "-o", folder.appendingPathComponent("bad.xlf").path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("\(bad.path):3:4: not UTF-8"))
        #expect(try Self.files(in: folder) == ["bad.ko.txt", "k.en.txt", "k.ko.txt", "k.xlf"])
    }

    /// A failed import into a folder writes no release, not even those before the failure, and
    /// leaves no folder it made.
    @Test func aFailedImportIntoAFolderLeavesNothing() throws {
        let folder = try BitextBinary.temporaryFolder()
        let releases = try XLIFFSharedData.path("fixtures/releases")
        let xliff = folder.appendingPathComponent("all.xlf").path
        #expect(try BitextBinary.run(["export", releases, "-o", xliff]).status == 0)
        // The last release loses a translation: the ones before it are fine.
        var text = try String(contentsOfFile: xliff, encoding: .utf8)
        let lastTarget = try #require(text.range(of: "<target>", options: .backwards))
        text.replaceSubrange(lastTarget.lowerBound..<text[lastTarget.lowerBound...].range(of: "</target>")!.upperBound, with: "")
        try text.write(toFile: xliff, atomically: false, encoding: .utf8)
        let out = folder.appendingPathComponent("new/nested").path + "/"
        let failed = try BitextBinary.run(["import", xliff, "-o", out])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("[untranslated]"))
        #expect(try Self.files(in: folder) == ["all.xlf"])
        let existing = folder.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        #expect(try BitextBinary.run(["import", xliff, "-o", existing.path]).status == 2)
        #expect(try Self.files(in: existing) == [])
    }
}

/// `export --glossary` puts the real glossary's terms beside each unit, in a schema-valid file.
@Suite struct ExportGlossaryTests {
    @Test(arguments: ["2.1", "1.2"])
    func glossaryTermsReachTheTranslator(version: String) throws {
        let folder = try BitextBinary.temporaryFolder()
        let output = folder.appendingPathComponent("out.xlf").path
        let result = try BitextBinary.run([
            "export", BitextBinary.example("2020-09-26-alliance-for-multilateralism.ko.txt"), "--xliff", version,
            "--glossary", BitextBinary.repository.appendingPathComponent("Glossary").path, "-o", output,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xliff.contains("International Health Regulations"))
        #expect(xliff.contains("국제보건규칙"))
        let strict = version == "1.2" ? ["--strict"] : []
        #expect(try BitextBinary.run(["validate", output] + strict).status == 0)
    }
}
