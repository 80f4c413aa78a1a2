import Foundation

/// Decodes the bytes of a release file into NFC lines, refusing anything that is not UTF-8.
enum ReleaseText {
    /// The lines of `bytes`, without a BOM, with CRLF and CR line ends folded and every line NFC.
    static func lines(of bytes: [UInt8], file: String) throws -> [String] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw invalidUTF8(in: bytes, file: file)
        }
        var lines: [String]
        if TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(text) {
            // Already NFC, and no CR: the lines are what lies between line feeds. Cut from the
            // bytes (the generic split of `text.utf8` costs ten times as much); a line feed never
            // falls inside a multi-byte character, so every line is valid UTF-8.
            lines = body.withUnsafeBufferPointer { bytes in
                var lines: [String] = []
                var start = 0
                for index in bytes.indices where bytes[index] == 0x0A {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = index + 1
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                return lines
            }
        } else {
            let normalized = text.precomposedStringWithCanonicalMapping
            lines = normalized.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                .map(String.init)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Locates the first invalid byte so the user can find it in an editor.
    private static func invalidUTF8(in bytes: [UInt8], file: String) -> ReleaseError {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return .notUTF8(file: file, byteOffset: offset, line: line, column: column)
            case .error:
                return .notUTF8(file: file, byteOffset: offset, line: line, column: column)
            }
        }
    }
}
