import Foundation

/// Maps a list on every core, keeping its order, its first error and its results exactly as a
/// plain `map` would give them.
///
/// The work goes in batches, so that a caller can report progress between them (from its own
/// thread) and a failure stops the run at the end of the batch it happened in.
enum ParallelMap {
    /// `items.map(transform)`, on every core. `afterBatch` is called on the caller's thread with the
    /// number of items done so far and the batch's outputs.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], batchSize: Int = 64, afterBatch: (_ done: Int, _ batch: ArraySlice<Output>) -> Void = { _, _ in },
        _ transform: @Sendable (Item) throws -> Output
    ) throws -> [Output] {
        var outputs: [Output] = []
        outputs.reserveCapacity(items.count)
        var start = 0
        while start < items.count {
            let batch = Array(items[start..<min(start + batchSize, items.count)])
            let results = ResultSlots<Swift.Result<Output, any Error>>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                results[index] = Swift.Result { try transform(batch[index]) }
            }
            for index in batch.indices { outputs.append(try results[index]!.get()) }
            start += batch.count
            afterBatch(start, outputs[(start - batch.count)...])
        }
        return outputs
    }
}

extension ParallelMap {
    /// Runs `first` on this thread and `second` on a thread of its own, and returns when both are
    /// done: for two long tasks, which `DispatchQueue.concurrentPerform` may well run one after the
    /// other on the calling thread (it starts its workers lazily).
    static func both(_ first: () -> Void, _ second: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            second()
            done.signal()
        }
        thread.stackSize = 8 << 20  // libxml2 recurses; give it what the main thread has
        thread.start()
        first()
        done.wait()
    }
}

/// Places for results that workers fill, each index by exactly one worker. Raw memory rather than
/// an array, so that workers writing different places never touch shared state.
final class ResultSlots<Value>: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: nil)
    }

    deinit {
        values.deinitialize()
        values.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { values[index] }
        set { values[index] = newValue }
    }
}

/// A value handed to one worker of a parallel run, which the caller promises no other thread
/// uses meanwhile (a non-thread-safe reader or callback used by one pass only).
struct HandedOver<Value>: @unchecked Sendable {
    let value: Value
}
