@testable import Catalogue
import Tables
import Testing
import struct TestSupport.SeededGenerator

/// The fast rules, builder and JSON writer give exactly what the reference versions
/// (ReferenceImplementations.swift: Foundation searches, regular expressions, a JSON tree)
/// give, over random text built from the words the patterns look for, and the corners:
/// Latin-1, combining marks, other scripts, control characters, odd whitespace.
@Suite struct FastPathTests {
    // MARK: Slugs

    @Test func slugOfEveryScalarInLatinAndCombiningBlocksMatchesTheReference() {
        for value in 0...0x36F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "A \(scalar)1", "\(scalar)\u{308}x"] {
                #expect(Slug.make(text) == Reference.slug(text), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func latin1ScalarsAreStartersSoTheyDecomposeOneByOne() {
        for value in 0...0xFF {
            #expect(Unicode.Scalar(UInt8(value)).properties.canonicalCombiningClass == .notReordered)
        }
    }

    @Test func slugOfRandomNamesMatchesTheReference() {
        var random = SeededGenerator(seed: 1)
        for _ in 0..<5000 {
            let text = random.text(from: Self.nameWords, count: 0...8)
            #expect(Slug.make(text) == Reference.slug(text), "\(text.debugDescription)")
        }
    }

    @Test func uniqueIDsMatchTheReference() {
        var random = SeededGenerator(seed: 2)
        let slugs = ["a", "a-2", "a-3", "b", "b-2", "a-2-2", "product"]
        for _ in 0..<2000 {
            let list = (0..<Int(random.next() % 12)).map { _ in slugs[Int(random.next() % UInt64(slugs.count))] }
            #expect(Slug.unique(list) == Reference.unique(list), "\(list)")
        }
    }

    // MARK: Annotations and rounding sentences

    @Test func requirementsMatchTheReference() {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<20000 {
            let name = random.chance(20) ? random.text(from: Self.requirementWords, count: 0...12) : random.fill(Self.requirementSlots)
            let (fast, slow) = (Annotation.requirements(in: name), Reference.requirements(in: name))
            #expect(fast.name == slow.name && fast.requires == slow.requires, "\(name.debugDescription)")
        }
    }

    @Test func cellAnnotationsMatchTheReference() {
        var random = SeededGenerator(seed: 4)
        for _ in 0..<20000 {
            let text = random.chance(20) ? random.text(from: Self.cellWords, count: 0...8) : random.fill(Self.cellSlots)
            let (fast, slow) = (Annotation.cellAnnotation(text), Reference.cellAnnotation(text))
            #expect(fast.per == slow.per && fast.rest == slow.rest, "\(text.debugDescription)")
        }
    }

    @Test func collapsedWhitespaceMatchesTheReference() {
        var random = SeededGenerator(seed: 5)
        let pieces = ["a", "b", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{B}", "\u{C}", "\u{1C}", "\u{1F}", "\u{85}",
                      "\u{A0}", "\u{2003}", "ë", "\u{301}", " \u{301}", "\u{0}", "x y"]
        for _ in 0..<5000 {
            let text = random.text(from: pieces, count: 0...10)
            #expect(Annotation.collapse(text) == Reference.collapse(text), "\(text.debugDescription)")
        }
    }

    @Test func latin1WhitespaceCheckAgreesWithCollapsing() {
        var random = SeededGenerator(seed: 12)
        let pieces = ["a", "ë", " ", "  ", "\t", "\n", "\r\n", "\u{B}", "\u{1C}", "\u{85}", "\u{A0}", "\u{AD}", "\u{0}", "ÿ"]
        for _ in 0..<5000 {
            let text = random.text(from: pieces, count: 0...6)
            let latin1 = text.unicodeScalars.map { UInt8($0.value) }
            #expect(ASCIIText.isCollapsed(latin1: latin1) == (Reference.collapse(text) == text), "\(text.debugDescription)")
        }
    }

    @Test func roundingMatchesTheReference() {
        var random = SeededGenerator(seed: 6)
        for _ in 0..<20000 {
            let texts = (0..<Int(random.next() % 3)).map { _ in
                random.chance(20) ? random.text(from: Self.roundingWords, count: 0...14) : random.fill(Self.roundingSlots)
            }
            #expect(RoundingRule.rounding(in: texts) == Reference.rounding(in: texts), "\(texts.debugDescription)")
        }
    }

    // MARK: Money

