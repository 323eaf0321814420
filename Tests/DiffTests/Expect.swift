import Catalogue
import Diff

/// Short constructors for expected changes, so each test's change list reads like the diff.
enum Expect {
    static let connext = "Connext Voice"
    static let numbers = "Telefoonnummers"
    static let national = "Nationaal bellen"
    static let international = "Internationaal bellen"

    static let monthly = ("monthly", "Prijs / maand")
    static let firstInstallation = ("firstInstallation", "Eerste installatie / nieuwe locatie")
    static let extensionActivation = ("extensionActivation", "Kosten activering bij uitbreiding")
    static let oneTime = ("oneTime", "Eenmalige kosten")
    static let setupFee = ("setupFee", "Starttarief")
    static let perMinute = ("perMinute", "Kosten per minuut")
    static let perMinuteMobile = ("perMinuteMobile", "Kosten per minuut mobiele nummer")

    static func price(_ product: String, _ table: String, _ label: (String, String), _ old: String?, _ new: String?,
                      bound: PriceChange.Bound? = nil) -> Change {
        .priceChanged(PriceChange(product: product, table: table, label: label.0, column: label.1, bound: bound,
                                  old: old.map { Money($0)! }, new: new.map { Money($0)! }))
    }

    static func added(_ product: String, _ table: String, _ group: String?) -> Change {
        .added(ProductEntry(product: product, table: table, group: group))
    }

    static func removed(_ product: String, _ table: String, _ group: String?) -> Change {
        .removed(ProductEntry(product: product, table: table, group: group))
    }

    static func renamed(_ old: String, _ new: String, _ table: String, _ group: String?) -> Change {
        .renamed(Rename(old: old, new: new, table: table, group: group))
    }

    static func moved(_ product: String, _ table: String, _ group: String?, table tableChange: Move.TableChange? = nil,
                      group groupChange: Move.GroupChange? = nil) -> Change {
        .moved(Move(product: product, table: table, group: group, tableChange: tableChange, groupChange: groupChange))
    }

    static func footnote(_ id: String, _ old: String?, _ new: String?) -> Change {
        .footnoteChanged(FootnoteChange(footnote: id, old: old, new: new))
    }
}
