/// How a review report draws its pages.
public struct ReviewSettings: Sendable {
    /// Pixels of a page image per point: 1.5 is 108 dpi, small print still readable, a page
    /// image a few hundred kilobytes.
    public var scale: Double

    public init(scale: Double = 1.5) {
        self.scale = scale
    }

    /// What `tariff review` uses.
    public static let standard = ReviewSettings()

    /// The page size assumed for a page poppler could not draw (A4, in points), so its boxes
    /// still have a sheet to stand on.
    static let fallbackPageSize = (width: 595.28, height: 841.89)
}
