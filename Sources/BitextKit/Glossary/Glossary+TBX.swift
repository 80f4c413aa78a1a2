import Foundation
import LibXML

extension Glossary {
    /// Reads a TBX glossary: TBX v2 (`martif`: `termEntry`/`langSet`/`tig` or `ntig`/`term`, as
    /// TBX-Basic 2008 and most CAT tools write it) or TBX v3 (`tbx`: `conceptEntry`/`langSec`/
    /// `termSec`/`term`), streamed, so memory does not grow with the XML.
    ///
    /// A file naming an external DTD (`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`) is read
    /// without ever loading it. Each entry becomes the rows a CSV file would have for it, so that
    /// concepts, lint and matching work alike for both formats:
    /// - the entry's first approved term (in document order, Korean or English) keys it, with the
    ///   other approved terms of that language as further keys (synonyms);
    /// - every term in the other language gives a row with its own status: `administrativeStatus`
    ///   (or `usageStatus`) preferred/admitted → approved, deprecated/superseded → forbidden, and
    ///   approved when there is none;
    /// - a forbidden term in the key's language is a wrong rendering *into* that language, so it
    ///   gives a row keyed by each approved term of the other language;
    /// - `note`s and `descrip type="definition"` of the entry, the two language sections and the
    ///   two terms become the row's note (so the `ko variants:`/`abbreviation` conventions work);
    ///   a note that reads `case: sensitive` or `case: insensitive` sets the term's case rule.
    ///
    /// Languages other than Korean and English are skipped (lint names them). Errors carry the
    /// file, line and column: XML that is not well-formed or that the secure reader refuses, and
    /// structure that would lose terms (see ``GlossaryError/TBXProblem``).
    public init(tbxContentsOf path: String) throws(GlossaryError) {
        let reader: XMLReader
        do {
            reader = try XMLReader(contentsOf: path, doctype: .ignoreExternalDTD)
        } catch {
            throw GlossaryError(reading: error, path: path)
        }
        try self.init(tbx: reader, path: path)
    }

    /// Reads a TBX glossary from memory; `path` names it in locations and errors.
    public init(tbx bytes: [UInt8], path: String = "glossary.tbx") throws(GlossaryError) {
        let reader: XMLReader
        do {
            reader = try XMLReader(bytes: bytes, url: path, doctype: .ignoreExternalDTD)
        } catch {
            throw GlossaryError(reading: error, path: path)
        }
        try self.init(tbx: reader, path: path)
    }

    private init(tbx reader: XMLReader, path: String) throws(GlossaryError) {
        var parser = TBXParser(path: path)
        while true {
            let event: XMLEvent?
            do {
                event = try reader.next()
            } catch {
                throw GlossaryError(reading: error, path: path)
            }
            guard let event else { break }
            try parser.consume(event)
        }
        let languages = Set(parser.entries.flatMap { $0.terms.map(\.language) })
        let rows = parser.entries.flatMap { Self.rows(for: $0, languages: languages) }
        self.init(rows: rows, ignoredColumns: parser.ignoredLanguages)
    }

    /// The rows a CSV file would have for one entry (see ``init(tbxContentsOf:)``).
    ///
    /// `languages` are the checked languages of the whole file: an entry without a term in one of
    /// them gets a row with an empty cell, which lint reports, as it would in a CSV file.
    private static func rows(for entry: TBXEntry, languages: Set<TextLanguage>) -> [Row] {
        let terms = entry.terms
        guard let first = terms.first(where: { $0.status == .approved && !$0.text.isEmpty }) else { return [] }
        let keyLanguage = first.language
        let keys = terms.filter { $0.language == keyLanguage && $0.status == .approved && !$0.text.isEmpty }
        let others = TextLanguage.allCases.filter { $0 != keyLanguage && languages.contains($0) }
        var rows: [Row] = []
        for key in keys {
            if others.isEmpty {
                rows.append(Row(
                    location: key.location, keyLanguage: keyLanguage, cells: [keyLanguage: key.text],
                    status: .approved, note: entry.note(for: [key]), caseRule: key.caseRule))
            }
            for language in others {
                let renderings = terms.filter { $0.language == language }
                if renderings.isEmpty {
                    rows.append(Row(
                        location: key.location, keyLanguage: keyLanguage,
                        cells: [keyLanguage: key.text, language: ""],
                        status: .approved, note: entry.note(for: [key]), caseRule: key.caseRule))
                }
                for rendering in renderings {
                    rows.append(Row(
                        location: rendering.location, keyLanguage: keyLanguage,
                        cells: [keyLanguage: key.text, language: rendering.text],
                        status: rendering.status, note: entry.note(for: [key, rendering]),
                        caseRule: rendering.caseRule ?? key.caseRule))
                }
            }
        }
        for wrong in terms where wrong.language == keyLanguage && wrong.status == .forbidden {
            for key in terms where key.language != keyLanguage && key.status == .approved && !key.text.isEmpty {
                rows.append(Row(
                    location: wrong.location, keyLanguage: key.language,
                    cells: [key.language: key.text, keyLanguage: wrong.text],
                    status: .forbidden, note: entry.note(for: [key, wrong]), caseRule: wrong.caseRule ?? key.caseRule))
            }
        }
        return rows
    }
}

