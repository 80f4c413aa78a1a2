internal import CLibXML2

/// What XML 1.0 allows in names and character data, checked before anything reaches libxml2's
/// writer, which writes whatever it is given.
public enum XMLCharacters {
    /// The first scalar of `string` that XML 1.0 does not allow, if any.
    ///
    /// XML 1.0 `Char`: tab, newline, carriage return, and everything from U+0020 except U+FFFE and
    /// U+FFFF. (Swift strings cannot hold surrogates.) U+0000 would also silently cut a C string.
    /// The check reads UTF-8 bytes: a disallowed scalar is a byte below 0x20 or the three bytes
    /// `EF BF BE`/`EF BF BF`, and no other scalar's encoding contains either.
    public static func firstDisallowed(in string: String) -> Unicode.Scalar? {
        // `withUTF8` reads a small string's bytes in place, where `Array(string.utf8)` allocated.
        var utf8 = string
        return utf8.withUTF8(firstDisallowed(in:))
    }

    private static func firstDisallowed(in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time where none is a control character or 0xEF.
            if index + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !hasControlByte(word) && !has(0xEF, in: word) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x9 && byte != 0xA && byte != 0xD { return Unicode.Scalar(byte) }
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE {
                return Unicode.Scalar(0xFFC0 | UInt32(bytes[index + 2] & 0x3F))
            }
            index += 1
        }
        return nil
    }

    /// Whether a byte of `word` is below 0x20. (Subtracting 0x20 from each byte borrows into the
    /// top bit exactly where a byte was smaller; `~word` excludes bytes that had it set already.)
    static func hasControlByte(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether a byte of `word` is `byte` (a zero byte of `word ^ byte…`, found as above).
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }

    /// A name without a colon (`NCName`), as element and attribute names and prefixes must be.
    static func isName(_ string: String) -> Bool {
        var utf8 = string
        if utf8.withUTF8(isASCIIName) { return true }
        return !string.isEmpty && firstDisallowed(in: string) == nil && xmlValidateNCName(string, 0) == 0
    }

    /// `[A-Za-z_][A-Za-z0-9._-]*`: libxml2's own quick test, which decides for nearly every name;
    /// anything else goes to `xmlValidateNCName`. Over the bytes, not `String.UTF8View`, whose
    /// iterator costs several times as much for the short names it sees.
    private static func isASCIIName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, isASCIILetter(first) || first == UInt8(ascii: "_") else { return false }
        for byte in bytes.dropFirst() {
            guard isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
