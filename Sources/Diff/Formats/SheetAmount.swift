import Catalogue

/// Amounts and percentages as the Dutch sheets print them ("€ 1.250,00", "+6,00%"), so a reader
/// compares the diff with the PDF without translating. Works on `Money`'s exact digits; no floats.
public enum SheetAmount {
    /// "€ 7,50"; a negative amount as "-€ 0,45"; nil as "—" (no price).
    public static func money(_ amount: Money?) -> String {
        guard let amount else { return "—" }
        let (sign, whole, fraction) = parts(amount)
        return "\(sign)€ \(whole),\(fraction)"
    }

    /// A change with its sign always shown: "+€ 0,45", "-€ 1,00".
    public static func signedMoney(_ amount: Money) -> String {
        amount.units < 0 ? money(amount) : "+" + money(amount)
    }

    /// "+6,00%", "-10,00%": a percentage with its sign always shown.
    public static func signedPercent(_ percent: Money) -> String {
        let (sign, whole, fraction) = parts(percent)
        return "\(sign.isEmpty ? "+" : sign)\(whole),\(fraction)%"
    }

    /// Sign, whole part with dots between thousands, and decimals of the canonical "1250.00".
    private static func parts(_ amount: Money) -> (sign: String, whole: String, fraction: String) {
        var text = amount.description
        let sign = text.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { text.removeFirst() }
        let pieces = text.split(separator: ".", maxSplits: 1)
        return (sign, thousands(String(pieces[0])), pieces.count > 1 ? String(pieces[1]) : "00")
    }

    private static func thousands(_ digits: String) -> String {
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return groups.joined(separator: ".")
    }
}
