internal import CLibXML2

/// What XML 1.0 allows in names and character data, checked before anything reaches libxml2's
/// writer, which writes whatever it is given.
enum XMLCharacters {
    /// XML 1.0 `Char`: tab, newline, carriage return, and everything from U+0020 except U+FFFE and
    /// U+FFFF. (Swift strings cannot hold surrogates.) U+0000 would also silently cut a C string.
    static func firstDisallowed(in string: String) -> Unicode.Scalar? {
        string.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD: false
            case 0..<0x20, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }

    /// A name without a colon (`NCName`), as element and attribute names and prefixes must be.
    static func isName(_ string: String) -> Bool {
        !string.isEmpty && firstDisallowed(in: string) == nil && xmlValidateNCName(string, 0) == 0
    }
}
