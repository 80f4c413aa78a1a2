import Foundation

extension Glossary {
    /// The file formats a glossary can be read from, by path extension.
    public enum FileFormat: String, CaseIterable, Sendable {
        case csv, tsv, tbx

        public init?(path: String) {
            let pathExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
            switch pathExtension {
            case "csv": self = .csv
            case "tsv", "tab": self = .tsv
            case "tbx": self = .tbx
            default: return nil
            }
        }

        /// Whether this build can read the format: all of them, now that TBX is read too. A format
        /// added later starts as `false`, so that a file of it, also inside a folder, is an error
        /// rather than silently skipped and a run never passes without the terms it was given.
        public var isSupported: Bool {
            switch self {
            case .csv, .tsv, .tbx: return true
            }
        }
    }

    /// Loads and merges glossaries from files and folders (a folder: every .csv, .tsv and .tbx
    /// file directly in it, in name order), as `--glossary` does. Concepts with the same key term
    /// in several files merge, so a team can keep one file per domain.
    public static func load(paths: [String]) throws(GlossaryError) -> Glossary {
        var glossary = Glossary()
        for path in paths {
            for file in try files(at: path) {
                glossary = glossary.merging(try load(file: file))
            }
        }
        return glossary
    }

    /// Loads one glossary file, choosing the reader by its extension.
    public static func load(file path: String) throws(GlossaryError) -> Glossary {
        guard let format = FileFormat(path: path), format.isSupported else {
            throw .unsupportedFormat(path: path, pathExtension: URL(fileURLWithPath: path).pathExtension)
        }
        switch format {
        case .csv: return try Glossary(csv: try readText(at: path), path: path)
        case .tsv: return try Glossary(tsv: try readText(at: path), path: path)
        case .tbx: return try Glossary(tbxContentsOf: path)  // XML: its declaration names the encoding
        }
    }

    /// The glossary files a path stands for: itself, or the glossary files in a folder.
    static func files(at path: String) throws(GlossaryError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let files = names
            .filter { !$0.hasPrefix(".") && FileFormat(path: $0) != nil }
            .sorted()
            .map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw .noGlossaryFiles(folder: path) }
        return files
    }

    /// Reads UTF-8 (a BOM is fine) or BOM-marked UTF-16, which spreadsheet "Unicode text" exports use.
    static func readText(at path: String) throws(GlossaryError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return text
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        throw .notUTF8(path: path, line: firstInvalidUTF8Line(in: data))
    }

    /// The line of the first byte sequence that is not UTF-8, so the user knows where to look.
    private static func firstInvalidUTF8Line(in data: Data) -> Int {
        var line = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }
}
