internal import CLibXML2

extension XMLError {
    /// Copies a libxml2 error into a Swift value.
    init(_ error: xmlError, file: String) {
        let domain = xmlErrorDomain(rawValue: UInt32(bitPattern: error.domain))
        let code = xmlParserErrors(rawValue: UInt32(bitPattern: error.code))
        self.init(
            kind: Self.kind(domain: domain, code: code),
            file: file,
            line: Int(max(error.line, 0)),
            // libxml2 puts the column into `int2`, but only for errors raised by a parser.
            column: Self.parserDomains.contains(domain.rawValue) ? Int(max(error.int2, 0)) : 0,
            message: Self.oneLine(error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)")
        )
    }

    private static let parserDomains: Set<UInt32> = [
        XML_FROM_PARSER.rawValue, XML_FROM_NAMESPACE.rawValue, XML_FROM_IO.rawValue, XML_FROM_I18N.rawValue,
    ]

    private static func kind(domain: xmlErrorDomain, code: xmlParserErrors) -> Kind {
        switch (domain, code) {
        case (XML_FROM_SCHEMASV, _), (XML_FROM_SCHEMASP, _): .invalid
        case (XML_FROM_IO, _): .unreadable
        case (_, XML_ERR_NO_MEMORY): .tooLarge
        case (_, XML_ERR_ENTITY_LOOP): .hostile
        default: .notWellFormed
        }
    }

    /// libxml2 messages end in a newline and some span two lines ("… indicate encoding !\nBytes: …").
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline)
            .map(\.trimmed)
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

extension Substring {
    fileprivate var trimmed: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[first...last]
    }
}
