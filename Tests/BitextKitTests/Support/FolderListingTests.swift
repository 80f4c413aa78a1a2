@testable import BitextKit
import Foundation
import Testing

/// `FolderListing` lists what `FileManager`'s enumerator lists, less hidden entries.
struct FolderListingTests {
    @Test func listsWhatTheEnumeratorListsWithoutHiddenEntries() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-listing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        for folder in ["a/b/c", "a/.hidden/d", ".top", "보도자료/2024", "empty"] {
            try manager.createDirectory(atPath: "\(root)/tree/\(folder)", withIntermediateDirectories: true)
        }
        try manager.createDirectory(atPath: "\(root)/elsewhere/inside", withIntermediateDirectories: true)
        for file in ["x.ko.txt", "a/y.en.txt", "a/b/c/z.ko.txt", "a/.hidden/d/h.ko.txt", "a/.dot.ko.txt", ".top/t.ko.txt",
            "보도자료/2024/제목.ko.txt", "not-a-folder.xlf"]
        {
            #expect(manager.createFile(atPath: "\(root)/tree/\(file)", contents: Data("x".utf8)))
        }
        #expect(manager.createFile(atPath: "\(root)/elsewhere/inside/far.ko.txt", contents: nil))
        // Links are listed, not followed, whatever they point to.
        try manager.createSymbolicLink(atPath: "\(root)/tree/linked-folder", withDestinationPath: "\(root)/elsewhere")
        try manager.createSymbolicLink(atPath: "\(root)/tree/a/linked.ko.txt", withDestinationPath: "\(root)/tree/x.ko.txt")
        try manager.createSymbolicLink(atPath: "\(root)/tree/dangling.ko.txt", withDestinationPath: "\(root)/nowhere")

        let folder = "\(root)/tree"
        var expected: [String] = []
        let enumerator = try #require(manager.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            let isRealFolder = manager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                && (try? manager.destinationOfSymbolicLink(atPath: path)) == nil
            if isRealFolder || relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            expected.append(path)
        }
        let listed = try #require(FolderListing.entries(under: folder))
        #expect(listed.sorted() == expected.sorted())
        #expect(listed.count == 8)
        #expect(try #require(FolderListing.entries(under: folder + "/")).sorted() == expected.sorted())
        #expect(FolderListing.entries(under: "\(root)/missing") == nil)
    }
}
