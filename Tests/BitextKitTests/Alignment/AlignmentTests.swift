@testable import BitextKit
import Testing

struct AlignmentTests {
    static let korean = "제목\n\n1. 가.\nㅇ 3개국이 참석했다.\nㅇ 2022년 11월 개최.\n\n2. 라.\n※ 마.\n"

    static func align(_ english: String) throws -> Alignment {
        try Alignment(source: Catalog.parse(korean, locale: "ko-KR", file: "x.ko.txt"),
            target: Catalog.parse(english, locale: "en-US", file: "x.en.txt"))
    }

    @Test func identicalTreesAlign() throws {
        let alignment = try Self.align("Title\n\n1. A.\no Three countries attended.\no Held in November 2022.\n\n2. D.\n※ E.\n")
        #expect(alignment.mismatches.isEmpty)
        #expect(alignment.pairs.map(\.id.description) == ["title", "p1", "p1.b1", "p1.b2", "p2", "p2.b1"])
    }

    @Test func missingAndExtraBlocksNameBothLines() throws {
        // The bullet with the date is kept, so the one with "3개국" is the one missing.
        let alignment = try Self.align("Title\n\n1. A.\no Held in November 2022.\n\n2. D.\n※ E.\no F.\n")
        #expect(alignment.mismatches.map(\.kind) == [.missing, .extra])
        #expect(alignment.mismatches[0].id.description == "p1.b1")
        #expect(alignment.mismatches[0].sourceLine == 4)
        #expect(alignment.mismatches[1].id.description == "p2.b2")
        #expect(alignment.mismatches[1].targetLine == 8)
    }

    @Test func differentKindIsReported() throws {
        let alignment = try Self.align("Title\n\n1. A.\no B.\no C.\n\n2. D.\no E.\n")
        #expect(alignment.mismatches.map(\.kind) == [.kindDiffers])
        #expect(alignment.mismatches[0].message.contains("x.ko.txt:8"))
    }

    @Test func differentNestingIsReported() throws {
        let alignment = try Self.align("Title\n\n1. A.\no Three countries attended.\n  - Held in November 2022.\n\n2. D.\n※ E.\n")
        #expect(alignment.mismatches.map(\.kind) == [.nestingDiffers])
        #expect(alignment.mismatches[0].message.contains("p1.b1.b1"))
    }
}
