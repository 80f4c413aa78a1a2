/// A note for the translator (`<note>`).
public struct XLIFFNote: Hashable, Sendable {
    public var id: String?
    /// 2.x `category` ("location", "glossary").
    public var category: String?
    /// 1.2 `from` (who wrote it).
    public var from: String?
    public var priority: Int?
    /// 2.x `appliesTo` / 1.2 `annotates` (`source`, `target`, `general`).
    public var appliesTo: String?
    public var text: String
    public var otherAttributes: [XLIFFAttribute]

    public init(id: String? = nil, category: String? = nil, from: String? = nil, priority: Int? = nil,
        appliesTo: String? = nil, text: String, otherAttributes: [XLIFFAttribute] = []) {
        self.id = id
        self.category = category
        self.from = from
        self.priority = priority
        self.appliesTo = appliesTo
        self.text = text
        self.otherAttributes = otherAttributes
    }
}
