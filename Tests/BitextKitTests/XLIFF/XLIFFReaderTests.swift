@testable import BitextKit
import Foundation
import Testing

/// What CAT tools send back: inline codes, CDATA, notes, states, segmented and merged units,
/// other tools' namespaces, UTF-16 and BOMs.
struct XLIFFReaderTests {
    static func unit(_ xml: String) throws -> XLIFFUnit {
        try #require(try XLIFFTesting.read(Array(xml.utf8)).units.first)
    }

    @Test(arguments: [
        // XLIFF 1.2 codes: paired g, placeholders x/bx/ex, native code in ph/bpt/ept (dropped), mrk.
        (#"<g id="1" ctype="bold">국제보건규칙</g>을 <x id="2"/>개정<bx id="3"/>한다<ex id="4"/>."#, "국제보건규칙을 개정한다."),
        (#"A<ph id="1">&lt;br/&gt;</ph>B<bpt id="2">&lt;b&gt;</bpt>C<ept id="2">&lt;/b&gt;</ept>"#, "ABC"),
        (#"<mrk mtype="term">IHR</mrk> and <x id="1" equiv-text=" "/>more"#, "IHR and  more"),
        (#"<ph id="1">{0}<sub>inner text</sub></ph> done"#, "inner text done"),
        (#"<![CDATA[a <b> & c]]> d"#, "a <b> & c d"),
    ])
    func inlineContentOf12(markup: String, text: String) throws {
        let unit = try Self.unit(XLIFFTesting.xliff12(#"<trans-unit id="p1"><source>x</source><target state="translated">\#(markup)</target></trans-unit>"#))
        #expect(unit.targetText == text)
        #expect(unit.isTranslated)
    }

    @Test(arguments: [
        (#"<pc id="1" type="fmt">국제</pc>보건<ph id="2" equiv="-"/>규칙<cp hex="000B"/>"#, "국제보건-규칙\u{0B}"),
        (#"<sc id="1"/>A<ec startRef="1"/> <mrk id="m1" type="term">B</mrk><sm id="s"/>C<em startRef="s"/>"#, "A BC"),
        (#"<![CDATA[<tag>]]>&amp;"#, "<tag>&"),
    ])
    func inlineContentOf2x(markup: String, text: String) throws {
        let unit = try Self.unit(XLIFFTesting.xliff2(#"<unit id="p1"><segment state="translated"><source>x</source><target>\#(markup)</target></segment></unit>"#))
        #expect(unit.targetText == text)
    }

    @Test func segmentedUnitsOf2x() throws {
        let unit = try Self.unit(XLIFFTesting.xliff2("""
            <unit id="p1">
              <segment id="a" state="reviewed"><source>One.</source><target>Eins.</target></segment>
              <ignorable><source> </source></ignorable>
              <segment id="b" state="final"><source>Two.</source><target>Zwei.</target></segment>
            </unit>
            """))
        #expect(unit.sourceText == "One. Two.")
        #expect(unit.targetText == "Eins. Zwei.", "an ignorable without target counts with its source")
        #expect(unit.segments.map(\.state) == ["reviewed", nil, "final"])
        #expect(unit.isTranslated)
    }

    @Test func aPartlyTranslatedUnitIsNotTranslated() throws {
        let unit = try Self.unit(XLIFFTesting.xliff2("""
            <unit id="p1"><segment state="translated"><source>One.</source><target>Eins.</target></segment>
            <segment><source>Two.</source></segment></unit>
            """))
        #expect(!unit.isTranslated)
    }

    @Test func segmentedUnitsOf12WithMarkersInTheTarget() throws {
        let unit = try Self.unit(XLIFFTesting.xliff12("""
            <trans-unit id="p1"><source>One. Two.</source>
            <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
            <target state="translated"><mrk mtype="seg" mid="2">Zwei.</mrk>  <mrk mtype="seg" mid="1">Eins.</mrk></target></trans-unit>
            """))
        #expect(unit.segments.count == 3)
        #expect(unit.segments.map { $0.target?.plainText } == ["Eins.", "  ", "Zwei."], "targets follow their mid, not their order")
        #expect(!unit.targetIsMerged)
    }

    @Test func aMergedTargetOf12IsKeptWhole() throws {
        let unit = try Self.unit(XLIFFTesting.xliff12("""
            <trans-unit id="p1"><source>One. Two.</source>
            <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
            <target state="translated">One and two, merged.</target></trans-unit>
            """))
        #expect(unit.targetIsMerged)
        #expect(unit.targetText == "One and two, merged.")
        #expect(unit.isTranslated)
    }

    /// translate-toolkit's `unit.target = text` on a prefilled, segmented target writes the text in
    /// front of the old markers and keeps them: the markers still hold the source, so they are stale.
    @Test func textBesideStalePrefilledMarkersIsTheTranslation() throws {
        let unit = try Self.unit(XLIFFTesting.xliff12("""
            <trans-unit id="p1"><source>하나. 둘.</source>
            <seg-source><mrk mtype="seg" mid="s1">하나.</mrk> <mrk mtype="seg" mid="s2">둘.</mrk></seg-source>
            <target state="translated">One. Two.<mrk mtype="seg" mid="s1">하나.</mrk> <mrk mtype="seg" mid="s2">둘.</mrk></target></trans-unit>
            """))
        #expect(unit.targetIsMerged)
        #expect(unit.targetText == "One. Two.")
        // If the markers were translated too, nothing is stale: the whole target counts, as written.
        let both = try Self.unit(XLIFFTesting.xliff12("""
            <trans-unit id="p1"><source>하나. 둘.</source>
            <seg-source><mrk mtype="seg" mid="s1">하나.</mrk> <mrk mtype="seg" mid="s2">둘.</mrk></seg-source>
            <target>Note: <mrk mtype="seg" mid="s1">One.</mrk> <mrk mtype="seg" mid="s2">Two.</mrk></target></trans-unit>
            """))
        #expect(both.targetText == "Note: One. Two.")
    }

    @Test func statesDecideWhetherAUnitIsTranslated() throws {
        func translated(_ target: String) throws -> Bool {
            try Self.unit(XLIFFTesting.xliff12(#"<trans-unit id="p1"><source>원문</source>\#(target)</trans-unit>"#)).isTranslated
        }
        #expect(try !translated(""))
        #expect(try !translated(#"<target/>"#))
        #expect(try !translated(#"<target state="new">원문</target>"#), "prefilled with the source")
        #expect(try translated(#"<target state="new">Text</target>"#), "OmegaT fills the target but keeps state new")
        #expect(try translated(#"<target state="needs-review-translation">Text</target>"#))
        #expect(try !translated(#"<target state="needs-translation">Fallback text</target>"#), "the tool says so itself")
        #expect(try translated(#"<target state="signed-off">원문</target>"#), "a reviewed target may equal its source")
        #expect(try translated(#"<target>Text</target>"#))
        #expect(try !translated(#"<target state="translated">  </target>"#))
    }

    @Test func linesOfUnitsAndTargets() throws {
        let document = try XLIFFTesting.read(Array(XLIFFTesting.xliff2("""
            <unit id="a">
              <segment>
                <source>A</source>
                <target>B</target>
              </segment>
            </unit>
            """).utf8))
        let unit = try #require(document.units.first)
        #expect(unit.location == XLIFFLocation(line: 4, column: 1))
        #expect(unit.targetLocation?.line == 7)
        #expect(document.files.first?.location?.line == 3)
    }

    @Test func otherToolsNamespacesAreKeptWhenReexported() throws {
        let xml = XLIFFTesting.xliff12("""
            <trans-unit id="p1" mq:status="ManuallyConfirmed" approved="yes"><source xml:lang="ko-KR">원문</source>
            <target state="translated" mq:percent="100">Text</target>
            <note from="reviewer" priority="2">Check the term.</note>
            <alt-trans match-quality="80"><target>Old text</target></alt-trans>
            <mq:history><mq:entry who="a">1</mq:entry></mq:history></trans-unit>
            """, extraNamespaces: #"xmlns:mq="MQXliff""#)
        let document = try XLIFFTesting.read(Array(xml.utf8))
        let unit = try #require(document.units.first)
        #expect(unit.otherAttributes.map(\.name.qualified).sorted() == ["approved", "mq:status"])
        #expect(unit.extensions.map(\.name.local) == ["alt-trans", "history"])
        #expect(unit.notes.first?.from == "reviewer")
        let written = XLIFFTesting.string(try document.serialized())
        #expect(written.contains(#"mq:status="ManuallyConfirmed""#))
        #expect(written.contains(#"mq:percent="100""#))
        #expect(written.contains(#"<mq:history><mq:entry who="a">1</mq:entry></mq:history>"#))
        #expect(written.contains(#"<alt-trans match-quality="80"><target>Old text</target></alt-trans>"#))
        #expect(written.contains(#"<source xml:lang="ko-KR">"#))
        // And the re-export reads back to the same document.
        #expect(try XLIFFTesting.read(Array(written.utf8)).units.first?.extensions == unit.extensions)
    }

    @Test func namespacesDeclaredBelowTheRootAreRedeclaredWhereNeeded() throws {
        let xml = XLIFFTesting.xliff2("""
            <unit id="p1" xmlns:x="urn:example:x" x:flag="on"><x:info>kept</x:info>
            <segment><source>A</source><target>B</target></segment></unit>
            """)
        let written = XLIFFTesting.string(try XLIFFTesting.read(Array(xml.utf8)).serialized())
        #expect(written.contains(#"<unit id="p1" xmlns:x="urn:example:x" x:flag="on">"#))
        #expect(written.contains(#"<x:info>kept</x:info>"#))
        #expect(try XLIFFTesting.read(Array(written.utf8)).units.count == 1, "the output is namespace-well-formed")
    }

    @Test func utf16AndBOMs() throws {
        let xml = XLIFFTesting.xliff12(#"<trans-unit id="p1"><source>국제보건규칙</source><target state="translated">IHR 😀</target></trans-unit>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(xml.data(using: .utf16LittleEndian)!)
        #expect(try XLIFFTesting.read([UInt8](utf16)).units.first?.targetText == "IHR 😀")

        let bom = [UInt8]([0xEF, 0xBB, 0xBF]) + Array(XLIFFTesting.xliff2(#"<unit id="p1"><segment><source>가</source></segment></unit>"#).utf8)
        #expect(try XLIFFTesting.read(bom).units.first?.sourceText == "가")
    }

    @Test func prefixedXLIFFElementsAndGroupsAreRead() throws {
        let xml = """
            <x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <x:file original="a" source-language="en" datatype="plaintext"><x:body>
                <x:group id="g1"><x:trans-unit id="1"><x:source>Hello</x:source></x:trans-unit></x:group>
                <x:trans-unit id="2"><x:source>World</x:source></x:trans-unit>
              </x:body></x:file>
            </x:xliff>
            """
        let document = try XLIFFTesting.read(Array(xml.utf8))
        #expect(document.units.map(\.id) == ["1", "2"])
        #expect(document.units.map(\.groups) == [["g1"], []])
        #expect(document.units.map(\.sourceText) == ["Hello", "World"])
    }

    @Test func streamingGivesFilesThenTheirUnits() throws {
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
              <file id="a"><notes><note>first</note></notes><unit id="1"><segment><source>A</source></segment></unit></file>
              <file id="b"><group id="g"><unit id="1"><segment><source>B</source></segment></unit></group></file>
            </xliff>
            """
        let reader = try XLIFFReader(bytes: Array(xml.utf8), url: "s.xlf")
        var items: [String] = []
        while let item = try reader.next() {
            switch item {
            case .file(let file): items.append("file \(file.id ?? "") \(file.notes.map(\.text))")
            case .unit(let unit): items.append("unit \(unit.id) \(unit.sourceText) \(unit.groups)")
            }
        }
        #expect(items == ["file a [\"first\"]", "unit 1 A []", "file b []", "unit 1 B [\"g\"]"])
        #expect(try reader.readRoot().version == .v2_0)
    }

    @Test(arguments: [
        ("<html><body/></html>", "not an XLIFF document"),
        (#"<xliff xmlns="urn:example" version="2.0"/>"#, "not XLIFF's"),
    ])
    func somethingElseIsNotXLIFF(xml: String, message: String) throws {
        #expect {
            try XLIFFTesting.read(Array(xml.utf8))
        } throws: { error in
            guard case XLIFFError.notXLIFF(let problem) = error else { return false }
            return problem.message.contains(message) && problem.line == 1
        }
    }

    @Test(arguments: [
        ("<xliff", "xml"),
        (#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff/>"#, "DOCTYPE"),
        ("", "empty"),
    ])
    func brokenOrHostileXMLIsAnXMLError(xml: String, fragment: String) throws {
        #expect {
            try XLIFFTesting.read(Array(xml.utf8), url: "bad.xlf")
        } throws: { error in
            guard case XLIFFError.xml(let xmlError) = error else { return false }
            return xmlError.file == "bad.xlf" && (error as! XLIFFError).isUnreadable
        }
    }
}
