import Foundation
import Testing

@testable import LibXML

@Suite struct ReaderFileTests {
    @Test func readsAFileFromDisk() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("doc.xml", "<a>\n  <b x=\"ü\">text</b>\n</a>\n")
        let reader = try XMLReader(contentsOf: path)
        #expect(reader.url == path)
        let events = try reader.allEvents()
        #expect(
            events == [
                start("a").withPosition(line: 1, column: 1), .text("\n  "),
                start("b", ["x": "ü"]).withPosition(line: 2, column: 3),
                .text("text"), end("b"), .text("\n"), end("a"),
            ])
    }

    @Test func errorsNameTheFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("bad.xml", "<a>\n</b>")
        let error = #expect(throws: XMLError.self) { try XMLReader(contentsOf: path).allEvents() }
        #expect(error?.file == path)
        #expect(error?.line == 2)
    }

    @Test func missingFileIsUnreadable() {
        let path = "/nonexistent/\(UUID().uuidString).xml"
        let error = #expect(throws: XMLError.self) { try XMLReader(contentsOf: path) }
        #expect(error?.kind == .unreadable)
        #expect(error?.file == path)
        #expect(error?.message == "cannot read \(path): No such file or directory")
    }

    @Test func directoryIsUnreadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let error = #expect(throws: XMLError.self) { try XMLReader(contentsOf: directory.path) }
        #expect(error?.kind == .unreadable)
        #expect(error?.message.hasSuffix("Is a directory") == true)
    }

    @Test func emptyFileIsNotWellFormed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("empty.xml", "")
        let error = #expect(throws: XMLError.self) { try XMLReader(contentsOf: path).allEvents() }
        #expect(error == XMLError(kind: .notWellFormed, file: path, line: 1, column: 1, message: "Document is empty"))
    }

    @Test func fileOf2GiBIsTooLarge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/huge.xml"
        // Sparse: takes no disk space, and is refused before a byte is read.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(XMLReader.maximumInputSize)) == 0)
        let elapsed = ContinuousClock().measure {
            let error = #expect(throws: XMLError.self) { try XMLReader(contentsOf: path) }
            #expect(error?.kind == .tooLarge)
            #expect(error?.file == path)
        }
        #expect(elapsed < .seconds(1))
    }

    @Test func memoryDoesNotGrowWithTheFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/big.xml"
        let unit =
            "<unit id=\"u\"><source>" + String(repeating: "Lorem ipsum dolor sit amet. ", count: 36)
            + "</source></unit>\n"
        let blocks = 16 * 1024 * 1024 / (1024 * unit.utf8.count)
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("<units>\n".utf8))
        let block = Data(String(repeating: unit, count: 1024).utf8)
        for _ in 0..<blocks { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data("</units>\n".utf8))
        try handle.close()

        let reader = try XMLReader(contentsOf: path)
        var sources = 0
        var mostBuffered = 0
        while let event = try reader.next() {
            mostBuffered = max(mostBuffered, reader.bufferedByteCount)
            if case .startElement(let start) = event, start.name.local == "source" { sources += 1 }
        }
        #expect(sources == blocks * 1024)
        #expect(mostBuffered > 0)
        #expect(mostBuffered < 256 * 1024, "held \(mostBuffered) bytes of a 16 MB file")
    }
}
