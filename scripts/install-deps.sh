#!/bin/sh
# Installs the Debian packages lede builds and tests with, if any is missing.
# Idempotent and non-interactive. Usage: scripts/install-deps.sh [extra-package...]
set -eu

PACKAGES="g++ make cmake pkg-config libgumbo-dev libuchardet-dev zlib1g-dev
libgtest-dev libgmock-dev libbenchmark-dev python3
libzstd-dev libbrotli-dev libdeflate-dev libcld2-dev
pybind11-dev python3-dev python3-pytest python3-distributed
clang libclang-rt-14-dev valgrind"

missing=""
for p in $PACKAGES "$@"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "lede: installing Debian packages:$missing"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "lede: not root and no sudo; install these packages first:$missing" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
