import CPoppler
import Foundation

/// A page drawn by poppler as a PNG image, for a person to look at (`tariff review`).
public struct PagePicture: Sendable {
    /// The PNG file's bytes, as cairo's own PNG writer wrote them.
    public var png: Data
    /// The image's size in pixels.
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// The page's size in points.
    public var pageWidth: Double
    public var pageHeight: Double
}

extension PDFDocument {
    /// Page `number` (1-based) drawn in colour on white at `scale` pixels a point; nil for a
    /// page poppler cannot open, or one whose picture would be larger than `maxPicturePixels`.
    public func picture(page number: Int, scale: Double) -> PagePicture? {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let columns = Int((width * scale).rounded(.up)), rows = Int((height * scale).rounded(.up))
        guard columns > 0, rows > 0, columns * rows <= Self.maxPicturePixels,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(columns), Int32(rows)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { return nil }
        // Paper first: poppler paints only what the page draws.
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        poppler_page_render(page, cairo)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let png = Self.png(of: surface) else { return nil }
        return PagePicture(png: png, pixelWidth: columns, pixelHeight: rows, pageWidth: width, pageHeight: height)
    }

    /// A page is drawn only below this many pixels (64 MB of surface), as for `raster`.
    public static let maxPicturePixels = 16_000_000

    /// The surface through cairo's PNG writer, collected in memory.
    private static func png(of surface: OpaquePointer) -> Data? {
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
    }
}
