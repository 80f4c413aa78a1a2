import Foundation
import Testing

@testable import LibXML

/// Loading schemas: offline, DOCTYPE-free, and with located errors.
@Suite struct SchemaLoadingTests {
    private func schemaFile(_ body: String, imports: String = "") -> String {
        """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
          \(imports)
          \(body)
        </xs:schema>
        """
    }

    @Test func loadsRelativeIncludes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path + "/parts", withIntermediateDirectories: true)
        _ = try directory.write(
            "parts/types.xsd",
            schemaFile(
                "<xs:simpleType name=\"code\"><xs:restriction base=\"xs:string\"><xs:length value=\"2\"/></xs:restriction></xs:simpleType>"
            ))
        let main = try directory.write(
            "main.xsd",
            schemaFile(
                "<xs:element name=\"lang\" type=\"code\"/>", imports: "<xs:include schemaLocation=\"parts/types.xsd\"/>"
            ))
        let schema = try XMLSchema(contentsOf: main)
        #expect(schema.path == main)
        #expect(try schema.validate(bytes: Array("<lang xmlns=\"urn:t\">en</lang>".utf8), url: "ok.xml") == [])
        #expect(try schema.validate(bytes: Array("<lang xmlns=\"urn:t\">eng</lang>".utf8), url: "bad.xml").count == 1)
    }

    @Test func remoteImportFailsCleanlyWithoutNetwork() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let main = try directory.write(
            "main.xsd",
            schemaFile(
                "<xs:element name=\"a\"/>",
                imports: "<xs:import namespace=\"urn:r\" schemaLocation=\"http://192.0.2.1/r.xsd\"/>"))
        let elapsed = ContinuousClock().measure {
            let error = #expect(throws: XMLError.self) { try XMLSchema(contentsOf: main) }
            #expect(error?.kind == .unreadable)
            #expect(error?.file == main)
            #expect(error?.line == 3)
            #expect(error?.message.contains("http://192.0.2.1/r.xsd") == true)
        }
        #expect(elapsed < .seconds(1))
    }

    @Test func schemaWithDoctypeIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let main = try directory.write(
            "main.xsd",
            "<!DOCTYPE xs:schema [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + schemaFile("<xs:element name=\"a\"/>"))
        let error = #expect(throws: XMLError.self) { try XMLSchema(contentsOf: main) }
        #expect(error?.kind == .hostile)
    }

    @Test func brokenSchemaIsInvalidAndLocated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let main = try directory.write("main.xsd", schemaFile("<xs:element name=\"a\" type=\"undefinedType\"/>"))
        let error = #expect(throws: XMLError.self) { try XMLSchema(contentsOf: main) }
        #expect(error?.kind == .invalid)
        #expect(error?.file == main)
        #expect(error?.line == 4)
    }

    @Test func missingSchemaIsUnreadable() {
        let error = #expect(throws: XMLError.self) { try XMLSchema(contentsOf: "/nonexistent/schema.xsd") }
        #expect(error?.kind == .unreadable)
        #expect(error?.file == "/nonexistent/schema.xsd")
    }

    @Test func missingImportIsAWarning() throws {
        // libxml2 skips an import it cannot find; shared/schemas/xliff-2.2/itsm.xsd relies on that.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let main = try directory.write(
            "main.xsd",
            schemaFile(
                "<xs:element name=\"a\"/>", imports: "<xs:import namespace=\"urn:m\" schemaLocation=\"missing.xsd\"/>"))
        let schema = try XMLSchema(contentsOf: main)
        #expect(
            schema.warnings.contains { $0.file == main && $0.line == 3 && $0.message.hasSuffix("Skipping the import.") }
        )
    }
}
