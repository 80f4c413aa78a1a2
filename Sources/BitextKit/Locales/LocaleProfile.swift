import Foundation

/// Everything Bitext knows about writing releases in one locale, read from `Locales/<id>.json`.
///
/// Markers, chrome lines and metadata labels are data so that adding a locale,
/// or a new kind of page chrome, is a change to a JSON file rather than to code.
public struct LocaleProfile: Hashable, Sendable, Decodable {
    /// A line prefix that opens a block.
    public struct Marker: Hashable, Sendable, Decodable {
        /// Matched at the start of the line; group 1, if any, is the paragraph number.
        public var pattern: String
        public var kind: Block.Kind
        /// 1 for top-level items, 2 for their children, 3 for grandchildren.
        public var level: Int
    }

    /// How blocks are written when a release is rendered in this locale.
    public struct Style: Hashable, Sendable, Decodable {
        /// `{n}` is replaced by the item's number.
        public var paragraph: String
        public var heading: String
        public var bullet: String
        public var subBullet: String
        public var note: String
        /// `{date}` is replaced by the release date.
        public var dateLine: String
    }

    /// A labelled line of page metadata ("• Date : …", "조회수 2417").
    public struct MetadataRule: Hashable, Sendable, Decodable {
        public var field: String
        /// Group 1 is the value.
        public var pattern: String
    }

    /// The BCP 47 tag, such as `ko-KR`.
    public var locale: String
    /// The language subtag, which selects the language-aware rules and the SRX language rules.
    public var language: String
    public var name: String
    /// Codes that may appear in file names (`NAME.<code>.txt`).
    public var fileCodes: [String]
    public var markers: [Marker]
    public var style: Style
    /// Web-capture page chrome that can precede the title.
    public var chrome: [String]
    public var metadata: [MetadataRule]
    /// Lines that end the body of a web capture ("목록", "List").
    public var footer: [String]

    public var textLanguage: TextLanguage? { TextLanguage(rawValue: language) }
}
