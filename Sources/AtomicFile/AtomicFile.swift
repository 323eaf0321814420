import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: a temporary file beside the target, then a rename, so
/// a reader sees the old file or the whole new one, never a torn one (and an error leaves no
/// partial file behind).
///
/// Only a regular file (or a new one) is replaced so. A device, a pipe or a terminal
/// (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written in place: renaming over it would put a
/// regular file where the device was, and as root that replaces `/dev/null` for every program.
public enum AtomicFile {
    /// Writes `data` to `path`; the error names `path` and the system's reason.
    public static func write(_ data: Data, to path: String) throws(AtomicFileError) {
        if isSpecialFile(path) { return try writeInPlace(data, to: path) }
        let url = URL(fileURLWithPath: path)
        let temporary = URL(fileURLWithPath: temporaryPath(for: path))
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: Self.reason(error))
        }
        // rename(2) replaces the target in one step; Foundation's replaceItemAt fails on Linux.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(AtomicFileError) {
        try write(Data(text.utf8), to: path)
    }

    /// The hidden file beside `path` that a write goes to before it is renamed into place
    /// (".catalogue.json.<pid>.tmp").
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    }

    /// True for an existing path that is not a regular file or a folder (stat(2) follows links,
    /// so `/dev/stdout` counts as what it points to).
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) != S_IFREG && (info.st_mode & S_IFMT) != S_IFDIR
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(AtomicFileError) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: data) } catch { throw AtomicFileError(path: path, reason: reason(error)) }
    }

    /// The system's words for why Foundation could not write ("No such file or directory").
    private static func reason(_ error: Error) -> String {
        let code: Int32? = switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?: ENOENT
        case .fileWriteNoPermission?: EACCES
        case .fileWriteOutOfSpace?: ENOSPC
        case .fileWriteVolumeReadOnly?: EROFS
        default: nil
        }
        return code.map { String(cString: strerror($0)) } ?? error.localizedDescription
    }
}

/// A file that could not be written: its path and why.
public struct AtomicFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
