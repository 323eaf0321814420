import Foundation
import Renderer
import Catalogue
import Tables

/// Draws random tariff sheets from a seed: a random style, 1–3 pages of tables (groups,
/// products with wrapped names, annotations, amounts of every shape, empty cells, remarks),
/// footnote markers on names, groups, column labels and captions with their footnotes, prose.
///
/// The same seed and options always give the same sheet. Everything drawn stays within
/// `FormatLimits`.
public struct SheetGenerator {
    private var rng: SplitMix64
    private let room: TableRoom
    private let options: GeneratorOptions
    private var rounding: RoundingStatement?
    /// Where the rounding sentence goes: "remark", "prose", or nil while not yet placed.
    private var roundingPlacement: String?
    private var roundingPlaced = false
    /// Content features seen while drawing, for the statistics.
    private var features: Set<String> = []
    /// The last captioned table drawn, so the next page can continue it (same caption and columns).
    private var lastCaptioned: (caption: String, note: String?, columns: [ColumnSpec])?

    /// The sheet for `seed`.
    public static func generate(seed: UInt64, options: GeneratorOptions = .singlePageTables) -> GeneratedSheet {
        var rng = SplitMix64(seed: seed)
        let (style, room) = StyleGenerator.draw(&rng, overrides: options.styleOverrides)
        var generator = SheetGenerator(rng: rng, room: room, options: options)
        return generator.sheet(seed: seed, style: style)
    }

    private init(rng: SplitMix64, room: TableRoom, options: GeneratorOptions) {
        self.rng = rng
        self.room = room
        self.options = options
    }

    private var size: Double { room.size }
    private var lineHeight: Double { 1.17 * size }

    // MARK: Sheet and pages

    private mutating func sheet(seed: UInt64, style: SheetStyle) -> GeneratedSheet {
        let pageCount = rng.int(1...options.maxPages)
        if rng.chance(0.3) {
            rounding = rng.pick(RoundingStatement.all)
            roundingPlacement = rng.chance(0.6) ? "remark" : "prose"
        }
        let longPage = options.allowPageBreaks ? rng.int(0...(pageCount - 1)) : -1
        var pages: [PageSpec] = []
        for index in 0..<pageCount {
            pages.append(page(long: index == longPage, last: index == pageCount - 1))
        }
        let title = rng.pick(Lexicon.titles)
        let spec = SheetSpec(title: title, pages: pages, style: style)
        return GeneratedSheet(seed: seed, options: options, spec: spec, rounding: roundingPlaced ? rounding : nil,
                              knobs: Self.styleKnobs(style, room: room) + [Knob("pages", "\(pageCount)")]
                                  + Self.contentFeatures.map { Knob($0, features.contains($0) ? "yes" : "no") })
    }

    private mutating func page(long: Bool, last: Bool) -> PageSpec {
        var markers = MarkerPool()
        var blocks: [Block] = []
        if rng.chance(0.12) {
            blocks.append(.sectionTitle(rng.pick(Lexicon.sectionTitles)))
            features.insert("sectionTitle")
        }
        if rng.chance(0.12) { blocks += prose() }
        let tableCount = rng.int(1...2)
        for t in 0..<tableCount {
            let isLong = long && t == tableCount - 1
            let rows = isLong ? rng.int(22...45) : rng.int(1...9)
            blocks.append(.table(table(products: rows, markers: &markers, continuing: t == 0)))
            if isLong { features.insert("longTable") }
            if t < tableCount - 1, rng.chance(0.2) { blocks += prose() }
        }
        if roundingPlacement == "prose", !roundingPlaced, last || rng.chance(0.4) {
            blocks.append(.paragraph(rng.pick(Lexicon.proseSentences) + " " + rounding!.sentence))
            roundingPlaced = true
            features.insert("roundingInProse")
        }
        var notes = markers.used.map { FootnoteSpec(marker: $0, text: footnoteText()) }
        if rng.chance(0.1) {
            notes.append(FootnoteSpec(marker: markers.next(), text: footnoteText()))
            features.insert("unreferencedFootnote")
        }
        var pageNotes = notes
        if !notes.isEmpty, rng.chance(0.2) {
            blocks.append(.footnotes(notes))
            pageNotes = []
            features.insert("inPlaceFootnotes")
        }
        if !long, rng.chance(0.15) {
            blocks += prose()
        }
        var page = PageSpec(blocks: blocks, footnotes: pageNotes)
        if !options.allowPageBreaks { fitEstimate(&page) }
        return page
    }

