import Foundation

/// Reads a catalogue JSON (what `CatalogueEncoder` writes, shared/CONTRACT.md) back into a
/// `Catalogue`, so `tariff diff` can compare a committed catalogue with a freshly read sheet.
///
/// Money is read only from strings and parsed by `Money`, never through a binary float: the
/// DTOs below type every amount as `String`, so Foundation's number parsing never sees one.
/// Fields the contract marks optional (`tables`, `warnings`, `accounting`, `notes`, …) may be
/// absent; anything the model cannot hold exactly is an error naming the field.
public enum CatalogueDecoder {
    /// Decodes a catalogue from JSON bytes; throws `CatalogueDecodingError` with a one-line reason.
    public static func decode(_ data: Data) throws(CatalogueDecodingError) -> Catalogue {
        let version = try schemaVersion(of: data)
        guard version == Catalogue.schemaVersion else {
            throw CatalogueDecodingError("schemaVersion \(version) is not supported (expected \(Catalogue.schemaVersion))")
        }
        let document: DocumentDTO
        do { document = try JSONDecoder().decode(DocumentDTO.self, from: data) } catch {
            throw CatalogueDecodingError("is not a catalogue JSON (\(Self.describe(error)))")
        }
        return try document.catalogue()
    }

    /// Decodes a catalogue from JSON text.
    public static func decode(_ text: String) throws(CatalogueDecodingError) -> Catalogue {
        try decode(Data(text.utf8))
    }

    /// The version is checked first and alone, so a future document fails with "wrong version"
    /// rather than with whatever field it renamed.
    private static func schemaVersion(of data: Data) throws(CatalogueDecodingError) -> Int {
        struct VersionDTO: Decodable { var schemaVersion: Int? }
        let probe: VersionDTO
        do { probe = try JSONDecoder().decode(VersionDTO.self, from: data) } catch {
            throw CatalogueDecodingError("is not a catalogue JSON (\(describe(error)))")
        }
        guard let version = probe.schemaVersion else { throw CatalogueDecodingError("is not a catalogue JSON (no schemaVersion)") }
        return version
    }

    /// Foundation's decoding errors as one short line: what was wrong and where.
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "malformed JSON" : "bad value at \(path(context.codingPath))"
        default:
            return "malformed JSON"
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        String(keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { (c: Character) in c == "." }))
    }
}

/// Why a catalogue JSON could not be read; `reason` completes "FILE: …" in the CLI's error line.
public struct CatalogueDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, worded to follow "FILE: ".
    public var reason: String
    /// An error with its reason.
    public init(_ reason: String) { self.reason = reason }
    /// The reason.
    public var description: String { reason }
}

// MARK: - Data transfer objects: the document's shape, money as strings.

private struct DocumentDTO: Decodable {
    var source: SourceDTO
    var currency: String?
    var validFrom: String?
    var vatIncluded: Bool?
    var tables: [TableDTO]?
    var products: [ProductDTO]
    var footnotes: [FootnoteDTO]?
    var warnings: [WarningDTO]?
    var accounting: AccountingDTO?

    func catalogue() throws(CatalogueDecodingError) -> Catalogue {
        guard source.sha256.count == 64, source.sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw CatalogueDecodingError("source.sha256 is not a SHA-256 digest (64 lowercase hexadecimal digits)")
        }
        var products: [Product] = []
        for (index, product) in self.products.enumerated() { products.append(try product.product(at: index)) }
        return Catalogue(
            source: Source(file: source.file, sha256: source.sha256, pages: source.pages, title: source.title),
            currency: currency ?? "EUR",
            validFrom: validFrom,
            vatIncluded: vatIncluded,
            tables: (tables ?? []).map(\.tableInfo),
            products: products,
            footnotes: (footnotes ?? []).map(\.footnote),
            warnings: (warnings ?? []).map(\.warning),
            accounting: accounting?.accounting ?? Accounting(lines: 0, catalogue: 0, runningText: 0, footnotes: 0,
                                                              prose: 0, unaccounted: 0))
    }
}

private struct SourceDTO: Decodable {
    var file: String
    var sha256: String
    var pages: Int
    var title: String?
}

private struct TableDTO: Decodable {
    var caption: String
    var pages: [Int]?
    var note: String?
    var columns: [ColumnDTO]?
    var transposed: Bool?
    var rows: Int?
    var confidence: String?

    struct ColumnDTO: Decodable {
        var header: String
        var label: String?
        var kind: String?
        var termMonths: Int?

        var column: TableInfo.Column {
            TableInfo.Column(header: header, label: label, kind: kind.flatMap(TableInfo.Column.Kind.init) ?? .price,
                             termMonths: termMonths)
        }
    }

    var tableInfo: TableInfo {
        let rows = rows ?? 0
        let doubt = Self.doubt(rows: rows, confidence: confidence)
        return TableInfo(caption: caption, pages: pages ?? [], note: note, columns: (columns ?? []).map(\.column),
                         transposed: transposed ?? false, rows: rows, doubtfulRows: doubt.doubtful, strayLines: doubt.stray)
    }

    /// The document keeps a table's doubt only as `confidence`, clean rows ÷ (rows + stray lines)
    /// rounded down to hundredths, not the two counts behind it. The fewest stray lines (then
    /// the matching doubtful rows) that give the same confidence are taken, so a decoded
    /// catalogue encodes back to the same bytes; a clean table ("1.00") has none of either.
    static func doubt(rows: Int, confidence: String?) -> (doubtful: Int, stray: Int) {
        guard let confidence, confidence != "1.00", let share = Money(confidence), share.scale == 2, share.units >= 0
        else { return (0, 0) }
        let target = Int(share.units)                                  // hundredths
        for stray in 0...(100 * max(rows, 1)) {
            let total = rows + stray
            let clean = (target * total + 99) / 100                    // fewest clean rows reaching the target
            if clean <= rows, total > 0, clean * 100 / total == target { return (rows - clean, stray) }
        }
        return (0, 0)
    }
}

