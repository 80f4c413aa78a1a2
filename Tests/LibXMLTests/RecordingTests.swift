import Foundation
import Testing

@testable import LibXML

/// A reader that records the root's children must give, once the recordings are replayed, exactly
/// the events a reader that builds them at once gives: same names, attributes, positions, text.
@Suite struct RecordingTests {
    /// The events inside the root of `bytes`, as a plain reader reports them.
    private func childEvents(_ bytes: [UInt8], chunkSize: Int) throws -> [XMLEvent] {
        let events = try XMLReader(bytes: bytes, url: "doc.xml", chunkSize: chunkSize).allEvents()
        var inside: [XMLEvent] = []
        var depth = 0
        for event in events {
            if case .startElement = event { depth += 1 }
            // Only what lies inside a child of the root, the child included, is recorded.
            if depth >= 2 { inside.append(event) }
            if case .endElement = event { depth -= 1 }
        }
        return inside
    }

    private func replayedEvents(_ bytes: [UInt8], chunkSize: Int) throws -> (root: XMLEvent?, events: [XMLEvent]) {
        let reader = try XMLReader(bytes: bytes, url: "doc.xml", chunkSize: chunkSize)
        reader.recordElements(atDepth: 2)
        var root: XMLEvent?
        while root == nil, let event = try reader.next() {
            if case .startElement = event { root = event }
        }
        var events: [XMLEvent] = []
        while let recording = try reader.nextRecording() {
            let replay = XMLEventReplay(recording)
            while let event = replay.next() { events.append(event) }
        }
        return (root, events)
    }

    /// Where two event lists first differ, described briefly (the lists can be long).
    private func firstDifference(_ a: [XMLEvent], _ b: [XMLEvent]) -> String? {
        guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else {
            return a.count == b.count ? nil : "\(a.count) events instead of \(b.count)"
        }
        return "event \(index): \(String(describing: a[index]).prefix(300)) instead of \(String(describing: b[index]).prefix(300))"
    }

    static let documents = [
        #"<r><a x="1" y="&amp;&lt;"><b>text &amp; more</b><![CDATA[<raw>]]><!--c--><?pi data?></a> <c/></r>"#,
        #"<x:r xmlns:x="urn:x" xmlns="urn:d"><f id="1" x:k="v"><u>한국어 텍스트</u>tail</f><f/></x:r>"#,
        "<r>\n  <f>\n    <u>" + String(repeating: "long text ", count: 5000) + "</u>\n  </f>\n</r>",
    ]

    @Test(arguments: documents.indices, [1, 7, 64 * 1024])
    func replayEqualsDirectEvents(document: Int, chunkSize: Int) throws {
        let bytes = Array(Self.documents[document].utf8)
        let replayed = try replayedEvents(bytes, chunkSize: chunkSize)
        let direct = try childEvents(bytes, chunkSize: chunkSize)
        #expect(firstDifference(replayed.events, direct) == nil)
        #expect(replayed.root == (try XMLReader(bytes: bytes, url: "doc.xml").next()))
    }

    @Test func everyCorpusXLIFFReplaysExactly() throws {
        let corpus = try SharedFolder.require("corpus")
        var checked = 0
        for folder in ["xliff12", "xliff2", "xliff-invalid"] {
            let directory = corpus + "/" + folder
            let names = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
            for name in names.sorted() where ["xlf", "xliff", "xlf2", "sdlxliff"].contains(URL(fileURLWithPath: name).pathExtension) {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
                let direct = try? childEvents(bytes, chunkSize: 4096)
                guard let direct else { continue }  // files a plain reader refuses are another test's
                #expect(firstDifference(try replayedEvents(bytes, chunkSize: 4096).events, direct) == nil, "\(folder)/\(name)")
                checked += 1
            }
        }
        #expect(checked > 150)
    }

