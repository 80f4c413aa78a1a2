import Foundation

/// Findings recorded once so that a team can adopt the gate on an existing repository and
/// fail only on new problems. Entries are fingerprints (rule, file, unit, offending text),
/// never line numbers.
public struct Baseline: Sendable, Equatable {
    public var fingerprints: Set<String>

    public init(findings: [Finding]) {
        fingerprints = Set(findings.map(\.fingerprint))
    }

    public static func load(_ path: String) throws -> Baseline {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CheckError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["version"] as? Int == 1, let entries = object["findings"] as? [[String: Any]]
        else {
            throw CheckError.invalidBaseline(path: path, reason: "expected {\"version\": 1, \"findings\": [...]} as written by --write-baseline")
        }
        var fingerprints = Set<String>()
        for entry in entries {
            guard let rule = entry["rule"] as? String, let file = entry["file"] as? String,
                let subject = entry["subject"] as? String
            else { throw CheckError.invalidBaseline(path: path, reason: "an entry lacks rule, file or subject") }
            let finding = Finding(rule: Rule(rawValue: rule), file: file, line: 0, unit: entry["unit"] as? String,
                message: "", subject: subject)
            fingerprints.insert(finding.fingerprint)
        }
        return Baseline(fingerprints: fingerprints)
    }

    private init(fingerprints: Set<String>) { self.fingerprints = fingerprints }

    public func contains(_ finding: Finding) -> Bool { fingerprints.contains(finding.fingerprint) }

    /// The baseline file for `findings`: sorted, one entry per distinct fingerprint, readable in a diff.
    public static func document(for findings: [Finding]) -> JSONValue {
        var seen = Set<String>()
        let unique = findings.filter { seen.insert($0.fingerprint).inserted }
            .sorted { ($0.file, $0.unit ?? "", $0.rule.rawValue, $0.subject) < ($1.file, $1.unit ?? "", $1.rule.rawValue, $1.subject) }
        return .object([
            ("version", 1),
            ("findings", .array(unique.map { finding in
                .object([
                    ("rule", .string(finding.rule.rawValue)),
                    ("file", .string(finding.file)),
                    ("unit", .optional(finding.unit)),
                    ("subject", .string(finding.subject)),
                    ("message", .string(finding.message)),
                ])
            })),
        ])
    }
}
