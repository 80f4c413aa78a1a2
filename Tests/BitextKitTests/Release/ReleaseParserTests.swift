@testable import BitextKit
import Foundation
import Testing

/// Release texts the fixtures do not have: other chrome, other line ends, wrapped lines, bad bytes.
struct ReleaseParserTests {
    @Test func cleanReleaseWithoutBlankAfterTitle() throws {
        let release = try Catalog.parse("제목입니다\n작성일 2024-01-02 10:00:00\n1. 첫째 문단.\nㅇ 글머리.\n  - 하위.\n2. 둘째.\n", locale: "ko-KR")
        #expect(release.title == "제목입니다")
        #expect(release.date == "2024-01-02 10:00:00")
        #expect(release.allBlocks.map(\.id.description) == ["p1", "p1.b1", "p1.b1.b1", "p2"])
        #expect(release.allBlocks.map(\.line) == [3, 4, 5, 6])
    }

    @Test func unknownNavigationAboveTheTitleIsSkipped() throws {
        let text = """
            Skip to content

            Main Menu
            News Room
              1. HOME
              2. Press
            Press Releases 상세보기

            Foreign Minister Meets Counterpart

              • Date : 2024-05-01 09:00:00
              • Hit : 12

            1. The Minister met his counterpart.

            o They agreed to cooperate.

            List
            Prev  Some other release
            """
        let release = try Catalog.parse(text, locale: "en-US")
        #expect(release.title == "Foreign Minister Meets Counterpart")
        #expect(release.date == "2024-05-01 09:00:00")
        #expect(release.allBlocks.map(\.id.description) == ["p1", "p1.b1"])
        #expect(release.metadata.map(\.field) == ["date", "hits"])
    }

    @Test func bodyTextStartingLikeAFooterIsKept() throws {
        let release = try Catalog.parse(
            "Title\n\n1. The ministers met.\nNext year, they will meet again.\n\n2. Second.\n\no A bullet.\n", locale: "en-US")
        #expect(release.allBlocks.map(\.id.description) == ["p1", "p2", "p2.b1"])
        #expect(release.allBlocks.first?.text == "The ministers met. Next year, they will meet again.")
    }

    @Test func wrappedLinesContinueTheirBlock() throws {
        let release = try Catalog.parse("Title\n\n1. The first line\nwraps here.\no A bullet\n  that wraps.\n", locale: "en-US")
        #expect(release.allBlocks.map(\.text) == ["The first line wraps here.", "A bullet that wraps."])
    }

    @Test func crlfBomAndDecomposedHangulAreNormalized() throws {
        let decomposed = "국제보건규칙".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count != "국제보건규칙".unicodeScalars.count)
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("제목\r\n\r\n1. \(decomposed)을 개정했다.\r\n".utf8)
        let release = try ReleaseParser(profile: Catalog.shipped.profile(named: "ko")!, catalog: Catalog.shipped)
            .parse(bytes: bytes, file: "x.ko.txt")
        #expect(release.title == "제목")
        #expect(release.blocks[0].text.unicodeScalars.elementsEqual("국제보건규칙을 개정했다.".unicodeScalars))
    }

    @Test func markerColumnsPointAtTheText() throws {
        let release = try Catalog.parse("T\n\n1. Alpha\n  - Beta\n", locale: "en-US")
        #expect(release.allBlocks.map(\.column) == [4, 5])
        #expect(release.allBlocks.map(\.marker) == ["1.", "-"])
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let bytes = Array("Title\n\n1. ok".utf8) + [0xC3, 0x28] + Array(" more\n".utf8)
        #expect(throws: ReleaseError.notUTF8(file: "bad.en.txt", byteOffset: 12, line: 3, column: 6)) {
            try ReleaseParser(profile: Catalog.shipped.profile(named: "en")!, catalog: Catalog.shipped)
                .parse(bytes: bytes, file: "bad.en.txt")
        }
    }

    @Test func emptyAndBodylessReleasesAreErrors() throws {
        #expect(throws: ReleaseError.empty(file: "test.txt")) { try Catalog.parse(" \n\n", locale: "en-US") }
        #expect(throws: ReleaseError.noBody(file: "test.txt", line: 3)) {
            try Catalog.parse("\n\nJust a title\n  • Date : 2024-01-01\n", locale: "en-US")
        }
    }

    @Test func localeComesFromTheFileName() throws {
        #expect(Catalog.shipped.profile(forFile: "dir/x.ko.txt")?.locale == "ko-KR")
        #expect(Catalog.shipped.profile(forFile: "x.en.txt")?.locale == "en-US")
        #expect(Catalog.shipped.profile(forFile: "x.txt") == nil)
        #expect(throws: LocaleError.self) { try Catalog.loader.profile(for: "x.txt") }
    }

    @Test func renderingInTheTargetStyleUsesItsMarkers() throws {
        let korean = try Catalog.parse("제목\n\n□ 첫째.\nㅇ 둘째.\n  - 셋째.\n※ 참고.\n", locale: "ko-KR")
        let english = ReleaseRenderer(profile: Catalog.shipped.profile(named: "en-US")!).render(korean)
        #expect(english == "제목\n\n1. 첫째.\n\no 둘째.\n  - 셋째.\n\n※ 참고.\n")
        let again = try Catalog.parse(english, locale: "en-US")
        #expect(again.allBlocks.map(\.id) == korean.allBlocks.map(\.id))
    }

    @Test(arguments: ["title", "p1", "p2.b1", "p12.b3.b1"])
    func blockIDsRoundTrip(text: String) throws {
        #expect(try #require(BlockID(text)).description == text)
    }

    @Test(arguments: ["", "p", "p0", "b1", "p1.p2", "p1.b", "P1", "p1.b-1", "p١"])
    func malformedBlockIDsAreRejected(text: String) {
        #expect(BlockID(text) == nil)
    }
}
