/// Escaping for the XML and HTML report formats, where the texts checked are untrusted data.
enum Markup {
    /// `text` safe as element content or as a double- or single-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become references; characters XML 1.0 forbids (C0 controls
    /// other than tab and line breaks, U+FFFE, U+FFFF) become U+FFFD, because one of them would
    /// make the whole JUnit file unreadable. In attributes, tab and line breaks are written as
    /// character references so that attribute-value normalisation keeps them.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
