#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The schema documents a schema pulls in, checked before libxml2 loads any of them.
///
/// libxml2 loads the targets of `xs:include`, `xs:import` and `xs:redefine` itself: with entity
/// substitution on, without `XML_PARSE_NONET`, and an import it cannot load costs only a warning.
/// Reading the graph first with our own reader refuses a DOCTYPE in any schema file, and turns a
/// remote `schemaLocation` into a located error before anything touches the network. (The OASIS
/// XLIFF schemas in shared/schemas import each other by relative paths only; their catalog.xml
/// files map namespaces to those same files, so we need no catalog.)
enum SchemaImports {
    static let schemaNamespace = "http://www.w3.org/2001/XMLSchema"
    private static let referencingElements: Set<String> = ["include", "import", "redefine", "override"]

    /// Checks the schema at `path` and every local schema it references, transitively.
    ///
    /// A reference to a missing local file is left for libxml2 to report as it always does.
    static func check(_ path: String) throws {
        var pending = [path]
        var seen: Set<String> = [canonicalPath(path) ?? path]
        while let file = pending.popLast() {
            let reader = try XMLReader(contentsOf: file)
            while let event = try reader.next() {
                guard case .startElement(let element) = event,
                    element.name.namespace == schemaNamespace,
                    referencingElements.contains(element.name.local),
                    let location = element.attribute("schemaLocation")
                else { continue }
                let target = try localPath(location, referencedFrom: file, by: element)
                if let canonical = canonicalPath(target), seen.insert(canonical).inserted {
                    pending.append(target)
                }
            }
        }
    }

    /// The file a `schemaLocation` names: relative to the referencing schema, absolute, or `file:`.
    private static func localPath(
        _ location: String, referencedFrom file: String, by element: XMLElementStart
    ) throws -> String {
        if let scheme = scheme(of: location) {
            guard scheme.lowercased() == "file" else {
                throw XMLError(
                    kind: .unreadable, file: file, line: element.line, column: element.column,
                    message:
                        "schemaLocation \"\(location)\" is not a local file; schemas are loaded offline only, use a local copy"
                )
            }
            let path = location.dropFirst(scheme.count + 1)
            return String(path.hasPrefix("//") ? path.dropFirst(2) : path)
        }
        if location.hasPrefix("/") { return location }
        guard let slash = file.lastIndex(of: "/") else { return location }
        return file[...slash] + location
    }

    /// The URI scheme (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`), if `location` has one.
    private static func scheme(of location: String) -> String? {
        guard let colon = location.firstIndex(of: ":") else { return nil }
        let scheme = location[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }

    /// The absolute path without symbolic links or `..`; `nil` if the file does not exist.
    private static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
