import ArgumentParser
import BitextKit
import Foundation

/// Runs a command body, printing library errors to stderr and exiting 2, as DESIGN.md's contract says.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        FileHandle.standardError.write(Data("bitext: error: \(error)\n".utf8))
        throw ExitCode(2)
    }
}

/// Prints to standard output, or writes atomically to `path` when one is given.
func emit(_ text: String, to path: String?) throws {
    if let path {
        try AtomicFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
