extension Catalogue {
    /// The catalogue with its provenance (every box, the prices as printed) removed: its
    /// content alone, as a hand-typed catalogue states it and as the diff compares it.
    public var withoutProvenance: Catalogue {
        var copy = self
        for p in copy.products.indices {
            copy.products[p].box = nil
            for i in copy.products[p].prices.indices {
                copy.products[p].prices[i].box = nil
                copy.products[p].prices[i].printed = nil
            }
        }
        for f in copy.footnotes.indices { copy.footnotes[f].box = nil }
        return copy
    }
}
