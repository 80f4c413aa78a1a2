@testable import BitextKit
import Foundation
import Testing

/// Shared helpers of the XLIFF tests: fixture pairs, exports, and the schemas in `../shared`.
enum XLIFFTesting {
    static let versions = XLIFFVersion.allCases

    /// The shared OASIS schemas (the reference the shipped copies must equal).
    static var sharedSchemas: XLIFFSchemas {
        get throws { XLIFFSchemas(directory: try Shared.url("schemas")) }
    }

    static func fixture(_ name: String, _ language: String) throws -> Release {
        try Catalog.loader.load(Shared.releasesFolder.appendingPathComponent("\(name).\(language).txt").path)
    }

    static func exporter(_ version: XLIFFVersion, prefill: Bool = false, glossary: (any GlossaryHints)? = nil) -> XLIFFExporter {
        XLIFFExporter(catalog: Catalog.shipped, options: .init(version: version, prefillTarget: prefill, glossary: glossary))
    }

    /// The bytes `bitext export` writes for a Korean release and its English translation.
    static func export(_ source: Release, _ target: Release?, _ version: XLIFFVersion, prefill: Bool = false,
        glossary: (any GlossaryHints)? = nil) throws -> [UInt8] {
        try exporter(version, prefill: prefill, glossary: glossary)
            .export([XLIFFExporter.Item(source: source, target: target)], targetLocale: target?.locale ?? "en-US").bytes
    }

    static func read(_ bytes: [UInt8], url: String = "test.xlf") throws -> XLIFFDocument {
        try XLIFFReader(bytes: bytes, url: url).readDocument()
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A fresh folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-xliff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to folder: URL, as name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A small XLIFF 2 document around one unit's markup, for reader and validator tests.
    static func xliff2(_ units: String, trgLang: String? = "en-US", version: String = "2.1", extraNamespaces: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \(extraNamespaces) version="\(version)" srcLang="ko-KR"\(trgLang.map { " trgLang=\"\($0)\"" } ?? "")>
          <file id="f1" original="x.ko.txt">
        \(units)
          </file>
        </xliff>
        """
    }

    static func xliff12(_ units: String, extraNamespaces: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" \(extraNamespaces) version="1.2">
          <file original="x.ko.txt" source-language="ko-KR" target-language="en-US" datatype="plaintext">
            <body>
        \(units)
            </body>
          </file>
        </xliff>
        """
    }
}

/// A fake glossary: every term of the table that occurs in the text, in table order.
struct FakeGlossaryHints: GlossaryHints {
    var terms: [GlossaryHint]

    func hints(forSource source: String, sourceLocale: String, targetLocale: String) -> [GlossaryHint] {
        terms.filter { source.contains($0.term) }
    }

    static let mofa = FakeGlossaryHints(terms: [
        GlossaryHint(term: "국제보건규칙", translations: ["International Health Regulations", "IHR"], note: "abbreviation IHR", origin: "mofa-terms.csv"),
        GlossaryHint(term: "외교부", translations: ["Ministry of Foreign Affairs", "MOFA"], origin: "mofa-terms.csv"),
        GlossaryHint(term: "유엔", translations: ["UN", "United Nations"], origin: "mofa-terms.csv"),
        GlossaryHint(term: "다자주의", translations: ["multilateralism"]),
        GlossaryHint(term: "없는번역", translations: []),
    ])
}

/// Releases the tests have never seen: random trees of blocks with texts full of what breaks
/// exporters (markup characters, quotes, several sentences, double spaces, emoji, decomposed Hangul).
struct XLIFFRandomReleasePair {
    var source: Release
    var target: Release

    private static let koreanSentences = [
        "외교부는 9월 25일(금) 회의를 개최했다.", "국제보건규칙(IHR) 개정 논의에 참여했다.", "“모두가 안전할 때까지 누구도 안전하지 않다”고 말했다.",
        "A&B <사업> 예산은 1,000만 달러이다.", "U.S.와 협력을 강화하기로 했다.", "약 3,800만 회분이 공급되었다.", "회의는 10.31.(일)~11.13.(토) 열렸다.",
        "‘고수익 해외 취업’ 광고에 주의해야 한다.", "발표문 🌏 공유.",
    ]
    private static let englishSentences = [
        "MOFA held the meeting on September 25 (Fri.).", "It joined the talks on the IHR amendments.",
        "He said, “No one is safe until everyone is safe.”", "The A&B <project> budget is USD 10 million.",
        "The U.S. and the ROK agreed to cooperate.", "About 38 million doses were supplied.", "Mr. A left on Aug. 19.",
        "Beware of ‘high-paying overseas job’ offers.", "Statement 🌏 shared.", "Prices rose 4.17% & fell 30.2%.",
    ]

