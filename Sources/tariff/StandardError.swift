import Foundation

/// The tool's own messages go to stderr; stdout carries only the JSON.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }
}
