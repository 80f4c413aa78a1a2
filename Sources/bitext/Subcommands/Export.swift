import ArgumentParser
import BitextKit
import Foundation

extension XLIFFVersion: ExpressibleByArgument {}

extension Bitext {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a release, with its translation if there is one, to XLIFF for a CAT tool.",
            discussion: """
                One <file> per release, the title as unit “title”, one unit per block (its block ID as unit ID), \
                one segment per sentence, a note saying where the block sits, and the release's date and \
                markers as metadata, so that `bitext import` can rebuild the layout. A folder exports every \
                NAME.ko.txt in it (with NAME.en.txt as its translation where present) into one XLIFF.
                """)

        @Argument(help: "The source release (NAME.ko.txt), or a folder of releases.")
        var source: String

        @Argument(help: "The translated release (NAME.en.txt), if there is one; its blocks fill the targets.")
        var target: String?

        @Option(name: .customLong("xliff"), help: "The XLIFF version: 2.1, 2.0 or 1.2.")
        var version: XLIFFVersion = .default

        @Option(help: "A glossary file or folder; the terms found in each unit go into the XLIFF for the translator. Repeatable.")
        var glossary: [String] = []

        @Flag(help: "Fill each untranslated target with the source (state new in 1.2, initial in 2.x), as legacy CAT tools such as OmegaT 3.6 expect.")
        var prefillTarget = false

        @Option(help: "The source locale; by default taken from the file name (ko-KR for a folder).")
        var sourceLocale: String?

        @Option(help: "The target locale; by default taken from the translation's file name, else the other shipped locale.")
        var targetLocale: String?

        @Option(name: .shortAndLong, help: "Write the XLIFF to this file instead of standard output.")
        var output: String?

        func run() throws {
            try reportingFailures {
                let catalog = try LocaleCatalog.shipped()
                let loader = ReleaseLoader(catalog: catalog)
                let output = StagedOutput(path: output)
                let progress = ProgressLine.onTerminal(verb: "exported", item: "release")
                var isFolder: ObjCBool = false
                let warnings: [String]
                if FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue {
                    if target != nil { throw XLIFFExportError.folderWithTarget(folder: source) }
                    let sourceProfile = try loader.profile(for: source, locale: sourceLocale ?? "ko-KR")
                    let targetProfile = try loader.profile(for: source, locale: targetLocale ?? Self.otherLocale(than: sourceProfile, in: catalog))
                    let files = try XLIFFExporter.releaseFiles(in: source, source: sourceProfile, target: targetProfile, catalog: catalog)
                    let exporter: XLIFFExporter
                    do {
                        exporter = XLIFFExporter(catalog: catalog, options: try options())
                    } catch {
                        // The releases used to be read before the glossary, so an unreadable one is reported first.
                        for file in files {
                            _ = try loader.load(file.source, locale: sourceProfile.locale)
                            _ = try file.target.map { try loader.load($0, locale: targetProfile.locale) }
                        }
                        throw error
                    }
                    warnings = try exporter.export(
                        files, loader: loader, sourceLocale: sourceProfile.locale, targetLocale: targetProfile.locale,
                        to: output.write, progress: progress)
                } else {
                    let release = try loader.load(source, locale: sourceLocale)
                    let translation = try target.map { try loader.load($0, locale: targetLocale) }
                    let resolvedTarget = try targetLocale ?? translation?.locale
                        ?? Self.otherLocale(than: try loader.profile(for: release.file, locale: release.locale), in: catalog)
                    warnings = try XLIFFExporter(catalog: catalog, options: try options()).export(
                        [XLIFFExporter.Item(source: release, target: translation)], targetLocale: resolvedTarget,
                        to: output.write, progress: progress)
                }
                for warning in warnings {
                    FileHandle.standardError.write(Data("bitext: warning: \(warning)\n".utf8))
                }
                try output.commit()
            }
        }

        private func options() throws -> XLIFFExporter.Options {
            XLIFFExporter.Options(
                version: version, prefillTarget: prefillTarget,
                glossary: glossary.isEmpty ? nil : try Self.glossaryHints(paths: glossary))
        }

        /// The locale to translate into when none is named: the shipped locale that is not the source's.
        static func otherLocale(than source: LocaleProfile, in catalog: LocaleCatalog) throws -> String {
            guard let other = catalog.profiles.first(where: { $0.locale != source.locale }) else {
                throw ValidationError("cannot tell the target locale; pass --target-locale")
            }
            return other.locale
        }

        /// The glossary terms for `--glossary`, shown to the translator beside each unit.
        static func glossaryHints(paths: [String]) throws -> any GlossaryHints {
            GlossaryTermHints(glossary: try Glossary.load(paths: paths))
        }
    }
}