    /// Skipping an element in a replay lands where skipping it among direct events lands.
    @Test func skippingInAReplayMatchesSkippingEvents() throws {
        let bytes = Array(Self.documents[0].utf8)
        let reader = try XMLReader(bytes: bytes, url: "doc.xml")
        reader.recordElements(atDepth: 2)
        _ = try reader.next()
        let replay = XMLEventReplay(try #require(try reader.nextRecording()))
        #expect(withoutPositions([replay.next()!, replay.next()!]) == [start("a", ["x": "1", "y": "&<"]), start("b")])
        replay.skipElement()
        #expect(replay.next() == .cdata("<raw>"))
        _ = replay.next()
        _ = replay.next()
        #expect(replay.next() == end("a"))
        #expect(replay.next() == nil)
    }

    /// The events of every recorded element, replayed piece by piece as `XMLRecordedPieces` takes them.
    private func replayedInPieces(_ bytes: [UInt8], pieceSize: Int, chunkSize: Int) throws -> [XMLEvent] {
        let reader = try XMLReader(bytes: bytes, url: "doc.xml", chunkSize: chunkSize)
        reader.recordElements(atDepth: 2, pieceSize: pieceSize)
        _ = try reader.next()
        var events: [XMLEvent] = []
        while let recording = try reader.nextRecording() {
            let pieces = XMLRecordedPieces(first: recording, reader: reader)
            while let event = try pieces.next() { events.append(event) }
        }
        return events
    }

    static let manyChildren = "<r><f>" + (1...200).map { #"<u id="\#($0)">text \#($0) <b>bold</b></u>"# }.joined() + "</f><g/></r>"

    @Test(arguments: [1, 100, 4096], [7, 64 * 1024])
    func elementsInPiecesReplayAsTheDirectEvents(pieceSize: Int, chunkSize: Int) throws {
        for document in Self.documents + [Self.manyChildren] {
            let bytes = Array(document.utf8)
            let direct = try childEvents(bytes, chunkSize: chunkSize)
            #expect(firstDifference(try replayedInPieces(bytes, pieceSize: pieceSize, chunkSize: chunkSize), direct) == nil)
        }
    }

    /// A large element comes in pieces no larger than the size asked for and what one end tag closes.
    @Test func largeElementsComeInBoundedPieces() throws {
        let reader = try XMLReader(bytes: Array(Self.manyChildren.utf8), url: "doc.xml", chunkSize: 512)
        reader.recordElements(atDepth: 2, pieceSize: 100)
        _ = try reader.next()
        var pieces: [XMLEventRecording] = []
        while let piece = try reader.nextRecording() { pieces.append(piece) }
        // <f> in pieces, the last of which ends it; then <g/> whole.
        #expect(pieces.count > 50)
        #expect(pieces.dropLast(2).allSatisfy { !$0.endsElement })
        #expect(pieces.suffix(2).allSatisfy { $0.endsElement })
        #expect(pieces.allSatisfy { $0.bytes.count < 100 + 60 }, "\(pieces.map(\.bytes.count).max() ?? 0) bytes")
        guard case .startElement(let first) = pieces[0].firstEvent else { return #expect(Bool(false)) }
        #expect(first.name.local == "f")
    }

    /// Skipping an element that spans pieces goes on into the next pieces.
    @Test func skippingAcrossPiecesLandsAfterTheElement() throws {
        let reader = try XMLReader(bytes: Array(Self.manyChildren.utf8), url: "doc.xml")
        reader.recordElements(atDepth: 2, pieceSize: 100)
        _ = try reader.next()
        let pieces = XMLRecordedPieces(first: try #require(try reader.nextRecording()), reader: reader)
        #expect(withoutPositions([try #require(try pieces.next())]) == [start("f")])
        try pieces.skipElement()
        #expect(try pieces.next() == nil)
        let next = try #require(try reader.nextRecording())
        guard case .startElement(let g) = next.firstEvent else { return #expect(Bool(false)) }
        #expect(g.name.local == "g")
    }

    /// Elements left out of a recording replay as if they, and all inside them, were not there.
    @Test(arguments: [nil, 64], [7, 64 * 1024])
    func omittedElementsAreNotReplayed(pieceSize: Int?, chunkSize: Int) throws {
        let document = #"<r xmlns:m="urn:m"><f><m:n a="1">x<m:n>nested</m:n><!--c--><?pi d?></m:n>"#
            + #"<u>kept <n>not in urn:m</n><m:k>t</m:k></u> <m:n/>tail</f><m:n>at depth 2: recorded</m:n></r>"#
        let bytes = Array(document.utf8)
        let reader = try XMLReader(bytes: bytes, url: "doc.xml", chunkSize: chunkSize)
        reader.recordElements(atDepth: 2, pieceSize: pieceSize, omitting: [XMLName(local: "n", namespace: "urn:m")])
        _ = try reader.next()
        var replayed: [XMLEvent] = []
        while let recording = try reader.nextRecording() {
            let pieces = XMLRecordedPieces(first: recording, reader: reader)
            while let event = try pieces.next() { replayed.append(event) }
        }
        // The direct events, less every <m:n> inside a recorded element (with its inside); text
        // on either side of one left out comes as one run.
        var expected: [XMLEvent] = []
        var omittedDepth: Int?
        var depth = 0
        for event in try childEvents(bytes, chunkSize: chunkSize) {
            switch event {
            case .startElement(let start):
                depth += 1
                if omittedDepth == nil && depth > 1 && start.name == XMLName(local: "n", prefix: "m", namespace: "urn:m") {
                    omittedDepth = depth
                }
            case .endElement:
                defer { depth -= 1 }
                if let omitted = omittedDepth {
                    if depth == omitted { omittedDepth = nil }
                    continue
                }
            default: break
            }
            guard omittedDepth == nil else { continue }
            if case .text(let text) = event, case .text(let before) = expected.last {
                expected[expected.count - 1] = .text(before + text)
            } else {
                expected.append(event)
            }
        }
        #expect(firstDifference(replayed, expected) == nil)
        #expect(replayed.contains(.text("kept ")) && replayed.contains(.text(" tail")))
        #expect(!replayed.contains(.text("x")) && !replayed.contains(.text("nested")))
        #expect(replayed.contains(.text("at depth 2: recorded")))
    }

    @Test func errorsInsideARecordedElementAreReportedWithTheirPosition() throws {
        let reader = try XMLReader(bytes: Array("<r>\n<f><u>x</f></r>".utf8), url: "bad.xml")
        reader.recordElements(atDepth: 2)
        _ = try reader.next()
        #expect(throws: XMLError.self) {
            while try reader.nextRecording() != nil {}
        }
    }
}
