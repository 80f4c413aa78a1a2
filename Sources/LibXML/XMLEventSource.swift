/// Anything that hands out a document's events in order: a reader parsing it, or events
/// recorded from one earlier.
public protocol XMLEventSource: AnyObject {
    /// The next event, or `nil` at the end.
    func next() throws -> XMLEvent?
}

extension XMLReader: XMLEventSource {}

/// Events recorded from a reader, handed out again in the same order: so that one thread can
/// parse a document while others build models from the parts it has already read.
public final class XMLEventReplay: XMLEventSource {
    private let events: [XMLEvent]
    private var index = 0

    public init(_ events: [XMLEvent]) {
        self.events = events
    }

    public func next() -> XMLEvent? {
        guard index < events.count else { return nil }
        defer { index += 1 }
        return events[index]
    }
}
