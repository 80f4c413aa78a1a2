extension XLIFFImporter {
    /// The `<file>`s of an XLIFF, each read whole before it is handed out. Used by one thread at a
    /// time (the batches of an import are read on whichever core is free).
    final class PendingFileStream: @unchecked Sendable {
        let root: XLIFFReader.Root
        private let reader: XLIFFReader
        private var current: PendingFile?
        private var isAtEnd = false
        /// The first `<file>`'s header (the root's stand-in if units come first): the languages
        /// fall back to it.
        private(set) var firstHeader: XLIFFFile?
        private(set) var hasUnits = false
        private(set) var unitsRead = 0
        private(set) var filesRead = 0

        init(path: String) throws {
            reader = try XLIFFReader(contentsOf: path)
            root = try reader.readRoot()
        }

        /// The next `<file>` that has units, or nil at the end.
        func next() throws -> PendingFile? {
            while !isAtEnd {
                guard let item = try reader.next() else {
                    isAtEnd = true
                    break
                }
                switch item {
                case .file(let header):
                    let finished = current
                    start(PendingFile(header: header))
                    if let finished, !finished.units.isEmpty { return finished }
                case .unit(let unit):
                    if current == nil { start(PendingFile(header: XLIFFFile(location: root.location))) }
                    current?.add(unit)
                    hasUnits = true
                    unitsRead += 1
                }
            }
            defer { current = nil }
            return current?.units.isEmpty == false ? current : nil
        }

        /// Up to `size` more `<file>`s with units; fewer only at the end.
        func nextBatch(_ size: Int) throws -> [PendingFile] {
            var batch: [PendingFile] = []
            while batch.count < size, let file = try next() { batch.append(file) }
            return batch
        }

        private func start(_ file: PendingFile) {
            if firstHeader == nil { firstHeader = file.header }
            current = file
            filesRead += 1
        }
    }

    /// A `<file>` being imported: its header and the units read so far, as texts.
    ///
    /// Units are reduced to ``PendingUnit``s as they are read, so that a single `<file>` of any
    /// size (a CAT tool's, with notes and glossary entries on every unit) costs only its texts.
    struct PendingFile: Sendable {
        var header: XLIFFFile
        var units: [PendingUnit] = []
        var byID: [String: PendingUnit] = [:]
        var duplicates: [PendingUnit] = []

        init(header: XLIFFFile) {
            self.header = header
        }

        mutating func add(_ unit: XLIFFUnit) {
            let pending = PendingUnit(unit)
            if byID[pending.id] != nil {
                duplicates.append(pending)
                return
            }
            byID[pending.id] = pending
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
