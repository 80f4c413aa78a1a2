import Foundation

extension Glossary {
    /// A glossary written in one file format, with the rows that format could not hold.
    public struct Rendering: Hashable, Sendable {
        public var bytes: [UInt8]
        public var omissions: [Omission]
    }

    /// A row left out of a written glossary, and why; printed like a compiler warning.
    public struct Omission: Hashable, Sendable, CustomStringConvertible {
        public var location: Location
        public var reason: String

        public var description: String { "\(location): warning: \(reason)" }
    }

    /// The glossary in `format`: CSV or TSV (``delimitedText(separator:)``) or TBX-Basic v3
    /// (``tbx(source:)``). `source` names where it came from in a TBX header.
    public func rendering(as format: FileFormat, source: String? = nil) throws -> Rendering {
        switch format {
        case .csv: return delimitedText(separator: ",")
        case .tsv: return delimitedText(separator: "\t")
        case .tbx: return try tbx(source: source)
        }
    }

    /// Reads the glossary at `input` (a file, or a folder whose glossaries are merged) and writes
    /// it to `output`, each in the format its extension names, as `bitext glossary convert` does.
    ///
    /// The output is written atomically: a failure leaves no file. Returns what the output format
    /// could not hold (see ``delimitedText(separator:)`` and ``tbx(source:)``).
    public static func convert(_ input: String, to output: String) throws -> [Omission] {
        guard let format = FileFormat(path: output) else {
            throw GlossaryError.unsupportedFormat(path: output, pathExtension: URL(fileURLWithPath: output).pathExtension)
        }
        let glossary = try load(paths: [input])
        let rendering = try glossary.rendering(as: format, source: URL(fileURLWithPath: input).lastPathComponent)
        try AtomicFile.write(rendering.bytes, to: output)
        return rendering.omissions
    }
}
