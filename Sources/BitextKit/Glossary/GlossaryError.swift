import Foundation

/// Why a glossary could not be loaded; each case names the file and, where there is one, the line.
public enum GlossaryError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case notUTF8(path: String, line: Int)
    case unsupportedFormat(path: String, pathExtension: String)
    case noGlossaryFiles(folder: String)
    case emptyFile(path: String)
    case missingHeader(path: String, line: Int, firstCell: String)
    case tooFewLanguages(path: String, line: Int, found: [String])
    case unknownColumn(path: String, line: Int, column: Int, name: String)
    case duplicateColumn(path: String, line: Int, column: Int, name: String)
    case unterminatedQuote(path: String, line: Int)
    case textAfterClosingQuote(path: String, line: Int)
    case extraCells(path: String, line: Int, expected: Int, found: Int)
    case invalidStatus(path: String, line: Int, value: String)
    case invalidCaseRule(path: String, line: Int, value: String)
    /// A TBX file that is not well-formed XML, or that uses what the secure reader refuses (a DTD
    /// with an internal subset, entities, absurd nesting or sizes); `reason` is the XML reader's.
    case notXML(path: String, line: Int, column: Int, reason: String)
    /// A well-formed XML file whose root is neither TBX v2 `martif` nor TBX v3 `tbx`.
    case notTBX(path: String, line: Int, column: Int, root: String)
    /// A TBX file whose structure breaks the TBX core rules a term base depends on.
    case invalidTBX(path: String, line: Int, column: Int, problem: TBXProblem)

    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .notUTF8(let path, _),
            .unsupportedFormat(let path, _), .noGlossaryFiles(let path), .emptyFile(let path),
            .missingHeader(let path, _, _), .tooFewLanguages(let path, _, _),
            .unknownColumn(let path, _, _, _), .duplicateColumn(let path, _, _, _),
            .unterminatedQuote(let path, _), .textAfterClosingQuote(let path, _),
            .extraCells(let path, _, _, _), .invalidStatus(let path, _, _), .invalidCaseRule(let path, _, _),
            .notXML(let path, _, _, _), .notTBX(let path, _, _, _), .invalidTBX(let path, _, _, _):
            return path
        }
    }

    /// The 1-based line the problem is on, when it is about a line.
    public var line: Int? {
        switch self {
        case .fileNotFound, .unreadable, .unsupportedFormat, .noGlossaryFiles, .emptyFile:
            return nil
        case .notUTF8(_, let line), .missingHeader(_, let line, _), .tooFewLanguages(_, let line, _),
            .unknownColumn(_, let line, _, _), .duplicateColumn(_, let line, _, _),
            .unterminatedQuote(_, let line), .textAfterClosingQuote(_, let line),
            .extraCells(_, let line, _, _), .invalidStatus(_, let line, _), .invalidCaseRule(_, let line, _),
            .notXML(_, let line, _, _), .notTBX(_, let line, _, _), .invalidTBX(_, let line, _, _):
            return line > 0 ? line : nil
        }
    }

    /// The 1-based column, for errors in XML files (0 from the XML reader means unknown).
    public var column: Int? {
        switch self {
        case .notXML(_, _, let column, _), .notTBX(_, _, let column, _), .invalidTBX(_, _, let column, _):
            return column > 0 ? column : nil
        default:
            return nil
        }
    }

    /// One human sentence, without the location.
    public var message: String {
        switch self {
        case .fileNotFound:
            return "no glossary file or folder exists at this path."
        case .unreadable(_, let reason):
            return "the glossary could not be read (\(reason))."
        case .notUTF8:
            return "the glossary is not valid UTF-8 text from this line on; save it as UTF-8."
        case .unsupportedFormat(_, let pathExtension):
            return "“.\(pathExtension)” is not a glossary format; use .csv, .tsv or .tbx."
        case .noGlossaryFiles:
            return "the folder contains no .csv, .tsv or .tbx glossary."
        case .emptyFile:
            return "the glossary file is empty; it needs a header row such as “ko,en,status,note”."
        case .missingHeader(_, _, let firstCell):
            return "the first row must be a header naming the language columns (such as “ko,en”), but it starts with “\(firstCell)”."
        case .tooFewLanguages(_, _, let found):
            let list = found.isEmpty ? "none" : found.joined(separator: ", ")
            return "the header must name at least two of the languages ko and en (found: \(list))."
        case .unknownColumn(_, _, let column, let name):
            return "column \(column) “\(name)” is neither a language code nor one of status, note, case."
        case .duplicateColumn(_, _, let column, let name):
            return "column \(column) “\(name)” repeats a column named earlier in the header."
        case .unterminatedQuote:
            return "a quoted cell that starts on this line is never closed."
        case .textAfterClosingQuote:
            return "a quoted cell is followed by text before the next separator; double a quote inside a quoted cell (\"\")."
        case .extraCells(_, _, let expected, let found):
            return "the row has \(found) cells but the header names \(expected) columns."
        case .invalidStatus(_, _, let value):
            return "status “\(value)” is neither “approved” nor “forbidden”."
        case .invalidCaseRule(_, _, let value):
            return "case “\(value)” is neither “sensitive” nor “insensitive”."
        case .notXML(_, _, _, let reason):
            let reason = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
            return "the TBX file is not readable XML: \(reason)."
        case .notTBX(_, _, _, let root):
            return "the root element is <\(root)>, but a TBX glossary starts with <martif> (TBX v2) or <tbx> (TBX v3)."
        case .invalidTBX(_, _, _, let problem):
            return problem.message
        }
    }

    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): \(message)" }
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }

    public var errorDescription: String? { description }
}
