/// Why releases could not be exported.
public enum XLIFFExportError: Error, Equatable, CustomStringConvertible {
    case nothingToExport
    case mixedSourceLocales(file: String, locale: String, expected: String)
    case targetLocaleMismatch(file: String, locale: String, expected: String)
    case noReleasesInFolder(folder: String, suffix: String)
    case folderWithTarget(folder: String)
    case sameLanguage(locale: String)

    public var description: String {
        switch self {
        case .nothingToExport:
            "nothing to export"
        case .mixedSourceLocales(let file, let locale, let expected):
            "\(file): the release is in \(locale), but the other sources are in \(expected); one XLIFF holds one source language"
        case .targetLocaleMismatch(let file, let locale, let expected):
            "\(file): the translation is in \(locale), but the target language is \(expected)"
        case .noReleasesInFolder(let folder, let suffix):
            "\(folder): no release named *\(suffix) in this folder"
        case .sameLanguage(let locale):
            "the source and the target language are both \(locale); pass --target-locale or a translation in the other language"
        case .folderWithTarget(let folder):
            "\(folder) is a folder: its translations are found beside each release (NAME.ko.txt + NAME.en.txt), so give no target file"
        }
    }
}
