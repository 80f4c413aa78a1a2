internal import CLibXML2

/// A 1-based line and column (counted in characters, as libxml2 counts them) in a parsed document.
struct SourcePosition: Hashable {
    var line: Int
    var column: Int

    static let unknown = SourcePosition(line: 0, column: 0)
}

extension SourcePosition {
    /// Where the parser stands now.
    init(currentOf parser: xmlParserCtxtPtr) {
        guard let input = parser.pointee.input else {
            self = .unknown
            return
        }
        self.init(line: Int(input.pointee.line), column: Int(input.pointee.col))
    }

    /// Where the start tag the parser is reporting began: its `<`.
    ///
    /// libxml2 reports a start tag while standing on its closing `>` (or `/>`) and records no start
    /// position. A start tag cannot contain a raw `<`, so its first byte is the nearest `<` before
    /// the parser's position. The push parser only reports a tag once the whole tag is buffered, so
    /// that `<` is normally still in the input buffer; if not, we fall back to the current position.
    init(startTagEndingAt parser: xmlParserCtxtPtr) {
        let here = SourcePosition(currentOf: parser)
        guard let input = parser.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur,
            let tagStart = Self.lastIndex(of: UInt8(ascii: "<"), in: base..<cur)
        else {
            self = here
            return
        }
        let newlines = Self.count(of: UInt8(ascii: "\n"), in: tagStart..<cur)
        if newlines == 0 {
            self.init(line: here.line, column: here.column - Self.characterCount(in: tagStart..<cur))
            return
        }
        // The tag spans lines: count from the start of the `<`'s line, if it is still buffered.
        let line = here.line - newlines
        if let newline = Self.lastIndex(of: UInt8(ascii: "\n"), in: base..<tagStart) {
            self.init(line: line, column: Self.characterCount(in: (newline + 1)..<tagStart) + 1)
        } else if line == 1 && input.pointee.consumed == 0 {
            let start = Self.hasByteOrderMark(base, end: tagStart) ? base + 3 : base
            self.init(line: line, column: Self.characterCount(in: start..<tagStart) + 1)
        } else {
            self.init(line: line, column: 0)
        }
    }

    private typealias Bytes = Range<UnsafePointer<xmlChar>>

    private static func lastIndex(of byte: UInt8, in bytes: Bytes) -> UnsafePointer<xmlChar>? {
        var pointer = bytes.upperBound
        while pointer > bytes.lowerBound {
            pointer -= 1
            if pointer.pointee == byte { return pointer }
        }
        return nil
    }

    private static func count(of byte: UInt8, in bytes: Bytes) -> Int {
        UnsafeBufferPointer(start: bytes.lowerBound, count: bytes.count).count { $0 == byte }
    }

    /// Characters in UTF-8 bytes: every byte that is not a continuation byte (`10xxxxxx`).
    private static func characterCount(in bytes: Bytes) -> Int {
        UnsafeBufferPointer(start: bytes.lowerBound, count: bytes.count).count { $0 & 0xC0 != 0x80 }
    }

    private static func hasByteOrderMark(_ start: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>) -> Bool {
        end - start >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF
    }
}
