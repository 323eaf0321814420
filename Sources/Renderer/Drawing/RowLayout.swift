/// A measured table row (caption line, header, group or product): text boxes at offsets from
/// the row's top-left, an optional band behind them, and the row's height.
struct RowLayout {
    /// One text box and where it goes: `x` on the page, `dy` below the row's top.
    struct Piece {
        let box: TextBox
        let x: Double
        let dy: Double
    }

    let pieces: [Piece]
    let height: Double
    /// Grey of a band filled across the table behind the row; nil for none.
    var band: Double? = nil
    /// Group rows keep their next row on the same page.
    var keepWithNext = false

    /// Draws the row with its top at `top`, its band spanning `left`...`right`.
    func draw(top: Double, left: Double, right: Double, canvas: Canvas) {
        if let band {
            canvas.fill(x: left, y: top, width: right - left, height: height, gray: band)
        }
        for piece in pieces {
            piece.box.draw(x: piece.x, y: top + piece.dy)
        }
    }
}
