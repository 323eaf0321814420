/// Makes `TextBox`es from spec text in the sheet's family and marker style.
struct Typesetter {
    let cairo: OpaquePointer
    let style: SheetStyle

    /// Spec text (with `{n}` markers and `\n` breaks) in `font`, wrapping at `width` if given.
    func text(_ text: String, _ font: TextFont, width: Double?,
              alignment: SheetStyle.Alignment = .left) -> TextBox {
        box(Markup.text(text, size: font.size, markers: style.markerStyle), font, width: width,
            alignment: alignment)
    }

    /// A price cell, with the style's euro spacing.
    func amount(_ cell: String, _ font: TextFont, width: Double, alignment: SheetStyle.Alignment) -> TextBox {
        let markup = Markup.amount(cell, size: font.size, euroSpacing: style.euroSpacing,
                                   markers: style.markerStyle)
        return box(markup, font, width: width, alignment: alignment)
    }

    /// Ready-made markup; the caller has escaped it.
    func box(_ markup: String, _ font: TextFont, width: Double?,
             alignment: SheetStyle.Alignment = .left) -> TextBox {
        TextBox(cairo: cairo, family: style.fontFamily, markup: markup, font: font, width: width,
                alignment: alignment)
    }
}
