import Geometry
import Layout

/// The parser's rules by name: what each decides, where it lives, and the settings it reads.
///
/// Every line's role is given by one of these (`LineVerdict`), which `tariff ingest --explain`
/// prints; the README's rule table is this list (a test keeps the two the same, and checks
/// that every setting of `ParserSettings` serves a rule and every file named exists).
public enum ParserRule: String, CaseIterable, Sendable {
    case duplicateGlyphs, footnoteMarkers, leadingMarkers, lines, runningText, amounts, headerRows, spannerRules, headerLabels
    case captions, columnZones, columnKinds, priceCells, cellWords, transposedTables, tableBody, rowBlocks, groupRows, ruledRows
    case rowPitch, amountPlacement, sheetPlacement, remarks, wrappedText, footnotes, markerScope, annotations, sheetFacts, prose
    case unaccounted

    /// What the rule decides, in a sentence or two.
    public var summary: String {
        switch self {
        case .duplicateGlyphs:
            "a glyph drawn twice at the same place (a fake-bold or shadow trick) counts once"
        case .footnoteMarkers:
            "a raised or smaller digit (or ¹²³) right after a glyph is a footnote marker of that glyph's word, never text, never part of an amount; anchored horizontally, so a tight row's marker stays in its own row; `*` / `**` ending a word on the baseline are a marker too (`5 GB*`)"
        case .leadingMarkers:
            "a marker with nothing before it leads the text after it: a footnote's own number"
        case .lines:
            "glyphs on one baseline are a line; a gap wider than a word space, or a space in the text stream, breaks a word; a wider gap parts a line's segments (its cells)"
        case .runningText:
            "running headers, footers and page numbers repeat at the same place on most pages of a window around the page"
        case .amounts:
            "amounts are tokens before columns exist: `€ 5,00`, `€5,00`, `€ 1.250,00`, `5,-`, `€ 0,22 - € 0,43`"
        case .headerRows:
            "a header is a run of short price-free cells (a line with an amount, `Gratis` or `op aanvraag` is a row, and so is a line ending a cell wrapped from the line above), grown over the label lines that wrap with it; kept when a joined label reads as a price header (\"Start-\" / \"tarief\"); a label above two or more labels is their spanner (\"Maandprijs\" over \"12 maanden\", \"24 maanden\"): each column's header is the path, a term in it gives `termMonths`; a lone known label standing over the first prices below it (an amount, `Gratis`), right of a name, heads a one-column table whose name header is empty"
        case .spannerRules:
            "a header with a spanning label is drawn back by poppler between the label and the labels under it: a run of ink there darker than the paper (a header band's grey too) is the rule under the label, and the columns whose labels stand mostly within it are the ones it spans, however the label itself is placed"
        case .headerLabels:
            "header text → price label through the vocabulary; an unknown header is a warning, never a guess"
        case .captions:
            "the caption is the name column's header when it is not generic (\"Nationaal bellen\"), else the line right above the header; none: the table continues the one before; a note (\"Door KPN te factureren\") beside it, after it where bold turns regular, or on a line of its own under it is the table's `note`"
        case .columnZones:
            "amounts go to the column whose zone they overlap most; zones split halfway between labels; the name column ends at the first label or amount"
        case .columnKinds:
            "a column is a price column when any row has an amount (or `Gratis`, `op aanvraag`) in it, else an attribute column (`5 GB`, `Onbeperkt`) when its header has no price label or its cells hold text; attributes are read as quantities or unlimited"
        case .cellWords:
            "`Gratis` is an amount of 0.00, `op aanvraag` a price on request, `n.v.t.` / `–` no price and no warning: each stands alone in its cell, in an amount's place, so its row is a product; where a header shows a price column begins, a worded one starting there is a cell however close a long name or the cell before it runs"
        case .transposedTables:
            "a table printed with products as columns is found by a fact row (a price label, then two or more amounts and cell words, and no other cell; where no such row finds it, a label then two or more quantities, `Data ‖ 20 GB ‖ 500 MB`): lines whose cells stand in its columns are the table (up to a footnote or a bullet), those without a label at the left, above the fact row that found it, its header of product names; the same names over fact rows at the top of the next page go on with those products"
        case .priceCells:
            "a price cell is placed as a whole: an amount and the words right after it (`€ 86,00 (per gebruiker)`) by their joint box, a wrapped `gebruiker)` with the cell it closes; every amount starts a cell, a name run up to it ending there, and its annotation's `)` ends it when the words after stand in another column (`€ 3,09 (per gebruiker) 1 GB`)"
        case .tableBody:
            "the body ends at a footnote, a bullet, prose from the left edge across the columns, a wide gap, or the next header; a cell's wrapped end a line's height under it is the table's, and so is its line, however close its name runs to a cell"
        case .rowBlocks:
            "body lines form blocks at gaps and weight changes (the weight of the last name text); a block with one amount line is one row"
        case .groupRows:
            "a block without amounts right above products is their group row; the rows of a table continued on the next page keep the group row open at the break; other text between rows is stray"
        case .ruledRows:
            "rows set tight are parted by what the page draws between them: such a page is drawn back by poppler over its tables' name column, a pixel row of unbroken ink across it is a rule, a run of them a band, and an edge between two lines' middles parts them"
        case .rowPitch:
            "inside a block, rows part where the pitch between neighbouring name lines widens beyond the tightest (the block's, or the table's at the same size); a line under a raised marker is no evidence unless the table shows its markers keep the pitch"
        case .amountPlacement:
            "in a block of several rows, lines go to the amount line of their row under one placement (amounts on the first name line, the last, or centred on the row); the reading with the fewest flaws wins (a name cut where it runs on, a row without a name, a name starting in lower case, name text after the row's remarks or its requirement, amounts off the placement)"
        case .sheetPlacement:
            "a sheet places amounts one way: ties between readings go to the placement with the fewest flaws over the table (early line breaks counting last), then over the page's tables, then over the sheet; where nothing tells, a warning names the rows in doubt"
        case .remarks:
            "name lines set smaller or in italic are remarks of the row above them, joined into sentences"
        case .wrappedText:
            "wrapped lines join with one space; \"Start-\" + \"tarief\" → \"Starttarief\", \"Noord-\" + \"Amerika\" → \"Noord-Amerika\", \"Midden-\" + \"en\" keeps its space; a soft hyphen (U+00AD) joins its word and is dropped"
        case .footnotes:
            "a footnote starts with a marker (or a number and a wide gap, or `*`) and goes on over the close lines of its size; numbering restarts per page (ids `p<page>.<n>`) and per footnote block (a page's further blocks `p<page>.<block>.<n>`, each table linking to the first block under it); a page printing none defers to the next that does"
        case .markerScope:
            "a marker governs its name, its group row, its caption, and a column header where the product has a price"
        case .annotations:
            "\"(alleen bij Pro user)\" → `requires`, \"(per gebruiker)\" → `per: user`; other text beside an amount is a warning"
        case .sheetFacts:
            "the sheet's own sentences give `validFrom` (\"Geldig vanaf 1 maart 2027\") and `vatIncluded` (\"exclusief btw\"); said twice differently, a warning and unknown"
        case .prose:
            "a free line outside every table is prose; a sentence on a page stating how minutes and cents are rounded applies to the page's usage prices"
        case .unaccounted:
            "a free line inside a table that fits no row, or amounts under no header, is unaccounted and a warning"
        }
    }

