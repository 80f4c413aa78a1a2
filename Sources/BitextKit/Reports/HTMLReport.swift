/// The `--format html` page: what a reviewer would rather look at than read a list.
///
/// One self-contained file (inline CSS and JavaScript, no fonts, images or scripts from the
/// network, and a Content-Security-Policy that forbids them): for each release pair the two
/// versions side by side, block by block and indented by depth, glossary terms highlighted in
/// both, each finding beside the block it concerns, file-level findings above the blocks, and
/// checkboxes that filter the findings by severity and rule.
///
/// Every text from the checked files or the findings is escaped; the script reads only `data-`
/// attributes, so no checked text is ever placed inside it.
public struct HTMLReport: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        let sections = DocumentFindings(report).sections
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
            <meta name="generator" content="bitext check">
            <title>Bitext check: \(Markup.escape(report.summary.sentence))</title>
            <style>\(Self.style)</style>
            </head>
            <body>

            """
        html += header(report)
        html += "<main>\n"
        if sections.isEmpty {
            html += Self.element("p", ["class": "empty"], "Nothing to show: the report has no findings and no texts.") + "\n"
        }
        if sections.count > 1 {
            html += contents(sections)
        }
        for (index, section) in sections.enumerated() {
            html += self.section(section, number: index + 1)
        }
        html += "</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Header: summary and filters

    private func header(_ report: CheckReport) -> String {
        let summary = report.summary
        var html = Self.openTag("header", ["class": "top"]) + "\n<h1>Bitext check</h1>\n"
        html += Self.openTag("p", ["class": "summary"])
        for (severity, count) in [(Severity.error, summary.errors), (.warning, summary.warnings), (.info, summary.infos)] {
            html += Self.element("span", ["class": "chip", "data-severity": severity.rawValue], Self.count(count, severity)) + " "
        }
        var scope = "in \(Self.plural(summary.pairs, "pair")), \(Self.plural(summary.units, "unit"))"
        if summary.baselined > 0 { scope += "; \(summary.baselined) more left out by the baseline" }
        html += Self.element("span", ["class": "scope"], Markup.escape(scope)) + "</p>\n"

        html += Self.openTag("form", ["class": "filters", "id": "filters"]) + "\n"
        html += Self.openTag("div", ["class": "group", "role": "group", "aria-label": "Severity"])
            + Self.element("span", ["class": "label"], "Severity") + "\n"
        for severity in Severity.allCases.reversed() {
            let count = report.findings.count { $0.severity == severity }
            html += Self.element("label", ["data-severity": severity.rawValue],
                Self.checkbox(name: "severity", value: severity.rawValue) + " \(severity.rawValue) "
                    + Self.element("span", ["class": "n"], String(count))) + "\n"
        }
        html += "</div>\n"
        let rules = Self.rulesInOrder(report.findings)
        if !rules.isEmpty {
            html += Self.openTag("div", ["class": "group", "role": "group", "aria-label": "Rule"])
                + Self.element("span", ["class": "label"], "Rule") + "\n"
            for rule in rules {
                let count = report.findings.count { $0.rule == rule }
                html += Self.element("label", ["title": rule.summary],
                    Self.checkbox(name: "rule", value: rule.rawValue) + " "
                        + Self.element("code", [:], Markup.escape(rule.rawValue)) + " "
                        + Self.element("span", ["class": "n"], String(count))) + "\n"
            }
            html += Self.element("button", ["type": "button", "data-toggle": "rule", "data-checked": "true"], "all")
            html += Self.element("button", ["type": "button", "data-toggle": "rule", "data-checked": "false"], "none")
            html += "</div>\n"
        }
        let onlyFlagged = Self.openTag("input", ["type": "checkbox", "id": "only-flagged"]) + " only blocks with findings"
        html += Self.element("div", ["class": "group"],
            Self.element("label", [:], onlyFlagged) + " " + Self.element("output", ["id": "shown", "aria-live": "polite"])) + "\n"
        html += "</form>\n</header>\n"
        return html
    }

    private func contents(_ sections: [DocumentFindings.Section]) -> String {
        var html = Self.openTag("nav", ["class": "contents", "aria-label": "Documents"]) + "<ol>\n"
        for (index, section) in sections.enumerated() {
            html += "<li>" + Self.element("a", ["href": "#doc-\(index + 1)"], Markup.escape(Self.title(of: section))) + " "
                + Self.element("span", ["class": "counts"], Self.counts(section.allFindings)) + "</li>\n"
        }
        return html + "</ol></nav>\n"
    }

    // MARK: - One document

    private func section(_ section: DocumentFindings.Section, number: Int) -> String {
        var html = Self.openTag("section", ["class": "document", "id": "doc-\(number)"]) + "\n"
        html += Self.element("h2", [:], Markup.escape(Self.title(of: section))) + "\n"
        var facts = [Self.counts(section.allFindings)]
        if let document = section.document { facts.insert(Self.plural(document.units.count, "unit"), at: 0) }
        html += Self.element("p", ["class": "facts"], facts.joined(separator: " · ")) + "\n"

        // Findings that no block of the page can show: whole-file ones and units the texts lack.
        let aside = section.fileFindings.map { (unit: String?.none, finding: $0) }
            + section.unknownUnits.flatMap { unit in
                (section.unitFindings[unit] ?? []).map { (unit: Optional(unit), finding: $0) }
            }
        if !aside.isEmpty {
            html += Self.openTag("ul", ["class": "findings file-findings", "aria-label": "Findings about the whole file"]) + "\n"
            for (unit, finding) in aside {
                html += findingItem(finding, unitLabel: unit, in: section.document)
            }
            html += "</ul>\n"
        }

        guard let document = section.document else { return html + "</section>\n" }
        html += Self.openTag("div", ["class": "pair"]) + "\n"
        let sourceHeading = Self.languageName(document.sourceLanguage) + " " + Self.fileName(document.sourceFile)
        let targetHeading = Self.languageName(document.targetLanguage) + " " + Self.fileName(document.targetFile)
        html += Self.element("div", ["class": "row head"],
            Self.element("div", ["class": "unit"], "block") + Self.element("div", ["class": "side"], sourceHeading)
                + Self.element("div", ["class": "side"], targetHeading) + Self.element("div", ["class": "side"], "findings")) + "\n"
        for (index, unit) in document.units.enumerated() {
            html += row(unit, anchor: "doc-\(number)-\(index + 1)", findings: section.unitFindings[unit.id] ?? [], in: document)
        }
        html += "</div>\n</section>\n"
        return html
    }

    /// One block: its ID and lines, both texts with their terms, and its findings.
    private func row(_ unit: CheckedDocument.Unit, anchor: String, findings: [Finding], in document: CheckedDocument) -> String {
        let worst = findings.map(\.severity).max()
        let depth = String(min(max(unit.depth, 0), 4))
        var html = Self.openTag("div", [
            "class": "row", "id": anchor, "data-depth": depth, "data-worst": worst?.rawValue ?? "", "data-unit": unit.id,
        ])
        var label = Self.element("a", ["href": "#" + anchor], Markup.escape(unit.id))
        if unit.sourceLine != nil || unit.targetLine != nil {
            let lines = [unit.sourceLine, unit.targetLine].map { $0.map(String.init) ?? "–" }.joined(separator: " / ")
            label += Self.element("span", ["class": "lines", "title": "lines in the source and target files"], lines)
        }
        html += Self.element("div", ["class": "unit"], label) + "\n"

        let flaggedSource = Set(findings.compactMap { $0.term?.source }.map(Self.termKey))
        // A target term is flagged only when it is not an approved rendering (not for `term-spacing`).
        let flaggedTarget = Set(findings.compactMap { finding in
            finding.term.flatMap { term in term.found.flatMap { term.expected.contains($0) ? nil : $0 } }
        }.map(Self.termKey))
        html += Self.element("div", ["class": "text", "lang": document.sourceLanguage],
            Self.highlighted(unit.source, terms: unit.sourceTerms, flagged: flaggedSource)) + "\n"
        if let target = unit.target {
            html += Self.element("div", ["class": "text", "lang": document.targetLanguage],
                Self.highlighted(target, terms: unit.targetTerms, flagged: flaggedTarget)) + "\n"
        } else {
            html += Self.element("div", ["class": "text missing"], "(no target block)") + "\n"
        }
        html += Self.openTag("ul", ["class": "findings"])
        for finding in findings {
            html += findingItem(finding, unitLabel: nil, in: document)
        }
        return html + "</ul></div>\n"
    }

    /// One finding; its location is shortened to `line 12:5` when it is in the section's own file.
    private func findingItem(_ finding: Finding, unitLabel: String?, in document: CheckedDocument?) -> String {
        let severity = finding.severity.rawValue
        let location = "\(finding.file):\(finding.line):\(finding.column)"
        let shown = finding.file == document?.targetFile ? "line \(finding.line):\(finding.column)" : location
        var head = Self.element("span", ["class": "sev"], severity) + " "
            + Self.element("code", ["class": "rule"], Markup.escape(finding.rule.rawValue))
        if let unitLabel { head += " " + Self.element("span", ["class": "in-unit"], Markup.escape(unitLabel)) }
        head += " " + Self.element("span", ["class": "where", "title": location], Markup.escape(shown))

        var html = Self.openTag("li", ["class": "finding", "data-severity": severity, "data-rule": finding.rule.rawValue])
        html += Self.element("div", ["class": "finding-head"], head)
        html += Self.element("div", ["class": "message"], Markup.escape(finding.message))
        if let term = finding.term {
            var parts: [String] = []
            if !term.expected.isEmpty {
                let expected = term.expected.map { Self.element("q", [:], Markup.escape($0)) }
                parts.append("expected " + expected.joined(separator: " or "))
            }
            parts.append("found " + (term.found.map { Self.element("q", [:], Markup.escape($0)) } ?? "none"))
            html += Self.element("div", ["class": "term-detail"], parts.joined(separator: "; "))
        }
        if let sourceFile = finding.sourceFile {
            let location = sourceFile + (finding.sourceLine.map { ":\($0)" } ?? "")
            let shown = sourceFile == document?.sourceFile ? finding.sourceLine.map { "line \($0)" } : location
            if let shown {
                html += Self.element("div", ["class": "source-ref", "title": location], "source " + Markup.escape(shown))
            }
        }
        return html + "</li>\n"
    }

    // MARK: - Markup

    /// `<name attribute="value"…>`; every attribute value is escaped here.
    static func openTag(_ name: String, _ attributes: KeyValuePairs<String, String>) -> String {
        "<" + name + attributes.map { " \($0.key)=\"\(Markup.escape($0.value, attribute: true))\"" }.joined() + ">"
    }

    /// `<name …>content</name>`; `content` is markup already (escape text with `Markup.escape`).
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, _ content: String = "") -> String {
        openTag(name, attributes) + content + "</\(name)>"
    }

    private static func checkbox(name: String, value: String) -> String {
        openTag("input", ["type": "checkbox", "name": name, "value": value, "checked": ""])
    }

    // MARK: - Text with highlighted terms

    /// `text` escaped, with each term range in a `<mark>`; ranges that overlap an earlier one or
    /// fall outside the text (indices of another string) are ignored rather than trusted.
    static func highlighted(_ text: String, terms: [Range<String.Index>], flagged: Set<String>) -> String {
        let valid = terms
            .filter { $0.lowerBound >= text.startIndex && $0.upperBound <= text.endIndex && !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }
        var html = ""
        var position = text.startIndex
        for range in valid where range.lowerBound >= position {
            html += Markup.escape(String(text[position..<range.lowerBound]))
            let term = String(text[range])
            let isFlagged = flagged.contains(termKey(term))
            html += element("mark", ["class": isFlagged ? "term flagged" : "term"], Markup.escape(term))
            position = range.upperBound
        }
        html += Markup.escape(String(text[position...]))
        return html
    }

    /// Compares a highlighted term with a finding's term regardless of spacing and case.
    static func termKey(_ term: String) -> String {
        String(term.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    // MARK: - Wording

    private static func title(of section: DocumentFindings.Section) -> String {
        guard let document = section.document, document.sourceFile != document.targetFile else { return section.file }
        return "\(document.sourceFile) → \(document.targetFile)"
    }

    private static func counts(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "no findings" }
        return [Severity.error, .warning, .info].compactMap { severity in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : Self.count(count, severity)
        }.joined(separator: ", ")
    }

    private static func count(_ count: Int, _ severity: Severity) -> String {
        severity == .info ? "\(count) info" : plural(count, severity.rawValue)
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The rules the findings use: the catalog's order first, then any other, sorted.
    private static func rulesInOrder(_ findings: [Finding]) -> [Rule] {
        let used = Set(findings.map(\.rule))
        let known = Rule.catalog.map(\.rule).filter(used.contains)
        return known + used.subtracting(known).sorted()
    }

    /// The file's name without its folders, the whole path in a tooltip.
    private static func fileName(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return element("span", ["class": "file", "title": path], Markup.escape(name))
    }

    /// "Korean", "English", or the tag itself, escaped.
    private static func languageName(_ tag: String) -> String {
        let names = ["ko": "Korean", "en": "English", "ja": "Japanese", "zh": "Chinese", "fr": "French", "de": "German", "es": "Spanish"]
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        guard let name = names[primary] else { return Markup.escape(tag) }
        return name + " " + element("span", ["class": "tag"], Markup.escape(tag))
    }

    // MARK: - Inline style and script

    /// Korean runs get a Korean font stack and `keep-all` line breaking (Korean wraps between
    /// words, not between syllables); only locally installed fonts are named.
    static let style = """
        :root{--error:#b3261e;--error-bg:#fdeceb;--warning:#8c5600;--warning-bg:#fff3d9;--info:#0b5cad;--info-bg:#e7f0fb;\
        --line:#d8dde4;--muted:#5d6876;--term:#fff0a6;--ink:#1b2129;--paper:#fff;--page:#f4f6f8}
        *{box-sizing:border-box}
        body{margin:0;color:var(--ink);background:var(--page);font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans",\
        "Noto Sans CJK KR","Apple SD Gothic Neo","Malgun Gothic","NanumGothic",sans-serif}
        :lang(ko){font-family:"Noto Sans CJK KR","Noto Sans KR","Source Han Sans KR","Apple SD Gothic Neo","Malgun Gothic",\
        "NanumGothic","Nanum Gothic","NanumBarunGothic",sans-serif;word-break:keep-all;overflow-wrap:anywhere;line-height:1.75}
        code,.where,.unit,.lines,.source-ref,.tag,.file{font-family:ui-monospace,"DejaVu Sans Mono","Noto Sans Mono",monospace}
        header.top{position:sticky;top:0;z-index:2;background:var(--paper);border-bottom:1px solid var(--line);\
        padding:.6rem 1.5rem;box-shadow:0 1px 4px rgba(0,0,0,.06)}
        h1{font-size:1.25rem;margin:0 1rem 0 0;display:inline-block}
        .summary{display:inline;margin:0}
        .chip{display:inline-block;border-radius:999px;padding:0 .6rem;font-weight:600;font-size:.9rem}
        .scope{color:var(--muted)}
        .filters{display:flex;flex-wrap:wrap;gap:.35rem 1.75rem;align-items:center;margin-top:.45rem;font-size:.9rem}
        .group{display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
        .group .label{font-weight:600;color:var(--muted)}
        .group label{cursor:pointer;white-space:nowrap}
        .n{color:var(--muted);font-size:.8rem}
        button{font:inherit;font-size:.8rem;padding:0 .45rem;border:1px solid var(--line);background:var(--page);border-radius:4px;cursor:pointer}
        output{color:var(--muted)}
        main{padding:1rem 1.5rem 3rem;max-width:1800px;margin:0 auto}
        .contents ol{margin:0 0 1rem;padding-left:1.5rem}
        .counts,.facts{color:var(--muted);font-size:.9rem}
        .document{margin:0 0 2.5rem}
        h2{font-size:1.05rem;margin:.5rem 0 0;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:600;overflow-wrap:anywhere}
        .facts{margin:0 0 .6rem}
        .pair{background:var(--paper);border:1px solid var(--line);border-radius:6px;overflow:hidden}
        .row{display:grid;grid-template-columns:5.5rem minmax(0,1fr) minmax(0,1fr) minmax(16rem,.8fr);border-top:1px solid var(--line)}
        .row:first-child{border-top:0}
        .row>*{padding:.55rem .8rem;min-width:0}
        .row>*+*{border-left:1px solid var(--line)}
        .row.head{background:#eceff3;font-weight:600;font-size:.85rem}
        .row.head .file,.row.head .tag{font-weight:400;color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
        .row[data-worst=error]{box-shadow:inset 4px 0 var(--error)}
        .row[data-worst=warning]{box-shadow:inset 4px 0 var(--warning)}
        .row[data-worst=info]{box-shadow:inset 4px 0 var(--info)}
        .unit{font-size:.78rem;color:var(--muted);line-height:1.4}
        .unit a{color:inherit;text-decoration:none;font-weight:600;display:block}
        .lines{font-size:.72rem}
        .text{white-space:pre-wrap}
        .row[data-depth="0"] .text{font-weight:700;font-size:1.08em}
        .row[data-depth="2"] .text{padding-left:2.2rem}
        .row[data-depth="3"] .text{padding-left:3.7rem}
        .row[data-depth="4"] .text{padding-left:5.2rem}
        .row[data-depth="2"] .text::before,.row[data-depth="3"] .text::before,.row[data-depth="4"] .text::before{\
        display:inline-block;width:1.1rem;margin-left:-1.1rem;color:var(--muted)}
        .row[data-depth="2"] .text::before{content:"•"}
        .row[data-depth="3"] .text::before,.row[data-depth="4"] .text::before{content:"–"}
        .text.missing{color:var(--muted);font-style:italic}
        mark.term{background:var(--term);color:inherit;border-radius:3px;padding:0 .1em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
        mark.term.flagged{background:#ffd6d1;box-shadow:inset 0 -2px var(--error)}
        .findings{list-style:none;margin:0;padding:.45rem .6rem;display:flex;flex-direction:column;gap:.4rem;font-size:.85rem;line-height:1.45}
        .row .findings:empty{padding:0}
        .file-findings{padding:0;margin:0 0 .8rem}
        .finding{border-left:4px solid;border-radius:4px;padding:.3rem .55rem}
        [data-severity=error]{--c:var(--error);--bg:var(--error-bg)}
        [data-severity=warning]{--c:var(--warning);--bg:var(--warning-bg)}
        [data-severity=info]{--c:var(--info);--bg:var(--info-bg)}
        .finding,.chip{border-color:var(--c);background:var(--bg);color:var(--ink)}
        .chip{color:var(--c)}
        .filters label[data-severity]{color:var(--c);font-weight:600}
        .sev{color:var(--c);font-weight:700;text-transform:uppercase;font-size:.7rem;letter-spacing:.04em}
        .rule{font-size:.8rem}
        .in-unit{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.75rem;font-weight:600}
        .where,.source-ref{color:var(--muted);font-size:.72rem;overflow-wrap:anywhere}
        .where{display:block}
        .message{word-break:keep-all;overflow-wrap:anywhere}
        .term-detail{font-size:.8rem;color:var(--muted)}
        .term-detail q{color:var(--ink)}
        [hidden]{display:none!important}
        @media (max-width:760px){.row{grid-template-columns:1fr}.row>*+*{border-left:0;border-top:1px dashed var(--line)}\
        .row.head,.row .findings:empty{display:none}header.top{position:static}main{padding:.75rem}}
        """

    /// Filters findings by the checked severities and rules, recolours each block by its worst
    /// visible finding, and optionally hides blocks without one. Reads only `data-` attributes.
    static let script = """
        (function(){
        var form=document.getElementById('filters');
        var only=document.getElementById('only-flagged');
        var order=['error','warning','info'];
        function checked(name){var set=Object.create(null);form.querySelectorAll('input[name="'+name+'"]').forEach(function(input){if(input.checked)set[input.value]=true;});return set;}
        function apply(){
        var severities=checked('severity'),rules=checked('rule'),shown=0,total=0;
        document.querySelectorAll('.finding').forEach(function(item){
        var visible=!!severities[item.getAttribute('data-severity')]&&!!rules[item.getAttribute('data-rule')];
        item.hidden=!visible;total++;if(visible)shown++;});
        document.querySelectorAll('.row[data-unit]').forEach(function(row){
        var worst='';
        for(var i=0;i<order.length&&!worst;i++){if(row.querySelector('.finding[data-severity="'+order[i]+'"]:not([hidden])'))worst=order[i];}
        row.setAttribute('data-worst',worst);row.hidden=only.checked&&!worst;});
        document.querySelectorAll('.file-findings').forEach(function(list){list.hidden=!list.querySelector('.finding:not([hidden])');});
        document.getElementById('shown').textContent='showing '+shown+' of '+total+' finding'+(total===1?'':'s');}
        form.addEventListener('change',apply);
        form.addEventListener('submit',function(event){event.preventDefault();});
        form.querySelectorAll('button[data-toggle]').forEach(function(button){button.addEventListener('click',function(){
        var value=button.getAttribute('data-checked')==='true';
        form.querySelectorAll('input[name="'+button.getAttribute('data-toggle')+'"]').forEach(function(input){input.checked=value;});apply();});});
        apply();
        })();
        """
}
