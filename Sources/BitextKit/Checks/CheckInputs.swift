import Foundation

/// What `bitext check` was asked to look at, resolved into release pairs and XLIFF files.
public struct CheckInputs: Sendable, Equatable {
    /// A source release and its translation.
    public struct ReleasePair: Sendable, Equatable {
        public var source: String
        public var target: String
        /// Locales named on the command line; nil: from the file names.
        public var sourceLocale: String?
        public var targetLocale: String?
    }

    public var pairs: [ReleasePair] = []
    public var xliffFiles: [String] = []
    /// Releases found in a folder without their translation beside them: not checked.
    public var unpaired: [String] = []

    public var isEmpty: Bool { pairs.isEmpty && xliffFiles.isEmpty }

    static let xliffExtensions: Set<String> = ["xlf", "xliff"]

    /// Resolves the command line's inputs: two release files in different languages (or with
    /// locales given) are a pair, source first; any other release file is paired with its
    /// sibling in the other language (`NAME.ko.txt` ⇄ `NAME.en.txt`), Korean as the source; a
    /// folder is searched recursively for such pairs and for XLIFF files.
    public static func resolve(
        _ inputs: [String], catalog: LocaleCatalog, sourceLanguage: String = "ko", targetLanguage: String = "en",
        sourceLocale: String? = nil, targetLocale: String? = nil,
        configuration: CheckConfiguration = CheckConfiguration()
    ) throws -> CheckInputs {
        var result = CheckInputs()
        let fileManager = FileManager.default
        var releases: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CheckError.unreadable(path: input, reason: "no such file or folder")
            }
            if isDirectory.boolValue {
                result.add(try scan(input, catalog: catalog, source: sourceLanguage, target: targetLanguage, configuration: configuration))
            } else if xliffExtensions.contains(PathName.pathExtension(input).lowercased()) {
                result.xliffFiles.append(input)
            } else if catalog.profile(forFile: input) != nil || input.hasSuffix(".txt") {
                releases.append(input)
            } else {
                throw CheckError.unsupportedInput(path: input)
            }
        }
        let language = { (path: String) in catalog.profile(forFile: path)?.language }
        if releases.count == 2,
            sourceLocale != nil || targetLocale != nil || language(releases[0]) != language(releases[1])
        {
            result.pairs.append(ReleasePair(
                source: releases[0], target: releases[1], sourceLocale: sourceLocale, targetLocale: targetLocale))
        } else {
            var paired = Set<String>()
            for release in releases where !paired.contains(release) {
                let pair = try sibling(of: release, catalog: catalog, source: sourceLanguage, target: targetLanguage)
                paired.formUnion([pair.source, pair.target])
                result.pairs.append(pair)
            }
        }
        return result
    }

    private mutating func add(_ other: CheckInputs) {
        pairs += other.pairs
        xliffFiles += other.xliffFiles
        unpaired += other.unpaired
    }

    /// Pairs `NAME.ko.txt` with `NAME.en.txt` beside it (or the reverse), keeping the path as
    /// given so that reports and baselines say what the user typed.
    private static func sibling(of path: String, catalog: LocaleCatalog, source: String, target: String) throws -> ReleasePair {
        let sourceSuffix = ".\(source).txt", targetSuffix = ".\(target).txt"
        let isTarget = path.hasSuffix(targetSuffix)
        guard isTarget || path.hasSuffix(sourceSuffix) else {
            throw CheckError.unpairedRelease(path: path, expected: "NAME\(sourceSuffix) and NAME\(targetSuffix)")
        }
        let stem = String(path.dropLast((isTarget ? targetSuffix : sourceSuffix).count))
        let other = stem + (isTarget ? sourceSuffix : targetSuffix)
        guard FileManager.default.fileExists(atPath: other) else {
            throw CheckError.unpairedRelease(path: path, expected: URL(fileURLWithPath: other).lastPathComponent)
        }
        return isTarget ? ReleasePair(source: other, target: path) : ReleasePair(source: path, target: other)
    }

    /// Every pair and XLIFF file under `folder`, in a stable order, minus configured exclusions.
    private static func scan(
        _ folder: String, catalog: LocaleCatalog, source: String, target: String, configuration: CheckConfiguration
    ) throws -> CheckInputs {
        guard let entries = FolderListing.entries(under: folder) else {
            throw CheckError.unreadable(path: folder, reason: "cannot list the folder")
        }
        let files = entries.filter { !configuration.excludes($0) }.sorted()
        let present = Set(files)
        var result = CheckInputs()
        let sourceSuffix = ".\(source).txt", targetSuffix = ".\(target).txt"
        for file in files {
            if file.hasSuffix(sourceSuffix) {
                let partner = String(file.dropLast(sourceSuffix.count)) + targetSuffix
                if present.contains(partner) {
                    result.pairs.append(ReleasePair(source: file, target: partner))
                } else {
                    result.unpaired.append(file)
                }
            } else if xliffExtensions.contains(PathName.pathExtension(file).lowercased()) {
                result.xliffFiles.append(file)
            }
        }
        return result
    }
}
