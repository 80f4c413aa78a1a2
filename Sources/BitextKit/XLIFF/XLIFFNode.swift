/// An element of inline content or of another tool's extension, with everything below it.
public struct XLIFFElement: Hashable, Sendable {
    public var name: XLIFFName
    public var attributes: [XLIFFAttribute]
    public var namespaceDeclarations: [XLIFFNamespaceDeclaration]
    public var children: [XLIFFNode]

    public init(name: XLIFFName, attributes: [XLIFFAttribute] = [], namespaceDeclarations: [XLIFFNamespaceDeclaration] = [],
        children: [XLIFFNode] = []) {
        self.name = name
        self.attributes = attributes
        self.namespaceDeclarations = namespaceDeclarations
        self.children = children
    }

    /// The value of the attribute with this local name (in no namespace unless one is given).
    public func attribute(_ local: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }
}

/// Inline content (the text of a `<source>` or `<target>` with its codes and markers), or an extension's content.
public enum XLIFFNode: Hashable, Sendable {
    case text(String)
    case element(XLIFFElement)
}

extension Array where Element == XLIFFNode {
    /// Content that is plain text only.
    public static func plain(_ text: String) -> [XLIFFNode] { text.isEmpty ? [] : [.text(text)] }

    /// The text a reader of the release sees: markers and paired codes keep their content,
    /// placeholders give their textual equivalent (`equiv`, `equiv-text`, `<cp hex>`) or nothing,
    /// and the native code inside XLIFF 1.2 `ph`/`bpt`/`ept`/`it` is dropped (its `<sub>` text is kept).
    public var plainText: String {
        var result = ""
        for node in self { Self.appendText(of: node, to: &result, insideNativeCode: false) }
        return result
    }

    private static func appendText(of node: XLIFFNode, to result: inout String, insideNativeCode: Bool) {
        switch node {
        case .text(let text):
            if !insideNativeCode { result += text }
        case .element(let element):
            let name = element.name.local
            switch name {
            case "ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec":
                // XLIFF 1.2 `equiv-text`, XLIFF 2 `equiv`: the text a code stands for.
                if let equivalent = element.attribute("equiv-text") ?? element.attribute("equiv") {
                    result += equivalent
                }
                for child in element.children { appendText(of: child, to: &result, insideNativeCode: true) }
            case "sub":
                for child in element.children { appendText(of: child, to: &result, insideNativeCode: false) }
            case "cp":
                if let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    result.unicodeScalars.append(scalar)
                }
            case "sm", "em":
                break
            default:
                // g, pc, mrk, and anything unknown: the text inside counts.
                for child in element.children { appendText(of: child, to: &result, insideNativeCode: insideNativeCode) }
            }
        }
    }

    /// Every element in document order, depth first.
    public var descendantElements: [XLIFFElement] {
        var result: [XLIFFElement] = []
        func visit(_ nodes: [XLIFFNode]) {
            for case .element(let element) in nodes {
                result.append(element)
                visit(element.children)
            }
        }
        visit(self)
        return result
    }
}
