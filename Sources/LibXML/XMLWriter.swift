internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`.
///
/// Output goes through an `xmlOutputBuffer` to a Swift sink in chunks of a few kilobytes, so large
/// documents need not be held in memory; `init()` collects into memory instead. Text and attribute
/// values are escaped; names and characters are checked, so the output is well-formed XML 1.0
/// (UTF-8) or the call throws.
///
/// Indentation is never turned on: libxml2's indenting adds whitespace inside mixed content such
/// as `<source>Click <ph id="1"/> to save</source>` (LIBXML2.md pitfall 4). Write structural
/// newlines and indentation with `raw(_:)`.
///
/// Every libxml2 result is checked; failures throw an `XMLError` (`.notWellFormed`: the output
/// would not be), or the sink's own error if the sink threw. Not thread-safe.
public final class XMLWriter {
    /// The name errors carry: there is no input file.
    static let outputName = "<output>"

    private static let attributePlacement = "attributes and namespace declarations must directly follow startElement"

    private var writer: xmlTextWriterPtr?
    private let output: WriterOutput
    private let diagnostics = Diagnostics(file: outputName, attribution: .document)
    /// libxml2 checks little of the document's shape, so we track what it does not.
    private var hasWritten = false
    private var openElements = 0
    private var rootIsClosed = false

    /// Writes through `sink`, called with each chunk libxml2 flushes.
    public convenience init(sink: @escaping ([UInt8]) throws -> Void) {
        self.init(.sink(sink))
    }

    /// Collects the output in memory; `finish()` returns it.
    public convenience init() {
        self.init(.memory)
    }

    private init(_ destination: WriterOutput.Destination) {
        ensureLibXML2IsInitialized()
        output = WriterOutput(destination)
        guard let buffer = output.makeBuffer() else { return }
        // The writer owns the buffer from here and closes it when freed.
        writer = xmlNewTextWriter(buffer)
        if writer == nil { xmlOutputBufferClose(buffer) }
    }

    deinit {
        close()
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>` and a newline; only as the very first call.
    ///
    /// Without it libxml2 writes non-ASCII characters in attribute values as character references
    /// (`&#xE9;`), which is equally correct XML.
    public func startDocument() throws {
        guard !hasWritten else { throw misuse("startDocument() must come first") }
        try call("xmlTextWriterStartDocument") { xmlTextWriterStartDocument($0, "1.0", "UTF-8", nil) }
    }

    /// Opens an element; a non-nil `namespace` also declares it (for `prefix`, or as the default).
    public func startElement(_ local: String, prefix: String? = nil, namespace: String? = nil) throws {
        try checkName(local)
        try prefix.map(checkName)
        try namespace.map(checkText)
        if openElements == 0 && rootIsClosed {
            throw misuse("a document has one root element, and it is closed")
        }
        if prefix == nil && namespace == nil {
            try call("xmlTextWriterStartElement") { xmlTextWriterStartElement($0, local) }
        } else {
            try call("xmlTextWriterStartElementNS") { xmlTextWriterStartElementNS($0, prefix, local, namespace) }
        }
        openElements += 1
    }

    /// Writes an attribute of the element just opened; the value is escaped.
    ///
    /// A non-nil `namespace` also declares `prefix` on this element, unless it already is. An
    /// unprefixed attribute is in no namespace, so `namespace` then needs a `prefix`. The `xml`
    /// prefix (`xml:lang`) is never declared.
    public func attribute(_ local: String, _ value: String, prefix: String? = nil, namespace: String? = nil) throws {
        try checkName(local)
        try prefix.map(checkName)
        try checkText(value)
        try namespace.map(checkText)
        if namespace != nil && prefix == nil {
            throw misuse("attribute \(local) has a namespace but no prefix; unprefixed attributes are in no namespace")
        }
        if let prefix {
            let namespace = prefix == "xml" ? nil : namespace
            try call("xmlTextWriterWriteAttributeNS", Self.attributePlacement) {
                xmlTextWriterWriteAttributeNS($0, prefix, local, namespace, value)
            }
        } else {
            try call("xmlTextWriterWriteAttribute", Self.attributePlacement) {
                xmlTextWriterWriteAttribute($0, local, value)
            }
        }
    }

    /// Writes `xmlns="uri"` (prefix `nil`) or `xmlns:prefix="uri"` on the element just opened.
    public func namespaceDeclaration(prefix: String?, uri: String) throws {
        try prefix.map(checkName)
        try checkText(uri)
        let name = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        try call("xmlTextWriterWriteAttribute", Self.attributePlacement) { xmlTextWriterWriteAttribute($0, name, uri) }
    }

    /// Writes character data, escaping `<`, `>`, `&`, `"` and carriage returns.
    public func text(_ string: String) throws {
        try checkText(string)
        // Outside any element libxml2 would write the text unescaped.
        guard openElements > 0 else { throw misuse("text must be inside an element") }
        try call("xmlTextWriterWriteString") { xmlTextWriterWriteString($0, string) }
    }

    /// Writes a CDATA section. A `]]>` inside is split across two sections, which readers join again.
    public func cdata(_ string: String) throws {
        try checkText(string)
        guard openElements > 0 else { throw misuse("CDATA must be inside an element") }
        let content = string.replacing("]]>", with: "]]]]><![CDATA[>")
        try call("xmlTextWriterWriteCDATA") { xmlTextWriterWriteCDATA($0, content) }
    }

    /// Writes `<!--string-->`; `string` may not contain `--` nor end in `-`.
    public func comment(_ string: String) throws {
        try checkText(string)
        if string.contains("--") || string.hasSuffix("-") {
            throw misuse("a comment may not contain \"--\" nor end in \"-\"")
        }
        try call("xmlTextWriterWriteComment") { xmlTextWriterWriteComment($0, string) }
    }

    /// Writes `<?target data?>`; `data` may not contain `?>`.
    public func processingInstruction(target: String, data: String) throws {
        try checkName(target)
        try checkText(data)
        if target.lowercased() == "xml" || data.contains("?>") {
            throw misuse("a processing instruction may not be named \"xml\" nor contain \"?>\"")
        }
        try call("xmlTextWriterWritePI") { xmlTextWriterWritePI($0, target, data) }
    }

    /// Writes `string` as it is: for newlines and indentation between elements. Unchecked except
    /// for characters XML does not allow at all.
    public func raw(_ string: String) throws {
        try checkText(string)
        try call("xmlTextWriterWriteRaw") { xmlTextWriterWriteRaw($0, string) }
    }

    /// Closes the innermost open element, as `<x/>` if nothing was written into it.
    public func endElement() throws {
        guard openElements > 0 else { throw misuse("endElement() without an open element") }
        try call("xmlTextWriterEndElement") { xmlTextWriterEndElement($0) }
        openElements -= 1
        rootIsClosed = openElements == 0
    }

    /// Closes any open elements, ends the document with a newline, flushes and frees the writer.
    ///
    /// Returns the collected bytes for `init()`, `[]` for a sink. The writer is unusable afterwards,
    /// also if this throws.
    @discardableResult
    public func finish() throws -> [UInt8] {
        let ended = Result {
            try call("xmlTextWriterEndDocument") { xmlTextWriterEndDocument($0) }
            try call("xmlTextWriterFlush") { xmlTextWriterFlush($0) }
        }
        close()
        try ended.get()
        if let error = output.error { throw error }
        return output.collected
    }

    /// Frees the writer, which flushes what is left and closes the output buffer.
    private func close() {
        guard let writer else { return }
        self.writer = nil
        diagnostics.capture { xmlFreeTextWriter(writer) }
    }

    /// Runs one libxml2 writer call and turns a negative result into an error. libxml2 says why
    /// only sometimes; `likelyCause` says what usually makes that call fail.
    private func call(_ function: String, _ likelyCause: String? = nil, _ body: (xmlTextWriterPtr) -> Int32) throws {
        guard let writer else { throw misuse("the writer is finished") }
        hasWritten = true
        let result = diagnostics.capture { body(writer) }
        let failure = diagnostics.takeFailure()
        if let error = output.error { throw error }
        guard result < 0 else { return }
        throw failure ?? misuse("\(function) failed" + (likelyCause.map { ": \($0)" } ?? ""))
    }

    private func checkName(_ name: String) throws {
        guard XMLCharacters.isName(name) else { throw misuse("\"\(name)\" is not an XML name") }
    }

    private func checkText(_ string: String) throws {
        if let scalar = XMLCharacters.firstDisallowed(in: string) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw misuse(
                "character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) is not allowed in XML 1.0")
        }
    }

    private func misuse(_ message: String) -> XMLError {
        XMLError(kind: .notWellFormed, file: Self.outputName, message: message)
    }
}
