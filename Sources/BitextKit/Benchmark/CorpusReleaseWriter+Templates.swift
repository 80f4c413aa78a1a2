/// The sentences of generated releases, in the style of the ministry's releases.
///
/// The words around the slots are chosen to contain no glossary term (a term in the Korean
/// frame would need its English rendering in the English frame) and no number word (이, 한, 양 can
/// read as numbers in Korean, "one" and "first" in English). `CorpusGeneratorTests` checks a
/// generated corpus with the shipped glossary, so a frame that breaks either rule fails there.
extension CorpusReleaseWriter {
    static let titles: [Template] = [
        Template("{A}에 관한 {ORD} {EVENT} 개최", "{ORD} {EVENT} on {A} Held"),
        Template("정부, {A} 분야에 {AMOUNT} 지원 발표", "Government Announces {AMOUNT} in Support for {A}"),
        Template("{SPEAKER}, {CITY}에서 {A} 논의", "{SPEAKER} Discusses {A} in {CITY}"),
        Template("{EVENT} 계기 {A} 관련 협의 결과", "Outcome of Consultations on {A} on the Margins of the {EVENT}"),
    ]

    static let paragraphs: [Template] = [
        Template(
            "{SPEAKER:은} {DATE} {CITY}에서 개최된 {ORD} {EVENT}에 참석하여 {A:과} {B}에 관한 우리 정부의 입장을 설명했다.",
            "{SPEAKER} attended the {ORD} {EVENT} held in {CITY} on {DATE}, and explained the government’s position on {A} and {B}."),
        Template(
            "{SPEAKER:은} 회의에서 {A:이} 직면한 과제를 언급하면서, {B:을} 위한 각국의 노력이 중요하다고 강조했다.",
            "At the meeting, {SPEAKER} noted the challenges facing {A}, and stressed that the efforts of each country for {B} are important."),
        Template(
            "정부는 {PLANYEAR}년부터 {N}년간 총 {AMOUNT} 규모의 {A} 사업을 추진할 계획이며, 관련 예산은 전년 대비 {PCT} 증가했다.",
            "The government plans to carry out {A} projects worth a total of {AMOUNT} over {N} years from {PLANYEAR}, and the related budget has increased by {PCT} from the previous year."),
        Template(
            "참석자들은 {A:과} 관련하여 긴밀히 소통해 나가기로 하였으며, {DATE} 개최 예정인 후속 회의에서 {B} 문제를 구체적으로 논의하기로 했다.",
            "The participants agreed to communicate closely on {A}, and to discuss the issue of {B} in detail at a follow-up meeting to be held on {DATE}."),
        Template(
            "이번 회의에는 {COUNTRIES} 대표가 참석했으며, 참석자들은 {A}에 관한 공동성명을 채택했다.",
            "Representatives of {COUNTRIES} attended the meeting, and the participants adopted a joint statement on {A}."),
        Template(
            "{SPEAKER:은} {A:이} 우리 정부가 중시하는 분야라고 하면서, {PLANYEAR}년까지 관련 예산을 {PCT} 늘려 나갈 것이라고 밝혔다.",
            "{SPEAKER} said that {A} is an area to which the government attaches importance, and that it would increase the related budget by {PCT} by {PLANYEAR}."),
        Template(
            "정부는 {YEAR}년 {B} 분야에 {AMOUNT:을} 지원한 데 이어, {DATE}에는 {A} 관련 사업에 {AMOUNT2:을} 추가로 지원하기로 결정했다.",
            "After providing {AMOUNT} for {B} in {YEAR}, the government decided on {DATE} to provide an additional {AMOUNT2} for projects related to {A}."),
        Template("{A} 분야의 협력 현황은 다음과 같다.", "The status of cooperation in {A} is as follows:"),
    ]

