#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read with `read(2)` into one reused buffer, so memory does not grow with the file.
///
/// The file is opened by the initialiser, so a missing or unreadable file fails there, with the
/// path; the descriptor is closed when the source goes away.
final class FileByteSource: ByteSource {
    private let path: String
    private let descriptor: Int32
    private let buffer: UnsafeMutableBufferPointer<UInt8>

    init(path: String, chunkSize: Int, sizeLimit: Int) throws {
        precondition(chunkSize > 0)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(path, errno) }
        var isOwnedBySelf = false
        defer { if !isOwnedBySelf { close(descriptor) } }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.error(path, errno) }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { throw Self.error(path, EISDIR) }
        // Pipes and devices report no size; the reader counts their bytes as they come.
        if type == S_IFREG, Int(status.st_size) >= sizeLimit {
            throw XMLError.inputTooLarge(path, limit: sizeLimit)
        }

        self.path = path
        self.descriptor = descriptor
        self.buffer = .allocate(capacity: chunkSize)
        isOwnedBySelf = true
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    func withNextChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 {
                try body(UnsafeBufferPointer(rebasing: buffer[..<count]))
                return true
            }
            if count == 0 { return false }
            if errno != EINTR { throw Self.error(path, errno) }
        }
    }

    private static func error(_ path: String, _ code: Int32) -> XMLError {
        XMLError(kind: .unreadable, file: path, message: "cannot read \(path): \(String(cString: strerror(code)))")
    }
}
