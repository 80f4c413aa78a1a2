import LibXML

/// Splits an XLIFF file into its `<file>` elements as it is parsed; not thread-safe.
///
/// Parsing is the one part of a check that cannot be shared between cores: the document must be
/// read in order. So the stream only records each `<file>`'s events, and the units are read from
/// the recording (`RecordedXLIFFFile.read()`) on whichever core checks that file. A `<file>` too
/// large to record whole comes in pieces, and its units are read here as they come: memory holds
/// its units' texts, not its markup.
final class XLIFFFileStream {
    /// A `<file>` whose recording grows past this many bytes is read a piece at a time.
    static let defaultPieceSize = 1 << 20

    private let xml: XMLReader
    private let root: XLIFFReader.Root
    private let path: String

    init(path: String, pieceSize: Int = defaultPieceSize) throws {
        self.path = path
        do {
            xml = try XMLReader(contentsOf: path)
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        xml.recordElements(atDepth: 2, pieceSize: pieceSize)
        root = try XLIFFReader(path: path, xml: xml).readRoot()
    }

    /// The next element inside the root (a `<file>`, in a valid document), in document order;
    /// nil at the end.
    func next() throws -> RecordedXLIFFFile? {
        let next: XMLEventRecording?
        do {
            next = try xml.nextRecording()
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        guard let recording = next else { return nil }
        guard recording.endsElement else {
            let pieces = XLIFFReader(inside: root, of: path, xml: XMLRecordedPieces(first: recording, reader: xml))
            return RecordedXLIFFFile(content: .read(try RecordedXLIFFFile.units(pieces, root: root, path: path)), root: root, path: path)
        }
        return RecordedXLIFFFile(content: .recorded(recording), root: root, path: path)
    }
}

/// One element inside an XLIFF root, recorded but not yet read into units (or, if it was too
/// large to record whole, read already).
struct RecordedXLIFFFile: Sendable {
    enum Content: Sendable {
        case recorded(XMLEventRecording)
        case read(XLIFFFileUnits?)
    }

    var content: Content
    var root: XLIFFReader.Root
    var path: String

    /// The `<file>` and its units (their text, without notes or metadata); nil when it has no units.
    func read() throws -> XLIFFFileUnits? {
        switch content {
        case .read(let units): units
        case .recorded(let recording): try Self.units(XLIFFReader(replaying: recording, root: root, path: path), root: root, path: path)
        }
    }

    static func units(_ reader: XLIFFReader, root: XLIFFReader.Root, path: String) throws -> XLIFFFileUnits? {
        reader.readsUnitAnnotations = false
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
