#!/usr/bin/env python3
"""Mutation fuzzing of `tariff ingest` over the sample and foreign PDFs.

Each execution takes a base PDF, applies one to three mutations (byte flips, truncation with
or without a new %%EOF, an object spliced in from another file, a duplicated object, broken
xref offsets or startxref, wrong stream lengths, huge numbers, deleted or repeated chunks),
and runs the release `tariff ingest MUTANT -o OUT` with a timeout. It is a failure when:

  * the tool is killed by a signal, or runs past the timeout;
  * it exits with anything but 0 or 2;
  * it exits 2 with other than exactly one stderr line `tariff: MUTANT: reason`;
  * it exits 0 and the output file is missing or not JSON;
  * a library's own diagnostics reach stderr (GLib criticals, poppler's "Syntax Error"):
    they mean a misused library and would bury the tool's one line.

Every failing input is saved to Tests/EndToEndTests/Fixtures/fuzz/<what failed>-<hash>.pdf,
where FuzzRegressionTests replays it. Mutant i of seed S is always the same bytes:
`--seed S --only i` rebuilds and reruns one. Bases are the PDFs as committed plus, when qpdf
is installed, uncompressed copies (qpdf --qdf), so mutations also reach content streams.

    nice -n 10 python3 scripts/fuzz_pdf.py --seconds 600 --seed 1
"""

import argparse
import glob
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(ROOT, ".build-fuzz-release/release/tariff")
DEFAULT_OUT = os.path.join(ROOT, "Tests/EndToEndTests/Fixtures/fuzz")
BASE_GLOBS = ["Samples/*.pdf", "Tests/EndToEndTests/Fixtures/foreign/*.pdf"]

OBJECT = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.S)
NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
XREF_ENTRY = re.compile(rb"\d{10} \d{5} [nf]")
STARTXREF = re.compile(rb"startxref\s+(\d+)")
LENGTH = re.compile(rb"/Length\s+(\d+)")
# GLib's log format ("(process:123): GLib-GObject-CRITICAL **: …") and poppler's own messages.
LIBRARY_NOISE = re.compile(r"^\(process:\d+\)|\*\*: |^(Syntax )?(Error|Warning)\b|CRITICAL|^\*\*")
HUGE = [b"1e308", b"99999999999999999999999999", b"-2147483649", b"4294967296", b"1e-400",
        b"-0", b"NaN", b"inf", b"340282366920938463463374607431768211457", b"0.000000000000000001",
        b"9223372036854775808", b"-99999999999"]


def load_bases(workdir):
    """The committed PDFs, and qpdf's uncompressed rewrite of each when qpdf is present."""
    paths = sorted(p for g in BASE_GLOBS for p in glob.glob(os.path.join(ROOT, g)))
    bases = [(os.path.basename(p), open(p, "rb").read()) for p in paths]
    if shutil.which("qpdf"):
        for path in paths:
            out = os.path.join(workdir, "qdf-" + os.path.basename(path))
            # --static-id: the same bytes every run, so mutants stay reproducible.
            done = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--static-id", path, out],
                                  capture_output=True)
            if done.returncode in (0, 3) and os.path.exists(out):
                bases.append(("qdf-" + os.path.basename(path), open(out, "rb").read()))
    return bases


# Mutations: each takes (rng, data, bases) and returns (new data, short description).

def flip_bytes(rng, data, _bases):
    data = bytearray(data)
    count = rng.choice([1, 2, 4, 8, 16, 64])
    for _ in range(count):
        at = rng.randrange(len(data))
        data[at] = data[at] ^ (1 << rng.randrange(8)) if rng.random() < 0.5 else rng.randrange(256)
    return bytes(data), "flip%d" % count


def truncate(rng, data, _bases):
    at = rng.randrange(1, len(data))
    if rng.random() < 0.5:
        return data[:at], "truncate@%d" % at
    return data[:at] + b"\n%%EOF\n", "truncate+eof@%d" % at


