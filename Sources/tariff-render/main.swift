// tariff-render: draws the project's sample sheet to a PDF.
//
//     tariff-render sample OUT.pdf
//
// Errors print one line on stderr and exit 2.
import Renderer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints `message` as one line on stderr and exits with status 2.
func fail(_ message: String) -> Never {
    let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    // write(2) rather than fputs(stderr): Swift 6 rejects the global `stderr` as shared mutable state.
    let bytes = Array("tariff-render: \(line)\n".utf8)
    _ = bytes.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2, arguments[0] == "sample" else {
    fail("usage: tariff-render sample OUT.pdf")
}

do {
    // SheetRenderer.render writes through a temporary file and renames it into place.
    try SheetRenderer.render(ConnextVoiceSample.sheet(), to: arguments[1])
} catch {
    fail("\(error)")
}
