#!/usr/bin/env bash
# Build speed, side by side in one run (issue: native bundler):
#  1. `pilet build` of the default pilet (scaffolded from npm `sample-piral`) against npm
#     piral-cli 1.10.3 + piral-cli-esbuild 1.1.0, with and without declarations;
#  2. `piral build --type release` of a shell made by `piral new`, against the same, and of the
#     shell that the old CLI's `piral new` scaffolds (its template);
#  3. raw throughput: ten copies of three.js's sources bundled + minified + source-mapped,
#     against esbuild 0.28.2 on the same input;
#  4. the same for a 10,000-module React app (`gen-app.mjs`: 100 pages × 99 leaves, each leaf
#     exporting a function nobody imports).
# Wall times by hyperfine; peak memory (max RSS) by /usr/bin/time; output JavaScript raw and
# gzipped (`gzip -9`), each row beside the reference's output of the same input.
#   bash bench/build.sh
# PIRAL=<binary> measures that binary instead of a fresh release build; PIRAL_BEFORE=<binary>
# adds its rows beside it in the same runs (a before/after comparison of a change).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed . node_modules/.bin/esbuild
# before <label> <command>: hyperfine arguments for the same command with the before binary.
before() { [ -n "$BEFORE" ] && printf '%s\n' -n "before: $1" "${2//$PIRAL/$BEFORE}" || true; }
OLD_PIRAL="$PWD/node_modules/.bin/piral"
OLD_PILET="$PWD/node_modules/.bin/pilet"
ESBUILD="$PWD/node_modules/.bin/esbuild"
bench="$PWD"
work="$PWD/.work"
mkdir -p "$work"

# 1. pilet build
pilet="$work/pilet"
if [ ! -d "$pilet/node_modules/sample-piral" ]; then
  rm -rf "$pilet"
  "$PIRAL" pilet new sample-piral@1.11.0 --target "$pilet" --npm-client npm -q
fi
cd "$pilet"
mapfile -t extra < <(before "piral pilet build --no-declaration" "$PIRAL pilet build -q --no-declaration"; before "piral pilet build" "$PIRAL pilet build -q")
hyperfine --warmup 2 --runs 10 \
  -n "piral pilet build --no-declaration" "$PIRAL pilet build -q --no-declaration" \
  -n "piral pilet build" "$PIRAL pilet build -q" \
  "${extra[@]}" \
  -n "piral-cli 1.10.3 + esbuild: pilet build --no-declaration" "$OLD_PILET build --bundler esbuild --no-declaration" \
  -n "piral-cli 1.10.3 + esbuild: pilet build" "$OLD_PILET build --bundler esbuild"
peak "piral pilet build" "$PIRAL" pilet build -q
peak "piral-cli + esbuild: pilet build --no-declaration" "$OLD_PILET" build --bundler esbuild --no-declaration
rm -rf dist old-cli && "$PIRAL" pilet build -q && "$OLD_PILET" build --bundler esbuild --target old-cli/index.js >/dev/null
size "piral: index.js" dist/index.js
size "piral-cli + esbuild: index.js" old-cli/index.js
size "piral: all .js" dist/*.js
size "piral-cli + esbuild: all .js" old-cli/*.js

# 2. piral build --type release
shell="$work/shell"
if [ ! -d "$shell/node_modules/piral" ]; then
  rm -rf "$shell"
  "$PIRAL" new "$shell" --npm-client npm -q
fi
# release_build [label]: `piral build --type release` of the shell in this folder against the
# old CLI + esbuild: wall times, then the .js bytes each writes.
release_build() {
  local label="${1:-}"
  mapfile -t extra < <(before "piral build --type release$label" "$PIRAL build --type release -q")
  hyperfine --warmup 1 --runs 8 \
    -n "piral build --type release$label" "$PIRAL build --type release -q" \
    "${extra[@]}" \
    -n "piral-cli 1.10.3 + esbuild: piral build --type release$label" "$OLD_PIRAL build --type release --bundler esbuild"
  rm -rf dist old-cli && "$PIRAL" build --type release -q && "$OLD_PIRAL" build --type release --bundler esbuild --target old-cli/index.html >/dev/null
  size "piral: shell .js$label" dist/release/*.js
  size "piral-cli + esbuild: shell .js$label" old-cli/release/*.js
}
cd "$shell"
release_build
peak "piral build --type release" "$PIRAL" build --type release -q
peak "piral-cli + esbuild: piral build --type release" "$OLD_PIRAL" build --type release --bundler esbuild

# 2b. the shell that the old CLI scaffolds (its own template, not ours), built by both
oldshell="$work/oldshell"
if [ ! -d "$oldshell/node_modules/piral" ]; then
  rm -rf "$oldshell"
  mkdir -p "$oldshell"
  (cd "$oldshell" && "$OLD_PIRAL" new --target . --npm-client npm --bundler esbuild >/dev/null)
fi
cd "$oldshell"
release_build " (old CLI's scaffold)"

# 3. ten copies of three.js
three="$work/three"
if [ ! -f "$three/src/index.js" ]; then
  rm -rf "$three"
  mkdir -p "$three/src"
  printf '{ "name": "three-x10", "version": "1.0.0" }\n' > "$three/package.json"
  : > "$three/src/index.js"
  for i in 0 1 2 3 4 5 6 7 8 9; do
    cp -r "$bench/node_modules/three/src" "$three/src/copy$i"
    echo "import * as T$i from './copy$i/Three.js'; export { T$i };" >> "$three/src/index.js"
  done
  printf 'export function setup() {}\n' >> "$three/src/index.js"
fi
cd "$three"
mapfile -t extra < <(before "piral pilet build (minify + source maps)" "$PIRAL pilet build ./src/index.js -q")
hyperfine --warmup 1 --runs 5 \
  -n "piral pilet build (minify + source maps)" "$PIRAL pilet build ./src/index.js -q" \
  "${extra[@]}" \
  -n "esbuild 0.28.2 --bundle --minify --sourcemap" "$ESBUILD src/index.js --bundle --minify --sourcemap --format=esm --outfile=esbuild-out/index.js --log-level=error"
peak "piral pilet build (three.js x10)" "$PIRAL" pilet build ./src/index.js -q
peak "esbuild (three.js x10)" "$ESBUILD" src/index.js --bundle --minify --sourcemap --format=esm --outfile=esbuild-out/index.js --log-level=error
size "piral: three.js x10 index.js" dist/index.js
size "esbuild: three.js x10 index.js" esbuild-out/index.js

# 4. a 10,000-module React app
app="$work/app10k"
[ -f "$app/src/index.tsx" ] || node "$bench/gen-app.mjs" "$app" 100 99 >/dev/null
cd "$app"
mapfile -t extra < <(before "piral pilet build (10k modules)" "$PIRAL pilet build ./src/index.tsx -q --no-declaration")
hyperfine --warmup 1 --runs 5 \
  -n "piral pilet build (10k modules)" "$PIRAL pilet build ./src/index.tsx -q --no-declaration" \
  "${extra[@]}" \
  -n "esbuild 0.28.2 (10k modules)" "$ESBUILD src/index.tsx --bundle --minify --sourcemap --format=esm --outfile=esbuild-out/index.js --log-level=error"
peak "piral pilet build (10k modules)" "$PIRAL" pilet build ./src/index.tsx -q --no-declaration
peak "esbuild (10k modules)" "$ESBUILD" src/index.tsx --bundle --minify --sourcemap --format=esm --outfile=esbuild-out/index.js --log-level=error
size "piral: 10k modules index.js" dist/index.js
size "esbuild: 10k modules index.js" esbuild-out/index.js