    // MARK: Tables

    private mutating func table(products: Int, markers: inout MarkerPool, continuing: Bool) -> TableSpec {
        var caption: String?
        var note: String?
        var nameHeader = rng.weighted([("Productnaam", 0.8), ("Omschrijving", 0.1), ("Dienst", 0.1)])
        var columns: [ColumnSpec]
        if continuing, let previous = lastCaptioned, rng.chance(0.2) {
            // The sample's pattern: the same table continued on the next page under its caption.
            // Markers belong to the page that printed them: the repeat carries none.
            caption = SpecText.withoutMarkers(previous.caption)
            note = previous.note
            columns = previous.columns.map { ColumnSpec(SpecText.withoutMarkers($0.label)) }
            features.insert("captionRepeatedOnNextPage")
        } else {
            columns = self.columns(markers: &markers)
            var text = rng.pick(Lexicon.captions)
            if rng.chance(0.12) {
                text += "{\(markers.marker(&rng))}"
                features.insert("captionMarker")
            }
            let headerFits = TextMeasure.width(text, size: size) <= room.nameTextWidth - 2
            if rng.chance(0.25), headerFits {
                nameHeader = text
                features.insert("captionInHeader")
            } else {
                caption = text
                if rng.chance(0.4) {
                    note = rng.pick(Lexicon.captionNotes)
                    features.insert("captionNote")
                }
            }
        }
        if let caption { lastCaptioned = (caption, note, columns) } else { lastCaptioned = nil }
        let widths = room.cellTextWidths(count: columns.count)
        var rows: [RowSpec] = []
        if rng.chance(0.5) { rows.append(.group(group(markers: &markers))) }
        let usage = columns.contains { HeaderTerm.term(printed: $0.label)?.isUsage == true }
        for index in 0..<products {
            if index > 0, rng.chance(0.2) { rows.append(.group(group(markers: &markers))) }
            rows.append(.product(product(widths: widths, markers: &markers, usage: usage)))
        }
        return TableSpec(caption: caption, captionNote: note, nameHeader: nameHeader, columns: columns, rows: rows)
    }

    private mutating func columns(markers: inout MarkerPool) -> [ColumnSpec] {
        let count = rng.int(1...room.maxColumns)
        let widths = room.cellTextWidths(count: count)
        let labels = rng.sample(HeaderTerm.drawnLabels, count: count)
        return zip(labels, widths).map { label, width in
            var marker: String?
            if rng.chance(0.12) {
                marker = "{\(markers.marker(&rng))}"
                features.insert("columnMarker")
            }
            let fitting = HeaderTerm.all.filter { term in
                term.label == label && TextMeasure.widestWord(term.printed + (marker ?? ""), size: size) <= width - 1
            }
            // The narrowest column holds some spelling of every label (StyleGenerator); drop the
            // marker rather than overflow if a rounding edge says otherwise.
            let terms = fitting.isEmpty ? HeaderTerm.all.filter { $0.label == label } : fitting
            let term = rng.pick(terms)
            if term.printed.contains("\n") { features.insert("labelLineBreak") }
            return ColumnSpec(term.printed + (fitting.isEmpty ? "" : marker ?? ""))
        }
    }

    private mutating func group(markers: inout MarkerPool) -> String {
        var text = rng.pick(Lexicon.groupPhrases)
        if rng.chance(0.15) {
            text += "{\(markers.marker(&rng))}"
            features.insert("groupMarker")
        }
        return text
    }

    // MARK: Products

