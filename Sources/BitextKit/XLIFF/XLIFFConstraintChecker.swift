import LibXML

/// Checks the XLIFF processing requirements that an XML schema cannot express, in one streaming pass.
///
/// XLIFF 2 (core and modules): the `version` agrees with the namespace; language tags are
/// well-formed BCP 47 and agree with `srcLang`/`trgLang`; IDs are unique in their scope (files in
/// the document, units and groups in a file, segments and inline codes in a unit, data, notes);
/// `<sc>`/`<ec>` and `<sm>`/`<em>` pair up in order with matching attributes; references to
/// `<data>` and fragment identifiers resolve or are well-formed; codes that may not be deleted or
/// reordered are not; a unit has a segment; `subState` needs `state`; target `order`s are unique;
/// a skeleton with `href` is empty; Glossary, Matches, Resource Data, Size Restriction and Change
/// Tracking constraints. XLIFF 1.2: version, namespace and target language. Both: no comment
/// inside `<source>` or `<target>`, where it hides text from translators.
///
/// Memory grows with the number of IDs a scope must keep unique, not with the text.
final class XLIFFConstraintChecker {
    /// What the root element says, for choosing a schema.
    struct Root {
        var namespace: String?
        var version: String?
        /// The root is `<xliff>` in a namespace Bitext reads; false means "not XLIFF" (no schema applies).
        var isXLIFF: Bool
    }

    private enum Side { case source, target }

    private struct Code {
        var id: String
        var canReorder: String
        var canDelete: String
    }

    private struct StartCode {
        var attributes: XMLElementStart
        var isIsolated: Bool
        var isClosed = false
    }

    /// The per-unit bookkeeping.
    private final class UnitState {
        let id: String
        let location: XLIFFLocation
        var segments = 0
        var ids: [Side: Set<String>] = [.source: [], .target: []]
        var dataIDs: Set<String> = []
        var hasOriginalData = false
        var dataReferences: [(String, XLIFFLocation)] = []
        var starts: [Side: [String: StartCode]] = [.source: [:], .target: [:]]
        var startOrder: [Side: [String]] = [.source: [], .target: []]
        var earlyEnds: [Side: [(String, XLIFFLocation, String)]] = [.source: [], .target: []]
        var markers: [Side: [String: (location: XLIFFLocation, closed: Bool)]] = [.source: [:], .target: [:]]
        var markerOrder: [Side: [String]] = [.source: [], .target: []]
        var orders: Set<String> = []

        init(id: String, location: XLIFFLocation) {
            self.id = id
            self.location = location
        }
    }

    private final class SegmentState {
        var hasTarget = false
        var sourceCodes: [Code] = []
        var targetCodeIDs: [String] = []
    }

    private enum Frame {
        case root, file, group, unit, segment, ignorable
        /// `<source>` or `<target>` itself.
        case content(Side)
        /// An element inside one.
        case inline(Side)
        case notes, note, originalData, data
        case skeleton(hasHref: Bool, location: XLIFFLocation, hasContent: Bool)
        case glossEntry(location: XLIFFLocation, hasTranslation: Bool)
        case match
        case resourceContent(hasHref: Bool, location: XLIFFLocation, hasContent: Bool)
        case other
    }

    let file: String
    private var problems: [XLIFFProblem] = []
    private var root: Root?
    private var isVersion2 = false
    private var sourceLanguage: String?
    private var targetLanguage: String?
    private var reportedMissingTargetLanguage = false
    private var frames: [Frame] = []
    private var fileIDs: [String: XLIFFLocation] = [:]
    private var unitAndGroupIDs: Set<String> = []
    private var noteIDs: Set<String> = []
    private var unit: UnitState?
    private var segment: SegmentState?
    /// Every `id` in the document, and the Change Tracking references that must point at one.
    private var allIDs: Set<String> = []
    private var changeTrackingReferences: [(String, XLIFFLocation)] = []
    /// XLIFF 1.2: the current file's `target-language`.
    private var fileTargetLanguage: String?

    init(file: String) {
        self.file = file
    }

