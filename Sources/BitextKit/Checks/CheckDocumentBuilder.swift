import Foundation

/// Turns release pairs and XLIFF files into `CheckDocument`s: units paired by ID, with the
/// structural problems found on the way.
struct CheckDocumentBuilder: Sendable {
    let loader: ReleaseLoader

    func document(for pair: CheckInputs.ReleasePair) throws -> CheckDocument {
        let source = try loader.load(pair.source, locale: pair.sourceLocale)
        let target = try loader.load(pair.target, locale: pair.targetLocale)
        guard let sourceLanguage = TextLanguage(tag: source.locale), let targetLanguage = TextLanguage(tag: target.locale) else {
            throw CheckError.unsupportedLanguages(path: source.file, source: source.locale, target: target.locale)
        }
        let alignment = Alignment(source: source, target: target)
        let counterpart = Dictionary(alignment.pairs.map { ($0.source.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        let units = source.units.map { block in
            let match = counterpart[block.id]
            return UnitPair(
                id: block.id.description, depth: block.id.depth, source: block.text, target: match?.text,
                targetLine: match?.line ?? Self.nearestLine(to: block.id, in: target), targetColumn: match?.column ?? 1,
                sourceLine: block.line, sourceColumn: block.column)
        }
        var findings: [Finding] = []
        // Blocks whose structure is reported are not compared again, term by term.
        var broken = Set<String>()
        for mismatch in alignment.mismatches {
            let line = mismatch.targetLine ?? Self.nearestLine(to: mismatch.id, in: target)
            let sourceBlock = mismatch.sourceLine == nil ? nil : source.allBlocks.first { $0.id == mismatch.id }
            let targetBlock = mismatch.kind == .extra ? target.allBlocks.first { $0.id == mismatch.id } : counterpart[mismatch.id]
            findings.append(Finding(
                rule: .structureMismatch, file: target.file, line: line, column: 1,
                sourceFile: source.file, sourceLine: mismatch.sourceLine, unit: mismatch.id.description,
                message: mismatch.message, source: sourceBlock?.text, target: targetBlock?.text,
                subject: "\(mismatch.kind.rawValue) \(sourceBlock?.text ?? targetBlock?.text ?? "")"))
            if mismatch.kind == .kindDiffers {
                broken.insert(mismatch.id.description)
            } else if let sourceBlock {
                broken.formUnion(sourceBlock.flattened.map(\.id.description))
            }
        }
        return CheckDocument(
            sourceFile: source.file, targetFile: target.file, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, sourceIsSeparateFile: true, units: units, findings: findings,
            brokenUnits: broken)
    }

    /// The target line closest to where a block would be: its parent's or the previous block's.
    static func nearestLine(to id: BlockID, in release: Release) -> Int {
        release.units.last { $0.id < id }?.line ?? release.titleLine
    }
}
