/// The face and size of one piece of text; the family comes from the sheet's style.
struct TextFont: Equatable {
    /// Size in points.
    var size: Double
    var bold = false
    var italic = false
}
