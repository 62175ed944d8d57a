#!/bin/sh
# Installs the lede Python package built in PKG_DIR (the build's python/lede)
# for PYTHON (default Debian's /usr/bin/python3) into its site-packages
# under /usr/local. Idempotent: files are replaced only when they changed,
# each by a rename (a running interpreter keeps its mapped copy).
# Usage: scripts/install-python.sh PKG_DIR [PYTHON]
set -eu
pkg=$1
py=${2:-/usr/bin/python3}
[ -x "$py" ] || { echo "lede: $py not found; Python module not installed"; exit 0; }
site=$("$py" -c 'import site; d = site.getsitepackages(); l = [p for p in d if p.startswith("/usr/local/")]; print((l or d)[0])')
dest="$site/lede"
if ! mkdir -p "$dest" 2>/dev/null || [ ! -w "$dest" ]; then
  echo "lede: cannot write $dest: run as root, or use PYTHONPATH=$(dirname "$pkg")"
  exit 0
fi
changed=0
for f in "$pkg"/*; do
  [ -f "$f" ] || continue
  t="$dest/$(basename "$f")"
  if ! cmp -s "$f" "$t"; then
    cp "$f" "$t.tmp.$$" && mv -f "$t.tmp.$$" "$t"
    changed=1
  fi
done
# Files no longer in the package (an older build's module) go.
for t in "$dest"/*; do
  [ -e "$t" ] || continue
  case "$(basename "$t")" in __pycache__) continue ;; esac
  [ -e "$pkg/$(basename "$t")" ] || { rm -f "$t"; changed=1; }
done
[ "$changed" = 1 ] && echo "lede: Python module installed in $dest" || true
