import CPangoCairo

/// One Pango layout: text laid out once, measured, then drawn wherever the composer puts it.
///
/// All measures are in points, relative to the box's top-left corner.
final class TextBox {
    private let layout: OpaquePointer
    private let cairo: OpaquePointer
    /// Soft hyphens right before a hard break ("Ser\u{00AD}\nvice"): the line they end and
    /// their byte index in the layout's text. Pango draws nothing for them, so `draw` adds the
    /// hyphen (see `SheetSpec`); a soft hyphen where Pango itself wraps is drawn by Pango.
    private var softBreaks: [(line: Int32, index: Int32)] = []

    /// Ligatures off: a PDF text extractor must see "fi" as two letters, not one glyph.
    static let fontFeatures = "liga=0, clig=0, dlig=0"

    /// Lays out `markup` in `font`; a `width` wraps at word boundaries and lets `alignment` apply.
    init(cairo: OpaquePointer, family: String, markup: String, font: TextFont,
         width: Double?, alignment: SheetStyle.Alignment = .left) {
        self.cairo = cairo
        layout = pango_cairo_create_layout(cairo)
        Self.configureContext(of: layout)
        setFont(family: family, font: font)
        if let width {
            pango_layout_set_width(layout, Int32(Markup.pangoUnits(max(width, 1))))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
            pango_layout_set_alignment(layout, alignment == .right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        }
        let wrapped = "<span font_features=\"\(Self.fontFeatures)\">\(markup)</span>"
        pango_layout_set_markup(layout, wrapped, -1)
        findSoftBreaks()
    }

    deinit {
        tariff_layout_release(layout)
    }

    /// Logical height of all lines.
    var height: Double {
        var width: Int32 = 0, height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Self.points(height)
    }

    /// Logical width of the widest line (the wrap width is not counted).
    var width: Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Self.points(logical.width)
    }

    /// Distance from the top to the first line's baseline.
    var firstBaseline: Double {
        Self.points(pango_layout_get_baseline(layout))
    }

    /// Distance from the top to the last line's baseline.
    var lastBaseline: Double {
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        while pango_layout_iter_next_line(iter) != 0 {}
        return Self.points(pango_layout_iter_get_baseline(iter))
    }

    /// Draws the box with its top-left corner at (x, y) in the given grey (0 black, 1 white).
    func draw(x: Double, y: Double, gray: Double = Ink.text) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        guard !softBreaks.isEmpty else {
            cairo_move_to(cairo, x, y)
            pango_cairo_show_layout(cairo, layout)
            return
        }
        // Line by line, so each hyphen is drawn right after its line's glyphs: an extractor
        // joins it to the word it ends ("Ser\u{00AD}"), not to whatever was drawn last.
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        var line: Int32 = 0
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = y + Self.points(pango_layout_iter_get_baseline(iter))
            cairo_move_to(cairo, x + Self.points(logical.x), baseline)
            pango_cairo_show_layout_line(cairo, pango_layout_iter_get_line_readonly(iter))
            for soft in softBreaks where soft.line == line {
                var position = PangoRectangle()
                pango_layout_index_to_pos(layout, soft.index, &position)
                cairo_move_to(cairo, x + Self.points(position.x), baseline)
                showHyphen()
            }
            line += 1
        } while pango_layout_iter_next_line(iter) != 0
    }

    /// Finds each soft hyphen that stands right before a line break in the laid-out text.
    private func findSoftBreaks() {
        guard let text = pango_layout_get_text(layout) else { return }
        let bytes = Array(String(cString: text).utf8)
        guard bytes.count >= 3 else { return }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0xC2 && bytes[index + 1] == 0xAD && bytes[index + 2] == 0x0A {
            var line: Int32 = 0, xPosition: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(index), 0, &line, &xPosition)
            softBreaks.append((line, Int32(index)))
        }
    }

    /// A "-" in this box's font, shown with U+00AD as its text at cairo's current point.
    private func showHyphen() {
        guard let hyphen = pango_cairo_create_layout(cairo) else { return }
        defer { tariff_layout_release(hyphen) }
        Self.configureContext(of: hyphen)
        pango_layout_set_font_description(hyphen, pango_layout_get_font_description(layout))
        pango_layout_set_text(hyphen, "-", -1)
        tariff_show_soft_hyphen(cairo, hyphen)
    }

    /// 72 dpi makes Pango's points equal PDF points; unrounded positions keep letter spacing even
    /// at small sizes (rounding snaps every glyph to a whole point).
    private static func configureContext(of layout: OpaquePointer) {
        let context = pango_layout_get_context(layout)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)
    }

    private func setFont(family: String, font: TextFont) {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_size(description, Int32(Markup.pangoUnits(font.size)))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
    }

    private static func points(_ units: Int32) -> Double {
        Double(units) / Double(PANGO_SCALE)
    }
}
