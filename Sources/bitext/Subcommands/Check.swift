import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check translations against the glossary: terms, numbers, structure.",
            discussion: """
                Inputs: a source and a target release (NAME.ko.txt NAME.en.txt), one release (its sibling in \
                the other language is found beside it), an XLIFF file, or a folder searched recursively for \
                NAME.ko.txt + NAME.en.txt pairs and *.xlf/*.xliff files.
                Settings are read from the nearest .bitext.json at or above the first input \
                ({"rules": {"term-spacing": "off"}, "exclude": ["drafts/**"]}).
                Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error, \
                unreadable input, or nothing checked.
                """)

        @Argument(help: "Releases, XLIFF files or folders.")
        var inputs: [String]

        @Option(help: "A glossary file (.csv, .tsv, .tbx) or folder; repeatable. Default: ./Glossary when it exists.")
        var glossary: [String] = []

        @Option(help: "text, json, sarif, junit, github or html.")
        var format: ReportFormat = .text

        @Option(help: "error, warning or never: the lowest severity that fails the run.")
        var failOn: FailThreshold = .error

        @Option(help: "Leave out the findings recorded in this baseline file.")
        var baseline: String?

        @Option(help: "Record the current findings in this baseline file (the run then succeeds).")
        var writeBaseline: String?

        @Option(help: "The source locale of a pair given as two files, when the file names do not tell.")
        var sourceLocale: String?

        @Option(help: "The target locale of a pair given as two files, when the file names do not tell.")
        var targetLocale: String?

        @Option(help: "A configuration file instead of the nearest .bitext.json.")
        var config: String?

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        func run() throws {
            var failed = false
            try reportingFailures {
                let configuration = try config.map(CheckConfiguration.load)
                    ?? CheckConfiguration.discover(from: inputs.first ?? ".")
                var report = try CheckRun(
                    inputs: inputs, glossaryPaths: glossary, configuration: configuration,
                    keepsTexts: format == .html || format == .junit, sourceLocale: sourceLocale, targetLocale: targetLocale)
                    .run(catalog: try LocaleCatalog.shipped(), progress: ProgressLine.onTerminal(verb: "checked", item: "release"))
                for note in report.notes {
                    FileHandle.standardError.write(Data("bitext: note: \(note)\n".utf8))
                }
                let recorded = report.findings
                if let baseline {
                    report = report.excluding(try Baseline.load(baseline))
                }
                let colored = format == .text && output == nil && isatty(STDOUT_FILENO) != 0
                    && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                try emit(format.render(report, colored: colored), to: output)
                // After the report, so that a failed report leaves no baseline behind either.
                if let writeBaseline {
                    try AtomicFile.write(Baseline.document(for: recorded).rendered(), to: writeBaseline)
                }
                failed = writeBaseline == nil && report.fails(at: failOn.severity)
            }
            if failed { throw ExitCode(1) }
        }
    }
}