extension GlossaryError {
    /// An error of the XML reader, for a TBX file.
    init(reading error: any Error, path: String) {
        guard let error = error as? XMLError else {
            self = .unreadable(path: path, reason: "\(error)")
            return
        }
        switch error.kind {
        case .unreadable:
            self = .unreadable(path: path, reason: error.message)
        case .notWellFormed, .hostile, .invalid, .tooLarge:
            self = .notXML(path: path, line: error.line, column: error.column, reason: error.message)
        }
    }
}

/// What a glossary needs of one TBX entry, collected while the file streams past.
struct TBXEntry {
    struct Term {
        var language: TextLanguage
        var text: String
        var status: Glossary.Status
        var notes: [String]
        var caseRule: Glossary.CaseRule?
        var location: Glossary.Location
        /// Its language section, in `sections`.
        var section: Int
    }

    struct Section {
        /// `nil` for a language Bitext does not check; its terms are not kept.
        var language: TextLanguage?
        var notes: [String] = []
    }

    var notes: [String] = []
    var sections: [Section] = []
    /// The terms of checked languages, in document order.
    var terms: [Term] = []

    /// The notes that concern a row made of `terms`: the entry's, then each term's section's and
    /// the term's own, each once, joined as `;`-separated segments like a CSV note.
    func note(for rowTerms: [Term]) -> String {
        var parts = notes
        for term in rowTerms {
            parts += sections[term.section].notes
            parts += term.notes
        }
        var seen: Set<String> = []
        return parts.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
}

/// The streaming state machine behind ``Glossary/init(tbxContentsOf:)``: it checks the structure
/// as elements open and collects ``TBXEntry``s.
private struct TBXParser {
    /// An open element.
    struct Open {
        var name: String
        /// Outside the TBX namespace, or inside such an element: neither checked nor read.
        var isForeign: Bool
        var line: Int
        var column: Int
        var childCount = 0
        var termCount = 0
    }

    /// Character data being collected, up to the end of the element that started it.
    struct Capture {
        enum Kind { case term, status(type: String), note }
        var kind: Kind
        /// The depth of the element that started it, in `stack`.
        var depth: Int
        var line: Int
        var column: Int
        var text = ""
    }

    /// A term unit (`tig`, `ntig`, `termSec`) being read.
    struct PendingTerm {
        var text = ""
        var status: Glossary.Status?
        var notes: [String] = []
        var caseRule: Glossary.CaseRule?
        var line = 0
    }

    let path: String
    private(set) var entries: [TBXEntry] = []
    private(set) var ignoredLanguages: [Glossary.IgnoredColumn] = []

    private var version: TBXStructure.Version?
    private var namespace: String?
    private var stack: [Open] = []
    private var entry: TBXEntry?
    private var section: Int?
    private var term: PendingTerm?
    private var capture: Capture?
    private var seenIgnoredLanguages: Set<String> = []

    init(path: String) {
        self.path = path
    }

    mutating func consume(_ event: XMLEvent) throws(GlossaryError) {
        switch event {
        case .startElement(let element):
            try start(element)
        case .endElement:
            try end()
        case .text(let text), .cdata(let text):
            guard capture != nil, let innermost = stack.last,
                !innermost.isForeign || stack.count - 1 == capture?.depth,
                !TBXStructure.codeElements.contains(innermost.name)
            else { return }
            capture?.text += text
        case .comment, .processingInstruction:
            break
        }
    }

    private mutating func start(_ element: XMLElementStart) throws(GlossaryError) {
        let name = element.name.local
        guard let parent = stack.last else {
            guard let version = TBXStructure.Version(root: name) else {
                throw .notTBX(path: path, line: element.line, column: element.column, root: element.name.qualified)
            }
            self.version = version
            namespace = element.name.namespace
            stack.append(Open(name: name, isForeign: false, line: element.line, column: element.column))
            return
        }
        if parent.isForeign || element.name.namespace != namespace {
            // Another vocabulary (a DCT-style data category, a tool's extension): skipped, except a
            // DCT-style status on a term, which says as much as a termNote would.
            if !parent.isForeign, term != nil, capture == nil, TBXStructure.statusTypes.contains(name) {
                capture = Capture(kind: .status(type: name), depth: stack.count, line: element.line, column: element.column)
            }
            stack.append(Open(name: name, isForeign: true, line: element.line, column: element.column))
            return
        }
        try check(element, parent: parent)
        let type = element.attribute("type") ?? ""
        switch name {
        case _ where TBXStructure.entries.contains(name):
            entry = TBXEntry()
        case _ where TBXStructure.languageSections.contains(name):
            try startSection(element)
        case _ where TBXStructure.termUnits.contains(name):
            term = PendingTerm(line: element.line)
        case "term":
            term?.line = element.line
            startCapture(.term, at: element)
        case "termNote" where TBXStructure.statusTypes.contains(type) && term != nil:
            startCapture(.status(type: type), at: element)
        case "note" where entry != nil && !stack.contains(where: { $0.name == "transacGrp" }):
            startCapture(.note, at: element)
        case "descrip" where type == "definition" && entry != nil:
            startCapture(.note, at: element)
        default:
            break
        }
        stack.append(Open(name: name, isForeign: false, line: element.line, column: element.column))
    }

