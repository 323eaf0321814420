import Catalogue
import Foundation
import TariffKit
import Testing
import TestSupport

/// scripts/check_export.py, which reads the exports back with other tools than the ones that
/// wrote them: Python's jsonschema against TM Forum's TMF620 definitions, Python's csv module,
/// LibreOffice Calc.
enum ExportCheck {
    /// One TMF620 document as the script decoded it.
    struct TMF620File: Decodable {
        var file: String
        var errors: [String]
        /// Objects carrying an `@type`, each checked against its extension's definition.
        var typed: Int
        var prices: [DecodedPrice]
    }

    /// A price read back from a TMF620 document; money as the digits of its JSON number.
    struct DecodedPrice: Decodable, Equatable {
        var product: String?
        var id: String?
        var name: String?
        var label: String?
        var priceType: String?
        var unit: String?
        var periodLength: String?
        var termMonths: String?
        var currency: String?
        var amount: String?
        var min: String?
        var max: String?
        var onRequest: Bool
        var per: String?
        var vatIncluded: Bool?
        var startDateTime: String?
    }

    struct CSVFile: Decodable {
        var file: String
        var rows: [[String: String]]
    }

    private struct Files<File: Decodable>: Decodable { var files: [File] }

    static func tmf620(_ paths: [String]) throws -> [TMF620File] { try run(["tmf620"] + paths, as: TMF620File.self) }

    static func csv(_ paths: [String], delimiter: String = ",") throws -> [CSVFile] {
        try run(["csv", "--delimiter", delimiter] + paths, as: CSVFile.self)
    }

    /// The CSVs through LibreOffice Calc: to .xlsx and back to CSV, all files in one run each way.
    static func calc(_ paths: [String]) throws -> [CSVFile] { try run(["calc"] + paths, as: CSVFile.self) }

    private static func run<File: Decodable>(_ arguments: [String], as: File.Type) throws -> [File] {
        let script = packageRootDirectory().appendingPathComponent("scripts/check_export.py").path
        let run = try ToolRun.run("/usr/bin/env", ["python3", script] + arguments)
        guard run.status == 0 else { throw CheckFailure("check_export.py \(arguments[0]) exited \(run.status): \(run.stderr)") }
        return try JSONDecoder().decode(Files<File>.self, from: Data(run.stdout.utf8)).files
    }

    struct CheckFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// The sample sheets, read by the real pipeline (poppler), and the exports of them the built
/// tool writes, made once for all the tests.
enum SampleExports {
    struct Sample: Sendable {
        var name: String
        var pdf: String
        var catalogue: Catalogue
        var tmf620: String
        var csv: String
    }

    static let root = packageRootDirectory()

    static let folder: URL = (try? ScratchFolder.folder("export")) ?? ScratchFolder.root

    /// Every Samples/*.pdf, in name order.
    static let pdfs: [String] = {
        let folder = root.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    static let all: Result<[Sample], any Error> = Result {
        try pdfs.map { pdf in
            let name = URL(fileURLWithPath: pdf).deletingPathExtension().lastPathComponent
            let catalogue = try Ingestor().ingest(path: pdf).catalogue
            let tmf620 = folder.appendingPathComponent("\(name).tmf620.json").path
            let csv = folder.appendingPathComponent("\(name).csv").path
            for (format, target) in [("tmf620", tmf620), ("csv", csv)] {
                let run = try ToolRun.tariff(["export", pdf, "--format", format, "-o", target])
                guard run.status == 0, run.stderr.isEmpty else {
                    throw ExportCheck.CheckFailure("export \(name) --format \(format): \(run.status) \(run.stderr)")
                }
            }
            return Sample(name: name, pdf: pdf, catalogue: catalogue, tmf620: tmf620, csv: csv)
        }
    }

    static func samples() throws -> [Sample] {
        let samples = try all.get()
        try #require(samples.count == pdfs.count && !samples.isEmpty)
        return samples
    }
}

extension Price {
    /// The amount cells a price has: amount, or min and max; none for "op aanvraag".
    var amountTexts: (amount: String?, min: String?, max: String?) {
        switch value {
        case .amount(let money): (money.description, nil, nil)
        case .range(let low, let high): (nil, low.description, high.description)
        case .onRequest: (nil, nil, nil)
        }
    }

    /// The period of a recurring price or the unit of a usage price.
    var unitText: String? {
        switch type {
        case .recurring(let period): period
        case .usage(let unit): unit
        case .oneTime: nil
        }
    }
}
