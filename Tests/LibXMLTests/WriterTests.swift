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
    @Test func withoutTheDeclarationNonASCIIAttributeValuesAreReferences() throws {
        let output = try written { writer in
            try writer.startElement("a")
            try writer.attribute("v", "é中🌍\t")
            try writer.text("é中🌍\t")
        }
        #expect(output == "<a v=\"&#xE9;&#x4E2D;&#x1F30D;&#9;\">é中🌍\t</a>\n")
    }

    /// As libxml2 wrote them: after the attributes, the last asked for first.
    @Test func namespaceDeclarationsFollowTheAttributes() throws {
        let output = try written { writer in
            try writer.startElement("r", prefix: "a", namespace: "urn:a")
            try writer.attribute("x", "1", prefix: "b", namespace: "urn:b")
            try writer.attribute("y", "2")
            try writer.startElement("c")
            try writer.endElement()
        }
        #expect(output == "<a:r b:x=\"1\" y=\"2\" xmlns:b=\"urn:b\" xmlns:a=\"urn:a\"><c/></a:r>\n")
        let clash = XMLWriter()
        try clash.startElement("r", prefix: "a", namespace: "urn:a")
        #expect(throws: XMLError.self) { try clash.attribute("x", "1", prefix: "a", namespace: "urn:other") }
    }

    @Test(arguments: [("\u{FFFE}", "FFFE"), ("\u{FFFF}", "FFFF"), ("\u{1F}", "001F"), ("\u{0}", "0000")])
    func noncharactersAndControlsAreRefused(character: String, code: String) throws {
        let writer = XMLWriter()
        try writer.startElement("a")
        let message = "character U+\(code) is not allowed in XML 1.0"
        for text in [character, "long text before it: " + character, "한국어 문장 " + character + " 뒤"] {
            #expect(throws: XMLError(kind: .notWellFormed, file: "<output>", message: message)) { try writer.text(text) }
            #expect(throws: XMLError(kind: .notWellFormed, file: "<output>", message: message)) { try writer.attribute("v", text) }
        }
        // U+FFFD and the characters around the refused ones are fine.
        try writer.text("\u{FFFD}\u{FFEF}\u{EFBF}\u{10FFFF}\t\n\r")
    }

    /// Long texts are scanned eight bytes at a time: a character to escape anywhere in them is found.
    @Test func escapingFindsEveryCharacterWhereverItIs() throws {
        func escaped(_ text: String, attribute: Bool) -> String {
            var result = ""
            for character in text.unicodeScalars {
                switch character {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "\r": result += "&#13;"
                case "\n" where attribute: result += "&#10;"
                case "\t" where attribute: result += "&#9;"
                default: result.unicodeScalars.append(character)
                }
            }
            return result
        }
        let filler = Array("abcdefgh한국어🌍é".unicodeScalars)
        for special in ["&", "<", ">", "\"", "\r", "\n", "\t", "'"] {
            for position in 0..<20 {
                var text = String(String.UnicodeScalarView((0..<20).map { filler[$0 % filler.count] }))
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: min(position, text.count)))
                let output = try written { writer in
                    try writer.startDocument()
                    try writer.startElement("a")
                    try writer.attribute("v", text)
                    try writer.text(text)
                }
                #expect(output == Self.declaration + "<a v=\"\(escaped(text, attribute: true))\">\(escaped(text, attribute: false))</a>\n")
            }
        }
    }
}
