import LibXML

/// Reads XLIFF 1.2 and 2.x one unit at a time, with the line of every unit and target.
///
/// The reader is a pull parser over `XMLReader` (libxml2's SAX parser, secure options, no DOCTYPE):
/// `next()` returns each `<file>` (with its metadata and notes) and then each of its units, so
/// memory holds one unit, never the document. It is lenient, as real CAT tools require: it reads
/// 1.0/1.1 files, prefixed XLIFF elements, groups, segmented units (`<seg-source>` markers in 1.2,
/// `<segment>`/`<ignorable>` in 2.x), CDATA, BOMs and any encoding libxml2 knows. Judging whether a
/// file is valid is `XLIFFValidator`'s job.
public final class XLIFFReader {
    /// The `<xliff>` element: version and languages.
    public struct Root: Hashable, Sendable {
        /// The `version` attribute as written ("1.2", "2.1", "2.2"…).
        public var versionAttribute: String?
        /// The namespace of `<xliff>`; nil for XLIFF 1.0 files, which have none.
        public var namespace: String?
        /// Whether the file follows XLIFF 2 (by namespace, else by version).
        public var isVersion2: Bool
        public var sourceLanguage: String?
        public var targetLanguage: String?
        public var namespaceDeclarations: [XLIFFNamespaceDeclaration]
        public var otherAttributes: [XLIFFAttribute]
        public var location: XLIFFLocation

        /// The version Bitext writes for this file when it re-exports it.
        public var version: XLIFFVersion {
            guard isVersion2 else { return .v1_2 }
            return versionAttribute == "2.0" ? .v2_0 : .v2_1
        }
    }

    /// What `next()` returns: a file header (before its units) or a unit.
    public enum Item: Hashable, Sendable {
        case file(XLIFFFile)
        case unit(XLIFFUnit)
    }

    /// The path or URL given, used in messages.
    public let path: String
    private let xml: any XMLEventSource
    private var pushedBack: XMLEvent?
    private var root: Root?
    /// Open structural elements above the current position; group IDs for groups.
    private var structural: [(name: String, groupID: String?)] = []

