import Foundation
import BitextKit

/// A realistic check report for the report-format tests: blocks of two fixture releases
/// (`2020-09-26-alliance-for-multilateralism`, `2021-04-16-covid19-vaccine-cooperation`) with
/// defects injected into the English side and the findings a check run would report for them.
///
/// The texts are copied here rather than read from `../shared`, so that these tests run anywhere.
enum SampleReport {
    static let allianceKo = "releases/2020-09-26-alliance-for-multilateralism.ko.txt"
    static let allianceEn = "releases/2020-09-26-alliance-for-multilateralism.en.txt"
    static let vaccineKo = "releases/2021-04-16-covid19-vaccine-cooperation.ko.txt"
    static let vaccineEn = "releases/2021-04-16-covid19-vaccine-cooperation.en.txt"

    static let report = CheckReport(
        findings: allianceFindings + vaccineFindings, pairs: 2,
        units: alliance.units.count + vaccine.units.count, baselined: 1, documents: [alliance, vaccine])

    // MARK: - Alliance for Multilateralism (Korean → English)

    static let alliance = CheckedDocument(
        sourceFile: allianceKo, targetFile: allianceEn, sourceLanguage: "ko-KR", targetLanguage: "en-US",
        units: [
            unit("title", depth: 0, lines: (8, 11),
                "강경화 외교부 장관, 「다자주의 연대 장관급 회의」 참석",
                "Minister of Foreign Affairs Attends Ministerial Meeting of Alliance for Multilateralism",
                terms: ["외교부 장관", "다자주의 연대"], ["Minister of Foreign Affairs", "Alliance for Multilateralism"]),
            unit("p1", depth: 1, lines: (13, 16),
                "강경화 외교부 장관은 제75차 유엔총회 고위급 주간 계기 9월 25일(금) 오전(뉴욕 현지시간) 개최된 「다자주의 연대 장관급 회의」에 참석하여 다자 보건 체제 강화 방안에 대해 논의했다.",
                "Minister of Foreign Affairs Kang, Kyung-wha attended the “Ministerial Meeting of the Alliance for Multilateralism” held on the morning of September 25 (New York time) on the occasion of the High-Level Week of the 74th session of the United Nations General Assembly, and discussed strengthening the multilateral health architecture.",
                terms: ["외교부 장관", "유엔총회", "고위급 주간", "다자주의 연대", "다자 보건 체제"],
                ["Minister of Foreign Affairs", "Alliance for Multilateralism", "High-Level Week", "United Nations General Assembly", "multilateral health architecture"]),
            unit("p1.b1", depth: 2, lines: (15, 18),
                "독일 및 프랑스 외교부가 공동 주최한 이번 화상회의에는 우리나라를 포함한 약 20개국 장관급 인사와 유엔 및 시민사회 대표 등이 참석했다.",
                "The virtual meeting was hosted by the foreign ministries of the Federal Republic of Germany and the French Republic and attended by ministerial-level officials from about 20 countries, including our country, as well as representatives from the UN and civil society.",
                terms: ["외교부", "우리나라", "유엔", "시민사회"], ["foreign ministries", "our country", "UN", "civil society"]),
            unit("p2", depth: 1, lines: (17, 20),
                "강 장관은 국제사회가 코로나19 팬데믹을 극복하고 유사한 보건 위기에 대응하기 위해서는 다자 보건 체제를 강화해야 하며, 이를 위해 보다 구체적이고 실질적인 방안을 논의해 나가야 한다고 밝혔다.",
                "Minister Kang said that the international community should strengthen the multilateral health architecture to overcome the COVID-19 pandemic and respond to similar health crises, and to that end, the international community should discuss more concrete and substantive measures.",
                terms: ["국제사회", "코로나19", "다자 보건 체제"], ["international community", "COVID-19", "multilateral health architecture"]),
            unit("p2.b1", depth: 2, lines: (19, 22),
                "특히 강 장관은 각국의 핵심 공중보건 역량 개발, 정보 공유 강화, 필수적 이동 보장, 조기경보 개선, 사생활 및 인권 보호 등을 목표로 하는 국제보건규칙을 비롯하여 공중보건 규범을 개선해 나갈 필요가 있다고 강조했다.",
                "In particular, Minister Kang stressed the need to improve public health norms, including the International Health Rules aimed at developing each country’s core public health capacities, strengthening information sharing, safeguarding essential travel, improving early warning, and protecting privacy and human rights.",
                terms: ["공중보건", "국제보건규칙", "인권"], ["public health", "human rights"]),
            unit("p2.b2", depth: 2, lines: (21, 24),
                "또한 강 장관은 공중보건 및 질병 통제를 중심으로 다자주의를 강화할 필요가 있다고 하면서, 이를 위해 우리나라가 제네바 우호국 그룹 등을 통해 다자 무대에서 팬데믹 관련 현안에 대한 논의를 주도하고 있다고 설명했다.",
                "In addition, Minister Kang underscored the need to strengthen multilateralism with a focus on public hygiene and diseases control, and explained that to do so, the ROK is leading discussions on pandemic-related concerns in the multilateral arena, including through the Group of Friends in Geneva.",
                terms: ["공중보건", "다자주의", "우리나라"], ["multilateralism", "public hygiene", "ROK"]),
        ])

