import Foundation

/// Writes a file whole or not at all: a temporary file beside the target, then a rename.
///
/// Only a regular file (or a new one) is replaced so. A device, a pipe or a terminal
/// (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written in place: renaming over it would put a
/// regular file where the device was, and as root that replaces `/dev/null` for every program.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        if isSpecialFile(path) { return try writeInPlace(text, to: path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target atomically; Foundation's replaceItemAt fails on Linux.
            guard rename(temporary.path, url.path) == 0 else { throw posixError() }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// True for an existing path that is not a regular file (stat(2) follows links, so
    /// `/dev/stdout` counts as what it points to).
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) != S_IFREG && (info.st_mode & S_IFMT) != S_IFDIR
    }

    private static func writeInPlace(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw posixError() }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw posixError()
            }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func posixError() -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