    /// Reads the whole document; throws `XLIFFError.xml` if it is not well-formed, hostile or unreadable.
    func check(_ reader: XMLReader) throws -> (root: Root?, problems: [XLIFFProblem]) {
        do {
            while let event = try reader.next() {
                switch event {
                case .startElement(let element): handleStart(element)
                case .endElement: handleEnd()
                case .text(let text), .cdata(let text): characters(text)
                case .comment(let text): comment(text)
                case .processingInstruction: break
                }
                if root?.isXLIFF == false { break }
            }
        } catch let error as XMLError {
            throw XLIFFError.xml(error)
        }
        for (reference, location) in changeTrackingReferences where !allIDs.contains(reference) {
            report(location, "ctr:revisions ref=\"\(reference)\" points at no element with that id")
        }
        return (root, problems)
    }

    // MARK: Events

    private func handleStart(_ element: XMLElementStart) {
        let location = XLIFFLocation(line: element.line, column: element.column)
        if let id = element.attribute("id") { allIDs.insert(id) }
        guard root != nil else {
            frames.append(.root)
            startRoot(element, at: location)
            return
        }
        markContent()
        let name = element.name
        checkModuleAttributes(element, at: location)
        if name.namespace == root?.namespace {
            isVersion2 ? startCore2(element, at: location) : startCore12(element, at: location)
        } else {
            startModule(element, at: location)
        }
    }

    private func handleEnd() {
        guard let frame = frames.popLast() else { return }
        switch frame {
        case .unit: endUnit()
        case .segment, .ignorable: endSegment()
        case .notes: noteIDs = []
        case .file: unitAndGroupIDs = []
        case .skeleton(let hasHref, let location, let hasContent) where hasHref && hasContent:
            report(location, "a <skeleton> with href must be empty")
        case .glossEntry(let location, let hasTranslation) where !hasTranslation:
            report(location, "gls:glossEntry needs a gls:translation or a gls:definition")
        case .resourceContent(let hasHref, let location, let hasContent) where hasHref && hasContent:
            report(location, "a Resource Data element with href must be empty")
        default: break
        }
    }

    private func characters(_ text: String) {
        guard !Self.isWhitespace(text) else { return }
        markContent()
    }

