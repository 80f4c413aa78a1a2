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
                let imported = try importer.importReleases(
                    from: xliff, source: release, progress: ProgressLine.onTerminal(verb: "read", item: "release"))
                for warning in imported.flatMap(\.warnings) {
                    FileHandle.standardError.write(Data("bitext: warning: \(warning)\n".utf8))
                }
                var isFolder: ObjCBool = false
                let outputIsFolder = output.map { $0.hasSuffix("/") || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue) } ?? false
                if imported.count == 1 && !outputIsFolder {
                    try emit(imported[0].text, to: output)
                    return
                }
                guard let output, outputIsFolder else {
                    throw ValidationError("\(xliff) holds \(imported.count) releases; give a folder with -o (ending in /)")
                }
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                let progress = ProgressLine.onTerminal(verb: "wrote", item: "release", totalItems: imported.count)
                defer { progress?.finish() }
                var units = 0
                for (index, release) in imported.enumerated() {
                    try AtomicFile.write(release.text, to: URL(fileURLWithPath: output).appendingPathComponent(release.suggestedName).path)
                    units += release.release.units.count
                    progress?.update(units: units, done: index + 1)
                }
            }
        }
    }
}
