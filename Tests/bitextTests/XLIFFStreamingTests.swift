import BitextKit
import Foundation
import Testing

/// XLIFF is streamed: the memory `import`, `validate` and `check` need grows with what they keep (the
/// release text, the IDs to keep unique, the units' texts), not with the size of the file.
@Suite struct XLIFFStreamingTests {
    /// A Bitext-style XLIFF 2.1 file of `units` paragraphs, each with short texts but a few kilobytes
    /// of notes, metadata and glossary entries, as a CAT tool's annotated file might have.
    static func bigXLIFF(units: Int, at path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let padding = String(repeating: "국제보건규칙 International Health Regulations ", count: 40)
        handle.write(Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="ko-KR" trgLang="en-US">
            <file id="f1" original="big.ko.txt">
            <unit id="title"><segment state="translated"><source>제목</source><target>Title</target></segment></unit>

            """.utf8))
        var chunk = ""
        for number in 1...units {
            chunk += """
                <unit id="p\(number)"><mda:metadata><mda:metaGroup category="block"><mda:meta type="kind">paragraph</mda:meta><mda:meta type="note">\(padding)</mda:meta></mda:metaGroup></mda:metadata>\
                <gls:glossary><gls:glossEntry><gls:term>국제보건규칙</gls:term><gls:translation>\(padding)</gls:translation></gls:glossEntry></gls:glossary>\
                <notes><note category="location">\(padding)</note></notes><segment state="translated"><source>문단 \(number).</source><target>P\(number).</target></segment></unit>

                """
            if number % 500 == 0 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data((chunk + "</file>\n</xliff>\n").utf8))
    }

    @Test(.enabled(if: CATTools.enabled(ToolProcess.gnuTime), ToolProcess.gnuTimeMissingMessage))
    func memoryDoesNotGrowWithTheFile() throws {
        let folder = try BitextBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("small.xlf").path, large = folder.appendingPathComponent("large.xlf").path
        try Self.bigXLIFF(units: 1_000, at: small)
        try Self.bigXLIFF(units: 10_000, at: large)
        let smallSize = try FileManager.default.attributesOfItem(atPath: small)[.size] as! Int
        let largeSize = try FileManager.default.attributesOfItem(atPath: large)[.size] as! Int
        #expect(largeSize > 50_000_000)
        let binary = BitextBinary.executable.path
        for command in [["import", "-o", folder.appendingPathComponent("out.en.txt").path], ["validate"], ["check"]] {
            let smallRun = try ToolProcess.peakMemory(binary, [command[0], small] + command.dropFirst())
            let largeRun = try ToolProcess.peakMemory(binary, [command[0], large] + command.dropFirst())
            #expect(smallRun.status == 0 && largeRun.status == 0, "\(command[0]) failed")
            let growth = (largeRun.kilobytes - smallRun.kilobytes) * 1024
            // Ten times the file costs a small fraction of the extra bytes.
            #expect(growth < (largeSize - smallSize) / 5,
                "\(command[0]): \(smallRun.kilobytes) KiB for \(smallSize) bytes, \(largeRun.kilobytes) KiB for \(largeSize) bytes")
        }
    }
    /// A folder holding `copies` copies of the fixture pairs, each pair under its own name.
    static func releases(copies: Int, in folder: URL) throws -> String {
        let releases = folder.appendingPathComponent("releases-\(copies)")
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        for copy in 0..<copies {
            for name in XLIFFSharedData.pairNames() {
                for language in ["ko", "en"] {
                    try FileManager.default.copyItem(
                        atPath: try XLIFFSharedData.release(name, language),
                        toPath: releases.appendingPathComponent("\(name)-\(copy).\(language).txt").path)
                }
            }
        }
        return releases.path
    }

    /// Export writes each release as it is built, and import writes each as it is read: neither
    /// holds the corpus, so ten times the releases cost them little more memory.
    @Test(.enabled(if: XLIFFSharedData.available, XLIFFSharedData.missingMessage),
        .enabled(if: CATTools.enabled(ToolProcess.gnuTime), ToolProcess.gnuTimeMissingMessage))
    func exportAndImportMemoryDoesNotGrowWithTheReleases() throws {
        let folder = try BitextBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = BitextBinary.executable.path
        var xliffs: [Int: (path: String, size: Int)] = [:]
        var memory: [Int: (export: Int, import: Int)] = [:]
        for copies in [10, 100] {
            let xliff = folder.appendingPathComponent("all-\(copies).xlf").path
            let export = try ToolProcess.peakMemory(binary, ["export", try Self.releases(copies: copies, in: folder), "-o", xliff])
            let out = folder.appendingPathComponent("out-\(copies)").path + "/"
            let imported = try ToolProcess.peakMemory(binary, ["import", xliff, "-o", out])
            #expect(export.status == 0 && imported.status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == copies * XLIFFSharedData.pairNames().count)
            xliffs[copies] = (xliff, try FileManager.default.attributesOfItem(atPath: xliff)[.size] as! Int)
            memory[copies] = (export.kilobytes, imported.kilobytes)
        }
        let extraBytes = xliffs[100]!.size - xliffs[10]!.size
        #expect(extraBytes > 5_000_000)
        for (command, small, large) in [("export", memory[10]!.export, memory[100]!.export), ("import", memory[10]!.import, memory[100]!.import)] {
            // The corpus held in memory costs several times the XLIFF's bytes; two batches of
            // releases in flight cost the same for 70 releases as for 700.
            #expect((large - small) * 1024 < extraBytes, "\(command): \(small) KiB for 10 copies, \(large) KiB for 100")
        }
    }
}
