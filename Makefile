# lede: the two commands users need.
#   make demo   install what is missing, build, extract the sample pages
#   make test   install what is missing, build, run every test
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

FUZZ_SECONDS ?= 60

.PHONY: all deps build demo test test-fast test-asan test-fuzz fuzz clean bench

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== lede extract samples/*.html --format markdown"
	@$(BUILD)/lede extract samples/*.html --format markdown
	@echo "== lede extract samples/*.html --format json (JSON Lines)"
	@$(BUILD)/lede extract samples/*.html --format json

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DLEDE_SANITIZE=ON -DLEDE_BUILD_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan-gumbo.supp \
	  ctest --output-on-failure -j $(JOBS) -LE slow

# Replays the kept fuzz corpus and tests/regress/ through every libFuzzer
# target under ASan+UBSan (clang; build-fuzz/). Deterministic and short.
test-fuzz: deps
	scripts/fuzz.sh --ci

test: test-fast test-asan test-fuzz

# Fuzzes each target for FUZZ_SECONDS (default 60), one at a time, nice 19.
# Long runs: make fuzz FUZZ_SECONDS=3600 (CPU time is logged per target in
# build-fuzz/cpu-log.tsv; see docs/robustness.md).
fuzz: deps
	scripts/fuzz.sh --seconds $(FUZZ_SECONDS)

# Speed vs peers (docs/benchmarks.md); not a test.
bench: build
	/usr/bin/python3 bench/speed.py --build-dir $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
