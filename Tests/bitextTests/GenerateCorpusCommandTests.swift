import Foundation
import Testing

/// End to end: `bitext generate-corpus`, the hidden tool behind `Benchmarks/run`.
@Suite struct GenerateCorpusCommandTests {
    static let glossary = BitextBinary.repository.appendingPathComponent("Glossary").path

    @Test func writesTheSameCorpusTwiceAndItChecksClean() throws {
        let first = try BitextBinary.temporaryFolder(), second = try BitextBinary.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for folder in [first, second] {
            let result = try BitextBinary.run(["generate-corpus", folder.path, "--units", "1k", "--glossary-size", "100"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("release pairs, 1000 units"))
            #expect(result.stderr.isEmpty, "no progress line when standard error is a pipe")
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        #expect(files.contains("glossary-100.csv"))
        #expect(files.filter { $0.hasSuffix(".ko.txt") }.count == files.filter { $0.hasSuffix(".en.txt") }.count)
        for file in files where file.hasSuffix(".txt") || file.hasSuffix(".csv") {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            #expect(a == (try Data(contentsOf: second.appendingPathComponent(file))), "\(file)")
        }

        let check = try BitextBinary.run(["check", first.appendingPathComponent("releases").path, "--glossary", Self.glossary])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasSuffix("0 errors, 0 warnings, 0 info in \(files.filter { $0.hasSuffix(".ko.txt") }.count) pairs (1000 units)\n"))

        // Its XLIFF pairs every unit up too.
        let xliff = first.appendingPathComponent("corpus.xlf").path
        #expect(try BitextBinary.run(["export", first.appendingPathComponent("releases").path, "-o", xliff]).status == 0)
        #expect(try BitextBinary.run(["validate", xliff]).status == 0)
        let xliffCheck = try BitextBinary.run(["check", xliff, "--glossary", Self.glossary])
        #expect(xliffCheck.status == 0, "\(xliffCheck.stdout)")
        #expect(xliffCheck.stdout.contains("(1000 units)"))
    }

    @Test func isHiddenFromHelp() throws {
        let help = try BitextBinary.run(["--help"])
        #expect(!help.stdout.contains("generate-corpus"))
        #expect(try BitextBinary.run(["generate-corpus", "--help"]).status == 0)
    }

    @Test func refusesASizeItCannotRead() throws {
        let folder = try BitextBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BitextBinary.run(["generate-corpus", folder.path, "--units", "lots"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("“lots” is not a size"))
    }
}