def splice_object(rng, data, bases):
    donor_name, donor = rng.choice(bases)
    objects = list(OBJECT.finditer(donor))
    targets = list(OBJECT.finditer(data))
    if not objects or not targets:
        return flip_bytes(rng, data, bases)
    piece = rng.choice(objects).group(0)
    target = rng.choice(targets)
    if rng.random() < 0.5:  # replace an object of the target with the donor's
        return data[:target.start()] + piece + data[target.end():], "splice-replace(%s)" % donor_name
    return data[:target.end()] + b"\n" + piece + data[target.end():], "splice-insert(%s)" % donor_name


def duplicate_object(rng, data, bases):
    objects = list(OBJECT.finditer(data))
    if not objects:
        return flip_bytes(rng, data, bases)
    piece = rng.choice(objects).group(0)
    at = rng.choice(objects).end()
    return data[:at] + b"\n" + piece * rng.choice([1, 2, 50]) + data[at:], "duplicate-object"


def corrupt_xref(rng, data, bases):
    entries = list(XREF_ENTRY.finditer(data))
    starts = list(STARTXREF.finditer(data))
    if starts and (not entries or rng.random() < 0.3):
        match = rng.choice(starts)
        value = str(rng.choice([0, 1, len(data), len(data) * 10, rng.randrange(len(data)),
                                int(match.group(1)) + rng.randint(-20, 20)])).encode()
        return data[:match.start(1)] + value + data[match.end(1):], "startxref"
    if not entries:
        return flip_bytes(rng, data, bases)
    data = bytearray(data)
    for _ in range(rng.choice([1, 3, 20])):
        match = rng.choice(entries)
        offset = rng.choice([0, rng.randrange(len(data)), len(data) + 1000, 9999999999])
        data[match.start():match.start() + 10] = b"%010d" % offset
    return bytes(data), "xref-offsets"


