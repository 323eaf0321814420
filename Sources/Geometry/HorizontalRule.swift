/// A horizontal mark a page draws across a table: a thin rule between rows, or a filled
/// band behind one (its top and bottom edges then part it from the rows around it).
///
/// Plain geometry in page points, y growing downwards like every box of the project.
public struct HorizontalRule: Sendable, Equatable {
    /// Top and bottom of the mark: a hairline is a fraction of a point tall, a band a row.
    public var top: Double
    public var bottom: Double
    /// Where the mark runs from and to.
    public var minX: Double
    public var maxX: Double

    public init(top: Double, bottom: Double, minX: Double, maxX: Double) {
        self.top = top
        self.bottom = bottom
        self.minX = minX
        self.maxX = maxX
    }

    /// The heights at which the mark parts what lies above it from what lies below: both
    /// edges (a hairline's are a fraction of a point apart).
    public var edges: [Double] { [top, bottom] }
}
