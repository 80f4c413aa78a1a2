import Foundation

/// Work shared between cores.
enum ParallelMap {
    /// Items per batch: enough to keep every core busy, few enough to keep memory small.
    static let batchSize = 32

    /// `work(0..<count)` on every core, with `alongside` run once beside it (the next batch read,
    /// the previous one written): the shape of every batch of check, export and import. The
    /// outputs are in index order. `alongside` starts first, so that it overlaps the work.
    static func batch<Aside, Output>(
        _ count: Int, alongside: @Sendable () -> Aside, _ work: @Sendable (Int) -> Output
    ) -> (aside: Aside, outputs: [Output]) {
        let aside = ResultSlots<Aside>(count: 1)
        let outputs = ResultSlots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count + 1) { iteration in
            if iteration == 0 {
                aside[0] = alongside()
            } else {
                outputs[iteration - 1] = work(iteration - 1)
            }
        }
        return (aside[0]!, (0..<count).map { outputs[$0]! })
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