    /// The files the rule lives in, under Sources/.
    public var location: [String] {
        switch self {
        case .duplicateGlyphs: ["Layout/GlyphCleaner.swift"]
        case .footnoteMarkers: ["Layout/MarkerDetector.swift", "Layout/NeighbourIndex.swift"]
        case .leadingMarkers: ["Layout/MarkerDetector.swift"]
        case .lines: ["Layout/LineBuilder.swift", "Layout/Line.swift"]
        case .runningText: ["Tables/Detectors/RunningTextDetector.swift"]
        case .amounts: ["Tables/Money/MoneyTokenizer.swift", "Tables/Money/MoneyText.swift"]
        case .headerRows: ["Tables/Detectors/HeaderDetector.swift"]
        case .spannerRules: ["Layout/RuleDetector.swift", "Tables/Detectors/HeaderDetector.swift", "TariffKit/PagePipeline.swift"]
        case .headerLabels: ["Tables/Vocabulary/Vocabulary.swift"]
        case .captions: ["Tables/Extractors/CaptionReader.swift", "Tables/SheetAssembler.swift"]
        case .columnZones: ["Tables/Extractors/ColumnZones.swift"]
        case .columnKinds: ["Tables/Rows/BodyLine.swift", "Tables/Meaning/AttributeReader.swift"]
        case .priceCells: ["Tables/Extractors/CellColumns.swift"]
        case .cellWords: ["Tables/Money/MoneyTokenizer.swift", "Tables/Rows/ProductRowMaker.swift", "Tables/PageLines.swift"]
        case .transposedTables: ["Tables/Extractors/TransposedTableReader.swift", "Tables/Meaning/CatalogueBuilder.swift"]
        case .sheetFacts: ["Tables/Meaning/SheetFactsReader.swift"]
        case .tableBody: ["Tables/Extractors/TableReader.swift"]
        case .rowBlocks: ["Tables/Extractors/TableReader.swift", "Tables/Rows/RowBlock.swift"]
        case .groupRows: ["Tables/Rows/RowBuilder.swift", "Tables/SheetAssembler.swift"]
        case .ruledRows: ["Extraction/PageRasterizer.swift", "Layout/RuleDetector.swift", "Tables/Rows/RuledRows.swift",
                          "TariffKit/PagePipeline.swift"]
        case .rowPitch: ["Tables/Rows/RowSpacing.swift"]
        case .amountPlacement: ["Tables/Rows/RowAssigner.swift", "Tables/Rows/Flaw.swift", "Tables/Rows/PlacementFit.swift"]
        case .sheetPlacement: ["Tables/Rows/TablePlacement.swift", "Tables/PageParser.swift", "Tables/SheetAssembler.swift"]
        case .remarks: ["Tables/Rows/BodyLine.swift", "Tables/Rows/ProductRowMaker.swift"]
        case .wrappedText: ["Tables/Extractors/TextJoiner.swift"]
        case .footnotes: ["Tables/Detectors/FootnoteDetector.swift", "Tables/Meaning/FootnoteIndex.swift"]
        case .markerScope: ["Tables/Meaning/CatalogueBuilder.swift"]
        case .annotations: ["Tables/Meaning/Annotation.swift"]
        case .prose: ["Tables/PageParser.swift", "Tables/Meaning/RoundingRule.swift"]
        case .unaccounted: ["Tables/PageParser.swift"]
        }
    }

