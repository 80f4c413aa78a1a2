internal import CLibXML2

/// The SAX2 callbacks that turn libxml2's push parser into `XMLEvent`s.
///
/// Callbacks left `nil` matter as much as the ones set: without `entityDecl` no entity is ever
/// declared, without `getEntity` none is ever found, without `externalSubset` no external DTD is
/// ever loaded, and without `startDocument` no tree is built.
/// `serror` stays `nil` too: errors reach `Diagnostics` through the per-thread handler, which also
/// sees what the schema validator plugs in (that plug would hand `serror` its own user data).
extension XMLReader {
    static func makeSAXHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = {
            context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            reader(context).startElement(
                localName, prefix, uri,
                namespaces: UnsafeBufferPointer(start: namespaces, count: 2 * Int(namespaceCount)),
                attributes: UnsafeBufferPointer(start: attributes, count: 5 * Int(attributeCount)))
        }
        handler.endElementNs = { context, _, _, _ in
            reader(context).endElement()
        }
        handler.characters = { context, bytes, count in
            reader(context).characters(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: false)
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, bytes, count in
            reader(context).characters(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: true)
        }
        handler.comment = { context, text in
            let reader = reader(context)
            if reader.recordsHere {
                reader.state.pointee.recorder?.recordComment(text)
            } else {
                reader.event(.comment(String(xmlString: text)))
            }
        }
        handler.processingInstruction = { context, target, data in
            let reader = reader(context)
            if reader.recordsHere {
                reader.state.pointee.recorder?.recordProcessingInstruction(target: target, data: data)
            } else {
                reader.event(.processingInstruction(target: String(xmlString: target), data: String(xmlString: data)))
            }
        }
        handler.internalSubset = { context, _, _, _ in
            reader(context).doctype()
        }
        handler.reference = { context, name in
            reader(context).refuseEntityReference(String(xmlString: name))
        }
        return handler
    }

    private func startElement(
        _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?,
        namespaces: UnsafeBufferPointer<UnsafePointer<xmlChar>?>,
        attributes: UnsafeBufferPointer<UnsafePointer<xmlChar>?>
    ) {
        let name = self.name(local, prefix, namespace)
        guard let parser = activeParser, enterElement(name) else { return }
        if discardsEvents {
            discardCharacters()
            return
        }
        if recordsHere {
            state.pointee.recordStart(
                name, local: local, prefix: prefix, namespace: namespace, position: { SourcePosition(startTagEndingAt: parser) },
                namespaces: namespaces, attributes: attributes)
            return
        }
        let position = SourcePosition(startTagEndingAt: parser)
        // `namespaces` holds (prefix, URI) pairs.
        var declarations: [XMLNamespaceDeclaration] = []
        for index in stride(from: 0, to: namespaces.count, by: 2) {
            let uri: String = interned(namespaces[index + 1]) ?? ""
            declarations.append(XMLNamespaceDeclaration(prefix: interned(namespaces[index]), uri: uri))
        }
        // `attributes` holds (local name, prefix, URI, value start, value end) quintuples.
        var attributeList: [XMLAttribute] = []
        attributeList.reserveCapacity(attributes.count / 5)
        for index in stride(from: 0, to: attributes.count, by: 5) {
            attributeList.append(XMLAttribute(
                name: self.name(attributes[index], attributes[index + 1], attributes[index + 2]),
                value: Self.attributeValue(from: attributes[index + 3], to: attributes[index + 4])))
        }
        event(
            .startElement(
                XMLElementStart(
                    name: name, attributes: attributeList, namespaceDeclarations: declarations,
                    line: position.line, column: position.column)))
    }

    /// libxml2 checks that an end tag matches its start tag, so the name is the open element's.
    private func endElement() {
        let depth = state.pointee.openElements.count
        guard activeParser != nil, let name = leaveElement() else { return }
        if let recordedDepth = state.pointee.recorder?.depth, depth >= recordedDepth {
            state.pointee.recordEnd(depth: depth)
            return
        }
        if discardsEvents {
            discardCharacters()
            return
        }
        append(.endElement(name))
    }

    private func characters(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        guard let parser = activeParser else { return }
        // Only the depth is read: a copy of the recorder would make the next write copy its buffer.
        guard let recordedDepth = state.pointee.recorder?.depth else { return appendCharacters(bytes, isCDATA: isCDATA) }
        // Between the recorded elements (blanks between a root's children) nothing is kept.
        guard state.pointee.openElements.count >= recordedDepth,
            let length = state.pointee.recorder?.recordCharacters(bytes, isCDATA: isCDATA),
            length > Self.maximumTextLength
        else { return }
        diagnostics.fail(.textTooLong(url, limit: Self.maximumTextLength, at: SourcePosition(currentOf: parser)))
    }

    /// Whether what is being reported now is inside an element that is recorded.
    var recordsHere: Bool {
        guard let recordedDepth = state.pointee.recorder?.depth else { return false }
        return state.pointee.openElements.count >= recordedDepth
    }

    private func event(_ event: @autoclosure () -> XMLEvent) {
        guard activeParser != nil else { return }
        if discardsEvents {
            discardCharacters()
            return
        }
        append(event())
    }

    /// An element or attribute name, its strings taken from the cache of libxml2's dictionary.
    func name(
        _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?
    ) -> XMLName {
        XMLName(local: interned(local) ?? "", prefix: interned(prefix), namespace: interned(namespace))
    }

    /// A name that libxml2 interned in its dictionary, copied once per document (see `InternedNames`).
    func interned(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return state.pointee.internedNames.string(at: pointer)
    }

    /// libxml2 reports a DOCTYPE once it has read `<!DOCTYPE name` and any external identifier,
    /// before an internal subset, if there is one.
    private func doctype() {
        guard let parser = activeParser else { return }
        if doctypePolicy == .ignoreExternalDTD && !Self.internalSubsetFollows(in: parser) { return }
        refuse(.doctype(url, at: SourcePosition(currentOf: parser)))
    }

    /// Whether anything but blanks and `>` follows the external identifier. If the rest is not
    /// buffered yet, assume the worst.
    private static func internalSubsetFollows(in parser: xmlParserCtxtPtr) -> Bool {
        guard let input = parser.pointee.input, var next = input.pointee.cur, let end = input.pointee.end else {
            return true
        }
        while next < end, [0x20, 0x09, 0x0A, 0x0D].contains(next.pointee) { next += 1 }
        return next == end || next.pointee != UInt8(ascii: ">")
    }

    private func refuseEntityReference(_ name: String) {
        guard let parser = activeParser else { return }
        refuse(.entityReference(url, name, at: SourcePosition(currentOf: parser)))
    }

    /// An attribute value as libxml2's SAX2 interface delivers it: unescaped and normalised,
    /// except that without entity substitution (which we never turn on) every `&` comes as
    /// `&#38;`, left for a second pass that libxml2's own tree builder does.
    static func attributeValue(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: decodedAttributeValue(bytes), as: UTF8.self)
    }

    /// The bytes of an attribute value with every `&#38;` made `&` again.
    static func decodedAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let escapedAmpersand = Array("&#38;".utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: escapedAmpersand) {
                decoded.append(UInt8(ascii: "&"))
                index += escapedAmpersand.count
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return decoded
    }
}

/// The reader a SAX callback belongs to; libxml2 hands back the unretained pointer we gave it.
private func reader(_ context: UnsafeMutableRawPointer?) -> XMLReader {
    Unmanaged<XMLReader>.fromOpaque(context!).takeUnretainedValue()
}

extension String {
    /// Copies a string that libxml2 owns; `nil` becomes "".
    init(xmlString pointer: UnsafePointer<xmlChar>?) {
        self = pointer.map(String.init(cString:)) ?? ""
    }
}
