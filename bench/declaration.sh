#!/usr/bin/env bash
# `piral declaration` of the shell `piral new` scaffolds, side by side with the npm piral-cli
# 1.10.3 (dets) in the same run: time, and the size of the file each writes.
#   bash bench/declaration.sh
# Needs hyperfine (apt) and a release build (made here); the reference CLI comes from
# bench/package.json + package-lock.json (npm ci).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed . node_modules/.bin/piral
OLD="$PWD/node_modules/.bin/piral"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

PIRAL_CLIPACKAGE=false "$PIRAL" new "$work/shell" -q
cd "$work/shell"
hyperfine -N --warmup 1 --runs 5 \
  -n "piral declaration" "$PIRAL declaration -q --target ./ours" \
  -n "piral-cli 1.10.3: piral declaration" "$OLD declaration --target ./old"
for side in ours old; do
  printf '%s: %s lines, %s B, gzip %s B\n' "$side" "$(wc -l < "$side/index.d.ts")" \
    "$(wc -c < "$side/index.d.ts")" "$(gzip -9 -c "$side/index.d.ts" | wc -c)"
done
