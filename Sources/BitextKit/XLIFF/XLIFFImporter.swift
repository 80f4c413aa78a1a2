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
    /// Past this size a `<file>`'s recording is read a piece at a time (small in tests).
    var pieceSize = XLIFFRecordingStream.defaultPieceSize

    public init(catalog: LocaleCatalog, options: Options = Options()) {
        self.catalog = catalog
        self.options = options
    }

    /// Every release in the XLIFF at `path`; with `source`, only the one exported from it.
    ///
    /// With `progress`, says how many units it has read.
    public func importReleases(from path: String, source: Release? = nil, progress: ProgressLine? = nil) throws -> [Imported] {
        var imported: [Imported] = []
        try importReleases(from: path, source: source, progress: progress) { imported.append($0) }
        return imported
    }

    /// Calls `body` with every release in the XLIFF at `path` (with `source`, only the one exported
    /// from it), in order, while the XLIFF is still being read: the releases are built on every core
    /// a batch of `<file>`s at a time, so memory holds two batches whatever the size of the XLIFF.
    ///
    /// The error is the one a run that read the whole XLIFF first would throw: a malformed XLIFF
    /// wins over a release that cannot be built, and the first such release over later ones. So
    /// `body` may have seen releases of a run that fails in the end; whoever writes them out should
    /// make them final only once this returns. An error of `body` is thrown at once.
    public func importReleases(
        from path: String, source: Release? = nil, progress: ProgressLine? = nil, _ body: (Imported) throws -> Void
    ) throws {
        let stream = try PendingFileStream(path: path, pieceSize: pieceSize)
        defer { progress?.finish() }
        if let source {
            return try body(importRelease(exportedFrom: source, stream: stream, path: path, progress: progress))
        }
        var batch = try stream.nextBatch(Self.batchSize)
        // The first <file> has been read by now, and with it the target language.
        var failure: (any Error)?
        let profile: LocaleProfile?
        do {
            profile = try targetProfile(stream, path: path)
        } catch {
            profile = nil
            failure = error
        }
        var count = ReadCount()
        while !batch.isEmpty {
            guard failure == nil, let profile else {
                // Nothing more is built, but a malformed XLIFF further on is still the error to report.
                for group in batch { count.add(ReadCount(try group.read())) }
                batch = try stream.nextBatch(Self.batchSize)
                continue
            }
            let current = batch
            // The next batch is read (the XLIFF can only be read in order) while the recorded
            // <file>s of this one are read and built. Per <file>: how much was read and the
            // releases built, or the error of reading it.
            let (next, built) = ParallelMap.batch(current.count, alongside: { Swift.Result { try stream.nextBatch(Self.batchSize) } }) {
                index in
                Swift.Result {
                    let files = try current[index].read()
                    return (read: ReadCount(files), releases: files.filter { !$0.units.isEmpty }.map { file in
                        Swift.Result { try build(file, source: nil, profile: profile, path: path, problems: []) }
                    })
                }
            }
            // A malformed XLIFF wins over a release that cannot be built, and comes before
            // anything in the next batch.
            let results = try built.map { try $0.get() }
            for result in results {
                count.add(result.read)
                guard failure == nil else { continue }
                for release in result.releases {
                    if case .failure(let error) = release {
                        failure = error
                        break
                    }
                    try body(try release.get())
                }
            }
            progress?.update(units: count.units, done: count.files)
            batch = try next.get()
        }
        if count.units == 0 { throw noUnits(path: path, root: stream.root) }
        if let failure { throw failure }
    }

    /// How much of an XLIFF has been read, for the progress line and to tell that it has no units.
    private struct ReadCount {
        var files: Int
        var units: Int

        init(_ read: [PendingFile] = []) {
            files = read.count
            units = read.reduce(0) { $0 + $1.units.count }
        }

        mutating func add(_ other: ReadCount) {
            files += other.files
            units += other.units
        }
    }

    static let batchSize = ParallelMap.batchSize

    /// The release exported from `source`: the XLIFF's only `<file>` with units, else the first whose
    /// `original` is the source's path, else the first with its file name. Only those are kept.
    private func importRelease(exportedFrom source: Release, stream: PendingFileStream, path: String, progress: ProgressLine?)
        throws -> Imported
    {
        let name = PathName.lastComponent(source.file)
        var candidates = 0
        var only: PendingFile?
        var exact: PendingFile?
        var named: PendingFile?
        var count = ReadCount()
        while let group = try stream.next() {
            let files = try group.read()
            count.add(ReadCount(files))
            for file in files where !file.units.isEmpty {
                candidates += 1
                only = candidates == 1 ? file : nil
                if exact == nil && file.header.original == source.file { exact = file }
                if named == nil && file.header.original.map(PathName.lastComponent) == name {
                    named = file
                }
            }
            progress?.update(units: count.units, done: count.files)
        }
        guard candidates > 0 else { throw noUnits(path: path, root: stream.root) }
        let profile = try targetProfile(stream, path: path)
        var problems: [XLIFFProblem] = []
        if let documentSource = stream.root.sourceLanguage ?? stream.firstHeader?.sourceLanguage,
            catalog.profile(named: documentSource)?.locale != source.locale
        {
            problems.append(XLIFFProblem(
                file: path, at: stream.root.location,
                message: "the XLIFF's source language is \(documentSource), but \(source.file) is in \(source.locale)"))
        }
        guard let file = only ?? exact ?? named else {
            throw XLIFFError.cannotImport([XLIFFProblem(
                file: path, line: 1, column: 1,
                message: "the XLIFF holds \(candidates) releases and none has original=\"\(source.file)\"")])
        }
        return try build(file, source: source, profile: profile, path: path, problems: problems)
    }

    /// The profile to render in: the one named by the options, else by the XLIFF's target language
    /// (the root's, else the first `<file>`'s).
    private func targetProfile(_ stream: PendingFileStream, path: String) throws -> LocaleProfile {
        let root = stream.root
        guard let localeName = options.targetLocale ?? root.targetLanguage ?? stream.firstHeader?.targetLanguage else {
            throw XLIFFError.cannotImport([XLIFFProblem(
                file: path, at: root.location, message: "the XLIFF names no target language (trgLang); pass --target-locale")])
        }
        guard let profile = catalog.profile(named: localeName) else {
            throw XLIFFError.cannotImport([XLIFFProblem(
                file: path, at: root.location,
                message: "no locale profile for the target language “\(localeName)”; known: \(catalog.profiles.map(\.locale).joined(separator: ", "))")])
        }
        return profile
    }

    private func noUnits(path: String, root: XLIFFReader.Root) -> XLIFFError {
        XLIFFError.cannotImport([XLIFFProblem(file: path, at: root.location, message: "the XLIFF has no translation units")])
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
        let byID = Dictionary(uniqueKeysWithValues: file.units.map { ($0.id, $0) })
        for unit in file.units where !sourceIDs.contains(unit.id) {
            problems.append(XLIFFProblem(
                file: path, at: unit.location, message: "unit \(unit.id) is not a block of \(source.file)"))
        }
        for block in source.units {
            guard let unit = byID[block.id.description] else {
                problems.append(XLIFFProblem(
                    file: path, at: file.header.location,
                    message: "unit \(block.id) (\(source.file):\(block.line)) is missing from the XLIFF"))
                continue
            }
            if Self.normalized(unit.source) != Self.normalized(block.text) {
                problems.append(XLIFFProblem(
                    file: path, at: unit.location, rule: "source-drift",
                    message: "unit \(unit.id): the source no longer matches \(source.file):\(block.line): "
                        + "“\(Self.excerpt(unit.source))” in the XLIFF, “\(Self.excerpt(block.text))” in the release"))
            }
        }
        func rebuild(_ block: Block) -> Block {
            var copy = block
            copy.text = byID[block.id.description].map(text(of:)) ?? block.text
            copy.marker = ""
            copy.children = block.children.map(rebuild)
            return copy
        }
        let title = byID["title"].map(text(of:)) ?? source.title
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
        var name = String(PathName.lastComponent(original))
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
