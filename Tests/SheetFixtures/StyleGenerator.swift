import Foundation
import Renderer

/// Draws a random `SheetStyle` over every knob, and the room it leaves for tables.
public enum StyleGenerator {
    /// Draws a style. Column widths are chosen so the narrowest price column still holds the
    /// widest word of some header spelling of every label and an amount up to "€ 99,99", and the
    /// name column holds the widest name word: the generator never draws text that overflows
    /// its column (`FormatLimits.wordsFitTheirColumn`).
    public static func draw(_ rng: inout SplitMix64, overrides: [String: String] = [:]) -> (style: SheetStyle, room: TableRoom) {
        var style = SheetStyle()
        if rng.chance(0.2) {
            style.pageWidth = 612
            style.pageHeight = 792
        }
        style.marginX = rng.double(36...60, step: 2)
        style.marginTop = rng.double(30...50, step: 2)
        style.marginBottom = rng.double(30...50, step: 2)
        style.fontFamily = rng.pick(["DejaVu Sans", "DejaVu Serif"])
        style.bodySize = rng.double(7.5...11, step: 0.5)
        style.amountAlignment = rng.pick(SheetStyle.Alignment.allCases)
        style.euroSpacing = rng.chance(0.6)
        style.amountPlacement = rng.pick(SheetStyle.AmountPlacement.allCases)
        style.groupStyle = rng.pick(SheetStyle.GroupStyle.allCases)
        style.markerStyle = rng.pick(SheetStyle.MarkerStyle.allCases)
        style.rowPadding = rng.chance(0.25) ? 0 : rng.double(0.5...6, step: 0.5)
        style.rules = rng.chance(0.6)
        apply(overrides, to: &style)
        // FormatLimits.tightGroupsAreBold: the gap between rows is twice the padding; a fill
        // band or the rules around a group row tell it apart without one.
        if 2 * style.rowPadding < 0.35 * style.bodySize, style.groupStyle == .plain, !style.rules { style.groupStyle = .bold }

        let size = style.bodySize
        let textWidth = style.pageWidth - 2 * style.marginX
        let minColumn = TableRoom.minimumColumnWidth(size: size)
        let minName = TableRoom.minimumNameColumnWidth(size: size)
        let fitting = (1...4).filter { minName + Double($0) * minColumn <= textWidth }.max() ?? 1
        let maxColumns = rng.chance(0.6) ? fitting : rng.int(1...fitting)
        let widest = max(minName, textWidth - Double(maxColumns) * minColumn)
        style.nameColumnWidth = rng.double(minName...widest, step: 0.5)
        if rng.chance(0.35) {
            let count = rng.int(1...maxColumns)
            let free = textWidth - style.nameColumnWidth - Double(count) * minColumn
            // Some slack stays unused: explicit widths need not fill the page.
            let used = free * rng.double(0.5...1)
            let weights = (0..<count).map { _ in rng.double(0.1...1) }
            let total = weights.reduce(0, +)
            style.columnWidths = weights.map { ((minColumn + used * $0 / total) * 2).rounded(.down) / 2 }
        }
        return (style, TableRoom(style: style, maxColumns: maxColumns))
    }
}

extension StyleGenerator {
    /// Replaces drawn knobs by fixed values: fontFamily, bodySize, amountAlignment, euroSpacing,
    /// amountPlacement, groupStyle, markerStyle, rowPadding, rules, marginX, page ("a4"/"letter").
    /// Unknown keys or values are ignored.
    static func apply(_ overrides: [String: String], to style: inout SheetStyle) {
        for (key, value) in overrides {
            switch key {
            case "fontFamily": style.fontFamily = value.replacingOccurrences(of: "_", with: " ")
            case "bodySize": if let size = Double(value) { style.bodySize = size }
            case "amountAlignment": if let v = SheetStyle.Alignment(rawValue: value) { style.amountAlignment = v }
            case "euroSpacing": if let v = Bool(value) { style.euroSpacing = v }
            case "amountPlacement": if let v = SheetStyle.AmountPlacement(rawValue: value) { style.amountPlacement = v }
            case "groupStyle": if let v = SheetStyle.GroupStyle(rawValue: value) { style.groupStyle = v }
            case "markerStyle": if let v = SheetStyle.MarkerStyle(rawValue: value) { style.markerStyle = v }
            case "rowPadding": if let v = Double(value) { style.rowPadding = v }
            case "rules": if let v = Bool(value) { style.rules = v }
            case "marginX": if let v = Double(value) { style.marginX = v }
            case "page":
                (style.pageWidth, style.pageHeight) = value == "letter" ? (612, 792) : (595.28, 841.89)
            default: break
            }
        }
    }
}
