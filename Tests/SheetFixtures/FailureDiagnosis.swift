/// Names the likely root causes of a failed round trip from the kinds of difference and the
/// style, so hundreds of failures group into a handful of parser problems. Heuristic: a case
/// can carry several, and "other" marks what none of the rules explains.
public enum FailureDiagnosis {
    // The diagnoses, worded for the statistics and reports.
    public static let footnoteAsHeader = "footnote line read as a column header (short footnote with a header word)"
    public static let wrappedCellTwoBaselines = "amount cell wrapped over two lines sits on two baselines (placement centered/lastLine): row split"
    public static let wrappedCell = "amount cell wrapped over two lines (\"(per\" / \"gebruiker)\") misread"
    public static let amountLeftOfLabel = "right-aligned amount left of its column's label read as name text"
    public static let labelsMerged = "adjacent header labels closer than 1 em merged into one column"
    public static let tableNotFound = "price table not found (header not recognised)"
    public static let tightRows = "tight rows (rowPadding < 2): wrapped lines, group rows or remarks given to the wrong row"
    public static let tightRegularGroups = "tight rows with regular-weight group rows (plain/filled): group text glued into a product name (no gap, no weight change: ambiguous in the text layer)"
    public static let rowAssignment = "wrapped lines, group rows or remarks given to the wrong row (rowPadding >= 2)"
    public static let markerNextPage = "page break: marker's footnote printed on a later page not found (ids use the row's own page)"
    public static let groupCarryOver = "page break: group row not carried over to the continuation page"
    public static let renderOrIngestError = "render or ingest error"
    public static let other = "other"

    /// The diagnoses for one outcome (empty when it passed).
    public static func diagnose(_ outcome: RoundTripOutcome) -> [String] {
        guard !outcome.passed else { return [] }
        if outcome.error != nil { return [outcome.causes.first.map { renderOrIngestError + ": " + $0 } ?? renderOrIngestError] }
        let differences = outcome.comparison?.differences ?? []
        let kinds = Set(differences.map(\.kind))
        let details = differences.map(\.detail)
        let style = outcome.sheet.spec.style
        var result: [String] = []
        if kinds.contains(where: { $0.contains("[a footnote line]") }) { result.append(footnoteAsHeader) }
        let wrapped = details.contains { $0.contains("\"(per\"") || $0.contains("\"gebruiker)\"") || $0.contains("\"(per gebruiker)\"") }
        if wrapped {
            result.append(style.amountPlacement == .firstLine ? wrappedCell : wrappedCellTwoBaselines)
        }
        if kinds.contains("warning: amount in the name column is kept as name text") { result.append(amountLeftOfLabel) }
        if kinds.contains("tables: adjacent header labels merged")
            || kinds.contains(where: { $0.hasPrefix("warning: row has # amounts but the table has") }) {
            result.append(labelsMerged)
        }
        if kinds.contains("tables: table missing") || kinds.contains("product missing") && kinds.contains("tables: row count")
            && !kinds.contains(where: { $0.hasPrefix("name") }) {
            result.append(tableNotFound)
        }
        if outcome.case.options.allowPageBreaks {
            if kinds.contains(where: { $0.hasPrefix("warning: footnote marker") }) { result.append(markerNextPage) }
            if details.contains(where: { $0.contains(" group: expected \"") && $0.hasSuffix("got nil") }) {
                result.append(groupCarryOver)
            }
        }
        let rowKinds = kinds.filter {
            $0.hasPrefix("name") || $0 == "group" || $0 == "notes" || $0.hasPrefix("extra product")
                || $0.hasPrefix("product missing (name glued")
        }
        if !rowKinds.isEmpty, !(wrapped && style.rowPadding >= 2) {
            let onlyCarryOver = rowKinds == ["group"] && result.contains(groupCarryOver)
            if !onlyCarryOver {
                if style.rowPadding >= 2 {
                    result.append(rowAssignment)
                } else {
                    let glued = style.groupStyle != .bold && groupTextGlued(outcome)
                    if glued { result.append(tightRegularGroups) }
                    // Differences beyond the glued group rows are the parser's own.
                    if !glued || kinds.contains(where: { $0 == "notes" || $0.hasPrefix("extra product") }) {
                        result.append(tightRows)
                    }
                }
            }
        }
        return result.isEmpty ? [other] : result
    }

    /// Whether some ingested name holds a group row's text that the expected name does not.
    private static func groupTextGlued(_ outcome: RoundTripOutcome) -> Bool {
        guard let expected = outcome.expected, let actual = outcome.actual else { return false }
        let groups = Set(expected.products.compactMap(\.group))
        let expectedNames = Set(expected.products.map(\.name))
        return actual.products.contains { product in
            !expectedNames.contains(product.name) && groups.contains { product.name.contains($0) }
        }
    }
}
