/// Why `bitext check` could not run, as opposed to what it found.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidConfiguration(path: String, reason: String)
    case invalidBaseline(path: String, reason: String)
    case unpairedRelease(path: String, expected: String)
    case unsupportedInput(path: String)
    case nothingChecked(inputs: [String])
    case glossaryMatchesNeitherSide(glossary: [String], source: String, target: String)
    case unsupportedLanguages(path: String, source: String, target: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .invalidConfiguration(let path, let reason):
            "\(path):1:1: invalid configuration: \(reason)"
        case .invalidBaseline(let path, let reason):
            "\(path):1:1: invalid baseline: \(reason)"
        case .unpairedRelease(let path, let expected):
            "\(path): no translation to check it against; expected \(expected) beside it, or give the pair as two arguments"
        case .unsupportedInput(let path):
            "\(path): not a release (NAME.ko.txt, NAME.en.txt), an XLIFF file (.xlf, .xliff) or a folder"
        case .nothingChecked(let inputs):
            "nothing was checked: no release pair (NAME.ko.txt + NAME.en.txt) or XLIFF unit found in \(inputs.joined(separator: ", "))"
        case .unsupportedLanguages(let path, let source, let target):
            "\(path): cannot check \(source.isEmpty ? "?" : source)→\(target.isEmpty ? "?" : target): Bitext's checks know Korean and English"
        case .glossaryMatchesNeitherSide(let glossary, let source, let target):
            "the glossary (\(glossary.joined(separator: ", "))) has no \(source)→\(target) terms, so no term could ever match; check its language columns"
        }
    }
}
