import Foundation

#if canImport(_FoundationICU) && os(Linux)
internal import _FoundationICU
#endif

/// One SRX rule as the regular expression `(?:before)(?=after)`, which says where in a text the
/// rule matches: the ends of its matches, found as `NSRegularExpression` finds them (leftmost
/// first, not overlapping, in UTF-16 offsets).
///
/// On Linux, `NSRegularExpression` copies the text into UTF-16 on every call, one character at
/// a time (String-to-NSString bridging), which cost more than the matching for a segmenter that
/// runs several rules over every block. There the rule calls ICU, the engine under
/// `NSRegularExpression` (the toolchain's `_FoundationICU`), directly on UTF-16 made once per text,
/// with the same pattern and options, so it finds the same matches. Elsewhere it keeps using
/// `NSRegularExpression`, whose bridging is cheap where `NSString` is native.
final class SRXExpression: @unchecked Sendable {
    /// Always compiled: it validates the pattern, and an invalid one fails as it always did.
    private let expression: NSRegularExpression
    #if canImport(_FoundationICU) && os(Linux)
    private let compiled: OpaquePointer
    /// Matchers for `compiled` not in use; ICU's matchers cannot be shared between threads.
    private var idle: [OpaquePointer] = []
    private let lock = NSLock()
    #endif

    init(pattern: String) throws {
        expression = try NSRegularExpression(pattern: pattern, options: [])
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

    /// The UTF-16 offsets where the matches of the rule in `subject` end, in order.
    func matchEnds(in subject: Subject) -> [Int] {
        #if canImport(_FoundationICU) && os(Linux)
        if subject.units.count <= Int(Int32.max) { return icuMatchEnds(in: subject.units) }
        #endif
        let whole = NSRange(location: 0, length: subject.utf16Count)
        return expression.matches(in: subject.text, options: [], range: whole).map { $0.range.location + $0.range.length }
    }

    /// A text to match, with its UTF-16 code units made once for all the rules.
    struct Subject {
        let text: String
        #if canImport(_FoundationICU) && os(Linux)
        let units: [UInt16]
        var utf16Count: Int { units.count }

        init(_ text: String) {
            self.text = text
            var units: [UInt16] = []
            units.reserveCapacity(text.utf8.count)
            // Much faster than `Array(text.utf16)`, which finds every offset in the UTF-8 anew.
            for scalar in text.unicodeScalars {
                if scalar.value < 0x1_0000 {
                    units.append(UInt16(truncatingIfNeeded: scalar.value))
                } else {
                    units.append(UTF16.leadSurrogate(scalar))
                    units.append(UTF16.trailSurrogate(scalar))
                }
            }
            self.units = units
        }
        #else
        var utf16Count: Int { text.utf16.count }

        init(_ text: String) {
            self.text = text
        }
        #endif
    }

    #if canImport(_FoundationICU) && os(Linux)
    /// What `NSRegularExpression.matches(in:options:range:)` does for the whole text: set the
    /// text, then find the next match until there is none.
    private func icuMatchEnds(in units: [UInt16]) -> [Int] {
        let matcher = checkOut()
        defer { checkIn(matcher) }
        var ends: [Int] = []
        var status = U_ZERO_ERROR
        // ICU refuses a null text, which an empty array may give; any valid address will do.
        let empty: [UInt16] = [0]
        (units.isEmpty ? empty : units).withUnsafeBufferPointer { buffer in
            swift_uregex_setText(matcher, buffer.baseAddress, Int32(units.count), &status)
            while swift_uregex_findNext(matcher, &status) != 0 && status.rawValue <= 0 {
                var endStatus = U_ZERO_ERROR
                ends.append(Int(swift_uregex_end64(matcher, 0, &endStatus)))
            }
        }
        // The matcher must not keep the address of a buffer that is gone.
        empty.withUnsafeBufferPointer { swift_uregex_setText(matcher, $0.baseAddress, 0, &status) }
        return ends
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
