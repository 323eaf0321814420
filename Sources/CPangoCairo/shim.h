#include <pango/pangocairo.h>
#include <cairo-pdf.h>

/// Releases a Pango layout: GLib's g_object_unref takes a gpointer, which Swift cannot pass a
/// typed opaque pointer as without a cast; the cast lives here, in C.
static inline void tariff_layout_release(PangoLayout *layout) { g_object_unref(layout); }

/// Draws a hyphen glyph whose text is U+00AD (a soft hyphen) at cairo's current point, which is
/// the glyph's baseline origin: what designer tools write where a line breaks at a soft hyphen.
/// `hyphen` is a layout of "-" in the wanted font; its glyph is shown with the soft hyphen as
/// its text (one cluster: 2 UTF-8 bytes, 1 glyph), so a PDF extractor reads U+00AD there.
static inline void tariff_show_soft_hyphen(cairo_t *cr, PangoLayout *hyphen) {
    PangoLayoutLine *line = pango_layout_get_line_readonly(hyphen, 0);
    if (line == NULL || line->runs == NULL) return;
    PangoGlyphItem *run = pango_glyph_item_copy((PangoGlyphItem *)line->runs->data);
    run->item->offset = 0;
    run->item->length = 2;
    run->item->num_chars = 1;
    for (int i = 0; i < run->glyphs->num_glyphs; i++) run->glyphs->log_clusters[i] = 0;
    pango_cairo_show_glyph_item(cr, "\xC2\xAD", run);
    pango_glyph_item_free(run);
}
