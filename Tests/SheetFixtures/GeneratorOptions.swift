/// What kinds of sheet the generator may draw, beyond what the seed decides.
public struct GeneratorOptions: Sendable, Equatable, CustomStringConvertible {
    /// Let one table per spec page run long enough to continue on the next physical page
    /// (header repeated, caption not; the page's footnotes printed where its blocks end).
    /// Off: every spec page is trimmed until it fits one physical page.
    public var allowPageBreaks: Bool
    /// Spec pages of content, 1...this.
    public var maxPages: Int

    public init(allowPageBreaks: Bool = false, maxPages: Int = 3) {
        self.allowPageBreaks = allowPageBreaks
        self.maxPages = maxPages
    }

    /// Each spec page on one physical page.
    public static let singlePageTables = GeneratorOptions()
    /// Long tables that continue on the next page.
    public static let pageBreaks = GeneratorOptions(allowPageBreaks: true)

    public var description: String { "allowPageBreaks=\(allowPageBreaks) maxPages=\(maxPages)" }
}
