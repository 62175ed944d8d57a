#!/bin/sh
# Builds the libFuzzer targets with clang (build dir build-fuzz/, everything
# instrumented with ASan+UBSan) and runs each for FUZZ_SECONDS (default 60).
#   fuzz/run.sh                      both targets, 60 s each
#   FUZZ_SECONDS=600 fuzz/run.sh tree_builder_fuzzer
#   LEDE_FUZZ_DIFF=1 fuzz/run.sh     tree builder compared with gumbo too
# Seeds: fuzz/seeds/, tests/regress/ and, when ../shared exists, the #data
# of the html5lib tree-construction tests (read at run time, not copied
# into the repository). A crash is written to tests/regress/ (keep it once
# fixed: the regress_* tests replay that folder).
set -eu
cd "$(dirname "$0")/.."
SECS=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD:-build-fuzz}
TARGETS=${*:-tokenizer_fuzzer tree_builder_fuzzer}
command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ not found (apt-get install clang)" >&2; exit 2; }
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DLEDE_FUZZ=ON \
  -DLEDE_BUILD_TESTS=OFF -DLEDE_BUILD_BENCH=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$BUILD" -j2 --target $TARGETS
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/seeds"
cp fuzz/seeds/* "$WORK/seeds/"
for f in tests/regress/*; do [ "$(basename "$f")" = README.md ] || cp "$f" "$WORK/seeds/"; done
if [ -d ../shared/data/html5lib-tests/tree-construction ]; then
  /usr/bin/python3 - "$WORK/seeds" <<'PY'
import glob, os, sys
out = sys.argv[1]
for path in glob.glob("../shared/data/html5lib-tests/tree-construction/*.dat"):
    text = open(path, encoding="utf-8").read()
    for i, block in enumerate(text.split("#data\n")[1:]):
        data = block.split("\n#errors", 1)[0]
        with open(os.path.join(out, "%s-%d" % (os.path.basename(path), i)), "wb") as f:
            f.write(bytes([i % 256]) + data.encode("utf-8"))
PY
fi
status=0
for t in $TARGETS; do
  mkdir -p "$WORK/$t"
  echo "== $t: ${SECS}s"
  if ! "$BUILD/fuzz/$t" "$WORK/$t" "$WORK/seeds" -max_total_time="$SECS" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="tests/regress/$t-" \
      2>"$WORK/$t.log"; then
    status=1
    tail -40 "$WORK/$t.log"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done" "$WORK/$t.log" || true
done
exit $status
