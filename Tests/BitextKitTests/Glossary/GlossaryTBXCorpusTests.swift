import Foundation
import Testing

@testable import BitextKit

/// Real TBX files from other tools (`../shared/corpus/tbx`): every one reads, or fails with a
/// located error; the deliberately broken ones in `invalid/` fail, and nothing crashes.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct GlossaryTBXCorpusTests {
    static func files(in folder: String) throws -> [String] {
        let url = try Shared.url(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".tbx") }.sorted()
            .map { url.appendingPathComponent($0).path }
    }

    @Test func everyGoodFileReads() throws {
        let files = try Self.files(in: "corpus/tbx")
        #expect(files.count >= 10)
        for file in files {
            do {
                let glossary = try Glossary.load(paths: [file])
                // All of them have English terms (beside languages Bitext does not check).
                #expect(!glossary.concepts.isEmpty, "\(file)")
                #expect(glossary.languages == [.english], "\(file)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func everyInvalidFileIsALocatedError() throws {
        let files = try Self.files(in: "corpus/tbx/invalid")
        #expect(files.count == 5)
        for file in files {
            #expect(throws: GlossaryError.self, "\(file)") { try Glossary.load(paths: [file]) }
            do {
                _ = try Glossary.load(paths: [file])
            } catch {
                #expect(error.path == file)
                #expect((error.line ?? 0) > 0, "\(error)")
                #expect((error.column ?? 0) > 0, "\(error)")
            }
        }
    }

    @Test(arguments: [
        // (file, concepts, rows, ignored languages): one concept per approved English term, since
        // Korean is absent and the other languages are skipped; deprecated English terms have no
        // other checked language to be a wrong rendering into, so they give no row.
        ("tbx-core-v3-fromSDL.tbx", 239, 239, ["de"]),
        ("okapi-ibm_tbx.tbx", 6, 6, ["fr"]),
        ("TBX-Basic-sample-v3.tbx", 7, 7, ["fr", "de"]),
        ("okapi-medtronic_TBX.tbx", 4, 4, ["da", "nl", "fi", "fr", "hu", "sv", "no", "pl", "pt", "es", "it", "el", "cs"]),
    ])
    func counts(name: String, concepts: Int, rows: Int, ignored: [String]) throws {
        let glossary = try Glossary.load(paths: [try Shared.url("corpus/tbx/\(name)").path])
        #expect(glossary.concepts.count == concepts)
        #expect(glossary.rows.count == rows)
        #expect(Set(glossary.ignoredColumns.map(\.name)) == Set(ignored))
    }

    @Test func theBasicSampleKeepsSynonymsDefinitionsAndNotes() throws {
        let glossary = try Glossary.load(paths: [try Shared.url("corpus/tbx/TBX-Basic-sample-v3.tbx").path])
        #expect(glossary.concepts.map(\.key.text) == [
            "e-mail", "federated database", "progressive lens", "progressive addition lens",
            "progressive power lens", "scheduled operation", "unscheduled operation",
        ])
        let lens = try #require(glossary.concepts.first { $0.key.text == "progressive lens" })
        #expect(lens.key.note.hasPrefix("corrective lenses used in eyeglasses to correct presbyopia"))
        #expect(!lens.key.note.contains("\n"))
    }

    @Test func aWindows1254FileIsDecoded() throws {
        let glossary = try Glossary.load(paths: [try Shared.url("corpus/tbx/okapi-test02_win1254.tbx").path])
        #expect(glossary.concepts.map(\.key.text) == ["term with: éá and İı"])
    }

    @Test func theStructuralErrorsAreTheOnesTheFilesAnnounce() throws {
        func error(_ name: String) throws -> GlossaryError? {
            let path = try Shared.url("corpus/tbx/invalid/\(name)").path
            do {
                _ = try Glossary.load(paths: [path])
                return nil
            } catch {
                return error
            }
        }
        let structure = try #require(try error("ltac-core_structure_bad.tbx"))
        #expect(structure.message == "<admin> may not appear inside <text>.")
        let badElement = try #require(try error("tbx_basic_sample_badelement.tbx"))
        #expect(badElement.message == "<transaction> is not an element of TBX v3.")
        #expect(badElement.line == 33)
        let badStatus = try #require(try error("ltac-min_bad.tbx"))
        #expect(badStatus.message.hasPrefix("usageStatus “not an allowed value” is not a status"))
        for name in ["ltac-poorly_formed_xml.tbx", "tbx_basic_sample_notwellformed.tbx"] {
            let xml = try #require(try error(name))
            guard case .notXML = xml else {
                Issue.record("\(name): \(xml)")
                continue
            }
        }
    }
}
