@testable import BitextKit
import Foundation
import Testing

/// `PathName` takes apart paths as `URL` does, without building one.
struct PathNameTests {
    static let paths = [
        "NAME.ko.txt", "dir/NAME.ko.txt", "/abs/dir/NAME.en.txt", "dir/sub/", "a.b/c", "a.b/c.d", ".hidden", "dir/.hidden",
        "dir/.hidden.txt", "file.", "x/y.XLF", "releases/2024/보도자료.ko.txt", "noextension", "./rel/x.xlf", "../up/x.txt",
        "trailing.txt/", "a//b.txt", "/",
    ]

    @Test(arguments: paths)
    func agreesWithURL(path: String) {
        let url = URL(fileURLWithPath: path, isDirectory: path.hasSuffix("/"))
        #expect(String(PathName.lastComponent(path)) == url.lastPathComponent)
        #expect(String(PathName.pathExtension(path)) == url.pathExtension)
        #expect(String(PathName.stem(path)) == url.deletingPathExtension().lastPathComponent)
    }
}
