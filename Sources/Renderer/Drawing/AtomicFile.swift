#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so readers see either the old file or the whole new one, never a torn one.
enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = "\(path).tmp-\(getpid())"
        do {
            // Errors name `path`, the file the caller asked for, not the temporary one.
            guard writeAll(bytes, to: temporary) else { throw failure(path) }
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes the whole file; false with `errno` set on failure.
    private static func writeAll(_ bytes: [UInt8], to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        // fclose flushes; a full disk may only show up here.
        let closed = fclose(file) == 0
        return written == bytes.count && closed
    }

    private static func failure(_ path: String) -> RenderError {
        .write(path: path, reason: String(cString: strerror(errno)))
    }
}