    static func make(seed: UInt64) -> XLIFFRandomReleasePair {
        // SplitMix64, so that a failing seed can be replayed (offset to keep the sequences of old).
        var generator = SeededRandom(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        func text(_ pool: [String], _ count: Int) -> String {
            (0..<count).map { _ in pool.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "  ")
        }
        var sourceBlocks: [Block] = [], targetBlocks: [Block] = []
        for paragraph in 1...Int.random(in: 1...5, using: &generator) {
            let id = BlockID(path: [paragraph])
            let kind: Block.Kind = Bool.random(using: &generator) ? .paragraph : .heading
            let sentences = Int.random(in: 1...3, using: &generator)
            var source = Block(id: id, kind: kind, marker: kind == .heading ? "□" : "\(paragraph).", text: text(koreanSentences, sentences), line: 0, column: 1)
            var target = Block(id: id, kind: .paragraph, marker: "\(paragraph).", text: text(englishSentences, sentences), line: 0, column: 1)
            for child in 1...max(1, Int.random(in: 0...3, using: &generator)) where Bool.random(using: &generator) || child == 1 {
                let childID = id.child(child)
                let isNote = Int.random(in: 0..<4, using: &generator) == 0
                let count = Int.random(in: 1...2, using: &generator)
                var sourceChild = Block(id: childID, kind: isNote ? .note : .bullet, marker: isNote ? "※" : "ㅇ", text: text(koreanSentences, count), line: 0, column: 1)
                var targetChild = Block(id: childID, kind: isNote ? .note : .bullet, marker: isNote ? "※" : "o", text: text(englishSentences, count), line: 0, column: 1)
                if !isNote && Bool.random(using: &generator) {
                    sourceChild.children = [Block(id: childID.child(1), kind: .bullet, marker: "-", text: text(koreanSentences, 1), line: 0, column: 1)]
                    targetChild.children = [Block(id: childID.child(1), kind: .bullet, marker: "-", text: text(englishSentences, 1), line: 0, column: 1)]
                }
                source.children.append(sourceChild)
                target.children.append(targetChild)
            }
            // Children must be numbered 1…n.
            source.children = renumbered(source.children, under: id)
            target.children = renumbered(target.children, under: id)
            sourceBlocks.append(source)
            targetBlocks.append(target)
        }
        let source = Release(file: "random-\(seed).ko.txt", locale: "ko-KR", title: text(koreanSentences, 1), titleLine: 1,
            date: "2024-0\(seed % 9 + 1)-15 10:00:00", metadata: [], blocks: sourceBlocks)
        let target = Release(file: "random-\(seed).en.txt", locale: "en-US", title: text(englishSentences, 1), titleLine: 1,
            date: "2024-0\(seed % 9 + 1)-15 11:30:00", metadata: [], blocks: targetBlocks)
        return XLIFFRandomReleasePair(source: source, target: target)
    }

    private static func renumbered(_ blocks: [Block], under parent: BlockID) -> [Block] {
        blocks.enumerated().map { index, block in
            var copy = block
            copy.id = parent.child(index + 1)
            copy.children = renumbered(block.children, under: copy.id)
            return copy
        }
    }
}

/// What must survive an import: the block tree and texts (kinds compared as top-level or not,
/// since Korean "□" headings are English numbered paragraphs).
struct ImportedShape: Hashable, CustomStringConvertible {
    var id: String
    var isTopLevel: Bool
    var isNote: Bool
    var text: String

    init(_ block: Block) {
        id = block.id.description
        isTopLevel = block.kind.isTopLevel
        isNote = block.kind == .note
        text = block.text
    }

    var description: String { "\(id): \(text)" }
}
