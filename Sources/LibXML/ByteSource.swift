/// Where a reader's bytes come from, one chunk at a time, so that a file is never held whole.
protocol ByteSource: AnyObject {
    /// Calls `body` with the next chunk, never empty; returns false, without calling it, at the end.
    ///
    /// The chunk is only valid inside `body` (libxml2 copies what it is pushed).
    func withNextChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool
}
