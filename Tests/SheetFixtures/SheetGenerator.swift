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
    private var lastCaptioned: (caption: String, note: String?, placement: TableSpec.NotePlacement, nameHeader: String,
                                columns: [ColumnSpec], kinds: [ColumnKind])?

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
        addSheetFacts(&pages, longPage: longPage)
        let title = rng.pick(Lexicon.titles)
        let spec = SheetSpec(title: title, pages: pages, style: style)
        return GeneratedSheet(seed: seed, options: options, spec: spec, rounding: roundingPlaced ? rounding : nil,
                              knobs: Self.styleKnobs(style, room: room) + [Knob("pages", "\(pageCount)")]
                                  + Self.contentFeatures.map { Knob($0, features.contains($0) ? "yes" : "no") })
    }

    /// The sheet's statements of itself: a validity date and a VAT sentence, as paragraphs above
    /// the first page's blocks or after the last page's (never after a page-breaking table,
    /// `FormatLimits.longTableEndsItsPage`).
    private mutating func addSheetFacts(_ pages: inout [PageSpec], longPage: Int) {
        var facts: [String] = []
        if rng.chance(0.3) {
            let day = rng.int(1...28), month = rng.int(1...12), year = rng.int(2026...2028)
            let date = rng.chance(0.6) ? "\(day) \(SheetFacts.months[month - 1]) \(year)"
                : (day < 10 ? "0" : "") + "\(day)-" + (month < 10 ? "0" : "") + "\(month)-\(year)"
            facts.append(rng.pick(Lexicon.validityPhrases) + " " + date + (rng.chance(0.5) ? "." : ""))
            features.insert("validFrom")
        }
        if rng.chance(0.3) {
            facts.append(rng.pick(Lexicon.vatSentences).text)
            features.insert("vatStatement")
        }
        guard !facts.isEmpty else { return }
        let blocks = facts.map { Block.paragraph($0) }
        if rng.chance(0.6) || longPage == pages.count - 1 {
            pages[0].blocks.insert(contentsOf: blocks, at: 0)
        } else {
            pages[pages.count - 1].blocks += blocks
        }
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
        // Two tables, each followed by its own footnote block numbered from 1.
        let twoBlocks = tableCount == 2 && !long && rng.chance(0.35)
        for t in 0..<tableCount {
            let isLong = long && t == tableCount - 1
            let rows = isLong ? rng.int(22...45) : rng.int(1...9)
            if !isLong, !long, rng.chance(0.1) {
                blocks.append(.table(transposedTable(markers: &markers)))
            } else {
                blocks.append(.table(table(products: rows, markers: &markers, continuing: t == 0)))
            }
            if isLong { features.insert("longTable") }
            if twoBlocks {
                var notes = markers.all.map { FootnoteSpec(marker: $0, text: footnoteText()) }
                if notes.isEmpty { notes.append(FootnoteSpec(marker: markers.next(), text: footnoteText())) }
                blocks.append(.footnotes(notes))
                markers = MarkerPool()
            }
            if t < tableCount - 1, rng.chance(0.2) { blocks += prose() }
        }
        if twoBlocks { features.insert("twoFootnoteBlocks") }
        if roundingPlacement == "prose", !roundingPlaced, last || rng.chance(0.4) {
            blocks.append(.paragraph(rng.pick(Lexicon.proseSentences) + " " + rounding!.sentence))
            roundingPlaced = true
            features.insert("roundingInProse")
        }
        var notes = markers.all.map { FootnoteSpec(marker: $0, text: footnoteText()) }
        if !twoBlocks, rng.chance(0.1) {
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

    /// What a column's cells hold.
    enum ColumnKind {
        /// Amounts in euro, as `cell(width:)` draws them.
        case price
        /// Usage amounts of 2–4 decimals, bare ("0,0050") or with "€".
        case usage(bare: Bool)
        /// Text cells drawn from `values`.
        case attribute(values: [String])
    }

    private mutating func table(products: Int, markers: inout MarkerPool, continuing: Bool) -> TableSpec {
        var caption: String?
        var note: String?
        var placement = TableSpec.NotePlacement.beside
        var nameHeader = rng.weighted([("Productnaam", 0.8), ("Omschrijving", 0.1), ("Dienst", 0.1)])
        var columns: [ColumnSpec]
        var kinds: [ColumnKind]
        if continuing, let previous = lastCaptioned, rng.chance(0.2) {
            // The sample's pattern: the same table continued on the next page under its caption.
            // Markers belong to the page that printed them: the repeat carries none.
            caption = SpecText.withoutMarkers(previous.caption)
            note = previous.note
            placement = previous.placement
            nameHeader = previous.nameHeader
            columns = previous.columns.map { ColumnSpec(SpecText.withoutMarkers($0.label), group: $0.group) }
            kinds = previous.kinds
            features.insert("captionRepeatedOnNextPage")
        } else {
            // FormatLimits.emptyNameHeaderHasLabels: usage tables have two columns or more.
            let usageTable = room.maxColumns >= 2 && rng.chance(0.14)
            if usageTable {
                (columns, kinds) = usageColumns()
            } else {
                (columns, kinds) = familyColumns(markers: &markers)
            }
            var text = rng.pick(Lexicon.captions)
            if rng.chance(0.12) {
                text += "{\(markers.marker(&rng))}"
                features.insert("captionMarker")
            }
            let headerFits = TextMeasure.width(text, size: size) <= room.nameTextWidth - 2
            if rng.chance(0.25), headerFits, !usageTable {
                nameHeader = text
                features.insert("captionInHeader")
            } else {
                caption = text
                if usageTable, rng.chance(0.5) {
                    nameHeader = ""
                    features.insert("emptyNameHeader")
                }
                if rng.chance(0.4) {
                    note = rng.pick(Lexicon.captionNotes)
                    features.insert("captionNote")
                    if rng.chance(0.35) {
                        placement = .ownLine
                        features.insert("noteOwnLine")
                    }
                } else if rng.chance(0.25) {
                    let inline = text + " " + rng.pick(Lexicon.inlineCaptionNotes)
                    if TextMeasure.width(inline, size: 1.25 * size) <= 0.9 * room.textWidth {
                        caption = inline
                        features.insert("captionNoteInCaption")
                    }
                }
            }
        }
        if let caption {
            lastCaptioned = (caption, note, placement, nameHeader, columns, kinds)
        } else {
            lastCaptioned = nil
        }
        let widths = room.cellTextWidths(count: columns.count)
        var rows: [RowSpec] = []
        if rng.chance(0.5) { rows.append(.group(group(markers: &markers))) }
        let usage = columns.contains { HeaderTerm.term(printed: $0.label)?.isUsage == true }
        for index in 0..<products {
            if index > 0, rng.chance(0.2) { rows.append(.group(group(markers: &markers))) }
            rows.append(.product(product(widths: widths, kinds: kinds, markers: &markers, usage: usage)))
        }
        showAttributeText(&rows, kinds: kinds)
        return TableSpec(caption: caption, captionNote: note, notePlacement: placement, nameHeader: nameHeader,
                         columns: columns, rows: rows)
    }

    /// FormatLimits.attributesShowText: every attribute column prints some text other than
    /// "n.v.t." (the first product's cell is set to the column's first value if none does).
    private func showAttributeText(_ rows: inout [RowSpec], kinds: [ColumnKind]) {
        for (c, kind) in kinds.enumerated() {
            guard case .attribute(let values) = kind else { continue }
            let shows = rows.contains { row in
                guard case .product(let product) = row, let cell = product.cells[c] else { return false }
                return cell != "n.v.t."
            }
            guard !shows, let r = rows.firstIndex(where: \.isProduct), case .product(var product) = rows[r] else { continue }
            product.cells[c] = values[0]
            rows[r] = .product(product)
        }
    }

    /// A usage table's columns: two or three of "Per minuut", "Per sms", "Per MB", "Per GB",
    /// sometimes under a spanning label, amounts bare or with "€".
    private mutating func usageColumns() -> ([ColumnSpec], [ColumnKind]) {
        features.insert("usageTable")
        let count = max(2, min(room.maxColumns, rng.int(2...3)))
        var terms = rng.sample(HeaderTerm.usage, count: count)
        // One "per minute" column: "Per minuut" and "Per minute" are the same label.
        if terms.filter({ $0.label == .perMinute }).count > 1 { terms = terms.filter { $0.printed != "Per minute" } }
        let bare = rng.chance(0.7)
        if bare { features.insert("bareAmounts") }
        var group: String?
        if terms.count >= 2, rng.chance(0.3) {
            let label = rng.pick(Lexicon.usageGroups)
            let widths = room.cellTextWidths(count: terms.count)
            if TextMeasure.width(label, size: size) * 1.1 <= widths.reduce(0, +) - 4 {
                group = label
                features.insert("twoLevelHeader")
            }
        }
        return (terms.map { ColumnSpec($0.printed, group: group) }, terms.map { _ in .usage(bare: bare) })
    }

    /// An ordinary table's columns: price columns, sometimes with attribute columns among them
    /// (decided first, so every label is chosen for the width it gets), a two-level header over
    /// contract terms, or a single header naming a term ("Maandprijs 24 maanden").
    private mutating func familyColumns(markers: inout MarkerPool) -> ([ColumnSpec], [ColumnKind]) {
        var attributeCount = 0
        if room.maxColumns >= 2, rng.chance(0.25) { attributeCount = room.maxColumns >= 3 && rng.chance(0.3) ? 2 : 1 }
        let priceCount = rng.int(1...(room.maxColumns - attributeCount))
        let total = priceCount + attributeCount
        let widths = room.cellTextWidths(count: total)
        let attributeSlots = rng.chance(0.7) ? Array(0..<attributeCount) : rng.sample(Array(0..<total), count: attributeCount).sorted()
        let priceSlots = (0..<total).filter { !attributeSlots.contains($0) }
        let prices = columns(markers: &markers, widths: priceSlots.map { widths[$0] })
        var columns = [ColumnSpec](repeating: ColumnSpec(""), count: total)
        var kinds = [ColumnKind](repeating: .price, count: total)
        for (slot, column) in zip(priceSlots, prices) { columns[slot] = column }
        let attributes = rng.sample(Lexicon.attributeColumns, count: attributeCount)
        for (slot, attribute) in zip(attributeSlots, attributes) {
            var header = attribute.header
            if rng.chance(0.1) {
                header += "{\(markers.marker(&rng))}"
                features.insert("columnMarker")
            }
            columns[slot] = ColumnSpec(header)
            let fitting = attribute.values.filter {
                TextMeasure.widestWord($0 + "**", size: size) <= widths[slot] - 1 && TextMeasure.width($0, size: size) <= widths[slot] - 1
            }
            kinds[slot] = .attribute(values: fitting.contains { $0 != "n.v.t." } ? fitting : ["Onbeperkt"])
            features.insert("attributeColumn")
        }
        // Two-level: two adjacent price columns become the group's terms.
        let pairs = priceSlots.filter { priceSlots.contains($0 + 1) }
        if !pairs.isEmpty, rng.chance(0.25) {
            let at = rng.pick(pairs)
            let group = rng.pick(Lexicon.termGroups)
            let pair = rng.pick([("12 maanden", "24 maanden"), ("1 jaar", "2 jaar"), ("24 mnd", "36 maanden"),
                                 ("1 jaar", "3 jaar")])
            if TextMeasure.width(group, size: size) * 1.1 <= widths[at] + widths[at + 1] - 4,
               TextMeasure.widestWord(pair.1, size: size) * 1.1 <= min(widths[at], widths[at + 1]) - 1 {
                columns[at] = ColumnSpec(pair.0, group: group)
                columns[at + 1] = ColumnSpec(pair.1, group: group)
                features.insert("twoLevelHeader")
            }
        }
        // A single header with a term.
        let single = priceSlots.filter { columns[$0].group == nil }
        if !single.isEmpty, rng.chance(0.15) {
            let c = rng.pick(single)
            let label = rng.pick(["Maandprijs", "Eenmalig", "Aansluitkosten", "Prijs per maand"]) + " "
                + rng.pick(HeaderTerm.contractTerms).printed
            if TextMeasure.widestWord(label, size: size) * 1.1 <= widths[c] - 1 {
                columns[c] = ColumnSpec(label)
                features.insert("termInHeader")
            }
        }
        return (columns, kinds)
    }

    private mutating func columns(markers: inout MarkerPool, widths: [Double]) -> [ColumnSpec] {
        let labels = rng.sample(HeaderTerm.drawnLabels, count: widths.count)
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
            if HeaderTerm.family.contains(term) { features.insert("familyHeaderWord") }
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

    /// A table printed with its products as columns: 2–4 short-named products, 2–4 fact rows
    /// (attributes and prices), no group rows, remarks, annotations, two-level headers or markers.
    private mutating func transposedTable(markers: inout MarkerPool) -> TableSpec {
        features.insert("transposed")
        lastCaptioned = nil
        let count = min(rng.int(2...4), max(2, room.maxColumns))
        let widths = room.cellTextWidths(count: count)
        let factCount = rng.int(2...4)
        let wantedAttributes = rng.int(0...min(2, factCount - 1))
        let sampled = rng.sample(Lexicon.attributeColumns, count: wantedAttributes)
        let priceLabels = rng.sample([PriceLabel.monthly, .oneTime, .firstInstallation, .setupFee, .perMinute],
                                     count: factCount - wantedAttributes)
        // Only values that fit every product column (a word wider than its cell would print over
        // the next one); an attribute without such values is left out.
        let attributes = sampled.compactMap { attribute in
            let fitting = attribute.values.filter { v in widths.allSatisfy { TextMeasure.width(v, size: size) * 1.1 <= $0 - 1 } }
            return fitting.contains { $0 != "n.v.t." } ? (header: attribute.header, values: fitting) : nil
        }
        let attributeCount = attributes.count
        var columns: [ColumnSpec] = attributes.map { ColumnSpec($0.header) }
        var kinds: [ColumnKind] = attributes.map { .attribute(values: $0.values) }
        for label in priceLabels {
            let spellings = HeaderTerm.all.filter { $0.label == label && !$0.printed.contains("\n") }
            columns.append(ColumnSpec(rng.pick(spellings).printed))
            kinds.append(.price)
        }
        var names: [String] = []
        var rows: [RowSpec] = []
        for c in 0..<count {
            var name = ""
            for _ in 0..<6 {
                let bundle = rng.pick(Lexicon.bundleNames)
                let candidate = rng.weighted([(bundle, 0.3), ("KPN " + bundle, 0.3), ("Zakelijk " + bundle, 0.2),
                                              ("KPN EEN " + bundle, 0.2)])
                let fits = TextMeasure.widestWord(candidate, size: size) * 1.1 <= widths[c] - 1
                    && TextMeasure.lineCount(candidate, size: size * 1.1, width: widths[c]) <= 2
                if fits, !names.contains(candidate) { name = candidate; break }
            }
            if name.isEmpty { name = rng.pick(["Basis", "Plus", "Pro", "Flex"].filter { !names.contains($0) }) }
            names.append(name)
            var cells: [String?] = kinds.map { kind in
                switch kind {
                case .attribute(let values): return rng.chance(0.1) || values.isEmpty ? nil : rng.pick(values)
                default: return rng.chance(0.1) ? nil : money(cents: smallAmount())
                }
            }
            cells[attributeCount] = cells[attributeCount] ?? money(cents: smallAmount())
            rows.append(.product(ProductRowSpec(name: name, cells: cells)))
        }
        showAttributeText(&rows, kinds: kinds)
        var note: String?
        var placement = TableSpec.NotePlacement.beside
        if rng.chance(0.3) {
            note = rng.pick(Lexicon.captionNotes)
            if rng.chance(0.35) { placement = .ownLine }
        }
        return TableSpec(caption: rng.pick(Lexicon.captions), captionNote: note, notePlacement: placement,
                         nameHeader: rng.chance(0.6) ? "" : "Productnaam", columns: columns, rows: rows, transposed: true)
    }

    // MARK: Products

    private mutating func product(widths: [Double], kinds: [ColumnKind], markers: inout MarkerPool, usage: Bool) -> ProductRowSpec {
        let name = self.name(markers: &markers)
        var annotation: String?
        if rng.chance(0.12) {
            annotation = "(alleen bij \(rng.pick(Lexicon.userTypes)) user)"
            features.insert("annotation")
        }
        var cells: [String?] = []
        for (width, kind) in zip(widths, kinds) {
            switch kind {
            case .price: cells.append(priceCell(width: width))
            case .usage(let bare): cells.append(usageCell(bare: bare))
            case .attribute(let values): cells.append(attributeCell(values, markers: &markers))
            }
        }
        let priceColumns = kinds.indices.filter { if case .attribute = kinds[$0] { false } else { true } }
        // A product whose cells are all price words is a product (FormatLimits.productHasAPrice).
        if !kinds.contains(where: { if case .usage = $0 { true } else { false } }), rng.chance(0.015) {
            for c in priceColumns {
                let words = ["Gratis"] + (TextMeasure.width("op aanvraag", size: size) <= widths[c] - 1 ? ["op aanvraag"] : [])
                cells[c] = rng.pick(words)
            }
            features.insert("wordsOnlyProduct")
        }
        if !priceColumns.contains(where: { cells[$0] != nil && !["n.v.t.", "–", "-"].contains(cells[$0]!) }) {
            let column = rng.pick(priceColumns)
            if case .usage(let bare) = kinds[column] { cells[column] = usageAmount(bare: bare) } else {
                cells[column] = money(cents: smallAmount())
            }
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

    /// A price cell: an amount as `cell(width:)` draws it, now and then "€ 45,-", "Gratis",
    /// "op aanvraag" (on one line) or a no-price word ("n.v.t.", "–", "-").
    private mutating func priceCell(width: Double) -> String? {
        var text = cell(width: width)
        let roll = rng.double(0...1)
        if roll < 0.012 {
            text = "Gratis"
            features.insert("gratis")
        } else if roll < 0.024, TextMeasure.width("op aanvraag", size: size) <= width - 1 {
            text = "op aanvraag"
            features.insert("onRequest")
        } else if roll < 0.036 {
            text = rng.pick(["n.v.t.", "–", "-"])
            features.insert("notApplicable")
        } else if let amount = text, amount.hasSuffix(",00"), !amount.contains(" - "), rng.chance(0.04) {
            text = String(amount.dropLast(2)) + "-"
            features.insert("commaDash")
        }
        return text
    }

    /// A usage cell: a 2–4 decimal amount, sometimes "Gratis" or "n.v.t.", sometimes empty.
    private mutating func usageCell(bare: Bool) -> String? {
        let roll = rng.double(0...1)
        if roll < 0.08 { return nil }
        if roll < 0.10 { features.insert("gratis"); return "Gratis" }
        if roll < 0.12 { features.insert("notApplicable"); return "n.v.t." }
        return usageAmount(bare: bare)
    }

    /// "0,25", "0,045", "0,0050" (trailing zeros printed), bare or after "€ ".
    private mutating func usageAmount(bare: Bool) -> String {
        let decimals = rng.weighted([(2, 0.5), (3, 0.2), (4, 0.3)])
        if decimals > 2 { features.insert("fourDecimals") }
        let whole = rng.weighted([(0, 0.8), (rng.int(1...2), 0.2)])
        var fraction = String(rng.int(1...(decimals == 2 ? 99 : decimals == 3 ? 999 : 999)))
        if decimals == 4 { fraction += rng.chance(0.5) ? "0" : String(rng.int(1...9)) }
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        return (bare ? "" : "€ ") + "\(whole)," + fraction
    }

    /// An attribute cell from `values`, sometimes empty, sometimes marked ("Onbeperkt*", "10 GB{1}").
    private mutating func attributeCell(_ values: [String], markers: inout MarkerPool) -> String? {
        guard !values.isEmpty, !rng.chance(0.1) else { return nil }
        var value = rng.pick(values)
        if value != "n.v.t.", rng.chance(0.04) {
            value += markers.star(&rng)
            features.insert("starMarker")
        } else if value != "n.v.t.", rng.chance(0.04) {
            value += "{\(markers.marker(&rng))}"
            features.insert("attributeMarker")
        }
        return value
    }

    /// 1–14 words; a prefix, capitalised words, connectors and whole units; sometimes a marker
    /// (raised, or stars at the end), sometimes a designer's line break or a soft hyphen.
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
        // A soft hyphen where the designer broke a long word ("Installatie\u{00AD}\nservice").
        var softHyphen: Int?
        if rng.chance(0.025) {
            let pick = rng.pick(Lexicon.softHyphenWords)
            let at = rng.int(0...words.count)
            let word = pick.word
            words.insert(String(word.prefix(pick.at)) + "\u{00AD}\n" + String(word.dropFirst(pick.at)), at: at)
            softHyphen = at
            features.insert("softHyphen")
        }
        var marked = false
        // A name ends with a word, never a bare connector-like number (FormatLimits.noTrailingDigit).
        if rng.chance(0.15) {
            // Markers only after a word ending in a letter, "+" or ")" (FormatLimits.noTrailingDigit).
            let candidates = words.indices.filter { i in
                guard let last = words[i].last, i != softHyphen else { return false }
                return last.isLetter || last == "+" || last == ")"
            }
            if let i = candidates.last, rng.chance(0.6) || candidates.count == 1 {
                words[i] += "{\(markers.marker(&rng))}"
                marked = true
            } else if !candidates.isEmpty {
                words[rng.pick(candidates)] += "{\(markers.marker(&rng))}"
                marked = true
            }
            features.insert("nameMarker")
        }
        if !marked, rng.chance(0.02), let last = words.last?.last, last.isLetter || last == ")" {
            words[words.count - 1] += markers.star(&rng)
            features.insert("starMarker")
        }
        var text = words.joined(separator: " ")
        if softHyphen == nil, rng.chance(0.08) {
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
            var shorter = table
            shorter.dropLastProduct()
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
        // The KPN family.
        "attributeColumn", "attributeMarker", "bareAmounts", "captionNoteInCaption", "commaDash", "emptyNameHeader",
        "familyHeaderWord", "fourDecimals", "gratis", "notApplicable", "noteOwnLine", "onRequest", "softHyphen",
        "starMarker", "termInHeader", "transposed", "twoFootnoteBlocks", "twoLevelHeader", "usageTable", "validFrom",
        "vatStatement", "wordsOnlyProduct",
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
