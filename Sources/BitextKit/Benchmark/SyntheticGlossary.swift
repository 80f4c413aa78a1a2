/// Korean–English glossaries of any size for benchmarks, as CSV (`ko,en,status,note`).
///
/// The real glossary's rows come first, so a corpus generated from it checks clean against any
/// size; the rest are made-up but plausible, distinct names of regional bodies ("동아프리카 수자원
/// 협력위원회" = "East Africa Water Resources Cooperation Committee"), in a seeded order, some with a
/// spacing variant, an abbreviation or a forbidden spelling, as real term bases have. None of them
/// occurs in a generated corpus, so a larger glossary changes the matcher's work, not the findings.
public enum SyntheticGlossary {
    /// `rows` data rows: the first rows of `real`, then synthetic ones.
    public static func csv(rows count: Int, real: Glossary, seed: UInt64 = 1) -> String {
        var lines = ["ko,en,status,note"]
        lines.reserveCapacity(count + 1)
        for row in real.rows.prefix(count) {
            guard let korean = row.cells[.korean], let english = row.cells[.english] else { continue }
            lines.append([korean, english, row.status.rawValue, row.note].map(quoted).joined(separator: ","))
        }
        var random = SeededRandom(seed: seed ^ 0x61_05_5A_27)
        var combinations = SyntheticNames(random: &random)
        while lines.count <= count, let name = combinations.next() {
            var note: [String] = []
            switch lines.count % 5 {
            case 0: note.append("ko variants: \(name.korean.replacingOccurrences(of: " ", with: ""))")
            case 1: note.append("abbreviation \(name.abbreviation)")
            default: break
            }
            lines.append([name.korean, name.english, "approved", note.joined(separator: "; ")].map(quoted).joined(separator: ","))
            if let forbidden = name.forbiddenEnglish, lines.count <= count {
                lines.append([name.korean, forbidden, "forbidden", "not the body's own spelling"].map(quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell quoted as RFC 4180 says, where it needs it.
    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Every region × field × body combination once, in a seeded order.
private struct SyntheticNames {
    struct Name {
        var korean: String
        var english: String
        var abbreviation: String
        var forbiddenEnglish: String?
    }

    private var order: [Int]
    private var position = 0

    init(random: inout SeededRandom) {
        let total = Self.regions.count * Self.fields.count * Self.bodies.count
        order = Array(0..<total)
        // Fisher–Yates with the seeded generator.
        for index in stride(from: total - 1, to: 0, by: -1) {
            order.swapAt(index, random.int(in: 0...index))
        }
    }

    mutating func next() -> Name? {
        guard position < order.count else { return nil }
        var index = order[position]
        position += 1
        let body = Self.bodies[index % Self.bodies.count]
        index /= Self.bodies.count
        let field = Self.fields[index % Self.fields.count]
        let region = Self.regions[index / Self.fields.count]
        let english = "\(region.1) \(field.1) \(body.1)"
        let abbreviation = String(english.split(separator: " ").compactMap { $0.first(where: \.isUppercase) })
        return Name(
            korean: "\(region.0) \(field.0) \(body.0)", english: english, abbreviation: abbreviation,
            forbiddenEnglish: body.2.map { "\(region.1) \(field.1) \($0)" })
    }

    static let regions: [(String, String)] = [
        ("동아프리카", "East Africa"), ("서아프리카", "West Africa"), ("남부아프리카", "Southern Africa"),
        ("북아프리카", "North Africa"), ("중앙아프리카", "Central Africa"), ("중앙아시아", "Central Asia"),
        ("남아시아", "South Asia"), ("동북아시아", "Northeast Asia"), ("태평양도서국", "Pacific Islands"),
        ("카리브", "Caribbean"), ("중남미", "Latin America"), ("안데스", "Andean"), ("메콩", "Mekong"),
        ("발칸", "Balkan"), ("북극", "Arctic"), ("남극", "Antarctic"), ("지중해", "Mediterranean"),
        ("발트해", "Baltic Sea"), ("흑해", "Black Sea"), ("걸프", "Gulf"), ("사헬", "Sahel"),
        ("아프리카의뿔", "Horn of Africa"), ("인도양", "Indian Ocean"), ("대서양", "Atlantic"), ("북해", "North Sea"),
        ("코카서스", "Caucasus"), ("중동", "Middle East"), ("북미", "North American"), ("유라시아", "Eurasian"),
        ("오세아니아", "Oceania"), ("서유럽", "Western Europe"), ("동유럽", "Eastern Europe"), ("북유럽", "Nordic"),
        ("남유럽", "Southern Europe"), ("아랍", "Arab"), ("이베리아", "Iberian"), ("스칸디나비아", "Scandinavian"),
        ("아마존", "Amazon"), ("다뉴브", "Danube"), ("나일강", "Nile Basin"), ("두만강", "Tumen River"),
        ("서남아시아", "Southwest Asia"), ("미크로네시아", "Micronesia"),
    ]

    static let fields: [(String, String)] = [
        ("수자원", "Water Resources"), ("해양", "Maritime"), ("어업", "Fisheries"), ("산림", "Forestry"),
        ("농업", "Agricultural"), ("에너지", "Energy"), ("원자력안전", "Nuclear Safety"), ("교통", "Transport"),
        ("항공", "Aviation"), ("해운", "Shipping"), ("관광", "Tourism"), ("교육", "Education"),
        ("문화유산", "Cultural Heritage"), ("디지털", "Digital"), ("사이버안보", "Cybersecurity"), ("우주", "Space"),
        ("과학기술", "Science and Technology"), ("무역", "Trade"), ("투자", "Investment"), ("금융", "Financial"),
        ("조세", "Tax"), ("관세", "Customs"), ("노동", "Labour"), ("이주", "Migration"), ("난민", "Refugee"),
        ("아동보호", "Child Protection"), ("성평등", "Gender Equality"), ("청년", "Youth"), ("보건의료", "Health Care"),
        ("영양", "Nutrition"), ("위생", "Sanitation"), ("재난위험", "Disaster Risk"), ("기상", "Meteorological"),
        ("환경", "Environmental"), ("생물다양성", "Biodiversity"), ("사막화", "Desertification"),
        ("해양오염", "Marine Pollution"), ("대기질", "Air Quality"), ("도시", "Urban"), ("주택", "Housing"),
        ("통계", "Statistical"), ("전자정부", "E-Government"), ("반부패", "Anti-Corruption"), ("사법", "Judicial"),
        ("선거", "Electoral"), ("치안", "Public Security"), ("지뢰제거", "Demining"), ("군축", "Disarmament"),
        ("평화구축", "Peacebuilding"), ("스포츠", "Sports"), ("철도", "Railway"), ("항만", "Port"),
    ]

    /// Kinds of body, with a spelling that glossaries forbid where there is one.
    static let bodies: [(String, String, String?)] = [
        ("협력위원회", "Cooperation Committee", "Co-operation Committee"), ("협력기구", "Cooperation Organization", "Cooperation Organisation"),
        ("공동위원회", "Joint Commission", nil), ("협의체", "Consultative Body", nil), ("이니셔티브", "Initiative", nil),
        ("파트너십", "Partnership", nil), ("기금", "Fund", nil), ("신탁기금", "Trust Fund", nil),
        ("개발은행", "Development Bank", nil), ("연구소", "Research Institute", nil), ("센터", "Centre", "Center"),
        ("사무소", "Office", nil), ("네트워크", "Network", nil), ("포럼", "Forum", nil), ("대화", "Dialogue", nil),
        ("협정", "Agreement", nil), ("협약", "Convention", nil), ("의정서", "Protocol", nil),
        ("행동계획", "Action Plan", nil), ("로드맵", "Roadmap", "Road Map"), ("프로그램", "Programme", "Program"),
        ("태스크포스", "Task Force", nil), ("작업반", "Working Group", nil), ("전문가그룹", "Expert Group", nil),
        ("각료회의", "Ministerial Meeting", nil), ("위원회", "Commission", nil), ("관리청", "Management Authority", nil),
        ("공사", "Corporation", nil), ("협회", "Association", nil), ("연합", "Union", nil), ("헌장", "Charter", nil),
        ("선언", "Declaration", nil), ("전략", "Strategy", nil), ("기본계획", "Master Plan", nil),
        ("평가보고서", "Assessment Report", nil), ("데이터베이스", "Database", "Data Base"),
        ("조정관실", "Coordination Office", nil), ("지원단", "Support Unit", nil), ("감시단", "Monitoring Mission", nil),
        ("훈련센터", "Training Centre", "Training Center"), ("정보시스템", "Information System", nil),
        ("인증제도", "Certification Scheme", nil), ("표준", "Standards", nil), ("시범사업", "Pilot Project", nil),
        ("역량강화사업", "Capacity-Building Project", nil), ("경보체계", "Alert System", nil),
        ("자문단", "Advisory Group", nil), ("기술위원회", "Technical Committee", nil), ("재단", "Foundation", nil),
        ("아카데미", "Academy", nil),
    ]
}