    /// The structural rules of ``TBXStructure`` for a TBX element about to open inside `parent`.
    private mutating func check(_ element: XMLElementStart, parent: Open) throws(GlossaryError) {
        let name = element.name.local
        func fail(_ problem: GlossaryError.TBXProblem) -> GlossaryError {
            .invalidTBX(path: path, line: element.line, column: element.column, problem: problem)
        }
        if let version, !version.elements.contains(name) {
            throw fail(.unknownElement(name: element.name.qualified, version: version.name))
        }
        if let parents = TBXStructure.allowedParents[name], !parents.contains(parent.name) {
            throw fail(.misplacedElement(name: name, parent: parent.name))
        }
        if let children = TBXStructure.allowedChildren[parent.name], !children.contains(name) {
            throw fail(.misplacedElement(name: name, parent: parent.name))
        }
        if TBXStructure.typed.contains(name), (element.attribute("type") ?? "").isEmpty {
            throw fail(.missingType(element: name))
        }
        if TBXStructure.termHolders.contains(parent.name) {
            let index = stack.count - 1
            stack[index].childCount += 1
            if name == "term" {
                guard parent.termCount == 0 else { throw fail(.secondTerm(container: parent.name)) }
                stack[index].termCount += 1
            } else if parent.childCount == 0 {
                throw fail(.termNotFirst(container: parent.name))
            }
        }
    }

    private mutating func startSection(_ element: XMLElementStart) throws(GlossaryError) {
        let tag = (element.attribute("lang", namespace: XMLName.xmlNamespace) ?? "").trimmingCharacters(in: .whitespaces)
        guard !tag.isEmpty else {
            throw .invalidTBX(
                path: path, line: element.line, column: element.column,
                problem: .missingLanguage(element: element.name.local))
        }
        let language = GlossaryColumn.language(forTag: tag)
        if language == nil, seenIgnoredLanguages.insert(tag.lowercased()).inserted {
            ignoredLanguages.append(Glossary.IgnoredColumn(
                name: tag, location: Glossary.Location(file: path, line: element.line), kind: .languageSection))
        }
        section = entry?.sections.count
        entry?.sections.append(TBXEntry.Section(language: language))
    }

    private mutating func startCapture(_ kind: Capture.Kind, at element: XMLElementStart) {
        guard capture == nil else { return }
        capture = Capture(kind: kind, depth: stack.count, line: element.line, column: element.column)
    }

    private mutating func end() throws(GlossaryError) {
        guard let open = stack.popLast() else { return }
        if let pending = capture, pending.depth == stack.count {
            capture = nil
            try finish(pending)
        }
        guard !open.isForeign else { return }
        if TBXStructure.termHolders.contains(open.name), open.termCount == 0 {
            throw .invalidTBX(path: path, line: open.line, column: open.column, problem: .missingTerm(container: open.name))
        }
        switch open.name {
        case _ where TBXStructure.termUnits.contains(open.name):
            if let term, let section, let language = entry?.sections[section].language {
                entry?.terms.append(TBXEntry.Term(
                    language: language, text: term.text, status: term.status ?? .approved, notes: term.notes,
                    caseRule: term.caseRule, location: Glossary.Location(file: path, line: term.line), section: section))
            }
            term = nil
        case _ where TBXStructure.languageSections.contains(open.name):
            section = nil
        case _ where TBXStructure.entries.contains(open.name):
            if let entry { entries.append(entry) }
            entry = nil
        default:
            break
        }
    }

    /// Stores collected text where it belongs: the term, its status, or a note on the innermost
    /// level (term, language section, entry).
    private mutating func finish(_ capture: Capture) throws(GlossaryError) {
        let text = Self.collapsingWhitespace(capture.text)
        switch capture.kind {
        case .term:
            term?.text = Glossary.cleaned(text)
        case .status(let type):
            guard let status = Glossary.Status(name: text) else {
                throw .invalidTBX(
                    path: path, line: capture.line, column: capture.column,
                    problem: .invalidStatus(type: type, value: text))
            }
            if term?.status == nil { term?.status = status }
        case .note:
            guard !text.isEmpty else { return }
            if term != nil, let rule = Self.caseRule(in: text) {
                term?.caseRule = rule
            } else if term != nil {
                term?.notes.append(text)
            } else if let section {
                entry?.sections[section].notes.append(text)
            } else {
                entry?.notes.append(text)
            }
        }
    }

    /// `case: sensitive` → `.sensitive`: the note Bitext writes for a CSV `case` cell.
    static func caseRule(in note: String) -> Glossary.CaseRule? {
        let lowered = note.lowercased()
        guard lowered.hasPrefix("case:") else { return nil }
        return Glossary.CaseRule(name: String(lowered.dropFirst("case:".count)))
    }

    /// Pretty-printed XML breaks text across lines; a term or a note is one line.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
