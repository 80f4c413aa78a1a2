import Foundation

extension Glossary {
    /// What a row's free-text note says in the glossary's recurring conventions.
    ///
    /// Notes are written for people, so only these fixed phrases are read; anything else is
    /// kept as plain text. Segments are separated by `;`:
    /// - `ko variants: A | B` — other spellings of the row's Korean term (spacing, hyphens, dots);
    ///   any language code works (`en variants: …`).
    /// - `abbreviation X` — the English abbreviation X counts as the term after "Full Name (X)"
    ///   has appeared in the text; a trailing `: explanation` or `(examples)` is not part of X.
    /// - `short form X` — X is another rendering of the row's English term, usable without
    ///   introduction (`대한민국 = Republic of Korea; short form ROK`).
    struct NoteConventions: Hashable, Sendable {
        var variants: [TextLanguage: [String]] = [:]
        var abbreviations: [String] = []
        var shortForms: [String] = []

        init(parsing note: String) {
            // Most rows have no note.
            guard !note.isEmpty else { return }
            for rawSegment in Self.split(note[...], at: ";") {
                let segment = rawSegment.trimmingWhitespace()
                if let (code, list) = Self.variantList(in: segment) {
                    guard let language = GlossaryColumn.language(forTag: code) else { continue }
                    variants[language, default: []] += list
                } else if let value = Self.value(after: ["abbreviations ", "abbreviation "], in: segment) {
                    abbreviations += Self.alternatives(in: value)
                } else if let value = Self.value(after: ["short forms ", "short form "], in: segment) {
                    shortForms += Self.alternatives(in: value)
                }
            }
        }

        /// `text.split(separator:)` for an ASCII separator, cutting at its bytes when every
        /// character is one scalar (so that no grapheme breaking is needed to find it).
        private static func split(_ text: Substring, at separator: Unicode.Scalar) -> [Substring] {
            guard TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(String(text)) else {
                return text.split(separator: Character(separator))
            }
            let byte = UInt8(separator.value)
            return text.utf8.split(separator: byte).map { Substring($0) }
        }

        /// `ko variants: A | B (comment)` → ("ko", ["A", "B"]).
        private static func variantList(in segment: String) -> (String, [String])? {
            guard let colon = segment.firstIndex(of: ":") else { return nil }
            let head = Self.split(segment[..<colon], at: " ")
            guard head.count == 2, head[1].lowercased() == "variants" || head[1].lowercased() == "variant" else {
                return nil
            }
            let list = Self.split(segment[segment.index(after: colon)...], at: "|")
                .map { Glossary.cleaned(withoutTrailingComment(String($0))) }
                .filter { !$0.isEmpty }
            return (String(head[0]), list)
        }

        /// The text after a leading phrase, up to a `:` or a parenthesised comment.
        private static func value(after phrases: [String], in segment: String) -> String? {
            let lowered = segment.lowercased()
            guard let phrase = phrases.first(where: { lowered.hasPrefix($0) }) else { return nil }
            var value = String(segment.dropFirst(phrase.count))
            if let colon = value.firstIndex(of: ":") { value = String(value[..<colon]) }
            value = withoutTrailingComment(value)
            let cleaned = Glossary.cleaned(value)
            return cleaned.isEmpty ? nil : cleaned
        }

        private static func alternatives(in value: String) -> [String] {
            value.split(separator: "|").map { Glossary.cleaned(String($0)) }.filter { !$0.isEmpty }
        }

        /// Drops a trailing " (…)" remark such as "(middle dot U+00B7)" or "(COP26, COP27)".
        private static func withoutTrailingComment(_ text: String) -> String {
            let trimmed = text.trimmingWhitespace()
            guard trimmed.hasSuffix(")") else { return trimmed }
            if TermMatcher.NormalizedText.isOneNFCStableScalarPerCharacter(trimmed) {
                // Every character one scalar: the last " (" is found scalar by scalar, as
                // Foundation's search would find it.
                let scalars = trimmed.unicodeScalars
                var index = scalars.endIndex
                while index > scalars.startIndex {
                    let open = scalars.index(before: index)
                    if scalars[open] == "(", open > scalars.startIndex, scalars[scalars.index(before: open)] == " " {
                        return String(scalars[..<scalars.index(before: open)])
                    }
                    index = open
                }
                return trimmed
            }
            guard let open = trimmed.range(of: " (", options: .backwards) else { return trimmed }
            return String(trimmed[..<open.lowerBound])
        }
    }
}
