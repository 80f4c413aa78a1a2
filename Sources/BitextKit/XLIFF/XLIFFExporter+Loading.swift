extension XLIFFExporter {
    /// The releases of `files` (as ``releaseFiles(in:source:target:catalog:)`` lists them), read on
    /// every core, in order; the first error in file order is thrown, as reading them one by one
    /// would throw it. With `progress`, says how far it is.
    public static func loadItems(
        _ files: [(source: String, target: String?)], loader: ReleaseLoader, sourceLocale: String, targetLocale: String,
        progress: ProgressLine? = nil
    ) throws -> [Item] {
        progress?.totalItems = files.count
        defer { progress?.finish() }
        var units = 0
        return try ParallelMap.map(
            files.map { PendingItem(source: $0.source, target: $0.target) },
            afterBatch: { done, batch in
                units += batch.reduce(0) { $0 + $1.source.units.count }
                progress?.update(units: units, done: done)
            }
        ) { file in
            Item(
                source: try loader.load(file.source, locale: sourceLocale),
                target: try file.target.map { try loader.load($0, locale: targetLocale) })
        }
    }

    /// A release file and its translation's, to be read.
    private struct PendingItem: Sendable {
        var source: String
        var target: String?
    }
}
