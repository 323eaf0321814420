// swift-tools-version:6.0
// One library target a pipeline stage, data flowing one way:
// Extraction (poppler) → Layout → Tables → Catalogue, glued by TariffKit, driven by the thin `tariff` CLI;
// Diff reads catalogues only. The Renderer (cairo + pango) draws sample and test sheets; the CLI never links it.
// Linux (Debian 12) is the platform this is built and tested on: poppler-glib, cairo and pango come from its packages.
import PackageDescription

let package = Package(
    name: "tariff",
    products: [
        .executable(name: "tariff", targets: ["tariff"]),
        .executable(name: "tariff-render", targets: ["tariff-render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // C libraries, through pkg-config (Debian: libpoppler-glib-dev, libpango1.0-dev, libcairo2-dev).
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),

        // Plain geometry shared by every stage: boxes, glyphs, pages, rules, rasters.
        .target(name: "Geometry"),
        // A file written whole or not at all: catalogues, reports, drawn sheets.
        .target(name: "AtomicFile"),
        // PDF → glyphs with boxes and fonts. The only pipeline code that touches C (poppler).
        .target(name: "Extraction", dependencies: ["Geometry", "CPoppler"]),
        // Glyphs → words, footnote markers, lines; the parser's settings.
        .target(name: "Layout", dependencies: ["Geometry", .product(name: "Algorithms", package: "swift-algorithms")]),
        // The typed catalogue: products, prices, exact money, ids, its JSON. Knows no parser.
        .target(name: "Catalogue"),
        // Lines → tables → the catalogue: captions, headers, columns, rows, group rows, footnotes,
        // prose; the sheet's words (the vocabulary) as data.
        .target(name: "Tables", dependencies: ["Geometry", "Layout", "Catalogue",
                                               .product(name: "Algorithms", package: "swift-algorithms")],
                resources: [.copy("Vocabulary/vocabulary.json")]),
        // The pipeline as one call over a PDF, streaming pages on every core; the project's error type.
        .target(name: "TariffKit", dependencies: ["Extraction", "Layout", "Tables", "Catalogue",
                                                  .product(name: "Crypto", package: "swift-crypto")]),
        // Two catalogues → matched products and the changes between them, in text, JSON or markdown.
        .target(name: "Diff", dependencies: ["Catalogue"]),
        // A catalogue in the formats billers' and analysts' systems read: TM Forum TMF620, CSV.
        .target(name: "Export", dependencies: ["Catalogue", .product(name: "CSV", package: "CSV.swift")]),
        // A sheet's review report: each page drawn by poppler with what the parser saw on it,
        // beside the catalogue; one self-contained HTML file.
        .target(name: "Review", dependencies: ["Catalogue", "Diff", "Tables", "Geometry", "Extraction"]),
        .executableTarget(name: "tariff", dependencies: [
            "TariffKit", "Tables", "Catalogue", "Diff", "Export", "Review", "AtomicFile",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Sample and test sheets, drawn with cairo + pango.
        .target(name: "Renderer", dependencies: ["CPangoCairo", "AtomicFile"]),
        .executableTarget(name: "tariff-render", dependencies: ["Renderer"]),

        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Geometry", "Extraction", "Renderer", "TestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Layout", "Geometry", "Catalogue", "Extraction", "Renderer",
                                                        "TestSupport"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TariffKit", "Catalogue", "Renderer", "Extraction", "Layout", "Tables",
                                                          "TestSupport", "tariff"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RendererTests", dependencies: ["Renderer"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Catalogue", "TariffKit", "TestSupport", "tariff"]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Catalogue", "TariffKit", "Renderer", "TestSupport", "tariff"]),
        // The review report in a real browser (headless Chromium, driven by scripts/review_browser.py).
        .testTarget(name: "ReviewTests", dependencies: ["Catalogue", "Renderer", "TestSupport", "tariff"]),

        // Test helpers: glyphs, seeded draws, runs of the built tool, and JSON Schema validation
        // by Python's jsonschema (scripts/validate_json.py); and their tests.
        .target(name: "TestSupport", dependencies: ["Geometry"], path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport", "Catalogue"]),

        // Seeded random sheets (style × catalogue) and their expected catalogues, for round-trip tests.
        .target(name: "SheetFixtures", dependencies: ["Renderer", "Catalogue", "Tables", "TariffKit"], path: "Tests/SheetFixtures"),
        // One focused test per parser rule, each on a small sheet drawn for it.
        .testTarget(name: "RuleTests", dependencies: ["SheetFixtures", "Renderer", "Catalogue", "Tables", "TariffKit", "Layout", "Extraction",
                                                      "Geometry", "TestSupport"]),
        .testTarget(name: "RoundTripTests", dependencies: ["SheetFixtures", "Renderer", "Catalogue", "Tables", "TariffKit",
                                                           "TestSupport"],
                    exclude: ["Pinned"]),

        // Fuzzing (make fuzz): the glyph-stream decoder and pipeline harness, the libFuzzer target on
        // it, the seed-corpus writer, and the replay of every input that ever failed.
        .target(name: "FuzzSupport", dependencies: ["Geometry", "Layout", "Tables", "Catalogue"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzLayout", dependencies: ["Layout", "Tables", "Catalogue", "Geometry", "FuzzSupport"], path: "Fuzz/FuzzLayout",
                          swiftSettings: [.enableExperimentalFeature("Extern")]),
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport", "Extraction", "Geometry"], path: "Fuzz/FuzzSeeds"),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzSupport", "Layout", "TestSupport"], path: "Tests/FuzzTests"),
    ]
)
