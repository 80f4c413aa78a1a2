import LibXML

/// The markup layer under `XLIFF2Writer` and `XLIFF12Writer`: indentation between structural
/// elements, none inside content, and namespace declarations wherever a kept element needs one.
///
/// Indentation is written by hand because whitespace inside `<source>` and `<target>` is content
/// (LIBXML2.md, pitfall 4). Elements kept from other tools are re-declared where their prefix is not
/// in scope, so a re-export stays namespace-well-formed however the input spread its declarations.
final class XLIFFMarkupWriter {
    private let writer = XMLWriter()
    /// In-scope prefixes per open element; "" is the default namespace.
    private var scopes: [[String: String]] = [["xml": XMLName.xmlNamespace, "": ""]]
    /// Per open element: whether a structural child was written (its end tag then goes on a line of its own).
    private var hasStructuralChildren: [Bool] = []

    func startDocument() throws { try writer.startDocument() }

    func finish() throws -> [UInt8] { try writer.finish() }

    /// Opens a structural element on a new, indented line.
    func open(_ local: String, namespace: String? = nil, prefix: String? = nil,
        declarations: [XLIFFNamespaceDeclaration] = []) throws {
        if !hasStructuralChildren.isEmpty {
            hasStructuralChildren[hasStructuralChildren.count - 1] = true
            try writer.raw("\n" + String(repeating: "  ", count: hasStructuralChildren.count))
        }
        try start(XLIFFName(local, namespace: namespace, prefix: prefix), declarations: declarations)
        hasStructuralChildren.append(false)
    }

    /// Closes the innermost structural element.
    func close() throws {
        let hadChildren = hasStructuralChildren.removeLast()
        if hadChildren { try writer.raw("\n" + String(repeating: "  ", count: hasStructuralChildren.count)) }
        try end()
    }

    /// Writes `<name attributes…>content</name>` on a new line, with the content exactly as given.
    func leaf(_ local: String, namespace: String? = nil, prefix: String? = nil, attributes: [(String, String?)] = [],
        other: [XLIFFAttribute] = [], content: [XLIFFNode]) throws {
        try open(local, namespace: namespace, prefix: prefix)
        for (name, value) in attributes { try attribute(name, value) }
        for attribute in other { try self.attribute(attribute) }
        try self.content(content)
        hasStructuralChildren.removeLast()
        try end()
    }

    func leaf(_ local: String, namespace: String? = nil, prefix: String? = nil, attributes: [(String, String?)] = [],
        other: [XLIFFAttribute] = [], text: String) throws {
        try leaf(local, namespace: namespace, prefix: prefix, attributes: attributes, other: other, content: .plain(text))
    }

    /// Writes a kept element (another tool's extension) on a new line, its inside as read.
    func extensionElement(_ element: XLIFFElement) throws {
        try open(element.name.local, namespace: element.name.namespace, prefix: element.name.prefix,
            declarations: element.namespaceDeclarations)
        for attribute in element.attributes { try self.attribute(attribute) }
        try content(element.children)
        hasStructuralChildren.removeLast()
        try end()
    }

    /// An unprefixed attribute in no namespace; nothing is written for `nil`.
    func attribute(_ local: String, _ value: String?) throws {
        guard let value else { return }
        try writer.attribute(local, value)
    }

    func attribute(_ attribute: XLIFFAttribute) throws {
        guard let namespace = attribute.name.namespace, !namespace.isEmpty else {
            return try writer.attribute(attribute.name.local, attribute.value)
        }
        if namespace == XMLName.xmlNamespace {
            return try writer.attribute(attribute.name.local, attribute.value, prefix: "xml")
        }
        let prefix = try prefixInScope(for: namespace, preferred: attribute.name.prefix)
        try writer.attribute(attribute.name.local, attribute.value, prefix: prefix)
    }

    /// Inline content: text and elements, exactly as given.
    func content(_ nodes: [XLIFFNode]) throws {
        for node in nodes {
            switch node {
            case .text(let text): try writer.text(text)
            case .element(let element):
                try start(element.name, declarations: element.namespaceDeclarations)
                for attribute in element.attributes { try self.attribute(attribute) }
                try content(element.children)
                try end()
            }
        }
    }

    // MARK: Namespaces

    private func start(_ name: XLIFFName, declarations: [XLIFFNamespaceDeclaration]) throws {
        var scope = scopes[scopes.count - 1]
        var pending: [(String?, String)] = []
        for declaration in declarations where scope[declaration.prefix ?? ""] != declaration.uri {
            scope[declaration.prefix ?? ""] = declaration.uri
            pending.append((declaration.prefix, declaration.uri))
        }
        // An element in the default namespace is written without its prefix, whatever the input used.
        let namespace = name.namespace ?? ""
        var prefix: String?
        if scope[""] != namespace {
            if let written = name.prefix, !namespace.isEmpty {
                prefix = written
                if scope[written] != namespace {
                    scope[written] = namespace
                    pending.append((written, namespace))
                }
            } else {
                scope[""] = namespace
                pending.append((nil, namespace))
            }
        }
        try writer.startElement(name.local, prefix: prefix)
        for (prefix, uri) in pending { try writer.namespaceDeclaration(prefix: prefix, uri: uri) }
        scopes.append(scope)
    }

    private func end() throws {
        try writer.endElement()
        scopes.removeLast()
    }

    /// A prefix bound to `namespace` on the element just opened, declaring one there if needed.
    private func prefixInScope(for namespace: String, preferred: String?) throws -> String {
        var scope = scopes[scopes.count - 1]
        if let preferred, scope[preferred] == namespace { return preferred }
        if let bound = scope.filter({ $0.key != "" && $0.value == namespace }).keys.sorted().first { return bound }
        var prefix = preferred ?? "ns"
        var counter = 1
        while scope[prefix] != nil {
            counter += 1
            prefix = "\(preferred ?? "ns")\(counter)"
        }
        try writer.namespaceDeclaration(prefix: prefix, uri: namespace)
        scope[prefix] = namespace
        scopes[scopes.count - 1] = scope
        return prefix
    }
}
