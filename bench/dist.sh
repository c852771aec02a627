#!/usr/bin/env bash
# The binary people install: size (raw and gzip, as npm ships it) and start-up of the `dist`
# build beside the `release` build, the npm launcher in front of it, and the npm piral-cli
# 1.10.3 in the same run; then which crates take the bytes (from the release build's symbols).
#   bash bench/dist.sh
# Builds both profiles when they are missing (release ~8.5 min, dist longer on 2 cores); set
# PIRAL_RELEASE / PIRAL_DIST to measure binaries built elsewhere. Needs hyperfine (apt).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/piral/target}"
RELEASE="${PIRAL_RELEASE:-$CARGO_TARGET_DIR/release/piral}"
DIST="${PIRAL_DIST:-$CARGO_TARGET_DIR/dist/piral}"
[ -x "$RELEASE" ] || (cd .. && cargo build --release --locked -q --bin piral)
[ -x "$DIST" ] || (cd .. && cargo build --profile dist --locked -q --bin piral)
installed . node_modules/.bin/piral
OLD="$PWD/node_modules/.bin/piral"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The npm package of the dist binary, installed as a project would (launcher + platform package).
bash ../scripts/npm-packages "$work/packages" --binary "$DIST" >/dev/null
mkdir -p "$work/project"
(cd "$work/project" && echo '{"private":true}' > package.json &&
  npm install --no-fund --no-audit -q --offline "$work"/packages/*.tgz >/dev/null 2>&1 ||
  npm install --no-fund --no-audit -q "$work"/packages/*.tgz >/dev/null)
LAUNCHER="$work/project/node_modules/.bin/piral"

echo "| binary | raw | gzip -9 |"
echo "|---|---|---|"
for entry in "release:$RELEASE" "dist:$DIST"; do
  name="${entry%%:*}" file="${entry#*:}"
  printf '| %s | %s B | %s B |\n' "$name" "$(stat -c %s "$file")" "$(gzip -9 -c "$file" | wc -c)"
done
printf '| npm platform package (.tgz) | %s B | |\n' "$(stat -c %s "$work"/packages/piral-rs-cli-linux-*.tgz)"
printf '| npm main package (.tgz) | %s B | |\n' "$(stat -c %s "$work/packages/piral-rs-cli-$("$DIST" --version | awk '{print $2}').tgz")"
echo

hyperfine -N --warmup 10 --runs 100 \
  -n "release: piral --version" "$RELEASE --version" \
  -n "dist: piral --version" "$DIST --version" \
  -n "dist: pilet build --help" "$DIST pilet build --help"
hyperfine -N --warmup 3 --runs 20 \
  -n "dist via the npm launcher: piral --version" "$LAUNCHER --version" \
  -n "node -e 0 (Node's own start)" "node -e 0" \
  -n "piral-cli 1.10.3: piral --version" "$OLD --version"

# Which crates take the bytes: text symbols of the unstripped release build by crate.
echo
echo "Largest crates in the release build's code (nm, demangled; before LTO):"
nm --size-sort -S -C "$RELEASE" 2>/dev/null | python3 -c '
import re, sys, collections
sizes = collections.Counter()
for line in sys.stdin:
    parts = line.rstrip("\n").split(" ", 3)
    if len(parts) < 4 or parts[2] not in "tTwW":
        continue
    name = re.sub(r"^_?<(?:[^ ]* as )?", "", parts[3])
    crate = name.split("::")[0] if "::" in name else "(C code, std, other)"
    sizes[crate] += int(parts[1], 16)
total = sum(sizes.values())
for crate, size in sizes.most_common(25):
    print(f"{size / 1024:10.1f} KiB  {100 * size / total:5.1f}%  {crate}")
print(f"{total / 1024:10.1f} KiB  total code")
'
