import Foundation

extension JSONSchemaValidator {
    /// Every violation of `schema` by `instance`, which sits at `path`.
    func failures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        switch schema {
        case .bool(true): return []
        case .bool(false): return [Failure(path: path, message: "no value is allowed here")]
        default: break
        }
        return referenceFailures(instance, schema, at: path)
            + typeFailures(instance, schema, at: path)
            + valueFailures(instance, schema, at: path)
            + stringFailures(instance, schema, at: path)
            + numberFailures(instance, schema, at: path)
            + objectFailures(instance, schema, at: path)
            + arrayFailures(instance, schema, at: path)
            + combinatorFailures(instance, schema, at: path)
            + conditionalFailures(instance, schema, at: path)
    }

    /// True when `instance` satisfies `schema`.
    func matches(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> Bool {
        failures(instance, schema, at: path).isEmpty
    }

    private func referenceFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let reference = schema["$ref"]?.stringValue, let target = resolve(reference, in: self.schema) else { return [] }
        return failures(instance, target, at: path)
    }

    private func typeFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let type = schema["type"] else { return [] }
        let names = (type.arrayElements ?? [type]).compactMap(\.stringValue)
        let ok = names.contains { name in
            name == instance.typeName || (name == "integer" && instance.isInteger)
        }
        if ok { return [] }
        let actual = instance.typeName == "number" && instance.isInteger ? "integer" : instance.typeName
        return [Failure(path: path, message: "expected \(names.joined(separator: " or ")), found \(actual) \(brief(instance))")]
    }

    private func valueFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        var found: [Failure] = []
        if let constant = schema["const"], !instance.schemaEquals(constant) {
            found.append(Failure(path: path, message: "expected \(constant.compactText), found \(brief(instance))"))
        }
        if let options = schema["enum"]?.arrayElements, !options.contains(where: instance.schemaEquals) {
            let list = options.map(\.compactText).joined(separator: ", ")
            found.append(Failure(path: path, message: "\(brief(instance)) is not one of \(list)"))
        }
        return found
    }

    private func stringFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let string = instance.stringValue else { return [] }
        var found: [Failure] = []
        if let minimum = schema["minLength"]?.decimalValue, Decimal(string.unicodeScalars.count) < minimum {
            found.append(Failure(path: path, message: "string shorter than \(minimum) characters"))
        }
        if let source = schema["pattern"]?.stringValue, let regex = patterns[source],
           regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil {
            found.append(Failure(path: path, message: "\(brief(instance)) does not match pattern \(source)"))
        }
        return found
    }

    private func numberFailures(_ instance: JSONValue, _ schema: JSONValue, at path: String) -> [Failure] {
        guard let value = instance.decimalValue, let minimum = schema["minimum"]?.decimalValue, value < minimum else {
            return []
        }
        return [Failure(path: path, message: "\(brief(instance)) is less than the minimum \(minimum)")]
    }

    private func brief(_ instance: JSONValue) -> String {
        let text = instance.compactText
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
