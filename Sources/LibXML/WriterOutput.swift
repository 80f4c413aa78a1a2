internal import CLibXML2

/// Where an `XMLWriter`'s bytes go: libxml2's output buffer calls `write` with each chunk it flushes.
final class WriterOutput {
    enum Destination {
        case sink(([UInt8]) throws -> Void)
        case memory
    }

    private let destination: Destination
    /// What the memory destination collected.
    private(set) var collected: [UInt8] = []
    /// The sink's first error; libxml2 only learns that writing failed.
    private(set) var error: (any Error)?

    init(_ destination: Destination) {
        self.destination = destination
    }

    /// An `xmlOutputBuffer` that writes here. The buffer holds this object unretained: keep it alive.
    func makeBuffer() -> xmlOutputBufferPtr? {
        xmlOutputBufferCreateIO(writeToOutput, nil, Unmanaged.passUnretained(self).toOpaque(), nil)
    }

    fileprivate func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard error == nil else { return false }
        do {
            switch destination {
            case .sink(let sink): try sink(Array(bytes))
            case .memory: collected.append(contentsOf: bytes)
            }
            return true
        } catch {
            self.error = error
            return false
        }
    }
}

/// libxml2's `xmlOutputWriteCallback`: the count written, or -1 on failure.
private func writeToOutput(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32
) -> Int32 {
    guard let context else { return -1 }
    let output = Unmanaged<WriterOutput>.fromOpaque(context).takeUnretainedValue()
    return output.write(UnsafeRawBufferPointer(start: buffer, count: Int(length))) ? length : -1
}
