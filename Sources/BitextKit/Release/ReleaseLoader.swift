import Foundation

/// Reads release files with the locale their name or the user names.
public struct ReleaseLoader: Sendable {
    public let catalog: LocaleCatalog
    /// A parser per profile, built on first use: compiling a parser's patterns costs more than
    /// parsing a typical release, and a folder check or export loads thousands.
    private let parsers = ParserCache()

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
        try parsers.parser(for: profile(for: path, locale: locale), catalog: catalog).parse(contentsOf: path)
    }

    public func segmenter(for release: Release) throws -> SentenceSegmenter {
        try SentenceSegmenter(rules: catalog.sentenceRules, language: release.locale)
    }
}

/// The parsers a loader has built, shared by its copies; safe to use from several tasks.
private final class ParserCache: @unchecked Sendable {
    private let lock = NSLock()
    /// By locale name: hashing a whole profile (every pattern of it) on each load cost more than
    /// reading the file.
    private var parsers: [String: ReleaseParser] = [:]

    func parser(for profile: LocaleProfile, catalog: LocaleCatalog) throws -> ReleaseParser {
        lock.lock()
        defer { lock.unlock() }
        if let parser = parsers[profile.locale], parser.profile == profile { return parser }
        let parser = try ReleaseParser(profile: profile, catalog: catalog)
        parsers[profile.locale] = parser
        return parser
    }
}
