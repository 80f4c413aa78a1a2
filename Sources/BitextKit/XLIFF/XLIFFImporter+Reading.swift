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

    /// A `<file>` as read: its header and its units. The units are kept whole and reduced to
    /// ``PendingUnit``s by whichever core builds the release, not by the one reading.
    struct PendingFile: Sendable {
        var header: XLIFFFile
        /// In order, each ID once; a unit whose ID came before goes to `duplicates`.
        var units: [XLIFFUnit] = []
        var duplicates: [XLIFFUnit] = []
        private var ids: Set<String> = []

        init(header: XLIFFFile) {
            self.header = header
        }

        mutating func add(_ unit: XLIFFUnit) {
            guard ids.insert(unit.id).inserted else {
                duplicates.append(unit)
                return
            }
            units.append(unit)
            if unit.id == "title" { header.metadata += unit.metadata }
        }
    }

    /// A `<file>`'s units as the importer uses them.
    struct FileUnits {
        var header: XLIFFFile
        var units: [PendingUnit]
        var byID: [String: PendingUnit]
        var duplicates: [PendingUnit]

        init(_ file: PendingFile) {
            header = file.header
            units = file.units.map(PendingUnit.init)
            byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
            duplicates = file.duplicates.map(PendingUnit.init)
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

        var sourceText: String { source }
    }
}
