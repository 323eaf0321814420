// tariff-render: draws the project's sample sheets to a PDF.
//
//     tariff-render sample OUT.pdf        the first edition (Samples/connext-voice.pdf)
//     tariff-render sample-2027 OUT.pdf   the second edition (Samples/connext-voice-2027.pdf)
//     tariff-render zakelijk-mobiel OUT.pdf    the family's mobile sample (Samples/zakelijk-mobiel.pdf)
//     tariff-render zakelijk-internet OUT.pdf  the family's internet sample (Samples/zakelijk-internet.pdf)
//     tariff-render archive PAGES OUT.pdf the first edition's pages repeated to PAGES pages (benchmarks)
//     tariff-render spec SPEC.json OUT.pdf a saved `SheetSpec` (a pinned round-trip case, a sketch)
//
// Errors print one line on stderr and exit 2.
import Foundation
import Renderer

/// Prints `message` as one line on stderr and exits with status 2.
func fail(_ message: String) -> Never {
    let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    FileHandle.standardError.write(Data("tariff-render: \(line)\n".utf8))
    exit(2)
}

/// The sheets this tool draws, by the name given on the command line.
let samples: [(name: String, sheet: () -> SheetSpec)] = [
    ("sample", { ConnextVoiceSample.sheet() }),
    ("sample-2027", { ConnextVoice2027Sample.sheet() }),
    ("zakelijk-mobiel", { ZakelijkMobielSample.sheet() }),
    ("zakelijk-internet", { ZakelijkInternetSample.sheet() }),
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 3, arguments[0] == "archive" {
    guard let pages = Int(arguments[1]), pages > 0 else { fail("archive needs a page count, got \(arguments[1])") }
    do { try SheetRenderer.render(ConnextVoiceSample.archive(pages: pages), to: arguments[2]) } catch { fail("\(error)") }
    exit(0)
}
if arguments.count == 3, arguments[0] == "spec" {
    do {
        let spec = try JSONDecoder().decode(SheetSpec.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
        try SheetRenderer.render(spec, to: arguments[2])
    } catch { fail("\(arguments[1]): \(error)") }
    exit(0)
}
guard arguments.count == 2, let sample = samples.first(where: { $0.name == arguments[0] }) else {
    let names = samples.map(\.name).joined(separator: "|")
    fail("usage: tariff-render \(names) OUT.pdf, tariff-render archive PAGES OUT.pdf, or tariff-render spec SPEC.json OUT.pdf")
}

do {
    // SheetRenderer.render writes through a temporary file and renames it into place.
    try SheetRenderer.render(sample.sheet(), to: arguments[1])
} catch {
    fail("\(error)")
}
