import Foundation
import Testing

/// The project's shared test data (`../shared`: fixtures, corpus, schemas), found beside the repository.
///
/// Tests that need it are disabled with a message when it is absent (a clone outside
/// this project), unless `BITEXT_REQUIRE_SHARED=1`, as in CI, where they then fail.
enum Shared {
    static let root: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("fixtures").path) {
                return candidate
            }
        }
        return nil
    }()

    static var isRequired: Bool { ProcessInfo.processInfo.environment["BITEXT_REQUIRE_SHARED"] == "1" }

    /// Enables a test when the shared data is there, or when CI requires it (so that it fails loudly).
    static var available: Bool { root != nil || isRequired }
    static let missingMessage: Comment = "../shared (fixtures, corpus, schemas) not found beside the repository"

    static func url(_ relativePath: String) throws -> URL {
        let root = try #require(root, "../shared is required (BITEXT_REQUIRE_SHARED=1) but was not found")
        return root.appendingPathComponent(relativePath)
    }

    static var releasesFolder: URL { get throws { try url("fixtures/releases") } }

    /// The fixture pairs by name (`2020-09-26-alliance-for-multilateralism`), sorted.
    static func releasePairNames() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: releasesFolder.path)
        return Set(names.filter { $0.hasSuffix(".ko.txt") }.map { String($0.dropLast(".ko.txt".count)) }).sorted()
    }
}
