import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check XLIFF files against the OASIS schemas and the processing requirements schemas cannot express.",
            discussion: """
                Prints each problem as path:line:column. Exit status: 0 every file is valid XLIFF; 1 a file is \
                readable but invalid; 2 a file is not XML at all, hostile (DOCTYPE, entities) or unreadable. \
                XLIFF 1.2 is checked against the transitional schema unless --strict is given.
                """)

        @Argument(help: "The XLIFF files.")
        var files: [String]

        @Flag(help: "Check XLIFF 1.2 against the strict schema, which forbids other tools' extensions without a schema.")
        var strict = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("Missing expected argument '<files> ...'") }
        }

        func run() throws {
            var status: Int32 = 0
            try reportingFailures {
                let validator = XLIFFValidator(schemas: try XLIFFSchemas.shipped(), strict: strict)
                var output = ""
                let progress = ProgressLine.onTerminal(verb: "validated", item: "file", totalItems: files.count)
                defer { progress?.finish() }
                for (index, file) in files.enumerated() {
                    do {
                        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                        let report = try validator.validate(
                            contentsOf: file, onBytesRead: progress.map { line in { line.update(bytes: $0, of: size, done: index + 1) } })
                        if report.isValid {
                            output += "\(file): valid \(report.kind ?? "XLIFF")\n"
                        } else {
                            output += report.problems.map { "\($0.file):\($0.line):\($0.column): error: \($0.message)\n" }.joined()
                            status = max(status, 1)
                        }
                    } catch let error as XLIFFError where error.isUnreadable {
                        progress?.finish()
                        FileHandle.standardOutput.write(Data(output.utf8))
                        output = ""
                        FileHandle.standardError.write(Data("bitext: error: \(error)\n".utf8))
                        status = 2
                    }
                }
                progress?.finish()
                FileHandle.standardOutput.write(Data(output.utf8))
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}
