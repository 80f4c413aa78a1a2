extension TermMatcher {
    /// An Aho–Corasick automaton over scalar values: finds every key in a text in one pass.
    ///
    /// Cost: building is linear in the total length of the keys; scanning a text of n scalars
    /// takes n goto transitions plus at most n failure transitions (each failure transition
    /// undoes one earlier step), plus one step per key occurrence reported — independent of
    /// how many keys there are. Edges live in one hash table keyed by (node, scalar) rather
    /// than a dictionary per node, which keeps 100,000 terms within tens of megabytes.
    struct Automaton: Sendable {
        /// Work done by one scan, for tests that pin the cost down.
        struct Steps: Hashable, Sendable {
            /// One per scalar read.
            var scalars = 0
            /// Failure links followed; never more than `scalars`.
            var failureTransitions = 0
            /// Key occurrences reported.
            var outputs = 0
        }

        private var edges: [UInt64: Int32] = [:]
        private var failure: [Int32] = [0]
        /// The first key ending at a node, or -1.
        private var firstKey: [Int32] = [-1]
        /// The nearest node on the failure chain that ends a key, or -1.
        private var outputLink: [Int32] = [-1]
        /// Further keys identical to one already ending at the same node, or -1.
        private var nextKeyAtNode: [Int32] = []
        private(set) var keyLengths: [Int] = []

        init(keys: [[UInt32]]) {
            var firstChild: [Int32] = [-1]
            var nextSibling: [Int32] = [-1]
            var label: [UInt32] = [0]
            nextKeyAtNode = Array(repeating: -1, count: keys.count)
            keyLengths = keys.map(\.count)

            for (keyIndex, key) in keys.enumerated() where !key.isEmpty {
                var node: Int32 = 0
                for value in key {
                    let edge = Self.edge(node, value)
                    if let child = edges[edge] {
                        node = child
                    } else {
                        let child = Int32(failure.count)
                        edges[edge] = child
                        failure.append(0)
                        firstKey.append(-1)
                        outputLink.append(-1)
                        firstChild.append(-1)
                        label.append(value)
                        nextSibling.append(firstChild[Int(node)])
                        firstChild[Int(node)] = child
                        node = child
                    }
                }
                // Keep keys in input order at a node, so results are deterministic.
                if firstKey[Int(node)] < 0 {
                    firstKey[Int(node)] = Int32(keyIndex)
                } else {
                    var last = firstKey[Int(node)]
                    while nextKeyAtNode[Int(last)] >= 0 { last = nextKeyAtNode[Int(last)] }
                    nextKeyAtNode[Int(last)] = Int32(keyIndex)
                }
            }

            // Breadth-first, so a node's failure target is finished before the node.
            var queue: [Int32] = []
            var child = firstChild[0]
            while child >= 0 {
                queue.append(child)
                child = nextSibling[Int(child)]
            }
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                var child = firstChild[Int(node)]
                while child >= 0 {
                    queue.append(child)
                    let value = label[Int(child)]
                    var target: Int32 = 0
                    if node != 0 {
                        var fallback = failure[Int(node)]
                        while true {
                            if let next = edges[Self.edge(fallback, value)] {
                                target = next
                                break
                            }
                            if fallback == 0 { break }
                            fallback = failure[Int(fallback)]
                        }
                    }
                    failure[Int(child)] = target
                    outputLink[Int(child)] = firstKey[Int(target)] >= 0 ? target : outputLink[Int(target)]
                    child = nextSibling[Int(child)]
                }
            }
        }

        /// Reports every occurrence of every key as (key index, end offset), in order of end.
        @discardableResult
        func scan(_ text: [UInt32], report: (_ key: Int, _ end: Int) -> Void) -> Steps {
            var steps = Steps()
            var state: Int32 = 0
            for (offset, value) in text.enumerated() {
                steps.scalars += 1
                while true {
                    if let next = edges[Self.edge(state, value)] {
                        state = next
                        break
                    }
                    if state == 0 { break }
                    state = failure[Int(state)]
                    steps.failureTransitions += 1
                }
                var node = firstKey[Int(state)] >= 0 ? state : outputLink[Int(state)]
                while node >= 0 {
                    var key = firstKey[Int(node)]
                    while key >= 0 {
                        steps.outputs += 1
                        report(Int(key), offset + 1)
                        key = nextKeyAtNode[Int(key)]
                    }
                    node = outputLink[Int(node)]
                }
            }
            return steps
        }

        private static func edge(_ node: Int32, _ value: UInt32) -> UInt64 {
            UInt64(UInt32(bitPattern: node)) << 32 | UInt64(value)
        }
    }
}
