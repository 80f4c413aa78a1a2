import Testing

@testable import BitextKit

struct GlossaryLintTests {
    @Test func findsEveryKindOfProblemWithItsLine() throws {
        let glossary = try Glossary(csv: """
            ko,en,zh,status
            외교부,Ministry of Foreign Affairs,外交部,approved
            외교부,Ministry of Foreign Affairs,外交部,
            유엔,,,approved
            ,United Nations,,approved
            북한,North Korea,,approved
            북한,North Korea,,forbidden
            """, path: "g.csv")
        let problems = GlossaryLint.problems(in: glossary)
        #expect(problems.map(\.description) == [
            "g.csv:1: warning: column “zh” names a language Bitext does not check; its cells are ignored.",
            "g.csv:3: warning: this row repeats line 2.",
            "g.csv:4: warning: the en cell is empty, so the row names no en term.",
            "g.csv:5: warning: the ko cell is empty, so the row names no ko term.",
            "g.csv:7: warning: “North Korea” is forbidden here for “북한” but approved on line 6.",
        ])
        #expect(problems[1].kind == .duplicateRow(of: Glossary.Location(file: "g.csv", line: 2)))
    }

    @Test func duplicatesAcrossFilesNameTheOtherFile() throws {
        let first = try Glossary(csv: "ko,en\n외교부,MOFA\n", path: "a.csv")
        let second = try Glossary(csv: "ko,en\n외교부,MOFA\n", path: "b.csv")
        let problems = GlossaryLint.problems(in: first.merging(second))
        #expect(problems.map(\.message) == ["this row repeats a.csv:2."])
    }

    @Test func decomposedAndComposedCellsAreTheSameRow() throws {
        let text = "ko,en\n국제보건규칙,IHR\n\("국제보건규칙".decomposedStringWithCanonicalMapping),IHR\n"
        #expect(GlossaryLint.problems(in: try Glossary(csv: text)).count == 1)
    }

    @Test(.enabled(if: GlossaryFixtures.shouldRun, GlossaryFixtures.skipMessage))
    func theFixtureGlossaryIsClean() throws {
        #expect(GlossaryLint.problems(in: try GlossaryFixtures.fixtureGlossary()).isEmpty)
    }

    @Test(.enabled(if: GlossaryFixtures.shippedGlossary != nil, "the shipped Glossary/mofa-terms.csv is not beside this package"))
    func theShippedGlossaryIsClean() throws {
        let glossary = try Glossary.load(paths: [try #require(GlossaryFixtures.shippedGlossary).path])
        #expect(GlossaryLint.problems(in: glossary).map(\.description) == [])
        #expect(glossary.rows.count >= 160)
    }
}
