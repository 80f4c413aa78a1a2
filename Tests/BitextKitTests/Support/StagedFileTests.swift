@testable import BitextKit
import Foundation
import Testing

/// An output file is either complete or absent: written beside its path, renamed over it at the end.
@Suite struct StagedFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func theFileAppearsWholeOnCommit() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("out.xlf").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let file = try StagedFile(path: path)
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        try file.write(Array("<a>".utf8))
        try file.write(big)
        try file.write(Array("</a>".utf8))
        // Until the commit the old file is untouched, and the new one is a hidden temporary file.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        #expect(try Self.names(in: folder).count == 2)
        #expect(try Self.names(in: folder).contains { $0.hasPrefix(".out.xlf.") && $0.hasSuffix(".tmp") })
        try file.commit()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("<a>".utf8 + big + "</a>".utf8))
        #expect(try Self.names(in: folder) == ["out.xlf"])
    }

    @Test func aFileNotCommittedLeavesNothing() throws {
        let folder = try Self.folder()
        do {
            let file = try StagedFile(path: folder.appendingPathComponent("a.txt").path)
            try file.write(Array("a".utf8))
        }
        let discarded = try StagedFile(path: folder.appendingPathComponent("b.txt").path)
        try discarded.write(Array("b".utf8))
        try discarded.close()
        discarded.discard()
        #expect(try Self.names(in: folder) == [])
        #expect(throws: OutputError.self) { try discarded.commit() }
    }

    @Test func errorsReadAsTheyDid() throws {
        func message(_ body: () throws -> Void) -> String? {
            do {
                try body()
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(message { try AtomicFile.write("x", to: "/nonexistent-bitext-folder/out.txt") }
            == "/nonexistent-bitext-folder/out.txt: cannot write the output: The operation could not be completed. The file doesn’t exist.")
        let folder = try Self.folder()
        #expect(message { try AtomicFile.write("x", to: folder.path) }
            == "\(folder.path): cannot write the output: The operation could not be completed. Is a directory")
        #expect(try Self.names(in: folder) == [])
    }
}
