internal import CLibXML2

/// A streaming pull reader: each `next()` returns the next `XMLEvent` of a document.
///
/// It drives libxml2's push parser (the engine inside `xmlTextReader`) with SAX2 callbacks and
/// feeds it one chunk at a time, from memory or from disk, so memory does not grow with the file.
/// We do not use `xmlTextReader` itself: in libxml2 2.9 it records no columns and caps element
/// line numbers at 65535, and XLIFF files are often longer than that.
///
/// Secure by construction, following LIBXML2.md §3: parsed with `ParseOptions.secure` only; any
/// DOCTYPE is refused as `.hostile` the moment the parser sees `<!DOCTYPE name …`, before its
/// internal subset is read, so no entity is ever declared, expanded or loaded, and nothing is
/// read from disk or network besides the input itself. (`DoctypePolicy.ignoreExternalDTD` lets
/// a DOCTYPE without internal subset through, unread.) Elements nested more than 256 deep, text
/// runs over 10 MB and inputs of 2 GiB or more are refused too.
///
/// The encoding comes from the byte order mark or the XML declaration (UTF-8, UTF-16LE/BE, …).
/// Errors are `XMLError`s located in the input; after one, `next()` keeps throwing it.
///
/// Not thread-safe: use a reader from one task at a time.
public final class XMLReader {
    /// libxml2 counts bytes and positions in `int`.
    static let maximumInputSize = 1 << 31
    /// libxml2's own limit without `XML_PARSE_HUGE`; its push parser leaves the check to us.
    static let maximumDepth = 256
    /// libxml2's `XML_MAX_TEXT_LENGTH`, which only its tree builder enforces.
    static let maximumTextLength = 10_000_000
    static let defaultChunkSize = 64 * 1024

    /// What to do with a `<!DOCTYPE …>`.
    public enum DoctypePolicy: Hashable, Sendable {
        /// Refuse any DOCTYPE as `.hostile`. The default: XLIFF needs none.
        case refuse
        /// Read past a DOCTYPE that only names an external DTD, as TMX and TBX files carry
        /// (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`), without ever reading that DTD. A DOCTYPE with
        /// an internal subset (`[…]`, where entities are declared) is still refused.
        case ignoreExternalDTD
    }

    /// The path or URL given, used in every error.
    public let url: String
    let doctypePolicy: DoctypePolicy
    let diagnostics: Diagnostics
    private let source: any ByteSource
    /// Created with the first four bytes, which libxml2 needs to detect the encoding.
    private var parser: xmlParserCtxtPtr?
    private var head: [UInt8] = []
    private var bytesRead = 0
    private var isAtEnd = false

    /// What the SAX callbacks build, event by event. It is reached through a constant pointer
    /// rather than stored in `var` properties: the class's stored properties are checked for
    /// exclusive access at run time on every use, and per event that was a tenth of the reading.
    let state: UnsafeMutablePointer<EventState>

    /// Called after each chunk of input is parsed, with the bytes read so far: for a progress line.
    public var onBytesRead: ((Int) -> Void)?

    /// Whether events are dropped as they are parsed, for a schema validation that only needs
    /// the validator's verdict. Limits and refusals still apply.
    var discardsEvents: Bool {
        get { state.pointee.discardsEvents }
        set { state.pointee.discardsEvents = newValue }
    }

    private var validationContext: OpaquePointer?
    private var validationPlug: OpaquePointer?

    /// Streams the file at `path`; fails at once with `.unreadable` if it cannot be opened.
    public convenience init(contentsOf path: String, doctype: DoctypePolicy = .refuse) throws {
        let source = try FileByteSource(path: path, chunkSize: Self.defaultChunkSize, sizeLimit: Self.maximumInputSize)
        self.init(source: source, url: path, doctype: doctype)
    }

    /// Reads `bytes`; `url` names the document in errors.
    public convenience init(bytes: [UInt8], url: String, doctype: DoctypePolicy = .refuse) throws {
        try self.init(bytes: bytes, url: url, doctype: doctype, chunkSize: Self.defaultChunkSize)
    }

    /// Lets tests push tiny chunks, to exercise every boundary libxml2 can meet.
    convenience init(bytes: [UInt8], url: String, doctype: DoctypePolicy = .refuse, chunkSize: Int) throws {
        try Self.checkSize(bytes.count, url: url)
        self.init(source: MemoryByteSource(bytes, chunkSize: chunkSize), url: url, doctype: doctype)
    }

    private init(source: any ByteSource, url: String, doctype: DoctypePolicy) {
        ensureLibXML2IsInitialized()
        self.source = source
        self.url = url
        self.doctypePolicy = doctype
        self.diagnostics = Diagnostics(file: url, attribution: .document)
        state = .allocate(capacity: 1)
        state.initialize(to: EventState())
    }

