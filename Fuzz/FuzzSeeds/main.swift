// Writes the layout fuzzer's seed corpus from real PDFs: for each sheet, each page as a
// one-page glyph stream, horizontal bands of each page (small seeds mutate faster and still
// hold a header, rows or footnotes), and the first two pages together (tables continued
// across a page break, running headers).
//
//     swift run --scratch-path .build-fuzz-seeds FuzzSeeds Fuzz/corpus/layout Samples/*.pdf …
import Extraction
import Foundation
import FuzzSupport
import Geometry

/// Band height in points and the step between band tops (bands overlap by half).
let bandHeight = 160.0
let bandStep = 80.0

func seeds(of path: String) throws -> [(name: String, bytes: [UInt8])] {
    let document = try PDFDocument(path: path)
    let pages = (1...document.pageCount).map(document.page)
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var result = [(name: "\(stem)-p1-2", bytes: GlyphStreamEncoder.encode(Array(pages.prefix(2))))]
    for page in pages {
        let single = TextPage(number: 1, width: page.width, height: page.height, glyphs: page.glyphs)
        result.append(("\(stem)-p\(page.number)", GlyphStreamEncoder.encode([single])))
        for top in stride(from: 0.0, to: page.height, by: bandStep) {
            let glyphs = page.glyphs.filter { $0.box.minY >= top && $0.box.maxY <= top + bandHeight }
            guard !glyphs.isEmpty else { continue }
            let band = TextPage(number: 1, width: page.width, height: page.height, glyphs: glyphs)
            result.append(("\(stem)-p\(page.number)-y\(Int(top))", GlyphStreamEncoder.encode([band])))
        }
    }
    return result
}

let arguments = CommandLine.arguments.dropFirst()
guard let directory = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: FuzzSeeds OUTPUT-DIR SHEET.pdf…\n".utf8))
    exit(2)
}
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
for path in arguments.dropFirst() {
    for seed in try seeds(of: path) {
        try Data(seed.bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent(seed.name))
    }
}
