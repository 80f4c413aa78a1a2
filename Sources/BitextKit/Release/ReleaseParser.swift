import Foundation

/// Reads release text in either shape of DESIGN.md (web capture or clean) into a `Release`.
///
/// Page chrome and metadata labels of every known locale apply to every file, because
/// captures mix them (the English site shows the Korean label “상세보기”). Body markers
/// of every locale are accepted too; the file's own locale only decides rendering.
public struct ReleaseParser: Sendable {
    private struct Marker: Sendable {
        var kind: Block.Kind
        var level: Int
    }

    public let profile: LocaleProfile
    private let markers: [Marker]
    private let markerPatterns: LinePatternList
    private let topLevelPatterns: LinePatternList
    private let chrome: LinePatternList
    private let metadataFields: [String]
    private let metadataPatterns: LinePatternList
    /// The footer patterns, then the marker patterns: one search per body line tells both
    /// whether the body ends there and which block the line opens.
    private let bodyPatterns: LinePatternList
    private let footerCount: Int

    public init(profile: LocaleProfile, catalog: LocaleCatalog) throws {
        self.profile = profile
        // The file's own markers first, so that its conventions win where locales differ.
        let others = catalog.profiles.filter { $0.locale != profile.locale }
        let ordered = [profile] + others
        var seen = Set<String>()
        let markerRules = ordered.flatMap(\.markers).filter { seen.insert($0.pattern).inserted }
        markers = markerRules.map { Marker(kind: $0.kind, level: $0.level) }
        markerPatterns = try LinePatternList(markerRules.map(\.pattern))
        topLevelPatterns = try LinePatternList(markerRules.filter { $0.level == 1 }.map(\.pattern))
        chrome = try LinePatternList(Set(ordered.flatMap(\.chrome)).sorted())
        let metadataRules = ordered.flatMap(\.metadata)
        metadataFields = metadataRules.map(\.field)
        metadataPatterns = try LinePatternList(metadataRules.map(\.pattern))
        let footer = Set(ordered.flatMap(\.footer)).sorted()
        footerCount = footer.count
        bodyPatterns = try LinePatternList(footer + markerRules.map(\.pattern))
    }

