/// The errors we raise ourselves, rather than relay from libxml2, with their messages.
extension XMLError {
    static func inputTooLarge(_ file: String, limit: Int) -> XMLError {
        XMLError(kind: .tooLarge, file: file, message: "input of \(limit >> 30) GiB or more is not accepted")
    }

    static func doctype(_ file: String, at position: SourcePosition) -> XMLError {
        XMLError(
            kind: .hostile, file: file, line: position.line, column: position.column,
            message: "DOCTYPE declarations are not accepted (they enable entity and external DTD attacks)")
    }

    static func entityReference(_ file: String, _ name: String, at position: SourcePosition) -> XMLError {
        XMLError(
            kind: .hostile, file: file, line: position.line, column: position.column,
            message: "entity reference &\(name); is not accepted")
    }

    static func tooDeep(_ file: String, limit: Int, at position: SourcePosition) -> XMLError {
        XMLError(
            kind: .hostile, file: file, line: position.line, column: position.column,
            message: "elements nested more than \(limit) deep are not accepted")
    }

    static func textTooLong(_ file: String, limit: Int, at position: SourcePosition) -> XMLError {
        XMLError(
            kind: .tooLarge, file: file, line: position.line, column: position.column,
            message: "a text or CDATA run of more than \(limit) bytes is not accepted")
    }

    static func emptyDocument(_ file: String) -> XMLError {
        XMLError(kind: .notWellFormed, file: file, line: 1, column: 1, message: "Document is empty")
    }
}
