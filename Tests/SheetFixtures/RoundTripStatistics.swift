import Foundation

/// Failure rates over many round trips: per knob value, per cause, and the time per case.
public struct RoundTripStatistics: Sendable {
    private var total: [Knob: Int] = [:]
    private var failed: [Knob: Int] = [:]
    private var causes: [String: [UInt64]] = [:]
    /// Cases with a cause, per knob value: which styles a cause comes with.
    private var causeKnobs: [String: [Knob: Int]] = [:]
    /// Cases per heuristic root cause (`FailureDiagnosis`), with their seeds.
    private var diagnoses: [String: [UInt64]] = [:]
    private var renderSeconds: [Double] = []
    private var ingestSeconds: [Double] = []
    private var renders = 0
    public private(set) var cases = 0
    public private(set) var failures = 0
    /// Cases read otherwise only where the parser warned the sheet does not show its amount
    /// placement, and read exactly once drawn with rules (`RoundTripOutcome.ambiguousAsDrawn`).
    public private(set) var ambiguous = 0

    /// No cases yet.
    public init() {}

    /// Counts one case.
    public mutating func add(_ outcome: RoundTripOutcome) {
        cases += 1
        renders += outcome.renders
        renderSeconds.append(outcome.renderSeconds)
        ingestSeconds.append(outcome.ingestSeconds)
        if outcome.ambiguousAsDrawn { ambiguous += 1 }
        let failed = !outcome.passed && !outcome.ambiguousAsDrawn
        if failed { failures += 1 }
        for knob in outcome.sheet.knobs {
            total[knob, default: 0] += 1
            if failed { self.failed[knob, default: 0] += 1 }
        }
        guard failed else { return }
        for diagnosis in FailureDiagnosis.diagnose(outcome) {
            diagnoses[diagnosis, default: []].append(outcome.case.seed)
            for knob in outcome.sheet.knobs { causeKnobs["diagnosis: " + diagnosis, default: [:]][knob, default: 0] += 1 }
        }
        for cause in outcome.causes {
            causes[cause, default: []].append(outcome.case.seed)
            for knob in outcome.sheet.knobs { causeKnobs[cause, default: [:]][knob, default: 0] += 1 }
        }
    }

    /// A readable summary: failures, the causes by count with example seeds, the failure rate of
    /// every knob value, and timings.
    public func summary() -> String {
        guard cases > 0 else { return "no cases" }
        var lines = ["round trip: \(failures) of \(cases) cases failed (\(percent(failures, cases)))"
            + (ambiguous > 0 ? "; \(ambiguous) read otherwise where the parser warned the sheet does not show its amount placement, exact once ruled" : "")]
        if !diagnoses.isEmpty {
            lines.append("likely root causes (heuristic, FailureDiagnosis; a case may have several):")
            for (diagnosis, seeds) in diagnoses.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                lines.append("  \(pad(String(seeds.count), 5)) \(diagnosis)   e.g. seeds \(seeds.prefix(3).map(String.init).joined(separator: ", "))")
                lines.append("        most with: " + lift("diagnosis: " + diagnosis, count: seeds.count))
            }
        }
        if !causes.isEmpty {
            lines.append("differences (cases with that kind of difference; a case may have several):")
            for (cause, seeds) in causes.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                lines.append("  \(pad(String(seeds.count), 5)) \(cause)   e.g. seeds \(seeds.prefix(3).map(String.init).joined(separator: ", "))")
            }
        }
        lines.append("knob values most associated with each difference (its rate among cases with that value, vs overall):")
        for (cause, seeds) in causes.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(12) {
            lines.append("  \(cause): " + lift(cause, count: seeds.count))
        }
        lines.append("failure rate per knob value (failed/total):")
        let names = Set(total.keys.map(\.name)).sorted()
        for name in names {
            let values = total.keys.filter { $0.name == name }.sorted()
            let cells = values.map { knob in
                "\(knob.value) \(failed[knob] ?? 0)/\(total[knob]!) (\(percent(failed[knob] ?? 0, total[knob]!)))"
            }
            lines.append("  \(pad(name, 26)) " + cells.joined(separator: "  "))
        }
        lines.append(String(format: "time per case: render %.1f ms (p95 %.1f), ingest %.1f ms (p95 %.1f), %.2f renders a case",
                            mean(renderSeconds) * 1000, p95(renderSeconds) * 1000,
                            mean(ingestSeconds) * 1000, p95(ingestSeconds) * 1000, Double(renders) / Double(cases)))
        return lines.joined(separator: "\n")
    }

    /// The knob values (seen in 10 cases or more) under which `key` is at least 1.5 times as
    /// frequent as overall, highest first.
    private func lift(_ key: String, count: Int) -> String {
        let overall = Double(count) / Double(cases)
        let lifted = (causeKnobs[key] ?? [:]).compactMap { knob, hits -> (Knob, Double)? in
            let seen = total[knob] ?? 0
            guard seen >= 10 else { return nil }
            return (knob, Double(hits) / Double(seen))
        }.filter { $0.1 >= 1.5 * overall }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(4)
        let text = lifted.map { "\($0.0) \(Int(($0.1 * 100).rounded()))%" }.joined(separator: ", ")
        return "(overall \(Int((overall * 100).rounded()))%) " + (text.isEmpty ? "no knob stands out" : text)
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        "\(Int((100 * Double(part) / Double(max(whole, 1))).rounded()))%"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    private func p95(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    }
}
