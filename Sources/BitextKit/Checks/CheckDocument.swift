/// A release pair or an XLIFF file, reduced to what the checks compare.
public struct CheckDocument: Sendable {
    public var sourceFile: String
    /// The file findings point at: the target release, or the XLIFF file.
    public var targetFile: String
    public var sourceLanguage: TextLanguage
    public var targetLanguage: TextLanguage
    /// Whether the source text lives in its own file (a release pair) or in `targetFile` (XLIFF).
    public var sourceIsSeparateFile: Bool
    public var units: [UnitPair]
    /// Problems found while building the document (structure mismatches, source drift).
    public var findings: [Finding]
    /// Units whose content is not compared because their structure is already reported broken.
    public var brokenUnits: Set<String>

    public init(sourceFile: String, targetFile: String, sourceLanguage: TextLanguage, targetLanguage: TextLanguage,
        sourceIsSeparateFile: Bool, units: [UnitPair], findings: [Finding] = [], brokenUnits: Set<String> = []) {
        self.sourceFile = sourceFile
        self.targetFile = targetFile
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sourceIsSeparateFile = sourceIsSeparateFile
        self.units = units
        self.findings = findings
        self.brokenUnits = brokenUnits
    }
}

extension CheckDocument {
    /// A finding located at a unit's target text (at `range` within it, for a release), with
    /// its source beside it.
    func finding(
        _ rule: Rule, at unit: UnitPair, range: Range<String.Index>? = nil, message: String, subject: String,
        term: Finding.Term? = nil
    ) -> Finding {
        var column = unit.targetColumn
        // In XLIFF the column is the element's; an offset into the text would point elsewhere.
        if sourceIsSeparateFile, let range, let target = unit.target {
            column += target.distance(from: target.startIndex, to: range.lowerBound)
        }
        return Finding(
            rule: rule, file: targetFile, line: unit.targetLine, column: column,
            sourceFile: sourceFile, sourceLine: unit.sourceLine, unit: unit.id, message: message,
            source: unit.source, target: unit.target, term: term, subject: subject)
    }
}
