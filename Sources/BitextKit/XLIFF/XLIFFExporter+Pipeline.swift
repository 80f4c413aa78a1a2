import Foundation

extension XLIFFExporter {
    static let batchSize = ParallelMap.batchSize

    /// Makes (`item`) and builds the `<file>`s of `count` items on every core, a batch at a time,
    /// and hands them to `write` in item order while the next batch is being built; `start` gets the
    /// source locale before the first file. Returns the warnings, in item order.
    ///
    /// Memory holds two batches. Failures are those of a run that first made every item, then
    /// built every file, then wrote them: an item that cannot be made (a release that cannot be
    /// read) wins over one that cannot be exported, and that over a failure of `start` or `write`;
    /// within each kind the first in item order wins. So after the first failure the rest is only
    /// made, to find an earlier kind, and neither built nor written.
    func run(
        count: Int, item make: @escaping @Sendable (Int) throws -> Item, targetLocale: String, progress: ProgressLine?,
        start: @escaping (_ sourceLocale: String) throws -> Void, write: @escaping (XLIFFFile) throws -> Void
    ) throws -> [String] {
        guard count > 0 else { throw XLIFFExportError.nothingToExport }
        // The first release decides the source language that the others must share.
        let first = try make(0)
        let sourceLocale = first.source.locale
        let builder = FileBuilder(exporter: self, sourceLocale: sourceLocale, targetLocale: targetLocale, catalog: catalog)
        let writer = OrderedWriter(start: { try start(sourceLocale) }, write: write)
        var failure: (any Error)? = sourceLocale == targetLocale ? XLIFFExportError.sameLanguage(locale: targetLocale) : nil
        var warnings: [String] = []
        var units = 0
        progress?.totalItems = count
        defer { progress?.finish() }

        var built: [XLIFFFile] = []
        var batchStart = 0
        while batchStart < count {
            let indices = batchStart..<min(batchStart + Self.batchSize, count)
            let isBuilding = failure == nil
            let ready = built
            // The previous batch is written while this one is built.
            let (_, outcomes) = ParallelMap.batch(indices.count, alongside: { if isBuilding { writer.write(ready) } }) {
                slot -> Outcome in
                let index = indices.lowerBound + slot
                let item: Item
                do {
                    item = index == 0 ? first : try make(index)
                } catch {
                    return .unreadable(error)
                }
                return isBuilding ? .built(Swift.Result { try builder.file(for: item, number: index + 1) }) : .made
            }
            built = []
            for outcome in outcomes {
                switch outcome {
                case .unreadable(let error):
                    throw error
                case .made:
                    break
                case .built(.failure(let error)):
                    if failure == nil { failure = error }
                case .built(.success(let result)):
                    guard failure == nil else { break }
                    built.append(result.file)
                    warnings += result.warnings
                    units += result.file.units.count
                }
            }
            batchStart = indices.upperBound
            progress?.update(units: units, done: batchStart)
        }
        if let failure { throw failure }
        writer.write(built)
        if let writeFailure = writer.failure { throw writeFailure }
        return warnings
    }

    /// Writes the built files in order, starting the output before the first; after a failure it
    /// writes nothing more and keeps the failure. Used by one thread at a time.
    private final class OrderedWriter: @unchecked Sendable {
        private let start: () throws -> Void
        private let writeFile: (XLIFFFile) throws -> Void
        private var isStarted = false
        private(set) var failure: (any Error)?

        init(start: @escaping () throws -> Void, write: @escaping (XLIFFFile) throws -> Void) {
            self.start = start
            writeFile = write
        }

        func write(_ files: [XLIFFFile]) {
            guard failure == nil else { return }
            do {
                if !isStarted {
                    try start()
                    isStarted = true
                }
                for file in files { try writeFile(file) }
            } catch {
                failure = error
            }
        }
    }

    /// What became of one item of a batch.
    private enum Outcome {
        /// The item could not be made.
        case unreadable(any Error)
        /// Made but not built: an earlier item failed.
        case made
        case built(Swift.Result<(file: XLIFFFile, warnings: [String]), any Error>)
    }

    /// Builds one item's `<file>`, on any thread.
    private struct FileBuilder: Sendable {
        let exporter: XLIFFExporter
        let sourceLocale: String
        let targetLocale: String
        /// Made once; an error surfaces where the first file would have met it.
        let sourceSegmenter: Swift.Result<SentenceSegmenter, any Error>
        let targetSegmenter: Swift.Result<SentenceSegmenter, any Error>

        init(exporter: XLIFFExporter, sourceLocale: String, targetLocale: String, catalog: LocaleCatalog) {
            self.exporter = exporter
            self.sourceLocale = sourceLocale
            self.targetLocale = targetLocale
            sourceSegmenter = Swift.Result { try SentenceSegmenter(rules: catalog.sentenceRules, language: sourceLocale) }
            targetSegmenter = Swift.Result { try SentenceSegmenter(rules: catalog.sentenceRules, language: targetLocale) }
        }

        func file(for item: Item, number: Int) throws -> (file: XLIFFFile, warnings: [String]) {
            guard item.source.locale == sourceLocale else {
                throw XLIFFExportError.mixedSourceLocales(file: item.source.file, locale: item.source.locale, expected: sourceLocale)
            }
            if let target = item.target, target.locale != targetLocale {
                throw XLIFFExportError.targetLocaleMismatch(file: target.file, locale: target.locale, expected: targetLocale)
            }
            let warnings = item.target.map { Alignment(source: item.source, target: $0).mismatches.map(\.message) } ?? []
            let file = try exporter.file(
                for: item, number: number, targetLocale: targetLocale,
                sourceSegmenter: try sourceSegmenter.get(), targetSegmenter: try targetSegmenter.get())
            return (file, warnings)
        }
    }
}