    /// The `ParserSettings` the rule reads.
    public var settings: [String] {
        switch self {
        case .duplicateGlyphs: ["duplicateGlyphDistance"]
        case .footnoteMarkers: ["markerSizeRatio", "markerRiseRatio", "markerAttachGapRatio", "markerHostOverlapShare",
                                "neighbourOverlapRatio"]
        case .leadingMarkers: ["leadingMarkerGapRatio"]
        case .lines: ["baselineToleranceRatio", "wordGapRatio", "spaceHintGapRatio", "segmentGapRatio"]
        case .runningText: ["runningBandShare", "runningPositionTolerance", "runningRepeatShare", "runningWindow"]
        case .amounts: ["moneyGapRatio"]
        case .headerRows: ["headerSegmentGapRatio", "headerLineGapRatio", "headerSizeSpread", "headerLabelMaxWords", "leftEdgeRatio",
                            "spannerOverlapShare", "spannerZoneReachRatio", "spannerApartRatio",
                            "spannerLineGapRatio", "loneLabelRowReach"]
        case .spannerRules: ["spannerRuleMinWidthRatio", "spannerRuleCoverShare", "spannerRuleBandSlackRatio", "spannerRuleContrast",
                             "shortRuleMinWidth"]
        case .headerLabels: []
        case .captions: ["captionGapRatio", "captionSizeRatio", "captionMaxSegments", "captionMaxWords"]
        case .columnZones: ["nameClearanceRatio"]
        case .priceCells: ["cellGapRatio"]
        case .columnKinds, .sheetFacts: []
        case .cellWords: ["cellGapRatio", "cellEdgeSlackRatio"]
        case .transposedTables: ["tableGapRatio", "tableGapMinimum", "cellGapRatio", "transposedAlignmentToleranceRatio"]
        case .tableBody: ["tableGapRatio", "tableGapMinimum", "cellLinePitchRatio"]
        case .rowBlocks: ["rowGapRatio", "sameRowOffsetRatio"]
        case .groupRows: []
        case .ruledRows: ["ruleRasterScaleX", "ruleRasterScaleY", "ruleInkLevel", "ruleSpanShare", "ruleEdgeSlack"]
        case .rowPitch: ["rowPitchExcessRatio", "sameSizeTolerance"]
        case .amountPlacement: ["centredAmountToleranceRatio", "anchorTieRatio"]
        case .sheetPlacement: ["wordSpaceRatio"]
        case .remarks: ["remarkSizeRatio"]
        case .wrappedText: []
        case .footnotes: ["footnoteGapRatio", "footnoteLineGapRatio"]
        case .markerScope, .annotations, .prose, .unaccounted: []
        }
    }