def corrupt_length(rng, data, bases):
    lengths = list(LENGTH.finditer(data))
    if not lengths:
        return flip_bytes(rng, data, bases)
    match = rng.choice(lengths)
    old = int(match.group(1))
    new = rng.choice([0, 1, old - 1, old + 1, old * 2, old // 2, 2 ** 31, 2 ** 63, 10 ** 30])
    return data[:match.start(1)] + str(new).encode() + data[match.end(1):], "length %d->%d" % (old, new)


def huge_number(rng, data, bases):
    numbers = list(NUMBER.finditer(data))
    if not numbers:
        return flip_bytes(rng, data, bases)
    data = bytearray(data)
    count = rng.choice([1, 1, 4, 16])
    # Right to left, so earlier matches keep their offsets.
    for match in sorted(rng.sample(numbers, min(count, len(numbers))), key=lambda m: -m.start()):
        data[match.start():match.end()] = rng.choice(HUGE)
    return bytes(data), "huge-number x%d" % count


def chunk(rng, data, _bases):
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.choice([1, 16, 256, 4096]))
    if rng.random() < 0.5:
        return data[:start] + data[end:], "delete[%d:%d]" % (start, end)
    return data[:end] + data[start:end] * rng.choice([1, 2, 10]) + data[end:], "repeat[%d:%d]" % (start, end)


MUTATIONS = [flip_bytes, truncate, splice_object, duplicate_object, corrupt_xref, corrupt_length,
             huge_number, chunk]


def mutant(seed, index, bases):
    """Mutant `index` of `seed`: the same bytes on every run and machine."""
    rng = random.Random("%d/%d" % (seed, index))
    name, data = rng.choice(bases)
    steps = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not data:
            break
        data, step = rng.choice(MUTATIONS)(rng, data, bases)
        steps.append(step)
    return data, "%s: %s" % (name, ", ".join(steps))


def verdict(done, path, out):
    """None when the run is acceptable, else a short name for what failed."""
    if done is None:
        return "timeout"
    if done.returncode < 0:
        return "signal-" + signal.Signals(-done.returncode).name
    if done.returncode not in (0, 2):
        return "exit-%d" % done.returncode
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    if any(LIBRARY_NOISE.search(line) for line in lines):
        return "library-noise"
    if done.returncode == 2:
        if len(lines) != 1:
            return "stderr-%d-lines" % len(lines)
        if not lines[0].startswith("tariff: %s: " % path):
            return "stderr-format"
        return None
    try:
        with open(out, "rb") as handle:
            json.loads(handle.read())
    except (OSError, ValueError):
        return "bad-json"
    return None


def run(binary, path, out, timeout):
    """The finished run, or None after a timeout (the whole process group is killed)."""
    if os.path.exists(out):
        os.remove(out)
    process = subprocess.Popen([binary, "ingest", path, "-o", out], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def save(data, kind, out_dir):
    digest = hashlib.sha256(data).hexdigest()[:12]
    path = os.path.join(out_dir, "%s-%s.pdf" % (kind, digest))
    if not os.path.exists(path):
        with open(path, "wb") as handle:
            handle.write(data)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=600, help="time budget (default 600)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first mutant index (continue an earlier run)")
    parser.add_argument("--only", type=int, help="run just mutant ONLY of the seed and print its verdict")
    parser.add_argument("--timeout", type=float, default=20, help="seconds per run (default 20)")
    parser.add_argument("--binary", default=DEFAULT_BINARY)
    parser.add_argument("--out", default=DEFAULT_OUT, help="where failing inputs are saved")
    parser.add_argument("--max-per-kind", type=int, default=20,
                        help="save at most this many inputs per kind of failure (default 20)")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit("fuzz_pdf: %s: no such binary; build it with\n"
                 "  swift build -c release --product tariff --scratch-path .build-fuzz-release" % args.binary)
    os.makedirs(args.out, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="tariff-fuzz-pdf-")
    # SIGTERM ends the run like Ctrl-C: the temporary folder goes, the totals are printed.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        return fuzz(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


class Campaign:
    """Counts of one run: executions, exit codes, failures by kind."""

    def __init__(self, args):
        self.args, self.started = args, time.time()
        self.executions, self.index = 0, args.start
        self.outcomes, self.failures = {0: 0, 2: 0}, {}

    def record(self, index, done, kind, data, description):
        self.executions, self.index = self.executions + 1, index
        if done is not None and done.returncode in self.outcomes:
            self.outcomes[done.returncode] += 1
        if kind:
            self.failures[kind] = self.failures.get(kind, 0) + 1
            keep = self.failures[kind] <= self.args.max_per_kind
            saved = save(data, kind, self.args.out) if keep else "(not saved)"
            stderr = "" if done is None else done.stderr.decode("utf-8", "replace").strip().replace("\n", " | ")
            print("FAIL %s seed=%d index=%d [%s] -> %s\n     stderr: %s" % (
                kind, self.args.seed, index, description, saved, stderr[:300]), flush=True)
        elif self.args.only is not None:
            print("ok seed=%d index=%d [%s] exit %d" % (self.args.seed, index, description, done.returncode))
        if self.executions % 200 == 0:
            self.report()

    def report(self):
        elapsed = time.time() - self.started
        print("fuzz_pdf: %d executions in %.0f s (%.2f exec/s), up to index %d; exit 0: %d, exit 2: %d; failures: %s" % (
            self.executions, elapsed, self.executions / max(elapsed, 1e-9), self.index, self.outcomes[0],
            self.outcomes[2], json.dumps(self.failures, sort_keys=True) if self.failures else "none"), flush=True)


def fuzz(args, workdir):
    bases = load_bases(workdir)
    path, out = os.path.join(workdir, "mutant.pdf"), os.path.join(workdir, "out.json")
    print("fuzz_pdf: seed %d from index %d, %d bases, %s" % (args.seed, args.start, len(bases), args.binary),
          flush=True)
    campaign = Campaign(args)
    indices = [args.only] if args.only is not None else itertools.count(args.start)
    try:
        for index in indices:
            if args.only is None and time.time() - campaign.started >= args.seconds:
                break
            data, description = mutant(args.seed, index, bases)
            with open(path, "wb") as handle:
                handle.write(data)
            done = run(args.binary, path, out, args.timeout)
            campaign.record(index, done, verdict(done, path, out), data, description)
    except KeyboardInterrupt:
        print("fuzz_pdf: interrupted", flush=True)
    campaign.report()
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
