import LibXML

/// The markup layer under `XLIFF2Writer` and `XLIFF12Writer`: indentation between structural
/// elements, none inside content, and namespace declarations wherever a kept element needs one.
///
/// Indentation is written by hand because whitespace inside `<source>` and `<target>` is content
/// (LIBXML2.md, pitfall 4). Elements kept from other tools are re-declared where their prefix is not
/// in scope, so a re-export stays namespace-well-formed however the input spread its declarations.
final class XLIFFMarkupWriter {
    private let writer: XMLWriter
    /// All the mutable state, as one value: each step reaches the object's storage once (every
    /// access of a class's property is checked at run time, and a unit makes a few hundred steps).
    private var state = State()

    /// Collects the output in memory; `finish()` returns it.
    init() {
        writer = XMLWriter()
    }

    /// Writes through `sink`, called with each chunk as it is ready; `finish()` returns nothing.
    init(sink: @escaping ([UInt8]) throws -> Void) {
        writer = XMLWriter(sink: sink)
    }

    func startDocument() throws { try writer.startDocument() }

    @discardableResult
    func finish() throws -> [UInt8] { try writer.finish() }

    /// Opens a structural element on a new, indented line.
    func open(_ local: String, namespace: String? = nil, prefix: String? = nil,
        declarations: [XLIFFNamespaceDeclaration] = []) throws {
        try update { state in
            try open(XLIFFName(local, namespace: namespace, prefix: prefix), declarations: declarations, &state)
        }
    }

    /// Closes the innermost structural element.
    func close() throws {
        try update { state in
            let hadChildren = state.hasStructuralChildren.removeLast()
            if hadChildren { try writer.raw(state.lineBreak(depth: state.hasStructuralChildren.count)) }
            try end(&state)
        }
    }

    /// Writes `<name attributes…>content</name>` on a new line, with the content exactly as given.
    func leaf(_ local: String, namespace: String? = nil, prefix: String? = nil, attributes: [(String, String?)] = [],
        other: [XLIFFAttribute] = [], content: [XLIFFNode]) throws {
        try update { state in
            try open(XLIFFName(local, namespace: namespace, prefix: prefix), declarations: [], &state)
            for (name, value) in attributes {
                if let value { try writer.attribute(name, value) }
            }
            for attribute in other { try self.attribute(attribute, &state) }
            try self.content(content, &state)
            state.hasStructuralChildren.removeLast()
            try end(&state)
        }
    }

    /// ``leaf(_:namespace:prefix:attributes:other:content:)`` with plain text (none if empty).
    func leaf(_ local: String, namespace: String? = nil, prefix: String? = nil, attributes: [(String, String?)] = [],
        other: [XLIFFAttribute] = [], text: String) throws {
        try update { state in
            try open(XLIFFName(local, namespace: namespace, prefix: prefix), declarations: [], &state)
            for (name, value) in attributes {
                if let value { try writer.attribute(name, value) }
            }
            for attribute in other { try self.attribute(attribute, &state) }
            if !text.isEmpty { try writer.text(text) }
            state.hasStructuralChildren.removeLast()
            try end(&state)
        }
    }

    /// Writes a kept element (another tool's extension) on a new line, its inside as read.
    func extensionElement(_ element: XLIFFElement) throws {
        try update { state in
            try open(element.name, declarations: element.namespaceDeclarations, &state)
            for attribute in element.attributes { try self.attribute(attribute, &state) }
            try content(element.children, &state)
            state.hasStructuralChildren.removeLast()
            try end(&state)
        }
    }

    /// An unprefixed attribute in no namespace; nothing is written for `nil`.
    func attribute(_ local: String, _ value: String?) throws {
        guard let value else { return }
        try writer.attribute(local, value)
    }

    func attribute(_ attribute: XLIFFAttribute) throws {
        try update { state in try self.attribute(attribute, &state) }
    }

    /// Inline content: text and elements, exactly as given.
    func content(_ nodes: [XLIFFNode]) throws {
        try update { state in try content(nodes, &state) }
    }

    // MARK: Steps

    private struct State {
        /// The namespaces in scope, per open element.
        var scopes = [Scope()]
        /// Per open element: whether a structural child was written (its end tag then goes on a line of its own).
        var hasStructuralChildren: [Bool] = []
        /// A newline and the indentation of each depth, made once.
        var lineBreaks = ["\n"]

