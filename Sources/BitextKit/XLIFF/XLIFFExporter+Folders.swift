import Foundation

extension XLIFFExporter {
    /// The releases in `folder` (searched recursively, hidden entries skipped, sorted) whose file name
    /// says `source` (`NAME.ko.txt`), each with its translation `NAME.en.txt` beside it if there is one.
    public static func releaseFiles(in folder: String, source: LocaleProfile, target: LocaleProfile, catalog: LocaleCatalog)
        throws -> [(source: String, target: String?)]
    {
        guard let files = FolderListing.entries(under: folder) else {
            throw ReleaseError.unreadable(file: folder, reason: "cannot list the folder")
        }
        let present = Set(files)
        var result: [(source: String, target: String?)] = []
        for file in files.sorted() where file.hasSuffix(".txt") && catalog.profile(forFile: file)?.locale == source.locale {
            // "dir/NAME.ko.txt" → "dir/NAME", kept relative when the folder was given relative.
            let name = PathName.lastComponent(file)
            let base = name.dropLast(".txt".count)
            let stem = base[..<(base.lastIndex(of: ".") ?? base.endIndex)]
            let prefix = String(file.dropLast(name.count)) + stem
            let partner = target.fileCodes.lazy.map { "\(prefix).\($0).txt" }.first { present.contains($0) }
            result.append((file, partner))
        }
        guard !result.isEmpty else {
            throw XLIFFExportError.noReleasesInFolder(folder: folder, suffix: ".\(source.fileCodes.first ?? source.language).txt")
        }
        return result
    }
}
