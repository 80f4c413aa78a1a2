@testable import BitextKit
import Foundation
import Testing

/// Everything Bitext writes validates against the OASIS schemas in `../shared/schemas`, checked here
/// through LibXML, and the copies shipped in `Schemas/` are those schemas.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFSchemaTests {
    /// Every fixture pair in every version: translated, source only, prefilled, with glossary hints.
    static let cases: [(String, XLIFFVersion)] = {
        guard Shared.available, let names = try? Shared.releasePairNames() else { return [] }
        return names.flatMap { name in XLIFFVersion.allCases.map { (name, $0) } }
    }()

    @Test(arguments: cases)
    func everyExportValidates(name: String, version: XLIFFVersion) throws {
        let korean = try XLIFFTesting.fixture(name, "ko"), english = try XLIFFTesting.fixture(name, "en")
        let validator = XLIFFValidator(schemas: try XLIFFTesting.sharedSchemas, strict: true)
        let exports = [
            ("translated", try XLIFFTesting.export(korean, english, version)),
            ("source only", try XLIFFTesting.export(korean, nil, version)),
            ("prefilled", try XLIFFTesting.export(korean, nil, version, prefill: true)),
            ("with glossary", try XLIFFTesting.export(korean, english, version, glossary: FakeGlossaryHints.mofa)),
            ("English to Korean", try XLIFFTesting.exporter(version).export([.init(source: english, target: korean)], targetLocale: "ko-KR").bytes),
        ]
        for (label, bytes) in exports {
            let violations = try validator.schemaViolations(of: bytes, url: "\(name) \(version) \(label)", against: .forExport(version))
            #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
            let report = try validator.validate(bytes: bytes, url: "\(name) \(version) \(label)")
            #expect(report.isValid, "\(report.problems.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func aFolderExportValidates() throws {
        let items = try Shared.releasePairNames().map { name in
            XLIFFExporter.Item(source: try XLIFFTesting.fixture(name, "ko"), target: try XLIFFTesting.fixture(name, "en"))
        }
        let validator = XLIFFValidator(schemas: try XLIFFTesting.sharedSchemas, strict: true)
        for version in XLIFFVersion.allCases {
            let bytes = try XLIFFTesting.exporter(version).export(items, targetLocale: "en-US").bytes
            let report = try validator.validate(bytes: bytes, url: "folder \(version)")
            #expect(report.isValid, "\(report.problems.map(\.description).joined(separator: "\n"))")
            #expect(try XLIFFTesting.read(bytes).files.count == 7)
        }
    }

    @Test(arguments: 0..<25)
    func randomReleasesValidate(seed: Int) throws {
        let pair = XLIFFRandomReleasePair.make(seed: UInt64(seed))
        let validator = XLIFFValidator(schemas: try XLIFFTesting.sharedSchemas, strict: true)
        for version in XLIFFVersion.allCases {
            let bytes = try XLIFFTesting.export(pair.source, pair.target, version, glossary: FakeGlossaryHints.mofa)
            let report = try validator.validate(bytes: bytes, url: "random \(seed) \(version)")
            #expect(report.isValid, "\(report.problems.map(\.description).joined(separator: "\n"))")
        }
    }

    /// `bitext validate` needs schemas at run time, so Bitext ships copies; they must not drift.
    @Test func shippedSchemasAreTheSharedOnes() throws {
        let shipped = try #require(XLIFFSchemas.locate(), "Schemas/ not found").resolvingSymlinksInPath()
        let shared = try Shared.url("schemas")
        let files = try #require(FileManager.default.enumerator(atPath: shipped.path)?.allObjects as? [String])
            .filter { $0.hasSuffix(".xsd") }
        #expect(files.count >= 40)
        for file in files {
            let mine = try Data(contentsOf: shipped.appendingPathComponent(file))
            let theirs = try Data(contentsOf: shared.appendingPathComponent(file))
            #expect(mine == theirs, "Schemas/\(file) differs from ../shared/schemas/\(file)")
        }
        for entry in XLIFFSchemas.Entry.allCases {
            #expect(FileManager.default.fileExists(atPath: XLIFFSchemas(directory: shipped).path(entry)), "\(entry.rawValue)")
        }
    }

    @Test(arguments: XLIFFSchemas.Entry.allCases)
    func everyEntryPointCompilesOffline(entry: XLIFFSchemas.Entry) throws {
        let validator = XLIFFValidator(schemas: try XLIFFSchemas.shipped())
        // An empty document is enough to compile the schema; it is of course not valid against it.
        let problems = try validator.schemaViolations(of: Array("<nothing/>".utf8), url: "empty.xml", against: entry)
        #expect(!problems.isEmpty)
    }
}
