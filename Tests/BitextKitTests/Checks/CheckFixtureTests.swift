@testable import BitextKit
import Foundation
import Testing

/// The checks on the real fixtures: clean as they are, and each rule firing on a copy with a
/// defect of its kind injected.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct CheckFixtureTests {
    static let glossary = "fixtures/glossary/mofa-terms.csv"

    /// Checks a copy of the fixture pair `name` after `edit` changed its texts.
    static func check(
        _ name: String, korean: (String) -> String = { $0 }, english: (String) -> String = { $0 },
        glossary: String? = nil, in folder: URL? = nil
    ) throws -> CheckReport {
        let folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("bitext-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func copy(_ suffix: String, _ edit: (String) -> String) throws {
            let original = try String(contentsOf: Shared.releasesFolder.appendingPathComponent("\(name).\(suffix).txt"), encoding: .utf8)
            try edit(original).write(to: folder.appendingPathComponent("\(name).\(suffix).txt"), atomically: true, encoding: .utf8)
        }
        try copy("ko", korean)
        try copy("en", english)
        return try CheckRun(inputs: [folder.path], glossaryPaths: [try glossary ?? Shared.url(Self.glossary).path])
            .run(catalog: Catalog.shipped)
    }

    static func replacing(_ old: String, with new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "the fixture no longer contains “\(old)”")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    static let alliance = "2020-09-26-alliance-for-multilateralism"

    @Test func fixturesHaveNoErrorOrWarning() throws {
        let report = try CheckRun(
            inputs: [try Shared.releasesFolder.path], glossaryPaths: [try Shared.url(Self.glossary).path]
        ).run(catalog: Catalog.shipped)
        #expect(report.pairs == 7)
        #expect(report.findings.filter { $0.severity >= .warning }.map(\.message) == [])
        // The two spacing variants the fixtures README expects, and nothing else.
        #expect(report.findings.map { "\($0.rule) \($0.unit ?? "")" }.sorted() == ["term-spacing p3.b3", "term-spacing p4"])
    }

    @Test func shippedGlossaryIsCleanOnTheFixtures() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Glossary").path
        let report = try CheckRun(inputs: [try Shared.releasesFolder.path], glossaryPaths: [shipped]).run(catalog: Catalog.shipped)
        #expect(report.findings.filter { $0.severity >= .warning }.map(\.message) == [])
    }

    @Test func missingTermIsAnErrorAtTheTargetLine() throws {
        let report = try Self.check(Self.alliance, english: Self.replacing("including the International Health Regulations aimed", with: "including the health rules aimed"))
        let finding = try #require(report.findings.first { $0.rule == .termMissing })
        #expect(finding.unit == "p2.b1")
        #expect(finding.severity == .error)
        #expect(finding.file.hasSuffix("\(Self.alliance).en.txt"))
        #expect(finding.line == 22)
        #expect(finding.sourceLine == 19)
        #expect(finding.term?.source == "국제보건규칙")
        #expect(finding.term?.expected == ["International Health Regulations"])
        #expect(report.findings.filter { $0.severity == .error }.count == 1)
    }

    @Test func forbiddenVariantIsReportedOnceNotAlsoAsMissing() throws {
        let report = try Self.check(Self.alliance, english: Self.replacing("including the International Health Regulations aimed", with: "including the International Health Rules aimed"))
        #expect(report.findings.filter { $0.severity >= .warning }.map(\.rule) == [.termForbidden])
        #expect(report.findings.first?.term?.found == "International Health Rules")
    }

    @Test func inconsistentRenderingNamesBothBlocks() throws {
        // 다자 보건 체제 is "multilateral health architecture" in p1, p2 and p4; p4 now says otherwise.
        let report = try Self.check(Self.alliance, english: Self.replacing(
            "firm commitment to strengthen the multilateral health architecture", with: "firm commitment to strengthen the global health system"))
        let inconsistent = try #require(report.findings.first { $0.rule == .termInconsistent })
        #expect(inconsistent.unit == "p4")
        #expect(inconsistent.message.contains("p1"))
        #expect(inconsistent.severity == .warning)
    }

    @Test(arguments: [
        ("on the morning of September 25", "on the morning of September 26"),
        ("the 75th session", "the 76th session"),
        ("from about 20 countries", "from about 30 countries"),
    ])
    func wrongNumberIsAMismatch(old: String, new: String) throws {
        let report = try Self.check(Self.alliance, english: Self.replacing(old, with: new))
        #expect(report.findings.filter { $0.severity >= .warning }.map(\.rule) == [.numberMismatch])
    }

    @Test func wrongAmountIsAMismatch() throws {
        let report = try Self.check("2023-06-02-africa-food-security-oda", english: Self.replacing("USD 100 million", with: "USD 10 million"))
        #expect(report.findings.contains { $0.rule == .numberMismatch })
    }

    @Test func droppedBulletIsOneStructureMismatch() throws {
        let report = try Self.check(Self.alliance, english: Self.replacing(
            "\n\no In addition, Minister Kang underscored", with: " In addition, Minister Kang underscored"))
        let errors = report.findings.filter { $0.severity >= .warning }
        // One structural finding at the merged bullet; the bullet after it still pairs with its
        // real counterpart, so nothing else is reported.
        #expect(errors.map(\.rule) == [.structureMismatch])
        #expect(errors.first?.unit == "p2.b2")
    }

    @Test func untranslatedBlockIsReportedOnce() throws {
        let korean = "ㅇ 독일 및 프랑스 외교부가 공동 주최한 이번 화상회의에는 우리나라를 포함한 약 20개국 장관급 인사와 유엔 및 시민사회 대표 등이 참석했다."
        let report = try Self.check(Self.alliance, english: { text in
            let lines = text.components(separatedBy: "\n").map { $0.hasPrefix("o The virtual meeting") ? korean.replacingOccurrences(of: "ㅇ ", with: "o ") : $0 }
            return lines.joined(separator: "\n")
        })
        #expect(report.findings.filter { $0.severity >= .warning }.map(\.rule) == [.untranslated])
        #expect(report.findings.first?.unit == "p1.b1")
    }

    @Test func particleDisagreementInTheKoreanIsAWarning() throws {
        let report = try Self.check(Self.alliance, korean: Self.replacing("국제보건규칙을 비롯하여", with: "국제보건규칙를 비롯하여"))
        let finding = try #require(report.findings.first { $0.rule == .particleMismatch })
        #expect(finding.severity == .warning)
        // Located at the target text like every finding, with the Korean source line beside it.
        #expect(finding.file.hasSuffix(".en.txt"))
        #expect(finding.sourceFile?.hasSuffix(".ko.txt") == true)
        #expect(finding.sourceLine == 19)
        #expect(finding.message.contains("국제보건규칙을"))
        #expect(finding.message.contains("in the source (line 19)"))
    }

    @Test func spacingVariantIsInfoAndStillCounts() throws {
        let report = try Self.check(Self.alliance, korean: Self.replacing("국제보건규칙을 비롯하여", with: "국제 보건 규칙을 비롯하여"))
        #expect(report.findings.map(\.rule) == [.termSpacing])
        #expect(report.findings.first?.severity == .info)
    }

    @Test func configurationChangesSeverityAndSwitchesRulesOff() throws {
        let folder = try Shared.releasesFolder.path
        var configuration = CheckConfiguration(severities: [.termSpacing: nil, .numberMismatch: .warning])
        var report = try CheckRun(inputs: [folder], glossaryPaths: [try Shared.url(Self.glossary).path], configuration: configuration)
            .run(catalog: Catalog.shipped)
        #expect(report.findings.isEmpty)
        configuration.exclude = ["2021-*"]
        report = try CheckRun(inputs: [folder], glossaryPaths: [try Shared.url(Self.glossary).path], configuration: configuration)
            .run(catalog: Catalog.shipped)
        #expect(report.pairs == 5)
    }

    @Test func baselineLeavesOutRecordedFindingsEvenWhenLinesMove() throws {
        let defect = Self.replacing("including the International Health Regulations aimed", with: "including the health rules aimed")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-baseline-\(UUID().uuidString)")
        let before = try Self.check(Self.alliance, english: defect, in: folder)
        let baseline = Baseline(findings: before.findings)
        // The same defect after a paragraph was added above it: lines moved, fingerprint did not.
        let after = try Self.check(
            Self.alliance, english: { defect($0).replacingOccurrences(of: "\n\n1. ", with: "\n\n\n\n1. ") }, in: folder)
        #expect(after.findings.first { $0.rule == .termMissing }?.line == 24)
        #expect(after.excluding(baseline).findings.isEmpty)
        #expect(after.excluding(baseline).baselined == after.findings.count)
    }

    @Test func glossaryForOtherLanguagesIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-gloss-\(UUID().uuidString).csv")
        try "en,ja\nMinistry of Foreign Affairs,外務省\n".write(to: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: (any Error).self) {
            try CheckRun(inputs: [try Shared.releasesFolder.path], glossaryPaths: [path.path]).run(catalog: Catalog.shipped)
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("ko and en"))
    }

    @Test func emptyFolderChecksNothingAndSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: CheckError.nothingChecked(inputs: [folder.path])) {
            try CheckRun(inputs: [folder.path]).run(catalog: Catalog.shipped)
        }
    }
}
