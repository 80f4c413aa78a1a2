@testable import BitextKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("JUnit report")
struct JUnitReportTests {
    /// The elements of a JUnit file as Foundation's XML parser sees them, or its error.
    final class Elements: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
        }

        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }

        static func parse(_ xml: String) throws -> [Element] {
            let parser = XMLParser(data: Data(xml.utf8))
            let delegate = Elements()
            parser.delegate = delegate
            let ok = parser.parse()
            try #require(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
            return delegate.elements
        }

        static func named(_ name: String, in elements: [Element]) -> [Element] { elements.filter { $0.name == name } }
    }

    @Test func suitesPerPairCasesPerUnitFailuresPerFinding() throws {
        let elements = try Elements.parse(JUnitReport().render(SampleReport.report))
        let root = try #require(elements.first)
        #expect(root.name == "testsuites")
        let suites = Elements.named("testsuite", in: elements)
        #expect(suites.map { $0.attributes["name"] } == [
            "\(SampleReport.allianceKo) → \(SampleReport.allianceEn)",
            "\(SampleReport.vaccineKo) → \(SampleReport.vaccineEn)",
        ])
        // 6 alliance units; 5 vaccine units plus the unit p4.b1 that only a finding names.
        #expect(suites.map { $0.attributes["tests"] } == ["6", "6"])
        #expect(suites.map { $0.attributes["failures"] } == ["4", "2"])
        #expect(root.attributes["tests"] == "12")
        #expect(root.attributes["failures"] == "6")

        let cases = Elements.named("testcase", in: elements)
        #expect(cases.map { $0.attributes["name"] ?? "" } == [
            "title", "p1", "p1.b1", "p2", "p2.b1", "p2.b2",
            "p2.b1", "p2.b1.b1", "p2.b1.b2", "p3.b2", "p3.b3", "p4.b1",
        ])
        #expect(cases[1].attributes["file"] == SampleReport.allianceEn)
        #expect(cases[1].attributes["line"] == "16")

        let failures = Elements.named("failure", in: elements)
        #expect(failures.count == 6)  // every error and warning; the info finding is not a failure
        #expect(failures[0].attributes["type"] == "number-mismatch")
        #expect(failures[0].attributes["message"] == "\(SampleReport.allianceEn):16:217: [number-mismatch] "
            + "the source has “제75차” (75th); the target has “74th”")
        #expect(failures[0].text.contains("source (\(SampleReport.allianceKo):13): 강경화 외교부 장관은"))
        for failure in failures {
            let message = try #require(failure.attributes["message"])
            #expect(message.contains(/^[^:]+\.en\.txt:\d+:\d+: \[/), "\(message)")
        }
        let output = Elements.named("system-out", in: elements)
        #expect(output.count == 1)
        #expect(output.first?.text.contains("info: [term-spacing]") == true)
    }

    @Test func hostileTextKeepsTheFileWellFormed() throws {
        let nasty = "<failure> & \"quotes\" 'apostrophes' ]]> \u{1}\u{8}\u{FFFE} \n\tnext line"
        let finding = Finding(rule: Rule(rawValue: "r\"<&>"), file: "dir/<a&b>.en.txt", line: 3, column: 2,
            sourceFile: "dir/<a&b>.ko.txt", sourceLine: 3, unit: "p1\"'", message: nasty, source: nasty, target: nasty,
            subject: "x")
        let document = CheckedDocument(sourceFile: "dir/<a&b>.ko.txt", targetFile: "dir/<a&b>.en.txt",
            sourceLanguage: "ko", targetLanguage: "en", units: [])
        let xml = JUnitReport().render(CheckReport(findings: [finding], pairs: 1, units: 1, documents: [document]))
        let elements = try Elements.parse(xml)
        let failure = try #require(Elements.named("failure", in: elements).first)
        let message = try #require(failure.attributes["message"])
        #expect(message.hasPrefix("dir/<a&b>.en.txt:3:2: [r\"<&>] <failure> & \"quotes\" 'apostrophes' ]]>"))
        #expect(message.hasSuffix("\n\tnext line"))  // kept through attribute normalisation
        #expect(failure.text.contains("\u{FFFD}\u{FFFD}\u{FFFD}"))
        #expect(Elements.named("testcase", in: elements).first?.attributes["name"] == "p1\"'")
    }

    @Test func fileLevelFindingsAndFindingsWithoutTexts() throws {
        let findings = [
            Finding(rule: .structureMismatch, file: "a.en.txt", line: 0, column: 0, unit: nil,
                message: "the target has 3 paragraphs; the source has 4", subject: "paragraphs"),
            Finding(rule: .termSpacing, file: "a.en.txt", line: 4, column: 1, unit: "p2", message: "spacing", subject: "x"),
            Finding(rule: .sourceDrift, file: "b.xlf", line: 7, column: 3, unit: "p1", message: "drifted", subject: "p1"),
        ]
        let elements = try Elements.parse(JUnitReport().render(CheckReport(findings: findings, pairs: 2, units: 9)))
        let suites = Elements.named("testsuite", in: elements)
        #expect(suites.map { $0.attributes["name"] } == ["a.en.txt", "b.xlf"])
        #expect(suites.map { $0.attributes["failures"] } == ["1", "1"])
        let cases = Elements.named("testcase", in: elements)
        #expect(cases.map { $0.attributes["name"] } == ["(file)", "p2", "p1"])
        #expect(cases[0].attributes["line"] == nil)
        #expect(cases[2].attributes["line"] == "7")
    }

    @Test func emptyReportIsAValidEmptyRun() throws {
        let elements = try Elements.parse(JUnitReport().render(CheckReport(findings: [], pairs: 0, units: 0)))
        #expect(elements.map(\.name) == ["testsuites"])
        #expect(elements.first?.attributes["tests"] == "0")
    }
}
