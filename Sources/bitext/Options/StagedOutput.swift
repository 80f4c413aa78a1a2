import BitextKit
import Foundation

/// A command's output written in pieces and shown only when complete, so that a failed run leaves
/// none: a file is staged beside its path and renamed over it (``StagedFile``); for standard
/// output the bytes wait in a temporary file, or in memory if none can be made.
///
/// A write that fails does not throw at once: the command goes on, so that a failure of its own
/// is reported first, as it was when output was written only at the end. ``commit()`` throws it.
final class StagedOutput {
    private let file: StagedFile?
    private let spool: UnsafeMutablePointer<FILE>?
    private var memory: [UInt8] = []
    private var failure: (any Error)?

    /// Output to `path`, or to standard output when it is nil.
    init(path: String?) {
        if let path {
            do {
                file = try StagedFile(path: path)
            } catch {
                file = nil
                failure = error
            }
            spool = nil
        } else {
            file = nil
            spool = tmpfile()
        }
    }

    deinit {
        if let spool { fclose(spool) }
    }

    func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        do {
            if let file {
                try file.write(bytes)
            } else if let spool {
                guard fwrite(bytes, 1, bytes.count, spool) == bytes.count else {
                    throw OutputError.cannotWrite(path: "<stdout>", reason: String(cString: strerror(errno)))
                }
            } else {
                memory += bytes
            }
        } catch {
            failure = error
            file?.discard()
        }
    }

    /// Renames the file into place, or copies the bytes to standard output.
    func commit() throws {
        if let failure { throw failure }
        if let file { return try file.commit() }
        guard let spool else { return FileHandle.standardOutput.write(Data(memory)) }
        rewind(spool)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, spool)
            if count == 0 { break }
            FileHandle.standardOutput.write(Data(chunk[..<count]))
        }
    }
}
