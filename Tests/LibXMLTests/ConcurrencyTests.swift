import Testing

@testable import LibXML

/// libxml2 reports errors through a per-thread handler; concurrent readers must each see their own.
@Suite struct ConcurrencyTests {
    @Test func concurrentReadersReportOnlyTheirOwnErrors() async throws {
        let documents: [(url: String, xml: String)] = [
            ("good.xml", "<a><b x='1'>text</b></a>"),
            ("mismatch.xml", "<a>\n<b></c></a>"),
            ("truncated.xml", "<a>\n<b>"),
            ("doctype.xml", "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"),
        ]
        func outcome(_ index: Int) -> String {
            let document = documents[index % documents.count]
            do {
                return "\(try events(of: Array(document.xml.utf8), url: document.url, chunkSize: 3).count) events"
            } catch {
                return "\(error)"
            }
        }
        let expected = (0..<documents.count).map(outcome)
        #expect(expected[0] == "5 events")
        #expect(expected[1].hasPrefix("mismatch.xml:2:"))
        #expect(expected[2].hasPrefix("truncated.xml:2:"))
        #expect(expected[3].hasPrefix("doctype.xml:1:"))
        await withTaskGroup(of: (Int, String).self) { group in
            for index in 0..<400 {
                group.addTask { (index, outcome(index)) }
            }
            for await (index, result) in group {
                #expect(result == expected[index % documents.count])
            }
        }
    }
}
