import Foundation

extension JSONSchemaValidator {
    func objectFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let members = instance.objectMembers else { return [] }
        var found: [Failure] = []
        for name in schema["required"]?.arrayElements?.compactMap(\.stringValue) ?? [] where instance[name] == nil {
            found.append(Failure(path: path, message: "missing required property \"\(name)\""))
        }
        if let minimum = schema["minProperties"]?.decimalValue, Decimal(members.count) < minimum {
            found.append(Failure(path: path, message: "fewer than \(minimum) properties"))
        }
        let declared = schema["properties"]
        for (key, value) in members {
            let here = appending(path, key)
            if let propertySchema = declared?[key] {
                found += failures(value, propertySchema, at: here)
            } else if let additional = schema["additionalProperties"] {
                found += additionalFailures(value, additional, key: key, at: here)
            }
        }
        return found
    }

    private func additionalFailures(_ value: JSONValue, _ additional: JSONValue, key: String, at path: String) -> [Failure] {
        if case .bool(false) = additional {
            return [Failure(path: path, message: "property \"\(key)\" is not allowed")]
        }
        return failures(value, additional, at: path)
    }

    func arrayFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let elements = instance.arrayElements else { return [] }
        var found: [Failure] = []
        if let minimum = schema["minItems"]?.decimalValue, Decimal(elements.count) < minimum {
            found.append(Failure(path: path, message: "fewer than \(minimum) items"))
        }
        if case .bool(true) = schema["uniqueItems"], let index = firstDuplicate(in: elements) {
            found.append(Failure(path: appending(path, String(index)), message: "duplicate of an earlier item"))
        }
        if let itemSchema = schema["items"] {
            for (index, element) in elements.enumerated() {
                found += failures(element, itemSchema, at: appending(path, String(index)))
            }
        }
        return found
    }

    private func firstDuplicate(in elements: [JSONValue]) -> Int? {
        elements.indices.first { index in
            elements[..<index].contains { $0.schemaEquals(elements[index]) }
        }
    }

    func combinatorFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        var found: [Failure] = []
        for subschema in schema["allOf"]?.arrayElements ?? [] {
            found += failures(instance, subschema, at: path)
        }
        if let alternatives = schema["anyOf"]?.arrayElements {
            found += anyOfFailures(instance, alternatives, at: path)
        }
        if let alternatives = schema["oneOf"]?.arrayElements {
            found += oneOfFailures(instance, alternatives, at: path)
        }
        if let negated = schema["not"], matches(instance, negated, at: path) {
            found.append(Failure(path: path, message: "must not match \(negated.compactText)"))
        }
        return found
    }

    private func anyOfFailures(_ instance: JSONValue, _ alternatives: [JSONValue], at path: String) -> [Failure] {
        let results = alternatives.map { failures(instance, $0, at: path) }
        guard !results.contains(where: \.isEmpty) else { return [] }
        return [Failure(path: path, message: "matches none of the \(alternatives.count) anyOf alternatives")]
            + closest(results)
    }

    private func oneOfFailures(_ instance: JSONValue, _ alternatives: [JSONValue], at path: String) -> [Failure] {
        let results = alternatives.map { failures(instance, $0, at: path) }
        let matching = results.indices.filter { results[$0].isEmpty }
        switch matching.count {
        case 1:
            return []
        case 0:
            return [Failure(path: path, message: "matches none of the \(alternatives.count) oneOf alternatives")]
                + closest(results)
        default:
            let list = matching.map { "#\($0)" }.joined(separator: ", ")
            return [Failure(path: path, message: "matches \(matching.count) oneOf alternatives (\(list)); exactly one is allowed")]
        }
    }

    /// The failures of the alternative that came nearest to matching, marked as such.
    private func closest(_ results: [[Failure]]) -> [Failure] {
        guard let best = results.min(by: { $0.count < $1.count }) else { return [] }
        return best.map { Failure(path: $0.path, message: "(closest alternative) " + $0.message) }
    }

    func conditionalFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let condition = schema["if"] else { return [] }
        let branch = matches(instance, condition, at: path) ? schema["then"] : schema["else"]
        return branch.map { failures(instance, $0, at: path) } ?? []
    }
}
