import Catalogue

/// Compares the footnotes of two editions by id ("p1.3"), reporting text changes, and footnotes
/// that appeared or disappeared, one change each.
///
/// Ids are page-scoped, and a page number can shift when another layout breaks pages
/// differently; so footnotes printed with the same marker and the same text are set aside
/// first (same id preferred), and only what remains is compared by id.
struct FootnoteComparison {
    let old: [Footnote]
    let new: [Footnote]

    func changes() -> [FootnoteChange] {
        var oldLeft = Array(old.indices), newLeft = Array(new.indices)
        pairUnchanged(&oldLeft, &newLeft, sameId: true)
        pairUnchanged(&oldLeft, &newLeft, sameId: false)
        var changes: [FootnoteChange] = []
        for n in newLeft {
            if let o = oldLeft.first(where: { old[$0].id == new[n].id }) {
                oldLeft.removeAll { $0 == o }
                changes.append(FootnoteChange(footnote: new[n].id, old: old[o].text, new: new[n].text))
            } else {
                changes.append(FootnoteChange(footnote: new[n].id, old: nil, new: new[n].text))
            }
        }
        changes += oldLeft.map { FootnoteChange(footnote: old[$0].id, old: old[$0].text, new: nil) }
        return changes
    }

    /// Texts equal up to the spacing line wraps leave (`WrapSpacing`): where a footnote wraps is
    /// layout, not content.
    static func sameText(_ a: String, _ b: String) -> Bool {
        WrapSpacing.canonical(a) == WrapSpacing.canonical(b)
    }

    /// Removes from both lists the footnotes printed identically (marker and text), in order.
    private func pairUnchanged(_ oldLeft: inout [Int], _ newLeft: inout [Int], sameId: Bool) {
        for n in newLeft {
            let twin = oldLeft.first { o in
                old[o].marker == new[n].marker && Self.sameText(old[o].text, new[n].text) && (!sameId || old[o].id == new[n].id)
            }
            guard let twin else { continue }
            oldLeft.removeAll { $0 == twin }
            newLeft.removeAll { $0 == n }
        }
    }
}
