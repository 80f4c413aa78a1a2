import Testing

@testable import LibXML

@Suite struct ReaderEventTests {
    static let xliff = "urn:oasis:names:tc:xliff:document:2.0"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"

    @Test func elementsTextAndAttributes() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(Self.xliff)" xmlns:mda="\(Self.metadata)" version="2.0" srcLang="en" xml:lang="de"><file id="f1" mda:x="1">Hi &amp; bye</file></xliff>
            """
        let events = try events(of: xml)
        #expect(events.count == 5)
        let starts = elementStarts(events)
        #expect(
            starts.map(\.name) == [
                XMLName(local: "xliff", namespace: Self.xliff),
                XMLName(local: "file", namespace: Self.xliff),
            ])
        let xliff = try #require(starts.first)
        #expect(
            xliff.namespaceDeclarations == [
                XMLNamespaceDeclaration(prefix: nil, uri: Self.xliff),
                XMLNamespaceDeclaration(prefix: "mda", uri: Self.metadata),
            ])
        #expect(xliff.attributes.map(\.name.qualified) == ["version", "srcLang", "xml:lang"])
        #expect(xliff.attribute("srcLang") == "en")
        #expect(xliff.attribute("lang") == nil)
        #expect(xliff.attribute("lang", namespace: XMLName.xmlNamespace) == "de")
        let file = starts[1]
        #expect(file.attribute("x", namespace: Self.metadata) == "1")
        #expect(file.attributes[1].name == XMLName(local: "x", prefix: "mda", namespace: Self.metadata))
        #expect(events[2] == .text("Hi & bye"))
        #expect(events[3] == .endElement(XMLName(local: "file", namespace: Self.xliff)))
        #expect(events[4] == .endElement(XMLName(local: "xliff", namespace: Self.xliff)))
    }

    @Test func emptyElementsHaveStartAndEnd() throws {
        let events = withoutPositions(try events(of: "<a><b/><c></c><d x='1' /></a>"))
        #expect(
            events == [
                start("a"), start("b"), end("b"), start("c"), end("c"), start("d", ["x": "1"]), end("d"), end("a"),
            ])
    }

    @Test func cdataIsReportedApartFromText() throws {
        let events = withoutPositions(try events(of: "<a>x<![CDATA[<b>&amp;</b>]]>y<![CDATA[]]></a>"))
        #expect(events == [start("a"), .text("x"), .cdata("<b>&amp;</b>"), .text("y"), .cdata(""), end("a")])
    }

    @Test func longCDATAAndTextComeAsOneEventEach() throws {
        let long = String(repeating: "abc ", count: 5_000)
        let events = withoutPositions(try events(of: "<a><![CDATA[\(long)]]><![CDATA[!]]>\(long)</a>", chunkSize: 100))
        #expect(events == [start("a"), .cdata(long + "!"), .text(long), end("a")])
    }

    @Test func commentsAndProcessingInstructions() throws {
        let events = withoutPositions(
            try events(of: "<?pi before?><!-- c1 --><a><?target some data?><!--c2--></a><!--after-->"))
        #expect(
            events == [
                .processingInstruction(target: "pi", data: "before"), .comment(" c1 "), start("a"),
                .processingInstruction(target: "target", data: "some data"), .comment("c2"), end("a"),
                .comment("after"),
            ])
    }

    @Test func textIsUnescaped() throws {
        let events = try events(of: "<a>&lt;&gt;&amp;&quot;&apos;&#x4E2D;&#25991; \r\n</a>")
        #expect(events[1] == .text("<>&\"'中文 \n"))
    }

    @Test func attributeValuesAreUnescapedAndNormalised() throws {
        let events = try events(
            of: "<a v=\"x &amp; y &#38; z &lt; &#60; &quot; &apos;&#10;tab&#9;nl\nnext &amp;#38;\"/>")
        #expect(elementStarts(events).first?.attribute("v") == "x & y & z < < \" '\ntab\tnl next &#38;")
    }

    @Test func whitespaceBetweenElementsIsText() throws {
        let events = withoutPositions(try events(of: "<a>\n  <b/>\n</a>"))
        #expect(events == [start("a"), .text("\n  "), start("b"), end("b"), .text("\n"), end("a")])
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 4096])
    func sameEventsForAnyChunkSize(_ chunkSize: Int) throws {
        let xml = """
            <?xml version="1.0"?>
            <!-- 주석 --><r xmlns:p="urn:p" p:a="é&amp;ü"><p:s>Grüße, 世界 🌍 &lt;x&gt;</p:s>
            <![CDATA[ a ]]] ]]><e/><?pi 데이터?></r>
            """
        let expected = try events(of: xml)
        #expect(try events(of: xml, chunkSize: chunkSize) == expected)
        #expect(expected.count == 11)
    }

    @Test func undeclaredPrefixIsNotWellFormed() throws {
        let error = #expect(throws: XMLError.self) { try events(of: "<a>\n<x:b/></a>") }
        #expect(error?.kind == .notWellFormed)
        #expect(error?.line == 2)
    }

    @Test func eventsBeforeAnErrorAreDeliveredThenTheErrorRepeats() throws {
        let reader = try XMLReader(bytes: Array("<a><b>text</b><c></a>".utf8), url: "broken.xml")
        #expect(try reader.next() == start("a", [:]).withPosition(line: 1, column: 1))
        #expect(try reader.next() == start("b", [:]).withPosition(line: 1, column: 4))
        #expect(try reader.next() == .text("text"))
        #expect(try reader.next() == end("b"))
        #expect(try reader.next() == start("c", [:]).withPosition(line: 1, column: 15))
        let first = #expect(throws: XMLError.self) { try reader.next() }
        let second = #expect(throws: XMLError.self) { try reader.next() }
        #expect(first == second)
        #expect(first?.description.hasPrefix("broken.xml:1:") == true)
    }

    @Test func endOfDocumentRepeats() throws {
        let reader = try XMLReader(bytes: Array("<a/>".utf8), url: "a.xml")
        #expect(try reader.allEvents().count == 2)
        #expect(try reader.next() == nil)
        #expect(reader.url == "a.xml")
    }
}

extension XMLEvent {
    func withPosition(line: Int, column: Int) -> XMLEvent {
        guard case .startElement(var start) = self else { return self }
        start.line = line
        start.column = column
        return .startElement(start)
    }
}
