/// The metadata Bitext writes into XLIFF so that import can rebuild a release's layout.
///
/// XLIFF 2 carries it in the Metadata module (`<mda:meta type="kind">bullet</mda:meta>`), XLIFF 1.2
/// in `<context-group>`s, whose `context-type` must be a listed value or start with `x-`
/// (`<context context-type="x-bitext-kind">bullet</context>`).
enum BitextMetadata: String, CaseIterable {
    /// The block's kind: `title`, `paragraph`, `heading`, `bullet` or `note`.
    case kind
    /// The block's marker as written in the source release ("1.", "ㅇ", "□").
    case marker
    /// The block's line in the source release.
    case line
    /// The release date of the source, and of the target where one was exported.
    case date
    case targetDate = "target-date"

    /// Release-level entries: the file's metadata in 2.x, the title unit's in 1.2.
    static let releaseCategory = "release"
    static let blockCategory = "block"

    func type(for version: XLIFFVersion) -> String {
        version.isVersion2 ? rawValue : "x-bitext-" + rawValue
    }

    /// The value in `groups`, whichever version's spelling it was written with.
    func value(in groups: [XLIFFMetaGroup]) -> String? {
        for group in groups {
            for entry in group.entries where entry.type == rawValue || entry.type == "x-bitext-" + rawValue {
                return entry.value
            }
        }
        return nil
    }
}
