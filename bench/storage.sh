#!/usr/bin/env bash
# `piral publish --type release --to az://…` of a 100-file release (about 6 MiB) to Azurite (npm,
# bound to 127.0.0.1, in memory): parallel uploads (the default, 16 at once) against a
# sequential baseline (`--concurrency 1`), and a re-run where everything is already there.
# Each timed run publishes a new version (bumped in hyperfine's --prepare step, not timed).
#   bash bench/storage.sh
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed ../tests/e2e node_modules/.bin/azurite-blob
work="$PWD/.work/storage"
rm -rf "$work" && mkdir -p "$work/shell/dist/release/assets"
cd "$work/shell"
printf '{"name":"bench-shell","version":"1.0.0"}\n' > package.json
printf '<!doctype html><title>bench</title>\n' > dist/release/index.html
for i in $(seq 1 99); do
  head -c $((10000 + i * 700)) /dev/urandom | base64 > "dist/release/assets/chunk$i.$(printf '%08x' $i).js"
done
du -sh dist/release
PORT=10991
../../../../tests/e2e/node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort $PORT \
  --inMemoryPersistence --disableTelemetry --silent >/dev/null 2>&1 &
azurite=$!
trap 'kill $azurite' EXIT
sleep 2
export AZURE_STORAGE_USE_EMULATOR=true AZURITE_BLOB_STORAGE_URL=http://127.0.0.1:$PORT
"$PIRAL" publish --type release --to az://bench/site --create-container -q
cat > "$work/bump.sh" <<'BUMP'
#!/bin/sh
# A new version each run, so that every run uploads all files.
sed -i "s/\"version\":\"[^\"]*\"/\"version\":\"1.0.$(date +%s%N)\"/" package.json
BUMP
chmod +x "$work/bump.sh"
hyperfine -N --warmup 1 --runs 10 --prepare "$work/bump.sh" \
  -n "parallel (16)" "$PIRAL publish --type release --to az://bench/site -q" \
  -n "sequential (1)" "$PIRAL publish --type release --to az://bench/site --concurrency 1 -q"
hyperfine -N --warmup 1 --runs 10 \
  -n "re-run, all there" "$PIRAL publish --type release --to az://bench/site -q"
