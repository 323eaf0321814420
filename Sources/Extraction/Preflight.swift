import Foundation

/// Cheap checks before poppler sees a file, so the common bad inputs get a precise reason
/// instead of poppler's generic "damaged" (and poppler never repairs a truncated file into
/// a partial catalogue).
enum Preflight {
    /// How far from the start the `%PDF-` header may sit (the PDF spec allows leading junk).
    static let headerWindow = 1024
    /// How far from the end the `%%EOF` marker may sit: where poppler looks for the file's
    /// end (PDFDoc::getStartXRef reads the last 24,576 bytes for `startxref`; it enforces no
    /// `%%EOF` at all). Writers pad files after the marker, with NULs or blanks, by kilobytes.
    /// A marker further in is no file's end poppler would find either.
    static let trailerWindow = 24_576

    static func check(path: String) throws(ExtractionError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound }
        guard !isDirectory.boolValue else { throw .isDirectory }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable("permission denied") }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size > 0 else { throw .empty }
        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: headerWindow)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF }
        try? handle.seek(toOffset: size > UInt64(trailerWindow) ? size - UInt64(trailerWindow) : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        guard tail.range(of: Data("%%EOF".utf8)) != nil else { throw .truncated }
    }
}
