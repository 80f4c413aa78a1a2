import Foundation

extension CorpusGenerator {
    /// What `writeCorpus` wrote.
    public struct Written: Sendable {
        /// The folder of release pairs, `<folder>/releases`.
        public var releases: String
        public var summary: Summary
        /// The glossaries written, `<folder>/glossary-<rows>.csv`, smallest first.
        public var glossaries: [String]
    }

    /// Writes a benchmark corpus into `folder`: the release pairs under `releases/` (one folder per
    /// year) and one glossary per size in `glossarySizes`, all built from the glossary at
    /// `glossaryPaths` (files or folders, as `--glossary` takes them).
    ///
    /// Refuses a `releases/` folder that already exists, so that a corpus is never mixed with
    /// another one.
    public static func writeCorpus(
        to folder: String, options: Options, glossaryPaths: [String], glossarySizes: [Int], progress: ProgressLine? = nil
    ) throws -> Written {
        let glossary = try Glossary.load(paths: glossaryPaths)
        let generator = try CorpusGenerator(glossary: glossary, options: options)
        let root = URL(fileURLWithPath: folder)
        let releases = root.appendingPathComponent("releases")
        if FileManager.default.fileExists(atPath: releases.path) {
            throw CorpusGeneratorError.folderExists(releases.path)
        }
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        let summary = try generator.write(to: releases, progress: progress)
        var glossaries: [String] = []
        for size in glossarySizes.sorted() {
            let path = root.appendingPathComponent("glossary-\(size).csv").path
            try AtomicFile.write(SyntheticGlossary.csv(rows: size, real: glossary, seed: options.seed), to: path)
            glossaries.append(path)
        }
        return Written(releases: releases.path, summary: summary, glossaries: glossaries)
    }

    /// The shipped glossary: `./Glossary` when it exists (as `bitext check` uses it), else the
    /// `Glossary/` folder beside the shipped `Locales/`.
    public static func defaultGlossaryPaths(catalog: LocaleCatalog) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Glossary", isDirectory: &isDirectory), isDirectory.boolValue {
            return ["Glossary"]
        }
        return [catalog.directory.deletingLastPathComponent().appendingPathComponent("Glossary").path]
    }
}