    deinit {
        stopValidating()
        diagnostics.parser = nil
        if let parser { xmlFreeParserCtxt(parser) }
        // Last: libxml2 may still call back while it is unplugged and freed.
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Bytes of the document held right now, in libxml2's input buffer and in pending character
    /// data. Streaming means this stays small, however large the input (tested).
    var bufferedByteCount: Int {
        var count = state.pointee.characters.bytes.count
        if let input = parser?.pointee.input, let base = input.pointee.base, let end = input.pointee.end {
            count += end - base
        }
        return count
    }

    static func checkSize(_ count: Int, url: String) throws {
        guard count < maximumInputSize else { throw XMLError.inputTooLarge(url, limit: maximumInputSize) }
    }

    /// The next event, or `nil` at the end of the document.
    public func next() throws -> XMLEvent? {
        while true {
            if let event = state.pointee.takeEvent() { return event }
            try diagnostics.check()
            if isAtEnd { return nil }
            parseNextChunk()
            state.pointee.eventsParsed()
        }
    }

    /// From now on, records each element at `depth` (the root is 1) with everything inside it,
    /// instead of making events of them: `nextRecording()` hands them out. Call it before the
    /// first `next()`; `next()` still reports what lies outside those elements, such as the root's
    /// start tag.
    ///
    /// With `pieceSize`, an element whose recording grows past that many bytes is handed out in
    /// pieces, each ending after an end tag inside it (`endsElement` false but for the last):
    /// replay them in order (`XMLRecordedPieces`), as they come. Elements inside the recorded ones
    /// named in `omitting` (namespace and local name; prefixes do not matter) are left out with
    /// everything inside them, as if they were not there: for a reader that would skip them. Their
    /// text is not held, so the limit on the length of a text does not apply to it.
    public func recordElements(atDepth depth: Int, pieceSize: Int? = nil, omitting omitted: [XMLName] = []) {
        precondition(parser == nil && depth > 0, "recordElements(atDepth:) must come before the first next()")
        state.pointee.recorder = EventRecorder(depth: depth, pieceSize: pieceSize, omitted: omitted)
    }

    /// The next recorded element (see `recordElements(atDepth:)`), or nil at the end of the
    /// document. Events not yet taken with `next()` are dropped.
    public func nextRecording() throws -> XMLEventRecording? {
        while true {
            if let recording = state.pointee.recorder?.takeRecording() { return recording }
            try diagnostics.check()
            if isAtEnd { return nil }
            state.pointee.discardEvents()
            parseNextChunk()
        }
    }

    private func parseNextChunk() {
        do {
            let hasMore = try source.withNextChunk { chunk in
                bytesRead += chunk.count
                try Self.checkSize(bytesRead, url: url)
                push(chunk)
            }
            if !hasMore { finish() }
            onBytesRead?(bytesRead)
        } catch {
            diagnostics.fail(error as? XMLError ?? XMLError(kind: .unreadable, file: url, message: "\(error)"))
        }
    }

    private func push(_ chunk: UnsafeBufferPointer<UInt8>) {
        var chunk = chunk[...]
        if parser == nil {
            let missing = 4 - head.count
            head += chunk.prefix(missing)
            chunk = chunk.dropFirst(missing)
            guard head.count == 4 else { return }
            createParser()
        }
        guard let parser, !chunk.isEmpty else { return }
        UnsafeBufferPointer(rebasing: chunk).withMemoryRebound(to: CChar.self) { bytes in
            diagnostics.capture { _ = xmlParseChunk(parser, bytes.baseAddress, Int32(bytes.count), 0) }
        }
        explainFailure()
    }

    private func finish() {
        if parser == nil {
            guard !head.isEmpty else {
                diagnostics.fail(.emptyDocument(url))
                return
            }
            createParser()
        }
        guard let parser else { return }
        diagnostics.capture { _ = xmlParseChunk(parser, nil, 0, 1) }
        explainFailure(atEnd: true)
        if parser.pointee.wellFormed == 0 {
            let position = SourcePosition(currentOf: parser)
            diagnostics.fail(
                XMLError(
                    kind: .notWellFormed, file: url, line: position.line, column: position.column,
                    message: "document is not well-formed"))
        }
        state.pointee.flushCharacters()
        stopValidating()
        isAtEnd = true
    }

    /// Rewords libxml2 push-parser messages that name the wrong problem: it calls a document that
    /// does not start with `<` "empty", and any early end of input "Extra content at the end of
    /// the document". The location stays libxml2's.
    private func explainFailure(atEnd: Bool = false) {
        guard var failure = diagnostics.failure else { return }
        if diagnostics.failureCode == XML_ERR_DOCUMENT_EMPTY {
            failure.message = "Start tag expected, '<' not found"
        } else if atEnd, let innermost = state.pointee.openElements.last {
            failure.message = "premature end of document: <\(innermost.qualified)> is not closed"
        } else if atEnd, !state.pointee.hasSeenRoot {
            failure.message = "document has no root element"
        } else {
            return
        }
        diagnostics.replaceFailure(with: failure)
    }

    private func createParser() {
        var handler = Self.makeSAXHandler()
        let context = Unmanaged.passUnretained(self).toOpaque()
        let parser = diagnostics.capture {
            head.withUnsafeBufferPointer { head in
                head.withMemoryRebound(to: CChar.self) { head in
                    xmlCreatePushParserCtxt(&handler, context, head.baseAddress, Int32(head.count), url)
                }
            }
        }
        guard let parser else {
            diagnostics.fail(XMLError(kind: .tooLarge, file: url, message: "libxml2 could not create a parser"))
            return
        }
        xmlCtxtUseOptions(parser, ParseOptions.secure.rawValue)
        self.parser = parser
        diagnostics.parser = parser
        if let validationContext { plug(validationContext, into: parser) }
    }
}

// MARK: - Events, called from the SAX callbacks

extension XMLReader {
    func append(_ event: XMLEvent) {
        state.pointee.append(event)
    }

