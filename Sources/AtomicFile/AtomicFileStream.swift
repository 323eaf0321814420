import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written piece by piece that still appears whole or not at all: the pieces go to a
/// temporary file beside the target, and `commit` renames it over the target. A stream given
/// up (an error, or dropped without `commit`) removes its temporary file.
///
/// For output too large to hold in memory at once (a review report's page images); small
/// documents use `AtomicFile.write`. A device, pipe or terminal is written in place, as there.
public final class AtomicFileStream {
    private let path: String
    private let temporary: String?
    private let handle: FileHandle
    private var finished = false

    /// Opens the temporary file (or the special file) for `path`.
    public init(path: String) throws(AtomicFileError) {
        self.path = path
        temporary = AtomicFile.isSpecialFile(path) ? nil : AtomicFile.temporaryPath(for: path)
        let target = temporary ?? path
        if temporary != nil, !FileManager.default.createFile(atPath: target, contents: nil) {
            throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
        }
        guard let handle = FileHandle(forWritingAtPath: target) else {
            let reason = String(cString: strerror(errno))
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw AtomicFileError(path: path, reason: reason)
        }
        self.handle = handle
    }

    deinit { if !finished { abandon() } }

    /// The file the pieces go to until `commit`: another process may write them there (a
    /// worker drawing a report), and this stream still puts the file in place or removes it.
    public var writingPath: String { temporary ?? path }

    /// Appends `data`; on an error the stream is given up.
    public func write(_ data: Data) throws(AtomicFileError) {
        do { try handle.write(contentsOf: data) } catch {
            abandon()
            throw AtomicFileError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(AtomicFileError) {
        try write(Data(text.utf8))
    }

    /// Puts the whole file in place of the target.
    public func commit() throws(AtomicFileError) {
        finished = true
        do { try handle.close() } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw AtomicFileError(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let temporary else { return }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw AtomicFileError(path: path, reason: reason)
        }
    }

    /// Closes the stream and removes what it wrote, leaving the target as it was.
    public func abandon() {
        guard !finished else { return }
        finished = true
        try? handle.close()
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }
}
