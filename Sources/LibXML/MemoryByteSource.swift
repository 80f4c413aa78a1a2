/// Bytes already in memory, handed out in slices.
///
/// Keeps its own reference to the array, so the caller's copy may change or go away.
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    init(_ bytes: [UInt8], chunkSize: Int) {
        precondition(chunkSize > 0)
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    func withNextChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        guard offset < bytes.count else { return false }
        let end = min(offset + chunkSize, bytes.count)
        defer { offset = end }
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset..<end])) }
        return true
    }
}
