/// What kinds of sheet the generator may draw, beyond what the seed decides. Codable: a pinned
/// case keeps the options its seed was drawn with (`PinnedCase`).
public struct GeneratorOptions: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Let one table per spec page run long enough to continue on the next physical page
    /// (header repeated, caption not; the page's footnotes printed where its blocks end).
    /// Off: every spec page is trimmed until it fits one physical page.
    public var allowPageBreaks: Bool
    /// Spec pages of content, 1...this.
    public var maxPages: Int
    /// Style knobs fixed instead of drawn ("rowPadding" → "6"), to tell causes apart: the seed
    /// still draws everything, then these replace what it drew (see `StyleGenerator.apply`).
    public var styleOverrides: [String: String]

    public init(allowPageBreaks: Bool = false, maxPages: Int = 3, styleOverrides: [String: String] = [:]) {
        self.allowPageBreaks = allowPageBreaks
        self.maxPages = maxPages
        self.styleOverrides = styleOverrides
    }

    /// Overrides written as "rowPadding=6,amountPlacement=firstLine" (the `ROUNDTRIP_STYLE` syntax).
    public static func overrides(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { result[parts[0]] = parts[1] }
        }
        return result
    }

    /// Each spec page on one physical page.
    public static let singlePageTables = GeneratorOptions()
    /// Long tables that continue on the next page.
    public static let pageBreaks = GeneratorOptions(allowPageBreaks: true)

    public var description: String {
        "allowPageBreaks=\(allowPageBreaks) maxPages=\(maxPages)" + (styleOverrides.isEmpty ? "" : " style " + overridesText)
    }

    /// The overrides in `ROUNDTRIP_STYLE` syntax, sorted.
    public var overridesText: String {
        styleOverrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
}
