@testable import BitextKit
import Foundation
import Testing

@Suite("HTML report")
struct HTMLReportTests {
    static let page = HTMLReport().render(SampleReport.report)

    /// The markup of one block's row in a document's section, from its ID to the next row.
    func row(_ unit: String, in page: String = Self.page, document: Int = 1) throws -> Substring {
        let section = try #require(page.range(of: #"<section class="document" id="doc-\#(document)">"#))
        let rest = page[section.upperBound...]
        let start = try #require(rest.range(of: #"">\#(unit)</a>"#))
        let after = rest[start.upperBound...]
        let end = after.range(of: #"<div class="row""#)?.lowerBound ?? after.range(of: "</section>")?.lowerBound ?? after.endIndex
        return after[..<end]
    }

    @Test func isOneSelfContainedPage() {
        let page = Self.page
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.hasSuffix("</html>\n"))
        for reference in ["http://", "https://", "//fonts", "src=", "<link", "url(", "@import", "@font-face"] {
            #expect(!page.contains(reference), "the page must not load \(reference)")
        }
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(page.components(separatedBy: "<script>").count == 2)
        #expect(page.components(separatedBy: "<style>").count == 2)
    }

    @Test func koreanGetsAFontStackAndLanguageTags() {
        #expect(Self.page.contains(#"<div class="text" lang="ko-KR">강경화 <mark class="term">외교부 장관</mark>, 「"#))
        #expect(Self.page.contains(#"<div class="text" lang="en-US">"#))
        #expect(Self.page.contains(#":lang(ko){font-family:"Noto Sans CJK KR""#))
        #expect(Self.page.contains(#""NanumGothic""#))
        #expect(Self.page.contains("word-break:keep-all"))
    }

    @Test func termsAreHighlightedInBothTextsAndFlaggedOnesStandOut() throws {
        let title = try row("title")
        #expect(title.contains(#"<mark class="term">다자주의 연대</mark>"#))
        #expect(title.contains(#"<mark class="term">Alliance for Multilateralism</mark>"#))
        let forbidden = try row("p1.b1")
        #expect(forbidden.contains(#"<mark class="term flagged">우리나라</mark>를"#))
        #expect(forbidden.contains(#"including <mark class="term flagged">our country</mark>, as well"#))
        #expect(forbidden.contains(#"<mark class="term">civil society</mark>"#))
    }

    @Test func anApprovedRenderingIsNotFlagged() throws {
        // term-spacing is about the Korean spelling; the English term it found is the approved one.
        let row = try row("p3.b3", document: 2)
        #expect(row.contains(#"<mark class="term flagged">국제 보건 규칙</mark>에"#))
        #expect(row.contains(#"<mark class="term">International Health Regulations</mark>"#))
    }

    @Test func findingsSitBesideTheirBlock() throws {
        let p1 = try row("p1")
        #expect(p1.contains(#"<li class="finding" data-severity="error" data-rule="number-mismatch">"#))
        #expect(p1.contains("the source has “제75차” (75th); the target has “74th”"))
        #expect(try row("p2.b2").contains(#"data-rule="term-inconsistent""#))
        #expect(try !row("p2").contains(#"class="finding""#))
        let subBullet = try row("p2.b1.b1", document: 2)
        #expect(subBullet.contains("USD 100 million"))
        #expect(Self.page.contains(##"data-depth="3" data-worst="error" data-unit="p2.b1.b1"><div class="unit"><a href="#doc-2-2">p2.b1.b1</a>"##))
        #expect(try row("p3.b3", document: 2).contains(#"expected <q>International Health Regulations</q>"#))
    }

    @Test func fileLevelFindingsComeBeforeTheBlocks() throws {
        let document = try #require(Self.page.range(of: #"<section class="document" id="doc-2">"#))
        let rest = Self.page[document.upperBound...]
        let list = try #require(rest.range(of: #"<ul class="findings file-findings""#))
        let blocks = try #require(rest.range(of: #"<div class="pair">"#))
        #expect(list.lowerBound < blocks.lowerBound)
        let between = rest[list.lowerBound..<blocks.lowerBound]
        #expect(between.contains("the target has a bullet p4.b1 that the source lacks"))
        #expect(between.contains(#"<span class="in-unit">p4.b1</span>"#))
    }

    @Test func filtersListSeveritiesAndTheRulesThatFound() {
        for severity in ["error", "warning", "info"] {
            #expect(Self.page.contains(#"<input type="checkbox" name="severity" value="\#(severity)" checked="">"#))
        }
        let rules = Self.page.matches(of: /name="rule" value="([a-z-]+)"/).map { String($0.output.1) }
        #expect(rules == ["term-missing", "term-forbidden", "term-inconsistent", "number-mismatch", "structure-mismatch", "term-spacing"])
        #expect(Self.page.contains(#"<span class="chip" data-severity="error">5 errors</span>"#))
        #expect(Self.page.contains("1 more left out by the baseline"))
    }

    @Test func hostileTextIsEscapedEverywhere() {
        let script = #"<script>alert("x")</script>"#
        let finding = Finding(
            rule: Rule(rawValue: #"r"><script>alert(1)</script>"#), file: #"x"><img src=x onerror=alert(1)>.en.txt"#,
            line: 1, column: 1, sourceFile: "s<b>.ko.txt", unit: "p1", message: "message \(script) & 'single'",
            term: .init(source: "<i>", expected: ["</q><script>"], found: "&amp;"), subject: "x")
        let unit = CheckedDocument.Unit(
            id: #"p1"><script>"#, depth: 1, source: "source \(script) &", target: "target <b>bold</b> \"q\"",
            sourceLine: 1, targetLine: 1)
        let document = CheckedDocument(sourceFile: "s<b>.ko.txt", targetFile: finding.file,
            sourceLanguage: #"ko" onmouseover="alert(1)"#, targetLanguage: "en", units: [unit])
        let page = HTMLReport().render(CheckReport(findings: [finding], pairs: 1, units: 1, documents: [document]))

        #expect(page.components(separatedBy: "<script>").count == 2)  // only the page's own script
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<i>"))
        #expect(!page.contains(#"" onmouseover"#))
        #expect(!page.contains(#""><"#.appending("script")))
        #expect(page.contains("message &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;single&#39;"))
        #expect(page.contains("target &lt;b&gt;bold&lt;/b&gt; &quot;q&quot;"))
        #expect(page.contains("found <q>&amp;amp;</q>"))
    }

    @Test func termRangesFromAnotherStringAreIgnored() {
        let other = "a much longer string than the text"
        let range = other.range(of: "than")!
        #expect(HTMLReport.highlighted("short", terms: [range], flagged: []) == "short")
        let text = "국제보건규칙을 개선"
        let inner = text.range(of: "보건")!, outer = text.range(of: "국제보건규칙")!
        #expect(HTMLReport.highlighted(text, terms: [inner, outer], flagged: [])
            == #"<mark class="term">국제보건규칙</mark>을 개선"#)
    }

    @Test func pageWithoutTextsStillShowsEveryFinding() {
        let findings = [
            Finding(rule: .sourceDrift, file: "b.xlf", line: 7, column: 3, unit: "p1", message: "drifted", subject: "p1"),
            Finding(rule: .untranslated, file: "c.en.txt", line: 0, column: 0, unit: nil, message: "empty file", subject: "c"),
        ]
        let page = HTMLReport().render(CheckReport(findings: findings, pairs: 2, units: 0))
        #expect(page.contains("drifted"))
        #expect(page.contains("empty file"))
        #expect(page.contains(#"<nav class="contents""#))
    }
}
