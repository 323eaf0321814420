import Foundation

/// The tool's own messages go to stderr; stdout carries only the JSON.
enum StandardError {
    /// Where the tool's lines go: stderr, or in a worker the copy of it kept aside by
    /// `quietLibraries()`. Set once, before a worker starts any thread.
    nonisolated(unsafe) private(set) static var descriptor = STDERR_FILENO

    static func print(_ line: String) {
        let bytes = Array((line.hasSuffix("\n") ? line : line + "\n").utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count <= 0 { return }
                written += count
            }
        }
    }

    /// In a worker, C libraries print to stderr on their own, past any log handler (poppler's
    /// cairo font engine writes "some font thing failed" for every glyph of a broken font
    /// it draws): stderr itself goes to /dev/null, and the tool's own lines go to a copy of
    /// it kept aside. Returns that copy.
    @discardableResult
    static func quietLibraries() -> Int32 {
        let own = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        guard own >= 0, null >= 0 else { return STDERR_FILENO }
        dup2(null, STDERR_FILENO)
        close(null)
        descriptor = own
        return own
    }
}
