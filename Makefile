# The README's two commands: `make run` and `make test`. Both install what is missing first.
SWIFT ?= swift
# Debian packages the build, the tests and the renderer need (pkg-config finds the C libraries).
DEPS := pkg-config libpoppler-glib-dev libcairo2-dev libpango1.0-dev poppler-utils fonts-dejavu-core fonts-dejavu-extra
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/tariff
# The shared data the tests read where it lies (real-world PDFs, TMF620 definitions): ../shared
# beside this checkout, or, for a clone made elsewhere (CI clones into a temporary folder),
# beside the checkout it was cloned from.
ORIGIN := $(shell git config --get remote.origin.url 2>/dev/null)
export TARIFF_SHARED := $(abspath $(firstword $(wildcard $(CURDIR)/../shared) $(if $(ORIGIN),$(wildcard $(ORIGIN)/../shared))))
# The Swift runtime and Foundation linked into the binary: a process starts in half the time
# (12 ms, not 25: no dozen shared Swift libraries to load and bind), and calls into the runtime
# (retain/release) are direct. Measured: 5 pages 67 → 40 ms, 500 pages 562 → 468 ms (2 cores).
# Every release build uses the same flags, or SwiftPM rebuilds all on each switch.
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib

.PHONY: run test release-check deps build samples bench soak fuzz review-screenshot clean

