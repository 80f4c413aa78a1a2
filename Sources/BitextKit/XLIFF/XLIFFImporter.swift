import Foundation

/// Turns a translated XLIFF back into release text: the target of every unit, in the block
/// structure of the source, rendered in the target locale's style ("1." and "o" in English, "ㅇ" in Korean).
///
/// Units are streamed (`XLIFFReader.next()`); only the texts the output needs are kept. With the
/// source release, every unit's source must still match it (`source-drift`), and no unit may be
/// missing or unknown; without it, the structure comes from the unit IDs and the kinds from the
/// metadata Bitext exported. Untranslated units are an error unless `allowUntranslated`.
public struct XLIFFImporter: Sendable {
    public struct Options: Sendable {
        /// Import units without a translation with their source text instead of failing.
        public var allowUntranslated: Bool
        /// The locale to render in; by default the XLIFF's target language.
        public var targetLocale: String?

        public init(allowUntranslated: Bool = false, targetLocale: String? = nil) {
            self.allowUntranslated = allowUntranslated
            self.targetLocale = targetLocale
        }
    }

    /// One release rebuilt from one `<file>`.
    public struct Imported: Sendable {
        public var release: Release
        /// The release as text, in the target locale's style.
        public var text: String
        /// `NAME.en.txt` for a file whose `original` is `…/NAME.ko.txt`.
        public var suggestedName: String
        /// Units imported with their source text (only with `allowUntranslated`).
        public var warnings: [String]
    }

    public let catalog: LocaleCatalog
    public let options: Options

    public init(catalog: LocaleCatalog, options: Options = Options()) {
        self.catalog = catalog
        self.options = options
    }

    /// Every release in the XLIFF at `path`; with `source`, only the one exported from it.
    ///
    /// With `progress`, says how many units it has read.
    public func importReleases(from path: String, source: Release? = nil, progress: ProgressLine? = nil) throws -> [Imported] {
        let reader = try XLIFFReader(contentsOf: path)
        let root = try reader.readRoot()
        var files: [PendingFile] = []
        var units = 0
        defer { progress?.finish() }
        while let item = try reader.next() {
            switch item {
            case .file(let file):
                files.append(PendingFile(header: file))
            case .unit(let unit):
                if files.isEmpty { files.append(PendingFile(header: XLIFFFile(location: root.location))) }
                files[files.count - 1].add(unit)
                units += 1
                progress?.update(units: units, done: files.count)
            }
        }
        let documentTarget = root.targetLanguage ?? files.first?.header.targetLanguage
        let documentSource = root.sourceLanguage ?? files.first?.header.sourceLanguage
        guard files.contains(where: { !$0.units.isEmpty }) else {
            throw XLIFFError.cannotImport([XLIFFProblem(file: path, at: root.location, message: "the XLIFF has no translation units")])
        }
        guard let localeName = options.targetLocale ?? documentTarget else {
            throw XLIFFError.cannotImport([XLIFFProblem(
                file: path, at: root.location, message: "the XLIFF names no target language (trgLang); pass --target-locale")])
        }
        guard let profile = catalog.profile(named: localeName) else {
            throw XLIFFError.cannotImport([XLIFFProblem(
                file: path, at: root.location,
                message: "no locale profile for the target language “\(localeName)”; known: \(catalog.profiles.map(\.locale).joined(separator: ", "))")])
        }

        if let source {
            var problems: [XLIFFProblem] = []
            if let documentSource, catalog.profile(named: documentSource)?.locale != source.locale {
                problems.append(XLIFFProblem(
                    file: path, at: root.location,
                    message: "the XLIFF's source language is \(documentSource), but \(source.file) is in \(source.locale)"))
            }
            let file = try matchingFile(files, for: source, path: path)
            let imported = try build(file, source: source, profile: profile, path: path, problems: problems)
            return [imported]
        }
        return try files.filter { !$0.units.isEmpty }.map { try build($0, source: nil, profile: profile, path: path, problems: []) }
    }

