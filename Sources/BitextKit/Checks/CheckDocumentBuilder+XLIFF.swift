import Foundation

extension CheckDocumentBuilder {
    /// Hands `body` one document per `<file>` of an XLIFF file, read as a stream, so that only
    /// one file's units are in memory at a time. Where a file's `original` names a release that
    /// exists, its units are compared with it for `source-drift`.
    func forEachDocument(inXLIFF path: String, _ body: (CheckDocument) throws -> Void) throws {
        let stream = try XLIFFFileStream(path: path)
        while let recorded = try stream.next() {
            if let file = try recorded.read() { try body(try document(for: file)) }
        }
    }

    /// The document of one `<file>` that `XLIFFFileStream` read.
    func document(for file: XLIFFFileUnits) throws -> CheckDocument {
        try document(for: file.file, units: file.units, root: file.root, path: file.path)
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

    /// The release an XLIFF `<file original>` names, relative to the working directory, else to
    /// the XLIFF file, if it exists and parses.
    private func originalRelease(_ original: String, besides path: String) -> Release? {
        if FileManager.default.fileExists(atPath: original), let release = try? loader.load(original) { return release }
        let besides = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(original).path
        guard FileManager.default.fileExists(atPath: besides) else { return nil }
        return try? loader.load(besides)
    }

    /// `source-drift` for each unit whose source no longer matches the release it came from.
    private func addDrift(against release: Release, to document: inout CheckDocument) {
        let releaseUnits = release.units.map { (id: $0.id.description, block: $0) }
        let blocks = Dictionary(releaseUnits.map { ($0.id, $0.block) }, uniquingKeysWith: { first, _ in first })
        for unit in document.units {
            guard let block = blocks[unit.id] else {
                document.findings.append(document.finding(
                    .sourceDrift, at: unit, message: "\(unit.id) is not a block of \(release.file)", subject: "unknown"))
                document.brokenUnits.insert(unit.id)
                continue
            }
            if !Self.isSameText(block.text, unit.source) {
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
        for (id, block) in releaseUnits where !present.contains(id) {
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

    /// Whether two texts are the same for drift: `comparable(a) == comparable(b)`, without building
    /// either when the texts are byte for byte equal or both NFC with one scalar per character.
    static func isSameText(_ a: String, _ b: String) -> Bool {
        if hasSameBytes(a, b) { return true }
        guard TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(a),
            TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(b)
        else { return comparable(a) == comparable(b) }
        // The words of both, scalar by scalar, each whitespace run read as one separator.
        var left = a.unicodeScalars.makeIterator(), right = b.unicodeScalars.makeIterator()
        func nextWordScalar(_ scalars: inout String.UnicodeScalarView.Iterator, _ pendingSpace: inout Bool, _ started: inout Bool) -> Unicode.Scalar? {
            while let scalar = scalars.next() {
                let value = scalar.value
                let isWhitespace = value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value)
                    : !(0xAC00...0xD7A3).contains(value) && scalar.properties.isWhitespace
                if isWhitespace {
                    pendingSpace = started
                    continue
                }
                started = true
                return scalar
            }
            return nil
        }
        var leftSpace = false, rightSpace = false, leftStarted = false, rightStarted = false
        while true {
            let l = nextWordScalar(&left, &leftSpace, &leftStarted)
            let r = nextWordScalar(&right, &rightSpace, &rightStarted)
            guard l == r else { return false }
            guard l != nil else { return true }
            guard leftSpace == rightSpace else { return false }
            leftSpace = false
            rightSpace = false
        }
    }

    /// Byte equality with one `memcmp` where both strings are native (the usual case).
    private static func hasSameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let compared = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in
                left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Text compared for drift: NFC with whitespace runs folded, as translation tools reflow it.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
