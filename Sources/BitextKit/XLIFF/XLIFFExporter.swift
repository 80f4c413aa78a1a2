import Foundation
import LibXML

/// Builds the XLIFF document of one or more releases: one `<file>` per release, the title as unit
/// `title`, one unit per block (its block ID as unit ID) with a sentence per segment, a note saying
/// where the block sits, the block's kind and marker as metadata, glossary hints, and the target
/// from the translated release where one is given.
public struct XLIFFExporter: Sendable {
    public struct Options: Sendable {
        public var version: XLIFFVersion
        /// Fill every target that has no translation with the source (state `initial` in 2.x, `new`
        /// in 1.2): legacy CAT tools such as OmegaT 3.6 translate only existing targets.
        public var prefillTarget: Bool
        public var glossary: (any GlossaryHints)?

        public init(version: XLIFFVersion = .default, prefillTarget: Bool = false, glossary: (any GlossaryHints)? = nil) {
            self.version = version
            self.prefillTarget = prefillTarget
            self.glossary = glossary
        }
    }

    /// A release to export, with its translation if one exists.
    public struct Item: Sendable {
        public var source: Release
        public var target: Release?

        public init(source: Release, target: Release? = nil) {
            self.source = source
            self.target = target
        }
    }

    /// The document, and what the user should know about it (blocks that do not align).
    public struct Result: Sendable {
        public var document: XLIFFDocument
        public var warnings: [String]
    }

    public let catalog: LocaleCatalog
    public let options: Options

    public init(catalog: LocaleCatalog, options: Options = Options()) {
        self.catalog = catalog
        self.options = options
    }

    /// The document for `items`, translated into `targetLocale`.
    ///
    /// The `<file>`s are built on every core and put in order; the first error in item order is
    /// thrown, as building them one by one would throw it. With `progress`, says how far it is.
    public func document(for items: [Item], targetLocale: String, progress: ProgressLine? = nil) throws -> Result {
        var document: XLIFFDocument?
        let warnings = try run(
            count: items.count, item: { items[$0] }, targetLocale: targetLocale, progress: progress,
            start: { document = XLIFFDocument(version: options.version, sourceLanguage: $0, targetLanguage: targetLocale) },
            write: { document?.files.append($0) })
        guard let document else { throw XLIFFExportError.nothingToExport }
        return Result(document: document, warnings: warnings)
    }

    /// The exported bytes, in the version of `options`.
    public func export(_ items: [Item], targetLocale: String, progress: ProgressLine? = nil) throws -> (bytes: [UInt8], warnings: [String]) {
        let result = try document(for: items, targetLocale: targetLocale, progress: progress)
        return (try result.document.serialized(), result.warnings)
    }

    /// Writes the XLIFF of `items` to `sink` as the `<file>`s are built, a batch at a time; returns
    /// the warnings. The bytes and errors are those of ``export(_:targetLocale:progress:)``.
    public func export(
        _ items: [Item], targetLocale: String, to sink: @escaping ([UInt8]) throws -> Void, progress: ProgressLine? = nil
    ) throws -> [String] {
        try export(count: items.count, item: { items[$0] }, targetLocale: targetLocale, to: sink, progress: progress)
    }

    /// Streams the export of `count` items, each made by `item` on whichever core builds it.
    func export(
        count: Int, item: @escaping @Sendable (Int) throws -> Item, targetLocale: String,
        to sink: @escaping ([UInt8]) throws -> Void, progress: ProgressLine?
    ) throws -> [String] {
        var writer: XLIFFStreamWriter?
        let warnings = try run(
            count: count, item: item, targetLocale: targetLocale, progress: progress,
            start: { sourceLocale in
                let header = XLIFFDocument(version: options.version, sourceLanguage: sourceLocale, targetLanguage: targetLocale)
                writer = try XLIFFStreamWriter(header: header, sink: sink)
            },
            write: { try writer?.write($0) })
        try writer?.finish()
        return warnings
    }

    // MARK: Files and units

