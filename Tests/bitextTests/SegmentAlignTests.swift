import Foundation
import Testing

/// End to end: the real binary on the bundled examples, from a foreign working directory.
@Suite struct SegmentAlignTests {
    static let seedEnglish = BitextBinary.example("2020-09-26-alliance-for-multilateralism.en.txt")
    static let seedKorean = BitextBinary.example("2020-09-26-alliance-for-multilateralism.ko.txt")

    @Test func segmentJSONFollowsTheContract() throws {
        let result = try BitextBinary.run(["segment", Self.seedEnglish, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["locale"] as? String == "en-US")
        #expect(json["title"] as? String == "Minister of Foreign Affairs Attends Ministerial Meeting of Alliance for Multilateralism")
        #expect(json["date"] as? String == "2020-09-26 13:25:40")
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.compactMap { $0["id"] as? String } == ["p1", "p1.b1", "p2", "p2.b1", "p2.b2", "p2.b3", "p3", "p4"])
        let first = try #require(blocks.first)
        #expect(Set(first.keys) == ["id", "kind", "marker", "line", "text", "sentences"])
        #expect(first["kind"] as? String == "paragraph")
        #expect(first["marker"] as? String == "1.")
        #expect(first["line"] as? Int == 16)
        #expect((first["sentences"] as? [String])?.count == 1)
    }

    @Test func segmentOutlineShowsTheTree() throws {
        let result = try BitextBinary.run(["segment", Self.seedKorean])
        #expect(result.status == 0)
        #expect(result.stdout.contains("p2.b3 [bullet ㅇ] line 23"))
        #expect(result.stdout.contains("title: 강경화 외교부 장관, 「다자주의 연대 장관급 회의」 참석"))
    }

    @Test func alignOfAGoodPairExitsZero() throws {
        let result = try BitextBinary.run(["align", Self.seedKorean, Self.seedEnglish, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["pairs"] as? [Any])?.count == 9)
        #expect((json["mismatches"] as? [Any])?.isEmpty == true)
    }

    @Test func alignReportsAMissingBulletAndExitsOne() throws {
        let folder = try BitextBinary.temporaryFolder()
        let english = try String(contentsOfFile: Self.seedEnglish, encoding: .utf8)
            .replacingOccurrences(of: "o In addition, Minister Kang", with: "In addition, Minister Kang")
        let broken = folder.appendingPathComponent("broken.en.txt")
        try english.write(to: broken, atomically: true, encoding: .utf8)
        let result = try BitextBinary.run(["align", Self.seedKorean, broken.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("missing"))
        #expect(result.stdout.contains("p2.b3"))
    }

    @Test func unreadableInputIsExitTwoWithALocatedMessage() throws {
        let folder = try BitextBinary.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.en.txt")
        try Data([0x54, 0x0A, 0x0A, 0x31, 0x2E, 0x20, 0xFF, 0x0A]).write(to: bad)
        let result = try BitextBinary.run(["segment", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(bad.path):3:4: not UTF-8"))
        #expect(result.stdout.isEmpty)

        let missing = try BitextBinary.run(["segment", folder.appendingPathComponent("nope.en.txt").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.en.txt"))

        let unknown = try BitextBinary.run(["segment", Self.seedEnglish, "--locale", "xx-YY"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown locale"))
    }

    @Test func usageErrorsExitTwo() throws {
        let usage = try BitextBinary.run(["segment"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Missing expected argument"))
        #expect(try BitextBinary.run(["segment", "x.en.txt", "--format", "yaml"]).status == 2)
        #expect(try BitextBinary.run(["--help"]).stdout.contains("segment"))
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try BitextBinary.temporaryFolder()
        let output = folder.appendingPathComponent("out.json")
        let result = try BitextBinary.run(["segment", Self.seedEnglish, "--format", "json", "-o", output.path])
        #expect(result.status == 0)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"locale\": \"en-US\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }
}
