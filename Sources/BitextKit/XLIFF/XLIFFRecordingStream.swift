import LibXML

/// The elements inside an XLIFF's root (its `<file>`s), recorded as the document is parsed, to be
/// read into units on whichever core needs them; not thread-safe.
///
/// Parsing is the one part of reading an XLIFF that cannot be shared between cores: the document
/// must be read in order. Recording costs a fraction of reading, so the thread that parses does
/// little else. An element whose recording grows past `pieceSize` bytes is handed out in pieces,
/// which must be read here as they are parsed (`reader(for:)`): memory holds a piece, not a whole
/// large `<file>`.
final class XLIFFRecordingStream {
    static let defaultPieceSize = 1 << 20

    let root: XLIFFReader.Root
    let path: String
    private let xml: XMLReader

    /// With `omitting`, elements so named are left out of the recordings (see
    /// `XMLReader.recordElements(atDepth:pieceSize:omitting:)`).
    init(path: String, pieceSize: Int = defaultPieceSize, omitting omitted: [XMLName] = []) throws {
        self.path = path
        do {
            xml = try XMLReader(contentsOf: path)
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        xml.recordElements(atDepth: 2, pieceSize: pieceSize, omitting: omitted)
        root = try XLIFFReader(path: path, xml: xml).readRoot()
    }

    /// The next element inside the root, whole or, if it is large, its first piece (`endsElement`
    /// false); nil at the end.
    func next() throws -> XMLEventRecording? {
        do {
            return try xml.nextRecording()
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    /// A reader of the element `recording` holds. A whole element can be read on any thread; a
    /// first piece only here, before the next `next()`, since the reader parses the rest.
    func reader(for recording: XMLEventRecording) -> XLIFFReader {
        recording.endsElement
            ? XLIFFReader(replaying: recording, root: root, path: path)
            : XLIFFReader(inside: root, of: path, xml: XMLRecordedPieces(first: recording, reader: xml))
    }

    /// Whether `recording` holds (the start of) a `<file>`.
    func isFile(_ recording: XMLEventRecording) -> Bool {
        guard case .startElement(let start) = recording.firstEvent else { return false }
        return start.name.namespace == root.namespace && start.name.local == "file"
    }
}
