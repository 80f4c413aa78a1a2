/// A rule that looks at one unit at a time.
protocol UnitCheck: Sendable {
    static var rule: Rule { get }
    func findings(for analysis: UnitAnalysis, in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding]
}

/// A rule that needs the whole document (consistency across blocks).
protocol DocumentCheck: Sendable {
    static var rule: Rule { get }
    func findings(for analyses: [UnitAnalysis], in document: CheckDocument, glossary: GlossaryDirection?) -> [Finding]
}

/// The checks run on every comparable unit and document. Adding such a rule is adding a file
/// in `Rules/` and a line here. `untranslated` runs before them (it decides whether a unit is
/// comparable), and `structure-mismatch` and `source-drift` come from building the document.
enum CheckRegistry {
    static let unitChecks: [any UnitCheck] = [
        NumberMismatch(), TermMissing(), TermForbidden(), ParticleMismatch(), TermSpacing(),
    ]
    static let documentChecks: [any DocumentCheck] = [TermInconsistent()]
}
