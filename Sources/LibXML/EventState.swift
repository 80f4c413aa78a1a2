internal import CLibXML2

/// The events a reader's SAX callbacks have built and `next()` has not yet handed out, and what
/// the callbacks need to build them.
struct EventState {
    /// Events of the chunk parsed last, newest first once the chunk is done, so that each is
    /// handed out by moving it off the end instead of copying it.
    private var events: [XMLEvent] = []
    /// Character data is held back until something else arrives, to report it as one event.
    var characters = PendingCharacters()
    var openElements: [XMLName] = []
    var hasSeenRoot = false
    /// Names copied from libxml2's dictionary, by address.
    var internedNames = InternedNames()
    var discardsEvents = false
    /// Set when elements below some depth are recorded rather than made into events.
    var recorder: EventRecorder?

    mutating func append(_ event: XMLEvent) {
        flushCharacters()
        events.append(event)
    }

    mutating func appendCharacters(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        if let pending = characters.isCDATA, pending != isCDATA { flushCharacters() }
        characters.isCDATA = isCDATA
        if discardsEvents {
            characters.discardedCount += bytes.count
        } else {
            characters.bytes.append(contentsOf: bytes)
        }
    }

    mutating func flushCharacters() {
        guard let isCDATA = characters.isCDATA else { return }
        if !discardsEvents {
            let string = String(decoding: characters.bytes, as: UTF8.self)
            events.append(isCDATA ? .cdata(string) : .text(string))
        }
        characters.reset()
    }

    /// Called once a chunk has been parsed and all its events appended.
    mutating func eventsParsed() {
        events.reverse()
    }

    mutating func takeEvent() -> XMLEvent? {
        events.popLast()
    }

    /// Records the start tag of the innermost open element, `name`, with the names interned here
    /// (see `EventRecorder`).
    mutating func recordStart(
        _ name: XMLName,
        local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
        position: () -> SourcePosition,
        namespaces: UnsafeBufferPointer<UnsafePointer<xmlChar>?>,
        attributes: UnsafeBufferPointer<UnsafePointer<xmlChar>?>
    ) {
        recorder?.recordStart(
            name, depth: openElements.count, local: local, prefix: prefix, namespace: namespace, position: position,
            namespaces: namespaces, attributes: attributes, names: &internedNames)
    }

    mutating func recordEnd(depth: Int) {
        recorder?.recordEnd(depth: depth, names: internedNames)
    }

    mutating func discardEvents() {
        events.removeAll(keepingCapacity: true)
    }
}

/// Character data of one kind, collected across SAX callbacks.
struct PendingCharacters {
    /// Nil when no character data is pending.
    var isCDATA: Bool?
    /// Kept from run to run: most runs are the few blanks between two tags.
    var bytes: [UInt8] = []
    /// Bytes counted but not kept, when events are discarded.
    var discardedCount = 0

    var count: Int { bytes.count + discardedCount }

    mutating func reset() {
        isCDATA = nil
        bytes.removeAll(keepingCapacity: bytes.capacity <= XMLReader.defaultChunkSize)
        discardedCount = 0
    }
}
