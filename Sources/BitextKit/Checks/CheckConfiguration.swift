import Foundation

/// A repository's `.bitext.json`: rule severities and paths to leave out.
///
/// Found the way linters find theirs: the nearest file in the folder of the first input
/// or any folder above it, unless `--config` names one.
///
/// ```json
/// { "rules": { "term-spacing": "off", "term-inconsistent": "error" }, "exclude": ["drafts/**"] }
/// ```
public struct CheckConfiguration: Sendable, Equatable {
    public static let fileName = ".bitext.json"

    /// A rule's severity, or nil when the rule is switched off.
    public var severities: [Rule: Severity?]
    /// Glob patterns, relative to `directory`; `**` crosses folders.
    public var exclude: [String]
    /// The folder holding the configuration file (patterns are relative to it).
    public var directory: String
    /// The file it was read from, nil for the defaults.
    public var path: String?

    public init(severities: [Rule: Severity?] = [:], exclude: [String] = [], directory: String = ".", path: String? = nil) {
        self.severities = severities
        self.exclude = exclude
        self.directory = directory
        self.path = path
    }

    /// The severity of `rule` after the configuration, or nil if it is switched off.
    public func severity(of rule: Rule) -> Severity? {
        if let configured = severities[rule] { return configured }
        return rule.defaultSeverity
    }

    /// Whether `path` matches one of the `exclude` patterns.
    public func excludes(_ path: String) -> Bool {
        guard !exclude.isEmpty else { return false }
        let absolute = URL(fileURLWithPath: path).standardized.path
        let base = URL(fileURLWithPath: directory).standardized.path
        let relative = absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : absolute
        return exclude.contains { Glob($0).matches(relative) || Glob($0).matches(URL(fileURLWithPath: path).lastPathComponent) }
    }

    /// Reads the configuration at `path`.
    public static func load(_ path: String) throws -> CheckConfiguration {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CheckError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CheckError.invalidConfiguration(path: path, reason: "not a JSON object")
        }
        var severities: [Rule: Severity?] = [:]
        let known = Set(Rule.catalog.map(\.rule))
        for (key, value) in object["rules"] as? [String: Any] ?? [:] {
            let rule = Rule(rawValue: key)
            guard known.contains(rule) else {
                throw CheckError.invalidConfiguration(path: path, reason: "unknown rule “\(key)”")
            }
            guard let name = value as? String, name == "off" || Severity(rawValue: name) != nil else {
                throw CheckError.invalidConfiguration(path: path, reason: "rule “\(key)”: use error, warning, info or off")
            }
            severities[rule] = name == "off" ? .some(nil) : Severity(rawValue: name)
        }
        let unknownKeys = Set(object.keys).subtracting(["rules", "exclude"])
        if let key = unknownKeys.sorted().first {
            throw CheckError.invalidConfiguration(path: path, reason: "unknown key “\(key)” (expected rules, exclude)")
        }
        guard let exclude = (object["exclude"] ?? []) as? [String] else {
            throw CheckError.invalidConfiguration(path: path, reason: "“exclude” must be a list of glob patterns")
        }
        return CheckConfiguration(
            severities: severities, exclude: exclude,
            directory: URL(fileURLWithPath: path).deletingLastPathComponent().path, path: path)
    }

    /// The nearest `.bitext.json` at or above `path`'s folder, or the defaults.
    public static func discover(from path: String) throws -> CheckConfiguration {
        var isDirectory: ObjCBool = false
        var folder = URL(fileURLWithPath: path).standardized
        if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder = folder.deletingLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return try load(candidate.path) }
            if folder.path == "/" || folder.path.isEmpty { return CheckConfiguration() }
            folder = folder.deletingLastPathComponent()
        }
    }
}

/// A shell-style pattern: `*` and `?` stay within a folder, `**` crosses folders.
struct Glob {
    private let expression: NSRegularExpression?

    init(_ pattern: String) {
        var regex = "^"
        var characters = Substring(pattern)
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "*" where characters.first == "*":
                characters = characters.dropFirst()
                if characters.first == "/" { characters = characters.dropFirst(); regex += "(?:.*/)?" } else { regex += ".*" }
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            default: regex += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        expression = try? NSRegularExpression(pattern: regex + "$")
    }

    func matches(_ path: String) -> Bool {
        guard let expression else { return false }
        return expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }
}
