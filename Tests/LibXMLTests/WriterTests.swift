import Testing

@testable import LibXML

@Suite struct WriterTests {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let tricky = "<&>\"' 中文 🌍 ]]>"

    private func written(_ body: (XMLWriter) throws -> Void) throws -> String {
        let writer = XMLWriter()
        try body(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func textAndAttributesAreEscaped() throws {
        let output = try written { writer in
            try writer.startDocument()
            try writer.startElement("a")
            try writer.attribute("v", Self.tricky + "\n\t\r")
            try writer.text(Self.tricky + "\r\n")
            try writer.endElement()
        }
        #expect(
            output == Self.declaration
                + "<a v=\"&lt;&amp;&gt;&quot;' 中文 🌍 ]]&gt;&#10;&#9;&#13;\">&lt;&amp;&gt;&quot;' 中文 🌍 ]]&gt;&#13;\n</a>\n"
        )
    }

    @Test func roundTripThroughTheReader() throws {
        let output = try written { writer in
            try writer.startDocument()
            try writer.startElement("xliff", namespace: "urn:x")
            try writer.namespaceDeclaration(prefix: "mda", uri: "urn:m")
            try writer.attribute("lang", "ko", prefix: "xml", namespace: XMLName.xmlNamespace)
            try writer.attribute("note", Self.tricky + "\n\t\r")
            try writer.raw("\n  ")
            try writer.comment(" 주석 ")
            try writer.startElement("meta", prefix: "mda")
            try writer.attribute("k", "v", prefix: "fs", namespace: "urn:fs")
            try writer.text(Self.tricky + "\r\n")
            try writer.cdata(Self.tricky)
            try writer.processingInstruction(target: "pi", data: "데이터")
            try writer.endElement()
            try writer.raw("\n")
            try writer.endElement()
        }
        let events = try events(of: output)
        let starts = elementStarts(events)
        #expect(
            starts.map(\.name) == [
                XMLName(local: "xliff", namespace: "urn:x"), XMLName(local: "meta", prefix: "mda", namespace: "urn:m"),
            ])
        #expect(starts[0].attribute("lang", namespace: XMLName.xmlNamespace) == "ko")
        #expect(starts[0].attribute("note") == Self.tricky + "\n\t\r")
        #expect(
            Set(starts[0].namespaceDeclarations) == [
                XMLNamespaceDeclaration(prefix: nil, uri: "urn:x"),
                XMLNamespaceDeclaration(prefix: "mda", uri: "urn:m"),
            ])
        #expect(starts[1].attribute("k", namespace: "urn:fs") == "v")
        #expect(
            Array(events.dropFirst()) == [
                .text("\n  "), .comment(" 주석 "), events[3],
                .text(Self.tricky + "\r\n"), .cdata(Self.tricky), .processingInstruction(target: "pi", data: "데이터"),
                .endElement(starts[1].name), .text("\n"), .endElement(starts[0].name),
            ])
    }

    @Test func mixedContentIsKeptExactly() throws {
        let output = try written { writer in
            try writer.startElement("unit")
            try writer.raw("\n  ")
            try writer.startElement("source")
            try writer.text("Click ")
            try writer.startElement("ph")
            try writer.attribute("id", "1")
            try writer.endElement()
            try writer.text(" to save")
            try writer.endElement()
            try writer.raw("\n")
            try writer.endElement()
        }
        #expect(output == "<unit>\n  <source>Click <ph id=\"1\"/> to save</source>\n</unit>\n")
        let source = try events(of: output).drop { $0 != start("source").withPosition(line: 2, column: 3) }
        #expect(
            Array(source.prefix(6)) == [
                start("source").withPosition(line: 2, column: 3), .text("Click "),
                start("ph", ["id": "1"]).withPosition(line: 2, column: 17), end("ph"), .text(" to save"), end("source"),
            ])
    }

    @Test func namespacesAreDeclaredWhereAsked() throws {
        let output = try written { writer in
            try writer.startElement("xliff", namespace: "urn:x")
            try writer.attribute("lang", "en", prefix: "xml", namespace: XMLName.xmlNamespace)
            try writer.startElement("g", prefix: "p", namespace: "urn:p")
            try writer.attribute("a", "1", prefix: "p", namespace: "urn:p")
            try writer.endElement()
            try writer.endElement()
        }
        #expect(output == "<xliff xml:lang=\"en\" xmlns=\"urn:x\"><p:g p:a=\"1\" xmlns:p=\"urn:p\"/></xliff>\n")
    }

    @Test func sinkReceivesChunks() throws {
        var chunks: [[UInt8]] = []
        let writer = XMLWriter { chunks.append($0) }
        try writer.startElement("r")
        for index in 0..<20_000 {
            try writer.startElement("s")
            try writer.text("segment \(index) ünïcödé")
            try writer.endElement()
        }
        #expect(try writer.finish() == [])
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0.count <= 64 * 1024 })
        let events = try events(of: chunks.flatMap { $0 })
        #expect(events.count == 2 + 3 * 20_000)
        #expect(events[20] == .text("segment 6 ünïcödé"))
    }

    struct DiskFull: Error, Equatable {}

    @Test func sinkErrorsAreRethrown() throws {
        let writer = XMLWriter { _ in throw DiskFull() }
        try writer.startElement("r")
        #expect(throws: DiskFull()) {
            for _ in 0..<10_000 { try writer.text(String(repeating: "x", count: 100)) }
        }
        #expect(throws: DiskFull()) { try writer.finish() }
    }

    @Test func refusesWhatWouldNotBeWellFormed() throws {
        let writer = XMLWriter()
        let cases: [(String, () throws -> Void)] = [
            ("endElement() without an open element", { try writer.endElement() }),
            ("text must be inside an element", { try writer.text("x") }),
            ("\"1a\" is not an XML name", { try writer.startElement("1a") }),
            ("\"a:b\" is not an XML name", { try writer.startElement("a:b") }),
            ("character U+0001 is not allowed in XML 1.0", { try writer.comment("\u{1}") }),
        ]
        for (message, body) in cases {
            #expect(throws: XMLError(kind: .notWellFormed, file: "<output>", message: message)) { try body() }
        }
        try writer.startElement("a")
        #expect(throws: XMLError.self) { try writer.text("bell \u{7}") }
        #expect(throws: XMLError.self) { try writer.text("nul \u{0} cuts C strings") }
        #expect(throws: XMLError.self) { try writer.comment("a -- b") }
        #expect(throws: XMLError.self) { try writer.processingInstruction(target: "xml", data: "") }
        #expect(throws: XMLError.self) { try writer.attribute("x", "1", namespace: "urn:x") }
        try writer.text("content")
        #expect(throws: XMLError.self) { try writer.attribute("late", "1") }
        try writer.endElement()
        #expect(
            throws: XMLError(
                kind: .notWellFormed, file: "<output>", message: "a document has one root element, and it is closed")
        ) {
            try writer.startElement("second")
        }
        #expect(String(decoding: try writer.finish(), as: UTF8.self) == "<a>content</a>\n")
        #expect(throws: XMLError(kind: .notWellFormed, file: "<output>", message: "the writer is finished")) {
            try writer.finish()
        }
    }

    @Test func finishClosesOpenElements() throws {
        let output = try written { writer in
            try writer.startElement("a")
            try writer.startElement("b")
            try writer.text("x")
        }
        #expect(output == "<a><b>x</b></a>\n")
    }
}
