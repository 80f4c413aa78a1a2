import Testing

@testable import BitextKit

/// The progress line: what it says, how often, and that it leaves nothing behind.
struct ProgressLineTests {
    /// A progress line on a fake clock, recording what it writes.
    final class Recorder {
        var now: UInt64 = 0
        var written: [String] = []

        func line(verb: String = "checked", item: String = "file", total: Int? = nil) -> ProgressLine {
            ProgressLine(verb: verb, item: item, totalItems: total, now: { [unowned self] in now }, write: { [unowned self] in written.append($0) })
        }
    }

    @Test func saysHowMuchIsDoneLikeAPerson() {
        let recorder = Recorder()
        #expect(recorder.line(total: 50).message(units: 12_000, done: 3) == "checked 12,000 units (3 of 50 files)")
        #expect(recorder.line().message(units: 1, done: 1) == "checked 1 unit (1 file)")
        #expect(recorder.line(verb: "exported", item: "release").message(units: 1_234_567, done: nil) == "exported 1,234,567 units")
        #expect(recorder.line(item: "release", total: 1).message(units: 30, done: 1) == "checked 30 units (1 of 1 release)")
    }

    @Test func updatesAFewTimesASecondAtMost() {
        let recorder = Recorder()
        let line = recorder.line()
        for step in 0..<1_000 {
            recorder.now = UInt64(step) * 10_000_000  // 10 ms apart: ten seconds in all
            line.update(units: step, done: step / 100)
        }
        // Nothing in the first quarter second, then one update per quarter second.
        #expect((38...40).contains(recorder.written.count))
        #expect(recorder.written.allSatisfy { $0.hasPrefix("\r\u{1B}[K") && !$0.contains("\n") })
        line.finish()
        #expect(recorder.written.last == "\r\u{1B}[K")
    }

    @Test func aShortRunShowsAndErasesNothing() {
        let recorder = Recorder()
        let line = recorder.line()
        line.update(units: 10, done: 1)
        recorder.now = 100_000_000
        line.update(units: 20, done: 2)
        line.finish()
        #expect(recorder.written.isEmpty)
    }

    @Test func neverOnAPipeOrInCI() {
        // The test runner's standard error is not a terminal, and CI says so.
        #expect(ProgressLine.onTerminal(verb: "checked", environment: ["CI": "true", "TERM": "xterm"]) == nil)
        #expect(ProgressLine.onTerminal(verb: "checked", environment: ["TERM": "dumb"]) == nil)
    }
}