        mutating func lineBreak(depth: Int) -> String {
            while lineBreaks.count <= depth { lineBreaks.append(lineBreaks[lineBreaks.count - 1] + "  ") }
            return lineBreaks[depth]
        }
    }

    /// The namespaces in scope at an element: the default one (`""` for none), under the prefix
    /// `""`, and the prefixes bound.
    private struct Scope {
        var defaultNamespace = ""
        var prefixes = ["xml": XMLName.xmlNamespace]

        subscript(prefix: String) -> String? {
            get { prefix.isEmpty ? defaultNamespace : prefixes[prefix] }
            set {
                if prefix.isEmpty { defaultNamespace = newValue ?? "" } else { prefixes[prefix] = newValue }
            }
        }
    }

    private func update<Result>(_ body: (inout State) throws -> Result) throws -> Result {
        try body(&state)
    }

    private func open(_ name: XLIFFName, declarations: [XLIFFNamespaceDeclaration], _ state: inout State) throws {
        if !state.hasStructuralChildren.isEmpty {
            state.hasStructuralChildren[state.hasStructuralChildren.count - 1] = true
            try writer.raw(state.lineBreak(depth: state.hasStructuralChildren.count))
        }
        try start(name, declarations: declarations, &state)
        state.hasStructuralChildren.append(false)
    }

    private func attribute(_ attribute: XLIFFAttribute, _ state: inout State) throws {
        guard let namespace = attribute.name.namespace, !namespace.isEmpty else {
            return try writer.attribute(attribute.name.local, attribute.value)
        }
        if namespace == XMLName.xmlNamespace {
            return try writer.attribute(attribute.name.local, attribute.value, prefix: "xml")
        }
        let prefix = try prefixInScope(for: namespace, preferred: attribute.name.prefix, &state)
        try writer.attribute(attribute.name.local, attribute.value, prefix: prefix)
    }

    private func content(_ nodes: [XLIFFNode], _ state: inout State) throws {
        for node in nodes {
            switch node {
            case .text(let text): try writer.text(text)
            case .element(let element):
                try start(element.name, declarations: element.namespaceDeclarations, &state)
                for attribute in element.attributes { try self.attribute(attribute, &state) }
                try content(element.children, &state)
                try end(&state)
            }
        }
    }

    // MARK: Namespaces

    private func start(_ name: XLIFFName, declarations: [XLIFFNamespaceDeclaration], _ state: inout State) throws {
        let namespace = name.namespace ?? ""
        var scope = state.scopes[state.scopes.count - 1]
        // Most elements declare nothing and are in the default namespace.
        if declarations.isEmpty && scope.defaultNamespace == namespace {
            try writer.startElement(name.local)
            state.scopes.append(scope)
            return
        }
        var pending: [(String?, String)] = []
        for declaration in declarations where scope[declaration.prefix ?? ""] != declaration.uri {
            scope[declaration.prefix ?? ""] = declaration.uri
            pending.append((declaration.prefix, declaration.uri))
        }
        // An element in the default namespace is written without its prefix, whatever the input used.
        var prefix: String?
        if scope.defaultNamespace != namespace {
            if let written = name.prefix, !namespace.isEmpty {
                prefix = written
                if scope[written] != namespace {
                    scope[written] = namespace
                    pending.append((written, namespace))
                }
            } else {
                scope.defaultNamespace = namespace
                pending.append((nil, namespace))
            }
        }
        try writer.startElement(name.local, prefix: prefix)
        for (prefix, uri) in pending { try writer.namespaceDeclaration(prefix: prefix, uri: uri) }
        state.scopes.append(scope)
    }

    private func end(_ state: inout State) throws {
        try writer.endElement()
        state.scopes.removeLast()
    }

    /// A prefix bound to `namespace` on the element just opened, declaring one there if needed.
    private func prefixInScope(for namespace: String, preferred: String?, _ state: inout State) throws -> String {
        var scope = state.scopes[state.scopes.count - 1]
        if let preferred, scope[preferred] == namespace { return preferred }
        if let bound = scope.prefixes.filter({ $0.value == namespace }).keys.sorted().first { return bound }
        var prefix = preferred ?? "ns"
        var counter = 1
        while scope[prefix] != nil {
            counter += 1
            prefix = "\(preferred ?? "ns")\(counter)"
        }
        try writer.namespaceDeclaration(prefix: prefix, uri: namespace)
        scope[prefix] = namespace
        state.scopes[state.scopes.count - 1] = scope
        return prefix
    }
}
