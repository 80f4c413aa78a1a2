import BitextKit
import Foundation
import Testing

/// Real CAT tools read what `bitext export` writes, and `bitext import` reads what they write back.
@Suite(.enabled(if: XLIFFSharedData.available, XLIFFSharedData.missingMessage))
struct CATToolTests {
    static let release = "2022-08-23-overseas-job-scam-advisory"

    /// The fixtures have one sentence per block; this pair has several, so that the tools meet
    /// `<seg-source>` and `<mrk mtype="seg">` markers, and some markup characters.
    static let multiSentenceKorean = """
        외교부, 「국제보건규칙(IHR)」 개정 협의 결과 발표
        작성일 2024-03-05 10:00:00

        1. 외교부는 3월 5일 국제보건규칙 개정 협의를 개최했다. 이번 협의에는 20개국이 참석했다.  회의는 화상으로 진행되었다.

        ㅇ 참석국들은 정보 공유를 강화하기로 했다. 또한 A&B <실무> 그룹을 신설하기로 했다.

        2. 외교부는 앞으로도 논의에 적극 참여할 예정이다.
        """
    static let multiSentenceEnglish = """
        MOFA Announces Outcome of Consultations on Amendments to the International Health Regulations (IHR)
        Date : 2024-03-05 11:30:00

        1. The Ministry of Foreign Affairs held consultations on amendments to the International Health Regulations on March 5. Twenty countries attended the consultations.  The meeting was held virtually.

        o The participants agreed to strengthen information sharing. They also agreed to set up an A&B <working> group.

        2. The Ministry will continue to take an active part in the discussions.
        """

    /// The fixture pair and the multi-sentence pair, as (Korean path, English path).
    static func releases(in folder: URL) throws -> [(String, String)] {
        let korean = folder.appendingPathComponent("multi.ko.txt"), english = folder.appendingPathComponent("multi.en.txt")
        try Data((multiSentenceKorean + "\n").utf8).write(to: korean)
        try Data((multiSentenceEnglish + "\n").utf8).write(to: english)
        return [(try XLIFFSharedData.release(release, "ko"), try XLIFFSharedData.release(release, "en")), (korean.path, english.path)]
    }

    /// translate-toolkit reads our 1.2 output, a script changes every target through its API and
    /// writes the file back, and `bitext import` renders the edits.
    @Test(.enabled(if: CATTools.enabled(CATTools.translateToolkitPython), "translate-toolkit (Debian package translate-toolkit) is not installed"),
        .timeLimit(.minutes(2)))
    func translateToolkitEditsTargets() throws {
        let python = try #require(CATTools.translateToolkitPython, "BITEXT_REQUIRE_TOOLS=1 but translate-toolkit is not installed")
        let folder = try BitextBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("edit.py")
        try Data("""
            import sys
            from translate.storage import xliff
            store = xliff.xlifffile.parsefile(sys.argv[1])
            count = 0
            for unit in store.units:
                if not unit.istranslatable():
                    continue
                unit_id = unit.getid().split("\\x04")[-1]
                unit.target = "[" + unit_id + "] " + unit.source + " & <done>"
                count += 1
            store.savefile(sys.argv[2])
            print(count)
            """.utf8).write(to: script)

        // Without targets translate-toolkit adds them; with --prefill-target it replaces them.
        let cases = try Self.releases(in: folder).flatMap { pair in [(pair.0, false), (pair.0, true)] }
        for (index, (korean, prefill)) in cases.enumerated() {
            let exported = folder.appendingPathComponent("export\(index).xlf").path
            #expect(try BitextBinary.run(["export", korean, "--xliff", "1.2", "-o", exported] + (prefill ? ["--prefill-target"] : [])).status == 0)
            let edited = folder.appendingPathComponent("edited\(index).xlf").path
            let run = try ToolProcess.run(python, [script.path, exported, edited], timeout: 60)
            #expect(run.status == 0, "\(run.stderr)")
            let units = try BitextBinary.run(["segment", korean, "--format", "json"])
            let count = try XLIFFCommandTests.blockTexts(units.stdout).count
            #expect(run.stdout == "\(count)\n", "translate-toolkit saw every unit: \(run.stdout)")

            let validate = try BitextBinary.run(["validate", "--strict", edited])
            let exportedText = try String(contentsOfFile: exported, encoding: .utf8)
            if exportedText.contains("<seg-source>") && !prefill {
                // translate-toolkit 3.8 puts a new <target> right after <source>, before <seg-source>,
                // which the 1.2 schema forbids; `validate` says so, and `import` reads it anyway.
                #expect(validate.status == 1)
                #expect(validate.stdout.contains("seg-source': This element is not expected"), "\(validate.stdout)")
            } else {
                #expect(validate.status == 0, "translate-toolkit's output is still valid XLIFF 1.2: \(validate.stdout)")
            }
            let output = folder.appendingPathComponent("imported\(index).en.txt").path
            let imported = try BitextBinary.run(["import", edited, "--source", korean, "-o", output])
            #expect(imported.status == 0, "\(imported.stderr)")
            // Every block is "[its ID] its Korean text & <done>", in the Korean release's structure
            // (translate-toolkit folds runs of spaces in the source it hands the script).
            func folded(_ texts: [String]) -> [String] {
                texts.map { $0.replacingOccurrences(of: " +", with: " ", options: .regularExpression) }
            }
            let expected = try XLIFFCommandTests.blockTexts(units.stdout).enumerated().map { position, text in
                guard position > 0, let space = text.firstIndex(of: " ") else { return "[title] \(text) & <done>" }
                let id = text[..<space]
                return "\(id) [\(id)]\(text[space...]) & <done>"
            }
            let result = try BitextBinary.run(["segment", output, "--format", "json"])
            #expect(folded(try XLIFFCommandTests.blockTexts(result.stdout)) == folded(expected))
            let align = try BitextBinary.run(["align", korean, output])
            #expect(align.status == 0, "\(align.stdout)")
        }
    }

