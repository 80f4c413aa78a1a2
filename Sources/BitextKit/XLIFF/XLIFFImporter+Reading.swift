import LibXML

extension XLIFFImporter {
    /// The `<file>`s of an XLIFF, in order, each recorded to be read into units
    /// (`Pending.read()`) on whichever core builds that release. Used by one thread at a time.
    ///
    /// A `<file>` too large to record whole is read here instead, into its texts, as its pieces
    /// are parsed: a single `<file>` of any size (a CAT tool's, with notes and glossary entries on
    /// every unit) costs only its texts.
    final class PendingFileStream: @unchecked Sendable {
        private let recordings: XLIFFRecordingStream
        private let pieceSize: Int
        /// The recording after the group being gathered: the next `<file>`'s.
        private var lookahead: XMLEventRecording?
        /// The first `<file>`'s header (the root's stand-in if units come first): the languages
        /// fall back to it. Known once `next()` has returned anything.
        private(set) var firstHeader: XLIFFFile?

        var root: XLIFFReader.Root { recordings.root }

        init(path: String, pieceSize: Int) throws {
            recordings = try XLIFFRecordingStream(path: path, pieceSize: pieceSize)
            self.pieceSize = pieceSize
        }

        /// The next `<file>` with whatever else follows it inside the root before the next one
        /// (units out of place belong to the `<file>` before them, as a reader streaming the
        /// document would take them); nil at the end.
        func next() throws -> Pending? {
            var group = Pending(root: root, path: recordings.path)
            while let recording = try lookahead ?? recordings.next() {
                lookahead = nil
                if !group.isEmpty && recordings.isFile(recording) {
                    lookahead = recording
                    break
                }
                if recording.endsElement {
                    group.parts.append(.recorded(recording))
                    group.recordedBytes += recording.byteCount
                    // Many elements after one <file> (units out of place): read into texts now.
                    if group.recordedBytes > pieceSize { try group.readNow() }
                } else {
                    // Too large to hold: read now, as its pieces come.
                    try group.readNow(then: recordings.reader(for: recording))
                }
            }
            guard !group.isEmpty else { return nil }
            if firstHeader == nil {
                // The first group is read here: the target language may come from its header.
                try group.readNow()
                if case .read(let files) = group.parts.first { firstHeader = files.first?.header }
            }
            return group
        }

        /// Up to `size` more groups (see `next()`); fewer only at the end.
        ///
        /// An error thrown here is the first in the document: reading the recorded groups
        /// gathered before it cannot fail (a replay throws nothing, and the XLIFF reader's own
        /// errors are about the root, read already).
        func nextBatch(_ size: Int) throws -> [Pending] {
            var batch: [Pending] = []
            while batch.count < size, let group = try next() { batch.append(group) }
            return batch
        }
    }

    /// Elements inside an XLIFF's root, recorded or already read, that make one release (rarely
    /// more: a `<file>` inside a `<file>` starts another).
    struct Pending: Sendable {
        enum Part: Sendable {
            case recorded(XMLEventRecording)
            case read([PendingFile])
        }

        let root: XLIFFReader.Root
        let path: String
        var parts: [Part] = []
        /// The bytes of the recorded parts, which memory holds until they are read.
        var recordedBytes = 0

        init(root: XLIFFReader.Root, path: String) {
            self.root = root
            self.path = path
        }

        var isEmpty: Bool { parts.isEmpty }

        /// The `<file>`s, read; those without units too.
        func read() throws -> [PendingFile] {
            var files: [PendingFile] = []
            for part in parts {
                switch part {
                case .read(let read): files += read
                case .recorded(let recording): try Self.read(XLIFFReader(replaying: recording, root: root, path: path), into: &files, root: root)
                }
            }
            return files
        }

        /// Reads the parts into texts here and now, then what `reader` reads, if any.
        mutating func readNow(then reader: XLIFFReader? = nil) throws {
            var files = try read()
            if let reader { try Self.read(reader, into: &files, root: root) }
            parts = [.read(files)]
            recordedBytes = 0
        }

        /// Adds what `reader` reads to `files`: each `<file>` starts one, and units go to the last,
        /// or to one standing for the root if none has started.
        static func read(_ reader: XLIFFReader, into files: inout [PendingFile], root: XLIFFReader.Root) throws {
            while let item = try reader.next() {
                switch item {
                case .file(let header):
                    files.append(PendingFile(header: header))
                case .unit(let unit):
                    if files.isEmpty { files.append(PendingFile(header: XLIFFFile(location: root.location))) }
                    files[files.count - 1].add(unit)
                }
            }
        }
    }

    /// A `<file>` being imported: its header and its units, as texts.
    ///
    /// Units are reduced to ``PendingUnit``s as they are read, so that a `<file>` read a piece at
    /// a time costs only its texts.
    struct PendingFile: Sendable {
        var header: XLIFFFile
        var units: [PendingUnit] = []
        /// The IDs of `units`, to tell a duplicate.
        var ids: Set<String> = []
        var duplicates: [PendingUnit] = []

        init(header: XLIFFFile) {
            self.header = header
        }

        mutating func add(_ unit: XLIFFUnit) {
            let pending = PendingUnit(unit)
            guard ids.insert(pending.id).inserted else {
                duplicates.append(pending)
                return
            }
            units.append(pending)
            if unit.id == "title" { header.metadata += unit.metadata }
        }
    }

    /// What the importer keeps of a unit: its texts, not its markup.
    struct PendingUnit: Sendable {
        var id: String
        var kind: String?
        var source: String
        var target: String?
        var isTranslated: Bool
        var translate: Bool?
        var state: String?
        var location: XLIFFLocation?
        var targetLocation: XLIFFLocation?

        init(_ unit: XLIFFUnit) {
            id = unit.id
            kind = BitextMetadata.kind.value(in: unit.metadata)
            source = unit.sourceText
            target = unit.targetText
            isTranslated = unit.isTranslated
            translate = unit.translate
            state = unit.targetState ?? unit.segments.first { !$0.isIgnorable }?.state
            location = unit.location
            targetLocation = unit.targetLocation
        }
    }
}