    static let bullets: [Template] = [
        Template("{A:은} 이번 논의의 핵심 의제로 다루어졌다.", "{A} was addressed as a key agenda item of the discussions."),
        Template("참석자들은 {A:을} 위한 재원 {AMOUNT:의} 조성 방안을 검토했다.", "The participants reviewed ways to raise {AMOUNT} in funding for {A}."),
        Template("{DATE}에는 {CITY}에서 {A}에 관한 전문가 회의가 별도로 열렸다.", "A separate expert meeting on {A} was held in {CITY} on {DATE}."),
        Template("정부는 {A:과} {B:을} 연계한 사업을 {N}개 지역에서 시행하고 있다.", "The government is implementing projects linking {A} and {B} in {N} regions."),
        Template("관련 예산은 전년 대비 {PCT} 증가한 {AMOUNT:으로} 편성되었다.", "The related budget was set at {AMOUNT}, up {PCT} from the previous year."),
        Template("{A}의 중요성에 대한 공감대가 형성되었다.", "A consensus was formed on the importance of {A}."),
        Template("{SPEAKER:은} 관련 내용을 다음과 같이 설명했다.", "{SPEAKER} explained the details as follows:"),
        Template("{PEOPLE:이} 참석한 {A} 세미나가 {DATE} {CITY}에서 열렸다.", "A seminar on {A}, attended by {PEOPLE}, was held in {CITY} on {DATE}."),
    ]

    static let subBullets: [Template] = [
        Template("{A}: {AMOUNT}", "{A}: {AMOUNT}"),
        Template("{A} 분야 협의: {DATE}", "Consultations on {A}: {DATE}"),
        Template("{A} 관련 교육 프로그램 운영(연간 {PEOPLE})", "A training program on {A} ({PEOPLE} a year)"),
        Template("{A} 분야 지원 확대: 전년 대비 {PCT} 증가", "Expanded support for {A}: up {PCT} from the previous year"),
        Template("{A} 관련 {TONS} 지원", "Support of {TONS} related to {A}"),
    ]

    static let notes: [Template] = [
        Template("{A}: {YEAR}년 현재 {COUNTRIES:이} 참여 중", "{A}: {COUNTRIES} are participating as of {YEAR}"),
        Template("{ORD} 회의는 {PREVYEAR}년 {CITY}에서 개최", "The {ORD} meeting was held in {CITY} in {PREVYEAR}"),
        Template("{A} 관련 세부 내용은 별첨 참조", "See the annex for details on {A}"),
    ]

    static let events: [Event] = [
        Event(korean: "정책협의회", english: "Policy Consultation Meeting", slug: "policy-consultation"),
        Event(korean: "공동위원회", english: "Joint Committee", slug: "joint-committee"),
        Event(korean: "실무협의", english: "Working-Level Consultation", slug: "working-level-consultation"),
        Event(korean: "전략포럼", english: "Strategic Forum", slug: "strategic-forum"),
        Event(korean: "지역협의체 회의", english: "Regional Consultative Meeting", slug: "regional-consultative-meeting"),
        Event(korean: "고위관리회의", english: "Senior Officials’ Meeting", slug: "senior-officials-meeting"),
    ]

    static let cities: [(korean: String, english: String)] = [
        ("서울", "Seoul"), ("제네바", "Geneva"), ("뉴욕", "New York"), ("자카르타", "Jakarta"), ("나이로비", "Nairobi"),
        ("로마", "Rome"), ("방콕", "Bangkok"), ("부산", "Busan"), ("싱가포르", "Singapore"), ("하노이", "Hanoi"),
        ("아디스아바바", "Addis Ababa"), ("브뤼셀", "Brussels"),
    ]

    /// Surnames that read as nothing else (이, 한 and 오 can be read as numbers).
    static let surnames: [(korean: String, english: String)] = [
        ("김", "Kim"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"),
        ("장", "Jang"), ("임", "Lim"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("송", "Song"),
    ]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let koreanWeekdays = ["일", "월", "화", "수", "목", "금", "토"]
    static let englishWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
}