## run: install what is missing, build release, ingest every Samples/*.pdf into Output/<name>.json
## and export each as Output/export/<name>.tmf620.json and Output/export/<name>.csv
run: build
	@mkdir -p Output/export
	@for sheet in Samples/*.pdf; do \
	  name=$$(basename "$$sheet" .pdf); \
	  $(RELEASE) ingest "$$sheet" -o "Output/$$name.json" || exit 2; \
	  $(RELEASE) export "Output/$$name.json" --format tmf620 -o "Output/export/$$name.tmf620.json" || exit 2; \
	  $(RELEASE) export "Output/$$name.json" --format csv -o "Output/export/$$name.csv" || exit 2; \
	done

## test: the whole test suite (unit tests per stage, end-to-end on real PDFs, schema validation),
## then the release build on the samples (optimiser-only bugs exist: one was found this way).
## The release build comes first: the real-world test (../shared/realworld) runs what users run,
## and the debug build reads the heaviest of those files several times slower.
test: build
	TARIFF_REALWORLD_BINARY=$(CURDIR)/$(RELEASE) $(SWIFT) test
	$(MAKE) --no-print-directory release-check

## release-check: the release binary ingests every sample to exactly its Output/ catalogue and
## exports it to exactly its Output/export/ documents
release-check: build
	@for sheet in Samples/*.pdf; do \
	  name=$$(basename "$$sheet" .pdf); \
	  $(RELEASE) ingest "$$sheet" 2>/dev/null | cmp -s - "Output/$$name.json" \
	    || { echo "release-check: $$sheet does not ingest to Output/$$name.json"; exit 1; }; \
	  for export in tmf620:tmf620.json csv:csv; do \
	    $(RELEASE) export "$$sheet" --format $${export%%:*} 2>/dev/null | cmp -s - "Output/export/$$name.$${export#*:}" \
	      || { echo "release-check: $$sheet does not export to Output/export/$$name.$${export#*:}"; exit 1; }; \
	  done; \
	done; echo "release-check: every sample ingests to its Output/ catalogue and exports to its Output/export/ documents with the release build"

## soak: the round-trip property test over 10,000 random sheets × layouts (and 2,500 with page breaks),
## built optimised with testing enabled in its own build folder: a third of the debug build's time
soak: deps
	ROUNDTRIP_CASES=10000 ROUNDTRIP_KEEP=50 $(SWIFT) test -c release -Xswiftc -enable-testing --scratch-path .build-soak \
	  --filter RoundTripTests

## build: release build of the `tariff` CLI
build: deps
	$(RELEASE_BUILD) --product tariff

## bench: tariff ingest vs `pdftotext -bbox-layout` on a 500-page sheet (ratio, pages/s, RSS, stages)
bench: build
	$(RELEASE_BUILD) --product tariff-render
	python3 scripts/bench.py

## fuzz: FUZZ_SECONDS of fuzzing (default 600): 60% libFuzzer on the layout + table parser (glyph
## streams, ASan + LeakSanitizer), then 40% mutated PDFs through the release `tariff ingest` (seed
## FUZZ_SEED, printed). Failing inputs are kept in Fuzz/regressions/layout/ and
## Tests/EndToEndTests/Fixtures/fuzz/, which `make test` replays. Fuzz/README.md has the details.
FUZZ_SECONDS ?= 600
FUZZ_SEED ?= $(shell date +%s)
FUZZ_SWIFTC := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZ_DRIVER
fuzz: deps
	$(SWIFT) build -c release --product FuzzLayout --scratch-path .build-fuzz $(FUZZ_SWIFTC)
	$(SWIFT) build -c release --product tariff --scratch-path .build-fuzz-release
	@mkdir -p .build-fuzz/corpus/layout .build-fuzz/findings/layout
	@layout=$$(( $(FUZZ_SECONDS) * 3 / 5 )); status=0; \
	SWIFT_BACKTRACE=enable=no nice -n 10 .build-fuzz/release/FuzzLayout -max_total_time=$$layout -timeout=10 -rss_limit_mb=2048 \
	  -artifact_prefix=.build-fuzz/findings/layout/ .build-fuzz/corpus/layout Fuzz/corpus/layout || status=1; \
	for f in .build-fuzz/findings/layout/*; do if [ -f "$$f" ]; then cp -n "$$f" Fuzz/regressions/layout/; fi; done; \
	nice -n 10 python3 scripts/fuzz_pdf.py --seconds $$(( $(FUZZ_SECONDS) - layout )) --seed $(FUZZ_SEED) || status=1; \
	exit $$status

## review-screenshot: redraw docs/review.png, the README's picture of a real review report: the 2027
## Connext Voice sheet against the first edition in headless Chromium, a renamed product clicked
review-screenshot: build
	@mkdir -p docs
	@report=$$(mktemp --suffix=.review.html) && \
	$(RELEASE) review Samples/connext-voice-2027.pdf --against Samples/connext-voice.pdf -o "$$report" \
	  && python3 scripts/review_browser.py "$$report" --click kpn-een-bel-mij-nu --screenshot docs/review.png >/dev/null; \
	status=$$?; rm -f "$$report"; [ $$status = 0 ] && echo "review-screenshot: docs/review.png"; exit $$status

## samples: redraw Samples/*.pdf with the project's renderer (after a change to a sample spec)
samples: deps
	$(RELEASE_BUILD) --product tariff-render
	.build/release/tariff-render sample Samples/connext-voice.pdf
	.build/release/tariff-render sample-2027 Samples/connext-voice-2027.pdf
	.build/release/tariff-render zakelijk-mobiel Samples/zakelijk-mobiel.pdf
	.build/release/tariff-render zakelijk-internet Samples/zakelijk-internet.pdf

## deps: apt-get install the Debian packages that are not installed yet (nothing when all are),
## LibreOffice Calc for the export tests' spreadsheet check when no LibreOffice is there (without
## the recommended extras: Calc alone converts headless), Chromium for the review report's browser
## tests (scripts/review_browser.py) when there is none (headless, it needs no extras either),
## and Python's jsonschema for the tests' schema validation (scripts/validate_json.py,
## scripts/check_export.py) when python3 cannot import it: with pip (system site as root, else
## the user's; Debian's "externally managed" guard waived for this one package), or Debian's
## python3-jsonschema where pip is missing
deps:
	@missing=""; for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@if ! command -v soffice >/dev/null 2>&1; then \
	  echo "installing: libreoffice-calc"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null; \
	fi
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "installing: chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	fi
	@if ! python3 -c "import jsonschema" 2>/dev/null; then \
	  echo "installing: jsonschema (Python)"; \
	  PIP_BREAK_SYSTEM_PACKAGES=1 PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 \
	    python3 -m pip install --quiet jsonschema 2>/dev/null \
	  || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-jsonschema >/dev/null; }; \
	  python3 -c "import jsonschema" || { echo "deps: python3 still cannot import jsonschema: install it with pip"; exit 1; }; \
	fi

clean:
	rm -rf .build
