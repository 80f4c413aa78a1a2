/// A streaming XML writer: UTF-8 bytes, in chunks to a sink or collected in memory.
///
/// Text and attribute values are escaped; names and characters are checked, so the output is
/// well-formed XML 1.0 (UTF-8) or the call throws. Failures are `XMLError`s (`.notWellFormed`:
/// the output would not be), or the sink's own error if the sink threw. Not thread-safe.
///
/// The bytes are exactly those of libxml2's `xmlTextWriter`, which this writer wrapped until
/// export profiles showed the wrapping cost more than the writing: per call, every string was
/// copied for C, an error handler installed and removed, and every byte went through libxml2's
/// UTF-8-to-UTF-8 output conversion. Its markup is simple enough to write here (see
/// `WriterTests`, and the byte-identical exports of the benchmark corpus).
///
/// Indentation is never added: whitespace inside mixed content such as
/// `<source>Click <ph id="1"/> to save</source>` is content (LIBXML2.md pitfall 4). Write
/// structural newlines and indentation with `raw(_:)`.
public final class XMLWriter {
    /// The name errors carry: there is no input file.
    static let outputName = "<output>"

    /// What libxml2 said when it refused these calls, kept for the same messages.
    private static let attributePlacement = "attributes and namespace declarations must directly follow startElement"

    /// Output goes to the sink in pieces of at least this many bytes (but the last), which a
    /// staged file gathers further before each write(2).
    private static let chunkSize = 16 * 1024

    private enum Destination {
        case sink(([UInt8]) throws -> Void)
        case memory
    }

    private let destination: Destination
    /// All the writer's state, as one value: a call reaches the object's storage once, not once
    /// per field and byte (each such access of a class's property is checked at run time).
    private var state = Markup()

    /// Writes through `sink`, called with each chunk as it fills.
    public convenience init(sink: @escaping ([UInt8]) throws -> Void) {
        self.init(.sink(sink))
    }

    /// Collects the output in memory; `finish()` returns it.
    public convenience init() {
        self.init(.memory)
    }

