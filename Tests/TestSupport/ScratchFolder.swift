import Foundation

/// Where tests write their files: one folder per test process in the system's temporary
/// directory, removed when the process exits, so a test run leaves nothing behind. (A run
/// that crashes keeps it, for a look at what it wrote.)
public enum ScratchFolder {
    /// The process's folder, created on first use.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tariff-tests-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A fresh folder under `root`, unique per call, named after what it holds.
    public static func folder(_ name: String) throws -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path under `root` for a file, unique per call: `name`-UUID.`ext`.
    public static func file(_ name: String, ext: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString).\(ext)")
    }
}
