import Foundation

extension Glossary {
    /// Writes the rows as CSV (`separator` `,`) or TSV (`\t`) that ``init(csv:path:)`` reads back
    /// to the same concepts: header `ko,en,status[,note][,case]`, one line per row, quoted as
    /// RFC 4180 says where a cell needs it.
    ///
    /// A table has one key column, so the language that keys most rows comes first. A row keyed
    /// by the other language (from a TBX entry that starts with it) is written with its cells in
    /// the table's columns; an approved row means the same either way round. A *forbidden* row
    /// keyed by the other language cannot be: its status belongs to the other cell, so it is
    /// left out and reported as an ``Omission``.
    public func delimitedText(separator: Character) -> Rendering {
        let keyLanguage = Self.mostCommonKeyLanguage(of: rows)
        let others = TextLanguage.allCases.filter { language in
            language != keyLanguage && rows.contains { $0.cells[language] != nil }
        }
        let languages = [keyLanguage] + others
        let hasNotes = rows.contains { !$0.note.isEmpty }
        let hasCaseRules = rows.contains { $0.caseRule != nil }

        var header = languages.map(\.rawValue) + ["status"]
        if hasNotes { header.append("note") }
        if hasCaseRules { header.append("case") }
        var lines = [header]
        var omissions: [Omission] = []
        for row in rows {
            if row.keyLanguage != keyLanguage && row.status == .forbidden {
                let term = Glossary.cleaned(row.cells[row.keyLanguage] ?? "")
                omissions.append(Omission(
                    location: row.location,
                    reason: "this forbidden rendering of the \(row.keyLanguage.rawValue) term “\(term)” is left out: "
                        + "a table keyed by \(keyLanguage.rawValue) cannot say which of its cells is forbidden."))
                continue
            }
            var cells = languages.map { row.cells[$0] ?? "" }
            cells.append(row.status.rawValue)
            if hasNotes { cells.append(row.note) }
            if hasCaseRules { cells.append(row.caseRule?.rawValue ?? "") }
            lines.append(cells)
        }
        let text = lines.map { cells in
            cells.map { Self.quoted($0, separator: separator) }.joined(separator: String(separator))
        }.joined(separator: "\n") + "\n"
        return Rendering(bytes: Array(text.utf8), omissions: omissions)
    }

    /// The language that keys the most rows; on a tie, the first row's; Korean for no rows.
    static func mostCommonKeyLanguage(of rows: [Row]) -> TextLanguage {
        var counts: [TextLanguage: Int] = [:]
        for row in rows { counts[row.keyLanguage, default: 0] += 1 }
        let first = rows.first?.keyLanguage ?? .korean
        return counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : rhs.key == first
        }?.key ?? first
    }

    /// A cell as RFC 4180 writes it: in double quotes, quotes doubled, when it holds the
    /// separator, a quote or a line break.
    private static func quoted(_ cell: String, separator: Character) -> String {
        guard cell.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
