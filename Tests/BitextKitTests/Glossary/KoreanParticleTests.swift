import Foundation
import Testing

@testable import BitextKit

struct KoreanParticleTests {
    @Test(arguments: [
        ("국제보건규칙", "은", KoreanParticle.Agreement.agrees),
        ("국제보건규칙", "는", .disagrees(expected: "은")),
        ("국제보건규칙", "을", .agrees),
        ("국제보건규칙", "를", .disagrees(expected: "을")),
        ("국제보건규칙", "이다", .agrees),
        ("국제보건규칙", "다", .disagrees(expected: "이다")),
        ("다자주의", "를", .agrees),
        ("다자주의", "을", .disagrees(expected: "를")),
        ("북한", "이", .agrees),
        ("북한", "가", .disagrees(expected: "이")),
        ("개발도상국", "의", .agrees),
        ("공여국", "으로", .agrees),
        ("공여국", "로", .disagrees(expected: "으로")),
        ("공여국", "으로서", .agrees),
        ("공여국", "로서의", .disagrees(expected: "으로서의")),
        ("서울", "로", .agrees),  // ㄹ takes the vowel form
        ("서울", "으로", .disagrees(expected: "로")),
        ("세계식량계획(WFP)", "과", .agrees),  // the particle belongs to the word before the parenthesis
        ("세계식량계획(WFP)", "와", .disagrees(expected: "과")),
        ("공적개발원조(ODA)", "를", .agrees),
        ("「담대한 구상」", "에", .agrees),
        ("유엔식량농업기구(FAO)", "와", .agrees),
        ("비핵화", "라는", .agrees),
        ("비핵화", "이라는", .agrees),  // the full copula is also right after a vowel
        ("비핵화", "가", .agrees),
        ("비핵화", "이", .disagrees(expected: "가")),
        ("우리 국민", "들에게", .agrees),
        ("우리 국민", "들은", .agrees),
        ("우리 국민", "들는", .disagrees(expected: "들은")),  // agrees with 들
        ("공여국", "가", .agrees),  // 공여국가: the noun 국가, not a subject particle
        ("개발도상국", "가의", .agrees),
        ("개발도상국", "가들은", .agrees),
        ("개발도상국", "가은", .disagrees(expected: "가는")),
        ("WHO", "는", .notApplicable),  // an acronym: how it is read decides
        ("코로나19", "는", .notApplicable),
        ("국제보건규칙", "복지부", .notApplicable),  // not a particle
    ])
    func agreement(word: String, particle: String, expected: KoreanParticle.Agreement) {
        #expect(KoreanParticle.agreement(of: particle, after: word) == expected)
    }

    @Test func decomposedInputIsComposedFirst() {
        let word = "국제보건규칙".decomposedStringWithCanonicalMapping
        #expect(KoreanParticle.agreement(of: "는", after: word) == .disagrees(expected: "은"))
    }

    @Test(arguments: [
        ("에서의", ["에서", "의"]),
        ("으로서의", ["으로서", "의"]),
        ("들에게", ["들", "에게"]),
        ("에도", ["에", "도"]),
        ("이었다", ["이었다"]),
    ])
    func splitsSequencesLongestFirst(text: String, parts: [String]) {
        #expect(KoreanParticle.split(text)?.map(\.text) == parts)
    }

    @Test(arguments: ["복지부", "외교과", "사회과", "총회", "이사회", "", "의들", "가의", "을도", "이다는"])
    func rejectsWhatIsNotParticles(text: String) {
        #expect(KoreanParticle.split(text) == nil)
    }

    @Test func formsAreExposed() throws {
        let particle = try #require(KoreanParticle.split("로")?.first)
        #expect(particle.afterConsonant == "으로")
        #expect(particle.afterVowel == "로")
    }
}
