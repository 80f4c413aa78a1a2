@testable import BitextKit
import Foundation
import Testing

/// The release parser asks pattern lists which pattern a line starts with; a list answers from
/// one joined expression, which must give the answer of trying the patterns one by one.
struct LinePatternListTests {
    /// Every list the shipped locales make, as the parser makes them.
    static var shippedLists: [[String]] {
        let profiles = Catalog.shipped.profiles
        return [
            profiles.flatMap { $0.markers.map(\.pattern) },
            profiles.flatMap(\.chrome),  // not all anchored: “상세보기$” ends a line
            profiles.flatMap { $0.metadata.map(\.pattern) },
            profiles.flatMap(\.footer) + profiles.flatMap { $0.markers.map(\.pattern) },
        ]
    }

    /// The first pattern, in order, that matches `line`, tried one by one.
    private func oneByOne(_ patterns: [String], _ line: String) throws -> (Int, String?)? {
        for (index, source) in patterns.enumerated() {
            if let match = try LinePattern(source).match(line) { return (index, match.group) }
        }
        return nil
    }

    /// Lines of every shape: every line of the bundled and fixture releases, and each of them
    /// cut after its first characters, indented, or started with a marker of another locale.
    static var lines: [String] {
        var files = (try? FileManager.default.contentsOfDirectory(atPath: "Examples/releases")) ?? []
        files = files.map { "Examples/releases/" + $0 }
        if let fixtures = try? Shared.url("fixtures/releases").path,
            let names = try? FileManager.default.contentsOfDirectory(atPath: fixtures)
        {
            files += names.map { fixtures + "/" + $0 }
        }
        var lines = Set<String>(["", " ", "1.", "1. x", "12.\tx", "ㅇ", "ㅇ x", "  ㅇ x", "o x", "oo x", "- x", " – x",
            "※ x", "□ x", "■", "목록", "목록 ", "Prev", "Previous | x", "Next  x", "Attachment", "Attachments",
            " 3. x", "\u{3000}ㅇ x", "\u{00A0}- x", "작성일 : 2020", "• 조회수 12", "Date: x", "Hits 3", "홈 > 뉴스"])
        for file in files where file.hasSuffix(".txt") {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in text.components(separatedBy: .newlines) {
                lines.insert(line)
                lines.insert(String(line.prefix(3)))
                lines.insert("  " + line)
            }
        }
        return lines.sorted()
    }

    @Test func listsAnswerAsThePatternsOneByOne() throws {
        let lines = Self.lines
        #expect(lines.count > 300)
        for patterns in Self.shippedLists {
            let list = try LinePatternList(patterns)
            for line in lines {
                let expected = try oneByOne(patterns, line)
                let match = list.firstMatch(in: line)
                #expect(match?.index == expected?.0 && match?.group == expected?.1, "\(line) with \(patterns)")
                #expect(list.matchesAny(line) == (expected != nil), "\(line) with \(patterns)")
            }
        }
    }
}
