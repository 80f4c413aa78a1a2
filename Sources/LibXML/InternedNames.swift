internal import CLibXML2

/// Swift copies of the names libxml2 interned in its parser's dictionary, by address.
///
/// The push parser hands element and attribute names, prefixes and namespace URIs as pointers
/// into its dictionary, where each distinct string lives once for the parser's lifetime; so a
/// pointer seen before is the same string, and copying it again (a namespace URI is a heap
/// allocation) is waste. The cache is direct-mapped: a slot per address hash, a newcomer evicts
/// the slot's old name. A document uses a few dozen names, so they rarely collide, a lookup is
/// one comparison instead of hashing, and a document made of millions of distinct names costs
/// no more memory than 256 of them.
struct InternedNames {
    private static let slotCount = 256
    private var addresses = [UnsafePointer<xmlChar>?](repeating: nil, count: slotCount)
    private var strings = [String](repeating: "", count: slotCount)

    mutating func string(at pointer: UnsafePointer<xmlChar>) -> String {
        let address = UInt(bitPattern: pointer)
        // Dictionary strings are packed one after another; folding in higher bits spreads them.
        let slot = Int(truncatingIfNeeded: address ^ (address >> 8) ^ (address >> 16)) & (Self.slotCount - 1)
        if addresses[slot] == pointer { return strings[slot] }
        let string = String(cString: pointer)
        addresses[slot] = pointer
        strings[slot] = string
        return string
    }
}
