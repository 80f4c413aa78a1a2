/// The TBX core structure (ISO 30042) as far as reading a term base needs it: which elements each
/// TBX version defines, and where the elements that carry terms may stand.
///
/// This is not a validator; dialect rules (TBX-Basic's data categories, TBX-Min's levels) are
/// left to Schematron. It knows enough that a file which would silently lose terms, such as one
/// with `<transaction>` for `<transac>` or a `<termSec>` with two terms, is an error instead.
enum TBXStructure {
    /// TBX v2 (ISO 30042:2008, root `martif`, TBX-Basic 2008) or v3 (ISO 30042:2019, root `tbx`).
    enum Version: Hashable, Sendable {
        case v2, v3

        init?(root: String) {
            switch root {
            case "martif": self = .v2
            case "tbx": self = .v3
            default: return nil
            }
        }

        /// The name used in messages.
        var name: String {
            switch self {
            case .v2: "TBX v2 (martif)"
            case .v3: "TBX v3"
            }
        }

        /// Every element the version's core structure defines (`TBXcoreStructV02.dtd`, `TBX_core.xsd`).
        var elements: Set<String> {
            switch self {
            case .v2: TBXStructure.v2Elements
            case .v3: TBXStructure.v3Elements
            }
        }
    }

    /// The namespace of TBX v3; TBX v2 has none.
    static let v3Namespace = "urn:iso:std:iso:30042:ed-2"

    private static let shared: Set<String> = [
        "admin", "adminGrp", "adminNote", "back", "body", "change", "date", "descrip", "descripGrp",
        "descripNote", "encodingDesc", "fileDesc", "foreign", "hi", "item", "itemGrp", "itemSet", "note",
        "p", "ph", "publicationStmt", "ref", "refObject", "revisionDesc", "sourceDesc", "term", "termNote",
        "termNoteGrp", "text", "title", "titleStmt", "transac", "transacGrp", "transacNote", "xref",
    ]
    private static let v2Elements = shared.union([
        "martif", "martifHeader", "termEntry", "langSet", "tig", "ntig", "termGrp", "termComp",
        "termCompGrp", "termCompList", "refObjectList", "bpt", "ept",
    ])
    private static let v3Elements = shared.union([
        "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", "refObjectSec", "sc", "ec",
    ])

    /// The only parents these elements may have.
    static let allowedParents: [String: Set<String>] = [
        "martifHeader": ["martif"], "tbxHeader": ["tbx"],
        "text": ["martif", "tbx"],
        "body": ["text"], "back": ["text"],
        "termEntry": ["body"], "conceptEntry": ["body"],
        "langSet": ["termEntry"], "langSec": ["conceptEntry"],
        "tig": ["langSet"], "ntig": ["langSet"], "termSec": ["langSec"],
        "termGrp": ["ntig"],
        "term": ["tig", "termGrp", "termSec"],
    ]

    /// The only children these elements may have.
    static let allowedChildren: [String: Set<String>] = [
        "martif": ["martifHeader", "text"], "tbx": ["tbxHeader", "text"],
        "text": ["body", "back"],
        "body": ["termEntry", "conceptEntry"],
    ]

    /// Elements that hold exactly one `term`, as their first child.
    static let termHolders: Set<String> = ["tig", "termGrp", "termSec"]

    /// Elements that stand for one term with everything said about it.
    static let termUnits: Set<String> = ["tig", "ntig", "termSec"]

    static let entries: Set<String> = ["termEntry", "conceptEntry"]
    static let languageSections: Set<String> = ["langSet", "langSec"]

    /// Data category elements, whose `type` the core structure requires.
    static let typed: Set<String> = [
        "admin", "adminNote", "descrip", "descripNote", "ref", "termNote", "transac", "transacNote", "xref",
    ]

    /// `termNote` types (and, in DCT-style files, element names) that say whether a term may be used.
    static let statusTypes: Set<String> = ["administrativeStatus", "usageStatus", "normativeAuthorization"]

    /// Inline elements whose content is native markup, not text of the term or note.
    static let codeElements: Set<String> = ["bpt", "ept", "ph"]
}