    private init(_ destination: Destination) {
        self.destination = destination
        if case .sink = destination { state.bytes.reserveCapacity(Self.chunkSize * 2) }
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>` and a newline; only as the very first call.
    ///
    /// Without it non-ASCII characters in attribute values are written as character references
    /// (`&#xE9;`), which is equally correct XML.
    public func startDocument() throws {
        try update { markup in
            guard !markup.hasWritten else { throw Self.misuse("startDocument() must come first") }
            try call("xmlTextWriterStartDocument", &markup) { markup in
                markup.appendLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                markup.declaresEncoding = true
                return true
            }
        }
    }

    /// Opens an element; a non-nil `namespace` also declares it (for `prefix`, or as the default).
    public func startElement(_ local: String, prefix: String? = nil, namespace: String? = nil) throws {
        try Self.checkName(local)
        try prefix.map(Self.checkName)
        try namespace.map(Self.checkText)
        try update { markup in
            if markup.openElements == 0 && markup.rootIsClosed {
                throw Self.misuse("a document has one root element, and it is closed")
            }
            let function = prefix == nil && namespace == nil ? "xmlTextWriterStartElement" : "xmlTextWriterStartElementNS"
            try call(function, &markup) { $0.startElement(local, prefix: prefix, namespace: namespace) }
            markup.openElements += 1
        }
    }

    /// Writes an attribute of the element just opened; the value is escaped.
    ///
    /// A non-nil `namespace` also declares `prefix` on this element, unless it already is. An
    /// unprefixed attribute is in no namespace, so `namespace` then needs a `prefix`. The `xml`
    /// prefix (`xml:lang`) is never declared.
    public func attribute(_ local: String, _ value: String, prefix: String? = nil, namespace: String? = nil) throws {
        try Self.checkName(local)
        try prefix.map(Self.checkName)
        try Self.checkText(value)
        try namespace.map(Self.checkText)
        if namespace != nil && prefix == nil {
            throw Self.misuse("attribute \(local) has a namespace but no prefix; unprefixed attributes are in no namespace")
        }
        try update { markup in
            guard let prefix else {
                return try call("xmlTextWriterWriteAttribute", &markup, Self.attributePlacement) { $0.writeAttribute(local, value) }
            }
            let namespace = prefix == "xml" ? nil : namespace
            try call("xmlTextWriterWriteAttributeNS", &markup, Self.attributePlacement) {
                $0.writeAttribute(local, value, prefix: prefix, declaring: namespace)
            }
        }
    }

    /// Writes `xmlns="uri"` (prefix `nil`) or `xmlns:prefix="uri"` on the element just opened.
    public func namespaceDeclaration(prefix: String?, uri: String) throws {
        try prefix.map(Self.checkName)
        try Self.checkText(uri)
        let name = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        try update { markup in
            try call("xmlTextWriterWriteAttribute", &markup, Self.attributePlacement) { $0.writeAttribute(name, uri) }
        }
    }

    /// Writes character data, escaping `<`, `>`, `&`, `"` and carriage returns.
    public func text(_ string: String) throws {
        try Self.checkText(string)
        try update { markup in
            // Outside any element libxml2 wrote the text unescaped; refused here as it always was.
            guard markup.openElements > 0 else { throw Self.misuse("text must be inside an element") }
            try call("xmlTextWriterWriteString", &markup) { markup in
                markup.closeStartTag()
                markup.appendEscaped(string, inAttribute: false)
                return true
            }
        }
    }

    /// Writes a CDATA section. A `]]>` inside is split across two sections, which readers join again.
    public func cdata(_ string: String) throws {
        try Self.checkText(string)
        try update { markup in
            guard markup.openElements > 0 else { throw Self.misuse("CDATA must be inside an element") }
            let content = string.replacing("]]>", with: "]]]]><![CDATA[>")
            try call("xmlTextWriterWriteCDATA", &markup) { $0.appendConstruct("<![CDATA[", [content], "]]>") }
        }
    }

    /// Writes `<!--string-->`; `string` may not contain `--` nor end in `-`.
    public func comment(_ string: String) throws {
        try Self.checkText(string)
        if string.contains("--") || string.hasSuffix("-") {
            throw Self.misuse("a comment may not contain \"--\" nor end in \"-\"")
        }
        try update { markup in
            try call("xmlTextWriterWriteComment", &markup) { $0.appendConstruct("<!--", [string], "-->") }
        }
    }

    /// Writes `<?target data?>`; `data` may not contain `?>`.
    public func processingInstruction(target: String, data: String) throws {
        try Self.checkName(target)
        try Self.checkText(data)
        if target.lowercased() == "xml" || data.contains("?>") {
            throw Self.misuse("a processing instruction may not be named \"xml\" nor contain \"?>\"")
        }
        try update { markup in
            try call("xmlTextWriterWritePI", &markup) { $0.appendConstruct("<?", [target, " ", data], "?>") }
        }
    }

    /// Writes `string` as it is: for newlines and indentation between elements. Unchecked except
    /// for characters XML does not allow at all.
    public func raw(_ string: String) throws {
        try Self.checkText(string)
        try update { markup in
            try call("xmlTextWriterWriteRaw", &markup) { markup in
                markup.closeStartTag()
                markup.append(string)
                return true
            }
        }
    }

    /// Closes the innermost open element, as `<x/>` if nothing was written into it.
    public func endElement() throws {
        try update { markup in
            guard markup.openElements > 0 else { throw Self.misuse("endElement() without an open element") }
            try call("xmlTextWriterEndElement", &markup) { $0.writeEndTag() }
            markup.openElements -= 1
            markup.rootIsClosed = markup.openElements == 0
        }
    }

    /// Closes any open elements, ends the document with a newline and flushes.
    ///
    /// Returns the collected bytes for `init()`, `[]` for a sink. The writer is unusable afterwards,
    /// also if this throws.
    @discardableResult
    public func finish() throws -> [UInt8] {
        try update { markup in
            let ended = Result {
                try call("xmlTextWriterEndDocument", &markup) { markup in
                    while markup.writeEndTag() {}
                    markup.appendLiteral("\n")
                    return true
                }
                try flush(&markup, all: true)
            }
            markup.isFinished = true
            try ended.get()
            if let sinkError = markup.sinkError { throw sinkError }
            guard case .memory = destination else { return [] }
            defer { markup.bytes = [] }
            return markup.bytes
        }
    }

    // MARK: Steps

    /// Runs `body` on the writer's state, in one access.
    private func update<Result>(_ body: (inout Markup) throws -> Result) throws -> Result {
        try body(&state)
    }

    /// Runs one step of writing. `body` says whether the step was allowed where the document is;
    /// a refusal is reported as libxml2's function refused it, with what usually causes it.
    private func call(
        _ function: String, _ markup: inout Markup, _ likelyCause: String? = nil, _ body: (inout Markup) -> Bool
    ) throws {
        guard !markup.isFinished else { throw Self.misuse("the writer is finished") }
        markup.hasWritten = true
        let allowed = body(&markup)
        try flush(&markup, all: false)
        guard allowed else { throw Self.misuse("\(function) failed" + (likelyCause.map { ": \($0)" } ?? "")) }
    }

    /// Hands full chunks (`all`: everything) to the sink; the memory destination keeps them.
    private func flush(_ markup: inout Markup, all: Bool) throws {
        guard case .sink(let sink) = destination else { return }
        if let sinkError = markup.sinkError { throw sinkError }
        guard all || markup.bytes.count >= Self.chunkSize else { return }
        do {
            var start = 0
            while markup.bytes.count - start >= Self.chunkSize || (all && start < markup.bytes.count) {
                let end = min(start + Self.chunkSize, markup.bytes.count)
                try sink(Array(markup.bytes[start..<end]))
                start = end
            }
            markup.bytes.removeFirst(start)
        } catch {
            markup.sinkError = error
            markup.bytes = []
            throw error
        }
    }

    // MARK: Checks

    private static func checkName(_ name: String) throws {
        guard XMLCharacters.isName(name) else { throw misuse("\"\(name)\" is not an XML name") }
    }

    private static func checkText(_ string: String) throws {
        if let scalar = XMLCharacters.firstDisallowed(in: string) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw misuse(
                "character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) is not allowed in XML 1.0")
        }
    }

