/// One translatable unit (`<unit>` in 2.x, `<trans-unit>` in 1.2): a title or a block of a release.
public struct XLIFFUnit: Hashable, Sendable {
    public var id: String
    /// `unit/@name` (2.x) or `trans-unit/@resname` (1.2).
    public var name: String?
    /// `translate="no"` units are not for translators.
    public var translate: Bool?
    /// The Metadata module (2.x) or `<context-group>`s (1.2): kind, marker and line of the block.
    public var metadata: [XLIFFMetaGroup]
    /// The Glossary module (2.x). XLIFF 1.2 has none; Bitext writes glossary hints as notes there.
    public var glossary: [XLIFFGlossaryEntry]
    public var notes: [XLIFFNote]
    /// XLIFF 2 `<originalData>`, kept as read (Bitext writes plain text and needs none).
    public var originalData: XLIFFElement?
    /// Segments and ignorables in document order; together their sources make up the unit's source.
    public var segments: [XLIFFSegment]
    /// XLIFF 1.2 keeps one state for the whole `<target>`.
    public var targetState: String?
    /// XLIFF 1.2: the `<target>` has no `<mrk mtype="seg">` although the source is segmented, so it
    /// sits whole in the first segment (CAT tools merge segments this way).
    public var targetIsMerged: Bool
    public var otherAttributes: [XLIFFAttribute]
    /// Elements of other namespaces (and XLIFF elements Bitext does not interpret, such as `alt-trans`).
    public var extensions: [XLIFFElement]
    /// Where the unit starts.
    public var location: XLIFFLocation?
    /// Ids of the groups that enclose the unit, outermost first (groups are not re-exported).
    public var groups: [String]

    public init(id: String, name: String? = nil, translate: Bool? = nil, metadata: [XLIFFMetaGroup] = [],
        glossary: [XLIFFGlossaryEntry] = [], notes: [XLIFFNote] = [], originalData: XLIFFElement? = nil, segments: [XLIFFSegment] = [],
        targetState: String? = nil, targetIsMerged: Bool = false, otherAttributes: [XLIFFAttribute] = [],
        extensions: [XLIFFElement] = [], location: XLIFFLocation? = nil, groups: [String] = []) {
        self.id = id
        self.name = name
        self.translate = translate
        self.metadata = metadata
        self.glossary = glossary
        self.notes = notes
        self.originalData = originalData
        self.segments = segments
        self.targetState = targetState
        self.targetIsMerged = targetIsMerged
        self.otherAttributes = otherAttributes
        self.extensions = extensions
        self.location = location
        self.groups = groups
    }

    /// The unit's source as plain text: every segment and ignorable, in order.
    public var sourceText: String { segments.map { $0.source.plainText }.joined() }

    /// The unit's target as plain text, or nil when no segment has a target.
    public var targetText: String? {
        guard segments.contains(where: { $0.target != nil && !$0.isIgnorable }) else { return nil }
        // A merged target replaces the whole unit, the text between segments included.
        if targetIsMerged { return segments.compactMap { $0.target?.plainText }.joined() }
        return segments.map { ($0.target ?? ($0.isIgnorable ? $0.source : [])).plainText }.joined()
    }

    /// Where the first `<target>` starts, else where the unit starts.
    public var targetLocation: XLIFFLocation? {
        segments.lazy.compactMap(\.targetLocation).first ?? location
    }

    /// The value of the first metadata entry of this type, if any.
    public func meta(_ type: String) -> String? {
        metadata.lazy.compactMap { $0.value(type) }.first
    }

    /// Whether a translator has produced a target: every segment has a non-empty one, the state is
    /// not `needs-translation`, and the state is past `new`/`initial` or the text differs from the
    /// source (OmegaT 3.6 fills prefilled targets but keeps `state="new"`).
    public var isTranslated: Bool {
        let parts = segments.filter { !$0.isIgnorable }
        let checked = targetIsMerged ? Array(parts.prefix(1)) : parts
        guard let target = targetText, !checked.isEmpty,
            checked.allSatisfy({ part in
                guard let text = part.target?.plainText else { return false }
                return !text.allSatisfy(\.isWhitespace) || part.source.plainText.allSatisfy(\.isWhitespace)
            })
        else { return false }
        let states = targetState.map { [$0] } ?? parts.map { $0.state ?? "initial" }
        if states.contains("needs-translation") { return false }
        if states.allSatisfy({ $0 == "new" || $0 == "initial" }) { return target != sourceText }
        return true
    }
}
