import CPoppler
import Geometry

// MARK: - What a page draws, as pixels

extension PDFDocument {
    /// Page `number` (1-based) drawn by poppler in grey, `region` only, at `scaleX` × `scaleY`
    /// pixels a point. poppler-glib offers no access to a page's vector paths, so the rules
    /// and fills a table prints are read from its picture instead; drawing a region costs a
    /// few milliseconds, so the parser asks only for pages whose rows it cannot tell apart.
    /// An empty raster for a page poppler cannot open or an empty region.
    public func raster(page number: Int, region: Rect, scaleX: Double, scaleY: Double) -> PageRaster {
        let columns = Int((region.width * scaleX).rounded(.up)), rows = Int((region.height * scaleY).rounded(.up))
        let empty = PageRaster(region: region, columns: 0, rows: 0, scaleX: scaleX, scaleY: scaleY, pixels: [])
        guard columns > 0, rows > 0, columns * rows <= Self.maxRasterPixels,
              let page = poppler_document_get_page(document, Int32(number - 1)) else { return empty }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(columns), Int32(rows)) else { return empty }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { return empty }
        // Paper first: poppler paints only what the page draws.
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scaleX, scaleY)
        cairo_translate(cairo, -region.minX, -region.minY)
        poppler_page_render(page, cairo)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface)
        else { return empty }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: columns * rows)
        pixels.withUnsafeMutableBufferPointer { grey in
            for row in 0..<rows {
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<columns {
                    // xRGB in native order; the darkest channel, so a coloured rule counts as ink.
                    let pixel = line[column]
                    grey[row * columns + column] = min(UInt8(truncatingIfNeeded: pixel >> 16),
                                                       UInt8(truncatingIfNeeded: pixel >> 8), UInt8(truncatingIfNeeded: pixel))
                }
            }
        }
        return PageRaster(region: region, columns: columns, rows: rows, scaleX: scaleX, scaleY: scaleY, pixels: pixels)
    }

    /// A region is drawn only below this many pixels (64 MB of surface): a hostile page size
    /// must not take the memory a whole archive would.
    static let maxRasterPixels = 16_000_000
}
