import Foundation

extension Glossary {
    /// Reads a comma-separated glossary (header `ko,en,status,note`, RFC 4180 quoting).
    public init(csv text: String, path: String = "glossary.csv") throws(GlossaryError) {
        try self.init(delimited: text, separator: ",", path: path)
    }

    /// Reads a tab-separated glossary; quoting works as in CSV.
    public init(tsv text: String, path: String = "glossary.tsv") throws(GlossaryError) {
        try self.init(delimited: text, separator: "\t", path: path)
    }

    /// Reads the header, then one ``Row`` per non-empty record.
    ///
    /// The header decides everything: language columns (`ko`, `en-US`, …; the first one keys
    /// the concepts), `status`, `note`, `case`. Columns for languages Bitext does not check are
    /// ignored and reported by ``GlossaryLint``; any other name is an error, because a typo such
    /// as `stauts` would otherwise quietly approve every forbidden row.
    init(delimited text: String, separator: Unicode.Scalar, path: String) throws(GlossaryError) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let table = try DelimitedText(text, separator: separator, path: path)
        guard let header = table.records.first else { throw .emptyFile(path: path) }
        let layout = try HeaderLayout(header, path: path)

        var rows: [Row] = []
        for record in table.records.dropFirst() {
            var cells = record.cells
            if cells.count > layout.width {
                guard cells[layout.width...].allSatisfy({ $0.trimmingWhitespace().isEmpty }) else {
                    throw .extraCells(path: path, line: record.line, expected: layout.width, found: cells.count)
                }
                cells.removeSubrange(layout.width...)
            }
            func cell(_ index: Int?) -> String {
                guard let index, index < cells.count else { return "" }
                return cells[index].trimmingWhitespaceAndNewlines()
            }
            guard cells.contains(where: { !$0.trimmingWhitespaceAndNewlines().isEmpty }) else {
                continue  // a blank row, or only separators
            }
            let location = Location(file: path, line: record.line)
            var languageCells: [TextLanguage: String] = [:]
            for (index, language) in layout.languages { languageCells[language] = cell(index) }
            rows.append(Row(
                location: location,
                keyLanguage: layout.languages[0].language,
                cells: languageCells,
                status: try Self.status(cell(layout.status), at: location),
                note: cell(layout.note),
                caseRule: try Self.caseRule(cell(layout.caseRule), at: location)))
        }
        self.init(rows: rows, ignoredColumns: layout.ignored)
    }

    /// Reads a `status` cell; empty means approved. TBX status names are accepted too
    /// (see ``Glossary/Status/init(name:)``).
    private static func status(_ value: String, at location: Location) throws(GlossaryError) -> Status {
        if value.isEmpty { return .approved }
        guard let status = Status(name: value) else {
            throw .invalidStatus(path: location.file, line: location.line, value: value)
        }
        return status
    }

    private static func caseRule(_ value: String, at location: Location) throws(GlossaryError) -> CaseRule? {
        if value.isEmpty { return nil }
        guard let rule = CaseRule(name: value) else {
            throw .invalidCaseRule(path: location.file, line: location.line, value: value)
        }
        return rule
    }
}

extension Glossary {
    /// Where each column of a delimited glossary is, read from its header record.
    private struct HeaderLayout {
        var languages: [(index: Int, language: TextLanguage)] = []
        var status: Int?
        var note: Int?
        var caseRule: Int?
        var ignored: [IgnoredColumn] = []
        /// The number of named columns; trailing empty header cells (from spreadsheet exports) do not count.
        var width: Int

        init(_ header: DelimitedText.Record, path: String) throws(GlossaryError) {
            var names = header.cells.map { $0.trimmingWhitespaceAndNewlines() }
            while names.last?.isEmpty == true { names.removeLast() }
            width = names.count
            let columns = names.map(GlossaryColumn.init(header:))
            guard columns.contains(where: { if case .language = $0 { true } else { false } }) else {
                throw .missingHeader(path: path, line: header.line, firstCell: names.first ?? "")
            }
            var seen: Set<GlossaryColumn> = []
            for (index, column) in columns.enumerated() {
                guard let column else {
                    throw .unknownColumn(path: path, line: header.line, column: index + 1, name: names[index])
                }
                if case .otherLanguage = column {
                    ignored.append(IgnoredColumn(name: names[index], location: Location(file: path, line: header.line)))
                    continue
                }
                guard seen.insert(column).inserted else {
                    throw .duplicateColumn(path: path, line: header.line, column: index + 1, name: names[index])
                }
                switch column {
                case .language(let language): languages.append((index, language))
                case .status: status = index
                case .note: note = index
                case .caseRule: caseRule = index
                case .otherLanguage: break
                }
            }
            guard languages.count >= 2 else {
                let found = zip(names, columns).compactMap { name, column -> String? in
                    switch column {
                    case .language, .otherLanguage: return name
                    default: return nil
                    }
                }
                throw .tooFewLanguages(path: path, line: header.line, found: found)
            }
        }
    }
}
