// swift-tools-version:6.0
// One library target a pipeline stage, data flowing one way:
// Extraction (poppler) → Layout → Tables → Catalogue → Diff, glued by TariffKit, driven by the thin `tariff` CLI.
// The Renderer (cairo + pango) draws sample and test sheets; the CLI never links it.
import PackageDescription

let package = Package(
    name: "tariff",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tariff", targets: ["tariff"]),
        .executable(name: "tariff-render", targets: ["tariff-render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries, through pkg-config (Debian: libpoppler-glib-dev, libpango1.0-dev, libcairo2-dev).
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),

        // Plain geometry and text types shared by every stage.
        .target(name: "Geometry"),
        // PDF → glyphs with boxes and fonts. The only code that touches poppler.
        .target(name: "Extraction", dependencies: ["Geometry", "CPoppler"]),
        // Glyphs → words, footnote markers, lines.
        .target(name: "Layout", dependencies: ["Geometry"]),
        // Lines → tables: captions, headers, price columns, rows, group rows, footnotes, prose.
        .target(name: "Tables", dependencies: ["Geometry", "Layout"]),
        // Parsed tables → typed catalogue: money, labels, ids, JSON.
        .target(name: "Catalogue", dependencies: ["Geometry", "Tables", .product(name: "Crypto", package: "swift-crypto")]),
        // The pipeline as one call, and the project's error type.
        .target(name: "TariffKit", dependencies: ["Extraction", "Layout", "Tables", "Catalogue"]),
        // Two catalogues → matched products and the changes between them, in text, JSON or markdown.
        .target(name: "Diff", dependencies: ["Catalogue"]),
        .executableTarget(name: "tariff", dependencies: [
            "TariffKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            "Diff",
        ]),

        // Sample and test sheets, drawn with cairo + pango.
        .target(name: "Renderer", dependencies: ["CPangoCairo"]),
        .executableTarget(name: "tariff-render", dependencies: ["Renderer"]),

        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Geometry", "Extraction", "Renderer", "TestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Layout", "Geometry", "Extraction", "Renderer", "TestSupport"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Tables", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TariffKit", "Catalogue", "Renderer", "Extraction", "Layout", "Tables",
                                                          "TestSupport", "tariff"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RendererTests", dependencies: ["Renderer"]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Catalogue", "TariffKit", "Renderer", "TestSupport", "tariff"]),

        // A small JSON Schema validator for tests, and its own tests.
        .target(name: "TestSupport", dependencies: ["Geometry"], path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),

        // Seeded random sheets (style × catalogue) and their expected catalogues, for round-trip tests.
        .target(name: "SheetFixtures", dependencies: ["Renderer", "Catalogue", "Tables", "TariffKit"], path: "Tests/SheetFixtures"),
        .testTarget(name: "RoundTripTests", dependencies: ["SheetFixtures", "Renderer", "Catalogue", "Tables", "TariffKit"],
                    exclude: ["Pinned"]),

        // Fuzzing (make fuzz): the glyph-stream decoder and pipeline harness, the libFuzzer target on
        // it, the seed-corpus writer, and the replay of every input that ever failed.
        .target(name: "FuzzSupport", dependencies: ["Geometry", "Layout", "Tables", "Catalogue"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzLayout", dependencies: ["Layout", "Tables", "Catalogue", "Geometry", "FuzzSupport"], path: "Fuzz/FuzzLayout",
                          swiftSettings: [.enableExperimentalFeature("Extern")]),
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport", "Extraction", "Geometry"], path: "Fuzz/FuzzSeeds"),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzSupport", "TestSupport"], path: "Tests/FuzzTests"),
    ]
)