private struct ProductDTO: Decodable {
    var id: String
    var name: String
    var table: String
    var group: String?
    var requires: [String]?
    var footnotes: [String]?
    var page: Int
    var rounding: RoundingDTO?
    var notes: [String]?
    var attributes: [AttributeDTO]?
    var prices: [PriceDTO]
    var box: BoxDTO?

    struct RoundingDTO: Decodable {
        var minutes: String?
        var cents: String?
    }

    func product(at index: Int) throws(CatalogueDecodingError) -> Product {
        var prices: [Price] = []
        for (priceIndex, price) in self.prices.enumerated() {
            prices.append(try price.price(at: "products[\(index)].prices[\(priceIndex)]"))
        }
        var rounding: Rounding?
        if let written = self.rounding {
            rounding = Rounding(minutes: try direction(written.minutes, at: index), cents: try direction(written.cents, at: index))
        }
        return Product(id: id, name: name, table: table, group: group, requires: requires ?? [],
                       footnotes: footnotes ?? [], page: page, rounding: rounding, notes: notes ?? [],
                       attributes: (attributes ?? []).map(\.attribute), prices: prices, box: box?.box)
    }

    private func direction(_ text: String?, at index: Int) throws(CatalogueDecodingError) -> Rounding.Direction? {
        guard let text else { return nil }
        guard let direction = Rounding.Direction(rawValue: text) else {
            throw CatalogueDecodingError("products[\(index)].rounding: \"\(text)\" is neither \"up\" nor \"down\"")
        }
        return direction
    }
}

/// A price as written: `amount`, or `min` and `max`, each a decimal string.
private struct PriceDTO: Decodable {
    var label: String
    var amount: String?
    var min: String?
    var max: String?
    var onRequest: Bool?
    var termMonths: Int?
    var per: String?
    var column: String?
    var box: BoxDTO?

    func price(at path: String) throws(CatalogueDecodingError) -> Price {
        guard let label = PriceLabel(rawValue: label) else {
            throw CatalogueDecodingError("\(path).label: unknown price label \"\(self.label)\"")
        }
        return Price(label: label, value: try value(at: path), termMonths: termMonths, per: per, column: column ?? "", box: box?.box)
    }

    private func value(at path: String) throws(CatalogueDecodingError) -> Price.Value {
        if onRequest == true {
            guard amount == nil, min == nil, max == nil else { throw CatalogueDecodingError("\(path): onRequest with an amount") }
            return .onRequest
        }
        switch (amount, min, max) {
        case (let amount?, nil, nil):
            return .amount(try money(amount, at: "\(path).amount"))
        case (nil, let low?, let high?):
            return .range(min: try money(low, at: "\(path).min"), max: try money(high, at: "\(path).max"))
        default:
            throw CatalogueDecodingError("\(path): needs either amount, or min and max")
        }
    }

    private func money(_ text: String, at path: String) throws(CatalogueDecodingError) -> Money {
        guard let money = Money(text) else { throw CatalogueDecodingError("\(path): \"\(text)\" is not a decimal amount") }
        return money
    }
}

/// An attribute as written: money-free text with what it means.
private struct AttributeDTO: Decodable {
    var column: String
    var value: String
    var quantity: QuantityDTO?
    var unlimited: Bool?

    struct QuantityDTO: Decodable {
        var amount: String
        var unit: String
    }

    var attribute: Attribute {
        Attribute(column: column, value: value, quantity: quantity.map { Attribute.Quantity(amount: $0.amount, unit: $0.unit) },
                  unlimited: unlimited ?? false)
    }
}

private struct FootnoteDTO: Decodable {
    var id: String?
    var page: Int
    var block: Int?
    var marker: String
    var text: String
    var box: BoxDTO?

    /// The id is derived from page, block and marker (as the builder does), so a document
    /// cannot carry an id that disagrees with them; the block is read back from the id.
    var footnote: Footnote {
        Footnote(page: page, block: block ?? Self.block(in: id, page: page, marker: marker), marker: marker, text: text,
                 box: box?.box)
    }

    /// "p2.3.1" → block 3 for marker "1" on page 2; 1 for "p2.1" or no id.
    static func block(in id: String?, page: Int, marker: String) -> Int {
        guard let id, id.hasPrefix("p\(page)."), id.hasSuffix(".\(marker)") else { return 1 }
        let middle = id.dropFirst("p\(page).".count).dropLast(".\(marker)".count)
        return Int(middle) ?? 1
    }
}

/// Where something is printed: points from the page's top-left corner. Coordinates are
/// layout, not money, so a binary float holds them.
private struct BoxDTO: Decodable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var box: Box { Box(x: x, y: y, width: width, height: height) }
}

private struct WarningDTO: Decodable {
    var page: Int?
    var message: String
    var text: String

    var warning: Warning { Warning(page: page, message: message, text: text) }
}

private struct AccountingDTO: Decodable {
    var lines: Int
    var catalogue: Int
    var runningText: Int
    var footnotes: Int
    var prose: Int
    var unaccounted: Int

    var accounting: Accounting {
        Accounting(lines: lines, catalogue: catalogue, runningText: runningText, footnotes: footnotes, prose: prose,
                   unaccounted: unaccounted)
    }
}