    @Test func moneyParsesAsTheReferenceDoes() {
        var random = SeededGenerator(seed: 7)
        let pieces = ["0", "1", "5", "9", "00", "123", "9999999", ".", "-", "+", "e", ",", " ", "١", "5\u{301}", "-\u{301}",
                      ".\u{301}", "\r\n", "922337203685477", "5807", "5808"]
        for _ in 0..<20000 {
            let text = random.text(from: pieces, count: 0...6)
            let fast = Money(text).map { ($0.units, $0.scale) }
            let slow = Reference.money(text)
            #expect(fast?.0 == slow?.units && fast?.1 == slow?.scale, "\(text.debugDescription)")
        }
        for whole in 1...17 {
            for fraction in 0...14 {
                let text = String(repeating: "9", count: whole) + (fraction > 0 ? "." + String(repeating: "8", count: fraction) : "")
                #expect(Money(text)?.units == Reference.money(text)?.units, "\(text)")
                #expect(Money(text)?.scale == Reference.money(text)?.scale, "\(text)")
            }
        }
    }

    @Test func moneyPrintsAsTheReferenceDoes() {
        var random = SeededGenerator(seed: 8)
        let corners: [Int64] = [0, 1, -1, 9, 10, 99, 100, -100, 123_456, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        for units in corners {
            for scale in 0...22 {
                let money = Money(units: units, scale: scale)
                #expect(money.description == Reference.description(money))
            }
        }
        for _ in 0..<5000 {
            let money = Money(units: Int64(bitPattern: random.next()) >> Int64(random.next() % 64), scale: Int(random.next() % 20))
            #expect(money.description == Reference.description(money))
        }
    }

    // MARK: JSON

    @Test func renderedJSONMatchesTheReference() {
        var random = SeededGenerator(seed: 9)
        for _ in 0..<2000 {
            let value = random.json(depth: 4)
            #expect(value.rendered() == Reference.rendered(value))
        }
    }

    @Test func longJSONMatchesTheReference() {
        // Longer than the writer's buffer, so it is flushed often, next to characters of two
        // to four bytes, escapes, and one string longer than the buffer itself.
        var random = SeededGenerator(seed: 13)
        let pieces = ["Israël", "€", "👍🏽", "\"", "\u{1}", "x", " ", "\n"]
        let strings = (0..<20000).map { _ in JSONValue.string(random.text(from: pieces, count: 0...6)) }
        let long = JSONValue.string(String(repeating: "Curaçao € 👍🏽 \"x\" ", count: 3000))
        let value = JSONValue.object([("strings", .array(strings)), ("long", long), ("more", .array(strings.reversed()))])
        #expect(value.rendered() == Reference.rendered(value))
    }

    @Test func catalogueJSONMatchesTheReference() {
        var random = SeededGenerator(seed: 10)
        for _ in 0..<300 {
            let sheet = random.sheet()
            let catalogue = ReferenceBuilder().build(sheet, source: random.source())
            #expect(CatalogueEncoder.json(catalogue) == Reference.json(catalogue))
        }
    }

    // MARK: Builder

    @Test func builtCatalogueMatchesTheReference() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let sheet = random.sheet()
            let source = random.source()
            let fast = CatalogueBuilder().build(sheet, source: source)
            let slow = ReferenceBuilder().build(sheet, source: source)
            #expect(fast == slow)
            #expect(CatalogueEncoder.json(fast) == Reference.json(slow))
        }
    }

    /// A sheet of over a thousand rows is typed and written in parts on several threads: the
    /// catalogue and its text must be what one pass gives (`Chunked`).
    @Test func catalogueBuiltAndWrittenInPartsIsTheSame() {
        var random = SeededGenerator(seed: 12)
        let sheets = (0..<600).map { _ in random.sheet() }
        let first = sheets[0]
        let big = ParsedSheet(pageCount: sheets.map(\.pageCount).max()!, title: nil, tables: sheets.flatMap(\.tables),
                              footnotes: sheets.flatMap(\.footnotes), pageTexts: sheets.flatMap(\.pageTexts),
                              warnings: first.warnings, accounting: first.accounting)
        #expect(big.tables.reduce(0) { $0 + $1.rows.count } > 3 * Chunked.minimumPart)
        let source = random.source()
        let reference = ReferenceBuilder().build(big, source: source)
        for workers in [1, 2, 3] {
            let built = CatalogueBuilder().build(big, source: source, workers: workers)
            #expect(built == reference)
            #expect(CatalogueEncoder.json(built, workers: workers) == Reference.json(reference))
        }
    }

    // MARK: Words

    static let nameWords = [
        "KPN", "EEN", "Connext", "Voice", "Oost-Europa,", "Israël", "Brazilië", "Curaçao", "Zürich", "ÆØÅ", "Straße", "İstanbul",
        "\u{212A}elvin", "Ångström", "e\u{301}", "\u{345}", "a\u{323}\u{302}", "Łódź", "ﬁ", "Ωμέγα", "中文", "한국", "👍🏽", "x\u{200D}y",
        "½", "²", "µ", "×", "\u{AD}", "\u{A0}", " ", "-", "(085)", "+", "1", "2e", "\r\n", "\t", "Ǆ", "ǅ", "ŉ", "ẚ",
    ]

    static let requirementWords = [
        "(", ")", " ", "  ", "alleen", "ALLEEN", "Alleen", "bij", "BIJ", "voor", "Voor", "user", "users", "USERS", "gebruiker",
        "gebruikers", "Gebruikers", "Pro", "Plus", ",", "/", "&", " en ", "en", "s", "S", "x", "KPN", "Agent", "ë", "Israël",
        "\t", "\u{A0}", "\n", "\u{85}", "é", "\u{301}", "ß", "ſ", "\u{212A}", "(alleen bij Pro user)", "(alleen voor Plus en Pro gebruikers)",
    ]

    static let cellWords = [
        "(", ")", " ", "  ", "per", "PER", "Per", "gebruiker", "Gebruiker", "user", "USER", "users", "jaar", "maand", "x", "ë",
        "\t", "\u{A0}", "\n", "(per gebruiker)", "per user)", "ſ", "\u{301}",
    ]

    /// Near misses of the patterns: each slot's choices glued in order.
    static let spaces = ["", " ", " ", "  ", "   ", "\t", "\u{A0}", "\n"]
    static let requirementSlots: [[String]] = [
        ["", "KPN EEN Agent ", "Israël ", "x", "(alleen bij Pro user) "], ["(", "(", "(", "[", ""], spaces,
        ["alleen", "alleen", "ALLEEN", "Alleen", "allen", "alleenn"], spaces, ["bij", "voor", "BIJ", "Voor", "bi", "voorr"], spaces,
        ["Pro", "Plus en Pro", "Plus, Pro", "Plus/Pro & Basis", " en ", "en", ",", "", "user", "Pro user", "Israël", "a  b"], spaces,
        ["user", "users", "USERS", "userS", "gebruiker", "gebruikers", "Gebruikers", "usr", "userss"], spaces,
        [")", ")", ")", "", "]", ") x", ")(alleen voor Plus users)"], ["", " ", " Basis", "  (alleen bij Pro user)", "ë"],
    ]
    static let cellSlots: [[String]] = [
        ["", "x ", "€ 5,00 ", "ë"], ["(", "(", "", "(("], spaces, ["per", "PER", "Per", "pr", "perr"], spaces,
        ["gebruiker", "user", "USER", "users", "gebruikers", "Gebruiker", "usr"], spaces, [")", ")", "", "))", ") x"],
        ["", " ", " per user", " (per jaar)", "ë"],
    ]
    static let roundingSlots: [[String]] = [
        ["", "De ", "x. ", "ë "], ["Minuten", "minuut", "MINUTEN", "minu", "cent", "centen", "cents", "Centen", "CENT"],
        ["", " worden", " wordt", "x", ",", ".", ";", " worden,", " ë"], spaces, ["naar", "NAAR", "Naar", "nar"], spaces,
        ["boven", "Boven", "BENEDEN", "beneden", "bove"], spaces, ["af", "AF", "", "a"], ["gerond", "GEROND", "gerond", "grond"],
        ["", ".", ", centen naar beneden afgerond", ", minuten naar boven gerond", " ë"],
    ]

    static let roundingWords = [
        "Minuten", "minuut", "MINUTEN", "minu", "ten", "ut", "cent", "centen", "cents", "Centen", "naar", "NAAR", "boven", "Boven",
        "beneden", "BENEDEN", "af", "gerond", "afgerond", "Afgerond", "worden", "wordt", " ", "  ", ".", ",", ";", "x", "ë", "€",
        "\t", "\n", "\u{A0}", "ſ", "\u{212A}", "Minuten worden naar boven afgerond", "centen naar beneden gerond",
    ]
}

