/// One step through a document, as `XMLReader.next()` reports it.
///
/// Every `startElement` is matched by an `endElement`, also for `<x/>`. Adjacent character data
/// comes as one `text` (however libxml2 chunks it), adjacent CDATA sections as one `cdata`. The XML
/// declaration is not an event; a DOCTYPE is refused, so there is no event for it either.
public enum XMLEvent: Hashable, Sendable {
    case startElement(XMLElementStart)
    case endElement(XMLName)
    /// Character data, unescaped, whitespace included whether it matters or not.
    case text(String)
    /// The content of a CDATA section, without `<![CDATA[` and `]]>`.
    case cdata(String)
    case comment(String)
    case processingInstruction(target: String, data: String)
}
