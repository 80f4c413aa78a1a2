import Foundation
import Testing

@testable import BitextKit

/// The check pipeline works on every core, but its report must be the one a run of one document
/// at a time gives: the same findings, in the same order, and the same first error.
struct CheckPipelineTests {
    /// A generated corpus with defects in some English releases, and its XLIFF.
    final class Corpus {
        let folder: URL
        let pairs: [CheckInputs.ReleasePair]
        let xliff: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-pipeline-\(UUID().uuidString)")
            let written = try CorpusGenerator.writeCorpus(
                to: folder.path, options: .init(units: 1_500, seed: 7),
                glossaryPaths: CorpusGeneratorTests.glossaryPaths, glossarySizes: [])
            let sources = try FileManager.default.subpathsOfDirectory(atPath: written.releases)
                .filter { $0.hasSuffix(".ko.txt") }.sorted()
                .map { written.releases + "/" + $0 }
            pairs = sources.map { CheckInputs.ReleasePair(source: $0, target: String($0.dropLast(".ko.txt".count)) + ".en.txt") }
            // A changed number, a dropped bullet, a forbidden and a missing rendering, here and there.
            for (index, pair) in pairs.enumerated() where index % 3 == 1 {
                var text = try String(contentsOfFile: pair.target, encoding: .utf8)
                switch index % 4 {
                case 0: text = text.replacingOccurrences(of: " million", with: "0 million")
                case 1: if let bullet = text.range(of: "\no ") { text.replaceSubrange(bullet, with: "\n") }
                case 2: text = text.replacingOccurrences(of: "Ministry of Foreign Affairs", with: "Ministry of Foreign Affairs and Trade")
                default: text = text.replacingOccurrences(of: "(Fri.)", with: "(Sat.)")
                }
                try text.write(toFile: pair.target, atomically: false, encoding: .utf8)
            }
            let catalog = Catalog.shipped
            let loader = ReleaseLoader(catalog: catalog)
            let items = try pairs.map { XLIFFExporter.Item(source: try loader.load($0.source), target: try loader.load($0.target)) }
            xliff = folder.appendingPathComponent("corpus.xlf").path
            let (bytes, _) = try XLIFFExporter(catalog: catalog).export(items, targetLocale: "en-US")
            try Data(bytes).write(to: URL(fileURLWithPath: xliff))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// The findings of checking one document at a time, in input order.
    static func oneAtATime(pairs: [CheckInputs.ReleasePair], xliffFiles: [String]) throws -> [Finding] {
        let builder = CheckDocumentBuilder(loader: ReleaseLoader(catalog: Catalog.shipped))
        let direction = GlossaryDirection(glossary: CorpusGeneratorTests.glossary, from: .korean, to: .english)
        var findings: [Finding] = []
        for pair in pairs { findings += CheckRun.check(try builder.document(for: pair), glossary: direction).0 }
        for file in xliffFiles {
            try builder.forEachDocument(inXLIFF: file) { findings += CheckRun.check($0, glossary: direction).0 }
        }
        return findings
    }

    @Test(arguments: [1, 3, 32])
    func findsWhatOneAtATimeFindsInTheSameOrder(batchSize: Int) throws {
        let corpus = try Corpus()
        var pipeline = CheckPipeline(
            builder: CheckDocumentBuilder(loader: ReleaseLoader(catalog: Catalog.shipped)), glossary: CorpusGeneratorTests.glossary)
        pipeline.batchSize = batchSize
        var findings: [Finding] = []
        var files: [String] = []
        try pipeline.run(pairs: corpus.pairs, xliffFiles: [corpus.xliff]) { result in
            findings += result.findings
            files.append(result.document.targetFile)
        }
        let expected = try Self.oneAtATime(pairs: corpus.pairs, xliffFiles: [corpus.xliff])
        #expect(findings.count > 20)
        #expect(Set(findings.map(\.rule)).isSuperset(of: [.numberMismatch, .structureMismatch, .termForbidden]))
        #expect(findings == expected)
        #expect(files == corpus.pairs.map(\.target) + Array(repeating: corpus.xliff, count: corpus.pairs.count))
    }

    @Test func throwsTheFirstErrorInInputOrder() throws {
        let corpus = try Corpus()
        var pairs = corpus.pairs
        // Two unreadable pairs: the earlier one is reported, whichever worker meets its error first.
        pairs[5] = CheckInputs.ReleasePair(source: "/nonexistent/a.ko.txt", target: pairs[5].target)
        pairs[20] = CheckInputs.ReleasePair(source: "/nonexistent/b.ko.txt", target: pairs[20].target)
        var pipeline = CheckPipeline(
            builder: CheckDocumentBuilder(loader: ReleaseLoader(catalog: Catalog.shipped)), glossary: CorpusGeneratorTests.glossary)
        pipeline.batchSize = 8
        var handed = 0
        do {
            try pipeline.run(pairs: pairs, xliffFiles: []) { _ in handed += 1 }
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains("/nonexistent/a.ko.txt"))
        }
        #expect(handed == 5)
    }
}
