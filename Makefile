# lede: the two commands users need.
#   make demo   install what is missing, build, extract the sample pages
#   make test   install what is missing, build, run every test
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The Python the module is built for and installed into: Debian's, where
# the python3-* packages (pytest, dask) live.
PYTHON ?= /usr/bin/python3

PREFIX ?= /usr/local

.PHONY: all deps build install demo test test-fast test-python test-asan test-fuzz fuzz clean bench

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DLEDE_PYTHON=$(PYTHON)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	@scripts/install-python.sh $(BUILD)/python/lede $(PYTHON)

# The command, the public headers and the static libraries with their CMake
# package and pkg-config file, under $(PREFIX).
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

demo: build
	@echo "== lede extract samples/*.html --format markdown"
	@$(BUILD)/lede extract samples/*.html --format markdown
	@echo "== lede extract samples/*.html --format json (JSON Lines)"
	@$(BUILD)/lede extract samples/*.html --format json
	@echo "== lede pack samples/*.html -o $(BUILD)/samples.warc.gz --url-from-name (a sample WARC)"
	@$(BUILD)/lede pack samples/*.html -o $(BUILD)/samples.warc.gz --url-from-name --base-url https://example.org/
	@echo "== lede warc $(BUILD)/samples.warc.gz -o - (JSON Lines with provenance; summary on stderr)"
	@$(BUILD)/lede warc $(BUILD)/samples.warc.gz -o -

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The pytest suite (fast and slow, including the Dask LocalCluster test),
# against this build's module rather than any installed one.
test-python: build
	cd python/tests && PYTHONPATH="$(abspath $(BUILD))/python" LEDE_CLI="$(abspath $(BUILD))/lede" \
	  $(PYTHON) -m pytest -q -p no:cacheprovider .

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DLEDE_SANITIZE=ON -DLEDE_BUILD_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE slow

# Every libFuzzer target (clang, ASan+UBSan, build-fuzz/): replays its kept
# corpus and tests/regress/, then fuzzes 20 s with a fixed seed, one target
# at a time at nice 19 (scripts/fuzz.sh --ci).
test-fuzz: deps
	scripts/fuzz.sh --ci

test: test-fast test-python test-asan test-fuzz

# Speed vs peers (docs/benchmarks.md); not a test.
bench: build
	/usr/bin/python3 bench/speed.py --build-dir $(BUILD)

# libFuzzer targets (clang), each run for FUZZ_SECONDS (default 60).
# The parser's targets via fuzz/run.sh (html5lib seeds, LEDE_FUZZ_DIFF=1),
# then decode, extract, writers and warc via scripts/fuzz.sh, which logs CPU time
# per target in build-fuzz/cpu-log.tsv (docs/robustness.md).
fuzz:
	@scripts/install-deps.sh clang
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) fuzz/run.sh
	scripts/fuzz.sh --seconds $(or $(FUZZ_SECONDS),60) decode extract writers warc

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
