/// Why a release file could not be read.
public enum ReleaseError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notUTF8(file: String, byteOffset: Int, line: Int, column: Int)
    case empty(file: String)
    case noTitle(file: String)
    case noBody(file: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file: \(reason)"
        case .notUTF8(let file, let offset, let line, let column):
            "\(file):\(line):\(column): not UTF-8 text: invalid byte sequence at byte offset \(offset); save the file as UTF-8"
        case .empty(let file):
            "\(file):1:1: the release is empty"
        case .noTitle(let file):
            "\(file):1:1: no title: every line is page chrome or metadata"
        case .noBody(let file, let line):
            "\(file):\(line):1: the release has a title but no body (no numbered paragraph, heading, bullet or text after it)"
        }
    }
}
