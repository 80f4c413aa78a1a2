/// A located problem with an XML document, printed like a compiler diagnostic.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, coarsely, so that callers can map it to an exit code or a message.
    public enum Kind: Hashable, Sendable {
        /// The bytes are not well-formed XML (or not namespace-well-formed, or badly encoded);
        /// from `XMLWriter`: what was asked for would not be.
        case notWellFormed
        /// The document uses a construct we refuse on principle: a DOCTYPE (and with it every
        /// entity and DTD attack), an entity reference, or absurd nesting.
        case hostile
        /// The file could not be opened or read, or a schema file it needs cannot be read offline.
        case unreadable
        /// Well-formed, but the schema says no (or the schema itself is broken).
        case invalid
        /// The input, or a single text run in it, exceeds our limits.
        case tooLarge
    }

    public var kind: Kind
    /// The path or the URL given for the document.
    public var file: String
    /// 1-based; 0 if unknown.
    public var line: Int
    /// 1-based, counted in characters; 0 if unknown.
    public var column: Int
    /// One line, no trailing newline.
    public var message: String

    public init(kind: Kind, file: String, line: Int = 0, column: Int = 0, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, or `file: message` when no position is known (an unreadable file).
    public var description: String {
        line > 0 ? "\(file):\(line):\(max(column, 1)): \(message)" : "\(file): \(message)"
    }
}
