import LibXML

/// Splits an XLIFF file into its `<file>` elements as it is parsed; not thread-safe.
///
/// Parsing is the one part of a check that cannot be shared between cores: the document must be
/// read in order. So the stream only records each `<file>`'s events, and the units are read from
/// the recording (`RecordedXLIFFFile.read()`) on whichever core checks that file.
final class XLIFFFileStream {
    private let xml: XMLReader
    private let root: XLIFFReader.Root
    private let path: String
    /// The previous file's event count: the next file's is usually much the same.
    private var lastEventCount = 0

    init(path: String) throws {
        self.path = path
        do {
            xml = try XMLReader(contentsOf: path)
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        root = try XLIFFReader(path: path, xml: xml).readRoot()
    }

    /// The next element inside the root (a `<file>`, in a valid document), in document order;
    /// nil after the root's end tag.
    func next() throws -> RecordedXLIFFFile? {
        var events: [XMLEvent] = []
        events.reserveCapacity(lastEventCount)
        var depth = 0
        do {
            while let event = try xml.next() {
                switch event {
                case .startElement: depth += 1
                case .endElement: depth -= 1
                default: if depth == 0 { continue }
                }
                if depth < 0 { return nil }  // the root's end tag
                events.append(consume event)
                if depth == 0 {
                    lastEventCount = events.count
                    return RecordedXLIFFFile(events: events, root: root, path: path)
                }
            }
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        return nil
    }
}

/// The events of one element inside an XLIFF root, recorded but not yet read into units.
struct RecordedXLIFFFile: Sendable {
    var events: [XMLEvent]
    var root: XLIFFReader.Root
    var path: String

    /// The `<file>` and its units; nil when it has no units.
    func read() throws -> XLIFFFileUnits? {
        let reader = XLIFFReader(replaying: events, root: root, path: path)
        var file = XLIFFFile()
        var units: [XLIFFUnit] = []
        while let item = try reader.next() {
            switch item {
            case .file(let header): file = header
            case .unit(let unit): units.append(unit)
            }
        }
        return units.isEmpty ? nil : XLIFFFileUnits(file: file, units: units, root: root, path: path)
    }
}

/// The units of one `<file>` of an XLIFF file, read but not yet made into a document.
struct XLIFFFileUnits: Sendable {
    var file: XLIFFFile
    var units: [XLIFFUnit]
    var root: XLIFFReader.Root
    var path: String
}
