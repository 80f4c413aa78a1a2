/// A report's findings arranged by the document and unit they concern, for the formats that
/// show documents (HTML, JUnit) rather than a flat list.
///
/// A finding belongs to the document whose target file (then source file) is its `file`; one
/// that matches no document (a run that kept no texts, or a file that could not be paired) gets
/// a section of its own per file, so no finding is ever dropped from a view.
struct DocumentFindings {
    struct Section {
        /// Nil for findings about a file the report kept no text for.
        var document: CheckedDocument?
        /// The target file, or the findings' file when there is no document.
        var file: String
        /// Findings about the whole file (no unit).
        var fileFindings: [Finding] = []
        /// Findings by unit ID, in report order.
        var unitFindings: [String: [Finding]] = [:]
        /// Unit IDs that findings name but the document's units do not, in order of first appearance.
        var unknownUnits: [String] = []

        var allFindings: [Finding] { fileFindings + unitIDs.flatMap { unitFindings[$0] ?? [] } }

        /// The document's units, then the unknown ones.
        var unitIDs: [String] { (document?.units.map(\.id) ?? []) + unknownUnits }

        init(document: CheckedDocument?, file: String) {
            self.document = document
            self.file = file
        }

        mutating func add(_ finding: Finding) {
            guard let unit = finding.unit else { return fileFindings.append(finding) }
            if unitFindings[unit] == nil, !(document?.units.contains { $0.id == unit } ?? false) {
                unknownUnits.append(unit)
            }
            unitFindings[unit, default: []].append(finding)
        }
    }

    var sections: [Section]

    /// Cost: O(findings + units) with dictionary look-ups, plus a scan of a document's units for an unknown unit ID.
    init(_ report: CheckReport) {
        sections = report.documents.map { Section(document: $0, file: $0.targetFile) }
        var byTarget: [String: Int] = [:], bySource: [String: Int] = [:], byStrayFile: [String: Int] = [:]
        for (index, document) in report.documents.enumerated() {
            if byTarget[document.targetFile] == nil { byTarget[document.targetFile] = index }
            if bySource[document.sourceFile] == nil { bySource[document.sourceFile] = index }
        }
        for finding in report.findings {
            let index: Int
            if let found = byTarget[finding.file] ?? bySource[finding.file] ?? byStrayFile[finding.file] {
                index = found
            } else {
                index = sections.count
                byStrayFile[finding.file] = index
                sections.append(Section(document: nil, file: finding.file))
            }
            sections[index].add(finding)
        }
    }
}
