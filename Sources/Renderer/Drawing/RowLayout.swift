/// A measured table row (caption line, header, group or product): text boxes at offsets from
/// the row's top-left, an optional band behind them, and the row's height.
struct RowLayout {
    /// One text box and where it goes: `x` on the page, `dy` below the row's top.
    struct Piece {
        let box: TextBox
        let x: Double
        let dy: Double
    }

    /// A thin horizontal rule inside the row: under a two-level header's spanning label.
    struct Rule {
        let dy: Double
        let x1: Double
        let x2: Double
    }

    let pieces: [Piece]
    let height: Double
    /// Grey of a band filled across the table behind the row; nil for none.
    var band: Double? = nil
    /// Group rows keep their next row on the same page.
    var keepWithNext = false
    /// Rules drawn over the band, under the text.
    var rules: [Rule] = []

    /// Draws the row with its top at `top`, its band spanning `left`...`right`.
    func draw(top: Double, left: Double, right: Double, canvas: Canvas) {
        if let band {
            canvas.fill(x: left, y: top, width: right - left, height: height, gray: band)
        }
        for rule in rules {
            canvas.rule(y: top + rule.dy, from: rule.x1, to: rule.x2, gray: Ink.spannerRule)
        }
        for piece in pieces {
            piece.box.draw(x: piece.x, y: top + piece.dy)
        }
    }
}
