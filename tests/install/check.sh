#!/bin/sh
# Installs the build in BUILD_DIR to a scratch prefix, then builds the
# program in tests/install/consumer/ against it twice, with CMake
# (find_package(lede)) and with pkg-config (lede.pc), and runs both on a
# sample page: each must print the page's headline. Run by ctest
# (install_consumer); usage: check.sh SOURCE_DIR BUILD_DIR CXX
set -eu
src=$1 build=$2 cxx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
page="$src/samples/sample-news.html"
headline="Harbour town votes to rebuild its tidal mill"

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
test -x "$tmp/prefix/bin/lede"
test -f "$tmp/prefix/include/lede/lede.h"
# Only the public API is installed: no stage's own header.
test ! -e "$tmp/prefix/include/extract"

cmake -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/consumer" >/dev/null
"$tmp/consumer/consumer" "$page" > "$tmp/cmake.out"
head -n 1 "$tmp/cmake.out" | grep -qxF "$headline" || { echo "find_package build: wrong output"; cat "$tmp/cmake.out"; exit 1; }

libdir=$(ls -d "$tmp/prefix"/lib*/pkgconfig | head -n 1)
# shellcheck disable=SC2046
"$cxx" -std=c++20 -O1 "$src/tests/install/consumer/main.cc" -o "$tmp/pc-consumer" \
  $(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs lede)
"$tmp/pc-consumer" "$page" > "$tmp/pc.out"
cmp -s "$tmp/cmake.out" "$tmp/pc.out" || { echo "pkg-config build: output differs"; exit 1; }
"$tmp/prefix/bin/lede" extract "$page" --format json | grep -qF "\"title\":\"$headline\"" ||
  { echo "installed lede: wrong output"; exit 1; }
echo "installed to a scratch prefix; find_package(lede), pkg-config lede and bin/lede each read the sample"