    private mutating func product(widths: [Double], markers: inout MarkerPool, usage: Bool) -> ProductRowSpec {
        let name = self.name(markers: &markers)
        var annotation: String?
        if rng.chance(0.12) {
            annotation = "(alleen bij \(rng.pick(Lexicon.userTypes)) user)"
            features.insert("annotation")
        }
        var cells = widths.map { cell(width: $0) }
        if cells.allSatisfy({ $0 == nil }) {
            let column = rng.int(0...(cells.count - 1))
            cells[column] = money(cents: smallAmount())
        }
        if cells.contains(where: { $0 == nil }) { features.insert("emptyCell") }
        var remarks: [String] = []
        if roundingPlacement == "remark", !roundingPlaced, usage, rng.chance(0.3) {
            remarks.append(rounding!.sentence)
            roundingPlaced = true
            features.insert("roundingInRemark")
        }
        if rng.chance(0.08) {
            remarks += rng.sample(Lexicon.remarks, count: rng.chance(0.2) ? 2 : 1)
            features.insert("remarks")
        }
        return ProductRowSpec(name: name, annotation: annotation, cells: cells, remarks: remarks)
    }

    /// 1–14 words; a prefix, capitalised words, connectors and whole units; sometimes a marker,
    /// sometimes a designer's line break.
    private mutating func name(markers: inout MarkerPool) -> String {
        let target = rng.weighted([(rng.int(1...3), 0.4), (rng.int(4...7), 0.4), (rng.int(8...14), 0.2)])
        var words: [String] = []
        if rng.chance(0.4) { words += rng.pick(Lexicon.namePrefixes).split(separator: " ").map(String.init) }
        var count = words.count
        var previousConnector = true
        while count < max(target, 1) {
            let roll = rng.double(0...1)
            if roll < 0.12 {
                let unit = rng.pick(Lexicon.nameUnits)
                words.append(unit)
                count += unit.split(separator: " ").count
                previousConnector = false
            } else if roll < 0.35, !previousConnector {
                words.append(rng.pick(Lexicon.nameConnectors))
                count += 1
                previousConnector = true
            } else {
                words.append(rng.pick(Lexicon.nameWords))
                count += 1
                previousConnector = false
            }
        }
        if count >= 8 { features.insert("longName") }
        // A name ends with a word, never a bare connector-like number (FormatLimits.noTrailingDigit).
        if rng.chance(0.15) {
            // Markers only after a word ending in a letter, "+" or ")" (FormatLimits.noTrailingDigit).
            let candidates = words.indices.filter { i in
                guard let last = words[i].last else { return false }
                return last.isLetter || last == "+" || last == ")"
            }
            if let i = candidates.last, rng.chance(0.6) || candidates.count == 1 {
                words[i] += "{\(markers.marker(&rng))}"
            } else if !candidates.isEmpty {
                words[rng.pick(candidates)] += "{\(markers.marker(&rng))}"
            }
            features.insert("nameMarker")
        }
        var text = words.joined(separator: " ")
        if rng.chance(0.08) {
            if let compound = Lexicon.hyphenCompounds.first(where: { text.contains($0) }) {
                let broken = compound.replacingOccurrences(of: "-", with: "-\n")
                text = text.replacingOccurrences(of: compound, with: broken)
                features.insert("nameBreakAtHyphen")
            } else {
                let spaces = text.indices.filter { text[$0] == " " }
                if !spaces.isEmpty {
                    let at = rng.pick(spaces)
                    text.replaceSubrange(at...at, with: "\n")
                    features.insert("nameLineBreak")
                }
            }
        }
        return text
    }

