import LibXML

/// Splits an XLIFF file into its `<file>` elements as it is parsed, for a check; not thread-safe.
///
/// The units of each `<file>` are read from its recording (`RecordedXLIFFFile.read()`) on
/// whichever core checks that file; those of a `<file>` too large to record whole are read here,
/// as its pieces are parsed, so that memory holds their texts, not their markup.
final class XLIFFFileStream {
    private let recordings: XLIFFRecordingStream

    init(path: String, pieceSize: Int = XLIFFRecordingStream.defaultPieceSize) throws {
        // A check reads no annotations: they are not even recorded.
        recordings = try XLIFFRecordingStream(path: path, pieceSize: pieceSize, omitting: XLIFFReader.unitAnnotations)
    }

    /// The next element inside the root (a `<file>`, in a valid document), in document order;
    /// nil at the end.
    func next() throws -> RecordedXLIFFFile? {
        guard let recording = try recordings.next() else { return nil }
        let (root, path) = (recordings.root, recordings.path)
        guard recording.endsElement else {
            let units = try RecordedXLIFFFile.units(recordings.reader(for: recording), root: root, path: path)
            return RecordedXLIFFFile(content: .read(units), root: root, path: path)
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
