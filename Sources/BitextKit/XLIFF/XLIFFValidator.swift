import Foundation
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
    ///
    /// The two passes (processing requirements, then the schema) read the file side by side on
    /// two cores: the schema is chosen from the root element, read ahead, and the verdict is the
    /// one of the passes in order. `onBytesRead` follows the first pass.
    public func validate(contentsOf path: String, onBytesRead: ((Int) -> Void)? = nil) throws -> Report {
        let constraints = ResultSlots<Swift.Result<(XLIFFConstraintChecker.Root?, [XLIFFProblem]), any Error>>(count: 1)
        let early = ResultSlots<EarlySchemaPass>(count: 1)
        // Each pass is used by its own thread only: the first reports progress, the second fills
        // the compiled-schema cache, which nothing else touches until both are done.
        let validator = HandedOver(value: self), progress = HandedOver(value: onBytesRead)
        ParallelMap.both({
            constraints[0] = Swift.Result {
                let reader = try validator.value.xmlReader { try XMLReader(contentsOf: path) }
                reader.onBytesRead = progress.value
                return try XLIFFConstraintChecker(file: path).check(reader)
            }
        }, {
            early[0] = validator.value.schemaPassAhead(path)
        })
        let (root, problems) = try constraints[0]!.get()
        return try report(path, root: root, problems: problems) { schema in
            // The pass run ahead counts if it used the schema the root calls for; else run it now.
            if let ahead = early[0], ahead.schema === schema { return try ahead.violations.get() }
            return try schema.validate(contentsOf: path)
        }
    }

    /// A schema pass started before the processing-requirements pass had read the root.
    private struct EarlySchemaPass {
        var schema: XMLSchema
        var violations: Swift.Result<[XMLError], any Error>
    }

    /// Reads the root element, and runs the schema pass for it; nil where that cannot be done
    /// ahead (no XLIFF root, a file that cannot be read), which the passes in order then report.
    private func schemaPassAhead(_ path: String) -> EarlySchemaPass? {
        guard let reader = try? XMLReader(contentsOf: path) else { return nil }
        var root: XMLElementStart?
        while root == nil, let event = try? reader.next() {
            if case .startElement(let element) = event { root = element }
        }
        guard let root, root.name.local == "xliff",
            let (entry, _) = entry(for: XLIFFConstraintChecker.Root(
                namespace: root.name.namespace, version: root.attribute("version"), isXLIFF: true)),
            let schema = try? schema(entry)
        else { return nil }
        return EarlySchemaPass(schema: schema, violations: Swift.Result { try schema.validate(contentsOf: path) })
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
