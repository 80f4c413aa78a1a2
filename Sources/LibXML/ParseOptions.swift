internal import CLibXML2

/// libxml2 parser options, named for what they do; the C name is in each doc comment.
///
/// Only `secure` is used. The options that load or expand external content (`XML_PARSE_NOENT`,
/// `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`, `XML_PARSE_DTDVALID`, `XML_PARSE_XINCLUDE`) and the
/// ones that lift safety limits (`XML_PARSE_HUGE`, `XML_PARSE_RECOVER`) have deliberately no name here.
struct ParseOptions: OptionSet, Sendable {
    let rawValue: Int32

    init(rawValue: Int32) { self.rawValue = rawValue }

    private init(_ option: xmlParserOption) {
        rawValue = Int32(bitPattern: option.rawValue)
    }

    /// Never fetch http or ftp resources. `XML_PARSE_NONET`; it does not stop `file://`.
    static let noNetwork = ParseOptions(XML_PARSE_NONET)
    /// Line numbers beyond 65535 where libxml2 stores them in nodes. `XML_PARSE_BIG_LINES`.
    static let bigLines = ParseOptions(XML_PARSE_BIG_LINES)
    /// Nothing to stderr; diagnostics reach us through the structured handler.
    /// `XML_PARSE_NOERROR | XML_PARSE_NOWARNING`.
    static let noErrorOutput: ParseOptions = [ParseOptions(XML_PARSE_NOERROR), ParseOptions(XML_PARSE_NOWARNING)]
    /// `XML_PARSE_NO_XXE` from libxml2 2.13 on, nothing before (see `clibxml2_hardening_options`).
    static let hardening = ParseOptions(rawValue: clibxml2_hardening_options())

    /// The only options we parse with.
    static let secure: ParseOptions = [.noNetwork, .bigLines, .noErrorOutput, .hardening]
}
