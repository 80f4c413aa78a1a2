import Foundation
import Testing

@testable import BitextKit

/// `Glossary.load(paths:)`: files, folders, formats, encodings.
struct GlossaryLoadingTests {
    /// A fresh temporary folder, removed when the test ends.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-glossary-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    @Test func loadsFilesAndFoldersAndMergesConcepts() throws {
        let folder = try Folder()
        try folder.write("a-health.csv", "ko,en\n국제보건규칙,International Health Regulations\n")
        try folder.write("b-more.tsv", "ko\ten\tstatus\n국제보건규칙\tInternational Health Rules\tforbidden\n")
        try folder.write("notes.txt", "not a glossary")
        try folder.write(".hidden.csv", "garbage")
        let extra = try Folder()
        let single = try extra.write("diplomacy.csv", "ko,en\n외교부,Ministry of Foreign Affairs\n")

        let glossary = try Glossary.load(paths: [folder.url.path, single])
        #expect(glossary.concepts.map(\.key.text) == ["국제보건규칙", "외교부"])
        #expect(glossary.concepts[0].terms.map(\.status) == [.approved, .forbidden])
        #expect(glossary.concepts[0].terms[1].location.file.hasSuffix("b-more.tsv"))
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: GlossaryError.fileNotFound(path: "/nonexistent/terms.csv")) {
            try Glossary.load(paths: ["/nonexistent/terms.csv"])
        }
    }

    @Test func aFolderWithoutGlossariesIsAnError() throws {
        let folder = try Folder()
        try folder.write("readme.md", "nothing here")
        #expect(throws: GlossaryError.noGlossaryFiles(folder: folder.url.path)) {
            try Glossary.load(paths: [folder.url.path])
        }
    }

    @Test func aBrokenTBXInAFolderIsAnErrorNotASilentSkip() throws {
        let folder = try Folder()
        let path = try folder.write("terms.tbx", "<glossary/>")
        #expect(Glossary.FileFormat(path: path) == .tbx)
        try folder.write("more.csv", "ko,en\n외교부,MOFA\n")
        // A run must not pass without the terms it was given.
        #expect(throws: GlossaryError.notTBX(path: path, line: 1, column: 1, root: "glossary")) {
            try Glossary.load(paths: [folder.url.path])
        }
        #expect(GlossaryError.unsupportedFormat(path: "t.xlsx", pathExtension: "xlsx").message.contains(".tbx"))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let folder = try Folder()
        let path = folder.url.appendingPathComponent("latin1.csv").path
        try Data("ko,en\n가,a\n".utf8 + [0x6E, 0x61, 0xEF, 0x76, 0x65, 0x2C, 0x62, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: GlossaryError.notUTF8(path: path, line: 3)) { try Glossary.load(paths: [path]) }
    }

    @Test func readsUTF16FromSpreadsheetExports() throws {
        let folder = try Folder()
        let path = folder.url.appendingPathComponent("excel.tsv").path
        let text = "ko\ten\n외교부\tMinistry of Foreign Affairs\n"
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: path))
        let glossary = try Glossary.load(paths: [path])
        #expect(glossary.concepts.first?.terms.first?.text == "Ministry of Foreign Affairs")
    }

    @Test func errorsKeepThePathAsGiven() throws {
        let folder = try Folder()
        let path = try folder.write("bad.csv", "ko,en,status\n가,a,maybe\n")
        #expect(throws: GlossaryError.invalidStatus(path: path, line: 2, value: "maybe")) {
            try Glossary.load(paths: [path])
        }
    }
}