    /// A price cell for a column `width` points wide (text width): empty, an amount of any size
    /// that fits, a range if it fits on one line, or an amount "(per gebruiker)".
    private mutating func cell(width: Double) -> String? {
        if rng.chance(0.15) { return nil }
        let kind = rng.weighted([("zero", 0.15), ("small", 0.45), ("hundreds", 0.15), ("thousands", 0.12),
                                 ("range", 0.08), ("perUser", 0.05)])
        var text: String
        switch kind {
        case "zero": text = money(cents: 0)
        case "hundreds": text = money(cents: rng.int(100...999) * 100 + cents())
        case "thousands":
            text = money(cents: rng.weighted([(rng.int(1...9), 0.6), (rng.int(10...99), 0.4)]) * 100_000
                         + rng.int(0...999) * 100 + cents())
            features.insert("thousands")
        case "range":
            let low = smallAmount()
            let high = low + rng.int(1...150) * (rng.chance(0.5) ? 1 : 10)
            text = money(cents: low) + " - " + money(cents: high)
            if TextMeasure.width(text, size: size) > width - 1 {
                text = money(cents: low)
            } else {
                features.insert("range")
            }
        case "perUser":
            text = money(cents: smallAmount()) + " (per gebruiker)"
            features.insert("perUser")
        default: text = money(cents: smallAmount())
        }
        if TextMeasure.widestWord(text.replacingOccurrences(of: "€ ", with: "€"), size: size) > width - 1 {
            text = money(cents: smallAmount())
        }
        if text == money(cents: 0) { features.insert("zero") }
        return text
    }

    private mutating func smallAmount() -> Int { rng.int(0...99) * 100 + cents() }

    private mutating func cents() -> Int {
        rng.weighted([(0, 0.35), (50, 0.2), (rng.pick([6, 9, 11, 22, 25, 27, 75, 95]), 0.3), (rng.int(0...99), 0.15)])
    }

    /// "€ 1.250,00" for 125000 cents (thousands grouped with dots, decimal comma).
    func money(cents: Int) -> String {
        var whole = String(cents / 100)
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        let fraction = cents % 100
        return "€ " + groups.joined(separator: ".") + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }

    // MARK: Prose and footnotes

    private mutating func prose() -> [Block] {
        features.insert("prose")
        var blocks: [Block] = []
        if rng.chance(0.4) { blocks.append(.paragraph(rng.pick(Lexicon.proseHeadings), bold: true)) }
        if rng.chance(0.2) {
            blocks.append(.bullets(rng.sample(Lexicon.bulletItems, count: rng.int(1...3))))
            features.insert("bullets")
        } else {
            blocks.append(.paragraph(rng.sample(Lexicon.proseSentences, count: rng.int(1...3)).joined(separator: " ")))
        }
        return blocks
    }

    private mutating func footnoteText() -> String {
        rng.sample(Lexicon.footnoteSentences, count: rng.int(1...3)).joined(separator: " ")
    }

    // MARK: Fitting a page

    /// Drops rows (last products of the longest table first) until the page's estimated height
    /// fits one physical page; the round-trip case then checks with the renderer itself.
    private mutating func fitEstimate(_ page: inout PageSpec) {
        while estimatedHeight(page) > availableHeight(page), let (b, table) = longestTable(page),
              table.rows.filter(\.isProduct).count > 1 {
            var rows = table.rows
            rows.removeLast()
            if case .group = rows.last { rows.removeLast() }
            var shorter = table
            shorter.rows = rows
            page.blocks[b] = .table(shorter)
        }
    }

    private func longestTable(_ page: PageSpec) -> (Int, TableSpec)? {
        var best: (Int, TableSpec)?
        for (b, block) in page.blocks.enumerated() {
            guard case .table(let table) = block else { continue }
            if best.map({ table.rows.count > $0.1.rows.count }) ?? true { best = (b, table) }
        }
        return best
    }

    private func availableHeight(_ page: PageSpec) -> Double {
        let style = room.style
        var height = style.pageHeight - style.marginTop - style.marginBottom
        height -= 2 * 0.85 * lineHeight + 1.6 * size + size
        if !page.footnotes.isEmpty { height -= footnotesHeight(page.footnotes) + size }
        return height
    }

    private func footnotesHeight(_ notes: [FootnoteSpec]) -> Double {
        let width = room.textWidth - 1.2 * size - 2
        return notes.reduce(0) { $0 + Double(TextMeasure.lineCount($1.text, size: 0.8 * size, width: width))
            * 0.8 * lineHeight + 0.25 * size }
    }