    func file(for item: Item, number: Int, targetLocale: String,
        sourceSegmenter: SentenceSegmenter, targetSegmenter: SentenceSegmenter) throws -> XLIFFFile {
        let version = options.version
        let release = item.source
        var releaseGroup = XLIFFMetaGroup(category: BitextMetadata.releaseCategory, entries: [])
        if let date = release.date {
            releaseGroup.entries.append(.init(type: BitextMetadata.date.type(for: version), value: date))
        }
        if let date = item.target?.date {
            releaseGroup.entries.append(.init(type: BitextMetadata.targetDate.type(for: version), value: date))
        }
        var file = XLIFFFile(
            id: version.isVersion2 ? "f\(number)" : nil, original: release.file,
            sourceLanguage: version.isVersion2 ? nil : release.locale, targetLanguage: version.isVersion2 ? nil : targetLocale,
            datatype: version.isVersion2 ? nil : "plaintext", space: "preserve")
        if version.isVersion2 && !releaseGroup.entries.isEmpty { file.metadata = [releaseGroup] }

        let targets = Dictionary((item.target?.units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let places = Self.placeDescriptions(of: release)
        for block in release.units {
            var unit = XLIFFUnit(id: block.id.description)
            var entries = [XLIFFMetaGroup.Entry(type: BitextMetadata.kind.type(for: version), value: block.id.isTitle ? "title" : block.kind.rawValue)]
            if !block.marker.isEmpty {
                entries.append(.init(type: BitextMetadata.marker.type(for: version), value: block.marker))
            }
            entries.append(.init(type: BitextMetadata.line.type(for: version), value: String(block.line)))
            if block.id.isTitle && !version.isVersion2 && !releaseGroup.entries.isEmpty { unit.metadata.append(releaseGroup) }
            // XLIFF 1.2 wants context-group names unique in the whole <file>, so its groups go unnamed.
            unit.metadata.append(XLIFFMetaGroup(category: version.isVersion2 ? BitextMetadata.blockCategory : nil, entries: entries))
            let place = places[block.id] ?? block.id.description
            unit.notes = [version.isVersion2 ? XLIFFNote(category: "location", text: place) : XLIFFNote(from: "bitext", text: place)]
            unit.glossary = glossaryEntries(for: block.text, sourceLocale: release.locale, targetLocale: targetLocale)

            let translation = targets[block.id]?.text
            let (segments, state) = try self.segments(
                source: block.text, target: translation, unit: unit.id, line: block.line, file: release.file,
                sourceSegmenter: sourceSegmenter, targetSegmenter: targetSegmenter)
            unit.segments = segments
            if !version.isVersion2 { unit.targetState = state }
            file.units.append(unit)
        }
        return file
    }

    private func glossaryEntries(for text: String, sourceLocale: String, targetLocale: String) -> [XLIFFGlossaryEntry] {
        guard let glossary = options.glossary else { return [] }
        var seen = Set<String>()
        return glossary.hints(forSource: text, sourceLocale: sourceLocale, targetLocale: targetLocale).compactMap { hint in
            // A glossary entry needs a translation or a definition (a Glossary module constraint).
            guard !hint.translations.isEmpty || hint.note != nil, seen.insert(hint.term).inserted else { return nil }
            return XLIFFGlossaryEntry(term: hint.term, translations: hint.translations, definition: hint.note, source: hint.origin)
        }
    }

    // MARK: Segments

    /// One segment per sentence, with the whitespace between sentences as ignorables, so that the
    /// segments and ignorables together give back the block's text exactly. When the translation has
    /// a different number of sentences, the unit keeps one segment for the whole text.
    private func segments(source: String, target: String?, unit: String, line: Int, file: String,
        sourceSegmenter: SentenceSegmenter, targetSegmenter: SentenceSegmenter) throws -> ([XLIFFSegment], String?) {
        let version = options.version
        let sourcePieces = Self.pieces(of: source, segmenter: sourceSegmenter)
        var targetPieces: [Piece]?
        var state: String?
        if let target {
            let pieces = Self.pieces(of: target, segmenter: targetSegmenter)
            targetPieces = pieces.map(\.isGap) == sourcePieces.map(\.isGap) ? pieces : nil
            state = "translated"
            if targetPieces == nil {
                // Sentence counts differ: one segment holds the whole block on both sides.
                let segment = XLIFFSegment(
                    id: "s1", state: version.isVersion2 ? state : nil,
                    source: try content(source, unit: unit, line: line, file: file),
                    target: try content(target, unit: unit, line: line, file: file))
                return ([segment], state)
            }
        } else if options.prefillTarget {
            targetPieces = sourcePieces
            state = version.isVersion2 ? "initial" : "new"
        }
        var segments: [XLIFFSegment] = []
        var number = 0
        for (index, piece) in sourcePieces.enumerated() {
            let targetContent = try targetPieces.map { try content($0[index].text, unit: unit, line: line, file: file) }
            if piece.isGap {
                segments.append(XLIFFSegment(
                    isIgnorable: true, source: try content(piece.text, unit: unit, line: line, file: file), target: targetContent))
            } else {
                number += 1
                segments.append(XLIFFSegment(
                    id: "s\(number)", state: version.isVersion2 ? state : nil,
                    source: try content(piece.text, unit: unit, line: line, file: file), target: targetContent))
            }
        }
        return (segments, state)
    }

    private struct Piece {
        var text: String
        var isGap: Bool
    }

    /// The sentences of `text` and the runs between them, in order; concatenated they are `text`.
    private static func pieces(of text: String, segmenter: SentenceSegmenter) -> [Piece] {
        let sentences = segmenter.sentenceRanges(in: text)
        guard TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(text) else {
            return searchedPieces(of: text, sentences: sentences.map { String(text.unicodeScalars[$0]) })
        }
        guard !sentences.isEmpty else { return [Piece(text: text, isGap: false)] }
        var pieces: [Piece] = []
        var cursor = text.startIndex
        for range in sentences {
            if range.lowerBound > cursor { pieces.append(Piece(text: String(text[cursor..<range.lowerBound]), isGap: true)) }
            pieces.append(Piece(text: String(text[range]), isGap: false))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { pieces.append(Piece(text: String(text[cursor...]), isGap: true)) }
        return pieces
    }

    /// ``pieces(of:segmenter:)`` for text with combining or decomposable characters: each sentence
    /// is looked up with Foundation's search, as Bitext always did. That search compares canonically
    /// equivalent text as equal and keeps characters whole, so there it can place a sentence
    /// differently from where the segmenter found it, or not at all (then the text stays one piece);
    /// for text of single, NFC-stable scalars it finds exactly the segmenter's ranges.
    private static func searchedPieces(of text: String, sentences: [String]) -> [Piece] {
        var pieces: [Piece] = []
        var cursor = text.startIndex
        for sentence in sentences {
            guard let range = text.range(of: sentence, range: cursor..<text.endIndex) else {
                return [Piece(text: text, isGap: false)]
            }
            if range.lowerBound > cursor { pieces.append(Piece(text: String(text[cursor..<range.lowerBound]), isGap: true)) }
            pieces.append(Piece(text: String(text[range]), isGap: false))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { pieces.append(Piece(text: String(text[cursor...]), isGap: true)) }
        return pieces.contains { !$0.isGap } ? pieces : [Piece(text: text, isGap: false)]
    }

    /// Text as inline content. XML 1.0 forbids most control characters; XLIFF 2 writes them as
    /// `<cp hex="…"/>`, XLIFF 1.2 cannot carry them at all.
    private func content(_ text: String, unit: String, line: Int, file: String) throws -> [XLIFFNode] {
        guard XMLCharacters.firstDisallowed(in: text) != nil else { return .plain(text) }
        var nodes: [XLIFFNode] = []
        var run = ""
        for scalar in text.unicodeScalars {
            if Self.isForbiddenInXML(scalar) {
                guard options.version.isVersion2 else {
                    throw XLIFFError.unrepresentable(file: file, line: line, unit: unit, scalar: scalar.value)
                }
                if !run.isEmpty { nodes.append(.text(run)) }
                run = ""
                let hex = String(scalar.value, radix: 16, uppercase: true)
                nodes.append(.element(XLIFFElement(
                    name: XLIFFName("cp", namespace: XLIFFNamespace.core2),
                    attributes: [XLIFFAttribute(XLIFFName("hex"), String(repeating: "0", count: max(0, 4 - hex.count)) + hex)])))
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        if !run.isEmpty { nodes.append(.text(run)) }
        return nodes
    }

    private static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    // MARK: Notes

    /// Where each block sits, for the translator: "title", "paragraph 2, bullet 1", "heading 3", "paragraph 3, note 2".
    static func placeDescriptions(of release: Release) -> [BlockID: String] {
        var places: [BlockID: String] = [.title: "title"]
        func visit(_ block: Block, prefix: String?) {
            let number = block.id.path.last ?? 0
            let name: String
            switch (block.kind, block.id.depth) {
            case (.note, _): name = "note \(number)"
            case (.heading, 1): name = "heading \(number)"
            case (_, 1): name = "paragraph \(number)"
            case (_, 2): name = "bullet \(number)"
            default: name = "sub-bullet \(number)"
            }
            let place = prefix.map { "\($0), \(name)" } ?? name
            places[block.id] = place
            for child in block.children { visit(child, prefix: place) }
        }
        for block in release.blocks { visit(block, prefix: nil) }
        return places
    }
}
