import Foundation

/// Builds and checks the documents of a run on every core, and hands them back in input order.
///
/// Work goes in batches. While the workers build and check one batch (parsing release pairs,
/// reading the units of XLIFF `<file>`s from their recorded events, comparing them with their
/// original release, matching terms and numbers), one of them parses the next batch of
/// `<file>`s from the XLIFF stream, which can only be read in order, and only records them.
/// Every document is checked exactly as it would be alone and the results are handed over in
/// input order, so a report is the same on one core or many; memory holds two batches.
struct CheckPipeline {
    /// A document still to be built.
    enum Item: Sendable {
        case pair(CheckInputs.ReleasePair)
        /// One `<file>` of an XLIFF file, read into units by the worker that checks it.
        case xliff(RecordedXLIFFFile)
    }

    /// One checked document.
    struct Result: Sendable {
        var document: CheckDocument
        var findings: [Finding]
        var analyses: [UnitAnalysis]
        /// Whether the glossary has terms for the document's languages.
        var hasTerms: Bool
    }

    let builder: CheckDocumentBuilder
    let glossary: Glossary?
    /// Documents per batch (smaller in tests).
    var batchSize = ParallelMap.batchSize

    /// Checks the pairs, then the documents of the XLIFF files, calling `body` with each in order.
    /// The first error in input order is thrown, as a one-at-a-time run would throw it.
    func run(pairs: [CheckInputs.ReleasePair], xliffFiles: [String], _ body: (Result) throws -> Void) throws {
        let source = ItemSource(pairs: pairs, xliffFiles: xliffFiles)
        let directions = DirectionCache(glossary: glossary)
        var batch = try source.nextBatch(batchSize)
        while !batch.isEmpty {
            let current = batch
            if current.count == 1 {
                // One document (a single pair): no worker threads to start.
                if let result = try check(current[0], directions: directions) { try body(result) }
                batch = try source.nextBatch(batchSize)
                continue
            }
            // The next batch is read while this one is checked.
            let (next, results) = ParallelMap.batch(current.count, alongside: { Swift.Result { try source.nextBatch(batchSize) } }) {
                index in Swift.Result { try check(current[index], directions: directions) }
            }
            for result in results {
                if let result = try result.get() { try body(result) }
            }
            batch = try next.get()
        }
    }

    /// The checked document; nil for an XLIFF `<file>` without units.
    private func check(_ item: Item, directions: DirectionCache) throws -> Result? {
        let document: CheckDocument
        switch item {
        case .pair(let pair):
            document = try builder.document(for: pair)
        case .xliff(let recorded):
            guard let file = try recorded.read() else { return nil }
            document = try builder.document(for: file)
        }
        let direction = directions.direction(from: document.sourceLanguage, to: document.targetLanguage)
        let (findings, analyses) = CheckRun.check(document, glossary: direction)
        return Result(document: document, findings: findings, analyses: analyses, hasTerms: direction?.isEmpty == false)
    }
}

extension CheckPipeline {
    /// The items in input order: the pairs, then each XLIFF file's `<file>`s as they are read.
    /// Used by one thread at a time.
    private final class ItemSource: @unchecked Sendable {
        private var pairs: ArraySlice<CheckInputs.ReleasePair>
        private var xliffFiles: ArraySlice<String>
        private var stream: XLIFFFileStream?

        init(pairs: [CheckInputs.ReleasePair], xliffFiles: [String]) {
            self.pairs = pairs[...]
            self.xliffFiles = xliffFiles[...]
        }

        func nextBatch(_ size: Int) throws -> [Item] {
            var batch = pairs.prefix(size).map(Item.pair)
            pairs = pairs.dropFirst(batch.count)
            while batch.count < size {
                if stream == nil {
                    guard let path = xliffFiles.popFirst() else { break }
                    stream = try XLIFFFileStream(path: path)
                }
                if let file = try stream?.next() {
                    batch.append(.xliff(file))
                } else {
                    stream = nil
                }
            }
            return batch
        }
    }

    /// The glossary prepared for each language direction met, made once on first use.
    private final class DirectionCache: @unchecked Sendable {
        private let glossary: Glossary?
        private let lock = NSLock()
        private var directions: [[TextLanguage]: GlossaryDirection] = [:]

        init(glossary: Glossary?) {
            self.glossary = glossary
        }

        func direction(from source: TextLanguage, to target: TextLanguage) -> GlossaryDirection? {
            guard let glossary else { return nil }
            lock.lock()
            defer { lock.unlock() }
            if let known = directions[[source, target]] { return known }
            let made = GlossaryDirection(glossary: glossary, from: source, to: target)
            directions[[source, target]] = made
            return made
        }
    }
}
