import Foundation

/// Turns release pairs and XLIFF files into `CheckDocument`s: units paired by ID, with the
/// structural problems found on the way.
struct CheckDocumentBuilder: Sendable {
    let loader: ReleaseLoader

    func document(for pair: CheckInputs.ReleasePair) throws -> CheckDocument {
        let source = try loader.load(pair.source)
        let target = try loader.load(pair.target)
        let alignment = Alignment(source: source, target: target)
        let targetByID = Dictionary(target.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let units = source.units.map { block in
            let match = targetByID[block.id]
            return UnitPair(
                id: block.id.description, depth: block.id.depth, source: block.text, target: match?.text,
                targetLine: match?.line ?? Self.nearestLine(to: block.id, in: target), targetColumn: match?.column ?? 1,
                sourceLine: block.line, sourceColumn: block.column)
        }
        var findings: [Finding] = []
        var broken = Set<String>()
        for mismatch in alignment.mismatches {
            let line = mismatch.targetLine ?? Self.nearestLine(to: mismatch.id, in: target)
            let sourceBlock = source.units.first { $0.id == mismatch.id }
            let targetBlock = target.units.first { $0.id == mismatch.id }
            findings.append(Finding(
                rule: .structureMismatch, file: target.file, line: line, column: 1,
                sourceFile: source.file, sourceLine: mismatch.sourceLine, unit: mismatch.id.description,
                message: mismatch.message, source: sourceBlock?.text, target: targetBlock?.text,
                subject: mismatch.kind.rawValue))
            broken.formUnion(Self.shiftedUnits(after: mismatch, in: source, and: target))
        }
        guard let sourceLanguage = TextLanguage(tag: source.locale), let targetLanguage = TextLanguage(tag: target.locale) else {
            throw CheckError.unsupportedLanguages(path: source.file, source: source.locale, target: target.locale)
        }
        return CheckDocument(
            sourceFile: source.file, targetFile: target.file, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, sourceIsSeparateFile: true, units: units, findings: findings,
            brokenUnits: broken)
    }

    /// The units whose counterpart a mismatch displaces: the block itself for a different kind;
    /// for a missing, extra or re-nested block, every block under the same parent, since the
    /// IDs no longer say which blocks translate each other (a merge shifts the siblings before
    /// the missing ID too).
    static func shiftedUnits(after mismatch: Alignment.Mismatch, in source: Release, and target: Release) -> Set<String> {
        guard mismatch.kind != .kindDiffers else { return [mismatch.id.description] }
        let parentPath = Array(mismatch.id.path.dropLast())
        var shifted = Set<String>()
        for unit in source.units + target.units where unit.id.path.count > parentPath.count {
            if unit.id.path.starts(with: parentPath) { shifted.insert(unit.id.description) }
        }
        return shifted
    }

    /// The target line closest to where a block would be: its parent's or the previous block's.
    static func nearestLine(to id: BlockID, in release: Release) -> Int {
        release.units.last { $0.id < id }?.line ?? release.titleLine
    }
}
