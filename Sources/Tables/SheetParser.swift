import Layout

/// The table parser for a sheet held in memory: running text, then each page, then the
/// pages assembled in order. Long documents stream through `PageParser` and `SheetAssembler`
/// directly (see TariffKit's page pipeline); both paths give the same result.
public struct SheetParser: Sendable {
    public var settings: ParserSettings
    public var vocabulary: Vocabulary

    public init(settings: ParserSettings = .standard, vocabulary: Vocabulary = .standard) {
        self.settings = settings
        self.vocabulary = vocabulary
    }

    public func parse(_ pages: [PageLayout], metadataTitle: String? = nil) -> ParsedSheet {
        let running = RunningTextDetector(settings: settings, vocabulary: vocabulary).detect(pages)
        let parser = PageParser(settings: settings, vocabulary: vocabulary)
        var assembler = SheetAssembler()
        for (index, page) in pages.enumerated() {
            assembler.add(parser.parse(page, running: running[index]))
        }
        return assembler.finish(pageCount: pages.count, metadataTitle: metadataTitle)
    }
}