    func appendCharacters(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        state.pointee.appendCharacters(bytes, isCDATA: isCDATA)
        if state.pointee.characters.count > Self.maximumTextLength, let parser {
            // Not `xmlStopParser`: not every libxml2 2.9 path is safe to stop inside `characters`;
            // the failure makes us ignore the rest of this chunk and push no more.
            diagnostics.fail(.textTooLong(url, limit: Self.maximumTextLength, at: SourcePosition(currentOf: parser)))
        }
    }

    /// Ends a run of character data without making an event of it (`discardsEvents`).
    func discardCharacters() {
        state.pointee.characters.reset()
    }

    /// Tracks nesting; false (and the reader failed) when the depth limit is passed.
    func enterElement(_ name: XMLName) -> Bool {
        state.pointee.hasSeenRoot = true
        state.pointee.openElements.append(name)
        guard state.pointee.openElements.count > Self.maximumDepth, let parser else { return true }
        refuse(.tooDeep(url, limit: Self.maximumDepth, at: SourcePosition(currentOf: parser)))
        return false
    }

    /// The name of the element being closed: the one its start tag gave.
    func leaveElement() -> XMLName? {
        state.pointee.openElements.popLast()
    }

    /// Ends the parse for a reason of ours; safe in the SAX callbacks that use it (libxml2 checks
    /// for a stopped parser after start tags, DOCTYPE declarations and entity references).
    func refuse(_ error: XMLError) {
        diagnostics.fail(error)
        if let parser { xmlStopParser(parser) }
    }

    /// The parser, while it is reporting something and nothing has gone wrong yet.
    var activeParser: xmlParserCtxtPtr? {
        diagnostics.failure == nil ? parser : nil
    }
}

// MARK: - Schema validation

extension XMLReader {
    /// Validates the document against a schema while it is read; call before the first `next()`.
    ///
    /// Violations are collected in `diagnostics.violations`. The caller owns `context` and must
    /// keep it alive until `stopValidating()`, which also runs the end-of-document checks.
    func startValidating(with context: OpaquePointer) {
        precondition(parser == nil, "startValidating must come before the first next()")
        validationContext = context
        xmlSchemaSetValidStructuredErrors(context, reportDiagnostic, diagnostics.context)
    }

    /// Unplugs the validator; libxml2 runs its end-of-document checks then. Idempotent.
    func stopValidating() {
        guard let plug = validationPlug else { return }
        validationPlug = nil
        validationContext = nil
        diagnostics.capture { _ = xmlSchemaSAXUnplug(plug) }
    }

    /// The validator wraps the parser's SAX handler and user data, and libxml2 wants the addresses
    /// of those two fields so that it can restore them when unplugged.
    private func plug(_ context: OpaquePointer, into parser: xmlParserCtxtPtr) {
        let fields = UnsafeMutableRawPointer(parser)
        let handler = (fields + MemoryLayout<xmlParserCtxt>.offset(of: \.sax)!)
            .assumingMemoryBound(to: xmlSAXHandlerPtr?.self)
        let userData = (fields + MemoryLayout<xmlParserCtxt>.offset(of: \.userData)!)
            .assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        validationPlug = diagnostics.capture { xmlSchemaSAXPlug(context, handler, userData) }
        if validationPlug == nil {
            diagnostics.fail(XMLError(kind: .invalid, file: url, message: "libxml2 could not start schema validation"))
        }
    }
}
