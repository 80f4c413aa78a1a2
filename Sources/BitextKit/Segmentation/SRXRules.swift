import Foundation
import LibXML

/// Sentence-break rules in SRX 2.0, read from the locale data.
///
/// Only what sentence splitting of plain text needs is kept: the language rules with
/// their break/no-break rules in order, and the language map (cascading, as SRX 2.0 says).
public struct SRXRules: Sendable {
    struct Rule: Sendable {
        var isBreak: Bool
        var before: String
        var after: String
    }

    struct LanguageMap: Sendable {
        var pattern: LinePattern
        var ruleName: String
    }

    private(set) var languageRules: [String: [Rule]] = [:]
    private(set) var maps: [LanguageMap] = []
    private(set) var cascade = true

    public init(contentsOf path: String) throws {
        let reader = try XMLReader(contentsOf: path)
        let namespace = "http://www.lisa.org/srx20"
        var currentLanguage: String?
        var currentRule: Rule?
        var text = ""
        while let event = try reader.next() {
            switch event {
            case .startElement(let element) where element.name.namespace == namespace:
                text = ""
                switch element.name.local {
                case "header":
                    cascade = element.attribute("cascade") != "no"
                case "languagerule":
                    currentLanguage = element.attribute("languagerulename")
                    if let currentLanguage { languageRules[currentLanguage, default: []] = [] }
                case "rule":
                    currentRule = Rule(isBreak: element.attribute("break") != "no", before: "", after: "")
                case "languagemap":
                    if let pattern = element.attribute("languagepattern"), let name = element.attribute("languagerulename") {
                        do {
                            maps.append(LanguageMap(pattern: try LinePattern("^(?:" + pattern + ")$"), ruleName: name))
                        } catch {
                            throw SRXError.invalidPattern(file: path, line: element.line, pattern: pattern)
                        }
                    }
                default:
                    break
                }
            case .text(let value), .cdata(let value):
                text += value
            case .endElement(let name) where name.namespace == namespace:
                switch name.local {
                case "beforebreak": currentRule?.before = text
                case "afterbreak": currentRule?.after = text
                case "rule":
                    if let rule = currentRule, let language = currentLanguage {
                        languageRules[language, default: []].append(rule)
                    }
                    currentRule = nil
                default:
                    break
                }
            default:
                break
            }
        }
    }

    /// The rules that apply to `language` (a BCP 47 tag), in the order SRX applies them.
    func rules(for language: String) -> [Rule] {
        var result: [Rule] = []
        for map in maps where map.pattern.matches(language) {
            result += languageRules[map.ruleName] ?? []
            if !cascade { break }
        }
        return result
    }
}

/// Why SRX rules could not be used.
public enum SRXError: Error, CustomStringConvertible {
    case invalidPattern(file: String, line: Int, pattern: String)

    public var description: String {
        switch self {
        case .invalidPattern(let file, let line, let pattern):
            "\(file):\(line):1: invalid regular expression in SRX rule: \(pattern)"
        }
    }
}
