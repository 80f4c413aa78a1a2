internal import CLibXML2

/// Swift copies of the names libxml2 interned in its parser's dictionary, numbered by address.
///
/// The push parser hands element and attribute names, prefixes and namespace URIs as pointers
/// into its dictionary, where each distinct string lives once for the parser's lifetime; so a
/// pointer seen before is the same string, and copying it again (a namespace URI is a heap
/// allocation) is waste. Events take the string, recordings the number (`EventRecorder`).
///
/// The lookup is direct-mapped: a slot per address hash, a newcomer takes the slot. A document
/// uses a few dozen names, so they rarely collide, and a lookup is one comparison instead of
/// hashing. Past `maximumCount` names (a document made of distinct names) nothing more is kept.
struct InternedNames {
    private static let slotCount = 256
    private static let maximumCount = 1024
    private var slots = [(address: UnsafePointer<xmlChar>?, number: Int)](repeating: (nil, 0), count: slotCount)
    /// By number; only ever appended to, so a number stays valid in every copy taken since.
    private(set) var names: [String] = []

    /// The name's number in `names`; nil once the table is full and the name is not in it.
    mutating func number(at pointer: UnsafePointer<xmlChar>) -> Int? {
        let address = UInt(bitPattern: pointer)
        // Dictionary strings are packed one after another; folding in higher bits spreads them.
        let slot = Int(truncatingIfNeeded: address ^ (address >> 8) ^ (address >> 16)) & (Self.slotCount - 1)
        if slots[slot].address == pointer { return slots[slot].number }
        guard names.count < Self.maximumCount else { return nil }
        slots[slot] = (pointer, names.count)
        names.append(String(cString: pointer))
        return names.count - 1
    }

    mutating func string(at pointer: UnsafePointer<xmlChar>) -> String {
        number(at: pointer).map { names[$0] } ?? String(cString: pointer)
    }
}
