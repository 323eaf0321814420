import Foundation

/// Bounds on one document, so a huge or hostile file fails with a clear reason instead of
/// exhausting memory or time. Defaults are far above any real tariff sheet.
public struct Limits: Sendable, Equatable {
    /// Pages a document may have.
    public var maxPages = 10_000
    /// Glyphs one page may hold (a dense A4 page of 6 pt text is about 15,000).
    public var maxGlyphsPerPage = 250_000
    /// Seconds one document may take; nil for no limit. Checked between chunks of pages; the
    /// CLI's supervisor also stops a worker that overruns it (a hang inside poppler).
    public var timeout: Double? = 300

    public init(maxPages: Int = 10_000, maxGlyphsPerPage: Int = 250_000, timeout: Double? = 300) {
        self.maxPages = maxPages
        self.maxGlyphsPerPage = maxGlyphsPerPage
        self.timeout = timeout
    }

    public static let standard = Limits()
}