    public convenience init(contentsOf path: String) throws {
        do {
            self.init(path: path, xml: try XMLReader(contentsOf: path))
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    public convenience init(bytes: [UInt8], url: String) throws {
        do {
            self.init(path: url, xml: try XMLReader(bytes: bytes, url: url))
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    /// Reads what `xml` reads; `path` names the document in messages.
    init(path: String, xml: any XMLEventSource) {
        self.path = path
        self.xml = xml
    }

    /// Reads an element recorded inside the root element of a document whose root `root` is.
    convenience init(replaying recording: XMLEventRecording, root: Root, path: String) {
        self.init(inside: root, of: path, xml: XMLEventReplay(recording))
    }

    /// Reads what `xml` reads from inside the root element of a document whose root `root` is.
    convenience init(inside root: Root, of path: String, xml: any XMLEventSource) {
        self.init(path: path, xml: xml)
        self.root = root
        structural = [("xliff", nil)]
    }

    /// Whether the notes, metadata, glossary entries, original data and extension elements of
    /// units are read; without them (what a check needs) a unit is read in half the time.
    public var readsUnitAnnotations = true

    /// The most common of those annotations, which a recording for a reader that skips them can
    /// leave out (`XMLReader.recordElements(atDepth:pieceSize:omitting:)`). They are left out
    /// wherever they are, so such a reader's `<file>` headers have no notes or metadata either.
    static let unitAnnotations: [XMLName] = [XLIFFNamespace.core2, XLIFFNamespace.core22].flatMap { core in
        [XMLName(local: "notes", namespace: core), XMLName(local: "originalData", namespace: core)]
    } + [
        XMLName(local: "metadata", namespace: XLIFFNamespace.metadata),
        XMLName(local: "glossary", namespace: XLIFFNamespace.glossary),
        XMLName(local: "matches", namespace: XLIFFNamespace.matches),
        XMLName(local: "note", namespace: XLIFFNamespace.core12),
        XMLName(local: "alt-trans", namespace: XLIFFNamespace.core12),
        XMLName(local: "context-group", namespace: XLIFFNamespace.core12),
    ]

    /// Called after each chunk of the file is parsed, with the bytes read so far: for a progress line.
    public var onBytesRead: ((Int) -> Void)? {
        get { (xml as? XMLReader)?.onBytesRead }
        set { (xml as? XMLReader)?.onBytesRead = newValue }
    }

    /// Reads up to the root element (once) and returns it; refuses a document that is not XLIFF.
    @discardableResult
    public func readRoot() throws -> Root {
        if let root { return root }
        while let event = try event() {
            guard case .startElement(let start) = event else { continue }
            guard start.name.local == "xliff" else {
                throw XLIFFError.notXLIFF(problem(at: start, "the root element is <\(start.name.qualified)>, not <xliff>: this is not an XLIFF document"))
            }
            let namespace = start.name.namespace
            let version = start.attribute("version")
            let isVersion2: Bool
            if XLIFFNamespace.isCore2(namespace) {
                isVersion2 = true
            } else if namespace == nil {
                isVersion2 = version?.hasPrefix("2") == true
            } else if XLIFFNamespace.isCore1(namespace) {
                isVersion2 = false
            } else {
                throw XLIFFError.notXLIFF(problem(at: start, "<xliff> is in the namespace “\(namespace ?? "")”, which is not XLIFF's"))
            }
            let modelled: [String] = isVersion2 ? ["version", "srcLang", "trgLang"] : ["version"]
            let root = Root(
                versionAttribute: version, namespace: namespace, isVersion2: isVersion2,
                sourceLanguage: start.attribute("srcLang"), targetLanguage: start.attribute("trgLang"),
                namespaceDeclarations: start.namespaceDeclarations.filter { $0.prefix != nil }.map(Self.convert),
                otherAttributes: Self.others(start, excluding: modelled),
                location: XLIFFLocation(line: start.line, column: start.column))
            self.root = root
            structural.append(("xliff", nil))
            return root
        }
        throw XLIFFError.notXLIFF(XLIFFProblem(file: path, line: 1, column: 1, message: "the document has no root element"))
    }

    /// The next file header or unit, in document order; nil at the end.
    public func next() throws -> Item? {
        let root = try readRoot()
        while let event = try event() {
            switch event {
            case .startElement(let start):
                guard isCore(start.name) else {
                    try skip()
                    continue
                }
                switch start.name.local {
                case "file":
                    return .file(try readFile(start))
                case "body":
                    structural.append(("body", nil))
                case "group":
                    structural.append(("group", start.attribute("id")))
                case "unit" where root.isVersion2, "trans-unit" where !root.isVersion2:
                    return .unit(root.isVersion2 ? try readUnit2(start) : try readUnit12(start))
                default:
                    // bin-unit, or an element out of place: not translatable text.
                    try skip()
                }
            case .endElement:
                if !structural.isEmpty { structural.removeLast() }
            default:
                continue
            }
        }
        return nil
    }

    /// The whole document in memory: for tests, re-export and small files. Import and check stream with `next()`.
    public func readDocument() throws -> XLIFFDocument {
        let root = try readRoot()
        var document = XLIFFDocument(
            version: root.version, sourceLanguage: root.sourceLanguage ?? "", targetLanguage: root.targetLanguage,
            namespaceDeclarations: root.namespaceDeclarations, otherAttributes: root.otherAttributes)
        while let item = try next() {
            switch item {
            case .file(let file):
                document.files.append(file)
            case .unit(let unit):
                if document.files.isEmpty { document.files.append(XLIFFFile()) }
                document.files[document.files.count - 1].units.append(unit)
            }
        }
        if !root.isVersion2 {
            // XLIFF 1.2 names the languages per file; the document takes the first file's.
            document.sourceLanguage = document.files.first?.sourceLanguage ?? document.sourceLanguage
            document.targetLanguage = document.files.first?.targetLanguage ?? document.targetLanguage
        }
        return document
    }

    // MARK: Files

    private func readFile(_ start: XMLElementStart) throws -> XLIFFFile {
        let isVersion2 = root?.isVersion2 ?? true
        var file = XLIFFFile(
            id: isVersion2 ? start.attribute("id") : nil,
            original: start.attribute("original"),
            sourceLanguage: isVersion2 ? nil : start.attribute("source-language"),
            targetLanguage: isVersion2 ? nil : start.attribute("target-language"),
            datatype: isVersion2 ? nil : start.attribute("datatype"),
            space: start.attribute("space", namespace: XLIFFNamespace.xml),
            otherAttributes: Self.others(start, excluding: ["id", "original", "source-language", "target-language", "datatype"],
                excludingXML: ["space"]),
            location: location(start))
        structural.append(("file", nil))
        while let event = try event() {
            switch event {
            case .startElement(let child):
                if isCore(child.name) {
                    switch child.name.local {
                    case "unit", "group", "trans-unit", "body":
                        pushedBack = event
                        return file
                    case "notes":
                        file.notes += try readNotes()
                    case "header":
                        try readHeader(into: &file)
                    default:
                        file.extensions.append(try readElement(child))
                    }
                } else if child.name.namespace == XLIFFNamespace.metadata && child.name.local == "metadata" {
                    file.metadata += try readMetadata()
                } else {
                    file.extensions.append(try readElement(child))
                }
            case .endElement:
                structural.removeLast()
                return file
            default:
                continue
            }
        }
        return file
    }

    /// XLIFF 1.2 `<header>`: notes are read, everything else (tool, skl, phase-group, other namespaces) kept.
    private func readHeader(into file: inout XLIFFFile) throws {
        while let event = try event() {
            switch event {
            case .startElement(let child):
                if isCore(child.name) && child.name.local == "note" {
                    file.notes.append(try readNote12(child))
                } else {
                    file.extensions.append(try readElement(child))
                }
            case .endElement:
                return
            default:
                continue
            }
        }
    }

    // MARK: XLIFF 2 units

    private func readUnit2(_ start: XMLElementStart) throws -> XLIFFUnit {
        var unit = XLIFFUnit(
            id: start.attribute("id") ?? "", name: start.attribute("name"), translate: Self.yesNo(start.attribute("translate")),
            otherAttributes: Self.others(start, excluding: ["id", "name", "translate"]),
            location: location(start), groups: structural.compactMap(\.groupID))
        while let event = try event() {
            switch event {
            case .startElement(let child):
                // Only a reader that skips annotations needs to tell the text apart.
                if !readsUnitAnnotations && !(isCore(child.name) && (child.name.local == "segment" || child.name.local == "ignorable")) {
                    try skip()
                } else if isCore(child.name) {
                    switch child.name.local {
                    case "notes": unit.notes += try readNotes()
                    case "originalData": unit.originalData = try readElement(child)
                    case "segment", "ignorable": unit.segments.append(try readSegment2(child))
                    default: unit.extensions.append(try readElement(child))
                    }
                } else if child.name.namespace == XLIFFNamespace.metadata && child.name.local == "metadata" {
                    unit.metadata += try readMetadata()
                } else if child.name.namespace == XLIFFNamespace.glossary && child.name.local == "glossary" {
                    unit.glossary += try readGlossary()
                } else {
                    unit.extensions.append(try readElement(child))
                }
            case .endElement:
                return unit
            default:
                continue
            }
        }
        return unit
    }

    private func readSegment2(_ start: XMLElementStart) throws -> XLIFFSegment {
        let isIgnorable = start.name.local == "ignorable"
        var segment = XLIFFSegment(
            id: start.attribute("id"), isIgnorable: isIgnorable,
            state: isIgnorable ? nil : start.attribute("state"), subState: isIgnorable ? nil : start.attribute("subState"),
            source: [], otherAttributes: Self.others(start, excluding: isIgnorable ? ["id"] : ["id", "state", "subState"]))
        while let event = try event() {
            switch event {
            case .startElement(let child) where isCore(child.name) && child.name.local == "source":
                segment.sourceAttributes = Self.others(child, excluding: [])
                segment.sourceLocation = location(child)
                segment.source = try readContent()
            case .startElement(let child) where isCore(child.name) && child.name.local == "target":
                segment.targetAttributes = Self.others(child, excluding: [])
                segment.targetLocation = location(child)
                segment.target = try readContent()
            case .startElement:
                try skip()
            case .endElement:
                return segment
            default:
                continue
            }
        }
        return segment
    }

    private func readNotes() throws -> [XLIFFNote] {
        var notes: [XLIFFNote] = []
        while let event = try event() {
            switch event {
            case .startElement(let child) where isCore(child.name) && child.name.local == "note":
                notes.append(XLIFFNote(
                    id: child.attribute("id"), category: child.attribute("category"),
                    priority: child.attribute("priority").flatMap { Int($0) }, appliesTo: child.attribute("appliesTo"),
                    text: try readContent().plainText,
                    otherAttributes: Self.others(child, excluding: ["id", "category", "priority", "appliesTo"])))
            case .startElement:
                try skip()
            case .endElement:
                return notes
            default:
                continue
            }
        }
        return notes
    }

    /// `<mda:metadata>`; nested `<mda:metaGroup>`s are flattened, outer group first.
    private func readMetadata() throws -> [XLIFFMetaGroup] {
        var groups: [XLIFFMetaGroup] = []
        while let event = try event() {
            switch event {
            case .startElement(let child) where child.name.namespace == XLIFFNamespace.metadata && child.name.local == "metaGroup":
                groups += try readMetaGroup(child)
            case .startElement:
                try skip()
            case .endElement:
                return groups
            default:
                continue
            }
        }
        return groups
    }

    private func readMetaGroup(_ start: XMLElementStart) throws -> [XLIFFMetaGroup] {
        var group = XLIFFMetaGroup(category: start.attribute("category"), entries: [])
        var nested: [XLIFFMetaGroup] = []
        while let event = try event() {
            switch event {
            case .startElement(let child) where child.name.namespace == XLIFFNamespace.metadata && child.name.local == "meta":
                group.entries.append(XLIFFMetaGroup.Entry(type: child.attribute("type") ?? "", value: try readContent().plainText))
            case .startElement(let child) where child.name.namespace == XLIFFNamespace.metadata && child.name.local == "metaGroup":
                nested += try readMetaGroup(child)
            case .startElement:
                try skip()
            case .endElement:
                return [group] + nested
            default:
                continue
            }
        }
        return [group] + nested
    }

    private func readGlossary() throws -> [XLIFFGlossaryEntry] {
        var entries: [XLIFFGlossaryEntry] = []
        while let event = try event() {
            switch event {
            case .startElement(let child) where child.name.namespace == XLIFFNamespace.glossary && child.name.local == "glossEntry":
                var entry = XLIFFGlossaryEntry(term: "", translations: [])
                while let inner = try self.event() {
                    if case .endElement = inner { break }
                    guard case .startElement(let part) = inner else { continue }
                    guard part.name.namespace == XLIFFNamespace.glossary else {
                        try skip()
                        continue
                    }
                    switch part.name.local {
                    case "term":
                        entry.source = part.attribute("source")
                        entry.term = try readContent().plainText
                    case "translation": entry.translations.append(try readContent().plainText)
                    case "definition": entry.definition = try readContent().plainText
                    default: try skip()
                    }
                }
                entries.append(entry)
            case .startElement:
                try skip()
            case .endElement:
                return entries
            default:
                continue
            }
        }
        return entries
    }

    // MARK: XLIFF 1.2 units

    private func readUnit12(_ start: XMLElementStart) throws -> XLIFFUnit {
        var unit = XLIFFUnit(
            id: start.attribute("id") ?? "", name: start.attribute("resname"), translate: Self.yesNo(start.attribute("translate")),
            otherAttributes: Self.others(start, excluding: ["id", "resname", "translate"]),
            location: location(start), groups: structural.compactMap(\.groupID))
        var source: [XLIFFNode] = [], sourceAttributes: [XLIFFAttribute] = [], sourceLocation: XLIFFLocation?
        var segmentedSource: [XLIFFNode]?, segmentedLocation: XLIFFLocation?
        var target: [XLIFFNode]?, targetAttributes: [XLIFFAttribute] = [], targetLocation: XLIFFLocation?
        while let event = try event() {
            switch event {
            case .startElement(let child):
                guard isCore(child.name) else {
                    if readsUnitAnnotations {
                        unit.extensions.append(try readElement(child))
                    } else {
                        try skip()
                    }
                    continue
                }
                if !readsUnitAnnotations
                    && !(child.name.local == "source" || child.name.local == "seg-source" || child.name.local == "target")
                {
                    try skip()
                    continue
                }
                switch child.name.local {
                case "source":
                    sourceAttributes = Self.others(child, excluding: [])
                    sourceLocation = location(child)
                    source = try readContent()
                case "seg-source":
                    segmentedLocation = location(child)
                    segmentedSource = try readContent()
                case "target":
                    unit.targetState = child.attribute("state")
                    targetAttributes = Self.others(child, excluding: ["state"])
                    targetLocation = location(child)
                    target = try readContent()
                case "note":
                    unit.notes.append(try readNote12(child))
                case "context-group":
                    unit.metadata.append(try readContextGroup(child))
                default:
                    unit.extensions.append(try readElement(child))
                }
            case .endElement:
                unit.segments = Self.segments(
                    source: source, segmentedSource: segmentedSource, target: target,
                    sourceLocation: segmentedLocation ?? sourceLocation, targetLocation: targetLocation,
                    sourceAttributes: sourceAttributes, targetAttributes: targetAttributes, merged: &unit.targetIsMerged)
                return unit
            default:
                continue
            }
        }
        return unit
    }

    private func readNote12(_ start: XMLElementStart) throws -> XLIFFNote {
        XLIFFNote(
            from: start.attribute("from"), priority: start.attribute("priority").flatMap { Int($0) },
            appliesTo: start.attribute("annotates"), text: try readContent().plainText,
            otherAttributes: Self.others(start, excluding: ["from", "priority", "annotates"]))
    }

    private func readContextGroup(_ start: XMLElementStart) throws -> XLIFFMetaGroup {
        var group = XLIFFMetaGroup(category: start.attribute("name"), entries: [])
        while let event = try event() {
            switch event {
            case .startElement(let child) where isCore(child.name) && child.name.local == "context":
                group.entries.append(XLIFFMetaGroup.Entry(type: child.attribute("context-type") ?? "", value: try readContent().plainText))
            case .startElement:
                try skip()
            case .endElement:
                return group
            default:
                continue
            }
        }
        return group
    }

    /// The segments of a 1.2 unit: one per `<mrk mtype="seg">` of `<seg-source>` (text between
    /// markers becomes ignorables), else the whole source. A target without markers for a
    /// segmented source is kept whole in the first segment (`targetIsMerged`), and so is one with
    /// text outside its markers: that is not whitespace between segments but a tool that wrote the
    /// translation beside the old segments (translate-toolkit's `unit.target =` on a prefilled
    /// target). When those old segments still hold their source, they are the stale prefill and
    /// only the text outside them is the translation.
    static func segments(
        source: [XLIFFNode], segmentedSource: [XLIFFNode]?, target: [XLIFFNode]?,
        sourceLocation: XLIFFLocation?, targetLocation: XLIFFLocation?,
        sourceAttributes: [XLIFFAttribute], targetAttributes: [XLIFFAttribute], merged: inout Bool
    ) -> [XLIFFSegment] {
        let whole = XLIFFSegment(
            source: source, target: target, sourceLocation: sourceLocation, targetLocation: target == nil ? nil : targetLocation,
            sourceAttributes: sourceAttributes, targetAttributes: targetAttributes)
        guard let segmentedSource, let sourcePieces = markerPieces(segmentedSource) else { return [whole] }
        var segments = sourcePieces.map { piece in
            XLIFFSegment(
                id: piece.id, isIgnorable: piece.id == nil, source: piece.content, sourceLocation: sourceLocation,
                sourceAttributes: sourceAttributes)
        }
        guard let target else { return segments }
        let firstSegment = segments.firstIndex { !$0.isIgnorable } ?? 0
        func mergedTarget(_ content: [XLIFFNode]) -> [XLIFFSegment] {
            merged = true
            segments[firstSegment].target = content
            segments[firstSegment].targetLocation = targetLocation
            segments[firstSegment].targetAttributes = targetAttributes
            return segments
        }
        guard let targetPieces = markerPieces(target) else { return mergedTarget(target) }
        let outside = targetPieces.filter { $0.id == nil }.flatMap(\.content)
        // Codes between segments may hold further markers (Okapi nests them in <g>); only text
        // that belongs to no segment at all counts as written beside the segments.
        let loose = outside.filter { node in
            guard case .element(let element) = node else { return true }
            return !element.children.descendantElements.contains { $0.name.local == "mrk" && $0.attribute("mtype") == "seg" }
        }
        if !loose.plainText.allSatisfy(\.isWhitespace) {
            let sources = Dictionary(sourcePieces.compactMap { piece in piece.id.map { ($0, piece.content.plainText) } },
                uniquingKeysWith: { first, _ in first })
            let isStalePrefill = targetPieces.allSatisfy { piece in
                piece.id.map { sources[$0] == piece.content.plainText } ?? true
            }
            // The stale markers go, and with them the spaces that separated them.
            let translation = targetPieces.filter { $0.id == nil && !$0.content.plainText.allSatisfy(\.isWhitespace) }.flatMap(\.content)
            return mergedTarget(isStalePrefill ? translation : target)
        }
        var byID: [String: [XLIFFNode]] = [:]
        var gaps: [[XLIFFNode]] = []
        for piece in targetPieces {
            if let id = piece.id { byID[id, default: []] += piece.content } else { gaps.append(piece.content) }
        }
        var gapIndex = 0
        for index in segments.indices {
            if let id = segments[index].id {
                segments[index].target = byID[id]
            } else if gapIndex < gaps.count {
                segments[index].target = gaps[gapIndex]
                gapIndex += 1
            }
            if segments[index].target != nil {
                segments[index].targetLocation = targetLocation
                segments[index].targetAttributes = targetAttributes
            }
        }
        return segments
    }

    /// Top-level `<mrk mtype="seg">` markers and the runs between them; nil when there is no marker.
    private static func markerPieces(_ nodes: [XLIFFNode]) -> [(id: String?, content: [XLIFFNode])]? {
        var pieces: [(id: String?, content: [XLIFFNode])] = []
        var gap: [XLIFFNode] = []
        var found = false
        for node in nodes {
            if case .element(let element) = node, element.name.local == "mrk", element.attribute("mtype") == "seg" {
                if !gap.isEmpty { pieces.append((nil, gap)) }
                gap = []
                pieces.append((element.attribute("mid") ?? "", element.children))
                found = true
            } else {
                gap.append(node)
            }
        }
        if !gap.isEmpty { pieces.append((nil, gap)) }
        return found ? pieces : nil
    }

    // MARK: Content

    /// The content of the element just opened, up to its end tag. Comments and processing instructions are dropped.
    private func readContent() throws -> [XLIFFNode] {
        var nodes: [XLIFFNode] = []
        while let event = try event() {
            switch event {
            case .text(let text), .cdata(let text):
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + text)
                } else {
                    nodes.append(.text(text))
                }
            case .startElement(let start):
                nodes.append(.element(try readElement(start)))
            case .endElement:
                return nodes
            case .comment, .processingInstruction:
                continue
            }
        }
        return nodes
    }

    private func readElement(_ start: XMLElementStart) throws -> XLIFFElement {
        XLIFFElement(
            name: Self.convert(start.name), attributes: start.attributes.map(Self.convert),
            namespaceDeclarations: start.namespaceDeclarations.map(Self.convert), children: try readContent())
    }

    /// Skips the rest of the element just opened.
    private func skip() throws {
        do {
            try xml.skipElement()
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    private func event() throws -> XMLEvent? {
        if let event = pushedBack {
            pushedBack = nil
            return event
        }
        do {
            return try xml.next()
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
    }

    // MARK: Helpers

    /// Whether `name` is an element of this document's XLIFF core namespace.
    private func isCore(_ name: XMLName) -> Bool {
        guard let root else { return false }
        return name.namespace == root.namespace
    }

    private func location(_ start: XMLElementStart) -> XLIFFLocation {
        XLIFFLocation(line: start.line, column: start.column)
    }

    private func problem(at start: XMLElementStart, _ message: String) -> XLIFFProblem {
        XLIFFProblem(file: path, line: start.line, column: start.column, message: message)
    }

    private static func yesNo(_ value: String?) -> Bool? {
        switch value {
        case "yes": true
        case "no": false
        default: nil
        }
    }

    /// The attributes of `start` that the model does not hold in a field of its own.
    /// (Arrays, not sets: a handful of names, compared without hashing or building a set per element.)
    private static func others(_ start: XMLElementStart, excluding plain: [String], excludingXML: [String] = []) -> [XLIFFAttribute] {
        guard !start.attributes.isEmpty else { return [] }
        return start.attributes.filter { attribute in
            switch attribute.name.namespace {
            case nil: !plain.contains(attribute.name.local)
            case XLIFFNamespace.xml?: !excludingXML.contains(attribute.name.local)
            default: true
            }
        }.map(convert)
    }

    static func convert(_ name: XMLName) -> XLIFFName {
        XLIFFName(name.local, namespace: name.namespace, prefix: name.prefix)
    }

    static func convert(_ attribute: XMLAttribute) -> XLIFFAttribute {
        XLIFFAttribute(convert(attribute.name), attribute.value)
    }

    static func convert(_ declaration: XMLNamespaceDeclaration) -> XLIFFNamespaceDeclaration {
        XLIFFNamespaceDeclaration(prefix: declaration.prefix, uri: declaration.uri)
    }
}
