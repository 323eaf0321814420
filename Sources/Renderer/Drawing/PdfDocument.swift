import CPangoCairo

/// A cairo PDF surface writing to a file, with the metadata fixed so output is reproducible.
final class PdfDocument {
    /// The cairo context every drawing call goes through.
    let cairo: OpaquePointer
    private let surface: OpaquePointer

    /// Fixed dates: cairo would otherwise stamp the current time and no two renders would match.
    static let fixedDate = "2026-01-01T00:00:00Z"

    /// A document cairo writes to `path` as it draws (finished by `finish`).
    init(path: String, width: Double, height: Double, title: String) throws {
        surface = cairo_pdf_surface_create(path, width, height)
        cairo = cairo_create(surface)
        try Self.check(cairo_surface_status(surface))
        try Self.check(cairo_status(cairo))
        setMetadata(title: title)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Ends the current page and starts the next one.
    func showPage() {
        cairo_show_page(cairo)
    }

    /// Writes out the rest of the file; the document is unusable afterwards.
    func finish() throws {
        try Self.check(cairo_status(cairo))
        cairo_surface_finish(surface)
        try Self.check(cairo_surface_status(surface))
    }

    private func setMetadata(title: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "tariff-render")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.fixedDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, Self.fixedDate)
    }

    private static func check(_ status: cairo_status_t) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw RenderError.cairo(String(cString: cairo_status_to_string(status)))
    }
}
