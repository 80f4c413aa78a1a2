import Foundation

/// The locale profiles and sentence rules found in a `Locales/` folder.
public struct LocaleCatalog: Sendable {
    public let directory: URL
    public let profiles: [LocaleProfile]
    public let sentenceRules: SRXRules

    /// Loads every `*.json` profile and `segmentation.srx` from `directory`.
    public init(directory: URL) throws {
        self.directory = directory
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        var profiles: [LocaleProfile] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            do {
                profiles.append(try JSONDecoder().decode(LocaleProfile.self, from: Data(contentsOf: url)))
            } catch {
                throw LocaleError.invalidProfile(path: url.path, reason: "\(error)")
            }
        }
        guard !profiles.isEmpty else { throw LocaleError.noProfiles(directory: directory.path) }
        self.profiles = profiles
        self.sentenceRules = try SRXRules(contentsOf: directory.appendingPathComponent("segmentation.srx").path)
    }

    /// The catalog shipped with Bitext, found from any working directory (see `LocaleCatalog.locate`).
    public static func shipped() throws -> LocaleCatalog {
        guard let directory = locate() else { throw LocaleError.notFound }
        return try LocaleCatalog(directory: directory)
    }

    /// The profile with this tag, language or file code (`ko-KR`, `ko`, `kor`), case-insensitively.
    public func profile(named name: String) -> LocaleProfile? {
        let wanted = name.lowercased()
        return profiles.first { $0.locale.lowercased() == wanted }
            ?? profiles.first { $0.fileCodes.contains { $0.lowercased() == wanted } }
            ?? profiles.first { $0.language.lowercased() == wanted }
    }

    /// The profile named by a file name of the form `NAME.<code>.txt`, if any.
    public func profile(forFile path: String) -> LocaleProfile? {
        let name = PathName.stem(path)
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let code = String(name[name.index(after: dot)...]).lowercased()
        return profiles.first { $0.fileCodes.contains { $0.lowercased() == code } }
    }

    /// Finds `Locales/`: `$BITEXT_LOCALES`; beside the executable or in `../share/bitext/` (an
    /// installation); in a parent of the executable (a build inside the repository); the source tree.
    static func locate() -> URL? {
        let fileManager = FileManager.default
        func isCatalog(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("segmentation.srx").path)
        }
        if let path = ProcessInfo.processInfo.environment["BITEXT_LOCALES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.appendingPathComponent("Locales"))
        candidates.append(folder.appendingPathComponent("../share/bitext/Locales").standardized)
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("Locales"))
        }
        // The repository this file was compiled from, for test runners and `swift run`.
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Locales"))
        return candidates.first(where: isCatalog)
    }
}

/// Why the locale data could not be loaded.
public enum LocaleError: Error, CustomStringConvertible, Equatable {
    case notFound
    case noProfiles(directory: String)
    case invalidProfile(path: String, reason: String)
    case unknownLocale(String, known: [String])
    case undetermined(file: String)

    public var description: String {
        switch self {
        case .notFound:
            "cannot find the Locales folder; set BITEXT_LOCALES to its path"
        case .noProfiles(let directory):
            "\(directory): no locale profiles (*.json) in this folder"
        case .invalidProfile(let path, let reason):
            "\(path): invalid locale profile: \(reason)"
        case .unknownLocale(let name, let known):
            "unknown locale “\(name)”; known: \(known.joined(separator: ", "))"
        case .undetermined(let file):
            "\(file): cannot tell the locale from the file name; name it NAME.ko.txt or NAME.en.txt, or give its locale (--locale, --source-locale, --target-locale)"
        }
    }
}
