/// Anything that hands out a document's events in order: a reader parsing it, or events
/// recorded from one earlier.
public protocol XMLEventSource: AnyObject {
    /// The next event, or `nil` at the end.
    func next() throws -> XMLEvent?
}

extension XMLReader: XMLEventSource {}