    private static func misuse(_ message: String) -> XMLError {
        XMLError(kind: .notWellFormed, file: outputName, message: message)
    }
}

/// An `XMLWriter`'s state: the bytes made and not yet handed over, the elements whose end tags are
/// to come, the namespace declarations asked for with the open start tag, and what went wrong.
private struct Markup {
    /// An element whose end tag is still to come.
    struct OpenElement {
        /// `prefix:local`, for the end tag.
        var name: String
        /// Whether the start tag still lacks its `>`: attributes may follow, and an element left
        /// empty ends as `<name/>`.
        var isStartTagOpen = true
    }

    var bytes: [UInt8] = []
    var elements: [OpenElement] = []
    /// Namespace declarations asked for with the open start tag (`xmlns:p`, `urn:p`): they go
    /// after its attributes, the last asked for first, as libxml2 wrote them.
    var pendingDeclarations: [(name: String, uri: String)] = []
    /// After the XML declaration names UTF-8, attribute values carry any character as it is;
    /// before (or without) it, those beyond ASCII are written as character references.
    var declaresEncoding = false
    /// The sink's first error: nothing more is written, and every call throws it.
    var sinkError: (any Error)?
    var isFinished = false
    /// The document's shape that the element stack alone does not show.
    var hasWritten = false
    var openElements = 0
    var rootIsClosed = false

    mutating func startElement(_ local: String, prefix: String?, namespace: String?) -> Bool {
        closeStartTag()
        let name = prefix.map { "\($0):\(local)" } ?? local
        appendLiteral("<")
        append(name)
        elements.append(OpenElement(name: name))
        if let namespace { pendingDeclarations.append((prefix.map { "xmlns:\($0)" } ?? "xmlns", namespace)) }
        return true
    }

