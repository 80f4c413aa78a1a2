import Foundation
import LibXML

extension Glossary {
    /// Writes the glossary as TBX-Basic v3 (ISO 30042:2019, DCA style), which
    /// ``init(tbxContentsOf:)`` reads back to the same rows and CAT tools import.
    ///
    /// One `conceptEntry` per concept: a `langSec` for the key's language with the key term, then
    /// one for the other language with a `termSec` per row, in row order. Statuses become
    /// `administrativeStatus` (the first approved rendering `preferredTerm-admn-sts`, later ones
    /// `admittedTerm-admn-sts`, forbidden ones `deprecatedTerm-admn-sts`); a row's note becomes a
    /// `note` on its rendering, unchanged, so the `ko variants:`/`abbreviation` conventions survive;
    /// a `case` cell becomes a second note, `case: sensitive`, since TBX-Basic has no data category
    /// for it. A concept whose rows name no other term is an entry with its key term alone, and
    /// the note then goes on that term.
    ///
    /// Left out, as ``Omission``s: a row without a key term (there is no entry to put it in), and
    /// a row without another term in a concept that has other terms (there is no term to carry
    /// its note). Lint reports both kinds of row as empty cells.
    public func tbx(source: String? = nil) throws -> Rendering {
        let writer = XMLWriter()
        try writer.startDocument()
        try writer.startElement("tbx", namespace: TBXStructure.v3Namespace)
        try writer.attribute("type", "TBX-Basic")
        try writer.attribute("style", "dca")
        try writer.attribute("lang", Self.mostCommonKeyLanguage(of: rows).rawValue, prefix: "xml")
        try writer.line(1)
        try writer.element("tbxHeader") {
            try writer.line(2)
            try writer.element("fileDesc") {
                try writer.line(3)
                try writer.element("sourceDesc") {
                    try writer.line(4)
                    try writer.element("p", text: "Written by Bitext" + (source.map { " from \($0)" } ?? "") + ".")
                    try writer.line(3)
                }
                try writer.line(2)
            }
            try writer.line(1)
        }
        try writer.line(1)
        try writer.element("text") {
            try writer.line(2)
            try writer.element("body") {
                for (index, concept) in concepts.enumerated() {
                    try writer.line(3)
                    try writeEntry(concept, id: "c\(index + 1)", to: writer)
                }
                try writer.line(2)
            }
            try writer.line(1)
        }
        try writer.raw("\n")
        try writer.endElement()
        return Rendering(bytes: try writer.finish(), omissions: omissions(inTBXOf: concepts))
    }

    private func writeEntry(_ concept: Concept, id: String, to writer: XMLWriter) throws {
        let key = concept.key
        let conceptRows = concept.rows.map { rows[$0] }
        let renderings = TextLanguage.allCases.filter { $0 != key.language }.map { language in
            (language, conceptRows.compactMap { row -> (text: String, row: Row)? in
                let text = Self.cleaned(row.cells[language] ?? "")
                return text.isEmpty ? nil : (text, row)
            })
        }.filter { !$0.1.isEmpty }

        try writer.element("conceptEntry", attributes: [("id", id)]) {
            try writer.line(4)
            try writer.element("langSec", attributes: [("xml:lang", key.language.rawValue)]) {
                try writer.line(5)
                let loneRow = renderings.isEmpty ? conceptRows.first : nil
                try writer.termSec(key.text, status: "preferredTerm-admn-sts", note: loneRow?.note, caseRule: loneRow?.caseRule)
                try writer.line(4)
            }
            for (language, terms) in renderings {
                try writer.line(4)
                try writer.element("langSec", attributes: [("xml:lang", language.rawValue)]) {
                    var hasPreferred = false
                    for (text, row) in terms {
                        let status: String
                        switch row.status {
                        case .approved:
                            status = hasPreferred ? "admittedTerm-admn-sts" : "preferredTerm-admn-sts"
                            hasPreferred = true
                        case .forbidden:
                            status = "deprecatedTerm-admn-sts"
                        }
                        try writer.line(5)
                        try writer.termSec(text, status: status, note: row.note, caseRule: row.caseRule)
                    }
                    try writer.line(4)
                }
            }
            try writer.line(3)
        }
    }

    /// The rows ``tbx(source:)`` has no place for.
    private func omissions(inTBXOf concepts: [Concept]) -> [Omission] {
        var inConcept = Array(repeating: false, count: rows.count)
        var omissions: [Omission] = []
        for concept in concepts {
            let conceptRows = concept.rows.map { ($0, rows[$0]) }
            func hasRendering(_ row: Row) -> Bool {
                row.cells.contains { $0.key != concept.key.language && !Self.cleaned($0.value).isEmpty }
            }
            let anyRendering = conceptRows.contains { hasRendering($0.1) }
            for (index, row) in conceptRows {
                inConcept[index] = true
                if anyRendering && !hasRendering(row) {
                    omissions.append(Omission(
                        location: row.location,
                        reason: "this row names no term besides “\(concept.key.text)”, so TBX has no term to carry it; it is left out."))
                }
            }
        }
        for (index, row) in rows.enumerated() where !inConcept[index] {
            omissions.append(Omission(
                location: row.location,
                reason: "this row has no \(row.keyLanguage.rawValue) term to key a TBX entry on; it is left out."))
        }
        return omissions.sorted { $0.location < $1.location }
    }
}

extension XMLWriter {
    /// A newline and `depth` tabs: the indentation XMLWriter leaves to us.
    fileprivate func line(_ depth: Int) throws {
        try raw("\n" + String(repeating: "\t", count: depth))
    }

    /// An element in the default (TBX) namespace, with attributes named as written (`xml:lang`).
    fileprivate func element(_ name: String, attributes: [(String, String)] = [], body: () throws -> Void) throws {
        try startElement(name)
        for (attributeName, value) in attributes {
            if attributeName.hasPrefix("xml:") {
                try attribute(String(attributeName.dropFirst("xml:".count)), value, prefix: "xml")
            } else {
                try attribute(attributeName, value)
            }
        }
        try body()
        try endElement()
    }

    fileprivate func element(_ name: String, attributes: [(String, String)] = [], text: String) throws {
        try element(name, attributes: attributes) { try self.text(text) }
    }

    /// `<termSec><term>…</term><termNote type="administrativeStatus">…</termNote><note>…</note></termSec>`.
    fileprivate func termSec(_ term: String, status: String, note: String?, caseRule: Glossary.CaseRule?) throws {
        try element("termSec") {
            try line(6)
            try element("term", text: term)
            try line(6)
            try element("termNote", attributes: [("type", "administrativeStatus")], text: status)
            if let note, !note.isEmpty {
                try line(6)
                try element("note", text: note)
            }
            if let caseRule {
                try line(6)
                try element("note", text: "case: \(caseRule.rawValue)")
            }
            try line(5)
        }
    }
}
