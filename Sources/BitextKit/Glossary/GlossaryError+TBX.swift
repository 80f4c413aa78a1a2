extension GlossaryError {
    /// What is wrong with the structure of a TBX file, found while it is read.
    ///
    /// The reader checks what TBX core structure (ISO 30042) requires of the parts a term base is
    /// made of, not every rule of a dialect: an element that is not TBX at all (a typo such as
    /// `<transaction>` for `<transac>` would otherwise drop data without a word), a term that is
    /// not where a term belongs, a term section without exactly one term, a language section
    /// without its language, a data category without its type, and a status no one can act on.
    public enum TBXProblem: Hashable, Sendable {
        /// An element in the TBX namespace that the file's TBX version does not define.
        case unknownElement(name: String, version: String)
        /// A TBX element inside an element that may not contain it.
        case misplacedElement(name: String, parent: String)
        /// A `termSec`, `tig` or `termGrp` whose first element is not its `term`.
        case termNotFirst(container: String)
        /// A second `term` in a `termSec`, `tig` or `termGrp`.
        case secondTerm(container: String)
        /// A `termSec`, `tig` or `termGrp` without a `term`.
        case missingTerm(container: String)
        /// A `langSet` or `langSec` without `xml:lang`.
        case missingLanguage(element: String)
        /// A data category element (`termNote`, `descrip`, `admin`, …) without a `type`.
        case missingType(element: String)
        /// An `administrativeStatus` (or `usageStatus`) value that is neither approving nor forbidding.
        case invalidStatus(type: String, value: String)

        /// One human sentence.
        public var message: String {
            switch self {
            case .unknownElement(let name, let version):
                return "<\(name)> is not an element of \(version)."
            case .misplacedElement(let name, let parent):
                return "<\(name)> may not appear inside <\(parent)>."
            case .termNotFirst(let container):
                return "a <\(container)> must start with its <term>."
            case .secondTerm(let container):
                return "a <\(container)> holds exactly one <term>, and this is a second one."
            case .missingTerm(let container):
                return "this <\(container)> has no <term>."
            case .missingLanguage(let element):
                return "<\(element)> needs an xml:lang attribute naming the language of its terms."
            case .missingType(let element):
                return "<\(element)> needs a type attribute naming its data category."
            case .invalidStatus(let type, let value):
                return "\(type) “\(value)” is not a status Bitext knows; use preferredTerm-admn-sts, "
                    + "admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts."
            }
        }
    }
}
