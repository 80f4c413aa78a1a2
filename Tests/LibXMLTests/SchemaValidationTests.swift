import Foundation
import Testing

@testable import LibXML

/// Validation against the OASIS schemas in shared/schemas, and schema loading itself.
@Suite struct SchemaValidationTests {
    static let xliff20 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
               version="2.0" srcLang="en" trgLang="de">
          <file id="f1">
            <unit id="u1">
              <mda:metadata><mda:metaGroup><mda:meta type="note">ok</mda:meta></mda:metaGroup></mda:metadata>
              <segment>
                <source>Click <ph id="1"/> to save</source>
                <target>Klicken Sie <ph id="1"/> zum Speichern</target>
              </segment>
            </unit>
          </file>
        </xliff>
        """

    static let invalidXLIFF20 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
          <file id="f1">
            <unit>
              <segment>
                <source>Hello</source>
                <bogus/>
              </segment>
            </unit>
          </file>
        </xliff>
        """

    static let xliff12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="app.strings" source-language="en" target-language="de" datatype="plaintext">
            <body>
              <trans-unit id="1" xml:space="preserve">
                <source>Hello <g id="b">world</g></source>
                <target state="translated">Hallo <g id="b">Welt</g></target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """

    static let invalidXLIFF12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="app.strings" source-language="en" datatype="plaintext">
            <body>
              <trans-unit>
                <source>Hello</source>
                <target state="done">Hallo</target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """

    private func schema(_ relative: String) throws -> XMLSchema {
        try XMLSchema(contentsOf: try SharedFolder.require("schemas/" + relative))
    }

    private func validate(_ xml: String, against schema: XMLSchema) throws -> [XMLError] {
        try schema.validate(bytes: Array(xml.utf8), url: "doc.xlf")
    }

    @Test(arguments: [
        "xliff-2.0/xliff_2.0_all_modules.xsd", "xliff-2.1/xliff_2.1_all_modules.xsd", "xliff-2.0/xliff_core_2.0.xsd",
    ])
    func validXLIFF20(_ schemaPath: String) throws {
        let schema = try schema(schemaPath)
        #expect(try validate(Self.xliff20, against: schema) == [])
    }

    @Test(arguments: ["xliff-2.0/xliff_2.0_all_modules.xsd", "xliff-2.1/xliff_2.1_all_modules.xsd"])
    func invalidXLIFF20(_ schemaPath: String) throws {
        let violations = try validate(Self.invalidXLIFF20, against: try schema(schemaPath))
        #expect(violations.map(\.kind) == [.invalid, .invalid])
        #expect(violations.map(\.file) == ["doc.xlf", "doc.xlf"])
        #expect(violations.map(\.line) == [4, 7])
        #expect(violations.first?.message.contains("'id' is required") == true)
        #expect(violations.last?.message.contains("bogus") == true)
    }

    @Test func moduleContentIsCheckedOnlyWithTheModuleSchemas() throws {
        let badModule = Self.xliff20.replacing("<mda:meta type=\"note\">ok</mda:meta>", with: "<mda:bogus/>")
        #expect(try validate(badModule, against: try schema("xliff-2.0/xliff_core_2.0.xsd")) == [])
        let violations = try validate(badModule, against: try schema("xliff-2.1/xliff_2.1_all_modules.xsd"))
        #expect(violations.count == 1)
        #expect(violations.first?.line == 6)
    }

    @Test func validXLIFF12() throws {
        #expect(try validate(Self.xliff12, against: try schema("xliff-1.2/xliff-core-1.2-strict.xsd")) == [])
    }

    @Test func invalidXLIFF12() throws {
        let violations = try validate(Self.invalidXLIFF12, against: try schema("xliff-1.2/xliff-core-1.2-strict.xsd"))
        // Missing id, bad state value, and the key constraint the missing id breaks (at the end tag);
        // the same lines as `xmllint --stream --schema`.
        #expect(violations.map(\.line) == [5, 7, 8])
        #expect(violations.allSatisfy { $0.kind == .invalid && $0.column > 0 })
        #expect(violations.first?.description.hasPrefix("doc.xlf:5:") == true)
        #expect(violations.first?.message.hasSuffix("The attribute 'id' is required but missing.") == true)
    }

    @Test func validatesAFile() throws {
        let schema = try schema("xliff-1.2/xliff-core-1.2-strict.xsd")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("bad.xlf", Self.invalidXLIFF12)
        let violations = try schema.validate(contentsOf: path)
        #expect(violations.map(\.file) == [path, path, path])
    }

    @Test func inputThatIsNotWellFormedOrHostileThrows() throws {
        let schema = try schema("xliff-1.2/xliff-core-1.2-strict.xsd")
        let truncated = String(Self.xliff12.dropLast(20))
        #expect(throws: XMLError.self) { try validate(truncated, against: schema) }
        let doctype = Self.xliff12.replacing(
            "<xliff version", with: "<!DOCTYPE xliff [<!ENTITY e \"x\">]>\n<xliff version")
        let error = #expect(throws: XMLError.self) { try validate(doctype, against: schema) }
        #expect(error?.kind == .hostile)
        #expect(throws: XMLError.self) { try schema.validate(contentsOf: "/nonexistent.xlf") }
    }

    @Test func oneSchemaValidatesConcurrently() async throws {
        let schema = try schema("xliff-2.1/xliff_2.1_all_modules.xsd")
        let documents = [Self.xliff20, Self.invalidXLIFF20]
        let expected = try documents.map { try validate($0, against: schema) }
        try await withThrowingTaskGroup(of: (Int, [XMLError]).self) { group in
            for index in 0..<64 {
                group.addTask {
                    (index % 2, try schema.validate(bytes: Array(documents[index % 2].utf8), url: "doc.xlf"))
                }
            }
            for try await (document, violations) in group {
                #expect(violations == expected[document])
            }
        }
    }
}
