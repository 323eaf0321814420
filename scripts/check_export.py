#!/usr/bin/env python3
"""Reads back what `tariff export` writes, for the tests (Tests/ExportTests) and for people.

    python3 scripts/check_export.py tmf620 EXPORT.json...
        validates each TMF620 document against TM Forum's own definitions (the Swagger 2.0 file
        in ../shared/tmf620, loaded as the root schema so its `$ref`s resolve within it) and
        each `@type` extension against schemas/tmf620-extension.schema.json, checks that every
        reference names a resource of the document, and prints per file the violations and
        the prices decoded back (money as the literal digits of the JSON number).
    python3 scripts/check_export.py csv [--delimiter D] EXPORT.csv...
        parses each CSV with Python's csv module (strict, UTF-8) and prints its rows.
    python3 scripts/check_export.py calc EXPORT.csv...
        converts the CSVs to .xlsx with LibreOffice Calc (headless, one run for all) and the
        .xlsx files back to CSV (a second run), and prints the rows Calc gives back.

Output is one JSON document on stdout; exit 0 when it could be made, 2 when not (a missing
file, no LibreOffice), with the reason on stderr.
"""

import csv
import decimal
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The shared data where `make test` says (TARIFF_SHARED), else ../shared beside the repository.
SHARED = os.environ.get("TARIFF_SHARED") or os.path.join(ROOT, "..", "shared")
SWAGGER = os.path.join(SHARED, "tmf620", "TMF620-ProductCatalog-v4.1.0.swagger.json")
EXTENSIONS = os.path.join(ROOT, "schemas", "tmf620-extension.schema.json")
DRAFT4 = "http://json-schema.org/draft-04/schema#"
# The document's parts and the TMF620 definition of each of their resources.
PARTS = {"catalog": ("Catalog", False), "category": ("Category", True),
         "productOffering": ("ProductOffering", True), "productOfferingPrice": ("ProductOfferingPrice", True)}


def fail(message):
    sys.stderr.write(f"check_export: {message}\n")
    sys.exit(2)


def load_json(path, **options):
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file, **options)
    except (OSError, ValueError) as error:
        fail(f"cannot read {path}: {error}")


def text(value):
    """A decoded number as the digits it was written with (a Decimal keeps them: 7.50 stays 7.50)."""
    return str(value) if isinstance(value, (decimal.Decimal, int)) and not isinstance(value, bool) else value


def tmf620_validators():
    import jsonschema
    swagger = load_json(SWAGGER)
    # TM Forum's file is the root document, so "#/definitions/…" resolves within it.
    root = dict(swagger)
    root.update({"$schema": DRAFT4, "type": "object", "additionalProperties": False,
                 "required": list(PARTS),
                 "properties": {part: ({"type": "array", "items": {"$ref": f"#/definitions/{name}"}} if many
                                       else {"$ref": f"#/definitions/{name}"})
                                for part, (name, many) in PARTS.items()}})
    jsonschema.Draft4Validator.check_schema(root)
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    extensions = load_json(EXTENSIONS)
    jsonschema.Draft4Validator.check_schema(extensions)
    return (jsonschema.Draft4Validator(root, format_checker=checker),
            lambda name: jsonschema.Draft4Validator({**extensions, "$ref": f"#/definitions/{name}"},
                                                    format_checker=checker),
            set(extensions["definitions"]))


def pointer(path):
    return "".join("/" + str(token) for token in path) or "(root)"


def typed_objects(value, path=()):
    """Every object in the document that names an `@type`, with its location."""
    if isinstance(value, dict):
        if "@type" in value:
            yield path, value
        for key, member in value.items():
            yield from typed_objects(member, path + (key,))
    elif isinstance(value, list):
        for index, member in enumerate(value):
            yield from typed_objects(member, path + (index,))


def reference_errors(document):
    """References that name no resource of the document, ids given twice, prices nobody offers."""
    errors = []
    ids = {}
    for part in ("category", "productOffering", "productOfferingPrice"):
        ids[part] = [resource.get("id") for resource in document.get(part, [])]
        if len(set(ids[part])) != len(ids[part]):
            errors.append(f"/{part}: an id is given twice")
    offered = []
    for index, offering in enumerate(document.get("productOffering", [])):
        for ref in offering.get("productOfferingPrice", []):
            offered.append(ref.get("id"))
            if ref.get("id") not in ids["productOfferingPrice"]:
                errors.append(f"/productOffering/{index}: price {ref.get('id')} is not in the document")
        for ref in offering.get("category", []):
            if ref.get("id") not in ids["category"]:
                errors.append(f"/productOffering/{index}: category {ref.get('id')} is not in the document")
    if sorted(offered) != sorted(ids["productOfferingPrice"]):
        errors.append("/productOfferingPrice: not every price is offered exactly once")
    for ref in document.get("catalog", {}).get("category", []):
        if ref.get("id") not in ids["category"]:
            errors.append(f"/catalog: category {ref.get('id')} is not in the document")
    return errors


