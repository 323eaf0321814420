/// The footnote markers of one footnote block: numbered from 1 in order of first use, sometimes
/// reused; and the plain stars ("*", "**") printed at the end of names and attribute cells.
struct MarkerPool {
    private(set) var used: [String] = []
    /// Star markers used, "*" first.
    private(set) var stars: [String] = []

    /// Every marker that needs its footnote: numbers, then stars.
    var all: [String] { used + stars }

    /// A marker for a new mark: an existing one a third of the time, else the next number.
    mutating func marker(_ rng: inout SplitMix64) -> String {
        if !used.isEmpty, rng.chance(0.3) { return rng.pick(used) }
        let marker = next()
        used.append(marker)
        return marker
    }

    /// A star marker: "*" first, then "**" or "*" again.
    mutating func star(_ rng: inout SplitMix64) -> String {
        if stars.isEmpty || stars.count == 1 && rng.chance(0.6) {
            let star = String(repeating: "*", count: stars.count + 1)
            stars.append(star)
            return star
        }
        return rng.pick(stars)
    }

    /// The next unused number (not recorded as used).
    func next() -> String { String(used.count + 1) }
}