    static let allianceFindings: [Finding] = [
        Finding(rule: .numberMismatch, file: allianceEn, line: 16, column: 217, sourceFile: allianceKo, sourceLine: 13,
            unit: "p1", message: "the source has “제75차” (75th); the target has “74th”",
            source: alliance.units[1].source, target: alliance.units[1].target, subject: "75"),
        Finding(rule: .termForbidden, file: allianceEn, line: 18, column: 198, sourceFile: allianceKo, sourceLine: 15,
            unit: "p1.b1", message: "“our country” is a forbidden rendering of “우리나라”; use “ROK” or “Republic of Korea”",
            source: alliance.units[2].source, target: alliance.units[2].target,
            term: .init(source: "우리나라", expected: ["ROK", "Republic of Korea"], found: "our country"), subject: "우리나라"),
        Finding(rule: .termMissing, file: allianceEn, line: 22, column: 96, sourceFile: allianceKo, sourceLine: 19,
            unit: "p2.b1", message: "“국제보건규칙” should be translated as “International Health Regulations”",
            source: alliance.units[4].source, target: alliance.units[4].target,
            term: .init(source: "국제보건규칙", expected: ["International Health Regulations"], found: nil), subject: "국제보건규칙"),
        Finding(rule: .termInconsistent, file: allianceEn, line: 24, column: 97, sourceFile: allianceKo, sourceLine: 21,
            unit: "p2.b2", message: "“공중보건” is “public health” in p2.b1 but “public hygiene” here",
            source: alliance.units[5].source, target: alliance.units[5].target,
            term: .init(source: "공중보건", expected: ["public health"], found: "public hygiene"), subject: "공중보건"),
    ]

    // MARK: - COVID-19 vaccine cooperation (sub-bullets, a note and a structure problem)

    static let vaccine = CheckedDocument(
        sourceFile: vaccineKo, targetFile: vaccineEn, sourceLanguage: "ko-KR", targetLanguage: "en-US",
        units: [
            unit("p2.b1", depth: 2, lines: (10, 10),
                "정 차관은 백신 공평 접근을 위한 우리 정부의 기여를 다음과 같이 소개했다.",
                "Vice Minister Jung outlined the ROK government’s contributions to equitable access to vaccines as follows:",
                terms: [], ["ROK"]),
            unit("p2.b1.b1", depth: 3, lines: (11, 11),
                "코백스 선구매공약메커니즘(COVAX AMC)에 1,000만 달러 공여(2021년)",
                "USD 100 million contributed to the COVAX Advance Market Commitment (COVAX AMC) (2021)",
                terms: ["코백스 선구매공약메커니즘"], ["COVAX Advance Market Commitment"]),
            unit("p2.b1.b2", depth: 3, lines: (12, 12),
                "국제백신연구소(IVI)와 협력하여 개발도상국 백신 생산 인력 교육 프로그램 운영(연간 약 200명)",
                "A training program for vaccine production personnel from developing countries, run in cooperation with the International Vaccine Institute (IVI) (about 200 trainees a year)",
                terms: ["국제백신연구소", "개발도상국"], ["developing countries", "International Vaccine Institute"]),
            unit("p3.b2", depth: 2, lines: (21, 21),
                "코백스(COVAX): WHO, CEPI, 세계백신면역연합(Gavi)이 공동 주도하는 코로나19 백신 공동 구매·배분 체제로, 2021년 4월 현재 약 190개국이 참여 중",
                "COVAX: a mechanism for the joint procurement and distribution of COVID-19 vaccines, co-led by the WHO, CEPI and Gavi, the Vaccine Alliance, in which about 190 countries are participating as of April 2021",
                terms: ["코로나19"], ["COVID-19"]),
            unit("p3.b3", depth: 2, lines: (23, 23),
                "참석국들은 또한 국제 보건 규칙에 따른 각국의 의무를 성실히 이행하고, 변이 바이러스 관련 정보를 적시에 공유해 나가기로 했다.",
                "The participating countries also agreed to faithfully fulfill their obligations under the International Health Regulations and to share information on virus variants in a timely manner.",
                terms: ["국제 보건 규칙"], ["International Health Regulations"]),
        ])

    static let vaccineFindings: [Finding] = [
        Finding(rule: .structureMismatch, file: vaccineEn, line: 27, column: 1, sourceFile: vaccineKo, sourceLine: nil,
            unit: "p4.b1", message: "the target has a bullet p4.b1 that the source lacks", subject: "p4.b1"),
        Finding(rule: .numberMismatch, file: vaccineEn, line: 11, column: 5, sourceFile: vaccineKo, sourceLine: 11,
            unit: "p2.b1.b1", message: "the source has “1,000만 달러” (USD 10 million); the target has “USD 100 million”",
            source: vaccine.units[1].source, target: vaccine.units[1].target, subject: "10000000"),
        Finding(rule: .termSpacing, file: vaccineEn, line: 23, column: 93, sourceFile: vaccineKo, sourceLine: 23,
            unit: "p3.b3", message: "“국제 보건 규칙” is written “국제보건규칙” in the glossary",
            source: vaccine.units[4].source, target: vaccine.units[4].target,
            term: .init(source: "국제보건규칙", expected: ["International Health Regulations"], found: "International Health Regulations"),
            subject: "국제보건규칙"),
    ]

    // MARK: - Building units

    /// A unit whose term ranges are every occurrence of the given terms in each text.
    static func unit(
        _ id: String, depth: Int, lines: (Int, Int), _ source: String, _ target: String,
        terms sourceTerms: [String], _ targetTerms: [String]
    ) -> CheckedDocument.Unit {
        CheckedDocument.Unit(
            id: id, depth: depth, source: source, target: target, sourceLine: lines.0, targetLine: lines.1,
            sourceTerms: ranges(of: sourceTerms, in: source), targetTerms: ranges(of: targetTerms, in: target))
    }

    static func ranges(of terms: [String], in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for term in terms {
            var start = text.startIndex
            while let range = text.range(of: term, range: start..<text.endIndex) {
                ranges.append(range)
                start = range.upperBound
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