def decoded_prices(document):
    """Each offering's prices as facts, in the document's order, money as its literal digits."""
    prices = {price.get("id"): price for price in document.get("productOfferingPrice", [])}
    result = []
    for offering in document.get("productOffering", []):
        for ref in offering.get("productOfferingPrice", []):
            price = prices.get(ref.get("id"), {})
            terms = price.get("productOfferingTerm", [])
            result.append({
                "product": offering.get("id"), "id": price.get("id"), "name": price.get("name"),
                "label": price.get("label"), "priceType": price.get("priceType"),
                "unit": price.get("recurringChargePeriodType") or price.get("unitOfMeasure", {}).get("units"),
                "periodLength": text(price.get("recurringChargePeriodLength")),
                "termMonths": text(terms[0]["duration"]["amount"]) if terms else None,
                "currency": price.get("price", {}).get("unit"),
                "amount": text(price.get("price", {}).get("value")),
                "min": text(price.get("priceRange", {}).get("min", {}).get("value")),
                "max": text(price.get("priceRange", {}).get("max", {}).get("value")),
                "onRequest": price.get("onRequest", False), "per": price.get("per"),
                "vatIncluded": price["tax"][0]["included"] if price.get("tax") else None,
                "startDateTime": price.get("validFor", {}).get("startDateTime"),
            })
    return result


def check_tmf620(paths):
    validator, extension, known = tmf620_validators()
    files = []
    for path in paths:
        document = load_json(path, parse_float=decimal.Decimal)
        errors = [f"{pointer(e.absolute_path)}: {e.message}"
                  for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]
        for location, value in typed_objects(document):
            name = value["@type"]
            if name not in known:
                errors.append(f"{pointer(location)}: @type {name} is not a documented extension")
                continue
            errors += [f"{pointer(location + tuple(e.absolute_path))}: {e.message}" for e in extension(name).iter_errors(value)]
        errors += reference_errors(document) if isinstance(document, dict) else []
        files.append({"file": path, "errors": errors,
                      "typed": len(list(typed_objects(document))),
                      "prices": decoded_prices(document) if isinstance(document, dict) else []})
    return {"files": files}


def read_csv(path, delimiter=","):
    try:
        with open(path, encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file, delimiter=delimiter, strict=True))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        fail(f"cannot read {path} as CSV: {error}")


def check_csv(arguments):
    delimiter = ","
    if arguments[:1] == ["--delimiter"]:
        delimiter, arguments = arguments[1], arguments[2:]
    return {"files": [{"file": path, "rows": read_csv(path, delimiter)} for path in arguments]}


def soffice(arguments, workdir):
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if not program:
        fail("LibreOffice is not installed (make deps installs libreoffice-calc)")
    # A profile of its own, so a LibreOffice running elsewhere on the machine cannot block this one.
    profile = "file://" + os.path.join(workdir, "profile")
    run = subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore"] + arguments,
                         cwd=workdir, capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        fail(f"LibreOffice failed ({run.returncode}): {run.stderr.strip() or run.stdout.strip()}")


def check_calc(paths):
    with tempfile.TemporaryDirectory(prefix="check_export-") as workdir:
        names = []
        for path in paths:
            name = os.path.basename(path)
            shutil.copyfile(path, os.path.join(workdir, name))
            names.append(name)
        # Import: comma, double quote, UTF-8 (76), from line 1, English (US) numbers (1033),
        # quoted fields not forced to text, no dates or other "special numbers" guessed from text.
        os.makedirs(os.path.join(workdir, "xlsx"))
        soffice(["--infilter=CSV:44,34,76,1,,1033,false,false", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                 "--outdir", "xlsx"] + names, workdir)
        books = [os.path.join("xlsx", os.path.splitext(name)[0] + ".xlsx") for name in names]
        for book in books:
            with open(os.path.join(workdir, book), "rb") as file:
                if file.read(2) != b"PK":
                    fail(f"{book} is not an .xlsx (zip) file")
        os.makedirs(os.path.join(workdir, "back"))
        soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033", "--outdir", "back"] + books, workdir)
        return {"files": [{"file": path, "rows": read_csv(os.path.join(workdir, "back", os.path.splitext(name)[0] + ".csv"))}
                          for path, name in zip(paths, names)]}


def main(arguments):
    if len(arguments) < 2 or arguments[0] not in ("tmf620", "csv", "calc"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, rest = arguments[0], arguments[1:]
    result = check_tmf620(rest) if command == "tmf620" else check_csv(rest) if command == "csv" else check_calc(rest)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