/// Test-text helpers on the shared seeded generator.
extension SeededGenerator {
    mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

    /// One choice from each slot, glued in order.
    mutating func fill(_ slots: [[String]]) -> String {
        slots.map { pick($0) }.joined()
    }

    /// Words glued together, with or without spaces.
    mutating func text(from words: [String], count: ClosedRange<Int>) -> String {
        let n = count.lowerBound + Int(next() % UInt64(count.count))
        return (0..<n).map { _ in pick(words) + (chance(50) ? " " : "") }.joined()
    }

    mutating func json(depth: Int) -> JSONValue {
        let strings = ["", "a", "Israël", "quote\"", "back\\slash", "tab\t", "nl\n", "cr\r", "\u{0}\u{1}\u{1F}", "\u{7F}", "/", "€ 5,00", "👍🏽"]
        switch next() % (depth > 0 ? 7 : 4) {
        case 0: return .string(text(from: strings, count: 0...3))
        case 1: return .number(pick(["0", "-12", "1.50", "2e3"]))
        case 2: return chance(50) ? .bool(chance(50)) : .null
        case 3: return .int(Int(Int64(bitPattern: next()) >> Int64(next() % 64)))
        case 4, 5: return .object((0..<Int(next() % 4)).map { _ in (text(from: strings, count: 0...2), json(depth: depth - 1)) })
        default: return .array((0..<Int(next() % 4)).map { _ in json(depth: depth - 1) })
        }
    }

