/// The greys the sheet is drawn in (0 black, 1 white): one text colour, quieter tones for furniture.
enum Ink {
    /// Body text: near-black reads softer than pure black on screen and prints the same.
    static let text = 0.1
    /// Running header and page number: present but out of the way.
    static let furniture = 0.45
    /// Band behind the header row.
    static let headerBand = 0.88
    /// Band behind `.filled` group rows: lighter than the header so the two never look alike.
    static let groupBand = 0.94
    /// Rules between rows and above the page footnotes.
    static let rule = 0.75
    /// The rule under a two-level header's spanning label: darker than row rules, so it still
    /// shows on the header band.
    static let spannerRule = 0.45
}
