#!/bin/bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs
# each for a budget, one at a time, at the lowest CPU priority.
#
#   scripts/fuzz.sh [--seconds N] [--ci] [--shared] [TARGET...]
#
#   --seconds N  budget per target (default $FUZZ_SECONDS or 60)
#   --ci         replay the kept corpus (fuzz/corpus/<name>) and
#                tests/regress/ once, then fuzz $FUZZ_CI_SECONDS (default 20)
#                from it with a fixed seed: the short pass `make test` runs
#   --shared     also seed the extract target with pages from ../shared/data
#                (read in place, never copied into the repository)
#   TARGET       decode, extract, writers, tokenizer, tree_builder (default:
#                every fuzz/*_fuzzer.cc; seeds fuzz/corpus/<name>, else fuzz/seeds)
#
# Working corpora grow in build-fuzz/corpus/<name> (not committed; copy a
# small, interesting input into fuzz/corpus/<name>/ by hand). Crashes land in
# build-fuzz/artifacts/. Each run appends "date target wall_s cpu_s exit" to
# build-fuzz/cpu-log.tsv, the source of the CPU-time table in
# docs/robustness.md. Exit status: non-zero if any target failed.
set -u
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
CI_MODE=0
SHARED=0
TARGETS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET=$2; shift 2 ;;
    --ci) CI_MODE=1; shift ;;
    --shared) SHARED=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
B=${FUZZ_BUILD:-build-fuzz}
JOBS=${JOBS:-2}
[ "$JOBS" -gt 2 ] && JOBS=2

if ! command -v clang++ >/dev/null 2>&1; then
  echo "lede fuzz: clang++ not found (Debian: clang)" >&2
  exit 1
fi
if [ ! -f "$B/CMakeCache.txt" ]; then
  cmake -S . -B "$B" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEDE_FUZZ=ON -DLEDE_BUILD_TESTS=OFF -DLEDE_BUILD_BENCH=OFF -DLEDE_BUILD_PYTHON=OFF >/dev/null || exit 1
fi

if [ ${#TARGETS[@]} -eq 0 ]; then
  for f in fuzz/*_fuzzer.cc; do n=$(basename "$f" _fuzzer.cc); TARGETS+=("$n"); done
fi
build_targets=()
for t in "${TARGETS[@]}"; do build_targets+=("${t}_fuzzer"); done
nice -n 19 cmake --build "$B" -j "$JOBS" --target "${build_targets[@]}" >"$B/build.log" 2>&1 ||
  { cat "$B/build.log"; exit 1; }
mkdir -p "$B/artifacts" "$B/corpus"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}
failed=0
for t in "${TARGETS[@]}"; do
  bin="$B/fuzz/${t}_fuzzer"
  [ -x "$bin" ] || { echo "lede fuzz: no target $t" >&2; failed=1; continue; }
  seeds=()
  if [ -d "fuzz/corpus/$t" ]; then seeds+=("fuzz/corpus/$t"); elif [ -d fuzz/seeds ]; then seeds+=("fuzz/seeds"); fi
  # Every fixed finding replays through the targets that read pages.
  case "$t" in extract|tokenizer|tree_builder) [ -d tests/regress ] && seeds+=("tests/regress") ;; esac
  [ -d "fuzz/regress/$t" ] && seeds+=("fuzz/regress/$t")
  log="$B/$t.log"
  start=$(date +%s)
  if [ "$CI_MODE" = 1 ]; then
    # Replay only: each input once, under the sanitizers.
    files=()
    for d in "${seeds[@]}"; do for f in "$d"/*; do [ -f "$f" ] && files+=("$f"); done; done
    TIMEFORMAT="%U %S"
    { time nice -n 19 "$bin" -timeout=30 -rss_limit_mb=4096 "${files[@]}" >"$log" 2>&1; } 2>"$B/$t.time"
    rc=$?
    if [ $rc -eq 0 ] && [ "${FUZZ_CI_SECONDS:-20}" -gt 0 ]; then
      work=$(mktemp -d)
      { time nice -n 19 "$bin" -seed=1 -max_total_time="${FUZZ_CI_SECONDS:-20}" -timeout=20 \
          -max_len=16384 -rss_limit_mb=4096 -artifact_prefix="$B/artifacts/$t-" \
          "$work" "${seeds[@]}" >>"$log" 2>&1; } 2>>"$B/$t.time"
      rc=$?
      rm -rf "$work"
    fi
  else
    work="$B/corpus/$t"
    mkdir -p "$work"
    extra=()
    if [ "$SHARED" = 1 ] && [ "$t" = extract ] && [ -d ../shared/data ]; then
      # Up to 300 shared pages, decompressed into the build tree (gitignored).
      sd="$B/shared-seeds"
      if [ ! -d "$sd" ]; then
        mkdir -p "$sd"
        find ../shared/data -name '*.html.gz' | sort | awk 'NR % 5 == 0' | head -300 |
          while read -r f; do gzip -dc "$f" >"$sd/$(basename "$f" .gz)" 2>/dev/null; done
      fi
      extra+=("$sd")
    fi
    TIMEFORMAT="%U %S"
    { time nice -n 19 "$bin" -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -max_len=65536 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$B/artifacts/$t-" \
        "$work" "${seeds[@]}" "${extra[@]}" >"$log" 2>&1; } 2>"$B/$t.time"
    rc=$?
  fi
  wall=$(( $(date +%s) - start ))
  cpu=$(awk '{c += $1 + $2} END {printf "%.1f", c}' "$B/$t.time" 2>/dev/null)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$wall" "${cpu:-0}" "$rc" \
    "$([ "$CI_MODE" = 1 ] && echo replay || echo fuzz)" >>"$B/cpu-log.tsv"
  if [ $rc -ne 0 ]; then
    echo "lede fuzz: $t FAILED (exit $rc); log: $log"
    grep -m 20 -E "ERROR|SUMMARY|runtime error|_fuzzer:|Test unit written" "$log"
    failed=1
  else
    echo "lede fuzz: $t ok (${wall}s wall, ${cpu:-0}s CPU$([ "$CI_MODE" = 1 ] && echo ", corpus replay + ${FUZZ_CI_SECONDS:-20}s"))"
  fi
done
exit $failed
