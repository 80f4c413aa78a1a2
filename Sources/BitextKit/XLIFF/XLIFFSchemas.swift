import Foundation

/// Where the OASIS XLIFF schemas are, and which entry point validates which version.
///
/// This is the one place that names the schema files. Bitext ships copies in `Schemas/` (found like
/// `Locales/`); tests point the same type at `../shared/schemas`, which has the same layout.
public struct XLIFFSchemas: Sendable {
    /// The schema an XLIFF document is validated against.
    public enum Entry: String, CaseIterable, Sendable {
        case xliff12Strict = "xliff-1.2/xliff-core-1.2-strict.xsd"
        case xliff12Transitional = "xliff-1.2/xliff-core-1.2-transitional.xsd"
        /// Core and every module of 2.0.
        case xliff20 = "xliff-2.0/xliff_2.0_all_modules.xsd"
        /// Core, every module and ITS, for 2.1 (whose core namespace is still 2.0's).
        case xliff21 = "xliff-2.1/xliff_2.1_all_modules.xsd"
        /// The 2.2 namespace, for files that other tools write.
        case xliff22 = "xliff-2.2/xliff_2.2_all_modules.xsd"

        /// The schema for what Bitext writes in `version` (1.2 strict: Bitext's own output has no excuse).
        public static func forExport(_ version: XLIFFVersion) -> Entry {
            switch version {
            case .v1_2: .xliff12Strict
            case .v2_0: .xliff20
            case .v2_1: .xliff21
            }
        }
    }

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func path(_ entry: Entry) -> String {
        directory.appendingPathComponent(entry.rawValue).path
    }

    /// The copies shipped with Bitext.
    public static func shipped() throws -> XLIFFSchemas {
        guard let directory = locate() else { throw XLIFFError.schemasNotFound }
        return XLIFFSchemas(directory: directory)
    }

    /// Finds `Schemas/`: `$BITEXT_SCHEMAS`; beside the executable or in `../share/bitext/` (an
    /// installation); in a parent of the executable (a build inside the repository); the source tree.
    static func locate() -> URL? {
        let fileManager = FileManager.default
        func isSchemas(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent(Entry.xliff21.rawValue).path)
        }
        if let path = ProcessInfo.processInfo.environment["BITEXT_SCHEMAS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.appendingPathComponent("Schemas"))
        candidates.append(folder.appendingPathComponent("../share/bitext/Schemas").standardized)
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("Schemas"))
        }
        // The repository this file was compiled from, for test runners and `swift run`.
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Schemas"))
        return candidates.first(where: isSchemas)
    }
}
