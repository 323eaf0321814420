/// A small seeded generator (Steele, Lea & Flood's SplitMix64) for tests that draw random
/// input: the same draws on every run, so a failing case repeats exactly. (The round-trip
/// generator keeps its own copy in SheetFixtures, with helpers that never go through the
/// standard library's random algorithms.)
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (modulo bias is negligible for the small bounds tests use).
    public mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// One of `items`.
    public mutating func pick<T>(_ items: [T]) -> T { items[next(below: items.count)] }
}
