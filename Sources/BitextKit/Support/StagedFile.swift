import Foundation

/// An output file written in pieces into a temporary file beside it, which ``commit()`` renames
/// over it: until then, and after any failure, the output path is untouched.
///
/// Nothing is synced to disk. rename(2) is what makes the replacement atomic for every reader; a
/// sync per file cost milliseconds each, most of an import's time for thousands of releases, and
/// protects only against a crash of the whole machine.
///
/// Without ``commit()``, the temporary file is removed when the value goes away (or on
/// ``discard()``). Not thread-safe: one writer at a time.
public final class StagedFile {
    /// Where the file goes on ``commit()``.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false

    /// Bytes gathered before a write(2): the XML writer hands 16 KiB chunks, four of them a call.
    private static let bufferSize = 64 * 1024

    /// Creates the temporary file, as `.NAME.RANDOM.tmp` in the folder of `path`.
    public init(path: String) throws {
        self.path = path
        // Neither looks at the disk: `URL(fileURLWithPath:)` would stat the path, and `UUID()`
        // opens /dev/urandom; an import makes thousands of these.
        let url = URL(fileURLWithPath: path, isDirectory: false)
        let random = (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 16, uppercase: true) }.joined()
        temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(random).tmp", isDirectory: false).path
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Self.error(path: path, errno: errno) }
    }

    deinit {
        discard()
    }

    public func write(_ bytes: some Collection<UInt8>) throws {
        guard !isFinished, descriptor >= 0 else { throw Self.error(path: path, errno: EBADF) }
        if buffer.count + bytes.count < Self.bufferSize {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        // Large pieces go out as they are, without a copy into the buffer.
        let wroteDirectly: Void? = try bytes.withContiguousStorageIfAvailable { try writeAll(UnsafeRawBufferPointer($0)) }
        if wroteDirectly == nil {
            buffer.append(contentsOf: bytes)
            try flush()
        }
    }

    /// Writes what is buffered and closes the temporary file, which stays until ``commit()`` or
    /// ``discard()``: for holding many finished files without an open descriptor each.
    public func close() throws {
        guard descriptor >= 0 else { return }
        do {
            try flush()
        } catch {
            discard()
            throw error
        }
        let closed = Foundation.close(descriptor)
        descriptor = -1
        // An import holds thousands of closed files until it commits them.
        buffer = []
        if closed != 0 {
            let code = errno
            discard()
            throw Self.error(path: path, errno: code)
        }
    }

    /// Renames the finished file over `path`.
    public func commit() throws {
        try close()
        guard !isFinished else { throw Self.error(path: path, errno: EBADF) }
        // rename(2) replaces the destination atomically within one file system.
        guard rename(temporaryPath, path) == 0 else {
            let reason = (POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) as NSError).localizedDescription
            discard()
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
        isFinished = true
    }

    /// Removes the temporary file; `path` stays as it was.
    public func discard() {
        guard !isFinished else { return }
        isFinished = true
        if descriptor >= 0 {
            _ = Foundation.close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
    }

    private func flush() throws {
        try buffer.withUnsafeBytes(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                discard()
                throw Self.error(path: path, errno: code)
            }
            written += result
        }
    }

    /// The error `Data.write(to:)` gives for `errno`, so that messages read as they always did.
    private static func error(path: String, errno code: Int32) -> OutputError {
        let cocoaCode: CocoaError.Code
        switch code {
        case ENOENT: cocoaCode = .fileNoSuchFile
        case EPERM, EACCES: cocoaCode = .fileWriteNoPermission
        case ENAMETOOLONG: cocoaCode = .fileWriteInvalidFileName
        case EDQUOT, ENOSPC: cocoaCode = .fileWriteOutOfSpace
        case EROFS: cocoaCode = .fileWriteVolumeReadOnly
        case EEXIST: cocoaCode = .fileWriteFileExists
        default: cocoaCode = .fileWriteUnknown
        }
        return OutputError.cannotWrite(path: path, reason: (CocoaError(cocoaCode) as NSError).localizedDescription)
    }
}
