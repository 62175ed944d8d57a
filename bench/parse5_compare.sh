#!/bin/sh
# Second oracle for lede's parser: compares its DOM with parse5's (a
# spec-following JavaScript parser, scripting disabled) on every page of
# ../shared/data, in the html5lib tree format.
#   bench/parse5_compare.sh [BUILD_DIR]      (default: build)
# Needs node and npm; installs parse5 into bench/node_modules (git-ignored).
# Prints the pages whose trees differ and the count.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
[ -x "$BUILD/bench/lede_parse_diff" ] || { echo "build $BUILD/bench/lede_parse_diff first" >&2; exit 2; }
command -v node >/dev/null || { echo "SKIP: node not found" >&2; exit 0; }
[ -d bench/node_modules/parse5 ] || (cd bench && npm install --no-save --silent parse5 >/dev/null)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
"$BUILD/bench/lede_parse_diff" --show 0 --min-identical 0 --dump-dir "$DIR" >/dev/null
node bench/parse5_dump.mjs "$DIR"
total=0
differ=0
while IFS="$(printf '\t')" read -r n path; do
  total=$((total + 1))
  if ! cmp -s "$DIR/$n.lede.txt" "$DIR/$n.parse5.txt"; then
    differ=$((differ + 1))
    echo "differs: $path ($(diff "$DIR/$n.parse5.txt" "$DIR/$n.lede.txt" | grep -c '^[<>]') lines)"
  fi
done < "$DIR/pages.tsv"
echo "parse5 $(node -e "console.log(JSON.parse(require('fs').readFileSync('bench/node_modules/parse5/package.json')).version)"): $((total - differ))/$total pages with identical trees"
