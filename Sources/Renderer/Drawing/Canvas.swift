import CPangoCairo

/// The few non-text marks a sheet has: bands behind rows and thin rules.
struct Canvas {
    let cairo: OpaquePointer

    /// Fills a rectangle in the given grey.
    func fill(x: Double, y: Double, width: Double, height: Double, gray: Double) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
    }

    /// A horizontal hairline from `x1` to `x2` at `y`.
    func rule(y: Double, from x1: Double, to x2: Double, gray: Double = Ink.rule, width: Double = 0.5) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_set_line_width(cairo, width)
        cairo_move_to(cairo, x1, y)
        cairo_line_to(cairo, x2, y)
        cairo_stroke(cairo)
    }
}