    /// `text.allSatisfy(\.isWhitespace)`, deciding from the bytes while they are ASCII (the
    /// indentation between elements, and most text), without the Unicode property tables.
    private static func isWhitespace(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0..<0x80: return false
            default: return text.allSatisfy(\.isWhitespace)
            }
        }
        return true
    }

    /// A comment right inside `<source>` or `<target>` (not inside a code, where it annotates the
    /// code) stands where text should be: CAT tools and Bitext drop it, so what it replaced is lost.
    /// locize's writer leaves exactly this for content it could not write.
    private func comment(_ text: String) {
        guard case .content(let side)? = frames.last else { return }
        let location = unit?.location ?? XLIFFLocation(line: 0, column: 0)
        let excerpt = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        report(location, "a comment stands in the text of <\(side == .target ? "target" : "source")> in unit \(unit?.id ?? "?"), "
            + "where translators and tools never see it: “\(excerpt.count > 60 ? excerpt.prefix(57) + "…" : excerpt)”")
    }

    /// Records that the innermost skeleton or resource element has content.
    private func markContent() {
        guard let last = frames.last else { return }
        switch last {
        case .skeleton(let hasHref, let location, _): frames[frames.count - 1] = .skeleton(hasHref: hasHref, location: location, hasContent: true)
        case .resourceContent(let hasHref, let location, _):
            frames[frames.count - 1] = .resourceContent(hasHref: hasHref, location: location, hasContent: true)
        default: break
        }
    }

    // MARK: Root

    private func startRoot(_ element: XMLElementStart, at location: XLIFFLocation) {
        let namespace = element.name.namespace
        let version = element.attribute("version")
        guard element.name.local == "xliff" else {
            root = Root(namespace: namespace, version: version, isXLIFF: false)
            report(location, "the root element is <\(element.name.qualified)>, not <xliff>: this is not an XLIFF document")
            return
        }
        switch namespace {
        case XLIFFNamespace.core2?:
            isVersion2 = true
            if version != "2.0" && version != "2.1" {
                report(location, "version=\"\(version ?? "")\" does not match the namespace \(XLIFFNamespace.core2), which is XLIFF 2.0's and 2.1's")
            }
        case XLIFFNamespace.core22?:
            isVersion2 = true
            if version != "2.2" {
                report(location, "version=\"\(version ?? "")\" does not match the namespace \(XLIFFNamespace.core22), which is XLIFF 2.2's")
            }
        case XLIFFNamespace.core12?:
            if version != "1.2" {
                report(location, "version=\"\(version ?? "")\" does not match the namespace \(XLIFFNamespace.core12), which is XLIFF 1.2's")
            }
        case XLIFFNamespace.core11?:
            report(location, "XLIFF 1.1 cannot be validated: there is no schema for it here (XLIFF 1.2 and 2.x are validated)")
        case nil:
            let expected = version?.hasPrefix("2") == true ? XLIFFNamespace.core2 : XLIFFNamespace.core12
            report(location, "<xliff version=\"\(version ?? "")\"> has no namespace; XLIFF requires xmlns=\"\(expected)\"")
            root = Root(namespace: nil, version: version, isXLIFF: false)
            return
        default:
            report(location, "<xliff> is in the namespace “\(namespace ?? "")”, which is not XLIFF's")
            root = Root(namespace: namespace, version: version, isXLIFF: false)
            return
        }
        root = Root(namespace: namespace, version: version, isXLIFF: true)
        if isVersion2 {
            sourceLanguage = element.attribute("srcLang")
            targetLanguage = element.attribute("trgLang")
            if let source = sourceLanguage, !Self.isLanguageTag(source) {
                report(location, "srcLang=\"\(source)\" is not a well-formed BCP 47 language tag")
            }
            if let target = targetLanguage, !Self.isLanguageTag(target) {
                report(location, "trgLang=\"\(target)\" is not a well-formed BCP 47 language tag")
            }
        }
    }

    // MARK: XLIFF 2 core

    private func startCore2(_ element: XMLElementStart, at location: XLIFFLocation) {
        let parent = frames.last
        switch element.name.local {
        case "file":
            frames.append(.file)
            if let id = element.attribute("id") {
                if fileIDs[id] != nil {
                    report(location, "file id=\"\(id)\" is not unique in the document")
                } else {
                    fileIDs[id] = location
                }
            }
        case "group":
            frames.append(.group)
            uniqueUnitOrGroup(element, "group", at: location)
        case "unit":
            frames.append(.unit)
            uniqueUnitOrGroup(element, "unit", at: location)
            unit = UnitState(id: element.attribute("id") ?? "", location: location)
        case "segment", "ignorable":
            let isSegment = element.name.local == "segment"
            frames.append(isSegment ? .segment : .ignorable)
            segment = SegmentState()
            guard let unit else { return }
            if isSegment {
                unit.segments += 1
                if element.attribute("subState") != nil && element.attribute("state") == nil {
                    report(location, "subState is only allowed together with state")
                }
            }
            if let id = element.attribute("id") {
                if unit.ids[.source]!.contains(id) || unit.ids[.target]!.contains(id) {
                    report(location, "id=\"\(id)\" is not unique in unit \(unit.id)")
                }
                unit.ids[.source]!.insert(id)
                unit.ids[.target]!.insert(id)
            }
        case "source" where isSegmentLike(parent):
            frames.append(.content(.source))
            if let language = element.attribute("lang", namespace: XMLName.xmlNamespace), language != sourceLanguage {
                report(location, "source xml:lang=\"\(language)\" differs from srcLang=\"\(sourceLanguage ?? "")\"")
            }
        case "target" where isSegmentLike(parent):
            frames.append(.content(.target))
            segment?.hasTarget = true
            if targetLanguage == nil && !reportedMissingTargetLanguage {
                reportedMissingTargetLanguage = true
                report(location, "a <target> needs trgLang on <xliff>")
            }
            if let language = element.attribute("lang", namespace: XMLName.xmlNamespace), language != targetLanguage {
                report(location, "target xml:lang=\"\(language)\" differs from trgLang=\"\(targetLanguage ?? "")\"")
            }
            if let order = element.attribute("order"), let unit {
                if !unit.orders.insert(order).inserted {
                    report(location, "order=\"\(order)\" is used by two targets in unit \(unit.id)")
                }
            }
        case "notes":
            frames.append(.notes)
            noteIDs = []
        case "note":
            frames.append(.note)
            if let id = element.attribute("id"), !noteIDs.insert(id).inserted {
                report(location, "note id=\"\(id)\" is not unique in its <notes>")
            }
        case "originalData":
            frames.append(.originalData)
            // A match (Matches module) has its own originalData.
            if !isInsideMatch { unit?.hasOriginalData = true }
        case "data":
            frames.append(.data)
            if let id = element.attribute("id"), let unit, !isInsideMatch, !unit.dataIDs.insert(id).inserted {
                report(location, "data id=\"\(id)\" is not unique in unit \(unit.id)")
            }
        case "skeleton":
            frames.append(.skeleton(hasHref: element.attribute("href") != nil, location: location, hasContent: false))
        default:
            if let side = innermostSide {
                frames.append(.inline(side))
                inline(element, side: side, at: location)
            } else {
                frames.append(.other)
            }
        }
    }

    /// The side of the `<source>` or `<target>` the reader is in, if any.
    private var innermostSide: Side? {
        for frame in frames.reversed() {
            switch frame {
            case .content(let side), .inline(let side): return side
            default: continue
            }
        }
        return nil
    }

    private var isInsideMatch: Bool {
        frames.contains { if case .match = $0 { return true } else { return false } }
    }

    private func isSegmentLike(_ frame: Frame?) -> Bool {
        switch frame {
        case .segment?, .ignorable?: true
        default: false
        }
    }

    private func uniqueUnitOrGroup(_ element: XMLElementStart, _ kind: String, at location: XLIFFLocation) {
        guard let id = element.attribute("id") else { return }
        if !unitAndGroupIDs.insert(id).inserted {
            report(location, "\(kind) id=\"\(id)\" is not unique among the units and groups of its file")
        }
    }

    /// An inline element of a segment's source or target.
    private func inline(_ element: XMLElementStart, side: Side, at location: XLIFFLocation) {
        guard let unit, !isInsideMatch else { return }
        let name = element.name.local
        let id = element.attribute("id")
        if let id, ["ph", "pc", "sc", "mrk", "sm", "ec"].contains(name) {
            if !unit.ids[side]!.insert(id).inserted {
                report(location, "id=\"\(id)\" is not unique in the \(side == .source ? "source" : "target") of unit \(unit.id)")
            }
        }
        // References into <originalData>.
        let references = ["dataRef", "dataRefStart", "dataRefEnd"].compactMap { element.attribute($0) }
        for reference in references { unit.dataReferences.append((reference, location)) }
        if element.attribute("copyOf") != nil && !references.isEmpty {
            report(location, "<\(name)> may not have both copyOf and \(name == "pc" ? "dataRefStart/dataRefEnd" : "dataRef")")
        }
        if let reference = element.attribute("ref"), reference.hasPrefix("#"), !Self.isFragmentIdentifier(reference) {
            report(location, "ref=\"\(reference)\" is not a valid XLIFF fragment identifier (such as #n=n1 or #/f=f1/u=u1)")
        }
        if (name == "mrk" || name == "sm") && element.attribute("type") == "comment" {
            let hasValue = element.attribute("value") != nil, hasReference = element.attribute("ref") != nil
            if hasValue == hasReference {
                report(location, "a comment annotation needs either value or ref, not \(hasValue ? "both" : "neither")")
            }
        }
        // Codes, for canDelete and canReorder.
        if let id, ["ph", "pc", "sc"].contains(name) {
            if side == .source {
                segment?.sourceCodes.append(Code(
                    id: id, canReorder: element.attribute("canReorder") ?? "yes", canDelete: element.attribute("canDelete") ?? "yes"))
            } else {
                segment?.targetCodeIDs.append(id)
            }
        }
        switch name {
        case "sc":
            guard let id else { return }
            unit.starts[side]![id] = StartCode(attributes: element, isIsolated: element.attribute("isolated") == "yes")
            unit.startOrder[side]!.append(id)
        case "ec":
            let isIsolated = element.attribute("isolated") == "yes"
            let startReference = element.attribute("startRef")
            if isIsolated {
                if id == nil || startReference != nil {
                    report(location, "an isolated <ec> must have id and no startRef")
                }
            } else if id != nil && startReference != nil {
                report(location, "an <ec> that is not isolated must have startRef and no id")
            } else if startReference == nil {
                report(location, "an <ec> that is not isolated needs startRef")
            }
            guard !isIsolated, let startReference else { return }
            guard var start = unit.starts[side]![startReference], !start.isClosed else {
                unit.earlyEnds[side]!.append((startReference, location, "ec"))
                return
            }
            start.isClosed = true
            unit.starts[side]![startReference] = start
            if start.isIsolated {
                report(location, "<sc id=\"\(startReference)\"> is isolated, but this <ec> closes it in the same unit")
            }
            for (attribute, fallback) in [("canCopy", "yes"), ("canDelete", "yes"), ("canReorder", "yes"), ("canOverlap", "yes")] {
                let startValue = start.attributes.attribute(attribute) ?? fallback
                let endValue = element.attribute(attribute) ?? fallback
                if startValue != endValue {
                    report(location, "<ec> has \(attribute)=\"\(endValue)\" but its <sc id=\"\(startReference)\"> has \(attribute)=\"\(startValue)\"")
                }
            }
            for attribute in ["dir", "type", "subType"] {
                if let startValue = start.attributes.attribute(attribute), let endValue = element.attribute(attribute),
                    startValue != endValue
                {
                    report(location, "<ec> has \(attribute)=\"\(endValue)\" but its <sc id=\"\(startReference)\"> has \(attribute)=\"\(startValue)\"")
                }
            }
        case "sm":
            guard let id else { return }
            unit.markers[side]![id] = (location, false)
            unit.markerOrder[side]!.append(id)
        case "em":
            guard let startReference = element.attribute("startRef") else { return }
            if let marker = unit.markers[side]![startReference], !marker.closed {
                unit.markers[side]![startReference] = (marker.location, true)
            } else {
                unit.earlyEnds[side]!.append((startReference, location, "em"))
            }
        default:
            break
        }
    }

    private func endSegment() {
        guard let segment, segment.hasTarget else {
            self.segment = nil
            return
        }
        let targetIDs = Set(segment.targetCodeIDs)
        for code in segment.sourceCodes where code.canDelete == "no" && !targetIDs.contains(code.id) {
            report(unit?.location, "the code id=\"\(code.id)\" has canDelete=\"no\" but is missing from the target of unit \(unit?.id ?? "?")")
        }
        // A sequence that starts with canReorder="firstNo" and goes on with "no" must stay together and in order.
        var sequences: [[String]] = []
        for code in segment.sourceCodes {
            if code.canReorder == "firstNo" {
                sequences.append([code.id])
            } else if code.canReorder == "no", !sequences.isEmpty {
                sequences[sequences.count - 1].append(code.id)
            } else if !sequences.isEmpty, sequences[sequences.count - 1].last != nil {
                sequences.append([])
            }
        }
        for sequence in sequences where sequence.count > 1 {
            let positions = sequence.compactMap { segment.targetCodeIDs.firstIndex(of: $0) }
            guard positions.count == sequence.count else { continue }
            if positions != Array(positions[0]..<(positions[0] + positions.count)) {
                report(unit?.location, "codes \(sequence.joined(separator: ", ")) may not be reordered or separated (canReorder), but the target of unit \(unit?.id ?? "?") does")
            }
        }
        self.segment = nil
    }

    private func endUnit() {
        defer { unit = nil }
        guard let unit else { return }
        if unit.segments == 0 {
            report(unit.location, "unit \(unit.id) has no <segment> (ignorables alone are not enough)")
        }
        for (reference, location) in unit.dataReferences {
            if !unit.hasOriginalData {
                report(location, "dataRef=\"\(reference)\" but unit \(unit.id) has no <originalData>")
            } else if !unit.dataIDs.contains(reference) {
                report(location, "dataRef=\"\(reference)\" matches no <data id> in unit \(unit.id)")
            }
        }
        for side in [Side.source, .target] {
            for (reference, location, kind) in unit.earlyEnds[side]! {
                let exists = kind == "ec" ? unit.starts[side]![reference] != nil : unit.markers[side]![reference] != nil
                report(location, exists
                    ? "<\(kind) startRef=\"\(reference)\"> comes before its <\(kind == "ec" ? "sc" : "sm")>"
                    : "<\(kind) startRef=\"\(reference)\"> matches no <\(kind == "ec" ? "sc" : "sm")> in unit \(unit.id)")
            }
            for id in unit.startOrder[side]! {
                guard let start = unit.starts[side]![id], !start.isClosed, !start.isIsolated else { continue }
                report(XLIFFLocation(line: start.attributes.line, column: start.attributes.column),
                    "<sc id=\"\(id)\"> has no <ec> in unit \(unit.id); an <sc> whose end is outside the unit needs isolated=\"yes\"")
            }
            for id in unit.markerOrder[side]! {
                guard let marker = unit.markers[side]![id], !marker.closed else { continue }
                report(marker.location, "<sm id=\"\(id)\"> has no <em> in unit \(unit.id)")
            }
        }
    }

    // MARK: Modules

    private func startModule(_ element: XMLElementStart, at location: XLIFFLocation) {
        let name = element.name
        switch (name.namespace, name.local) {
        case (XLIFFNamespace.glossary?, "glossEntry"):
            frames.append(.glossEntry(location: location, hasTranslation: false))
        case (XLIFFNamespace.glossary?, "translation"), (XLIFFNamespace.glossary?, "definition"):
            if let index = frames.lastIndex(where: { if case .glossEntry = $0 { return true } else { return false } }),
                case .glossEntry(let entryLocation, _) = frames[index]
            {
                frames[index] = .glossEntry(location: entryLocation, hasTranslation: true)
            }
            frames.append(.other)
        case (XLIFFNamespace.matches?, "match"):
            frames.append(.match)
            if element.attribute("lang", namespace: XMLName.xmlNamespace) != nil {
                report(location, "mtc:match may not have xml:lang (a match's languages are the document's)")
            }
        case (Self.resourceData?, "source"), (Self.resourceData?, "target"):
            frames.append(.resourceContent(hasHref: element.attribute("href") != nil, location: location, hasContent: false))
        case (Self.changeTracking?, "revisions"):
            frames.append(.other)
            if let reference = element.attribute("ref") { changeTrackingReferences.append((reference, location)) }
        default:
            frames.append(.other)
        }
    }

    private func checkModuleAttributes(_ element: XMLElementStart, at location: XLIFFLocation) {
        for attribute in element.attributes {
            switch (attribute.name.namespace, attribute.name.local) {
            case (Self.sizeRestriction?, "sizeInfo"):
                // Free text for a custom profile ("some info"), an integer for xliff:codepoints; a
                // decimal number is wrong under either.
                if Int(attribute.value) == nil, Double(attribute.value) != nil {
                    report(location, "slr:sizeInfo=\"\(attribute.value)\" is not an integer")
                }
            case (Self.formatStyle?, "subFs"):
                if element.attribute("fs", namespace: Self.formatStyle) == nil {
                    report(location, "fs:subFs is only allowed together with fs:fs")
                }
            default:
                break
            }
        }
    }

    static let resourceData = "urn:oasis:names:tc:xliff:resourcedata:2.0"
    static let changeTracking = "urn:oasis:names:tc:xliff:changetracking:2.0"
    static let sizeRestriction = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
    static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"

    // MARK: XLIFF 1.2

    private func startCore12(_ element: XMLElementStart, at location: XLIFFLocation) {
        switch element.name.local {
        case "file":
            frames.append(.file)
            fileTargetLanguage = element.attribute("target-language")
        case "trans-unit":
            frames.append(.unit)
            unit = UnitState(id: element.attribute("id") ?? "", location: location)
            unit?.segments = 1
        case "source", "seg-source":
            frames.append(.content(.source))
        case "target" where { if case .unit? = frames.last { return true } else { return false } }():
            frames.append(.content(.target))
            if let language = element.attribute("lang", namespace: XMLName.xmlNamespace), let expected = fileTargetLanguage,
                language.lowercased() != expected.lowercased()
            {
                report(location, "target xml:lang=\"\(language)\" differs from the file's target-language=\"\(expected)\"")
            }
        default:
            if let side = innermostSide { frames.append(.inline(side)) } else { frames.append(.other) }
        }
    }

    // MARK: Helpers

    private func report(_ location: XLIFFLocation?, _ message: String) {
        problems.append(XLIFFProblem(file: file, at: location, message: message))
    }

    /// BCP 47 well-formedness, by subtag shape: a 2–8 letter language (or `x`/`i` for private
    /// and grandfathered tags), then subtags of 1–8 letters and digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        guard first.count >= 2 && first.count <= 8 || (first.count == 1 && "xXiI".contains(first)) else { return false }
        if first.count == 1 && subtags.count < 2 { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// XLIFF 2 fragment identifiers: `#`, an optional `/`, then `prefix=id` selectors separated by
    /// `/`; only the last selector may be a bare `id`.
    static func isFragmentIdentifier(_ reference: String) -> Bool {
        var body = reference.dropFirst()
        if body.hasPrefix("/") { body = body.dropFirst() }
        let selectors = body.split(separator: "/", omittingEmptySubsequences: false)
        guard !selectors.isEmpty else { return false }
        for (index, selector) in selectors.enumerated() {
            let parts = selector.split(separator: "=", omittingEmptySubsequences: false)
            switch parts.count {
            case 1:
                guard index == selectors.count - 1, isToken(parts[0]) else { return false }
            case 2:
                guard isToken(parts[0]), parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                    isToken(parts[1])
                else { return false }
            default:
                return false
            }
        }
        return true
    }

    private static func isToken(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._-:".contains($0) }
    }
}
