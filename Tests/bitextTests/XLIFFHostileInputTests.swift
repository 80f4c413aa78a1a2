import Foundation
import Testing

/// Hostile XLIFF (external entities, entity bombs, DTDs, deep nesting, invalid UTF-8, not XML):
/// exit 2 with a located message, no output file, and nothing of any other file in any output.
@Suite struct XLIFFHostileInputTests {
    static let secret = "BITEXT-SECRET-\(UUID().uuidString)"

    static func hostileDocuments(secretPath: String) -> [(String, [UInt8])] {
        let unit = #"<unit id="title"><segment><source>a</source><target>&x;</target></segment></unit>"#
        func xliff(_ doctype: String, _ body: String = unit) -> [UInt8] {
            Array("""
                <?xml version="1.0" encoding="UTF-8"?>
                \(doctype)
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko-KR" trgLang="en-US">
                <file id="f1">\(body)</file></xliff>
                """.utf8)
        }
        let laughs = (1...9).map { level in
            "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }.joined()
        let deep = String(repeating: "<pc id=\"x\">", count: 5000) + "a" + String(repeating: "</pc>", count: 5000)
        return [
            ("external-entity", xliff("<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file://\(secretPath)\">]>")),
            ("external-parameter-entity", xliff("<!DOCTYPE xliff [<!ENTITY % p SYSTEM \"file://\(secretPath)\"> %p;]>")),
            ("billion-laughs", xliff("<!DOCTYPE xliff [<!ENTITY l0 \"lol\">\(laughs)<!ENTITY x \"&l9;\">]>")),
            ("external-dtd", xliff("<!DOCTYPE xliff SYSTEM \"file://\(secretPath)\">", unit.replacingOccurrences(of: "&x;", with: "b"))),
            ("network-entity", xliff("<!DOCTYPE xliff [<!ENTITY x SYSTEM \"http://127.0.0.1:9/secret\">]>")),
            ("deep-nesting", xliff("", #"<unit id="title"><segment><source>a</source><target>\#(deep)</target></segment></unit>"#)),
            ("invalid-utf8", Array(#"<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko"><file id="f"><unit id="title"><segment><source>"#.utf8)
                + [0xC3, 0x28, 0xFF] + Array("</source></segment></unit></file></xliff>".utf8)),
            ("not-xml", Array("title,p1\n국제보건규칙,IHR\n".utf8)),
            ("empty", []),
            ("truncated", Array(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko"><file id="f"><unit"#.utf8)),
        ]
    }

    @Test func everyHostileFileIsRefusedWithoutLeaks() throws {
        let folder = try BitextBinary.temporaryFolder()
        let secretFile = folder.appendingPathComponent("secret.txt")
        try Data(Self.secret.utf8).write(to: secretFile)
        for (name, bytes) in Self.hostileDocuments(secretPath: secretFile.path) {
            let input = folder.appendingPathComponent("\(name).xlf")
            try Data(bytes).write(to: input)
            let output = folder.appendingPathComponent("\(name).en.txt")
            for arguments in [["import", input.path, "-o", output.path], ["validate", input.path],
                ["import", input.path, "--target-locale", "en-US", "--allow-untranslated"]] {
                let started = Date()
                let result = try BitextBinary.run(arguments)
                #expect(result.status == 2, "\(name) \(arguments[0]): \(result.status) \(result.stdout) \(result.stderr)")
                #expect(result.stderr.contains("\(input.path):"), "\(name): the message names the file: \(result.stderr)")
                #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret), "\(name) leaked the secret")
                #expect(!FileManager.default.fileExists(atPath: output.path), "\(name) left an output file")
                #expect(Date().timeIntervalSince(started) < 20, "\(name) took too long")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") && $0 != "secret.txt" }
        #expect(leftovers.isEmpty)
    }

    @Test func locatedMessages() throws {
        let folder = try BitextBinary.temporaryFolder()
        let input = folder.appendingPathComponent("doctype.xlf")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x \"y\">]>\n<xliff/>".utf8).write(to: input)
        let result = try BitextBinary.run(["validate", input.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(input.path):2:"), "\(result.stderr)")
        #expect(result.stderr.contains("DOCTYPE"))
    }
}
