import Foundation

/// The entries under a folder, found with `readdir`.
///
/// `FileManager`'s enumerator costs tens of thousands of instructions per entry (it builds and
/// inspects a URL for each); a folder of tens of thousands of releases took seconds to list,
/// alone on one core, before any release was read.
enum FolderListing {
    /// What lies under `folder`, recursively, as paths `folder/…`, in no particular order:
    /// every entry but a folder (files, and links of any kind, as `FileManager`'s enumerator
    /// lists them without following them), skipping hidden entries (whose name starts with a dot)
    /// and what lies under them. Nil if `folder` cannot be listed; a subfolder that cannot be is
    /// left out, as the enumerator leaves it.
    ///
    /// Unlike the enumerator it lists no folders, which callers only had to tell from files (a
    /// folder named `x.xlf` was taken for an XLIFF file), and it goes on into file systems
    /// mounted inside `folder`.
    static func entries(under folder: String) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        var entries: [String] = []
        list(stream, path: folder, into: &entries)
        return entries
    }

    private static func list(_ stream: OpaquePointer, path: String, into entries: inout [String]) {
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let entryPath = path.hasSuffix("/") ? path + name : path + "/" + name
            if isFolder(type: entry.pointee.d_type, path: entryPath) {
                if let child = opendir(entryPath) { list(child, path: entryPath, into: &entries) }
            } else {
                entries.append(entryPath)
            }
        }
    }

    /// Whether an entry is a folder itself (not a link to one), from its type where the file
    /// system reports it, else from `lstat`.
    private static func isFolder(type: UInt8, path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
