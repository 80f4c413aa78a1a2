/// What was compared in one release pair or XLIFF file, kept for reports that show the text
/// itself (the side-by-side HTML page), not only the findings.
public struct CheckedDocument: Hashable, Sendable {
    /// One unit as the reviewer sees it: both texts, with the glossary terms found in each.
    public struct Unit: Hashable, Sendable {
        public var id: String
        /// 0 for the title, 1 for top-level items, 2 for bullets, 3 for sub-bullets.
        public var depth: Int
        public var source: String
        public var target: String?
        public var sourceLine: Int?
        public var targetLine: Int?
        /// Glossary terms found, as ranges into `source` and `target`.
        public var sourceTerms: [Range<String.Index>]
        public var targetTerms: [Range<String.Index>]

        public init(id: String, depth: Int, source: String, target: String?, sourceLine: Int?, targetLine: Int?,
            sourceTerms: [Range<String.Index>] = [], targetTerms: [Range<String.Index>] = []) {
            self.id = id
            self.depth = depth
            self.source = source
            self.target = target
            self.sourceLine = sourceLine
            self.targetLine = targetLine
            self.sourceTerms = sourceTerms
            self.targetTerms = targetTerms
        }
    }

    /// The source release, or the XLIFF file for both sides of an XLIFF document.
    public var sourceFile: String
    public var targetFile: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var units: [Unit]

    public init(sourceFile: String, targetFile: String, sourceLanguage: String, targetLanguage: String, units: [Unit]) {
        self.sourceFile = sourceFile
        self.targetFile = targetFile
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }
}
