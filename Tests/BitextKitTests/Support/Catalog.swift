@testable import BitextKit
import Foundation

/// The repository's own locale data, loaded once for all tests.
enum Catalog {
    static let shipped: LocaleCatalog = {
        do { return try LocaleCatalog.shipped() } catch { fatalError("cannot load Locales/: \(error)") }
    }()
    static let loader = ReleaseLoader(catalog: shipped)

    static func parse(_ text: String, locale: String, file: String = "test.txt") throws -> Release {
        try ReleaseParser(profile: shipped.profile(named: locale)!, catalog: shipped).parse(text: text, file: file)
    }
}
