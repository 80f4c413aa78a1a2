import Testing

@testable import LibXML

@Suite struct LineNumberTests {
    private func positions(_ xml: String, chunkSize: Int = XMLReader.defaultChunkSize) throws -> [String: [Int]] {
        let starts = elementStarts(try events(of: xml, chunkSize: chunkSize))
        return Dictionary(uniqueKeysWithValues: starts.map { ($0.name.local, [$0.line, $0.column]) })
    }

    @Test(arguments: [1, 16, XMLReader.defaultChunkSize])
    func elementsAreLocatedAtTheirLessThanSign(_ chunkSize: Int) throws {
        let xml = """
            <?xml version="1.0"?>
            <root>
              <a x="1"/><b>text</b>
            \t<c
                  y="2"
               z="3">한국어 <d/></c>
            <e/></root>
            """
        #expect(
            try positions(xml, chunkSize: chunkSize) == [
                "root": [2, 1], "a": [3, 3], "b": [3, 13], "c": [4, 2], "d": [6, 14], "e": [7, 1],
            ])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        #expect(try positions("<r>äöü 中文 🌍<x/></r>") == ["r": [1, 1], "x": [1, 12]])
    }

    @Test func linesBeyond65535AreExact() throws {
        // libxml2 2.9 stores at most 65535 in a node's line; we take lines from the parser instead.
        let xml =
            "<r>" + String(repeating: "\n", count: 70_000) + "<a/>\n  <b>\n</b>"
            + String(repeating: "\n", count: 100_000) + "<c/></r>"
        #expect(try positions(xml) == ["r": [1, 1], "a": [70_001, 1], "b": [70_002, 3], "c": [170_003, 1]])
    }

    @Test func errorsCarryLineAndColumn() throws {
        let error = #expect(throws: XMLError.self) { try events(of: "<a>\n  <b>x</c>\n</a>") }
        #expect(error?.kind == .notWellFormed)
        #expect(error?.file == "test.xml")
        #expect(error?.line == 2)
        #expect(error?.column == 11)  // libxml2 reports mismatched end tags after their `>`
        #expect(error?.description == "test.xml:2:11: Opening and ending tag mismatch: b line 2 and c")
    }

    @Test func errorMessagesAreOneLine() throws {
        let error = #expect(throws: XMLError.self) { try events(of: [0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) }
        let message = try #require(error?.message)
        #expect(!message.contains("\n"))
        #expect(message == "Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0x3C 0x2F 0x61")
    }
}
