import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the translated release from an XLIFF file a CAT tool returned.",
            discussion: """
                The targets are put into the source's block structure and rendered in the target locale's \
                style. With --source, every unit's source must still match that release, and no unit may be \
                missing or unknown. Untranslated units are an error, listed by ID. An XLIFF with several \
                releases needs a folder for -o; each release is written there as NAME.<target>.txt.
                """)

        @Argument(help: "The XLIFF file (1.2, 2.0 or 2.1).")
        var xliff: String

        @Option(help: "The release the XLIFF was exported from (NAME.ko.txt); checks that it has not drifted.")
        var source: String?

        @Option(help: "The locale of --source; by default taken from its file name.")
        var sourceLocale: String?

        @Option(help: "The locale to render in; by default the XLIFF's target language.")
        var targetLocale: String?

        @Flag(help: "Import untranslated units with their source text instead of failing.")
        var allowUntranslated = false

        @Option(name: .shortAndLong, help: "The release file to write (a folder if the XLIFF holds several releases); standard output by default.")
        var output: String?

        func run() throws {
            try reportingFailures {
                let catalog = try LocaleCatalog.shipped()
                let release = try source.map { try ReleaseLoader(catalog: catalog).load($0, locale: sourceLocale) }
                let importer = XLIFFImporter(
                    catalog: catalog, options: XLIFFImporter.Options(allowUntranslated: allowUntranslated, targetLocale: targetLocale))
                let progress = ProgressLine.onTerminal(verb: "read", item: "release")
                var isFolder: ObjCBool = false
                let outputIsFolder = output.map { $0.hasSuffix("/") || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue) } ?? false
                var warnings: [String] = []
                guard let output, outputIsFolder else {
                    // One release, to a file or standard output; only the first is kept, the rest counted.
                    var first: String?
                    var count = 0
                    try importer.importReleases(from: xliff, source: release, progress: progress) { imported in
                        warnings += imported.warnings
                        count += 1
                        if count == 1 { first = imported.text }
                    }
                    Self.print(warnings)
                    guard let first, count == 1 else {
                        throw ValidationError("\(xliff) holds \(count) releases; give a folder with -o (ending in /)")
                    }
                    return try emit(first, to: output)
                }
                // Each release is written as soon as it is built, into files that appear only if the whole import succeeds.
                let folder = StagedFolder(path: output)
                do {
                    try importer.importReleases(from: xliff, source: release, progress: progress) { imported in
                        warnings += imported.warnings
                        folder.stage(imported.text, as: imported.suggestedName)
                    }
                    Self.print(warnings)
                    try folder.commit()
                } catch {
                    folder.discard()
                    throw error
                }
            }
        }

        private static func print(_ warnings: [String]) {
            for warning in warnings {
                FileHandle.standardError.write(Data("bitext: warning: \(warning)\n".utf8))
            }
        }
    }
}
