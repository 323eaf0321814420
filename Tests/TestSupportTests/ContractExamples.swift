import Foundation
import Testing

/// The examples of shared/CONTRACT.md, fixed up to be complete: real 64-digit hashes where
/// the contract writes "…", and the `tables` and `accounting` keys the catalogue example leaves out.
enum ContractExamples {
    static let sha256 = String(repeating: "9f2c", count: 16)

    static let catalogue = #"""
    {
      "schemaVersion": 1,
      "source": { "file": "connext-voice.pdf", "sha256": "\#(sha256)", "pages": 5,
                  "title": "Tarieven KPN EEN MKB Connext Voice" },
      "currency": "EUR",
      "tables": [
        { "caption": "Connext Voice", "pages": [1, 2], "note": "Door KPN te factureren",
          "columns": [
            { "header": "Prijs / maand", "label": "monthly" },
            { "header": "Eerste installatie / nieuwe locatie", "label": "firstInstallation" },
            { "header": "Kosten activering bij uitbreiding", "label": "extensionActivation" } ],
          "rows": 22, "confidence": "1.00" },
        { "caption": "Internationaal bellen", "pages": [4], "note": null,
          "columns": [
            { "header": "Starttarief", "label": "setupFee" },
            { "header": "Kosten per minuut", "label": "perMinute" },
            { "header": "Kosten per minuut mobiele nummer", "label": "perMinuteMobile" } ],
          "rows": 6, "confidence": "0.83" }
      ],
      "products": [
        {
          "id": "kpn-een-connext-plus",
          "name": "KPN EEN Connext Plus",
          "table": "Connext Voice",
          "group": "Gebruikers",
          "requires": [],
          "footnotes": ["p1.1", "p1.3"],
          "page": 1,
          "prices": [
            { "label": "monthly", "type": "recurring", "period": "month", "amount": "4.50",
              "column": "Prijs / maand" },
            { "label": "firstInstallation", "type": "oneTime", "amount": "15.00", "per": "user",
              "column": "Eerste installatie / nieuwe locatie" },
            { "label": "extensionActivation", "type": "oneTime", "amount": "15.00",
              "column": "Kosten activering bij uitbreiding" }
          ]
        },
        {
          "id": "oost-europa-israel-turkije-en-het-verre-oosten",
          "name": "Oost-Europa, Israël, Turkije en het Verre Oosten",
          "table": "Internationaal bellen",
          "group": null, "requires": [], "footnotes": ["p4.1"], "page": 4,
          "rounding": { "minutes": "up", "cents": "up" },
          "prices": [
            { "label": "setupFee", "type": "usage", "unit": "call", "amount": "0.09", "column": "Starttarief" },
            { "label": "perMinute", "type": "usage", "unit": "minute", "amount": "0.22", "column": "Kosten per minuut" },
            { "label": "perMinuteMobile", "type": "usage", "unit": "minute", "min": "0.22", "max": "0.43",
              "column": "Kosten per minuut mobiele nummer" }
          ]
        }
      ],
      "footnotes": [
        { "id": "p1.1", "page": 1, "marker": "1", "text": "1e installatie betekent dat de eenmalige kosten 1 keer worden berekend ongeacht aantal users." }
      ],
      "warnings": [
        { "page": 3, "message": "row has 3 amounts but the table has 2 price columns", "text": "Servicenummer 0800-nummer € 50,00 € 100,00 € 1,00" }
      ],
      "accounting": { "lines": 120, "catalogue": 80, "runningText": 10, "footnotes": 12, "prose": 17, "unaccounted": 1 }
    }
    """#

    static let diff = #"""
    {
      "schemaVersion": 1,
      "old": { "file": "v1.pdf", "sha256": "\#(sha256)" },
      "new": { "file": "v2.pdf", "sha256": "\#(String(repeating: "0a", count: 32))" },
      "summary": { "added": 1, "removed": 1, "renamed": 1, "priceChanged": 3, "footnoteChanged": 1, "moved": 1 },
      "changes": [
        { "kind": "priceChanged", "product": "KPN EEN Connext Pro", "table": "Connext Voice",
          "label": "monthly", "old": "7.50", "new": "7.95", "delta": "0.45", "percent": "6.00" },
        { "kind": "added", "product": "KPN EEN Teams Integratie", "table": "Connext Voice" },
        { "kind": "removed", "product": "KPN EEN Webex Premium", "table": "Connext Voice" },
        { "kind": "renamed", "old": "KPN EEN Bel-me-nu", "new": "KPN EEN Bel-mij-nu", "table": "Connext Voice" },
        { "kind": "footnoteChanged", "footnote": "p1.3", "old": "Combinatie Voordelen kunnen van toepassing zijn.", "new": "Combinatie Voordelen zijn van toepassing." },
        { "kind": "moved", "product": "Telefoonnummer nieuw 10-blok België, Duitsland", "table": "Telefoonnummers" }
      ]
    }
    """#

    static func catalogueObject() throws -> [String: Any] { try JSONEdit.object(parsing: catalogue) }
    static func diffObject() throws -> [String: Any] { try JSONEdit.object(parsing: diff) }
}

/// Documents as `JSONSerialization` reads them, edited one field at a time: the schema tests
/// break one rule of a valid example and expect the validator to say so.
enum JSONEdit {
    /// The JSON object in `text`.
    static func object(parsing text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `document` as compact JSON text.
    static func text(_ document: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
    }

    /// A copy of `document` with the value at `path` (object keys and array indices) replaced
    /// by `transform` of it: nil in means the key is absent, nil out removes it.
    static func updating(_ document: Any, at path: [String], _ transform: (Any?) -> Any?) -> Any {
        updating(document, at: path[...], transform) ?? NSNull()
    }

    private static func updating(_ value: Any?, at path: ArraySlice<String>, _ transform: (Any?) -> Any?) -> Any? {
        guard let first = path.first else { return transform(value) }
        if var elements = value as? [Any], let index = Int(first), elements.indices.contains(index) {
            elements[index] = updating(elements[index], at: path.dropFirst(), transform) ?? NSNull()
            return elements
        }
        guard var object = value as? [String: Any] else { return value }
        object[first] = updating(object[first], at: path.dropFirst(), transform)
        return object
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A copy with `key` set to `value`.
    func setting(_ key: String, to value: Any) -> [String: Any] {
        var copy = self
        copy[key] = value
        return copy
    }

    /// A copy without `key`.
    func removing(_ key: String) -> [String: Any] {
        var copy = self
        copy[key] = nil
        return copy
    }
}
