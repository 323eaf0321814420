/// Whether two product names are close enough for a rename, by normalized edit distance.
///
/// The measure: Levenshtein distance between the normalized names (in characters) divided by
/// the longer name's length. A rename needs at most `maximumDistance` (0.4): "KPN EEN Bel-me-nu"
/// → "KPN EEN Bel-mij-nu" is 2/18 ≈ 0.11, while "Webex Premium" → "Teams Integratie" is far
/// above. Edit distance rather than token overlap because real renames are often a respelling
/// inside one word, which token sets miss entirely.
public struct NameSimilarity: Sendable, Comparable {
    /// Edits needed to turn one normalized name into the other.
    public let distance: Int
    /// Length of the longer normalized name.
    public let length: Int

    /// 0.4 as a fraction, so comparisons stay exact integer arithmetic.
    static let maximumDistance = (numerator: 2, denominator: 5)

    /// Measures two names (normalized first, as `ProductKey` does).
    public init(_ a: String, _ b: String) {
        let x = Array(ProductKey.normalize(a)), y = Array(ProductKey.normalize(b))
        distance = Self.levenshtein(x, y)
        length = max(x.count, y.count, 1)
    }

    /// True when the names are similar enough to be one product renamed.
    public var isSimilar: Bool {
        distance * Self.maximumDistance.denominator <= length * Self.maximumDistance.numerator
    }

    /// Closer names order first: a smaller distance/length ratio, compared by cross-multiplying.
    public static func < (a: NameSimilarity, b: NameSimilarity) -> Bool {
        a.distance * b.length < b.distance * a.length
    }

    /// Equally close: the same distance/length ratio.
    public static func == (a: NameSimilarity, b: NameSimilarity) -> Bool {
        a.distance * b.length == b.distance * a.length
    }

    /// Classic two-row dynamic programme: insertions, deletions and substitutions cost 1.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
