/// Text from a PDF made safe to open in a spreadsheet: a cell that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula
/// (CSV injection, OWASP), so a sheet's words could run as one on the analyst's machine. Such a
/// cell gets a leading apostrophe, which the spreadsheets show as text and hide. Only text cells
/// are guarded: an amount's minus sign stays a number.
enum FormulaGuard {
    /// The first characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text`, with an apostrophe before it when it would start a formula.
    static func guarded(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }
}