    /// The `<file>` exported from `source`: the only one, or the one whose `original` names it.
    private func matchingFile(_ files: [PendingFile], for source: Release, path: String) throws -> PendingFile {
        let candidates = files.filter { !$0.units.isEmpty }
        if candidates.count == 1 { return candidates[0] }
        let name = URL(fileURLWithPath: source.file).lastPathComponent
        if let exact = candidates.first(where: { $0.header.original == source.file })
            ?? candidates.first(where: { $0.header.original.map { URL(fileURLWithPath: $0).lastPathComponent } == name })
        {
            return exact
        }
        throw XLIFFError.cannotImport([XLIFFProblem(
            file: path, line: 1, column: 1,
            message: "the XLIFF holds \(candidates.count) releases and none has original=\"\(source.file)\"")])
    }

    // MARK: Building a release

    private func build(_ file: PendingFile, source: Release?, profile: LocaleProfile, path: String, problems: [XLIFFProblem])
        throws -> Imported
    {
        var problems = problems + file.duplicates.map { unit in
            XLIFFProblem(file: path, at: unit.location, message: "unit \(unit.id) appears twice")
        }
        var warnings: [String] = []
        let untranslated = file.units.filter { !$0.isTranslated && $0.translate != false }
        if !untranslated.isEmpty {
            if options.allowUntranslated {
                warnings.append("\(untranslated.count) unit(s) not translated, imported with their source text: "
                    + untranslated.map(\.id).joined(separator: ", "))
            } else {
                problems += untranslated.map { unit in
                    XLIFFProblem(
                        file: path, at: unit.targetLocation ?? unit.location, rule: "untranslated",
                        message: "unit \(unit.id) is not translated" + (unit.state.map { " (state \($0))" } ?? ""))
                }
            }
        }

        let blocks: [Block]
        let title: String
        if let source {
            (title, blocks) = structure(from: source, file: file, path: path, problems: &problems)
        } else {
            (title, blocks) = structure(of: file, path: path, problems: &problems)
        }
        guard problems.isEmpty else {
            throw XLIFFError.cannotImport(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        // The title unit's metadata was merged into the header's (where XLIFF 1.2 keeps the date).
        let releaseGroups = file.header.metadata
        let date = BitextMetadata.targetDate.value(in: releaseGroups) ?? BitextMetadata.date.value(in: releaseGroups) ?? source?.date
        let name = suggestedName(for: file.header.original ?? source?.file, profile: profile)
        let release = Release(
            file: name, locale: profile.locale, title: title, titleLine: 1, date: date, metadata: [], blocks: blocks)
        return Imported(
            release: release, text: ReleaseRenderer(profile: profile, markers: .localeStyle).render(release),
            suggestedName: name, warnings: warnings)
    }

    /// The source release's tree with the translations in it; drifted, missing and unknown units are problems.
    private func structure(from source: Release, file: PendingFile, path: String, problems: inout [XLIFFProblem])
        -> (String, [Block])
    {
        let sourceIDs = Set(source.units.map(\.id.description))
        for unit in file.units where !sourceIDs.contains(unit.id) {
            problems.append(XLIFFProblem(
                file: path, at: unit.location, message: "unit \(unit.id) is not a block of \(source.file)"))
        }
        for block in source.units {
            guard let unit = file.byID[block.id.description] else {
                problems.append(XLIFFProblem(
                    file: path, at: file.header.location,
                    message: "unit \(block.id) (\(source.file):\(block.line)) is missing from the XLIFF"))
                continue
            }
            if Self.normalized(unit.sourceText) != Self.normalized(block.text) {
                problems.append(XLIFFProblem(
                    file: path, at: unit.location, rule: "source-drift",
                    message: "unit \(unit.id): the source no longer matches \(source.file):\(block.line): "
                        + "“\(Self.excerpt(unit.sourceText))” in the XLIFF, “\(Self.excerpt(block.text))” in the release"))
            }
        }
        func rebuild(_ block: Block) -> Block {
            var copy = block
            copy.text = file.byID[block.id.description].map(text(of:)) ?? block.text
            copy.marker = ""
            copy.children = block.children.map(rebuild)
            return copy
        }
        let title = file.byID["title"].map(text(of:)) ?? source.title
        return (title, source.blocks.map(rebuild))
    }

    /// The tree the unit IDs describe (`p2.b1` is the first child of `p2`), with kinds from the metadata.
    private func structure(of file: PendingFile, path: String, problems: inout [XLIFFProblem]) -> (String, [Block]) {
        var roots: [Block] = []
        var title: String?
        for unit in file.units {
            guard let id = BlockID(unit.id) else {
                problems.append(XLIFFProblem(
                    file: path, at: unit.location,
                    message: "unit “\(unit.id)” is not a Bitext block ID (title, p1, p2.b1); pass --source with the release it was exported from"))
                continue
            }
            if id.isTitle {
                title = text(of: unit)
                continue
            }
            let kind = unit.kind.flatMap(Block.Kind.init(rawValue:)) ?? (id.depth == 1 ? .paragraph : .bullet)
            let block = Block(id: id, kind: kind, marker: "", text: text(of: unit), line: unit.location?.line ?? 0, column: 1)
            if !Self.insert(block, into: &roots, path: id.path[...]) {
                problems.append(XLIFFProblem(
                    file: path, at: unit.location,
                    message: "unit \(id) does not follow its predecessor: " + Self.expectedNext(in: roots, for: id)))
            }
        }
        if title == nil {
            problems.append(XLIFFProblem(file: path, at: file.header.location, message: "the XLIFF has no unit “title”"))
        }
        return (title ?? "", roots)
    }

    /// Appends `block` at `path` if it is the next block there (p3 after p2, p2.b1 under p2); false otherwise.
    private static func insert(_ block: Block, into blocks: inout [Block], path: ArraySlice<Int>) -> Bool {
        guard let first = path.first else { return false }
        if path.count == 1 {
            guard first == blocks.count + 1 else { return false }
            blocks.append(block)
            return true
        }
        guard first == blocks.count, first > 0 else { return false }
        return insert(block, into: &blocks[first - 1].children, path: path.dropFirst())
    }

    private static func expectedNext(in roots: [Block], for id: BlockID) -> String {
        guard let parent = id.parent, !parent.isTitle else { return "expected p\(roots.count + 1)" }
        return "its parent \(parent) must come first, and its siblings in order"
    }

    private func text(of unit: PendingUnit) -> String {
        Self.normalized(unit.isTranslated || unit.translate == false ? (unit.target ?? unit.source) : unit.source)
    }

    private func suggestedName(for original: String?, profile: LocaleProfile) -> String {
        let code = profile.fileCodes.first ?? profile.language
        guard let original else { return "release.\(code).txt" }
        var name = URL(fileURLWithPath: original).lastPathComponent
        if name.hasSuffix(".txt") {
            name.removeLast(".txt".count)
            if let dot = name.lastIndex(of: "."), catalog.profile(forFile: original) != nil { name = String(name[..<dot]) }
        }
        return "\(name).\(code).txt"
    }

    /// One line of release text: NFC, a line break and the spaces around it folded into one space
    /// (CAT tools wrap and indent long targets), trimmed. Other runs of spaces are kept.
    static func normalized(_ text: String) -> String {
        // Most targets are one line of NFC text: then only the trimming does anything, and
        // Foundation's normalization and regular expression (a round trip through NSString) are skipped.
        if !text.utf8.contains(0x0A), TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(text) {
            return text.trimmingWhitespace()
        }
        return text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "[ \\t]*[\\r\\n][ \\t\\r\\n]*", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }

    private static func excerpt(_ text: String) -> String {
        let line = normalized(text)
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }
}

/// What the importer keeps of a unit: its texts, not its markup.
private struct PendingUnit {
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

/// A `<file>` being imported: its header and the units read so far.
private struct PendingFile {
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
