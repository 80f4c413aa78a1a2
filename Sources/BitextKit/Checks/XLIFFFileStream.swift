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

    init(path: String) throws {
        self.path = path
        do {
            xml = try XMLReader(contentsOf: path)
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        xml.recordElements(atDepth: 2)
        root = try XLIFFReader(path: path, xml: xml).readRoot()
    }

    /// The next element inside the root (a `<file>`, in a valid document), in document order;
    /// nil at the end.
    func next() throws -> RecordedXLIFFFile? {
        do {
            return try xml.nextRecording().map { RecordedXLIFFFile(recording: $0, root: root, path: path) }
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }
}

/// One element inside an XLIFF root, recorded but not yet read into units.
struct RecordedXLIFFFile: Sendable {
    var recording: XMLEventRecording
    var root: XLIFFReader.Root
    var path: String

    /// The `<file>` and its units (their text, without notes or metadata); nil when it has no units.
    func read() throws -> XLIFFFileUnits? {
        let reader = XLIFFReader(replaying: recording, root: root, path: path)
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
