/// Where something is printed on its page, so an analyst can find it there (`tariff review`):
/// PDF points (1/72 inch), origin at the page's top-left corner, y growing downwards, the
/// convention of poppler's text layer and of an image of the page.
///
/// Provenance, not content: the diff never compares boxes, so a re-layout of the same prices
/// changes no product.
public struct Box: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        let minX = min(x, other.x), minY = min(y, other.y)
        return Box(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }
}
