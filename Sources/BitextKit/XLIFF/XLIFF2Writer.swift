/// Writes an `XLIFFDocument` as XLIFF 2.0 or 2.1: core, the Metadata module for release and block
/// data, the Glossary module for glossary hints.
///
/// Output is deterministic (same document, same bytes) and indented between structural elements
/// only. It validates against the OASIS schemas with their modules (`XLIFFSchemas`).
public struct XLIFF2Writer: Sendable {
    public init() {}

    /// The document as UTF-8 bytes; `document.version` decides between `2.0` and `2.1` (1.2 is written as 2.1).
    public func write(_ document: XLIFFDocument) throws -> [UInt8] {
        let out = XLIFFMarkupWriter()
        try writeStart(of: document, to: out)
        for (index, file) in document.files.enumerated() {
            try write(file, number: index + 1, to: out)
        }
        try out.close()
        return try out.finish()
    }

    /// The XML declaration and the opening `<xliff>` tag; the `<file>`s and the closing tag follow
    /// (``XLIFFStreamWriter`` writes them one at a time).
    func writeStart(of document: XLIFFDocument, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core2
        try out.startDocument()
        var declarations = [
            XLIFFNamespaceDeclaration(prefix: nil, uri: core),
            XLIFFNamespaceDeclaration(prefix: "mda", uri: XLIFFNamespace.metadata),
            XLIFFNamespaceDeclaration(prefix: "gls", uri: XLIFFNamespace.glossary),
        ]
        for declaration in document.namespaceDeclarations where !declarations.contains(where: { $0.prefix == declaration.prefix }) {
            declarations.append(declaration)
        }
        try out.open("xliff", namespace: core, declarations: declarations)
        try out.attribute("version", document.version.isVersion2 ? document.version.rawValue : XLIFFVersion.v2_1.rawValue)
        try out.attribute("srcLang", document.sourceLanguage)
        try out.attribute("trgLang", document.targetLanguage)
        for attribute in document.otherAttributes { try out.attribute(attribute) }
    }

    /// The `<file>` numbered `number` (its `id` when it has none).
    func write(_ file: XLIFFFile, number: Int, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core2
        try out.open("file", namespace: core)
        try out.attribute("id", file.id ?? "f\(number)")
        try out.attribute("original", file.original)
        if let space = file.space { try out.attribute(XLIFFAttribute(XLIFFName("space", namespace: XLIFFNamespace.xml), space)) }
        for attribute in file.otherAttributes { try out.attribute(attribute) }
        // Schema order: skeleton?, other namespaces*, notes?, (unit | group)+.
        for element in file.extensions where element.name.namespace == core { try out.extensionElement(element) }
        try writeMetadata(file.metadata, to: out)
        for element in file.extensions where !XLIFFNamespace.isCore2(element.name.namespace) && !isXLIFF1(element) {
            try out.extensionElement(element)
        }
        try writeNotes(file.notes, to: out)
        for unit in file.units { try write(unit, to: out) }
        try out.close()
    }

    private func write(_ unit: XLIFFUnit, to out: XLIFFMarkupWriter) throws {
        let core = XLIFFNamespace.core2
        try out.open("unit", namespace: core)
        try out.attribute("id", unit.id)
        try out.attribute("name", unit.name)
        try out.attribute("translate", unit.translate.map { $0 ? "yes" : "no" })
        for attribute in unit.otherAttributes { try out.attribute(attribute) }
        // Schema order: other namespaces*, notes?, originalData?, (segment | ignorable)+.
        try writeMetadata(unit.metadata, to: out)
        try writeGlossary(unit.glossary, to: out)
        for element in unit.extensions where !XLIFFNamespace.isCore2(element.name.namespace) && !isXLIFF1(element) {
            try out.extensionElement(element)
        }
        try writeNotes(unit.notes, to: out)
        if let originalData = unit.originalData { try out.extensionElement(originalData) }
        for segment in unit.segments {
            try out.open(segment.isIgnorable ? "ignorable" : "segment", namespace: core)
            try out.attribute("id", segment.id)
            if !segment.isIgnorable {
                try out.attribute("state", segment.state)
                try out.attribute("subState", segment.subState)
            }
            for attribute in segment.otherAttributes { try out.attribute(attribute) }
            try out.leaf("source", namespace: core, other: segment.sourceAttributes, content: segment.source)
            if let target = segment.target {
                try out.leaf("target", namespace: core, other: segment.targetAttributes, content: target)
            }
            try out.close()
        }
        try out.close()
    }

    private func writeNotes(_ notes: [XLIFFNote], to out: XLIFFMarkupWriter) throws {
        guard !notes.isEmpty else { return }
        try out.open("notes", namespace: XLIFFNamespace.core2)
        for note in notes {
            try out.leaf(
                "note", namespace: XLIFFNamespace.core2,
                attributes: [("id", note.id), ("appliesTo", note.appliesTo), ("category", note.category),
                    ("priority", note.priority.map(String.init))],
                other: note.otherAttributes, text: note.text)
        }
        try out.close()
    }

    private func writeMetadata(_ groups: [XLIFFMetaGroup], to out: XLIFFMarkupWriter) throws {
        guard !groups.isEmpty else { return }
        let namespace = XLIFFNamespace.metadata
        try out.open("metadata", namespace: namespace, prefix: "mda")
        for group in groups {
            try out.open("metaGroup", namespace: namespace, prefix: "mda")
            try out.attribute("category", group.category)
            for entry in group.entries {
                try out.leaf("meta", namespace: namespace, prefix: "mda", attributes: [("type", entry.type)], text: entry.value)
            }
            try out.close()
        }
        try out.close()
    }

    private func writeGlossary(_ entries: [XLIFFGlossaryEntry], to out: XLIFFMarkupWriter) throws {
        guard !entries.isEmpty else { return }
        let namespace = XLIFFNamespace.glossary
        try out.open("glossary", namespace: namespace, prefix: "gls")
        for entry in entries {
            try out.open("glossEntry", namespace: namespace, prefix: "gls")
            try out.leaf("term", namespace: namespace, prefix: "gls", attributes: [("source", entry.source)], text: entry.term)
            for translation in entry.translations {
                try out.leaf("translation", namespace: namespace, prefix: "gls", text: translation)
            }
            if let definition = entry.definition {
                try out.leaf("definition", namespace: namespace, prefix: "gls", text: definition)
            }
            try out.close()
        }
        try out.close()
    }

    /// XLIFF 1.2 elements kept from a 1.2 input (`alt-trans`, `count-group`) have no place in 2.x.
    private func isXLIFF1(_ element: XLIFFElement) -> Bool {
        element.name.namespace == XLIFFNamespace.core12 || element.name.namespace == XLIFFNamespace.core11
    }
}
