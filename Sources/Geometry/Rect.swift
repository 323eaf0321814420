/// An axis-aligned box in PDF points with a top-left origin: y grows down the page.
///
/// Its members are inlinable: layout combines and compares boxes for every glyph of every page.
public struct Rect: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    @inlinable
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    @inlinable public var width: Double { maxX - minX }
    @inlinable public var height: Double { maxY - minY }
    @inlinable public var midX: Double { (minX + maxX) / 2 }
    @inlinable public var midY: Double { (minY + maxY) / 2 }

    /// The smallest box holding both.
    @inlinable
    public func union(_ other: Rect) -> Rect {
        Rect(minX: min(minX, other.minX), minY: min(minY, other.minY),
             maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// Length of the shared x-interval (negative: the gap between them).
    @inlinable
    public func horizontalOverlap(_ other: Rect) -> Double {
        min(maxX, other.maxX) - max(minX, other.minX)
    }

    /// Length of the shared y-interval (negative: the gap between them).
    @inlinable
    public func verticalOverlap(_ other: Rect) -> Double {
        min(maxY, other.maxY) - max(minY, other.minY)
    }

    /// True when every coordinate is a finite number and the box is not inverted.
    @inlinable
    public var isWellFormed: Bool {
        minX.isFinite && minY.isFinite && maxX.isFinite && maxY.isFinite && maxX >= minX && maxY >= minY
    }
}

extension Sequence where Element == Rect {
    /// The union of all boxes, nil for none. Inlinable, so each caller gets it specialised
    /// (a generic call per box was 2% of a run).
    @inlinable
    public func union() -> Rect? {
        reduce(nil) { partial, rect in partial?.union(rect) ?? rect }
    }
}
