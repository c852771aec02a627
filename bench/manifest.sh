#!/usr/bin/env bash
# `pilet pack` and `pilet validate` of a default pilet (scaffolded from the npm `sample-piral`
# emulator), side by side with the npm piral-cli 1.10.3 in one run.
#   bash bench/manifest.sh
# Needs hyperfine (apt); builds piral in release mode; installs the reference CLI from
# bench/package-lock.json and the pilet's packages with npm (first run only).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed . node_modules/.bin/pilet
OLD="$PWD/node_modules/.bin/pilet"
work="$PWD/.work"
pilet="$work/pilet"
if [ ! -d "$pilet/node_modules/sample-piral" ]; then
  rm -rf "$pilet"
  "$PIRAL" pilet new sample-piral@1.11.0 --target "$pilet" --npm-client npm -q
fi
# A stand-in for the build output, so both CLIs pack and size-check the same file.
mkdir -p "$pilet/dist"
printf '//@pilet v:2(pr_mypilet,{})\nSystem.register([],function(){return{execute:function(){}}});\n' > "$pilet/dist/index.js"
mkdir -p "$work/out"
cd "$pilet"

hyperfine -N --warmup 3 --runs 30 \
  -n "piral pilet pack" "$PIRAL pilet pack --target $work/out -q" \
  -n "piral-cli 1.10.3: pilet pack" "$OLD pack --target $work/out"

# Cold: the registry lookup of `uses-latest-piral` runs (npm view); warm: its answer is cached.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/piral/latest-versions.json"
hyperfine -N --warmup 2 --runs 15 \
  -n "piral pilet validate (warm)" "$PIRAL pilet validate -q" \
  -n "piral-cli 1.10.3: pilet validate" "$OLD validate"
hyperfine --warmup 1 --runs 10 --prepare "rm -f $cache" \
  -n "piral pilet validate (cold: npm view)" "$PIRAL pilet validate -q"
