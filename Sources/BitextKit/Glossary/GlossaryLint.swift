/// Finds the mistakes a glossary can load with but should not have.
///
/// Loading is lenient where a row is still usable; lint tells the maintainer what to tidy:
/// rows that repeat, a rendering both approved and forbidden for one term (the checker
/// would flag correct texts), empty cells, and columns for languages Bitext ignores.
public enum GlossaryLint {
    /// One problem, with the row it is on.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: Hashable, Sendable {
            /// The row repeats an earlier one (same terms and status).
            case duplicateRow(of: Glossary.Location)
            /// The same rendering is approved (at `approvedAt`) and forbidden (here) for one term.
            case approvedAndForbidden(term: String, rendering: String, approvedAt: Glossary.Location)
            /// A language cell is empty.
            case emptyCell(column: String)
            /// A header column names a language Bitext does not check; its cells are ignored.
            case unknownLanguageColumn(name: String)
            /// A TBX language section names a language Bitext does not check; its terms are ignored.
            case unknownLanguageSection(name: String)
        }

        public var location: Glossary.Location
        public var kind: Kind

        /// One human sentence.
        public var message: String {
            switch kind {
            case .duplicateRow(let original):
                let place = original.file == location.file ? "line \(original.line)" : original.description
                return "this row repeats \(place)."
            case .approvedAndForbidden(let term, let rendering, let approvedAt):
                let place = approvedAt.file == location.file ? "line \(approvedAt.line)" : approvedAt.description
                return "“\(rendering)” is forbidden here for “\(term)” but approved on \(place)."
            case .emptyCell(let column):
                return "the \(column) cell is empty, so the row names no \(column) term."
            case .unknownLanguageColumn(let name):
                return "column “\(name)” names a language Bitext does not check; its cells are ignored."
            case .unknownLanguageSection(let name):
                return "xml:lang “\(name)” names a language Bitext does not check; its terms are ignored."
            }
        }

        public var description: String { "\(location): warning: \(message)" }
    }

    /// All problems, in file and line order.
    public static func problems(in glossary: Glossary) -> [Problem] {
        var problems: [Problem] = glossary.ignoredColumns.map {
            switch $0.kind {
            case .column: Problem(location: $0.location, kind: .unknownLanguageColumn(name: $0.name))
            case .languageSection: Problem(location: $0.location, kind: .unknownLanguageSection(name: $0.name))
            }
        }
        var firstRow: [RowKey: Glossary.Location] = [:]
        var approved: [PairKey: Glossary.Location] = [:]
        var forbidden: [(PairKey, Glossary.Location, String, String)] = []
        for row in glossary.rows {
            let languages = row.cells.keys.sorted { $0.rawValue < $1.rawValue }
            for language in languages where (row.cells[language] ?? "").isEmpty {
                problems.append(Problem(location: row.location, kind: .emptyCell(column: language.rawValue)))
            }
            let cells = languages.map { Glossary.cleaned(row.cells[$0] ?? "") }
            let key = RowKey(cells: cells, status: row.status)
            if let original = firstRow[key] {
                problems.append(Problem(location: row.location, kind: .duplicateRow(of: original)))
            } else {
                firstRow[key] = row.location
            }
            let keyTerm = Glossary.cleaned(row.cells[row.keyLanguage] ?? "")
            for language in languages where language != row.keyLanguage {
                let rendering = Glossary.cleaned(row.cells[language] ?? "")
                guard !keyTerm.isEmpty, !rendering.isEmpty else { continue }
                let pair = PairKey(keyLanguage: row.keyLanguage, term: keyTerm, language: language, rendering: rendering)
                switch row.status {
                case .approved: if approved[pair] == nil { approved[pair] = row.location }
                case .forbidden: forbidden.append((pair, row.location, keyTerm, rendering))
                }
            }
        }
        for (pair, location, term, rendering) in forbidden {
            guard let approvedAt = approved[pair] else { continue }
            problems.append(Problem(
                location: location,
                kind: .approvedAndForbidden(term: term, rendering: rendering, approvedAt: approvedAt)))
        }
        return problems.sorted { $0.location < $1.location }
    }

    private struct RowKey: Hashable {
        var cells: [String]
        var status: Glossary.Status
    }

    private struct PairKey: Hashable {
        var keyLanguage: TextLanguage
        var term: String
        var language: TextLanguage
        var rendering: String
    }
}
