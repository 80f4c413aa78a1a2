/// Reads release files with the locale their name or the user names.
public struct ReleaseLoader: Sendable {
    public let catalog: LocaleCatalog

    public init(catalog: LocaleCatalog) {
        self.catalog = catalog
    }

    /// The profile named by `locale`, else the one the file name implies (`NAME.ko.txt`).
    public func profile(for path: String, locale: String? = nil) throws -> LocaleProfile {
        if let locale {
            guard let profile = catalog.profile(named: locale) else {
                throw LocaleError.unknownLocale(locale, known: catalog.profiles.map(\.locale))
            }
            return profile
        }
        guard let profile = catalog.profile(forFile: path) else { throw LocaleError.undetermined(file: path) }
        return profile
    }

    public func load(_ path: String, locale: String? = nil) throws -> Release {
        try ReleaseParser(profile: profile(for: path, locale: locale), catalog: catalog).parse(contentsOf: path)
    }

    public func segmenter(for release: Release) throws -> SentenceSegmenter {
        try SentenceSegmenter(rules: catalog.sentenceRules, language: release.locale)
    }
}
