@testable import Layout
import Testing

/// Font styles come from the font's name, the only place a PDF's text layer says so.
@Suite struct FontStyleTests {
    @Test(arguments: [
        ("DejaVuSans-Bold", true, false), ("DejaVuSans", false, false), ("Arial-BoldItalicMT", true, true),
        ("LiberationSerif-Italic", false, true), ("Helvetica-Oblique", false, true), ("SourceSansPro-Semibold", true, false),
        ("OpenSans-ExtraBold", true, false), ("Roboto-Black", true, false), ("Inter-Heavy", true, false),
        ("Avenir-DemiBold", true, false), ("", false, false), ("BOLD", true, false), ("Times-Roman", false, false),
        ("X-OBLIQUE", false, true),
    ])
    func styleIsReadFromTheName(name: String, bold: Bool, italic: Bool) {
        let style = FontStyle(fontName: name)
        #expect(style.isBold == bold && style.isItalic == italic, "\(name)")
    }
}
