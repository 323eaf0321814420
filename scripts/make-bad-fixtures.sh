#!/usr/bin/env bash
# Regenerates the committed bad-input fixtures in Tests/EndToEndTests/Fixtures/bad/.
# Needs qpdf (Debian: qpdf) once; tests and CI only read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Tests/EndToEndTests/Fixtures/bad
# Encrypted: the sample sheet behind a user password.
qpdf --encrypt secret owner 256 -- Samples/connext-voice.pdf "$out/encrypted.pdf"
# No text layer: a page that only draws (what a scan without OCR looks like to a text extractor).
python3 - "$out/no-text-layer.pdf" <<'PY'
import sys
content = b"0.2 0.2 0.2 rg 72 700 300 40 re f 72 600 450 2 re f"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]
pdf = b"%PDF-1.4\n"
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(pdf)
PY
