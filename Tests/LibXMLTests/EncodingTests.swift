import Testing

@testable import LibXML

@Suite struct EncodingTests {
    static let document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a x=\"한\">é 🌍 中</a>"
    static let expected: [XMLEvent] = [
        start("a", ["x": "한"]).withPosition(line: 1, column: 40), .text("é 🌍 中"), end("a"),
    ]

    private static func utf16(_ string: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        let units = (byteOrderMark ? [0xFEFF] : []) + Array(string.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true], [1, 3, 4096])
    func utf16WithByteOrderMark(bigEndian: Bool, chunkSize: Int) throws {
        let bytes = Self.utf16(Self.document, bigEndian: bigEndian)
        #expect(try events(of: bytes, chunkSize: chunkSize) == Self.expected)
    }

    @Test(arguments: [false, true])
    func utf16WithoutByteOrderMarkButWithDeclaration(bigEndian: Bool) throws {
        let bytes = Self.utf16(Self.document, bigEndian: bigEndian, byteOrderMark: false)
        #expect(try events(of: bytes) == Self.expected)
    }

    @Test func utf8WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a x=\"한\">é 🌍 中</a>".utf8)
        #expect(
            try events(of: bytes) == [
                start("a", ["x": "한"]).withPosition(line: 1, column: 1), .text("é 🌍 中"), end("a"),
            ])
    }

    @Test func latin1Declared() throws {
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0xE9, 0xFC] + Array("</a>".utf8)
        #expect(try events(of: bytes)[1] == .text("éü"))
    }

    @Test(
        arguments: [
            [0xC3, 0x28],  // a lead byte followed by ASCII
            [0x80],  // a lone continuation byte
            [0xED, 0xA0, 0x80],  // an encoded surrogate
            [0xF8, 0x88, 0x80, 0x80, 0x80],  // a five-byte form
        ] as [[UInt8]])
    func invalidUTF8IsAnErrorWithLocation(_ bad: [UInt8]) throws {
        let bytes = Array("<a>\nok ".utf8) + bad + Array("</a>".utf8)
        let error = #expect(throws: XMLError.self) { try events(of: bytes) }
        #expect(error?.kind == .notWellFormed)
        #expect(error?.line == 2)
        #expect(error?.column == 4)
    }

    @Test func utf16WithLoneSurrogateIsAnError() throws {
        var bytes = Self.utf16("<a>x</a>", bigEndian: false)
        bytes.insert(contentsOf: [0x00, 0xD8], at: 8)  // a high surrogate without its low half, before "x"
        let error = #expect(throws: XMLError.self) { try events(of: bytes) }
        #expect(error?.kind == .notWellFormed)
    }
}
