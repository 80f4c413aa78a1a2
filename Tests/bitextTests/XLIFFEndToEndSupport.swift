import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `../shared` (fixtures, corpus, schemas) for the end-to-end XLIFF tests, found beside the
/// repository; skipped with a message where absent unless `BITEXT_REQUIRE_SHARED=1` (CI).
enum XLIFFSharedData {
    static let root: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("fixtures").path) { return candidate }
        }
        return nil
    }()

    static var available: Bool { root != nil || ProcessInfo.processInfo.environment["BITEXT_REQUIRE_SHARED"] == "1" }
    static let missingMessage: Comment = "../shared (fixtures, corpus, schemas) not found beside the repository"

    static func path(_ relative: String) throws -> String {
        try #require(root, "../shared is required (BITEXT_REQUIRE_SHARED=1) but was not found").appendingPathComponent(relative).path
    }

    static func release(_ name: String, _ language: String) throws -> String {
        try path("fixtures/releases/\(name).\(language).txt")
    }

    static func pairNames() -> [String] {
        guard let root, let names = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("fixtures/releases").path)
        else { return [] }
        return Set(names.filter { $0.hasSuffix(".ko.txt") }.map { String($0.dropLast(".ko.txt".count)) }).sorted()
    }
}

/// The real CAT tools the round-trip tests drive, installed by `.ci/run` from Debian's packages.
///
/// Where one is missing its tests are skipped with a message, unless `BITEXT_REQUIRE_TOOLS=1`
/// (CI), where they run and fail on the missing tool.
enum CATTools {
    static var isRequired: Bool { ProcessInfo.processInfo.environment["BITEXT_REQUIRE_TOOLS"] == "1" }

    /// A Python 3 that can import translate-toolkit (Debian's `translate-toolkit` installs it for /usr/bin/python3).
    static let translateToolkitPython: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] where FileManager.default.isExecutableFile(atPath: candidate) {
            if let result = try? ToolProcess.run(candidate, ["-c", "import translate.storage.xliff"], timeout: 60), result.status == 0 {
                return candidate
            }
        }
        return nil
    }()

    /// Debian's `omegat` launcher (OmegaT 3.6 with a Java runtime).
    static let omegat: String? = {
        for candidate in ["/usr/bin/omegat", "/usr/local/bin/omegat"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }()

    static func enabled(_ tool: String?) -> Bool { tool != nil || isRequired }
}

/// Runs a helper program with a deadline, so that a hung tool fails the test instead of the run,
/// and is killed rather than left behind.
enum ToolProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
        var seconds: Double
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files rather than pipes: nothing can block on a full pipe while we wait.
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        let started = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(50_000)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
            timedOut: timedOut, seconds: Date().timeIntervalSince(started))
    }

    /// GNU time, which measures a command's peak resident memory (Debian's `time`, installed by `.ci/run`).
    ///
    /// The test runner cannot measure it itself: `posix_spawn` starts the child in the runner's
    /// address space, and Linux carries that address space's high-water mark into the child's
    /// `ru_maxrss` at exec, so `wait4` reports the runner's memory whenever it is the larger.
    /// GNU time is small, so what it reports is the command's own.
    static let gnuTime: String? = {
        // BSD's time (macOS) has the same path but not the options.
        guard let result = try? run("/usr/bin/time", ["--version"], timeout: 60),
            (result.stdout + result.stderr).contains("GNU")
        else { return nil }
        return "/usr/bin/time"
    }()
    static let gnuTimeMissingMessage: Comment = "GNU time (Debian's `time`) is not installed: peak memory cannot be measured"

    /// Runs `executable` under GNU time and returns its exit status and its peak resident memory in
    /// KiB; its output is discarded. (A timeout kills GNU time, not the command: the generous one
    /// here is for a hung command to fail the test rather than the run.)
    static func peakMemory(_ executable: String, _ arguments: [String]) throws -> (status: Int32, kilobytes: Int) {
        let time = try #require(gnuTime, "BITEXT_REQUIRE_TOOLS=1 but GNU time is not installed")
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-rss-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try run(time, ["--format=%M", "--output=\(report.path)", executable] + arguments, timeout: 600)
        try #require(!result.timedOut, "\(executable) \(arguments.joined(separator: " ")) timed out")
        let text = try String(contentsOf: report, encoding: .utf8)
        // The last line: GNU time writes "Command exited with non-zero status N" before it.
        let kilobytes = try #require(text.split(separator: "\n").last.flatMap { Int($0) }, "GNU time wrote \(text)")
        return (result.status, kilobytes)
    }
}

/// A TMX 1.4 file with the given pairs, for OmegaT's `tm/auto`.
enum TMX {
    static func document(_ pairs: [(source: String, target: String)], sourceLanguage: String, targetLanguage: String) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<tmx version="1.4">"#,
            #"<header creationtool="bitext-tests" creationtoolversion="1" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="\#(sourceLanguage)" datatype="plaintext"/>"#,
            "<body>",
        ]
        for pair in pairs {
            lines.append(#"<tu><tuv xml:lang="\#(sourceLanguage)"><seg>\#(escaped(pair.source))</seg></tuv><tuv xml:lang="\#(targetLanguage)"><seg>\#(escaped(pair.target))</seg></tuv></tu>"#)
        }
        lines += ["</body>", "</tmx>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
