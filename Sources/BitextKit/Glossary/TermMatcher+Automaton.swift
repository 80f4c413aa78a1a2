extension TermMatcher {
    /// An Aho–Corasick automaton over scalar values: finds every key in a text in one pass.
    ///
    /// Cost: building sorts the keys and is otherwise linear in their total length; scanning a
    /// text of n scalars takes n goto transitions plus at most n failure transitions (each
    /// failure transition undoes one earlier step), plus one step per key occurrence reported —
    /// independent of how many keys there are.
    ///
    /// Layout: nodes are numbered breadth-first, so the children of a node are consecutive
    /// nodes, sorted by label; a transition is a table lookup at the root (where nearly every
    /// scalar of a text starts over) and a short search among a handful of children elsewhere.
    /// No hashing per scalar, and 20 bytes a node, which keeps 100,000 terms within tens of
    /// megabytes.
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

        /// The children of node n are the nodes `childStart[n]..<childStart[n + 1]`.
        private var childStart: [Int32] = []
        /// The scalar on the edge into each node.
        private var label: [UInt32] = []
        private var failure: [Int32] = []
        /// The first key ending at a node, or -1.
        private var firstKey: [Int32] = []
        /// The nearest node on the failure chain that ends a key, or -1.
        private var outputLink: [Int32] = []
        /// Further keys identical to one already ending at the same node, or -1.
        private var nextKeyAtNode: [Int32] = []
        /// The root's child for each scalar below the table's size, or 0 (the root) for none.
        private var rootChild: [Int32] = []

        /// Builds the automaton of `keys`, read lowercased (see ``Scalars/lowercased(_:)``), so that
        /// the keys need not be stored folded.
        init(keys: [[UInt32]]) {
            buildTrie(keys)
            linkFailures()
        }

        /// Builds the trie of the keys directly in breadth-first order, one depth at a time.
        ///
        /// With the keys sorted, the nodes of one depth are the distinct prefixes of that length
        /// in sorted order, so each node's children come out consecutive and in label order, and
        /// the arrays can be sized exactly beforehand: no intermediate trie, no lookup table.
        private mutating func buildTrie(_ keys: [[UInt32]]) {
            @inline(__always) func fold(_ value: UInt32) -> UInt32 { Scalars.lowercased(value) }
            nextKeyAtNode = [Int32](repeating: -1, count: keys.count)
            // Sorted by the first two scalars packed into one integer, which settles most
            // comparisons, then by the rest; equal keys stay in input order, so that the keys at
            // a node are too.
            func head(_ key: [UInt32]) -> UInt64 {
                let first = key.isEmpty ? 0 : UInt64(fold(key[0])) + 1
                let second = key.count < 2 ? 0 : UInt64(fold(key[1])) + 1
                return first << 22 | second
            }
            let order = keys.indices.filter { !keys[$0].isEmpty }.map { (head: head(keys[$0]), key: $0) }.sorted { a, b in
                if a.head != b.head { return a.head < b.head }
                var index = 2
                let (x, y) = (keys[a.key], keys[b.key])
                while index < x.count && index < y.count {
                    let (p, q) = (fold(x[index]), fold(y[index]))
                    if p != q { return p < q }
                    index += 1
                }
                return x.count != y.count ? x.count < y.count : a.key < b.key
            }.map(\.key)
            // Each key adds a node for every scalar past what it shares with the key before it.
            var count = 1
            for (position, keyIndex) in order.enumerated() {
                let key = keys[keyIndex]
                var shared = 0
                if position > 0 {
                    let previous = keys[order[position - 1]]
                    while shared < min(key.count, previous.count) && fold(key[shared]) == fold(previous[shared]) {
                        shared += 1
                    }
                }
                count += key.count - shared
            }
            childStart = [Int32](repeating: 0, count: count + 1)
            label = [UInt32](repeating: 0, count: count)
            firstKey = [Int32](repeating: -1, count: count)

            var created = 1
            var nextParent = 0  // the first node whose children have not started yet
            var nodeOfKey = [Int32](repeating: 0, count: keys.count)  // each key's node at this depth
            var active = order  // the keys longer than the depth, in sorted order
            var depth = 0
            while !active.isEmpty {
                var longer: [Int] = []
                longer.reserveCapacity(active.count)
                var lastParent: Int32 = -1, lastLabel: UInt32 = 0
                var lastKeyHere = -1
                for keyIndex in active {
                    let key = keys[keyIndex]
                    let parent = nodeOfKey[keyIndex]
                    let value = fold(key[depth])
                    if parent != lastParent || value != lastLabel {
                        while nextParent <= Int(parent) {
                            childStart[nextParent] = Int32(created)
                            nextParent += 1
                        }
                        label[created] = value
                        created += 1
                        (lastParent, lastLabel, lastKeyHere) = (parent, value, -1)
                    }
                    let node = created - 1
                    nodeOfKey[keyIndex] = Int32(node)
                    if key.count > depth + 1 {
                        longer.append(keyIndex)
                    } else if lastKeyHere >= 0 {
                        nextKeyAtNode[lastKeyHere] = Int32(keyIndex)
                        lastKeyHere = keyIndex
                    } else {
                        firstKey[node] = Int32(keyIndex)
                        lastKeyHere = keyIndex
                    }
                }
                active = longer
                depth += 1
            }
            while nextParent <= count {
                childStart[nextParent] = Int32(created)
                nextParent += 1
            }

            var rootTableSize = 0
            for node in childStart[0]..<childStart[1] { rootTableSize = max(rootTableSize, Int(label[Int(node)]) + 1) }
            rootChild = [Int32](repeating: 0, count: min(rootTableSize, Self.rootTableLimit))
            for node in childStart[0]..<childStart[1] where Int(label[Int(node)]) < rootChild.count {
                rootChild[Int(label[Int(node)])] = node
            }
        }

        /// Breadth-first, so that a node's failure target and its output link are finished
        /// before the node.
        private mutating func linkFailures() {
            let count = label.count
            failure = [Int32](repeating: 0, count: count)
            outputLink = [Int32](repeating: -1, count: count)
            for node in 0..<count {
                for child in childStart[node]..<childStart[node + 1] {
                    let value = label[Int(child)]
                    var target: Int32 = 0
                    if node != 0 {
                        var fallback = failure[node]
                        while true {
                            let next = transition(from: fallback, on: value)
                            if next >= 0 {
                                target = next
                                break
                            }
                            if fallback == 0 { break }
                            fallback = failure[Int(fallback)]
                        }
                    }
                    failure[Int(child)] = target
                    outputLink[Int(child)] = firstKey[Int(target)] >= 0 ? target : outputLink[Int(target)]
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
                    let next = transition(from: state, on: value)
                    if next >= 0 {
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

        /// The child of `node` along `value`, or -1.
        @inline(__always)
        private func transition(from node: Int32, on value: UInt32) -> Int32 {
            if node == 0 && value < rootChild.count {
                let child = rootChild[Int(value)]
                return child == 0 ? -1 : child
            }
            var low = Int(childStart[Int(node)])
            var high = Int(childStart[Int(node) + 1])
            // Halve a long run of children; most nodes below the root have one or two, which a
            // linear scan finds fastest.
            while high - low > 8 {
                let middle = (low + high) / 2
                if label[middle] < value { low = middle + 1 } else { high = middle + 1 }
            }
            while low < high {
                let candidate = label[low]
                if candidate == value { return Int32(low) }
                if candidate > value { return -1 }
                low += 1
            }
            return -1
        }

        /// Scalars up to the end of the Hangul syllables, which covers nearly every first scalar
        /// of a Korean or English term in 220 KB; rarer scalars are found by binary search.
        private static let rootTableLimit = 0xD7A4
    }
}
