/// The events of one element, recorded compactly as libxml2 reports them and turned into
/// `XMLEvent`s only when replayed (`XMLEventReplay`).
///
/// Building events costs several times what libxml2's parse costs: a Swift string for every name,
/// value and text, an array for every element's attributes. A reader that records instead only
/// copies bytes, so the one thread that must parse a document in order does little else, and the
/// events are built by whichever thread replays the recording.
public struct XMLEventRecording: Sendable {
    /// The records, one after another (see `Opcode`).
    var bytes: [UInt8] = []
    /// The names the records refer to by number, as the reader had interned them.
    var names: [String] = []
    /// Whether the recording ends its element; false for a piece of a large one (see
    /// `XMLReader.recordElements(atDepth:pieceSize:)`), whose next piece is the next recording.
    public internal(set) var endsElement = true

    /// The size of the recording, as memory holds it.
    public var byteCount: Int { bytes.count }

    /// The first event: the start of the recorded element, for a piece that starts one.
    public var firstEvent: XMLEvent? { XMLEventReplay(self).next() }

    /// What a record holds; every number is a variable-length integer (7 bits a byte).
    enum Opcode: UInt8 {
        /// Name, line, column, namespace declarations (count, then prefix and URI names),
        /// attributes (count, then name and value bytes). A name is three optional names:
        /// local, prefix, namespace.
        case startElement = 1
        case endElement
        /// Length as four bytes, so that libxml2's pieces of one run can be joined in place.
        case text
        case cdata
        case comment
        /// Target bytes, data bytes.
        case processingInstruction
    }

    /// How an optional name is written: absent, spelled out, or the number of an interned one.
    enum NameReference {
        static let absent = 0
        static let inline = 1
        static let firstInterned = 2
    }
}

/// Replays a recording as `XMLEvent`s.
public final class XMLEventReplay: XMLEventSource {
    private var recording: XMLEventRecording
    private var offset = 0
    private var openElements: [XMLName] = []

    public init(_ recording: XMLEventRecording) {
        self.recording = recording
    }

    /// Goes on with the next piece of the element, once this one is replayed.
    func `continue`(with piece: XMLEventRecording) {
        precondition(offset == recording.bytes.count, "XMLEventReplay: a piece is not replayed to its end")
        recording = piece
        offset = 0
    }

    public func next() -> XMLEvent? {
        guard offset < recording.bytes.count else { return nil }
        let opcode = XMLEventRecording.Opcode(rawValue: byte())
        switch opcode {
        case .startElement:
            let start = readStart()
            openElements.append(start.name)
            return .startElement(start)
        case .endElement:
            return .endElement(openElements.popLast() ?? XMLName(local: ""))
        case .text:
            return .text(readString(length: readFixedLength()))
        case .cdata:
            return .cdata(readString(length: readFixedLength()))
        case .comment:
            return .comment(readString())
        case .processingInstruction:
            let target = readString()
            return .processingInstruction(target: target, data: readString())
        case nil:
            preconditionFailure("XMLEventRecording: unknown record at byte \(offset - 1)")
        }
    }

    /// Steps over the records of the element just started without building any event.
    public func skipElement() {
        var depth = 1
        while depth > 0, offset < recording.bytes.count {
            switch XMLEventRecording.Opcode(rawValue: byte()) {
            case .startElement:
                depth += 1
                skipStart()
            case .endElement:
                depth -= 1
                if depth == 0 { _ = openElements.popLast() }
            case .text, .cdata:
                offset += readFixedLength()
            case .comment:
                offset += readNumber()
            case .processingInstruction:
                offset += readNumber()
                offset += readNumber()
            case nil:
                preconditionFailure("XMLEventRecording: unknown record at byte \(offset - 1)")
            }
        }
    }

    private func skipStart() {
        for _ in 0..<3 { skipOptionalName() }
        _ = readNumber()
        _ = readNumber()
        for _ in 0..<2 * readNumber() { skipOptionalName() }
        for _ in 0..<readNumber() {
            for _ in 0..<3 { skipOptionalName() }
            offset += readNumber()
        }
    }

    private func skipOptionalName() {
        if readNumber() == XMLEventRecording.NameReference.inline { offset += readNumber() }
    }

    private func readStart() -> XMLElementStart {
        let name = readName()
        let line = readNumber(), column = readNumber()
        var declarations: [XMLNamespaceDeclaration] = []
        for _ in 0..<readNumber() {
            let prefix = readOptionalName()
            declarations.append(XMLNamespaceDeclaration(prefix: prefix, uri: readOptionalName() ?? ""))
        }
        let attributeCount = readNumber()
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(attributeCount)
        for _ in 0..<attributeCount {
            let name = readName()
            attributes.append(XMLAttribute(name: name, value: readString()))
        }
        return XMLElementStart(
            name: name, attributes: attributes, namespaceDeclarations: declarations, line: line, column: column)
    }

    private func readName() -> XMLName {
        let local = readOptionalName() ?? ""
        let prefix = readOptionalName()
        return XMLName(local: local, prefix: prefix, namespace: readOptionalName())
    }

    private func readOptionalName() -> String? {
        switch readNumber() {
        case XMLEventRecording.NameReference.absent: nil
        case XMLEventRecording.NameReference.inline: readString()
        case let number: recording.names[number - XMLEventRecording.NameReference.firstInterned]
        }
    }

    private func byte() -> UInt8 {
        defer { offset += 1 }
        return recording.bytes[offset]
    }

    private func readNumber() -> Int {
        var value = 0, shift = 0
        while true {
            let next = byte()
            value |= Int(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    private func readFixedLength() -> Int {
        var value = 0
        for shift in stride(from: 0, to: 32, by: 8) { value |= Int(byte()) << shift }
        return value
    }

    private func readString(length: Int? = nil) -> String {
        let count = length ?? readNumber()
        defer { offset += count }
        return recording.bytes.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        }
    }
}
