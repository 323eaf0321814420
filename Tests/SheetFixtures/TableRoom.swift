import Renderer

/// The widths a style gives tables, mirroring the renderer's `SheetMetrics`.
public struct TableRoom: Sendable {
    /// The style the widths come from.
    public let style: SheetStyle
    /// The most price columns a table of this sheet may have.
    public let maxColumns: Int

    /// Space between a cell's edge and its text (the renderer's `cellPadding`).
    static let cellPadding = 4.0

    /// Widest header word any label must be able to print (about "Starttarief" in bold, with
    /// a marker), and air: the narrowest column every label has a spelling for.
    static func minimumColumnWidth(size: Double) -> Double { 6.9 * size + 2 * cellPadding + 2 }
    /// Widest name word ("Installatieservice") and air.
    static func minimumNameColumnWidth(size: Double) -> Double { 11.8 * size + 2 * cellPadding }

    var size: Double { style.bodySize }
    var textWidth: Double { style.pageWidth - 2 * style.marginX }
    /// Text width inside the name column.
    var nameTextWidth: Double { style.nameColumnWidth - 2 * Self.cellPadding }

    /// Text width inside each of `count` price columns, as `SheetMetrics.priceColumns` lays them out.
    func cellTextWidths(count: Int) -> [Double] {
        let widths: [Double]
        if let explicit = style.columnWidths, explicit.count == count {
            widths = explicit
        } else {
            widths = Array(repeating: (textWidth - style.nameColumnWidth) / Double(max(count, 1)), count: count)
        }
        return widths.map { $0 - 2 * Self.cellPadding }
    }
}
