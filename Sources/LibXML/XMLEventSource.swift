/// Anything that hands out a document's events in order: a reader parsing it, or events
/// recorded from one earlier.
public protocol XMLEventSource: AnyObject {
    /// The next event, or `nil` at the end.
    func next() throws -> XMLEvent?

    /// Skips the rest of the element whose start `next()` returned last, its end included.
    func skipElement() throws
}

extension XMLEventSource {
    public func skipElement() throws {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .startElement: depth += 1
            case .endElement: depth -= 1
            default: continue
            }
        }
    }
}

extension XMLReader: XMLEventSource {}