    /// OmegaT in console mode translates our prefilled 1.2 export from a TMX in the project's
    /// `tm/auto`, and `bitext import` accepts what it writes to `target/`.
    @Test(.enabled(if: CATTools.enabled(CATTools.omegat), "OmegaT (Debian package omegat) is not installed"), .timeLimit(.minutes(3)))
    func omegatTranslatesFromTranslationMemory() throws {
        let omegat = try #require(CATTools.omegat, "BITEXT_REQUIRE_TOOLS=1 but OmegaT is not installed")
        let folder = try BitextBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("project")
        for sub in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
            try FileManager.default.createDirectory(at: project.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Data(Self.omegatProject.utf8).write(to: project.appendingPathComponent("omegat.project"))

        let releases = try Self.releases(in: folder)
        var memory: [(String, String)] = []
        for (index, (korean, english)) in releases.enumerated() {
            // The file to translate: Korean only, targets prefilled with the source, as OmegaT 3.6 needs.
            let export = try BitextBinary.run(["export", korean, "--xliff", "1.2", "--prefill-target", "-o", project.appendingPathComponent("source/r\(index).xlf").path])
            #expect(export.status == 0, "\(export.stderr)")
            // The memory: every segment pair of the release and its English version, a sentence each where they align.
            let pair = try BitextBinary.run(["export", korean, english, "--xliff", "1.2"])
            memory += try XLIFFReader(bytes: Array(pair.stdout.utf8), url: "pair.xlf").readDocument().units.flatMap { unit in
                unit.segments.filter { !$0.isIgnorable }.map { ($0.source.plainText, $0.target?.plainText ?? "") }
            }
        }
        #expect(memory.count == 22)
        try Data(TMX.document(memory, sourceLanguage: "ko-KR", targetLanguage: "en-US").utf8)
            .write(to: project.appendingPathComponent("tm/auto/releases.tmx"))

        let run = try ToolProcess.run(
            omegat, [project.path, "--mode=console-translate", "--config-dir=\(folder.appendingPathComponent("config").path)"],
            in: folder, environment: ["JAVA_TOOL_OPTIONS": "-Djava.awt.headless=true"], timeout: 150)
        #expect(!run.timedOut, "OmegaT did not finish in \(run.seconds) s and was killed")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")

        for (index, (korean, english)) in releases.enumerated() {
            let translated = project.appendingPathComponent("target/r\(index).xlf").path
            try #require(FileManager.default.fileExists(atPath: translated), "OmegaT wrote no target file: \(run.stdout)")
            let output = folder.appendingPathComponent("omegat\(index).en.txt").path
            let imported = try BitextBinary.run(["import", translated, "--source", korean, "-o", output])
            #expect(imported.status == 0, "\(imported.stderr)")
            let theirs = try BitextBinary.run(["segment", english, "--format", "json"])
            let ours = try BitextBinary.run(["segment", output, "--format", "json"])
            #expect(try XLIFFCommandTests.blockTexts(ours.stdout) == XLIFFCommandTests.blockTexts(theirs.stdout))
        }
    }

    static let omegatProject = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>ko-KR</source_lang>
            <target_lang>en-US</target_lang>
            <source_tok>org.omegat.tokenizer.LuceneCJKTokenizer</source_tok>
            <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
            <sentence_seg>false</sentence_seg>
            <support_default_translations>true</support_default_translations>
            <remove_tags>false</remove_tags>
          </project>
        </omegat>
        """
}
