import Foundation

/// A regular expression applied to one line at a time, as the locale data spells it.
struct LinePattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built, so sharing it across tasks is safe.
    private let expression: NSRegularExpression
    let source: String

    init(_ pattern: String) throws {
        source = pattern
        expression = try NSRegularExpression(pattern: pattern, options: [])
    }

    /// The match at or after the start of `line`: its range and the first capture group, if any.
    func match(_ line: String) -> (range: Range<String.Index>, group: String?)? {
        let whole = NSRange(line.startIndex..., in: line)
        guard let result = expression.firstMatch(in: line, options: [], range: whole),
            let range = Range(result.range, in: line)
        else { return nil }
        var group: String?
        if result.numberOfRanges > 1, let groupRange = Range(result.range(at: 1), in: line) {
            group = String(line[groupRange])
        }
        return (range, group)
    }

    func matches(_ line: String) -> Bool { match(line) != nil }
}
