import Catalogue

/// Pairs the products of two editions, in three passes that each only see what the earlier
/// ones left over: same table and name; same name in another table; rename.
///
/// Every pass walks the products in document order and never iterates a dictionary into
/// its result, so the pairing (and the diff built on it) is deterministic.
public struct ProductMatcher: Sendable {
    /// The old edition's products, in document order.
    public let old: [Product]
    /// The new edition's products, in document order.
    public let new: [Product]

    /// A matcher for the products of two editions.
    public init(old: [Product], new: [Product]) {
        self.old = old
        self.new = new
    }

    /// The products in both editions, in the new edition's order; what is left unpaired was
    /// added (new) or removed (old).
    public func match() -> (matches: [ProductMatch], removed: [Int], added: [Int]) {
        var state = State(oldCount: old.count, newCount: new.count)
        matchByName(&state)
        matchAcrossTables(&state)
        matchRenames(&state)
        let matches = state.matches.sorted { $0.new < $1.new }
        return (matches, state.freeOld, state.freeNew)
    }

    /// What is paired so far.
    struct State {
        var oldTaken: [Bool]
        var newTaken: [Bool]
        var matches: [ProductMatch] = []

        init(oldCount: Int, newCount: Int) {
            oldTaken = Array(repeating: false, count: oldCount)
            newTaken = Array(repeating: false, count: newCount)
        }

        var freeOld: [Int] { oldTaken.indices.filter { !oldTaken[$0] } }
        var freeNew: [Int] { newTaken.indices.filter { !newTaken[$0] } }

        mutating func pair(_ old: Int, _ new: Int, _ evidence: ProductMatch.Evidence) {
            oldTaken[old] = true
            newTaken[new] = true
            matches.append(ProductMatch(old: old, new: new, evidence: evidence))
        }
    }

    /// Pass 1: same table and normalized name. A name printed twice in one table pairs with
    /// the occurrence under the same group first, then in document order.
    private func matchByName(_ state: inout State) {
        var oldByKey: [ProductKey: [Int]] = [:]   // lookup only; never iterated
        for (index, product) in old.enumerated() {
            oldByKey[ProductKey(table: product.table, name: product.name), default: []].append(index)
        }
        for (index, product) in new.enumerated() {
            let candidates = (oldByKey[ProductKey(table: product.table, name: product.name)] ?? [])
                .filter { !state.oldTaken[$0] }
            guard let chosen = candidates.first(where: { old[$0].group == product.group }) ?? candidates.first
            else { continue }
            state.pair(chosen, index, .sameName)
        }
    }

    /// Pass 2: a product that went to another table keeps its name.
    private func matchAcrossTables(_ state: inout State) {
        for index in state.freeNew {
            let name = ProductKey.normalize(new[index].name)
            guard let chosen = state.freeOld.first(where: { ProductKey.normalize(old[$0].name) == name }) else { continue }
            state.pair(chosen, index, .otherTable)
        }
    }

    /// Pass 3: renames. Candidates share table, group and prices and have similar names;
    /// the closest pairs are taken first, ties broken by old then new position.
    private func matchRenames(_ state: inout State) {
        var candidates: [(old: Int, new: Int, similarity: NameSimilarity)] = []
        for o in state.freeOld {
            for n in state.freeNew where isRenameCandidate(old[o], new[n]) {
                let similarity = NameSimilarity(old[o].name, new[n].name)
                if similarity.isSimilar { candidates.append((o, n, similarity)) }
            }
        }
        candidates.sort {
            $0.similarity != $1.similarity ? $0.similarity < $1.similarity : ($0.old, $0.new) < ($1.old, $1.new)
        }
        for candidate in candidates where !state.oldTaken[candidate.old] && !state.newTaken[candidate.new] {
            state.pair(candidate.old, candidate.new, .renamed)
        }
    }

    private func isRenameCandidate(_ a: Product, _ b: Product) -> Bool {
        a.table == b.table && a.group == b.group && PriceSet(a.prices) == PriceSet(b.prices)
    }
}
