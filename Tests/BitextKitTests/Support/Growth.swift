import Foundation

/// How much longer work on a large input takes than on a small one, for tests that an algorithm
/// stays linear on adversarial text.
///
/// Each side is the best of a few runs, and the sizes are far apart (8×), so that a quadratic
/// algorithm (64×) and a linear one (8×) are told apart with a margin that a busy machine's noise
/// does not cross: a ratio of two close timings, such as 2× the input in under 4× the time, failed
/// under CI's load.
enum Growth {
    static let sizeRatio = 8
    /// A linear algorithm stays well under this; a quadratic one goes well over.
    static let linearLimit = 32.0

    /// The time `work` takes on the input `make(base * sizeRatio)` over the time it takes on
    /// `make(base)`; making the input is not timed.
    static func timeRatio<Input>(base: Int, input make: (Int) -> Input, _ work: (Input) -> Void) -> Double {
        func best(_ size: Int) -> Double {
            let input = make(size)
            return (0..<3).map { _ in
                let duration = ContinuousClock().measure { work(input) }
                return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            }.min()!
        }
        work(make(base))  // warm up
        return best(base * sizeRatio) / best(base)
    }
}