    /// The vocabulary's lists the rule reads (keys of `vocabulary.json`).
    public var words: [String] {
        switch self {
        case .runningText: ["pageWords"]
        case .amounts: ["currencyWords", "rangeWords"]
        case .headerRows: ["priceLabels", "priceHeaderWords", "termUnits", "captionNotes"]
        case .headerLabels: ["priceLabels", "priceHeaderWords", "termUnits"]
        case .captions: ["genericNameHeaders", "captionNotes"]
        case .columnKinds: ["unlimitedWords"]
        case .cellWords: ["freeWords", "onRequestWords", "emptyCellWords"]
        case .transposedTables: ["priceLabels", "termUnits", "bullets"]
        case .sheetFacts: ["validity", "vat"]
        case .tableBody: ["bullets"]
        case .amountPlacement: ["requirement", "perUserPhrases"]
        case .wrappedText: ["joinConjunctions"]
        case .annotations: ["requirement", "perUserPhrases", "freeWords", "emptyCellWords"]
        case .prose: ["rounding"]
        default: []
        }
    }
}

/// What one line of a page became, and the rule that decided it: the parser's own account,
/// which `tariff ingest --explain` prints.
public struct LineVerdict: Sendable, Equatable {
    /// The line's index on its page (top to bottom).
    public var line: Int
    /// The line's text and box, as the page has them.
    public var text = ""
    public var box = Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
    /// The footnote markers printed on the line's words.
    public var markers: [String] = []
    /// The same markers with where each is printed.
    public var footnoteMarkers: [FootnoteMarker] = []
    public var role: LineRole
    public var rule: ParserRule
    /// What the rule saw, when it says more than the rule's name ("rows read with amounts on
    /// the first name line").
    public var detail: String?

    public init(line: Int, role: LineRole, rule: ParserRule, detail: String? = nil) {
        self.line = line
        self.role = role
        self.rule = rule
        self.detail = detail
    }

    /// A rule and what it saw, for the lines it decides.
    struct Reason {
        var rule: ParserRule
        var detail: String?
    }
}
