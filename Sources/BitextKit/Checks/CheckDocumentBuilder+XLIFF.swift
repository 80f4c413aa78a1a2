import Foundation

extension CheckDocumentBuilder {
    /// Hands `body` one document per `<file>` of an XLIFF file, read as a stream, so that only
    /// one file's units are in memory at a time. Where a file's `original` names a release that
    /// exists, its units are compared with it for `source-drift`.
    func forEachDocument(inXLIFF path: String, _ body: (CheckDocument) throws -> Void) throws {
        let reader = try XLIFFReader(contentsOf: path)
        let root = try reader.readRoot()
        var currentFile = XLIFFFile()
        var units: [XLIFFUnit] = []
        func flush() throws {
            guard !units.isEmpty else { return }
            try body(try document(for: currentFile, units: units, root: root, path: path))
            units = []
        }
        while let item = try reader.next() {
            switch item {
            case .file(let file):
                try flush()
                currentFile = file
            case .unit(let unit):
                units.append(unit)
            }
        }
        try flush()
    }

    private func document(for file: XLIFFFile, units: [XLIFFUnit], root: XLIFFReader.Root, path: String) throws -> CheckDocument {
        let sourceTag = file.sourceLanguage ?? root.sourceLanguage ?? ""
        let targetTag = file.targetLanguage ?? root.targetLanguage ?? ""
        guard let sourceLanguage = TextLanguage(tag: sourceTag), let targetLanguage = TextLanguage(tag: targetTag) else {
            throw CheckError.unsupportedLanguages(path: path, source: sourceTag, target: targetTag)
        }
        let pairs = units.filter { $0.translate != false }.map { unit in
            let location = unit.targetLocation ?? unit.location
            return UnitPair(
                id: unit.id, depth: BlockID(unit.id)?.depth ?? 1, source: unit.sourceText,
                target: Self.isFullyTargeted(unit) ? unit.targetText : nil,
                targetLine: location?.line ?? 1, targetColumn: location?.column ?? 1,
                sourceLine: unit.segments.first?.sourceLocation?.line ?? unit.location?.line)
        }
        var document = CheckDocument(
            sourceFile: path, targetFile: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            sourceIsSeparateFile: false, units: pairs)
        if let original = file.original, let release = originalRelease(original, besides: path) {
            addDrift(against: release, to: &document)
        }
        return document
    }

    /// The release an XLIFF `<file original>` names, relative to the XLIFF file or to the
    /// working directory, if it exists and parses.
    private func originalRelease(_ original: String, besides path: String) -> Release? {
        let besides = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(original).path
        for candidate in [original, besides] where FileManager.default.fileExists(atPath: candidate) {
            if let release = try? loader.load(candidate) { return release }
        }
        return nil
    }

    /// `source-drift` for each unit whose source no longer matches the release it came from.
    private func addDrift(against release: Release, to document: inout CheckDocument) {
        let blocks = Dictionary(release.units.map { ($0.id.description, $0) }, uniquingKeysWith: { first, _ in first })
        for unit in document.units {
            guard let block = blocks[unit.id] else {
                document.findings.append(document.finding(
                    .sourceDrift, at: unit, message: "\(unit.id) is not a block of \(release.file)", subject: "unknown"))
                document.brokenUnits.insert(unit.id)
                continue
            }
            if Self.comparable(block.text) != Self.comparable(unit.source) {
                var finding = document.finding(
                    .sourceDrift, at: unit,
                    message: "the source of \(unit.id) no longer matches \(release.file):\(block.line)",
                    subject: block.text)
                finding.sourceFile = release.file
                finding.sourceLine = block.line
                document.findings.append(finding)
                document.brokenUnits.insert(unit.id)
            }
        }
        let present = Set(document.units.map(\.id))
        for block in release.units where !present.contains(block.id.description) {
            document.findings.append(Finding(
                rule: .sourceDrift, file: document.targetFile, line: 1, sourceFile: release.file, sourceLine: block.line,
                unit: block.id.description, message: "\(block.id) of \(release.file):\(block.line) is not in the XLIFF file",
                source: block.text, subject: "missing"))
        }
    }

    /// Whether every segment has a target (or one merged target stands for them all): a unit
    /// translated in part is untranslated, not a unit with missing terms.
    static func isFullyTargeted(_ unit: XLIFFUnit) -> Bool {
        unit.targetIsMerged || unit.segments.allSatisfy { $0.isIgnorable || $0.target != nil }
    }

    /// Text compared for drift: NFC with whitespace runs folded, as translation tools reflow it.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
