import Foundation
import Testing

@testable import LibXML

/// Attacks from LIBXML2.md §3 and other inputs that must fail fast, located, and without reading
/// anything but the input. The time bound is a safety limit, not a benchmark: a regression here
/// takes seconds to hours, not a few milliseconds.
@Suite struct HostileInputTests {
    struct Outcome {
        var error: XMLError?
        var events: [XMLEvent]

        /// Everything the reader produced, as text, to check that nothing leaked into it.
        var transcript: String { "\(String(describing: error)) \(events)" }
    }

    /// Reads `bytes` to the end; expects a located failure of one of `kinds` within a second.
    @discardableResult
    private func refusal(
        _ bytes: [UInt8],
        kinds: Set<XMLError.Kind> = [.hostile, .notWellFormed],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        var outcome = Outcome(events: [])
        let elapsed = ContinuousClock().measure {
            do {
                let reader = try XMLReader(bytes: bytes, url: "hostile.xml")
                while let event = try reader.next() { outcome.events.append(event) }
            } catch {
                outcome.error = error as? XMLError
            }
        }
        #expect(elapsed < .seconds(1), "took \(elapsed)", sourceLocation: sourceLocation)
        guard let error = outcome.error else {
            Issue.record("accepted: \(outcome.events.prefix(5))", sourceLocation: sourceLocation)
            return outcome
        }
        #expect(kinds.contains(error.kind), "\(error)", sourceLocation: sourceLocation)
        #expect(error.file == "hostile.xml", sourceLocation: sourceLocation)
        #expect(error.line >= 1 && error.column >= 1, "\(error)", sourceLocation: sourceLocation)
        return outcome
    }

    @discardableResult
    private func refusal(
        _ xml: String, kinds: Set<XMLError.Kind> = [.hostile, .notWellFormed],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        refusal(Array(xml.utf8), kinds: kinds, sourceLocation: sourceLocation)
    }

    /// A file only an attack could read, with content that must never show up anywhere.
    private func withSecretFile(_ body: (_ path: String, _ secret: String) throws -> Void) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = "SECRET-\(UUID().uuidString)"
        try body(try directory.write("secret.txt", secret), secret)
    }

    @Test func externalEntityToAFile() throws {
        try withSecretFile { path, secret in
            let outcome = refusal(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file://\(path)\">]>\n<r>&xxe;</r>",
                kinds: [.hostile])
            #expect(outcome.error?.line == 2)
            #expect(!outcome.transcript.contains(secret))
            #expect(outcome.events.isEmpty)
        }
    }

    @Test func externalParameterEntity() throws {
        try withSecretFile { path, secret in
            let directory = (path as NSString).deletingLastPathComponent
            let dtd = try String(contentsOfFile: path, encoding: .utf8)
            try "<!ENTITY leak \"\(dtd)\">".write(toFile: directory + "/remote.dtd", atomically: true, encoding: .utf8)
            let outcome = refusal(
                "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"file://\(directory)/remote.dtd\"> %remote;]><r>&leak;</r>",
                kinds: [.hostile])
            #expect(!outcome.transcript.contains(secret))
        }
    }

    @Test func externalDTD() throws {
        try withSecretFile { path, secret in
            let outcome = refusal("<!DOCTYPE r SYSTEM \"file://\(path)\"><r/>", kinds: [.hostile])
            #expect(!outcome.transcript.contains(secret))
        }
    }

    @Test func networkEntity() {
        refusal("<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]><r>&x;</r>", kinds: [.hostile])
    }

    @Test func billionLaughs() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        refusal(xml, kinds: [.hostile])
    }

    @Test func quadraticBlowup() {
        let entity = String(repeating: "a", count: 50_000)
        let references = String(repeating: "&a;", count: 50_000)
        refusal("<!DOCTYPE r [<!ENTITY a \"\(entity)\">]><r>\(references)</r>", kinds: [.hostile])
    }

    @Test func deepNesting() {
        let outcome = refusal(
            String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000), kinds: [.hostile])
        #expect(outcome.error?.message.contains("256") == true)
        #expect(outcome.events.count == XMLReader.maximumDepth)
    }

    @Test func invalidUTF8() {
        let outcome = refusal(Array("<a>caf".utf8) + [0xE9] + Array("</a>".utf8), kinds: [.notWellFormed])
        #expect(outcome.error?.column == 7)
    }

    @Test func truncatedInput() {
        let outcome = refusal("<xliff><file><unit><segment><source>Hello", kinds: [.notWellFormed])
        #expect(outcome.error?.description == "hostile.xml:1:42: premature end of document: <source> is not closed")
        #expect(outcome.events.count == 6)
    }

    @Test func emptyInput() {
        let outcome = refusal([UInt8](), kinds: [.notWellFormed])
        #expect(outcome.error?.description == "hostile.xml:1:1: Document is empty")
    }

    @Test func whitespaceOnly() {
        let outcome = refusal("  \n ", kinds: [.notWellFormed])
        #expect(outcome.error?.message == "document has no root element")
    }

    @Test func notXMLAtAll() {
        let outcome = refusal("Hello, world!\nThis is not XML.", kinds: [.notWellFormed])
        #expect(outcome.error?.description == "hostile.xml:1:1: Start tag expected, '<' not found")
    }

    @Test func binaryGarbage() {
        refusal((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }, kinds: [.notWellFormed])
    }

    @Test func undeclaredEntityReference() {
        refusal("<a>&foo;</a>", kinds: [.notWellFormed])
    }

    @Test func doctypeAfterACommentIsStillRefused() {
        refusal("<!-- harmless -->\n<!DOCTYPE r><r/>", kinds: [.hostile])
    }

    @Test func textRunOverTheLimit() {
        refusal(
            Array("<a>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: XMLReader.maximumTextLength + 1)
                + Array("</a>".utf8), kinds: [.tooLarge])
    }

    @Test func xincludeIsNotProcessed() throws {
        try withSecretFile { path, secret in
            let xml =
                "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file://\(path)\" parse=\"text\"/></r>"
            let events = try events(of: xml)
            #expect(elementStarts(events).map(\.name.local) == ["r", "include"])
            #expect(!"\(events)".contains(secret))
        }
    }

    @Test func inputOf2GiBOrMoreIsTooLarge() {
        // Allocating 2 GiB in a test is not an option; the same check runs on every chunk.
        #expect(throws: XMLError.inputTooLarge("big.xml", limit: XMLReader.maximumInputSize)) {
            try XMLReader.checkSize(XMLReader.maximumInputSize, url: "big.xml")
        }
        #expect(throws: Never.self) { try XMLReader.checkSize(XMLReader.maximumInputSize - 1, url: "big.xml") }
    }
}
