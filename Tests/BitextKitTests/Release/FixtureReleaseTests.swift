@testable import BitextKit
import Foundation
import Testing

@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct FixtureReleaseTests {
    static let seedEnglish = "2020-09-26-alliance-for-multilateralism.en.txt"

    @Test func seedCaptureGivesTitleDateAndBlocks() throws {
        let release = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent(Self.seedEnglish).path)
        #expect(release.title == "Minister of Foreign Affairs Attends Ministerial Meeting of Alliance for Multilateralism")
        #expect(release.date == "2020-09-26 13:25:40")
        #expect(release.allBlocks.map(\.id.description) == ["p1", "p1.b1", "p2", "p2.b1", "p2.b2", "p2.b3", "p3", "p4"])
        #expect(release.locale == "en-US")
        #expect(release.titleLine == 11)
        #expect(release.allBlocks.first?.line == 16)
        // The last paragraph ends the file without a newline and is kept whole.
        #expect(release.allBlocks.last?.text.hasSuffix("action-oriented and concrete measures.") == true)
    }

    @Test(arguments: try Shared.available ? Shared.releasePairNames() : [])
    func pairsHaveIdenticalBlockIDs(name: String) throws {
        let korean = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent("\(name).ko.txt").path)
        let english = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent("\(name).en.txt").path)
        #expect(!korean.blocks.isEmpty)
        #expect(korean.allBlocks.map(\.id) == english.allBlocks.map(\.id))
        #expect(Alignment(source: korean, target: english).mismatches.isEmpty)
    }

    @Test(arguments: try Shared.available ? Shared.releasePairNames().flatMap { ["\($0).ko.txt", "\($0).en.txt"] } : [])
    func noChromeBecomesABlockOrTheTitle(file: String) throws {
        let release = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent(file).path)
        let chrome = ["HOME", "상세보기", "Hit", "조회수", "작성일", "Date :", "바로가기", "Skip navigation", "담당부서", "홈 >"]
        for text in [release.title] + release.allBlocks.map(\.text) {
            for word in chrome {
                #expect(!text.contains(word), "“\(word)” leaked into \(file): \(text)")
            }
        }
        #expect(release.date != nil)
        #expect(release.allBlocks.allSatisfy { !$0.text.isEmpty })
    }

    @Test(arguments: try Shared.available ? Shared.releasePairNames().flatMap { ["\($0).ko.txt", "\($0).en.txt"] } : [])
    func parseRenderParseKeepsTheBlocks(file: String) throws {
        let release = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent(file).path)
        let profile = try #require(Catalog.shipped.profile(named: release.locale))
        let rendered = ReleaseRenderer(profile: profile, markers: .asWritten).render(release)
        let again = try Catalog.parse(rendered, locale: release.locale, file: file)
        #expect(again.title == release.title)
        #expect(again.date == release.date)
        #expect(again.allBlocks.map(Shape.init) == release.allBlocks.map(Shape.init))
        // Rendering is stable: render ∘ parse ∘ render = render.
        #expect(ReleaseRenderer(profile: profile, markers: .asWritten).render(again) == rendered)
    }

    @Test func covidNoteIsNumberedWithTheBullets() throws {
        let release = try Catalog.loader.load(
            Shared.releasesFolder.appendingPathComponent("2021-04-16-covid19-vaccine-cooperation.ko.txt").path)
        let kinds = Dictionary(uniqueKeysWithValues: release.allBlocks.map { ($0.id.description, $0.kind) })
        #expect(kinds["p3.b1"] == .bullet)
        #expect(kinds["p3.b2"] == .note)
        #expect(kinds["p3.b3"] == .bullet)
        #expect(kinds["p2.b1.b3"] == .bullet)
    }

    @Test func consularNoteAfterSubBulletIsTheNextChildOfTheParagraph() throws {
        let release = try Catalog.loader.load(
            Shared.releasesFolder.appendingPathComponent("2022-08-23-overseas-job-scam-advisory.en.txt").path)
        let ids = release.allBlocks.map(\.id.description)
        #expect(ids.contains("p3.b2.b2"))
        #expect(release.allBlocks.first { $0.id.description == "p3.b3" }?.kind == .note)
    }

    @Test func koreanHeadingsAlignWithEnglishNumbers() throws {
        let korean = try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent("2021-11-15-cop26-outcome.ko.txt").path)
        #expect(korean.blocks.allSatisfy { $0.kind == .heading && $0.marker == "□" })
        #expect(korean.metadata.contains { $0.field == "department" })
    }
}

/// What must survive a round trip: everything but the line numbers.
struct Shape: Hashable {
    var id: String, kind: Block.Kind, marker: String, text: String
    init(_ block: Block) {
        (id, kind, marker, text) = (block.id.description, block.kind, block.marker, block.text)
    }
}
