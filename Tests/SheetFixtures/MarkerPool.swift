/// The footnote markers of one spec page: numbered from 1 in order of first use, sometimes reused.
struct MarkerPool {
    private(set) var used: [String] = []

    /// A marker for a new mark: an existing one a third of the time, else the next number.
    mutating func marker(_ rng: inout SplitMix64) -> String {
        if !used.isEmpty, rng.chance(0.3) { return rng.pick(used) }
        let marker = next()
        used.append(marker)
        return marker
    }

    /// The next unused number (not recorded as used).
    func next() -> String { String(used.count + 1) }
}
