/// One table row as lines of a page: the lines of its cells and all its lines.
struct Row: Equatable {
    /// The lines holding the row's amounts, and the lines under them that close a cell's
    /// annotation left open there ("€ 43,00 (per" … "gebruiker)"); the first stands for the row.
    var cellLines: [Int]
    /// Every line of the row, top to bottom: its name lines, remarks and cell lines.
    var lines: [Int]
}
