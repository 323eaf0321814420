import Foundation
import CPoppler
import Geometry

/// An open PDF, read through poppler-glib. The only type in the project that touches C.
///
/// Pages are extracted one at a time and poppler's page objects are freed right after, so
/// memory follows one page, not the document.
public final class PDFDocument {
    /// Number of pages.
    public let pageCount: Int
    /// The document's metadata title, if it has a non-empty one.
    public let metadataTitle: String?
    private let handle: OpaquePointer

    /// Opens the file at `path` after the preflight checks (exists, non-empty, `%PDF-`, `%%EOF`).
    public init(path: String) throws(ExtractionError) {
        try Preflight.check(path: path)
        LibraryNoise.silence()
        guard let uri = g_filename_to_uri(absolutePath(path), nil, nil) else { throw .unreadable("bad path") }
        defer { g_free(uri) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            throw Self.openError(error)
        }
        handle = document
        pageCount = Int(poppler_document_get_n_pages(document))
        metadataTitle = Self.takeString(poppler_document_get_title(document))
        // No unref here: every stored property is set, so Swift runs `deinit` when this
        // initializer throws, and `deinit` releases the document (a second unref was a use
        // after free that GLib reported on stderr).
        guard pageCount > 0 else { throw .damaged("no pages") }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// The text layer of page `number` (1-based).
    public func page(_ number: Int) -> TextPage {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
            return TextPage(number: number, width: 0, height: 0, glyphs: [])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return TextPage(number: number, width: width, height: height, glyphs: GlyphReader.glyphs(of: page))
    }

    var document: OpaquePointer { handle }

    /// Why poppler refused the file, in the tool's words: poppler's own messages ("PDF
    /// document is damaged") would repeat the reason or read as another program's.
    private static func openError(_ error: UnsafeMutablePointer<GError>?) -> ExtractionError {
        defer { if let error { g_error_free(error) } }
        guard let error, error.pointee.domain == poppler_error_quark() else { return .damaged("poppler cannot open it") }
        switch UInt32(error.pointee.code) {
        case POPPLER_ERROR_ENCRYPTED.rawValue: return .encrypted
        case POPPLER_ERROR_DAMAGED.rawValue: return .damaged("its cross-reference table cannot be read or rebuilt")
        case POPPLER_ERROR_BAD_CATALOG.rawValue: return .damaged("its document catalog cannot be read")
        case POPPLER_ERROR_OPEN_FILE.rawValue: return .unreadable("poppler cannot open the file")
        default: return .damaged("poppler cannot open it")
        }
    }

    /// Takes ownership of a g_malloc'ed string.
    static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let value = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}

private func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return FileManager.default.currentDirectoryPath + "/" + path
}
