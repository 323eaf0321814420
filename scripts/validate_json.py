#!/usr/bin/env python3
"""Validates catalogue and diff JSON against schemas/*.schema.json with the `jsonschema` package.

For people, one schema and any number of files (`-` reads standard input):

    python3 scripts/validate_json.py catalogue Output/*.json
    tariff diff old.pdf new.pdf --format json | python3 scripts/validate_json.py diff -

prints `FILE: valid`, or one line per violation (`FILE: /products/3/prices/0/amount: …`), and
exits 0 when every file is valid, 1 when one is not, 2 on a usage error or an unreadable file.

For the Swift tests (Tests/TestSupport/SchemaValidation.swift), `--serve` keeps one process
running so a test pays Python's start-up once per test process, not once per document. It
reads one request a line on standard input, a JSON object:

    {"schema": "catalogue", "document": "<JSON text>"}   (or "path": "/a/file.json")

where "schema" may also be a schema object itself (a variant of a shipped schema), and answers
each with one line: {"errors": [...]} (empty: valid), or {"failure": "..."} when the request
itself could not be served (unknown schema, unreadable file). It ends at the end of its input.

A document is read strictly: duplicate keys and NaN or Infinity make it invalid, since a JSON
reader elsewhere may keep either duplicate or refuse the text.
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMAS = os.path.join(ROOT, "schemas")
# A message naming a large value (a whole product under `oneOf`) is cut to stay one readable line.
MESSAGE_LIMIT = 240
MISSING = ("validate_json: the Python package jsonschema is missing: run `make deps` "
           "(or `python3 -m pip install jsonschema`)")

try:
    import jsonschema
    import jsonschema.validators
except ImportError:
    sys.stderr.write(MISSING + "\n")
    sys.exit(3)


class RequestFailure(Exception):
    """A request that cannot be answered with a list of violations."""


def strict_object(pairs):
    """A JSON object from its members, refusing a key that appears twice."""
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {json.dumps(key)}")
        result[key] = value
    return result


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def parse_document(text):
    """The document, or the one violation saying why it is not JSON."""
    try:
        return json.loads(text, object_pairs_hook=strict_object, parse_constant=refuse_constant), None
    except ValueError as error:  # json.JSONDecodeError is one
        return None, f"(root): not valid JSON: {error}"


def pointer(path):
    """The JSON pointer of a location given as keys and indices; "(root)" for the document."""
    if not path:
        return "(root)"
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path)


def shortened(message):
    return message if len(message) <= MESSAGE_LIMIT else message[:MESSAGE_LIMIT - 1] + "…"


class Validators:
    """Compiled validators, one per shipped schema, built on first use and kept."""

    def __init__(self):
        self.named = {}

    def for_schema(self, schema):
        if isinstance(schema, dict):
            return self.compile(schema)
        if not isinstance(schema, str) or not schema.isidentifier():
            raise RequestFailure(f"schema must be a name or a schema object, not {json.dumps(schema)}")
        if schema not in self.named:
            path = os.path.join(SCHEMAS, f"{schema}.schema.json")
            try:
                with open(path, encoding="utf-8") as file:
                    self.named[schema] = self.compile(json.load(file))
            except FileNotFoundError as error:
                raise RequestFailure(f"unknown schema {schema!r} (no schemas/{schema}.schema.json)") from error
        return self.named[schema]

    @staticmethod
    def compile(schema):
        """A validator for the draft the schema declares (2020-12 when it declares none)."""
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            cls.check_schema(schema)
        except jsonschema.SchemaError as error:
            raise RequestFailure(f"the schema itself is invalid: {shortened(error.message)}") from error
        return cls(schema)


def violations(validator, text):
    """Every violation of the document text, `POINTER: message`, ordered by location."""
    document, not_json = parse_document(text)
    if not_json:
        return [not_json]
    # Siblings share a parent, so two paths differ first where both hold keys or both indices.
    errors = sorted(validator.iter_errors(document), key=lambda e: (list(e.absolute_path), e.message))
    return [f"{pointer(e.absolute_path)}: {shortened(e.message)}" for e in errors]


def read_text(path):
    try:
        if path == "-":
            return sys.stdin.buffer.read().decode("utf-8", errors="replace")
        with open(path, "rb") as file:
            return file.read().decode("utf-8", errors="replace")
    except OSError as error:
        raise RequestFailure(f"cannot read {path}: {error.strerror}") from error


def answer(validators, line):
    """The response object to one request line."""
    try:
        request = json.loads(line)
        if not isinstance(request, dict):
            raise RequestFailure("a request is a JSON object")
        validator = validators.for_schema(request.get("schema"))
        if isinstance(request.get("document"), str):
            text = request["document"]
        elif isinstance(request.get("path"), str):
            text = read_text(request["path"])
        else:
            raise RequestFailure('a request needs "document" (JSON text) or "path"')
        return {"errors": violations(validator, text)}
    except RequestFailure as failure:
        return {"failure": str(failure)}
    except ValueError as error:
        return {"failure": f"the request is not JSON: {error}"}


def serve():
    validators = Validators()
    for line in iter(sys.stdin.buffer.readline, b""):
        if not line.strip():
            continue
        response = json.dumps(answer(validators, line.decode("utf-8", errors="replace")))
        sys.stdout.buffer.write(response.encode("ascii") + b"\n")
        sys.stdout.buffer.flush()
    return 0


def check_files(schema, paths):
    try:
        validator = Validators().for_schema(schema)
    except RequestFailure as failure:
        print(f"validate_json: {failure}", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        try:
            found = violations(validator, read_text(path))
        except RequestFailure as failure:
            print(f"validate_json: {failure}", file=sys.stderr)
            status = 2
            continue
        for line in found or ["valid"]:
            print(f"{path}: {line}")
        if found and status == 0:
            status = 1
    return status


def main(arguments):
    if arguments == ["--serve"]:
        return serve()
    if len(arguments) < 2 or arguments[0].startswith("-"):
        print("usage: validate_json.py SCHEMA FILE...   (SCHEMA: catalogue or diff; FILE may be -)\n"
              "       validate_json.py --serve          (requests on stdin, one JSON line each)", file=sys.stderr)
        return 2
    return check_files(arguments[0], arguments[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
