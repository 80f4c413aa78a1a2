import Foundation

/// One `bitext check`: resolves the inputs, runs every check over every document, and applies
/// the configuration and the baseline.
public struct CheckRun: Sendable {
    public var inputs: [String]
    /// Glossary files or folders; empty means `./Glossary` when it exists.
    public var glossaryPaths: [String]
    public var configuration: CheckConfiguration
    /// Whether the report keeps the compared texts (for the HTML page); off, memory stays
    /// bounded by one document however many are checked.
    public var keepsTexts: Bool
    /// The locales of a pair given as two files, when their names do not tell.
    public var sourceLocale: String?
    public var targetLocale: String?

    public init(inputs: [String], glossaryPaths: [String] = [], configuration: CheckConfiguration = CheckConfiguration(),
        keepsTexts: Bool = true, sourceLocale: String? = nil, targetLocale: String? = nil) {
        self.inputs = inputs
        self.glossaryPaths = glossaryPaths
        self.configuration = configuration
        self.keepsTexts = keepsTexts
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
    }

    /// The glossary paths in force: those given, or `./Glossary` when it exists.
    public var effectiveGlossaryPaths: [String] {
        if !glossaryPaths.isEmpty { return glossaryPaths }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Glossary", isDirectory: &isDirectory) && isDirectory.boolValue
            ? ["Glossary"] : []
    }

    /// Checks every input; with `progress`, says how far it has got.
    public func run(catalog: LocaleCatalog, progress: ProgressLine? = nil) throws -> CheckReport {
        let resolved = try CheckInputs.resolve(
            inputs, catalog: catalog, sourceLocale: sourceLocale, targetLocale: targetLocale, configuration: configuration)
        guard !resolved.isEmpty else { throw CheckError.nothingChecked(inputs: inputs) }
        let glossaryPaths = effectiveGlossaryPaths
        let glossary = glossaryPaths.isEmpty ? nil : try Glossary.load(paths: glossaryPaths)
        // Work left undone is said, never passed off as clean.
        var notes = resolved.unpaired.map { "\($0): no translation beside it; not checked" }
        if glossary == nil { notes.append("no glossary (--glossary, or ./Glossary): the term rules were not run") }

        var findings: [Finding] = []
        var checked: [CheckedDocument] = []
        var pairs = 0, units = 0
        var usableGlossary = false
        var firstDirection: [TextLanguage]?
        progress?.totalItems = resolved.xliffFiles.isEmpty ? resolved.pairs.count : nil
        defer { progress?.finish() }
        // Documents are built and checked a batch at a time on every core, and taken in order.
        let pipeline = CheckPipeline(builder: CheckDocumentBuilder(loader: ReleaseLoader(catalog: catalog)), glossary: glossary)
        try pipeline.run(pairs: resolved.pairs, xliffFiles: resolved.xliffFiles) { result in
            let document = result.document
            firstDirection = firstDirection ?? [document.sourceLanguage, document.targetLanguage]
            usableGlossary = usableGlossary || result.hasTerms
            findings += result.findings
            pairs += 1
            units += document.units.count
            if keepsTexts { checked.append(Self.checked(document, analyses: result.analyses)) }
            progress?.update(units: units, done: pairs)
        }

        guard units > 0 else { throw CheckError.nothingChecked(inputs: inputs) }
        if glossary != nil, !usableGlossary, let first = firstDirection {
            throw CheckError.glossaryMatchesNeitherSide(
                glossary: glossaryPaths, source: first[0].rawValue, target: first[1].rawValue)
        }

        findings = findings.compactMap { finding in
            guard let severity = configuration.severity(of: finding.rule) else { return nil }
            var configured = finding
            configured.severity = severity
            return configured
        }
        var report = CheckReport(findings: findings, pairs: pairs, units: units, documents: checked)
        report.notes = notes
        return report
    }

    /// Runs every check over one document. Units already reported as broken or untranslated
    /// are not compared again, so one defect gives one finding.
    static func check(_ document: CheckDocument, glossary: GlossaryDirection?) -> ([Finding], [UnitAnalysis]) {
        var findings = document.findings
        var sourceContext = TermMatcher.Context(), targetContext = TermMatcher.Context()
        var analyses: [UnitAnalysis] = []
        for unit in document.units {
            let sourceMatches = glossary?.sourceMatcher.matches(in: unit.source, context: &sourceContext) ?? []
            let targetMatches = unit.target.map { glossary?.targetMatcher.matches(in: $0, context: &targetContext) ?? [] } ?? []
            var analysis = UnitAnalysis(
                unit: unit, sourceMentions: TermMatch.mentions(sourceMatches), targetMatches: targetMatches,
                isComparable: false)
            if document.brokenUnits.contains(unit.id) {
                analyses.append(analysis)
                continue
            }
            // Untranslated goes first: a unit left in the source language is reported once, and
            // its terms and numbers are not compared.
            let untranslated = Untranslated.problem(unit, in: document)
            findings += Untranslated.findings(for: untranslated, at: unit, in: document)
            analysis.isComparable = untranslated?.isWhole != true
            if analysis.isComparable {
                for check in CheckRegistry.unitChecks {
                    findings += check.findings(for: analysis, in: document, glossary: glossary)
                }
            }
            analyses.append(analysis)
        }
        for check in CheckRegistry.documentChecks {
            findings += check.findings(for: analyses, in: document, glossary: glossary)
        }
        return (findings.sorted(by: Self.documentOrder), analyses)
    }

    private static func documentOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule.rawValue, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.rule.rawValue, rhs.message)
    }

    private static func checked(_ document: CheckDocument, analyses: [UnitAnalysis]) -> CheckedDocument {
        CheckedDocument(
            sourceFile: document.sourceFile, targetFile: document.targetFile,
            sourceLanguage: document.sourceLanguage.rawValue, targetLanguage: document.targetLanguage.rawValue,
            units: analyses.map { analysis in
                CheckedDocument.Unit(
                    id: analysis.unit.id, depth: analysis.unit.depth, source: analysis.unit.source,
                    target: analysis.unit.target, sourceLine: analysis.unit.sourceLine,
                    targetLine: analysis.unit.target == nil ? nil : analysis.unit.targetLine,
                    sourceTerms: analysis.sourceMentions.compactMap(\.first?.range),
                    targetTerms: analysis.targetMatches.map(\.range))
            })
    }
}
