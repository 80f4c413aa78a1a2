import Foundation
import Testing

@testable import LibXML

/// Reads a whole document into events.
func events(of xml: String, chunkSize: Int = XMLReader.defaultChunkSize) throws -> [XMLEvent] {
    try events(of: Array(xml.utf8), chunkSize: chunkSize)
}

func events(
    of bytes: [UInt8], url: String = "test.xml", chunkSize: Int = XMLReader.defaultChunkSize
) throws -> [XMLEvent] {
    try XMLReader(bytes: bytes, url: url, chunkSize: chunkSize).allEvents()
}

extension XMLReader {
    func allEvents() throws -> [XMLEvent] {
        var events: [XMLEvent] = []
        while let event = try next() { events.append(event) }
        return events
    }
}

/// The element starts of `events`, for tests about names, attributes and positions.
func elementStarts(_ events: [XMLEvent]) -> [XMLElementStart] {
    events.compactMap {
        guard case .startElement(let start) = $0 else { return nil }
        return start
    }
}

/// Shorthands for expected events.
func start(_ local: String, namespace: String? = nil, _ attributes: [String: String] = [:]) -> XMLEvent {
    .startElement(
        XMLElementStart(
            name: XMLName(local: local, namespace: namespace),
            attributes: attributes.sorted { $0.key < $1.key }.map {
                XMLAttribute(name: XMLName(local: $0.key), value: $0.value)
            }))
}

func end(_ local: String, namespace: String? = nil) -> XMLEvent {
    .endElement(XMLName(local: local, namespace: namespace))
}

/// Events with positions cleared, to compare structure only.
func withoutPositions(_ events: [XMLEvent]) -> [XMLEvent] {
    events.map {
        guard case .startElement(var start) = $0 else { return $0 }
        start.line = 0
        start.column = 0
        return .startElement(start)
    }
}

/// A fresh directory under the system's temporary folder, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "LibXMLTests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The project's `shared` folder (schemas, docs), found next to one of this file's ancestors.
enum SharedFolder {
    static let path: String? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The path of `relative` inside the shared folder; skips the test if there is no shared
    /// folder, or fails it if the environment sets BITEXT_REQUIRE_SHARED=1.
    static func require(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        if let path { return path + "/" + relative }
        let message = "no `shared` folder beside any ancestor of \(#filePath)"
        if ProcessInfo.processInfo.environment["BITEXT_REQUIRE_SHARED"] == "1" {
            throw SharedFolderMissing(description: message + " (BITEXT_REQUIRE_SHARED=1)")
        }
        try Test.cancel(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    struct SharedFolderMissing: Error, CustomStringConvertible {
        var description: String
    }
}
