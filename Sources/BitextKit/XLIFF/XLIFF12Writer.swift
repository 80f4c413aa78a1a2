/// Writes an `XLIFFDocument` as XLIFF 1.2, valid against the strict OASIS schema.
///
/// A unit with several segments gets a `<seg-source>` with one `<mrk mtype="seg">` per sentence, and
/// its `<target>` the same markers; legacy tools (OmegaT 3.6, translate-toolkit) read both. XLIFF 1.2
/// has no Metadata or Glossary module: metadata becomes `<context-group>`s, glossary entries notes.
public struct XLIFF12Writer: Sendable {
    public init() {}

    public func write(_ document: XLIFFDocument) throws -> [UInt8] {
        let out = XLIFFMarkupWriter()
        try writeStart(of: document, to: out)
        for file in document.files {
            try write(file, in: document, to: out)
        }
        try out.close()
        return try out.finish()
    }

    /// The XML declaration and the opening `<xliff>` tag; the `<file>`s and the closing tag follow
    /// (``XLIFFStreamWriter`` writes them one at a time).
    func writeStart(of document: XLIFFDocument, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core12
        try out.startDocument()
        var declarations = [XLIFFNamespaceDeclaration(prefix: nil, uri: core)]
        for declaration in document.namespaceDeclarations where !declarations.contains(where: { $0.prefix == declaration.prefix }) {
            declarations.append(declaration)
        }
        try out.open("xliff", namespace: core, declarations: declarations)
        try out.attribute("version", XLIFFVersion.v1_2.rawValue)
        for attribute in document.otherAttributes { try out.attribute(attribute) }
    }

    /// One `<file>`; languages it does not name are the document's.
    func write(_ file: XLIFFFile, in document: XLIFFDocument, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core12
        try out.open("file", namespace: core)
        try out.attribute("original", file.original ?? file.id ?? "")
        try out.attribute("source-language", file.sourceLanguage ?? document.sourceLanguage)
        try out.attribute("target-language", file.targetLanguage ?? document.targetLanguage)
        try out.attribute("datatype", file.datatype ?? "plaintext")
        if let space = file.space { try out.attribute(XLIFFAttribute(XLIFFName("space", namespace: XLIFFNamespace.xml), space)) }
        for attribute in file.otherAttributes { try out.attribute(attribute) }
        let coreExtensions = file.extensions.filter { XLIFFNamespace.isCore1($0.name.namespace) && $0.name.namespace != nil }
        let foreign = file.extensions.filter { !XLIFFNamespace.isCore1($0.name.namespace) && !XLIFFNamespace.isCore2($0.name.namespace) }
        if !file.notes.isEmpty || !coreExtensions.isEmpty || !foreign.isEmpty {
            // Schema order inside <header>: skl?, phase-group?, (glossary | reference | count-group | note | tool)*, other*.
            try out.open("header", namespace: core)
            for element in coreExtensions { try out.extensionElement(element) }
            for note in file.notes { try write(note, to: out) }
            for element in foreign { try out.extensionElement(element) }
            try out.close()
        }
        try out.open("body", namespace: core)
        for unit in file.units { try write(unit, to: out) }
        try out.close()
        try out.close()
    }

    private func write(_ unit: XLIFFUnit, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core12
        try out.open("trans-unit", namespace: core)
        try out.attribute("id", unit.id)
        try out.attribute("resname", unit.name)
        try out.attribute("translate", unit.translate.map { $0 ? "yes" : "no" })
        for attribute in unit.otherAttributes { try out.attribute(attribute) }

        let isSegmented = unit.segments.count > 1
        let source = unit.segments.flatMap(\.source)
        try out.leaf("source", namespace: core, other: unit.segments.first?.sourceAttributes ?? [], content: source)
        if isSegmented {
            try out.leaf("seg-source", namespace: core, content: unit.segments.enumerated().flatMap { index, segment in
                segment.isIgnorable ? segment.source : [Self.marker(segment, number: index + 1, content: segment.source)]
            })
        }
        if unit.segments.contains(where: { $0.target != nil && !$0.isIgnorable }) {
            let target: [XLIFFNode]
            if isSegmented && !unit.targetIsMerged {
                target = unit.segments.enumerated().flatMap { index, segment in
                    segment.isIgnorable
                        ? (segment.target ?? segment.source)
                        : [Self.marker(segment, number: index + 1, content: segment.target ?? [])]
                }
            } else {
                target = unit.segments.flatMap { $0.target ?? ($0.isIgnorable ? $0.source : []) }
            }
            try out.leaf(
                "target", namespace: core, attributes: [("state", unit.targetState)],
                other: unit.segments.first { $0.target != nil }?.targetAttributes ?? [], content: target)
        }
        for group in unit.metadata {
            try out.open("context-group", namespace: core)
            try out.attribute("name", group.category)
            try out.attribute("purpose", "information")
            for entry in group.entries {
                try out.leaf("context", namespace: core, attributes: [("context-type", entry.type)], text: entry.value)
            }
            try out.close()
        }
        for note in unit.notes { try write(note, to: out) }
        for entry in unit.glossary {
            try write(XLIFFNote(from: "glossary", appliesTo: "source", text: Self.glossaryNote(entry)), to: out)
        }
        for element in unit.extensions where !XLIFFNamespace.isCore2(element.name.namespace) {
            try out.extensionElement(element)
        }
        try out.close()
    }

    private func write(_ note: XLIFFNote, to out: XLIFFMarkupWriter) throws {
        try out.leaf(
            "note", namespace: XLIFFNamespace.core12,
            attributes: [("priority", note.priority.map(String.init)), ("from", note.from), ("annotates", note.appliesTo)],
            other: note.otherAttributes, text: note.text)
    }

    private static func marker(_ segment: XLIFFSegment, number: Int, content: [XLIFFNode]) -> XLIFFNode {
        .element(XLIFFElement(
            name: XLIFFName("mrk", namespace: XLIFFNamespace.core12),
            attributes: [
                XLIFFAttribute(XLIFFName("mtype"), "seg"),
                XLIFFAttribute(XLIFFName("mid"), segment.id ?? String(number)),
            ],
            children: content))
    }

    /// How a glossary entry reads as a 1.2 note: `국제보건규칙 = International Health Regulations | IHR (note)`.
    static func glossaryNote(_ entry: XLIFFGlossaryEntry) -> String {
        var text = "\(entry.term) = \(entry.translations.joined(separator: " | "))"
        if let definition = entry.definition { text += " (\(definition))" }
        return text
    }
}
