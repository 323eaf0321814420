import Catalogue

/// The changes between two editions of a tariff sheet, in money terms and nothing else:
/// prices, products that came, went, were renamed or moved, and footnote texts.
///
/// Products are matched by `ProductMatcher` (table + normalized name, then other tables, then
/// renames). Pages and row positions are layout, not content, so neither is compared; order
/// matters only among the matched products of one table. The result is sorted by `ChangeOrder`.
public struct CatalogueDiff: Sendable {
    /// The older edition.
    public let old: Catalogue
    /// The newer edition.
    public let new: Catalogue

    /// A diff of two catalogues; `changes()` does the work.
    public init(old: Catalogue, new: Catalogue) {
        self.old = old
        self.new = new
    }

    /// Every change, in the documented deterministic order.
    public func changes() -> [Change] {
        let (matches, removed, added) = ProductMatcher(old: old.products, new: new.products).match()
        var changes: [Change] = []
        for match in matches {
            let (before, after) = (old.products[match.old], new.products[match.new])
            changes += PriceComparison(old: before, new: after).changes().map(Change.priceChanged)
            changes += AttributeComparison(old: before, new: after).changes().map(Change.attributeChanged)
            if match.evidence == .renamed {
                changes.append(.renamed(Rename(old: before.name, new: after.name, table: after.table, group: after.group)))
            }
        }
        changes += moves(matches)
        changes += added.map { .added(entry(new.products[$0])) }
        changes += removed.map { .removed(entry(old.products[$0])) }
        changes += FootnoteComparison(old: old.footnotes, new: new.footnotes).changes().map(Change.footnoteChanged)
        return ChangeOrder(old: old, new: new).sorted(changes)
    }

    private func entry(_ product: Product) -> ProductEntry {
        ProductEntry(product: product.name, table: product.table, group: product.group)
    }

    /// One move per product whose table or group changed, or whose order among the table's
    /// matched products changed (outside the longest increasing run of old positions).
    private func moves(_ matches: [ProductMatch]) -> [Change] {
        let reordered = outOfOrder(matches)
        return matches.compactMap { match in
            let (before, after) = (old.products[match.old], new.products[match.new])
            let tableChange = before.table == after.table ? nil : Move.TableChange(old: before.table, new: after.table)
            let groupChange = before.group == after.group ? nil : Move.GroupChange(old: before.group, new: after.group)
            guard tableChange != nil || groupChange != nil || reordered.contains(match.new) else { return nil }
            return .moved(Move(product: after.name, table: after.table, group: after.group,
                               tableChange: tableChange, groupChange: groupChange))
        }
    }

    /// New indices of the products that left their place among the matched products of their
    /// table: per table, those off a longest increasing subsequence of old positions.
    private func outOfOrder(_ matches: [ProductMatch]) -> Set<Int> {
        var result = Set<Int>()
        let stayed = matches.filter { old.products[$0.old].table == new.products[$0.new].table }
        var captions: [String] = []
        for match in stayed where !captions.contains(new.products[match.new].table) {
            captions.append(new.products[match.new].table)
        }
        for caption in captions {
            let rows = stayed.filter { new.products[$0.new].table == caption }   // already in new order
            let kept = Set(LongestIncreasingSubsequence.indices(rows.map(\.old)))
            for (position, row) in rows.enumerated() where !kept.contains(position) { result.insert(row.new) }
        }
        return result
    }
}
