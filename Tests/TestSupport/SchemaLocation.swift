import Foundation

/// The package's root folder (the one holding Package.swift), found from this source file's path.
public func packageRootDirectory() -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
}

/// The package's schemas/ folder, holding catalogue.schema.json and diff.schema.json.
public func schemasDirectory() -> URL {
    packageRootDirectory().appendingPathComponent("schemas", isDirectory: true)
}

/// The URL of the schema file `<name>.schema.json` in `schemasDirectory()`.
public func schemaURL(named name: String) -> URL {
    schemasDirectory().appendingPathComponent("\(name).schema.json")
}
