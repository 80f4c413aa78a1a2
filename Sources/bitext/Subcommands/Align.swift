import ArgumentParser
import BitextKit

extension Bitext {
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pair the blocks of two language versions of a release and list every mismatch.",
            discussion: "Exits 1 when the block trees differ, so scripts can gate on it.")

        @Argument(help: "The source release, such as NAME.ko.txt.")
        var source: String

        @Argument(help: "The target release, such as NAME.en.txt.")
        var target: String

        @Option(help: "The source locale; by default taken from the file name.")
        var sourceLocale: String?

        @Option(help: "The target locale; by default taken from the file name.")
        var targetLocale: String?

        @Option(help: "outline (for people) or json (for scripts).")
        var format: OutlineFormat = .outline

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            var hasMismatches = false
            try reportingFailures {
                let loader = ReleaseLoader(catalog: try LocaleCatalog.shipped())
                let alignment = Alignment(
                    source: try loader.load(source, locale: sourceLocale),
                    target: try loader.load(target, locale: targetLocale))
                let report = AlignmentReport(alignment: alignment)
                try emit(format == .json ? report.json().rendered() : report.outline(), to: output)
                hasMismatches = !alignment.mismatches.isEmpty
            }
            if hasMismatches { throw ExitCode(1) }
        }
    }
}
