/// Something a reading of a block's rows gets visibly wrong, with the line it concerns: what
/// no sheet prints (hard), or a line break no typesetter would make unasked (soft).
///
/// A block is read under each amount placement; the reading with the fewest hard flaws wins,
/// soft flaws and the table's, page's and sheet's placement breaking ties.
enum Flaw: Equatable, CustomStringConvertible {
    /// A name cut where it runs on into the next line ("Nieuw-" / "Zeeland", an open "(").
    case cutRunOn(line: Int)
    /// A row with no name of its own: no name text, or only an annotation that follows names
    /// ("(alleen bij Pro user)").
    case namelessRow(line: Int)
    /// A row whose name starts with a word in lower case: such a word goes on the name above
    /// ("KPN EEN Keuzemenu" / "installatieservice").
    case startsInLowerCase(line: Int)
    /// A row with name text after its remarks: remarks print under the whole name.
    case nameAfterRemarks(line: Int)
    /// A row whose name goes on after its "(alleen bij … user)", which follows the whole name.
    case nameAfterRequirement(line: Int)
    /// A row whose amounts or cells stand where the placement does not put them.
    case offPlacement(line: Int)
    /// A name line broken though the next line's first word would have fitted after it.
    case earlyBreak(line: Int)

    /// Hard flaws are things no sheet prints; soft ones only break ties.
    var isHard: Bool {
        if case .earlyBreak = self { return false }
        return true
    }

    /// The line the flaw is seen on (a row's flaw: the row's first line).
    var line: Int {
        switch self {
        case .cutRunOn(let line), .namelessRow(let line), .startsInLowerCase(let line), .nameAfterRemarks(let line),
             .nameAfterRequirement(let line), .offPlacement(let line), .earlyBreak(let line): line
        }
    }

    var description: String {
        switch self {
        case .cutRunOn: "a name cut where it runs on"
        case .namelessRow: "a row without a name of its own"
        case .startsInLowerCase: "a row whose name starts in lower case"
        case .nameAfterRemarks: "name text after the row's remarks"
        case .nameAfterRequirement: "name text after the row's (alleen bij … user)"
        case .offPlacement: "amounts off the placement"
        case .earlyBreak: "a name line broken early"
        }
    }
}

extension ReadingFlaws {
    /// The hard and soft flaws counted.
    init(_ flaws: [Flaw]) {
        self.init(hard: flaws.count(where: \.isHard), soft: flaws.count { !$0.isHard })
    }
}

/// Finds the flaws of a reading of one block under one placement (see `Flaw`).
struct FlawFinder {
    let body: TableBody
    let block: RowBlock
    /// Pairs of neighbouring name lines whose text runs on from the first into the second.
    let runOns: [(line: Int, next: Int)]

    init(body: TableBody, block: RowBlock) {
        self.body = body
        self.block = block
        runOns = zip(block.lines, block.lines.dropFirst()).filter { line, next in
            !block.remarks.contains(line) && !block.remarks.contains(next) && body[line].runsOn && body[next].hasName
        }.map { ($0, $1) }
    }

    var remarks: Set<Int> { block.remarks }

    /// Every flaw of `rows` read under `placement`: cut run-ons, each flawed row once (the
    /// first of its flaws), and early breaks.
    func flaws(of rows: [Row], placement: AmountPlacement) -> [Flaw] {
        var rowOf: [Int: Int] = [:]
        for (index, row) in rows.enumerated() { for line in row.lines { rowOf[line] = index } }
        let cuts = runOns.filter { rowOf[$0.line] != rowOf[$0.next] }.map { Flaw.cutRunOn(line: $0.line) }
        return cuts + rows.compactMap { rowFlaw($0, placement: placement) } + rows.flatMap { earlyBreaks($0.lines) }
    }

    /// The number of hard flaws of `rows`.
    func hardFlaws(of rows: [Row], placement: AmountPlacement) -> Int {
        flaws(of: rows, placement: placement).count(where: \.isHard)
    }

    /// What is wrong with one row, if anything (a name going on after its footnote marker was
    /// tried as a flaw and dropped: sheets also mark a single word inside a name).
    private func rowFlaw(_ row: Row, placement: AmountPlacement) -> Flaw? {
        let first = row.lines[0]
        let name = row.lines.filter { !remarks.contains($0) }.map { body[$0].nameKey }.filter { !$0.isEmpty }.joined(separator: " ")
        if name.isEmpty || body.annotationOpenings.contains(where: name.hasPrefix) { return .namelessRow(line: first) }
        if startsInLowerCase(row.lines) { return .startsInLowerCase(line: first) }
        if namesAfterRemarks(row.lines) { return .nameAfterRemarks(line: first) }
        if namesAfterRequirement(row.lines, name: name) { return .nameAfterRequirement(line: first) }
        if !fits(row, placement) { return .offPlacement(line: first) }
        return nil
    }

    /// Name lines of a row broken before the next word would have run out of room: the next
    /// line's first word fits after it within the widest name line of the table. Sheets break
    /// names by hand too, so this only decides between readings equal in every other respect.
    /// A next line that opens an annotation ("(alleen bij …") is no early break.
    func earlyBreaks(_ lines: [Int]) -> [Flaw] {
        var breaks: [Flaw] = []
        var above: (line: Int, ends: BodyLine.NameEnds)?
        for line in lines where !remarks.contains(line) {
            guard let next = body[line].nameEnds else { continue }
            if let above, !next.opensAnnotation,
               above.ends.end + body.settings.wordSpaceRatio * next.firstSize + next.firstWidth <= body.widestName {
                breaks.append(.earlyBreak(line: above.line))
            }
            above = (line, next)
        }
        return breaks
    }

    /// A row whose name begins with a word all in lower case: a product name starts with a
    /// capital, a digit or "(", so such a word goes on a name from the line before. A word
    /// with a capital inside ("eSIM", "iPhone") is a name's start.
    private func startsInLowerCase(_ lines: [Int]) -> Bool {
        guard let line = lines.first(where: { !remarks.contains($0) && !body[$0].nameKey.isEmpty }),
              let word = body[line].nameWords.first(where: { !$0.isLeadingMarker }),
              let initial = word.text.unicodeScalars.first, initial.properties.isLowercase else { return false }
        return !word.text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// A row with name text after one of its remarks.
    private func namesAfterRemarks(_ lines: [Int]) -> Bool {
        guard !remarks.isEmpty else { return false }
        return lines.drop { !remarks.contains($0) }.contains { !remarks.contains($0) && !body[$0].nameKey.isEmpty }
    }

    /// A row whose name goes on after its "(alleen bij … user)".
    private func namesAfterRequirement(_ lines: [Int], name: String) -> Bool {
        guard lines.contains(where: { body[$0].opensRequirement }),
              let open = TableBody.firstOpening(of: body.requirementOpenings, in: name),
              let close = name[open.upperBound...].firstIndex(of: ")") else { return false }
        return name[name.index(after: close)...].contains { !$0.isWhitespace }
    }
}
