@testable import BitextKit
import Foundation
import Testing

/// `RegularExpression` calls ICU directly on Linux; it must find what `NSRegularExpression` finds,
/// at the same UTF-16 offsets, for every pattern the locale data ships.
struct RegularExpressionTests {
    /// Every line pattern of the shipped locales, their joined lists, and every SRX rule as the
    /// segmenter compiles it.
    static var patterns: [String] {
        let profiles = Catalog.shipped.profiles
        var patterns = profiles.flatMap { $0.markers.map(\.pattern) + $0.chrome + $0.metadata.map(\.pattern) + $0.footer }
        patterns += LinePatternListTests.shippedLists.filter { LinePatternList.joinableGroupCounts($0) != nil }
            .map(LinePatternList.joined)
        for language in ["ko-KR", "en-US"] {
            patterns += Catalog.shipped.sentenceRules.rules(for: language).map { "(?:\($0.before))(?=\($0.after))" }
        }
        return patterns
    }

    /// The release lines of `LinePatternListTests`, and texts with what UTF-16 offsets get wrong:
    /// scalars outside the BMP, combining marks, nothing at all.
    static var texts: [String] {
        LinePatternListTests.lines + [
            "", "😀 1. x", "ㅇ 😀😀 국제보건규칙.   Next sentence. 끝.", "e\u{301}. A. B.", "Dr. Kim met 3.5 people. Then\u{1F600}. Yes.",
            "  ㅇ\u{2003}x", "Date : 2025.9.25.(목) 😀", "1.\u{00A0}x", "😀 First sentence. Second one.", "😀상세보기",
        ]
    }

    #if canImport(_FoundationICU) && os(Linux)
    @Test func textIsDecodedToItsUTF16() {
        let scalars = (0..<2_000).map { Character(UnicodeScalar(UInt32($0 * 557 % 0x11_0000)) ?? "x") }
        for text in Self.texts + [String(scalars), "\u{10FFFF}\u{10000}\u{FFFF}\u{7FF}\u{80}\u{7F}"] {
            #expect(UTF16Text(text).units == Array(text.utf16), "\(text.unicodeScalars.map(\.value))")
        }
    }
    #endif

    @Test func findsWhatNSRegularExpressionFinds() throws {
        let texts = Self.texts
        for pattern in Self.patterns {
            let expression = try RegularExpression(pattern: pattern)
            let reference = try NSRegularExpression(pattern: pattern)
            #expect(expression.numberOfCaptureGroups == reference.numberOfCaptureGroups)
            for text in texts {
                let subject = UTF16Text(text)
                let whole = NSRange(location: 0, length: text.utf16.count)
                #expect(subject.utf16Count == whole.length)
                let expectedEnds = reference.matches(in: text, range: whole).map { $0.range.location + $0.range.length }
                #expect(expression.matchEnds(in: subject) == expectedEnds, "\(pattern) in \(text)")

                let groups = expression.firstMatch(in: subject) { groups in
                    (0...expression.numberOfCaptureGroups).map { groups.range($0) }
                }
                let expectedGroups = reference.firstMatch(in: text, range: whole).map { result in
                    (0..<result.numberOfRanges).map { group -> Range<Int>? in
                        let range = result.range(at: group)
                        return range.location == NSNotFound ? nil : range.location..<(range.location + range.length)
                    }
                }
                #expect(groups == expectedGroups, "\(pattern) in \(text)")
                if let whole = groups?.first ?? nil {
                    let range = subject.range(whole)
                    #expect(text.utf16.distance(from: text.startIndex, to: range.lowerBound) == whole.lowerBound)
                    #expect(text.utf16.distance(from: text.startIndex, to: range.upperBound) == whole.upperBound)
                }
            }
        }
    }
}
