internal import CLibXML2

/// Writes the SAX callbacks of every element below a given depth into `XMLEventRecording`s,
/// one per element at that depth, instead of building events.
struct EventRecorder {
    /// Elements at this depth (the root is 1) and inside them are recorded.
    let depth: Int
    /// Past this many bytes, a recording ends at the next end tag inside the element, and the
    /// element goes on in the next recording: memory holds a piece, not a whole large element.
    let pieceSize: Int?
    /// Elements inside the recorded ones that are left out, with everything inside them, by
    /// namespace and local name.
    let omitted: [XMLName]
    /// The depth of the element being left out, while its inside is parsed.
    private var omittedDepth: Int?
    /// Recordings finished and not yet handed out, oldest first from `nextFinished`.
    private var finished: [XMLEventRecording] = []
    private var nextFinished = 0
    private var current = XMLEventRecording()
    /// Where the length of the text record being written is, so that the next piece of the same
    /// run is joined to it; nil once anything else is written.
    private var openText: (lengthOffset: Int, isCDATA: Bool)?
    /// The size of the last recording, to size the next one's buffer.
    private var lastSize = 0

    init(depth: Int, pieceSize: Int?, omitted: [XMLName]) {
        self.depth = depth
        self.pieceSize = pieceSize
        self.omitted = omitted
    }

    /// Whether the element starting at `elementDepth` is left out (or lies inside one that is).
    private mutating func omitsStart(_ name: XMLName, depth elementDepth: Int) -> Bool {
        if omittedDepth != nil { return true }
        guard elementDepth > depth, omitted.contains(where: { $0.local == name.local && $0.namespace == name.namespace }) else {
            return false
        }
        omittedDepth = elementDepth
        return true
    }

    /// Whether the end tag of the element at `elementDepth` is left out (the end of an element
    /// left out, or of one inside it).
    private mutating func omitsEnd(depth elementDepth: Int) -> Bool {
        guard let omittedDepth else { return false }
        if elementDepth == omittedDepth { self.omittedDepth = nil }
        return true
    }

    mutating func takeRecording() -> XMLEventRecording? {
        guard nextFinished < finished.count else {
            finished.removeAll(keepingCapacity: true)
            nextFinished = 0
            return nil
        }
        defer { nextFinished += 1 }
        return finished[nextFinished]
    }

    /// Records a start tag at `elementDepth`; `position` is only worked out for a tag recorded.
    mutating func recordStart(
        _ name: XMLName, depth elementDepth: Int,
        local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
        position: () -> SourcePosition,
        namespaces: UnsafeBufferPointer<UnsafePointer<xmlChar>?>,
        attributes: UnsafeBufferPointer<UnsafePointer<xmlChar>?>,
        names: inout InternedNames
    ) {
        guard !omitsStart(name, depth: elementDepth) else { return }
        let position = position()
        if current.bytes.isEmpty { current.bytes.reserveCapacity(lastSize) }
        openText = nil
        current.bytes.append(XMLEventRecording.Opcode.startElement.rawValue)
        writeName(local, in: &names)
        writeName(prefix, in: &names)
        writeName(namespace, in: &names)
        writeNumber(position.line)
        writeNumber(position.column)
        writeNumber(namespaces.count / 2)
        for index in stride(from: 0, to: namespaces.count, by: 2) {
            writeName(namespaces[index], in: &names)
            writeName(namespaces[index + 1], in: &names)
        }
        writeNumber(attributes.count / 5)
        for index in stride(from: 0, to: attributes.count, by: 5) {
            writeName(attributes[index], in: &names)
            writeName(attributes[index + 1], in: &names)
            writeName(attributes[index + 2], in: &names)
            writeAttributeValue(from: attributes[index + 3], to: attributes[index + 4])
        }
    }

    /// Records an end tag; `depth` is the depth of the element it closes.
    mutating func recordEnd(depth elementDepth: Int, names: InternedNames) {
        guard !omitsEnd(depth: elementDepth) else { return }
        openText = nil
        current.bytes.append(XMLEventRecording.Opcode.endElement.rawValue)
        let endsElement = elementDepth == depth
        guard endsElement || pieceSize.map({ current.bytes.count >= $0 }) == true else { return }
        current.names = names.names
        current.endsElement = endsElement
        lastSize = current.bytes.count
        finished.append(current)
        current = XMLEventRecording()
    }

    /// Records a piece of character data; returns the length of its run so far (0 for text left
    /// out, which is not held).
    mutating func recordCharacters(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) -> Int {
        guard omittedDepth == nil else { return 0 }
        if let open = openText, open.isCDATA == isCDATA {
            let length = readLength(at: open.lengthOffset) + bytes.count
            writeLength(length, at: open.lengthOffset)
            current.bytes.append(contentsOf: bytes)
            return length
        }
        current.bytes.append((isCDATA ? XMLEventRecording.Opcode.cdata : .text).rawValue)
        let lengthOffset = current.bytes.count
        current.bytes.append(contentsOf: [0, 0, 0, 0])
        writeLength(bytes.count, at: lengthOffset)
        current.bytes.append(contentsOf: bytes)
        openText = (lengthOffset, isCDATA)
        return bytes.count
    }

    mutating func recordComment(_ text: UnsafePointer<xmlChar>?) {
        guard omittedDepth == nil else { return }
        openText = nil
        current.bytes.append(XMLEventRecording.Opcode.comment.rawValue)
        writeString(text)
    }

    mutating func recordProcessingInstruction(target: UnsafePointer<xmlChar>?, data: UnsafePointer<xmlChar>?) {
        guard omittedDepth == nil else { return }
        openText = nil
        current.bytes.append(XMLEventRecording.Opcode.processingInstruction.rawValue)
        writeString(target)
        writeString(data)
    }

    // MARK: Encoding

    private mutating func writeNumber(_ value: Int) {
        var value = UInt(value)
        while value >= 0x80 {
            current.bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        current.bytes.append(UInt8(value))
    }

    private mutating func writeLength(_ length: Int, at offset: Int) {
        for index in 0..<4 { current.bytes[offset + index] = UInt8(truncatingIfNeeded: length >> (8 * index)) }
    }

    private func readLength(at offset: Int) -> Int {
        (0..<4).reduce(0) { value, index in value | Int(current.bytes[offset + index]) << (8 * index) }
    }

    private mutating func writeBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        writeNumber(bytes.count)
        current.bytes.append(contentsOf: bytes)
    }

    private mutating func writeString(_ pointer: UnsafePointer<xmlChar>?) {
        guard let pointer else { return writeNumber(0) }
        writeBytes(UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer))))
    }

    private mutating func writeName(_ pointer: UnsafePointer<xmlChar>?, in names: inout InternedNames) {
        guard let pointer else { return writeNumber(XMLEventRecording.NameReference.absent) }
        guard let number = names.number(at: pointer) else {
            // A document of many distinct names spells the rest out.
            writeNumber(XMLEventRecording.NameReference.inline)
            return writeString(pointer)
        }
        writeNumber(number + XMLEventRecording.NameReference.firstInterned)
    }

    /// An attribute value, decoded as `XMLReader.attributeValue(from:to:)` decodes it.
    private mutating func writeAttributeValue(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) {
        guard let start, let end, end > start else { return writeNumber(0) }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return writeBytes(bytes) }
        let decoded = XMLReader.decodedAttributeValue(bytes)
        decoded.withUnsafeBufferPointer { writeBytes($0) }
    }
}
