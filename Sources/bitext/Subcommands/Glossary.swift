import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext glossary …`; named so that it does not hide `BitextKit.Glossary`.
    struct GlossaryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Convert and lint glossaries (CSV, TSV, TBX).",
            subcommands: [Convert.self, Lint.self])
    }
}

extension Bitext.GlossaryCommand {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary between CSV/TSV and TBX, by file extension.",
            discussion: """
                Reads .csv, .tsv or .tbx (TBX v2 martif or v3); writes .csv, .tsv or .tbx (TBX-Basic v3).
                A folder as input merges its glossaries. Rows the output format cannot hold are named
                on stderr as warnings. Exit status: 0 written; 2 unreadable input or unwritable output
                (no output file is left behind).
                """)

        @Argument(help: "The glossary to read (.csv, .tsv, .tbx, or a folder of them).")
        var input: String

        @Argument(help: "The file to write (.csv, .tsv or .tbx).")
        var output: String

        func validate() throws {
            if Glossary.FileFormat(path: output) == nil {
                throw ValidationError("'\(output)' must end in .csv, .tsv or .tbx, which decides the format written.")
            }
        }

        func run() throws {
            try reportingFailures {
                let omissions = try Glossary.convert(input, to: output)
                let warnings = omissions.map { "\($0)\n" }.joined()
                FileHandle.standardError.write(Data(warnings.utf8))
            }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report duplicate rows, terms both approved and forbidden, empty cells and unknown languages.",
            discussion: """
                Prints each problem as path:line:1: warning: message. Several files and folders are linted
                together, so a row repeated in another file is found too. Exit status: 0 no problem;
                1 problems; 2 a glossary could not be read.
                """)

        @Argument(help: "Glossary files (.csv, .tsv, .tbx) or folders of them.")
        var paths: [String]

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Missing expected argument '<paths> ...'") }
        }

        func run() throws {
            var problems: [GlossaryLint.Problem] = []
            try reportingFailures {
                problems = GlossaryLint.problems(in: try Glossary.load(paths: paths))
            }
            let output = problems.map { "\($0.location.file):\($0.location.line):1: warning: \($0.message)\n" }.joined()
            FileHandle.standardOutput.write(Data(output.utf8))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
