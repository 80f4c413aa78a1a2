/// A `<segment>` or `<ignorable>` (2.x), or a `<mrk mtype="seg">` of a 1.2 `<seg-source>` (or the whole 1.2 unit).
public struct XLIFFSegment: Hashable, Sendable {
    public var id: String?
    /// `<ignorable>`: text between segments, such as the space between two sentences.
    public var isIgnorable: Bool
    /// 2.x `segment/@state` as written (`initial`, `translated`, `reviewed`, `final`).
    public var state: String?
    public var subState: String?
    public var source: [XLIFFNode]
    public var target: [XLIFFNode]?
    public var sourceLocation: XLIFFLocation?
    public var targetLocation: XLIFFLocation?
    /// Attributes of `<source>`/`<target>` (such as `xml:lang`) and of `<segment>` not modelled above.
    public var sourceAttributes: [XLIFFAttribute]
    public var targetAttributes: [XLIFFAttribute]
    public var otherAttributes: [XLIFFAttribute]

    public init(id: String? = nil, isIgnorable: Bool = false, state: String? = nil, subState: String? = nil,
        source: [XLIFFNode], target: [XLIFFNode]? = nil, sourceLocation: XLIFFLocation? = nil,
        targetLocation: XLIFFLocation? = nil, sourceAttributes: [XLIFFAttribute] = [],
        targetAttributes: [XLIFFAttribute] = [], otherAttributes: [XLIFFAttribute] = []) {
        self.id = id
        self.isIgnorable = isIgnorable
        self.state = state
        self.subState = subState
        self.source = source
        self.target = target
        self.sourceLocation = sourceLocation
        self.targetLocation = targetLocation
        self.sourceAttributes = sourceAttributes
        self.targetAttributes = targetAttributes
        self.otherAttributes = otherAttributes
    }
}
