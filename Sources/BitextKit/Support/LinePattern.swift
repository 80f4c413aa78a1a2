/// A regular expression applied to one line at a time, as the locale data spells it.
struct LinePattern: Sendable {
    private let expression: RegularExpression

    init(_ pattern: String) throws {
        expression = try RegularExpression(pattern: pattern)
    }

    /// The match at or after the start of `line`: its range and the first capture group, if any.
    func match(_ line: String) -> (range: Range<String.Index>, group: String?)? {
        match(UTF16Text(line))
    }

    /// ``match(_:)`` of a line already made into UTF-16, for a list of patterns asked in turn.
    func match(_ text: UTF16Text) -> (range: Range<String.Index>, group: String?)? {
        let hasGroup = expression.numberOfCaptureGroups > 0
        return expression.firstMatch(in: text) { groups in
            (text.range(groups.range(0)!), hasGroup ? groups.range(1).map(text.string) : nil)
        }
    }

    func matches(_ line: String) -> Bool { match(line) != nil }
}
