internal import CLibXML2

/// Collects what libxml2 reports during one parse, validation, schema load or write.
///
/// libxml2 calls back with C structs; this turns them into `XMLError` values at once, so nothing
/// C-typed outlives the call. The first error ends the operation (`failure`); schema violations are
/// collected (`violations`); warnings are kept for whoever wants them.
final class Diagnostics {
    /// Violations beyond this many are dropped: a broken file can report one per element.
    static let maximumViolations = 1_000

    /// Which file name an error gets.
    enum Attribution {
        /// Always the document's: it is the only input (the reader never loads other files).
        case document
        /// The file libxml2 names, if any (schema imports), else ours.
        case reported
    }

    let file: String
    private let attribution: Attribution
    /// While set, violations are located at the parser's position instead of the validator's guess.
    var parser: xmlParserCtxtPtr?

    private(set) var failure: XMLError?
    /// libxml2's error code for `failure`, if libxml2 reported it.
    private(set) var failureCode: xmlParserErrors?
    private(set) var violations: [XMLError] = []
    private(set) var warnings: [XMLError] = []

    init(file: String, attribution: Attribution) {
        self.file = file
        self.attribution = attribution
    }

    /// Keeps the first failure; later ones are usually consequences of it.
    func fail(_ error: XMLError, code: xmlParserErrors? = nil) {
        guard failure == nil else { return }
        failure = error
        failureCode = code
    }

    /// Replaces the failure with a better explanation of the same problem.
    func replaceFailure(with error: XMLError) {
        failure = error
    }

    /// Returns the failure and forgets it, for callers that go on after one (the writer).
    func takeFailure() -> XMLError? {
        defer {
            failure = nil
            failureCode = nil
        }
        return failure
    }

    /// Throws the failure, if there is one.
    func check() throws {
        if let failure { throw failure }
    }

    /// Runs `body` with this thread's libxml2 error handler pointing here, then restores the old one.
    ///
    /// Parser errors would also reach a SAX `serror` handler, but errors without a parser context
    /// (encodings, I/O, schema includes, the writer) only go to libxml2's per-thread structured
    /// handler, or else to stderr. The handler is per thread (libxml2 is built with threads), and
    /// `body` does not suspend, so concurrent operations stay apart.
    func capture<T>(_ body: () throws -> T) rethrows -> T {
        ensureLibXML2IsInitialized()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), reportDiagnostic)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        return try body()
    }

    /// An opaque pointer to this collector, for libxml2 calls that take a handler and its context.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    fileprivate func record(_ error: xmlError) {
        var converted = XMLError(error, file: name(for: error))
        if error.domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            if let parser {
                let position = SourcePosition(currentOf: parser)
                converted.line = position.line
                converted.column = position.column
            }
            if violations.count < Self.maximumViolations { violations.append(converted) }
        } else if error.level == XML_ERR_WARNING {
            warnings.append(converted)
        } else {
            fail(converted, code: xmlParserErrors(rawValue: UInt32(bitPattern: error.code)))
        }
    }

    private func name(for error: xmlError) -> String {
        switch attribution {
        case .document: file
        case .reported: error.file.map { String(cString: $0) } ?? file
        }
    }
}

/// The C entry point libxml2 calls; `context` is a `Diagnostics` passed unretained.
func reportDiagnostic(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    Unmanaged<Diagnostics>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}
