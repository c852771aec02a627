#!/usr/bin/env bash
# What a hardened release costs (issue: shells that are safe, work offline and show their
# weight): `piral build --type release` of a shell made by `piral new` as it is (SRI and the
# Content Security Policy are always written), with `--service-worker --report --metafile`, and
# npm piral-cli 1.10.3 + esbuild (which writes none of it) in the same run: wall time, peak
# memory, and the bytes of what each writes (raw and gzip -9).
#   bash bench/hardening.sh
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed . node_modules/.bin/piral
OLD_PIRAL="$PWD/node_modules/.bin/piral"
work="$PWD/.work"
mkdir -p "$work"

shell="$work/shell"
if [ ! -d "$shell/node_modules/piral" ]; then
  rm -rf "$shell"
  "$PIRAL" new "$shell" --npm-client npm -q
fi
cd "$shell"
hyperfine --warmup 1 --runs 8 \
  -n "piral build --type release (SRI, CSP)" "$PIRAL build --type release -q" \
  -n "… --service-worker --report --metafile" "$PIRAL build --type release --service-worker --report --metafile meta.json -q" \
  -n "piral-cli 1.10.3 + esbuild: piral build --type release" "$OLD_PIRAL build --type release --bundler esbuild"
peak "piral build --type release" "$PIRAL" build --type release -q
peak "… --service-worker --report --metafile" "$PIRAL" build --type release --service-worker --report --metafile meta.json -q
peak "piral-cli + esbuild: piral build --type release" "$OLD_PIRAL" build --type release --bundler esbuild
rm -rf dist old-cli
"$PIRAL" build --type release --service-worker --report --metafile meta.json -q
"$OLD_PIRAL" build --type release --bundler esbuild --target old-cli/index.html >/dev/null
size "piral: index.html (integrity, CSP meta)" dist/release/index.html
size "piral-cli + esbuild: index.html" old-cli/release/index.html
size "piral: shell .js (with the chunk integrity table)" dist/release/index.*.js
size "piral-cli + esbuild: shell .js" old-cli/release/*.js
size "piral: sw.js + sw-register.js" dist/release/sw.js dist/release/sw-register.*.js
size "piral: staticwebapp.config.json + _headers" dist/release/staticwebapp.config.json dist/release/_headers
size "piral: report.html (not deployed)" report.html
size "piral: meta.json (not deployed)" meta.json
