/// The parts of a file path, taken from the string as `URL` would take them but without building
/// one: `URL(fileURLWithPath:)` makes the path absolute and may ask the file system whether it is
/// a folder, which cost more than reading a release when asked once per file of a large folder.
/// The path is searched byte by byte for `/` and `.` (ASCII, so never inside a character's bytes):
/// searching its characters costs as much again as the rest.
enum PathName {
    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")

    /// The last component: `b.ko.txt` of `a/b.ko.txt`, `b` of `a/b/`.
    static func lastComponent(_ path: String) -> Substring {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while let last = utf8.index(end, offsetBy: -1, limitedBy: utf8.startIndex), last > utf8.startIndex, utf8[last] == slash {
            end = last
        }
        guard let lastSlash = utf8[..<end].lastIndex(of: slash) else { return path[..<end] }
        // `/` is its own last component.
        return end == utf8.index(after: lastSlash) ? path[lastSlash..<end] : path[utf8.index(after: lastSlash)..<end]
    }

    /// The last component without its extension: `b.ko` of `a/b.ko.txt`.
    static func stem(_ path: String) -> Substring {
        let name = lastComponent(path)
        return extensionDot(in: name).map { name[..<$0] } ?? name
    }

    /// The extension of the last component, without its dot: `txt` of `a/b.ko.txt`; empty if none.
    static func pathExtension(_ path: String) -> Substring {
        let name = lastComponent(path)
        return extensionDot(in: name).map { name[name.utf8.index(after: $0)...] } ?? ""
    }

    /// The dot before a name's extension; none leads the name (`.hidden`) or ends it (`file.`).
    private static func extensionDot(in name: Substring) -> Substring.Index? {
        let utf8 = name.utf8
        guard let found = utf8.lastIndex(of: dot), found > utf8.startIndex, utf8.index(after: found) < utf8.endIndex else {
            return nil
        }
        return found
    }
}
