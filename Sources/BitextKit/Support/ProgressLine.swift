import Foundation

/// One line on standard error that says how far a long run has got ("checked 12,000 units (3 of
/// 50 files)"), rewritten in place a few times a second and erased at the end.
///
/// Only for people watching a terminal: ``onTerminal(verb:item:totalItems:)`` gives nil when
/// standard error is not a terminal (redirected, piped, a CI log), when `TERM` is `dumb`, or when
/// `CI` is set, so that logs and reports never contain it. Not thread-safe: one run, one thread.
public final class ProgressLine {
    /// "checked", "exported", "validated".
    public let verb: String
    /// What `done` counts: "file", "release".
    public let item: String
    public var totalItems: Int?
    private let write: (String) -> Void
    private let now: () -> UInt64
    private let interval: UInt64
    private var lastShown: UInt64?
    private var isShowing = false

    /// A line written with `write`; `now` gives nanoseconds from any fixed start; at most one
    /// update per `interval` nanoseconds (a quarter of a second by default).
    public init(
        verb: String, item: String = "file", totalItems: Int? = nil, interval: UInt64 = 250_000_000,
        now: @escaping () -> UInt64 = ProgressLine.monotonicNanoseconds, write: @escaping (String) -> Void
    ) {
        self.verb = verb
        self.item = item
        self.totalItems = totalItems
        self.interval = interval
        self.now = now
        self.write = write
    }

    /// A progress line on standard error, or nil where nobody is watching it.
    public static func onTerminal(
        verb: String, item: String = "file", totalItems: Int? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ProgressLine? {
        guard isatty(STDERR_FILENO) != 0, environment["TERM"] != "dumb", environment["CI"] == nil else { return nil }
        return ProgressLine(verb: verb, item: item, totalItems: totalItems, write: writeToStandardError)
    }

    /// Reports the work done so far; cheap enough to call for every unit (it reads the clock and
    /// returns unless a quarter of a second has passed).
    public func update(units: Int, done: Int? = nil) {
        if isDue() { show(message(units: units, done: done)) }
    }

    /// Reports how much of a large file is done, in bytes: "validated 120 of 700 MB (1 of 3 files)".
    public func update(bytes: Int, of total: Int, done: Int? = nil) {
        if isDue() { show(message(bytes: bytes, of: total, done: done)) }
    }

    /// Whether a quarter of a second has passed since the last update. The first call only starts
    /// the clock: a run that ends within the interval shows nothing.
    private func isDue() -> Bool {
        let time = now()
        guard let lastShown else {
            lastShown = time
            return false
        }
        guard time &- lastShown >= interval else { return false }
        self.lastShown = time
        return true
    }

    private func show(_ text: String) {
        write("\r\u{1B}[K" + text)
        isShowing = true
    }

    /// Erases the line, so that what follows starts on a clean line.
    public func finish() {
        if isShowing { write("\r\u{1B}[K") }
        isShowing = false
    }

    /// "checked 12,000 units (3 of 50 files)".
    public func message(units: Int, done: Int?) -> String {
        var text = "\(verb) \(units.grouped) unit\(units == 1 ? "" : "s")"
        if let done {
            let plural = (totalItems ?? done) == 1 ? item : item + "s"
            text += totalItems.map { " (\(done.grouped) of \($0.grouped) \(plural))" } ?? " (\(done.grouped) \(plural))"
        }
        return text
    }

    /// "validated 120 of 700 MB (1 of 3 files)".
    public func message(bytes: Int, of total: Int, done: Int?) -> String {
        let megabytes = { (value: Int) in ((value + 500_000) / 1_000_000).grouped }
        var text = "\(verb) \(megabytes(bytes)) of \(megabytes(total)) MB"
        if let done {
            let plural = (totalItems ?? done) == 1 ? item : item + "s"
            text += totalItems.map { " (\(done.grouped) of \($0.grouped) \(plural))" } ?? " (\(done.grouped) \(plural))"
        }
        return text
    }

    /// `CLOCK_MONOTONIC` in nanoseconds.
    public static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// Writes straight to file descriptor 2, unbuffered, as a progress line must be.
private func writeToStandardError(_ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}
