/// Writes a release as clean release text in a locale's style.
///
/// The output is the clean shape of DESIGN.md (title, date line, body), one line per
/// block, which `ReleaseParser` reads back into the same block tree.
public struct ReleaseRenderer: Sendable {
    public enum Markers: Sendable {
        /// Keep each block's marker as written (re-rendering a release in its own locale).
        case asWritten
        /// Use the locale's markers (rendering a translation in the target language's style).
        case localeStyle
    }

    public let style: LocaleProfile.Style
    public let markers: Markers

    public init(profile: LocaleProfile, markers: Markers = .localeStyle) {
        self.style = profile.style
        self.markers = markers
    }

    public func render(_ release: Release) -> String {
        var lines = [release.title]
        if let date = release.date {
            lines.append(style.dateLine.replacing("{date}", with: date))
        }
        for (index, block) in release.blocks.enumerated() {
            lines.append("")
            render(block, number: index + 1, depth: 1, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ block: Block, number: Int, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: max(0, depth - 2))
        let marker = self.marker(for: block, number: number, depth: depth)
        lines.append(marker.isEmpty ? block.text : "\(indent)\(marker) \(block.text)")
        for (index, child) in block.children.enumerated() {
            // Sub-bullets follow their parent directly; other blocks are separated by a blank line.
            if depth + 1 <= 2 { lines.append("") }
            render(child, number: index + 1, depth: depth + 1, into: &lines)
        }
    }

    private func marker(for block: Block, number: Int, depth: Int) -> String {
        if markers == .asWritten && !(block.marker.isEmpty && depth > 1) { return block.marker }
        let pattern: String
        switch (block.kind, depth) {
        case (.note, _): pattern = style.note
        case (.heading, 1): pattern = style.heading
        case (_, 1): pattern = style.paragraph
        case (_, 2): pattern = style.bullet
        default: pattern = style.subBullet
        }
        // The standard library's `replacing`: Foundation's `replacingOccurrences` goes through
        // NSString, which cost more than the rest of rendering a block.
        return pattern.replacing("{n}", with: String(number))
    }
}
