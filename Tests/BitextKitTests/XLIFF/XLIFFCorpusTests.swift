@testable import BitextKit
import Foundation
import Testing

/// Real-world XLIFF from public projects (`../shared/corpus`): every file gets an answer.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFCorpusTests {
    static let extensions: Set<String> = ["xlf", "xliff", "xlf2", "sdlxliff"]

    /// The XLIFF files below `folder` of the corpus, relative to the corpus, sorted.
    static func files(in folder: String) -> [String] {
        guard let root = try? Shared.url("corpus"),
            let all = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?.allObjects as? [String]
        else { return [] }
        return all.filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension) }.map { "\(folder)/\($0)" }.sorted()
    }

    static func path(_ file: String) throws -> String { try Shared.url("corpus/\(file)").path }

    /// The one corpus file with a DOCTYPE (`<!DOCTYPE foo>`, from Symfony's tests): refused on principle.
    static let withDoctype = "xliff12/symfony/fixture-withdoctype.xlf"

    @Test func theCorpusIsThere() {
        #expect(Self.files(in: "xliff12").count == 57)
        #expect(Self.files(in: "xliff2").count == 64)
        #expect(Self.files(in: "xliff-invalid").count == 61)
    }

    @Test(arguments: files(in: "xliff12") + files(in: "xliff2"))
    func everyFileIsRead(file: String) throws {
        let reader = try XLIFFReader(contentsOf: Self.path(file))
        if file == Self.withDoctype {
            #expect {
                try reader.readDocument()
            } throws: { error in
                guard case XLIFFError.xml(let xml) = error else { return false }
                return xml.kind == .hostile && xml.line == 2
            }
            return
        }
        let document = try reader.readDocument()
        #expect(!document.files.isEmpty)
        // Each unit's text comes out, and a re-export reads back to the same units.
        let again = try XLIFFTesting.read(document.serialized(), url: file)
        #expect(again.units.map(\.id) == document.units.map(\.id))
        #expect(again.units.map(\.sourceText) == document.units.map(\.sourceText))
        #expect(again.units.map(\.targetText) == document.units.map(\.targetText))
    }

    /// What `bitext check` reads (each `<file>` recorded by the parsing thread, its units read
    /// from the recording without notes or metadata) is what the whole document holds.
    @Test(arguments: files(in: "xliff12") + files(in: "xliff2"))
    func checkReadsTheSameUnitsAsTheDocument(file: String) throws {
        guard file != Self.withDoctype else { return }
        let path = try Self.path(file)
        let document = try XLIFFReader(contentsOf: path).readDocument()
        // Each <file> recorded whole, and in pieces of about 200 bytes (read as they come).
        for pieceSize in [XLIFFRecordingStream.defaultPieceSize, 200] {
            let stream = try XLIFFFileStream(path: path, pieceSize: pieceSize)
            var streamed: [XLIFFFileUnits] = []
            while let recorded = try stream.next() {
                if let units = try recorded.read() { streamed.append(units) }
            }
            expectSameUnits(streamed, as: document)
        }
    }

    private func expectSameUnits(_ streamed: [XLIFFFileUnits], as document: XLIFFDocument) {
        let files = document.files.filter { !$0.units.isEmpty }
        #expect(streamed.map(\.file.original) == files.map(\.original))
        #expect(streamed.map(\.file.sourceLanguage) == files.map(\.sourceLanguage))
        let expected = files.flatMap(\.units), units = streamed.flatMap(\.units)
        #expect(units.map(\.id) == expected.map(\.id))
        #expect(units.map(\.translate) == expected.map(\.translate))
        #expect(units.map(\.sourceText) == expected.map(\.sourceText))
        #expect(units.map(\.targetText) == expected.map(\.targetText))
        #expect(units.map(\.segments) == expected.map(\.segments))
        #expect(units.map(\.location) == expected.map(\.location))
        #expect(units.map(\.targetIsMerged) == expected.map(\.targetIsMerged))
    }

    /// Unit and segment counts of a representative handful, as PROVENANCE.md lists them.
    @Test(arguments: [
        ("xliff12/angular/algorea-messages.fr.xlf", 766, nil as Int?),
        ("xliff12/okapi/Studio2009-test2_es.xlf", 708, nil),
        ("xliff12/okapi/MQ-12-Test01.xlf", 119, nil),
        ("xliff12/symfony/validators.de.xlf", 116, 116),
        ("xliff12/xcode/KeepingYouAwake/de.xcloc/Localized Contents/de.xliff", 71, 71),
        ("xliff12/okapi/PAS-10-Test01.xlf", 158, 158),
        ("xliff2/openxliff/OpenXLIFF_Java_es.xlf", 519, 519),
        ("xliff2/matecat/sample-20-segmented.xlf", 1, 4),
        ("xliff2/oasis-2.1/in-out/toSegment1_out.xlf", 1, 8),
        ("xliff2/oasis-2.1/core/everything-core.xlf", 4, 5),
        ("xliff2/matecat/uber-v2.xliff", 9, 10),
        ("xliff2/symfony/resources-2.0-multi-segment-unit.xlf", 1, 2),
    ])
    func countsOfARepresentativeHandful(file: String, units: Int, segments: Int?) throws {
        let document = try XLIFFReader(contentsOf: Self.path(file)).readDocument()
        #expect(document.units.count == units)
        if let segments {
            #expect(document.units.reduce(0) { $0 + $1.segments.filter { !$0.isIgnorable }.count } == segments)
        }
    }

    @Test func whatTheToolsWroteComesOutAsText() throws {
        let studio = try XLIFFReader(contentsOf: Self.path("xliff12/okapi/Studio2009-test2_es.xlf")).readDocument()
        #expect(studio.sourceLanguage == "en")
        #expect(studio.units.contains { $0.segments.count > 1 }, "seg-source markers become segments")
        let cdata = try XLIFFReader(contentsOf: Self.path("xliff2/locize/example_cdata.xliff")).readDocument()
        #expect(cdata.units.allSatisfy { !$0.sourceText.isEmpty })
        let latin1 = try XLIFFReader(contentsOf: Self.path("xliff12/symfony/fixture-encoding-iso-8859-1.xlf")).readDocument()
        #expect(latin1.units.map(\.targetText) == ["bär", "föö"], "declared ISO-8859-1, decoded by libxml2")
    }

    /// Every deliberately broken file is refused: exit 2 material (not XML, hostile) or a located problem (exit 1).
    @Test(arguments: files(in: "xliff-invalid"))
    func everyInvalidFileIsRefusedWithALocatedMessage(file: String) throws {
        let validator = XLIFFValidator(schemas: try XLIFFSchemas.shipped())
        do {
            let report = try validator.validate(contentsOf: Self.path(file))
            #expect(!report.isValid, "\(file) passed validation")
            #expect(report.problems.allSatisfy { $0.line > 0 && $0.file.hasSuffix(URL(fileURLWithPath: file).lastPathComponent) },
                "\(report.problems)")
        } catch let error as XLIFFError {
            #expect(error.isUnreadable)
            guard case .xml(let xml) = error else { throw error }
            #expect(xml.line > 0 || xml.message.contains("empty"), "\(xml)")
        }
    }

    /// The OASIS test suite's valid documents and the schema-valid real files pass, so the processing
    /// checks do not cry wolf.
    @Test(arguments: files(in: "xliff2/oasis-2.1") + files(in: "xliff2/oasis-2.2") + [
        "xliff2/angular/ngxtranslate.xlf2", "xliff2/angular/translatedFile.xlf2", "xliff2/matecat/pcec.xlf",
        "xliff2/openxliff/OpenXLIFF_Java_es.xlf", "xliff2/okapi/notes.xlf", "xliff2/okapi/white_space.xlf",
        "xliff2/symfony/resources-notes-meta.xlf", "xliff12/okapi/MQ-12-Test01.xlf", "xliff12/sdlxliff/test1.docx.sdlxliff",
        "xliff12/symfony/validators.de.xlf", "xliff12/xcode/KeepingYouAwake/de.xcloc/Localized Contents/de.xliff",
    ])
    func validFilesAreValid(file: String) throws {
        let report = try XLIFFValidator(schemas: try XLIFFSchemas.shipped()).validate(contentsOf: Self.path(file))
        #expect(report.isValid, "\(report.problems.map(\.description).joined(separator: "\n"))")
    }

    /// Schema-valid files that break a processing requirement xmllint cannot see.
    @Test(arguments: [
        ("xliff2/okapi/test02.xlf", "fs:subFs is only allowed together with fs:fs"),
        ("xliff2/msom/DocumentWithEverything.xlf", "ctr:revisions ref=\"1\" points at no element"),
        ("xliff-invalid/matecat-v2-duplicate-ids.xliff", "unit id=\"tu1\" is not unique"),
        ("xliff-invalid/locize-invalid-segment.xliff", "Warning: unexpected segment"),
    ])
    func schemaValidButBroken(file: String, message: String) throws {
        let report = try XLIFFValidator(schemas: try XLIFFSchemas.shipped()).validate(contentsOf: Self.path(file))
        #expect(report.problems.contains { $0.message.contains(message) }, "\(report.problems)")
    }
}