    /// `prefix:local="value"`, declaring `prefix` for `namespace` on this element unless it is.
    mutating func writeAttribute(_ local: String, _ value: String, prefix: String, declaring namespace: String?) -> Bool {
        guard elements.last?.isStartTagOpen == true else { return false }
        if let namespace {
            let declaration = "xmlns:\(prefix)"
            if let declared = pendingDeclarations.first(where: { $0.name == declaration }) {
                // Declared on this element already: fine for the same namespace, a clash otherwise.
                guard declared.uri == namespace else { return false }
            } else {
                pendingDeclarations.append((declaration, namespace))
            }
        }
        return writeAttribute("\(prefix):\(local)", value)
    }

    /// Ends the open start tag with its pending namespace declarations and `>`, if there is one.
    mutating func closeStartTag() {
        guard let last = elements.indices.last, elements[last].isStartTagOpen else { return }
        writePendingDeclarations()
        appendLiteral(">")
        elements[last].isStartTagOpen = false
    }

    mutating func writePendingDeclarations() {
        while let (name, uri) = pendingDeclarations.popLast() { _ = writeAttribute(name, uri) }
    }

    /// ` name="value"` on the open start tag; false if there is none.
    mutating func writeAttribute(_ name: String, _ value: String) -> Bool {
        guard elements.last?.isStartTagOpen == true else { return false }
        appendLiteral(" ")
        append(name)
        appendLiteral("=\"")
        appendEscaped(value, inAttribute: true)
        appendLiteral("\"")
        return true
    }

    /// The end tag of the innermost element (`/>` if its start tag is still open); false if none is.
    mutating func writeEndTag() -> Bool {
        guard let element = elements.last else { return false }
        if element.isStartTagOpen {
            writePendingDeclarations()
            appendLiteral("/>")
        } else {
            appendLiteral("</")
            append(element.name)
            appendLiteral(">")
        }
        elements.removeLast()
        return true
    }

    /// Ends the open start tag, then writes `open`, `texts` as they are and `close`: a comment, a
    /// processing instruction, a CDATA section.
    mutating func appendConstruct(_ open: StaticString, _ texts: [String], _ close: StaticString) -> Bool {
        closeStartTag()
        appendLiteral(open)
        for text in texts { append(text) }
        appendLiteral(close)
        return true
    }

    /// Appends constant markup.
    mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `string` with markup characters as references: in text `& < > "` and carriage
    /// returns; in attribute values also tabs and newlines (which a reader would otherwise
    /// normalize to spaces), and non-ASCII characters unless the XML declaration names UTF-8.
    mutating func appendEscaped(_ string: String, inAttribute: Bool) {
        var string = string
        // Character references for non-ASCII need every byte looked at; otherwise words without
        // a byte to replace are skipped eight bytes at a time.
        let skipsWords = !inAttribute || declaresEncoding
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if skipsWords && index + 8 <= utf8.count {
                    let word = UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if !XMLCharacters.hasControlByte(word) && !XMLCharacters.has(UInt8(ascii: "&"), in: word)
                        && !XMLCharacters.has(UInt8(ascii: "<"), in: word) && !XMLCharacters.has(UInt8(ascii: ">"), in: word)
                        && !XMLCharacters.has(UInt8(ascii: "\""), in: word)
                    {
                        index += 8
                        continue
                    }
                }
                let reference: StaticString?
                switch utf8[index] {
                case UInt8(ascii: "&"): reference = "&amp;"
                case UInt8(ascii: "<"): reference = "&lt;"
                case UInt8(ascii: ">"): reference = "&gt;"
                case UInt8(ascii: "\""): reference = "&quot;"
                case 0x0D: reference = "&#13;"
                case 0x0A where inAttribute: reference = "&#10;"
                case 0x09 where inAttribute: reference = "&#9;"
                case 0x80... where inAttribute && !declaresEncoding:
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    var decoder = UTF8()
                    var iterator = utf8[index...].makeIterator()
                    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                        preconditionFailure("Swift strings are valid UTF-8")
                    }
                    append("&#x\(String(scalar.value, radix: 16, uppercase: true));")
                    index += UTF8.width(scalar)
                    runStart = index
                    continue
                default: reference = nil
                }
                if let reference {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendLiteral(reference)
                    runStart = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
