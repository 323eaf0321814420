/// The second edition of the sample sheet (Samples/connext-voice-2027.pdf): the first edition's
/// spec with one change of every kind the diff knows, written as edits so the difference between
/// the editions is exactly what this file says.
///
/// `tariff diff Samples/connext-voice.pdf Samples/connext-voice-2027.pdf` must report these and
/// nothing else: price changes (an increase, a decrease, a price that appears, one that
/// disappears, one bound of a range), an added, a removed, a renamed and a moved product, and a
/// footnote whose text changed.
public enum ConnextVoice2027Sample {
    /// The 2027 edition in the given style.
    public static func sheet(style: SheetStyle = SheetStyle()) -> SheetSpec {
        ConnextVoiceSample.sheet(style: style)
            // Prices: up, down, a new one-time charge, a charge dropped, the top of a range.
            .settingCell("KPN EEN Connext Pro", column: 0, to: "€ 7,95")
            .settingCell("KPN EEN Callcenter Premium", column: 0, to: "€ 4,50")
            .settingCell("KPN EEN Vast Bellen over Internet", column: 1, to: "€ 49,00")
            .settingCell("Servicenummer 0800-nummer", column: 1, to: nil)
            .settingCell("Oost-Europa, Israël, Turkije en het Verre Oosten", column: 2, to: "€ 0,22 - € 0,45")
            // Products: one new, one withdrawn, one renamed, one listed higher up.
            .insertingRow(.product(ProductRowSpec(name: "KPN EEN Teams Integratie",
                                                  cells: ["€ 3,50", "€ 15,00", "€ 15,00"])),
                          after: "KPN EEN Webex Standaard")
            .removingProduct("KPN EEN Webex Premium")
            .renamingProduct("KPN EEN Bel-me-nu", to: "KPN EEN Bel-mij-nu")
            .movingProduct("Telefoonnummer nieuw 10-blok België, Duitsland",
                           before: "KPN EEN Nummer porteren 1 nummer Spanje")
            // A footnote reworded.
            .settingFootnote(page: 1, marker: "3", to: "Combinatievoordelen zijn van toepassing als aan de "
                             + "voorwaarden van KPN wordt voldaan.")
    }
}
