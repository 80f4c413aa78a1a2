internal import CLibXML2

/// A W3C XML Schema, compiled once and usable for any number of documents.
///
/// Thread safety: an `XMLSchema` is immutable after `init`, and `validate` may be called from
/// several threads at once. Each call makes its own libxml2 validation context and parser; the
/// compiled schema is only read.
public final class XMLSchema: @unchecked Sendable {
    /// The path the schema was loaded from.
    public let path: String
    /// What libxml2 warned about while compiling, such as an import it skipped.
    public let warnings: [XMLError]
    private let schema: xmlSchemaPtr

    /// Loads the schema at `path` with everything it includes or imports by relative path.
    ///
    /// Offline only: a remote `schemaLocation` fails with `.unreadable`, and any schema file with a
    /// DOCTYPE with `.hostile` (see `SchemaImports`). A schema libxml2 cannot compile fails with
    /// `.invalid`, located in the schema file at fault.
    public init(contentsOf path: String) throws {
        ensureLibXML2IsInitialized()
        try SchemaImports.check(path)
        let diagnostics = Diagnostics(file: path, attribution: .reported)
        guard let parserContext = diagnostics.capture({ xmlSchemaNewParserCtxt(path) }) else {
            throw XMLError(kind: .unreadable, file: path, message: "libxml2 could not create a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, reportDiagnostic, diagnostics.context)
        let schema = diagnostics.capture { xmlSchemaParse(parserContext) }
        if let failure = diagnostics.failure {
            if let schema { xmlSchemaFree(schema) }
            throw failure
        }
        guard let schema else {
            throw XMLError(kind: .invalid, file: path, message: "libxml2 could not compile the schema")
        }
        self.path = path
        self.schema = schema
        self.warnings = diagnostics.warnings
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates the file at `path` while streaming it through a secure `XMLReader`.
    ///
    /// Returns the violations (`.invalid`), at most the first 1,000, located at the parser's position
    /// when the validator noticed (the end of the offending start tag, or of an element missing
    /// children); `[]` means valid. Throws for input that is unreadable, not well-formed or hostile.
    public func validate(contentsOf path: String) throws -> [XMLError] {
        try validate(XMLReader(contentsOf: path))
    }

    /// `validate(contentsOf:)`, calling `onBytesRead` with the bytes read so far after each chunk.
    public func validate(contentsOf path: String, onBytesRead: @escaping (Int) -> Void) throws -> [XMLError] {
        let reader = try XMLReader(contentsOf: path)
        reader.onBytesRead = onBytesRead
        return try validate(reader)
    }

    /// Validates `bytes`, named `url` in the results; see `validate(contentsOf:)`.
    public func validate(bytes: [UInt8], url: String) throws -> [XMLError] {
        try validate(XMLReader(bytes: bytes, url: url))
    }

    private func validate(_ reader: XMLReader) throws -> [XMLError] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw XMLError(kind: .invalid, file: reader.url, message: "libxml2 could not create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        reader.startValidating(with: context)
        defer { reader.stopValidating() }
        // Only the validator's verdict is wanted: do not build events nobody reads.
        reader.discardsEvents = true
        while try reader.next() != nil {}
        return reader.diagnostics.violations
    }
}
