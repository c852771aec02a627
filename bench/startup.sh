#!/usr/bin/env bash
# Start-up and scaffolding speed, side by side with the npm piral-cli 1.10.3 in one run.
#   bash bench/startup.sh
# Needs hyperfine (apt) and a release build (made here). The reference CLI comes from
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

hyperfine -N --warmup 5 --runs 50 \
  -n "piral --version" "$PIRAL --version" \
  -n "piral --help" "$PIRAL --help" \
  -n "piral-cli 1.10.3: npx piral --version" "npx --no-install piral --version" \
  -n "piral-cli 1.10.3: piral --version" "$OLD --version"

# Scaffolding without the npm install, which dominates otherwise.
hyperfine -N --warmup 2 --runs 20 \
  --prepare "rm -rf $work/shell" \
  -n "piral new --no-install" "$PIRAL new $work/shell --no-install -q"
