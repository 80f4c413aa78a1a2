@testable import BitextKit
import Foundation
import Testing

/// The processing requirements that the schemas cannot express, one by one.
@Suite(.enabled(if: Shared.available, Shared.missingMessage))
struct XLIFFValidatorTests {
    static func problems(_ xml: String, strict: Bool = false) throws -> [String] {
        let validator = XLIFFValidator(schemas: try XLIFFSchemas.shipped(), strict: strict)
        return try validator.validate(bytes: Array(xml.utf8), url: "t.xlf").problems.map(\.message)
    }

    static func unit(_ body: String) -> String {
        XLIFFTesting.xliff2(#"<unit id="u1">\#(body)</unit>"#)
    }

    @Test func aGoodDocumentHasNoProblem() throws {
        #expect(try Self.problems(Self.unit(#"<segment state="translated"><source>A <pc id="1">b</pc></source><target>A <pc id="1">B</pc></target></segment>"#)) == [])
    }

    @Test(arguments: [
        (unit(#"<segment id="s"><source>a</source></segment><segment id="s"><source>b</source></segment>"#), #"id="s" is not unique in unit u1"#),
        (unit(#"<segment><source><ph id="1"/><ph id="1"/></source></segment>"#), #"id="1" is not unique in the source of unit u1"#),
        (unit(#"<ignorable><source> </source></ignorable>"#), "unit u1 has no <segment>"),
        (unit(#"<segment subState="x:y"><source>a</source></segment>"#), "subState is only allowed together with state"),
        (unit(#"<segment><source><sc id="1"/>a</source></segment>"#), #"<sc id="1"> has no <ec>"#),
        (unit(#"<segment><source>a<ec startRef="1"/><sc id="1"/></source></segment>"#), "comes before its <sc>"),
        (unit(#"<segment><source><sc id="1" type="fmt"/>a<ec startRef="1" type="ui"/></source></segment>"#), #"<ec> has type="ui" but its <sc id="1"> has type="fmt""#),
        (unit(#"<segment><source><sc id="1" canCopy="no"/>a<ec startRef="1"/></source></segment>"#), "canCopy"),
        (unit(#"<segment><source><sc id="1"/>a<ec id="2" startRef="1"/></source></segment>"#), "must have startRef and no id"),
        (unit(#"<segment><source><ec startRef="1" isolated="yes"/></source></segment>"#), "isolated <ec> must have id and no startRef"),
        (unit(#"<segment><source><sm id="m"/>a</source></segment>"#), #"<sm id="m"> has no <em>"#),
        (unit(#"<segment><source>a<em startRef="m"/></source></segment>"#), "matches no <sm>"),
        (unit(#"<segment><source><mrk id="m" type="comment">a</mrk></source></segment>"#), "needs either value or ref, not neither"),
        (unit(##"<segment><source><mrk id="m" type="comment" value="v" ref="#n=1">a</mrk></source></segment>"##), "not both"),
        (unit(##"<segment><source><mrk id="m" ref="#n/n1">a</mrk></source></segment>"##), "not a valid XLIFF fragment identifier"),
        (unit(#"<segment><source><ph id="1" dataRef="d1"/></source></segment>"#), "has no <originalData>"),
        (unit(#"<originalData><data id="d1">x</data></originalData><segment><source><ph id="1" dataRef="d2"/></source></segment>"#), "matches no <data id>"),
        (unit(#"<originalData><data id="d1">x</data><data id="d1">y</data></originalData><segment><source>a</source></segment>"#), #"data id="d1" is not unique"#),
        (unit(#"<originalData><data id="d1">x</data></originalData><segment><source><ph id="1" copyOf="2" dataRef="d1"/><ph id="2"/></source></segment>"#), "both copyOf and dataRef"),
        (unit(#"<segment><source><ph id="1" canDelete="no"/>a</source><target>a</target></segment>"#), "canDelete"),
        (unit(#"<segment><source><ph id="1" canReorder="firstNo"/><ph id="2" canReorder="no"/><ph id="3"/></source><target><ph id="1" canReorder="firstNo"/><ph id="3"/><ph id="2" canReorder="no"/></target></segment>"#), "may not be reordered"),
        (unit(#"<segment><source>a</source><target order="1">b</target></segment><segment><source>c</source><target order="1">d</target></segment>"#), #"order="1" is used by two targets"#),
        (unit(#"<segment><source>a</source><target xml:lang="de">b</target></segment>"#), "differs from trgLang"),
        (unit(#"<segment><source>Hello <!-- Warning: content was dropped --></source></segment>"#), "a comment stands in the text of <source> in unit u1, where translators and tools never see it: “Warning: content was dropped”"),
        (XLIFFTesting.xliff2(#"<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>"#, trgLang: nil), "a <target> needs trgLang"),
        (XLIFFTesting.xliff2(#"<unit id="u1"><segment><source>a</source></segment></unit><unit id="u1"><segment><source>b</source></segment></unit>"#), #"unit id="u1" is not unique"#),
        (XLIFFTesting.xliff2(#"<unit id="u1"><segment><source>a</source></segment></unit>"#, version: "3.0"), #"version="3.0" does not match"#),
        (XLIFFTesting.xliff2(#"<unit id="u1"><segment><source>a</source></segment></unit>"#, trgLang: "e"), #"trgLang="e" is not a well-formed BCP 47"#),
        (XLIFFTesting.xliff2(#"<unit id="u1"><gls:glossary><gls:glossEntry><gls:term>a</gls:term></gls:glossEntry></gls:glossary><segment><source>a</source></segment></unit>"#,
            extraNamespaces: #"xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0""#), "needs a gls:translation or a gls:definition"),
        (#"<xliff version="2.0" srcLang="en"><file id="f"/></xliff>"#, "has no namespace"),
        (#"<tmx version="1.4"/>"#, "not an XLIFF document"),
        (XLIFFTesting.xliff12(#"<trans-unit id="1"><source>a</source><target xml:lang="fr">b</target></trans-unit>"#), "differs from the file's target-language"),
    ])
    func processingRequirement(xml: String, expected: String) throws {
        let problems = try Self.problems(xml)
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    @Test(arguments: ["en", "ko-KR", "zh-Hans-CN", "sr-Latn-RS", "de-CH-1996", "x-klingon", "en-US-x-twain", "i-default"])
    func wellFormedLanguageTags(tag: String) {
        #expect(XLIFFConstraintChecker.isLanguageTag(tag))
    }

    @Test(arguments: ["", "e", "en_US", "en--US", "ko-", "12-KR", "x"])
    func malformedLanguageTags(tag: String) {
        #expect(!XLIFFConstraintChecker.isLanguageTag(tag))
    }

    @Test(arguments: [("#m1", true), ("#n=n1", true), ("#/f=f1/u=u1/t=m1", true), ("#/f=f1/u=u1/m1", true), ("#n/n1", false), ("#", false), ("#/f=", false)])
    func fragmentIdentifiers(reference: String, valid: Bool) {
        #expect(XLIFFConstraintChecker.isFragmentIdentifier(reference) == valid)
    }

    @Test func strictAndTransitional12() throws {
        let withForeignAttribute = XLIFFTesting.xliff12(#"<trans-unit id="1" mq:status="x"><source>a</source></trans-unit>"#,
            extraNamespaces: #"xmlns:mq="MQXliff""#)
        #expect(try Self.problems(withForeignAttribute) == [])
        #expect(try Self.problems(withForeignAttribute, strict: true).contains { $0.contains("mq") || $0.contains("MQXliff") })
    }

    @Test func schemaProblemsCarryTheirLine() throws {
        let validator = XLIFFValidator(schemas: try XLIFFSchemas.shipped())
        let report = try validator.validate(bytes: Array(Self.unit(#"<segment state="done"><source>a</source></segment>"#).utf8), url: "s.xlf")
        let problem = try #require(report.problems.first)
        #expect(problem.line == 4)
        #expect(problem.message.contains("state"))
        #expect(report.kind == "XLIFF 2.1")
    }
}
