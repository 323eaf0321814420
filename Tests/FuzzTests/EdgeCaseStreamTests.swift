import Foundation
import FuzzSupport
import Geometry
import Testing

/// The hand-made edge cases of Fuzz/regressions/layout/ (written by
/// scripts/fuzz_layout_edge_cases.py) decode to what their names say, so a change to the
/// glyph-stream format cannot quietly turn one into another input: the replay would still
/// pass, having stopped testing the edge.
@Suite struct EdgeCaseStreamTests {
    /// A kept edge case and what its decoded pages must show.
    struct EdgeCase: Sendable, CustomTestStringConvertible {
        let file: String
        let holds: @Sendable ([TextPage]) -> Bool
        var testDescription: String { file }

        init(_ file: String, holds: @escaping @Sendable ([TextPage]) -> Bool) {
            self.file = file
            self.holds = holds
        }
    }

    static let cases: [EdgeCase] = [
        EdgeCase("empty-stream") { $0.isEmpty },
        EdgeCase("eight-pages-promised-none-given") { $0.isEmpty },
        EdgeCase("one-page-no-glyphs") { $0.count == 1 && $0[0].glyphs.isEmpty },
        EdgeCase("glyph-count-past-the-end") { $0.count == 1 && !$0[0].glyphs.isEmpty },
        EdgeCase("nan-and-infinite-coordinates") { pages in
            let boxes = glyphs(pages).map(\.box)
            return boxes.contains { $0.minX.isNaN } && boxes.contains { $0.minY == .infinity }
                && boxes.contains { $0.minX == -.infinity } && glyphs(pages).contains { $0.fontSize.isNaN }
        },
        EdgeCase("nan-page-size") { $0.count == 1 && $0[0].width.isNaN && $0[0].height == .infinity },
        EdgeCase("zero-and-negative-font-sizes") { pages in
            glyphs(pages).contains { $0.fontSize == 0 } && glyphs(pages).contains { $0.fontSize < 0 }
        },
        EdgeCase("five-thousand-glyphs-at-one-point") { pages in
            Dictionary(grouping: glyphs(pages), by: \.box).values.contains { $0.count == 5000 }
        },
        EdgeCase("glyph-wider-than-page") { pages in
            pages.allSatisfy { page in page.glyphs.contains { $0.box.width > page.width } }
        },
        EdgeCase("digits-only") { pages in
            !glyphs(pages).isEmpty && glyphs(pages).allSatisfy { $0.text.allSatisfy(\.isASCII) && $0.text.allSatisfy(\.isNumber) }
        },
        EdgeCase("superscript-markers-only") { pages in
            !glyphs(pages).isEmpty && glyphs(pages).allSatisfy { ["¹", "²", "³"].contains($0.text) }
        },
        EdgeCase("one-word-of-4080-letters") { pages in longestWord(pages) >= 4080 },
        EdgeCase("inverted-and-negative-boxes") { pages in glyphs(pages).contains { $0.box.width < 0 && $0.box.height < 0 } },
        EdgeCase("eight-pages-running-header-at-1e300") { pages in
            pages.count == 8 && pages.allSatisfy { page in page.glyphs.contains { $0.box.minY == 1e300 } }
        },
        EdgeCase("control-characters-in-a-row") { pages in
            Set(glyphs(pages).map(\.text)).isSuperset(of: ["\u{0}", "\t", "\n", "\r", "\u{1B}", "\u{7F}"])
        },
    ]

    @Test(arguments: cases)
    func holdsWhatItsNameSays(_ edge: EdgeCase) throws {
        let bytes = try [UInt8](Data(contentsOf: RegressionReplayTests.folder.appendingPathComponent(edge.file)))
        let pages = GlyphStreamDecoder.decode(bytes)
        #expect(edge.holds(pages))
    }

    static func glyphs(_ pages: [TextPage]) -> [Glyph] { pages.flatMap(\.glyphs) }

    /// The most glyphs in a row on one page without a space between them.
    static func longestWord(_ pages: [TextPage]) -> Int {
        var longest = 0
        for page in pages {
            var run = 0
            for glyph in page.glyphs {
                run = glyph.spaceBefore ? 1 : run + 1
                longest = max(longest, run)
            }
        }
        return longest
    }
}
