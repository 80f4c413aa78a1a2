import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// Hidden: a tool for `Benchmarks/run`, not for translators.
    struct GenerateCorpus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-corpus",
            abstract: "Write a deterministic synthetic corpus of release pairs and glossaries for benchmarks.",
            discussion: """
                Writes <folder>/releases/YEAR/NAME.ko.txt + NAME.en.txt (the title and blocks of all pairs add \
                up to --units) and <folder>/glossary-<rows>.csv for each --glossary-size: the glossary's own rows \
                first, then synthetic terms. The same options give the same bytes on every run. Make the XLIFF \
                with `bitext export <folder>/releases -o corpus.xlf`.
                """,
            shouldDisplay: false)

        @Argument(help: "The folder to write into; its releases/ subfolder must not exist yet.")
        var folder: String

        @Option(help: "Units (titles and blocks) in the whole corpus: 1000, 1k, 100k, 1M.")
        var units: String = "1k"

        @Option(help: "The seed; another seed gives another corpus of the same shape.")
        var seed: UInt64 = 1

        @Option(help: "The glossary whose terms the releases use (file or folder). Default: the shipped Glossary/.")
        var glossary: [String] = []

        @Option(name: .customLong("glossary-size"), help: "Write a glossary of this many rows (repeatable; 100, 100k).")
        var glossarySizes: [String] = ["100", "100k"]

        func run() throws {
            try reportingFailures {
                let options = CorpusGenerator.Options(units: try CorpusGenerator.size(units), seed: seed)
                let sizes = try glossarySizes.map { try CorpusGenerator.size($0) }
                let paths = glossary.isEmpty
                    ? CorpusGenerator.defaultGlossaryPaths(catalog: try LocaleCatalog.shipped()) : glossary
                let written = try CorpusGenerator.writeCorpus(
                    to: folder, options: options, glossaryPaths: paths, glossarySizes: sizes,
                    progress: ProgressLine.onTerminal(verb: "generated", item: "release pair"))
                let summary = written.summary
                var report = "\(written.releases): \(summary.pairs) release pairs, \(summary.units) units, \(summary.bytes) bytes\n"
                report += written.glossaries.map { "\($0)\n" }.joined()
                FileHandle.standardOutput.write(Data(report.utf8))
            }
        }
    }
}
