/// The namespaces of XLIFF and of the modules Bitext reads and writes.
public enum XLIFFNamespace {
    public static let core12 = "urn:oasis:names:tc:xliff:document:1.2"
    public static let core11 = "urn:oasis:names:tc:xliff:document:1.1"
    public static let core2 = "urn:oasis:names:tc:xliff:document:2.0"
    public static let core22 = "urn:oasis:names:tc:xliff:document:2.2"
    public static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    public static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    public static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    public static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Whether `namespace` is an XLIFF 1.x core namespace (or none, as XLIFF 1.0 files have).
    static func isCore1(_ namespace: String?) -> Bool {
        namespace == nil || namespace == core12 || namespace == core11 || namespace == "urn:oasis:names:tc:xliff:document:1.0"
    }

    static func isCore2(_ namespace: String?) -> Bool { namespace == core2 || namespace == core22 }
}
