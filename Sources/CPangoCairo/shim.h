#include <pango/pangocairo.h>
#include <cairo-pdf.h>

/// Releases a Pango layout: GLib's g_object_unref takes a gpointer, which Swift cannot pass a
/// typed opaque pointer as without a cast; the cast lives here, in C.
static inline void tariff_layout_release(PangoLayout *layout) { g_object_unref(layout); }
