import Foundation

/// What `bitext check` was asked to look at, resolved into release pairs and XLIFF files.
public struct CheckInputs: Sendable, Equatable {
    /// A source release and its translation.
    public struct ReleasePair: Sendable, Equatable {
        public var source: String
        public var target: String
    }

    public var pairs: [ReleasePair] = []
    public var xliffFiles: [String] = []

    public var isEmpty: Bool { pairs.isEmpty && xliffFiles.isEmpty }

    static let xliffExtensions: Set<String> = ["xlf", "xliff"]

    /// Resolves the command line's inputs: two release files are a pair (source first); one
    /// release file is paired with its sibling in the other language; a folder is searched
    /// recursively for `NAME.<source>.txt` + `NAME.<target>.txt` and XLIFF files.
    public static func resolve(
        _ inputs: [String], catalog: LocaleCatalog, sourceLanguage: String = "ko", targetLanguage: String = "en",
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
            } else if xliffExtensions.contains(URL(fileURLWithPath: input).pathExtension.lowercased()) {
                result.xliffFiles.append(input)
            } else if catalog.profile(forFile: input) != nil || input.hasSuffix(".txt") {
                releases.append(input)
            } else {
                throw CheckError.unsupportedInput(path: input)
            }
        }
        var index = 0
        while index < releases.count {
            if index + 1 < releases.count {
                result.pairs.append(ReleasePair(source: releases[index], target: releases[index + 1]))
                index += 2
            } else {
                result.pairs.append(try sibling(of: releases[index], catalog: catalog, source: sourceLanguage, target: targetLanguage))
                index += 1
            }
        }
        return result
    }

    private mutating func add(_ other: CheckInputs) {
        pairs += other.pairs
        xliffFiles += other.xliffFiles
    }

    /// Pairs a lone `NAME.ko.txt` with `NAME.en.txt` beside it (or the reverse).
    private static func sibling(of path: String, catalog: LocaleCatalog, source: String, target: String) throws -> ReleasePair {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        let language = catalog.profile(forFile: path)?.language
        let otherLanguage = language == target ? source : target
        let other = folder.appendingPathComponent("\(stem).\(otherLanguage).txt")
        let otherPath = path.contains("/") ? other.path : other.lastPathComponent
        guard FileManager.default.fileExists(atPath: other.path) else {
            throw CheckError.unpairedRelease(path: path, expected: other.lastPathComponent)
        }
        return language == target
            ? ReleasePair(source: otherPath, target: path) : ReleasePair(source: path, target: otherPath)
    }

    /// Every pair and XLIFF file under `folder`, in a stable order, minus configured exclusions.
    private static func scan(
        _ folder: String, catalog: LocaleCatalog, source: String, target: String, configuration: CheckConfiguration
    ) throws -> CheckInputs {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CheckError.unreadable(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = URL(fileURLWithPath: relative).lastPathComponent
            if name.hasPrefix(".") || relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        files = files.filter { !configuration.excludes($0) }.sorted()
        let present = Set(files)
        var result = CheckInputs()
        let sourceSuffix = ".\(source).txt", targetSuffix = ".\(target).txt"
        for file in files {
            if file.hasSuffix(sourceSuffix) {
                let partner = String(file.dropLast(sourceSuffix.count)) + targetSuffix
                if present.contains(partner) { result.pairs.append(ReleasePair(source: file, target: partner)) }
            } else if xliffExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased()) {
                result.xliffFiles.append(file)
            }
        }
        return result
    }
}
