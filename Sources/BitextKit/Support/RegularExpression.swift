import Foundation

#if canImport(_FoundationICU) && os(Linux)
internal import _FoundationICU
#endif

/// A regular expression with `NSRegularExpression`'s syntax and matches, reporting them as UTF-16
/// offsets into a `UTF16Text`.
///
/// On Linux, `NSRegularExpression` copies the text into UTF-16 on every call, one character at a
/// time (String-to-NSString bridging), and wraps every match in objects: for the release parser,
/// which asks one question of every line, and the segmenter, which runs several rules over every
/// block, that cost two to three times the matching. There the expression calls ICU, the engine
/// under `NSRegularExpression` (the toolchain's `_FoundationICU`), directly on UTF-16 made once
/// per text, with the same pattern and options, so it finds the same matches. Elsewhere it keeps
/// using `NSRegularExpression`, whose bridging is cheap where `NSString` is native.
final class RegularExpression: @unchecked Sendable {
    /// Always compiled: it validates the pattern, and an invalid one fails as it always did.
    private let expression: NSRegularExpression
    let numberOfCaptureGroups: Int
    #if canImport(_FoundationICU) && os(Linux)
    private let compiled: OpaquePointer
    /// Matchers for `compiled` not in use; ICU's matchers cannot be shared between threads.
    private var idle: [OpaquePointer] = []
    private let lock = NSLock()
    #endif

    init(pattern: String) throws {
        expression = try NSRegularExpression(pattern: pattern, options: [])
        numberOfCaptureGroups = expression.numberOfCaptureGroups
        #if canImport(_FoundationICU) && os(Linux)
        let units = Array(pattern.utf16)
        var status = U_ZERO_ERROR
        // The options NSRegularExpression passes for `[]`: none.
        guard let compiled = swift_uregex_open(units, Int32(units.count), 0, nil, &status), status.rawValue <= 0 else {
            preconditionFailure("ICU refused a pattern NSRegularExpression compiled: \(pattern)")
        }
        self.compiled = compiled
        #endif
    }

    deinit {
        #if canImport(_FoundationICU) && os(Linux)
        for matcher in idle { swift_uregex_close(matcher) }
        swift_uregex_close(compiled)
        #endif
    }


    /// The groups of one match, read while the match is at hand: only inside the closure it is
    /// given to, since its matcher goes back to the pool when the closure returns.
    struct Groups {
        fileprivate enum Source {
            #if canImport(_FoundationICU) && os(Linux)
            case matcher(OpaquePointer)
            #endif
            case result(NSTextCheckingResult)
        }
        fileprivate let source: Source

        /// Where `group` matched (0: the whole match), in UTF-16 offsets; nil if it took no part.
        func range(_ group: Int) -> Range<Int>? {
            switch source {
            #if canImport(_FoundationICU) && os(Linux)
            case .matcher(let matcher):
                var status = U_ZERO_ERROR
                let start = swift_uregex_start64(matcher, Int32(group), &status)
                let end = swift_uregex_end64(matcher, Int32(group), &status)
                return status.rawValue <= 0 && start >= 0 ? Int(start)..<Int(end) : nil
            #endif
            case .result(let result):
                let range = result.range(at: group)
                return range.location == NSNotFound ? nil : range.location..<(range.location + range.length)
            }
        }
    }

    /// The first match in `text`, as `body` reads it from its groups; nil if there is none.
    func firstMatch<Result>(in text: UTF16Text, _ body: (Groups) -> Result) -> Result? {
        #if canImport(_FoundationICU) && os(Linux)
        if text.units.count <= Int(Int32.max) {
            var result: Result?
            withMatcher(on: text.units) { matcher in
                var status = U_ZERO_ERROR
                if swift_uregex_findNext(matcher, &status) != 0 && status.rawValue <= 0 {
                    result = body(Groups(source: .matcher(matcher)))
                }
            }
            return result
        }
        #endif
        return expression.firstMatch(in: text.text, options: [], range: text.whole).map { body(Groups(source: .result($0))) }
    }

    /// The UTF-16 offsets where the matches in `text` end, in order (leftmost first, not
    /// overlapping).
    func matchEnds(in text: UTF16Text) -> [Int] {
        #if canImport(_FoundationICU) && os(Linux)
        if text.units.count <= Int(Int32.max) {
            var ends: [Int] = []
            withMatcher(on: text.units) { matcher in
                var status = U_ZERO_ERROR
                while swift_uregex_findNext(matcher, &status) != 0 && status.rawValue <= 0 {
                    var endStatus = U_ZERO_ERROR
                    ends.append(Int(swift_uregex_end64(matcher, 0, &endStatus)))
                }
            }
            return ends
        }
        #endif
        return expression.matches(in: text.text, options: [], range: text.whole).map { $0.range.location + $0.range.length }
    }

    #if canImport(_FoundationICU) && os(Linux)
    /// A text that outlives every matcher: ICU refuses a null text, which an empty array may
    /// give, and an idle matcher must not keep the address of a buffer that is gone.
    /// Never written after it is made, so sharing it between threads is safe.
    nonisolated(unsafe) private static let emptyText: UnsafeMutablePointer<UInt16> = {
        let text = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
        text.initialize(to: 0)
        return text
    }()

    /// Runs `body` with an idle matcher set to `units`, as `NSRegularExpression` does for a search
    /// of the whole text.
    private func withMatcher(on units: [UInt16], _ body: (OpaquePointer) -> Void) {
        let matcher = checkOut()
        defer { checkIn(matcher) }
        var status = U_ZERO_ERROR
        units.withUnsafeBufferPointer { buffer in
            swift_uregex_setText(matcher, buffer.baseAddress ?? UnsafePointer(Self.emptyText), Int32(units.count), &status)
            body(matcher)
        }
        var resetStatus = U_ZERO_ERROR
        swift_uregex_setText(matcher, Self.emptyText, 0, &resetStatus)
    }

    private func checkOut() -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let matcher = idle.popLast() { return matcher }
        var status = U_ZERO_ERROR
        guard let matcher = swift_uregex_clone(compiled, &status), status.rawValue <= 0 else {
            preconditionFailure("ICU could not clone a compiled expression")
        }
        return matcher
    }

    private func checkIn(_ matcher: OpaquePointer) {
        lock.lock()
        defer { lock.unlock() }
        idle.append(matcher)
    }
    #endif
}
