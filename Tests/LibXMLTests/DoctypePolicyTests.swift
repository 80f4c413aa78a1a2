import Foundation
import Testing

@testable import LibXML

/// `DoctypePolicy.ignoreExternalDTD`: TMX and TBX files name their DTD; it must never be read.
@Suite struct DoctypePolicyTests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4"><header srclang="en"/><body/></tmx>
        """

    private func read(_ xml: String, doctype: XMLReader.DoctypePolicy) throws -> [XMLEvent] {
        try XMLReader(bytes: Array(xml.utf8), url: "doc.tmx", doctype: doctype).allEvents()
    }

    @Test func refusedByDefault() {
        let error = #expect(throws: XMLError.self) { try read(Self.tmx, doctype: .refuse) }
        #expect(error?.kind == .hostile)
        #expect(error?.line == 2)
    }

    @Test(arguments: [1, 5, 4096])
    func externalIdentifierIsIgnored(chunkSize: Int) throws {
        let events = try XMLReader(
            bytes: Array(Self.tmx.utf8), url: "doc.tmx", doctype: .ignoreExternalDTD, chunkSize: chunkSize
        )
        .allEvents()
        #expect(elementStarts(events).map(\.name.local) == ["tmx", "header", "body"])
        #expect(elementStarts(events).first?.line == 3)
    }

    @Test func publicIdentifierIsIgnored() throws {
        let tbx =
            "<!DOCTYPE martif PUBLIC \"ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN\" \"TBXcdv04.dtd\">\n<martif/>"
        #expect(try read(tbx, doctype: .ignoreExternalDTD).count == 2)
    }

    @Test func internalSubsetIsStillRefused() {
        let xml = "<!DOCTYPE r SYSTEM \"r.dtd\" [<!ENTITY e \"x\">]><r>&e;</r>"
        let error = #expect(throws: XMLError.self) { try read(xml, doctype: .ignoreExternalDTD) }
        #expect(error?.kind == .hostile)
    }

    @Test func theDTDIsNeverRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = "SECRET-\(UUID().uuidString)"
        let dtd = try directory.write(
            "evil.dtd", "<!ENTITY leak \"\(secret)\"><!ATTLIST r leaked CDATA \"\(secret)\"><!BROKEN")
        let events = try read("<!DOCTYPE r SYSTEM \"file://\(dtd)\"><r/>", doctype: .ignoreExternalDTD)
        // Reading the DTD would fail on `<!BROKEN`, or add the `leaked` attribute.
        #expect(withoutPositions(events) == [start("r"), end("r")])
        #expect(!"\(events)".contains(secret))
        let error = #expect(throws: XMLError.self) {
            try read("<!DOCTYPE r SYSTEM \"file://\(dtd)\"><r>&leak;</r>", doctype: .ignoreExternalDTD)
        }
        #expect(error.map { [.hostile, .notWellFormed].contains($0.kind) } == true)
        #expect(!"\(String(describing: error))".contains(secret))
    }

    @Test func realTMXFromTheCorpus() throws {
        let path = try SharedFolder.require("corpus/tmx/okapi-ExportTest1A.tmx")
        #expect(throws: XMLError.self) { try XMLReader(contentsOf: path).allEvents() }
        let events = try XMLReader(contentsOf: path, doctype: .ignoreExternalDTD).allEvents()
        #expect(elementStarts(events).first?.name.local == "tmx")
    }
}
