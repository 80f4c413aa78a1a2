import LibXML

/// Validates XLIFF files: the processing requirements of `XLIFFConstraintChecker`, then the OASIS
/// schema of the file's version (core with every module), both streaming.
///
/// XLIFF 1.2 is checked against the transitional schema, which real CAT tools' files need (other
/// tools' attributes, `tool/@build-num`…), or against the strict one with `strict`; what Bitext
/// itself writes is always checked against the strict one in the tests.
public final class XLIFFValidator {
    /// The outcome for one file.
    public struct Report: Sendable {
        public var file: String
        /// What the file was validated as, such as "XLIFF 2.1" or "XLIFF 1.2 (transitional schema)"; nil if not XLIFF.
        public var kind: String?
        /// Every problem, by line; empty means valid.
        public var problems: [XLIFFProblem]

        public var isValid: Bool { problems.isEmpty }
    }

    public let schemas: XLIFFSchemas
    public let strict: Bool
    private var compiled: [XLIFFSchemas.Entry: XMLSchema] = [:]

    public init(schemas: XLIFFSchemas, strict: Bool = false) {
        self.schemas = schemas
        self.strict = strict
    }

    /// Throws `XLIFFError.xml` when the file is unreadable, not well-formed or hostile.
    public func validate(contentsOf path: String) throws -> Report {
        let (root, problems) = try XLIFFConstraintChecker(file: path).check(xmlReader { try XMLReader(contentsOf: path) })
        return try report(path, root: root, problems: problems) { schema in try schema.validate(contentsOf: path) }
    }

    public func validate(bytes: [UInt8], url: String) throws -> Report {
        let (root, problems) = try XLIFFConstraintChecker(file: url).check(xmlReader { try XMLReader(bytes: bytes, url: url) })
        return try report(url, root: root, problems: problems) { schema in try schema.validate(bytes: bytes, url: url) }
    }

    /// The schema-only verdict for `entry` (the test suite validates Bitext's own output this way).
    public func schemaViolations(of bytes: [UInt8], url: String, against entry: XLIFFSchemas.Entry) throws -> [XLIFFProblem] {
        try wrapped { try schema(entry).validate(bytes: bytes, url: url) }.map(Self.problem)
    }

    private func report(_ file: String, root: XLIFFConstraintChecker.Root?, problems: [XLIFFProblem],
        validate: (XMLSchema) throws -> [XMLError]) throws -> Report
    {
        guard let root, root.isXLIFF else { return Report(file: file, kind: nil, problems: problems) }
        var problems = problems
        var kind: String?
        if let (entry, name) = entry(for: root) {
            kind = name
            let schema = try schema(entry)
            problems += try wrapped { try validate(schema) }.map(Self.problem)
        }
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Report(file: file, kind: kind, problems: problems)
    }

    private func entry(for root: XLIFFConstraintChecker.Root) -> (XLIFFSchemas.Entry, String)? {
        switch root.namespace {
        case XLIFFNamespace.core12?:
            strict ? (.xliff12Strict, "XLIFF 1.2 (strict schema)") : (.xliff12Transitional, "XLIFF 1.2 (transitional schema)")
        case XLIFFNamespace.core2?:
            root.version == "2.0" ? (.xliff20, "XLIFF 2.0") : (.xliff21, "XLIFF 2.1")
        case XLIFFNamespace.core22?:
            (.xliff22, "XLIFF 2.2")
        default:
            nil
        }
    }

    private func schema(_ entry: XLIFFSchemas.Entry) throws -> XMLSchema {
        if let schema = compiled[entry] { return schema }
        let schema = try wrapped { try XMLSchema(contentsOf: schemas.path(entry)) }
        compiled[entry] = schema
        return schema
    }

    private func xmlReader(_ make: () throws -> XMLReader) throws -> XMLReader {
        try wrapped(make)
    }

    private func wrapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    private static func problem(_ error: XMLError) -> XLIFFProblem {
        XLIFFProblem(file: error.file, line: error.line, column: error.column, message: error.message)
    }
}
