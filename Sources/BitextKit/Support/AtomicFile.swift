import Foundation

/// Writes output files so that a reader never sees half of one and a failure leaves none.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path` (see ``StagedFile``).
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let file = try StagedFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    public static func write(_ text: String, to path: String) throws {
        try write(text.utf8, to: path)
    }
}

/// Why an output file could not be written.
public enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "\(path): cannot write the output: \(reason)"
        }
    }
}