    public func parse(contentsOf path: String) throws -> Release {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false))
        } catch {
            throw ReleaseError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(bytes: [UInt8](data), file: path)
    }

    public func parse(bytes: [UInt8], file: String) throws -> Release {
        try parse(lines: ReleaseText.lines(of: bytes, file: file), file: file)
    }

    public func parse(text: String, file: String) throws -> Release {
        try parse(bytes: Array(text.utf8), file: file)
    }

    private func parse(lines: [String], file: String) throws -> Release {
        guard lines.contains(where: { !isBlank($0) }) else { throw ReleaseError.empty(file: file) }
        let header = try readHeader(lines, file: file)
        let blocks = readBody(lines[header.bodyStart...])
        guard !blocks.isEmpty else { throw ReleaseError.noBody(file: file, line: header.titleIndex + 1) }
        return Release(
            file: file, locale: profile.locale,
            title: lines[header.titleIndex].trimmingWhitespace(),
            titleLine: header.titleIndex + 1,
            date: header.metadata.first { $0.field == "date" }?.value,
            metadata: header.metadata, blocks: blocks)
    }

    // MARK: Header

    private struct Header {
        var titleIndex: Int
        var metadata: [Release.Metadata]
        var bodyStart: Int
    }

    /// The title is the last content line before the first metadata line (so unknown
    /// navigation lines above it are skipped), or the first content line when there is none.
    private func readHeader(_ lines: [String], file: String) throws -> Header {
        let firstTopLevel = lines.indices.first { topLevelPatterns.matchesAny(lines[$0]) } ?? lines.count
        let firstMetadata = lines[..<firstTopLevel].indices.first { metadataField(lines[$0]) != nil }

        let titleIndex: Int?
        if let firstMetadata {
            titleIndex = lines[..<firstMetadata].indices.last { isContent(lines[$0]) }
        } else {
            titleIndex = lines.indices.first { isContent(lines[$0]) }
        }
        guard let titleIndex else { throw ReleaseError.noTitle(file: file) }

        var metadata: [Release.Metadata] = []
        var index = titleIndex + 1
        while index < lines.count {
            let line = lines[index]
            if let field = metadataField(line) {
                metadata.append(Release.Metadata(field: field.field, value: field.value, line: index + 1))
            } else if !isBlank(line) && !isChrome(line) {
                break
            }
            index += 1
        }
        return Header(titleIndex: titleIndex, metadata: metadata, bodyStart: index)
    }

    private func metadataField(_ line: String) -> (field: String, value: String)? {
        guard let match = metadataPatterns.firstMatch(in: line) else { return nil }
        return (metadataFields[match.index], (match.group ?? "").trimmingWhitespace())
    }

    private func isChrome(_ line: String) -> Bool { chrome.matchesAny(line) }
    private func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }
    private func isContent(_ line: String) -> Bool { !isBlank(line) && !isChrome(line) }

    // MARK: Body

    /// Builds the block tree. A marker's level decides its parent: the nearest open block
    /// of a lower level, so a "※" note after a sub-bullet is the next child of the paragraph.
    private func readBody(_ lines: ArraySlice<String>) -> [Block] {
        var tree = BlockTree()
        var previousWasBlank = true
        for (index, line) in zip(lines.indices, lines) {
            if isBlank(line) {
                previousWasBlank = true
                continue
            }
            let match = bodyPatterns.firstMatch(in: line)
            if let match, match.index < footerCount { break }
            if let match {
                let marker = markers[match.index - footerCount]
                let rest = line[match.range.upperBound...]
                let text = rest.trimmingWhitespace()
                let leading = rest.prefix { $0.isWhitespace }.count
                let column = line.distance(from: line.startIndex, to: match.range.upperBound) + leading + 1
                let written = line[match.range].trimmingWhitespace()
                tree.open(kind: marker.kind, level: marker.level, marker: written, text: text, line: index + 1, column: column)
            } else if !previousWasBlank && tree.hasOpenBlock {
                tree.continueOpenBlock(with: line.trimmingWhitespace())
            } else {
                // Text after a blank line with no marker is a paragraph of its own.
                let leading = line.prefix { $0.isWhitespace }.count
                tree.open(kind: .paragraph, level: 1, marker: "", text: line.trimmingWhitespace(),
                    line: index + 1, column: leading + 1)
            }
            previousWasBlank = false
        }
        return tree.roots
    }
}

/// A block tree under construction, with the chain of blocks that are still open.
private struct BlockTree {
    var roots: [Block] = []
    /// Marker levels along the path to the most recent block.
    private var openLevels: [Int] = []

    var hasOpenBlock: Bool { !openLevels.isEmpty }

    mutating func open(kind: Block.Kind, level: Int, marker: String, text: String, line: Int, column: Int) {
        while let last = openLevels.last, last >= level { openLevels.removeLast() }
        let depth = openLevels.count
        Self.insert(into: &roots, depth: depth, parentID: nil) { id in
            Block(id: id, kind: kind, marker: marker, text: text, line: line, column: column)
        }
        openLevels.append(level)
    }

    mutating func continueOpenBlock(with text: String) {
        guard !text.isEmpty else { return }
        Self.appendText(text, in: &roots, depth: openLevels.count - 1)
    }

    /// Appends a new block `depth` levels down the last branch of `blocks`.
    private static func insert(into blocks: inout [Block], depth: Int, parentID: BlockID?, make: (BlockID) -> Block) {
        if depth == 0 {
            let number = blocks.count + 1
            blocks.append(make(parentID?.child(number) ?? BlockID(path: [number])))
        } else {
            let parent = blocks.count - 1
            insert(into: &blocks[parent].children, depth: depth - 1, parentID: blocks[parent].id, make: make)
        }
    }

    private static func appendText(_ text: String, in blocks: inout [Block], depth: Int) {
        let last = blocks.count - 1
        if depth == 0 {
            blocks[last].text += blocks[last].text.isEmpty ? text : " " + text
        } else {
            appendText(text, in: &blocks[last].children, depth: depth - 1)
        }
    }
}
