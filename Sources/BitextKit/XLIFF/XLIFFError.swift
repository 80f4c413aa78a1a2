import LibXML

/// Why an XLIFF file could not be read, written, imported or validated.
public enum XLIFFError: Error, Equatable, CustomStringConvertible {
    /// Not well-formed, hostile (DOCTYPE, entities, absurd nesting), unreadable or too large.
    case xml(XMLError)
    /// Well-formed XML, but not XLIFF at all.
    case notXLIFF(XLIFFProblem)
    /// A character that XLIFF 1.2 cannot carry (XML 1.0 forbids it, and 1.2 has no `<cp>`).
    case unrepresentable(file: String, line: Int, unit: String, scalar: UInt32)
    /// The XLIFF cannot become a release: drift, missing or unknown units, untranslated units…
    case cannotImport([XLIFFProblem])
    /// The Schemas folder is missing.
    case schemasNotFound

    public var description: String {
        switch self {
        case .xml(let error):
            error.description
        case .notXLIFF(let problem):
            problem.description
        case .unrepresentable(let file, let line, let unit, let scalar):
            "\(file):\(line):1: unit \(unit) contains the control character U+\(String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)), which XLIFF 1.2 cannot carry; export XLIFF 2.x (it writes <cp hex=…/>) or remove the character"
        case .cannotImport(let problems):
            problems.map(\.description).joined(separator: "\n")
        case .schemasNotFound:
            "cannot find the Schemas folder with the OASIS XLIFF schemas; set BITEXT_SCHEMAS to its path"
        }
    }

    /// Whether the input was not XML at all, hostile or unreadable (exit 2 for `validate`), as
    /// opposed to readable but not valid XLIFF (exit 1).
    public var isUnreadable: Bool {
        switch self {
        case .xml(let error): error.kind != .invalid
        case .schemasNotFound: true
        default: false
        }
    }
}

fileprivate extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
