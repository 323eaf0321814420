/// A grey image of a region of a page, one byte a pixel (0 black … 255 white): what the
/// page draws besides its text, for finding rules and bands between table rows.
///
/// Pixel (column, row) covers the page points from `region.minX + column / scaleX` and
/// `region.minY + row / scaleY` on; rows are stored top to bottom, `columns` bytes each.
public struct PageRaster: Sendable {
    public var region: Rect
    public var columns: Int
    public var rows: Int
    /// Pixels per point, across and down.
    public var scaleX: Double
    public var scaleY: Double
    public var pixels: [UInt8]

    public init(region: Rect, columns: Int, rows: Int, scaleX: Double, scaleY: Double, pixels: [UInt8]) {
        precondition(pixels.count == columns * rows, "a raster holds columns × rows pixels")
        self.region = region
        self.columns = columns
        self.rows = rows
        self.scaleX = scaleX
        self.scaleY = scaleY
        self.pixels = pixels
    }

    /// The page y of the top of pixel row `row`.
    public func y(ofRow row: Int) -> Double { region.minY + Double(row) / scaleY }

    /// The page x of the left of pixel column `column`.
    public func x(ofColumn column: Int) -> Double { region.minX + Double(column) / scaleX }
}
