/// What the generator never draws, and why: each is a limit of the tariff-sheet format (text that
/// a reader of the PDF, human or parser, could not read back unambiguously), not of the parser.
///
/// The generator and the lexicon obey every rule below; the round-trip test then demands an
/// exact catalogue for everything else.
public enum FormatLimits {
    /// 1. No hyphen followed by a lowercase letter in names, groups, captions, labels, remarks,
    ///    footnotes ("Bel-me-nu", "e-mail", "On-net"): Pango may break the line after the hyphen,
    ///    and "Bel-" + "me-nu" must then read as hyphenation ("Belme-nu"). Hyphens only join
    ///    capitalised compounds ("Noord-Amerika") or hang before "en" ("Midden- en Zuid-Europa").
    public static let noHyphenBeforeLowercase = "no hyphen before a lowercase letter"
    /// 2. No text ends with a digit, and no marker follows a digit: "Gespreksopname 90" + a
    ///    raised "1" could be 901, and a trailing number next to a marker is ambiguous. Numbers
    ///    in names are followed by a word ("90 dagen") or parenthesised ("(085)").
    public static let noTrailingDigit = "no text ends with a digit; no marker after a digit"
    /// 3. No line starts with a lone 1–2 digit number followed by a wide gap: that is how a
    ///    footnote starts ("1   1e installatie …"). Numbers in names are followed by a word space.
    public static let noLeadingNumberGap = "no leading 1-2 digit number followed by a wide gap"
    /// 4. No amount-like text outside price cells ("2,50", "1.250,00"): amounts are recognised
    ///    before columns are assigned, so one in a name or note would be read as a price.
    public static let noAmountsInText = "no amount-shaped numbers outside price cells"
    /// 5. Every product row has at least one amount or price word ("Gratis", "op aanvraag") in a
    ///    price column: a row with neither (only empty, "n.v.t." or "–" cells, or text in attribute
    ///    columns) reads as a group row, or as a product the sheet gives no price for.
    public static let productHasAPrice = "every product has an amount or a price word"
    /// 6. A group row is followed by a product (never by another group row, never last in a
    ///    table): a heading with nothing under it is indistinguishable from stray text.
    public static let groupHasProducts = "a group row is directly followed by a product"
    /// 7. Every word fits its column: the name column holds the widest name word, a price column
    ///    the widest word of its header and its widest unbreakable amount. Text overflowing into
    ///    the neighbouring column belongs to neither.
    public static let wordsFitTheirColumn = "every unbreakable run fits its column"
    /// 8. A range ("€ 0,22 - € 0,43") fits one line of its cell: wrapped, its high end would
    ///    sit on a line of its own like a second product's amount. So does "op aanvraag": "op"
    ///    over "aanvraag" reads as two cells' words.
    public static let rangesOnOneLine = "a range or \"op aanvraag\" fits one line of its column"
    /// 9. Captions fit one line, and a caption printed in the name header fits the name column
    ///    on one line: a caption's first line would otherwise stand alone above its header.
    ///    Captions, their notes and name headers carry no price-header words ("kosten",
    ///    "maand", …) and a name-header caption is never a generic one ("Productnaam").
    public static let captionsOnOneLine = "captions on one line, free of header words"
    /// 10. A caption note is only printed with a caption: a note alone above a header whose name
    ///     cell is the caption would be stray text.
    public static let noteNeedsCaption = "caption note only with a caption line"
    /// 11. Remarks are single sentences starting with a capital and ending with a full stop, with
    ///     no abbreviation dots inside: remark lines are split into remarks at "." + capital.
    public static let remarksAreSentences = "remarks are single sentences"
    /// 12. Rounding sentences ("Minuten worden naar boven afgerond …") appear only where the
    ///     generator means them, one wording per sheet: a rounding sentence anywhere on a page
    ///     governs every usage price of that page, and two wordings on one page would conflict.
    public static let oneRoundingWording = "at most one rounding wording per sheet"
    /// 13. Footnote markers are unique per footnote block, and every marker has its footnote in
    ///     its table's block (the first printed under the table on its page, else the page's
    ///     footnotes): two blocks on a page both number from 1, and a "1" can only mean its own
    ///     table's. A footnote without a marker pointing at it is allowed.
    public static let markersResolve = "every marker has its footnote in its table's block"
    /// 14. In page-break mode the long table is the last block of its spec page (only in-place
    ///     footnotes follow it), so the page's footnotes are printed on a page of that table and
    ///     the rule "marker → footnote on the product's page, else on the table's next page
    ///     that prints one" always resolves.
    public static let longTableEndsItsPage = "a page-breaking table ends its spec page"
    /// 15. Amounts are at most "€ 99.999,99"; ranges read low to high; "(per gebruiker)" only
    ///     follows a single amount.
    public static let amountShapes = "amounts up to 5 whole digits; ranges low to high"

    /// All of the above, for reports.
    /// 16. In a table whose rows stand closer than the parser's row gap (ParserSettings.rowGapRatio,
    ///     0.3 em) and that draws no rules, group rows are bold or filled: a group row set in
    ///     the products' own weight, with no gap, fill or rule around it, differs from a wrapped
    ///     name line in nothing a reader of the page can see. (Filled group rows and plain ones
    ///     between rules are drawn: the parser reads the bands and rules from the page's picture,
    ///     `RuledRows`.)
    public static let tightGroupsAreBold = "group rows in tight tables without rules are bold or filled"

    /// 17. An attribute column prints text other than "n.v.t." in some cell: a column of only
    ///     "n.v.t." (or empty) cells is a price column with no prices as much as a column of text.
    public static let attributesShowText = "an attribute column shows some text"
    /// 18. A plain "*" or "**" ends a name or an attribute cell only as a footnote marker, and
    ///     only where the page prints a footnote with that marker: a star is no letter of a word.
    public static let starsAreMarkers = "a trailing star is a footnote marker"
    /// 19. A transposed table's product names fit their column in at most two lines and its fact
    ///     labels are single-line spellings: its header row is the names, and a name running on
    ///     would reach the first fact row.
    public static let transposedNamesFit = "transposed names fit their column in two lines"

    /// 20. A header row whose name cell is empty has two labels or more: a single bold word over
    ///     a column, with nothing at the left, reads as a heading as much as a header.
    public static let emptyNameHeaderHasLabels = "an empty name header has two labels or more"

    public static let all = [
        noHyphenBeforeLowercase, noTrailingDigit, noLeadingNumberGap, noAmountsInText, productHasAPrice,
        groupHasProducts, wordsFitTheirColumn, rangesOnOneLine, captionsOnOneLine, noteNeedsCaption,
        remarksAreSentences, oneRoundingWording, markersResolve, longTableEndsItsPage, amountShapes,
        tightGroupsAreBold, attributesShowText, starsAreMarkers, transposedNamesFit,
        emptyNameHeaderHasLabels,
    ]
}
