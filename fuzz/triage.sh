#!/bin/sh
# Adjudicates a tree_builder_fuzzer finding (differential mode) with a third
# parser: prints lede's, gumbo's and parse5's trees for the input (first
# byte dropped, invalid UTF-8 replaced, as the fuzzer does) and says which
# of lede and gumbo parse5 agrees with.
#   fuzz/triage.sh INPUT [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
IN=$1
BUILD=${2:-build}
command -v node >/dev/null || { echo "node not found" >&2; exit 2; }
[ -d bench/node_modules/parse5 ] || (cd bench && npm install --no-save --silent parse5 >/dev/null)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
tail -c +2 "$IN" | /usr/bin/python3 -c \
  "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8', 'replace').encode())" > "$DIR/0.html"
printf '0\t%s\n' "$IN" > "$DIR/pages.tsv"
"$BUILD/lede" debug tree "$DIR/0.html" > "$DIR/lede.txt"
"$BUILD/lede" debug tree --parser gumbo "$DIR/0.html" > "$DIR/gumbo.txt"
node bench/parse5_dump.mjs "$DIR" && mv "$DIR/0.parse5.txt" "$DIR/parse5.txt"
if cmp -s "$DIR/lede.txt" "$DIR/parse5.txt"; then echo "lede == parse5"; else
  echo "lede != parse5:"; diff "$DIR/parse5.txt" "$DIR/lede.txt" | head -40; fi
if cmp -s "$DIR/gumbo.txt" "$DIR/parse5.txt"; then echo "gumbo == parse5"; else echo "gumbo != parse5"; fi
