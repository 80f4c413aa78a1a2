import ArgumentParser
import BitextKit

extension Bitext {
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a release's title, date, blocks (with their IDs) and sentences.")

        @Argument(help: "A release text file, such as releases/NAME.ko.txt.")
        var release: String

        @Option(help: "The release's locale (ko-KR, en-US); by default taken from the file name.")
        var locale: String?

        @Option(help: "outline (for people) or json (for scripts).")
        var format: OutlineFormat = .outline

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            try reportingFailures {
                let loader = ReleaseLoader(catalog: try LocaleCatalog.shipped())
                let parsed = try loader.load(release, locale: locale)
                let report = SegmentReport(release: parsed, segmenter: try loader.segmenter(for: parsed))
                try emit(format == .json ? report.json().rendered() : report.outline(), to: output)
            }
        }
    }
}
