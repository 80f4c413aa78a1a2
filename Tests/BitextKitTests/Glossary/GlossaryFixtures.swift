import Foundation
import Testing

@testable import BitextKit

/// The shared fixtures and the shipped glossary, as the glossary tests read them.
///
/// `../shared` is found by the project's one helper, ``Shared`` (walking up from the test
/// sources to a folder with a sibling `shared`); tests that need it are disabled with a
/// message when it is absent, unless `BITEXT_REQUIRE_SHARED=1`, when they run and fail.
enum GlossaryFixtures {
    static var shouldRun: Bool { Shared.available }
    static var skipMessage: Comment { Shared.missingMessage }

    /// The package's shipped glossary, found by walking up to the folder with `Package.swift`.
    static let shippedGlossary: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let glossary = folder.appendingPathComponent("Glossary/mofa-terms.csv")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                FileManager.default.fileExists(atPath: glossary.path)
            {
                return glossary
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static func fixtureGlossary() throws -> Glossary {
        try Glossary.load(paths: [try Shared.url("fixtures/glossary/mofa-terms.csv").path])
    }

    /// The seven release names (`releases/NAME.ko.txt` + `NAME.en.txt`).
    static func releaseNames() throws -> [String] {
        try Shared.releasePairNames()
    }

    /// A translatable line: the title or a body block, with its 1-based line number.
    struct Line: Hashable, CustomStringConvertible {
        var number: Int
        var text: String
        var description: String { "\(number): \(text)" }
    }

    /// The title and the body lines of one release, in order, without page chrome or metadata
    /// (breadcrumbs, "상세보기", 작성일, 조회수, 담당부서, "• Date").
    static func translatableLines(release name: String, language: TextLanguage) throws -> [Line] {
        let url = try Shared.url("fixtures/releases/\(name).\(language.rawValue).txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var titleIndex = 0
        if let chromeEnd = lines.lastIndex(where: { $0.hasSuffix("상세보기") }) {
            titleIndex = lines[(chromeEnd + 1)...].firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
        }
        var result = [Line(number: titleIndex + 1, text: lines[titleIndex])]
        for (index, line) in lines.enumerated() where index > titleIndex && isBodyBlock(line) {
            result.append(Line(number: index + 1, text: line))
        }
        return result
    }

    /// Body markers: "1. " at column 0, "□ ", "ㅇ ", "o ", "  - ", "※ ".
    private static func isBodyBlock(_ line: String) -> Bool {
        if ["□ ", "ㅇ ", "o ", "  - ", "※ "].contains(where: line.hasPrefix) { return true }
        let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }
}
