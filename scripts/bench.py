#!/usr/bin/env python3
"""`make bench`: tariff ingest against poppler's own text extraction on the same file.

Renders a 500-page archive (and a 5-page one) with the project's renderer, then runs
`pdftotext -bbox-layout` and `tariff ingest` alternately, PAIRS times, and prints the median
of the per-pair time ratios, pages per second, peak RSS at 5 and 500 pages, and the stage
breakdown from the tool's own --timings flag. Wall times come from this process's clock;
peak RSS from wait4's rusage of each child.
"""
import os, re, statistics, subprocess, sys, time

PAIRS = int(os.environ.get("BENCH_PAIRS", "7"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARIFF = os.path.join(ROOT, ".build/release/tariff")
RENDER = os.path.join(ROOT, ".build/release/tariff-render")
WORK = os.path.join(ROOT, ".build/bench")


def run(argv):
    """Runs argv with output discarded; returns (wall seconds, peak RSS in MiB, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"bench: {' '.join(argv)} failed: {err.decode(errors='replace').strip()}")
    return wall, usage.ru_maxrss / 1024, err.decode()


def sheet(pages):
    path = os.path.join(WORK, f"archive-{pages}.pdf")
    if not os.path.exists(path):
        subprocess.run([RENDER, "archive", str(pages), path], check=True)
    return path


def compare(path, pages, jobs):
    ratios, ours, theirs, rss = [], [], [], []
    for _ in range(PAIRS):
        floor, _, _ = run(["pdftotext", "-bbox-layout", path, "/dev/null"])
        wall, peak, _ = run([TARIFF, "ingest", path, "-o", "/dev/null", "--jobs", str(jobs)])
        ratios.append(wall / floor)
        ours.append(wall)
        theirs.append(floor)
        rss.append(peak)
    return statistics.median(ratios), statistics.median(ours), statistics.median(theirs), max(rss)


def main():
    os.makedirs(WORK, exist_ok=True)
    small, large = sheet(5), sheet(500)
    cores = os.cpu_count()
    print(f"machine: {cores} cores ({os.uname().machine}); {PAIRS} alternating pairs per figure, medians")
    for jobs in sorted({1, cores}):
        ratio, ours, theirs, rss_large = compare(large, 500, jobs)
        _, _, _, rss_small = compare(small, 5, jobs)
        print(f"500 pages, --jobs {jobs}: tariff {ours * 1000:.0f} ms, pdftotext -bbox-layout {theirs * 1000:.0f} ms, "
              f"ratio {ratio:.2f}, {500 / ours:.0f} pages/s; peak RSS {rss_small:.1f} MiB at 5 pages, "
              f"{rss_large:.1f} MiB at 500 pages ({rss_large / rss_small:.2f}x)")
    _, _, err = run([TARIFF, "ingest", large, "-o", "/dev/null", "--timings"])
    print("stages at 500 pages: " + next(line for line in err.splitlines() if line.startswith("timings")))


if __name__ == "__main__":
    main()
