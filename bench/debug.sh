#!/usr/bin/env bash
# Debug server speed, side by side with npm piral-cli 1.10.3 + piral-cli-esbuild 1.1.0 in one
# run: cold start of `pilet debug` until `/$pilet-api` answers, and the time from saving a file
# to the WebSocket message that announces the rebuilt pilet (the default pilet from
# `sample-piral`, a generated pilet of 1,000 modules, and the 10,000-module app of build.sh).
#   bash bench/debug.sh
# PIRAL=<binary> measures that binary instead of a fresh release build; PIRAL_BEFORE=<binary>
# adds its rows beside it in the same run (a before/after comparison of a change).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
piral_under_test
installed . node_modules/.bin/pilet
OLD_PILET="$PWD/node_modules/.bin/pilet"
work="$PWD/.work"
pilet="$work/pilet"
if [ ! -d "$pilet/node_modules/sample-piral" ]; then
  rm -rf "$pilet"
  "$PIRAL" pilet new sample-piral@1.11.0 --target "$pilet" --npm-client npm -q
fi
# The sources are read once before each start, so that every start finds them in the page
# cache (a first read from disk is the disk's time, whichever tool reads). FRESH=1 removes what
# an earlier piral server kept in node_modules/.cache/piral: a first start with nothing on disk.
measure() { # label, cwd, file, command...
  local label="$1" cwd="$2" file="$3"; shift 3
  find "$cwd/src" -type f -exec cat {} + >/dev/null
  [ -z "${FRESH:-}" ] || rm -rf "$cwd/node_modules/.cache/piral"
  printf '%-44s ' "$label"
  node debug-latency.mjs --cwd "$cwd" --port 4711 --edit "$file" --runs 10 -- "$@"
  sleep 1
}
FRESH=1 measure "piral pilet debug (default pilet)" "$pilet" "$pilet/src/index.tsx" "$PIRAL" pilet debug --port 4711 -q
[ -z "$BEFORE" ] || FRESH=1 measure "before: piral pilet debug (default pilet)" "$pilet" "$pilet/src/index.tsx" "$BEFORE" pilet debug --port 4711 -q
measure "piral-cli 1.10.3 + esbuild: pilet debug" "$pilet" "$pilet/src/index.tsx" "$OLD_PILET" debug --port 4711 --bundler esbuild

# A pilet of 1,000 modules, each imported by the entry.
big="$work/big-pilet"
if [ ! -d "$big/node_modules/sample-piral" ]; then
  rm -rf "$big"
  cp -r "$pilet" "$big"
  mkdir -p "$big/src/modules"
  {
    echo "import * as React from 'react';"
    for i in $(seq 0 999); do
      printf 'export const m%d = (n: number): number => n + %d;\n' "$i" "$i" > "$big/src/modules/m$i.ts"
      echo "import { m$i } from './modules/m$i';"
    done
    echo "export function setup(app: any) { let total = 0;"
    for i in $(seq 0 999); do echo "  total = m$i(total);"; done
    echo "  app.registerTile(() => React.createElement('div', null, 'Total ' + total)); }"
  } > "$big/src/index.tsx"
fi
FRESH=1 measure "piral pilet debug (1,000 modules, edit one)" "$big" "$big/src/modules/m500.ts" "$PIRAL" pilet debug --port 4711 -q
[ -z "$BEFORE" ] || FRESH=1 measure "before: (1,000 modules, edit one)" "$big" "$big/src/modules/m500.ts" "$BEFORE" pilet debug --port 4711 -q

# The 10,000-module React app of build.sh (gen-app.mjs: 100 pages × 99 leaves) as a pilet.
huge="$work/huge-pilet"
if [ ! -d "$huge/node_modules/sample-piral" ] || [ ! -f "$huge/src/pages/p99/leaf98.tsx" ]; then
  rm -rf "$huge" "$work/gen10k"
  cp -r "$pilet" "$huge"
  node gen-app.mjs "$work/gen10k" 100 99 >/dev/null
  rm -rf "$huge/src"
  cp -r "$work/gen10k/src" "$huge/src"
fi
FRESH=1 measure "piral pilet debug (10,000 modules, edit a leaf)" "$huge" "$huge/src/pages/p50/leaf50.tsx" "$PIRAL" pilet debug --port 4711 -q
# The transforms are written once builds have been quiet for a second; the measured server is
# stopped right after its last edit, so one idle server runs before each restart row.
idle() { # cwd, command...
  local cwd="$1"; shift
  (cd "$cwd" && exec "$@" >/dev/null 2>&1) & local server=$!
  until curl -sf "http://127.0.0.1:4711/\$pilet-api" >/dev/null; do sleep 0.05; done
  sleep 3; kill "$server"; wait "$server" 2>/dev/null || true; sleep 1
}
idle "$huge" "$PIRAL" pilet debug --port 4711 -q
measure "  the same, restarted" "$huge" "$huge/src/pages/p50/leaf50.tsx" "$PIRAL" pilet debug --port 4711 -q
[ -z "$BEFORE" ] || FRESH=1 measure "before: (10,000 modules, edit a leaf)" "$huge" "$huge/src/pages/p50/leaf50.tsx" "$BEFORE" pilet debug --port 4711 -q
[ -z "$BEFORE" ] || idle "$huge" "$BEFORE" pilet debug --port 4711 -q
[ -z "$BEFORE" ] || measure "before:   the same, restarted" "$huge" "$huge/src/pages/p50/leaf50.tsx" "$BEFORE" pilet debug --port 4711 -q
