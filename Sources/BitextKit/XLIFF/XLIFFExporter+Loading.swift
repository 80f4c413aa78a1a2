extension XLIFFExporter {
    /// Exports the releases of `files` (as ``releaseFiles(in:source:target:catalog:)`` lists them)
    /// to `sink`, and returns the warnings.
    ///
    /// The releases are read and built on every core a batch at a time, and written in order, so
    /// memory holds two batches whatever their number. The bytes are those of exporting them all
    /// at once; so is the error: the first release that cannot be read, in file order, else the
    /// first that cannot be exported. With `progress`, says how far it is.
    public func export(
        _ files: [(source: String, target: String?)], loader: ReleaseLoader, sourceLocale: String, targetLocale: String,
        to sink: @escaping ([UInt8]) throws -> Void, progress: ProgressLine? = nil
    ) throws -> [String] {
        let pending = files.map { PendingItem(source: $0.source, target: $0.target) }
        return try export(
            count: pending.count,
            item: { index in
                let file = pending[index]
                return Item(
                    source: try loader.load(file.source, locale: sourceLocale),
                    target: try file.target.map { try loader.load($0, locale: targetLocale) })
            },
            targetLocale: targetLocale, to: sink, progress: progress)
    }

    /// A release file and its translation's, to be read.
    private struct PendingItem: Sendable {
        var source: String
        var target: String?
    }
}
