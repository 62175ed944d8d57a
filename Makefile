# lede: the two commands users need.
#   make demo   install what is missing, build, extract the sample pages
#   make test   install what is missing, build, run every test
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build demo test test-fast test-asan fuzz clean

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
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE slow

test: test-fast test-asan

# libFuzzer targets (clang), each run for FUZZ_SECONDS (default 60).
fuzz:
	@scripts/install-deps.sh clang
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) fuzz/run.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