    // MARK: Parsed sheets

    mutating func source() -> Source {
        Source(file: pick(["a.pdf", "Israël \"x\".pdf"]), sha256: String(repeating: "0", count: 64), pages: Int(next() % 9),
               title: chance(50) ? nil : "Tarieven")
    }

    mutating func markers() -> [String] {
        (0..<Int(next() % 3)).map { _ in pick(["1", "2", "3", "10", "*", "a", "1.5", ""]) }
    }

    mutating func sheet() -> ParsedSheet {
        let pages = 1 + Int(next() % 5)
        let tables = (0..<Int(next() % 4)).map { _ in table(pages: pages) }
        let footnotes = (0..<Int(next() % 8)).map { _ in
            ParsedFootnote(page: 1 + Int(next() % UInt64(pages)), marker: pick(["1", "2", "3", "10", "*", "a", "1.5"]),
                           text: text(from: FastPathTests.roundingWords, count: 0...6))
        }
        let texts = (0..<Int(next() % 5)).map { _ in
            PageText(page: 1 + Int(next() % UInt64(pages)), kind: pick([.prose, .remark, .footnote]),
                     text: text(from: FastPathTests.roundingWords, count: 0...10))
        }
        let warnings = chance(20) ? [ParseWarning(page: nil, message: "stray", text: "x\ty")] : []
        var accounting = LineAccounting()
        accounting.add(.productRow, Int(next() % 50))
        accounting.add(.unaccounted, Int(next() % 3))
        return ParsedSheet(pageCount: pages, title: nil, tables: tables, footnotes: footnotes, pageTexts: texts,
                           warnings: warnings, accounting: accounting)
    }

    mutating func table(pages: Int) -> ParsedTable {
        let labels: [PriceLabel?] = [.monthly, .oneTime, .setupFee, .perMinute, .perMinuteMobile, nil]
        let columns = (0..<1 + Int(next() % 3)).map { _ in
            PriceColumn(header: pick(["Prijs / maand", "Starttarief", "Kosten per minuut", "?"]), markers: markers(),
                        label: pick(labels), minX: 0, maxX: 0)
        }
        let page = 1 + Int(next() % UInt64(pages))
        let rows = (0..<Int(next() % 6)).map { _ in row(columns: columns.count, page: page, pages: pages) }
        var table = ParsedTable(caption: pick(["Connext Voice", "Bellen", "Israël"]), captionMarkers: markers(),
                                note: chance(30) ? "Door KPN te factureren" : nil, page: page, columns: columns, rows: rows,
                                isContinuation: false)
        table.captionMarkerPage = chance(30) ? 1 + Int(next() % UInt64(pages)) : nil
        table.doubtfulRows = chance(20) ? Int(next() % 3) : 0
        table.strayLines = chance(20) ? Int(next() % 3) : 0
        return table
    }

    mutating func row(columns: Int, page: Int, pages: Int) -> ProductRow {
        let cells = (0..<Int(next() % 4)).map { _ in
            Cell(column: Int(next() % UInt64(columns)), amount: amount(),
                 annotation: chance(30) ? text(from: FastPathTests.cellWords, count: 1...4) : nil)
        }
        let group = chance(40) ? GroupRow(text: pick(["Bellen", "Israël"]), markers: markers(),
                                          page: chance(30) ? 1 + Int(next() % UInt64(pages)) : nil) : nil
        return ProductRow(name: text(from: FastPathTests.requirementWords + FastPathTests.nameWords, count: 0...6), markers: markers(),
                          group: group, cells: cells, remarks: chance(20) ? ["Per minuut"] : [], page: page, text: "row")
    }

    mutating func amount() -> MoneyText {
        let amounts = ["5.00", "0.22", "0.43", "1250", "-3.5", "1,50", "", "0.125", "999999999999999.99"]
        return MoneyText(low: pick(amounts), high: chance(30) ? pick(amounts) : nil, printed: "€ x")
    }
}
