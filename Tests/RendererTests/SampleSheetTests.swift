import Foundation
import Testing
@testable import Renderer

/// The project's sample sheet, drawn in the default style.
@Suite struct SampleSheetTests {
    @Test func rendersAFivePagePdf() throws {
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(PdfProbe.pageCount(pdf) == 5)
    }

    @Test func rendersByteIdenticalTwice() throws {
        let first = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        let second = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        #expect(first == second)
    }

    @Test func writesTheFileWithoutLeavingATemporary() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("renderer-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sheet.pdf").path

        try SheetRenderer.render(ConnextVoiceSample.sheet(), to: path)

        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try SheetRenderer.renderData(ConnextVoiceSample.sheet())))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["sheet.pdf"])
    }

    @Test func reportsAnUnwritablePathInOneLine() {
        #expect(throws: RenderError.self) {
            try SheetRenderer.render(ConnextVoiceSample.sheet(), to: "/nonexistent-dir/sheet.pdf")
        }
        do {
            try SheetRenderer.render(ConnextVoiceSample.sheet(), to: "/nonexistent-dir/sheet.pdf")
        } catch {
            #expect("\(error)" == "cannot write /nonexistent-dir/sheet.pdf: No such file or directory")
        }
    }

    @Test func rejectsASheetWithoutPages() {
        #expect(throws: RenderError.invalidSpec("the sheet has no pages")) {
            try SheetRenderer.renderData(SheetSpec(title: "Leeg", pages: []))
        }
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func extractsTheTextLetterByLetter() throws {
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        let first = try PdfProbe.text(pdf, pages: 1...1)
        #expect(first.hasPrefix(ConnextVoiceSample.title))
        #expect(first.contains("Door KPN te factureren"))
        #expect(first.contains("KPN EEN Fax naar e-mail"))
        #expect(first.contains("€ 67,50"))
        // Ligatures are off: "fi" in "microfilm" comes out as two letters.
        #expect(try PdfProbe.text(pdf, pages: 5...5).contains("microfilm"))
        // Page numbers: the digits alone at the bottom right.
        let lastLine = first.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }
        #expect(lastLine?.trimmingCharacters(in: .whitespaces) == "1")
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func drawsMarkersAsSmallerRaisedGlyphs() throws {
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        let words = try PdfProbe.words(pdf, page: 1)
        // "Centrale{1}" is the first group row: the word, then its marker right after it.
        let index = try #require(words.firstIndex { $0.text == "Centrale" })
        let name = words[index], marker = words[index + 1]
        #expect(marker.text == "1")
        #expect(abs(marker.xMin - name.xMax) < 1, "the marker follows the name with no space")
        #expect(marker.height < name.height * 0.75, "the marker is smaller")
        #expect(marker.yMax < name.yMax - 2, "the marker sits above the name's baseline")
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func footnoteTextStartsAtAFixedIndentRightOfItsMarker() throws {
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet())
        let words = try PdfProbe.words(pdf, page: 1)
        let style = SheetStyle()
        let markers = words.filter { abs($0.xMin - style.marginX) < 0.01 && ["1", "2", "3"].contains($0.text) }
        #expect(markers.map(\.text) == ["1", "2", "3"])
        for marker in markers {
            // The first word of each footnote sits on the marker's line, at the shared indent.
            let text = try #require(words.first { $0.xMin > marker.xMax && abs($0.yMin - marker.yMin) < 2 })
            #expect(abs(text.xMin - (style.marginX + style.bodySize * 1.2)) < 0.5)
        }
    }
}
