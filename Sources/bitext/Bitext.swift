import ArgumentParser
import BitextKit
import Foundation

@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Segment, align, export, import and check Korean–English press releases.",
        discussion: """
            Releases are UTF-8 text files named NAME.ko.txt and NAME.en.txt (or pass the locale).
            Exit status: 0 success; 1 findings or mismatches; 2 usage error or unreadable input.
            """,
        subcommands: [Segment.self, Align.self, Check.self, Export.self, Import.self, Validate.self, GlossaryCommand.self, GenerateCorpus.self]
    )

    /// ArgumentParser exits 64 on a usage error; DESIGN.md promises 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