    private func estimatedHeight(_ page: PageSpec) -> Double {
        var height = 0.0
        for block in page.blocks {
            switch block {
            case .sectionTitle(let text):
                height += Double(TextMeasure.lineCount(text, size: 1.6 * size, width: room.textWidth)) * 1.6 * lineHeight
                    + 0.8 * size
            case .paragraph(let text, _):
                height += Double(TextMeasure.lineCount(text, size: size, width: room.textWidth)) * lineHeight + size
            case .bullets(let items):
                height += items.reduce(0) { $0 + Double(TextMeasure.lineCount($1, size: size, width: room.textWidth - 14))
                    * lineHeight + 0.25 * size } + size
            case .footnotes(let notes): height += footnotesHeight(notes) + size
            case .spacer(let points): height += points
            case .table(let table): height += tableHeight(table)
            }
        }
        return height
    }

    private func tableHeight(_ table: TableSpec) -> Double {
        let pad = room.style.rowPadding
        let widths = room.cellTextWidths(count: table.columns.count)
        var height = table.caption == nil ? 0 : 1.25 * lineHeight + 0.6 * size
        let labelLines = zip(table.columns, widths).map { TextMeasure.lineCount($0.label, size: size, width: $1) }.max() ?? 1
        height += Double(labelLines) * lineHeight + 2 * max(pad, 3)
        for row in table.rows {
            switch row {
            case .group(let text):
                height += Double(TextMeasure.lineCount(text, size: size, width: room.nameTextWidth)) * lineHeight + 2 * pad
            case .product(let product):
                let name = product.name + (product.annotation.map { " " + $0 } ?? "")
                var block = Double(TextMeasure.lineCount(name, size: size, width: room.nameTextWidth)) * lineHeight
                for remark in product.remarks {
                    block += Double(TextMeasure.lineCount(remark, size: 0.85 * size, width: room.nameTextWidth))
                        * 0.85 * lineHeight + 0.15 * size
                }
                let cells = zip(product.cells, widths).map { cell, width in
                    cell.map { Double(TextMeasure.lineCount($0, size: size, width: width)) * lineHeight } ?? 0
                }.max() ?? 0
                height += max(block, cells) + 2 * pad
            }
        }
        return height + 0.9 * size
    }

    // MARK: Knobs

    /// Content features a sheet has or not, reported as knobs "yes"/"no".
    static let contentFeatures = [
        "annotation", "bullets", "captionInHeader", "captionMarker", "captionNote", "captionRepeatedOnNextPage",
        "columnMarker", "emptyCell", "groupMarker", "inPlaceFootnotes", "labelLineBreak", "longName", "longTable",
        "nameBreakAtHyphen", "nameLineBreak", "nameMarker", "perUser", "prose", "range", "remarks",
        "roundingInProse", "roundingInRemark", "sectionTitle", "thousands", "unreferencedFootnote", "zero",
    ]

    static func styleKnobs(_ style: SheetStyle, room: TableRoom) -> [Knob] {
        let padding: String
        switch style.rowPadding {
        case 0: padding = "0"
        case ..<2: padding = "0.5-1.5"
        case ..<4: padding = "2-3.5"
        default: padding = "4-6"
        }
        return [
            Knob("fontFamily", style.fontFamily),
            Knob("bodySize", String(style.bodySize)),
            Knob("amountAlignment", style.amountAlignment.rawValue),
            Knob("euroSpacing", String(style.euroSpacing)),
            Knob("amountPlacement", style.amountPlacement.rawValue),
            Knob("groupStyle", style.groupStyle.rawValue),
            Knob("markerStyle", style.markerStyle.rawValue),
            Knob("rowPadding", padding),
            Knob("rules", String(style.rules)),
            Knob("columnWidths", style.columnWidths == nil ? "equal" : "explicit"),
            Knob("maxColumns", String(room.maxColumns)),
            Knob("page", style.pageWidth == 612 ? "letter" : "a4"),
        ]
    }
}

extension RowSpec {
    var isProduct: Bool {
        if case .product = self { return true }
        return false
    }
}
