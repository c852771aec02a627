#!/usr/bin/env bash
# The old CLI's own acceptance suite (smapiot/piral-cli-integration-tests, jest + playwright) run
# against piral and against piral-cli 1.10.3 on the same machine (issue: drop-in parity). The
# suite drives every command through `npx`; for piral, a small patch of its
# `src/utils/process.ts` sends `npx [--package …] piral|pilet` to the binary under test. Its
# playwright launches Debian's chromium (its own browser download is not used). The suite is not
# on npm: give a checkout of it.
#   ACCEPTANCE_SRC=<checkout or git dir of the suite> bash bench/acceptance.sh [ours|old|both]
# About 25 minutes per CLI (piral-cli with its default bundler, webpack 5). Tests that need the internet beyond the npm registry fail for both.
# Results: .work/acceptance/<cli>.json (jest's) and a table of passed/total per test file.
# PIRAL=<binary> tests that binary (its folder must also hold `pilet`, as a build's does).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
piral_under_test
which="${1:-both}"
src="${ACCEPTANCE_SRC:?set ACCEPTANCE_SRC to a checkout (or git dir) of smapiot/piral-cli-integration-tests}"
bench="$PWD"
work="$PWD/.work/acceptance"
suite="$work/suite"
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }

if [ ! -d "$suite/node_modules/jest" ]; then
  rm -rf "$suite"
  mkdir -p "$suite"
  if [ -d "$src/.git" ] || [ ! -d "$src/src" ]; then
    git --git-dir="$( [ -d "$src/.git" ] && echo "$src/.git" || echo "$src")" archive HEAD | tar -x -C "$suite"
  else
    cp -r "$src/." "$suite"
  fi
  # Its lockfile is out of step with its package.json (sample-pilet-service): `npm install`.
  (cd "$suite" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-fund --no-audit --loglevel=error)
  # 1. Commands: `npx [--package <spec>] piral|pilet …` → $PIRAL_UNDER_TEST_DIR/piral|pilet …
  #    when that variable is set (the old CLI's runs leave it unset).
  python3 - "$suite/src/utils/process.ts" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
helper = """
function underTest(cmd: string) {
  const dir = process.env.PIRAL_UNDER_TEST_DIR;
  return dir ? cmd.replace(/npx (?:--package \\S+ )?(piral|pilet)\\b/g, (_, name) => `${dir}/${name}`) : cmd;
}
"""
text = text.replace("const isWindows", helper + "\nconst isWindows", 1)
text = text.replace("exec(cmd, { cwd, env }", "exec(underTest(cmd), { cwd, env }")
assert text.count("underTest(cmd)") == 2, "process.ts changed: patch it by hand"
open(path, "w").write(text)
EOF
  # 2. Debian's chromium instead of playwright's download.
  python3 - "$suite/jest.config.js" "$(command -v chromium)" <<'EOF'
import sys
path, chromium = sys.argv[1], sys.argv[2]
text = open(path).read()
new = "headless: true,\n        executablePath: %r,\n        args: ['--no-sandbox'],\n" % chromium
assert "headless: true,\n" in text, "jest.config.js changed: patch it by hand"
text = text.replace("headless: true,\n", new, 1)
open(path, "w").write(text)
EOF
fi

# run <label> [env…]: the whole suite, one file after the other, as its own `npm test` does.
run() {
  local label="$1"; shift
  echo "== $label"
  # No BUNDLER_PLUGIN: with one set, the suite skips every test without bundler features. The
  # scaffolds install piral-cli-webpack5 (the suite's default), which piral does not use.
  # --forceExit: the suite stops `pilet debug` by killing the shell that `exec` started, so the
  # debug servers outlive their tests and jest would wait for them forever once the results are
  # written; they are stopped after the run.
  (cd "$suite" && env "$@" CLI_VERSION=1.10.3 OUTDIR="$work/out-$label" \
    npx jest --runInBand --forceExit --json --outputFile="$work/$label.json" >"$work/$label.log" 2>&1 || true)
  pkill -f "^$(dirname "$PIRAL")/p(ilet|iral) " || true
  node -e '
    const r = require(process.argv[1]);
    let passed = 0, total = 0;
    for (const f of r.testResults.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = f.assertionResults.filter((a) => a.status === "passed").length;
      passed += p; total += f.assertionResults.length;
      console.log(`${require("path").basename(f.name).padEnd(28)} ${String(p).padStart(3)} of ${f.assertionResults.length}`);
    }
    console.log(`${"all".padEnd(28)} ${String(passed).padStart(3)} of ${total}`);
  ' "$work/$label.json" | tee "$work/$label.txt"
}

mkdir -p "$work"
# Scaffolds depend on this CLI's npm package ("piral-cli": "npm:@piral-rs/cli@<version>"), which
# the registry does not have yet: the run installs the package of the binary under test from a
# file, as the registry would serve it once published (`cliPackage`, docs/npm.md), and its
# launcher runs that binary (`PIRAL_BINARY_PATH`) in place of the platform package.
ours() {
  rm -rf "$work/npm"
  "$bench/../scripts/npm-packages" "$work/npm" --binary "$PIRAL" >/dev/null
  run ours PIRAL_UNDER_TEST_DIR="$(dirname "$PIRAL")" PIRAL_BINARY_PATH="$PIRAL" \
    PIRAL_CLIPACKAGE="file:$(ls "$work"/npm/piral-rs-cli-[0-9]*.tgz)"
}
case "$which" in
  ours) ours ;;
  old) run old ;;
  both) ours; run old ;;
  *) echo "usage: bench/acceptance.sh [ours|old|both]" >&2; exit 2 ;;
esac
