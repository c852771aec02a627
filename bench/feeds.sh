#!/usr/bin/env bash
# Releases on a blob-storage feed (Azurite from npm, bound to 127.0.0.1, in memory): moving a
# tested pilet to production with `piral feed promote` (no build, no upload) against what it
# takes without environments, publishing the version again (`pilet publish`, a new version each
# run so that every file goes up); a rollback; and `piral feed verify` of an environment of 20
# pilets (every link fetched and hashed). Bytes sent and peak memory are printed beside the times.
#   bash bench/feeds.sh
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed ../tests/e2e node_modules/.bin/azurite-blob
BIN="$(dirname "$PIRAL")"
work="$PWD/.work/feeds"
rm -rf "$work" && mkdir -p "$work"
export PIRAL_NO_PROGRESS=1 PIRAL_ACTOR=bench
PORT=10992
../tests/e2e/node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort $PORT \
  --inMemoryPersistence --disableTelemetry --silent >/dev/null 2>&1 &
azurite=$!
trap 'kill $azurite' EXIT
sleep 2
export AZURE_STORAGE_USE_EMULATOR=true AZURITE_BLOB_STORAGE_URL=http://127.0.0.1:$PORT
TO=az://bench/feed

# A pilet of about 1.2 MB in 40 files, the size of a real one with its chunks and maps.
pilet() { # name version
  local dir="$work/$1" n
  mkdir -p "$dir/dist"
  printf '{"name":"%s","version":"%s","main":"dist/index.js"}\n' "$1" "$2" > "$dir/package.json"
  printf '//@pilet v:2(pr_%s,{})\nSystem.register(["react"],function(){return{execute:function(){}}});\n' "${1//-/_}" > "$dir/dist/index.js"
  for n in $(seq 1 39); do
    [ -f "$dir/dist/chunk$n.$(printf '%08x' "$n").js" ] ||
      head -c 22000 /dev/urandom | base64 -w 100 > "$dir/dist/chunk$n.$(printf '%08x' "$n").js"
  done
  (cd "$dir" && "$BIN/pilet" pack -q)
}
pilet app 1.0.0
"$BIN/pilet" publish "$work/app/app-1.0.0.tgz" --to $TO --env staging --create-container -q
for i in $(seq 1 19); do
  pilet "p$i" 1.0.0 && "$BIN/pilet" publish "$work/p$i/p$i-1.0.0.tgz" --to $TO --env production -q
done
mkdir -p "$work/shell" && cd "$work/shell"
printf '{"name":"shell","version":"1.0.0","app":"index.html"}\n' > package.json
cat > "$work/bump.sh" <<BUMP
#!/bin/sh
# A new version of the pilet each run: every file goes up again.
cd "$work/app" && sed -i "s/\"version\":\"[^\"]*\"/\"version\":\"1.0.\$(date +%s%N)\"/" package.json \
  && rm -f ./*.tgz && "$BIN/pilet" pack -q && mv ./*.tgz next.tgz
BUMP
chmod +x "$work/bump.sh"
"$work/bump.sh"
sent=$("$BIN/pilet" publish "$work/app/next.tgz" --to $TO --env production --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).published[0].bytes))')
echo "bytes sent: publish again ${sent}, promote 0"
hyperfine -N --warmup 1 --runs 10 --prepare "$work/bump.sh" \
  -n "publish the version again" "$BIN/pilet publish $work/app/next.tgz --to $TO --env production -q"
# Promote, then roll back, alternately: each run changes production.
hyperfine -N --warmup 1 --runs 10 \
  -n "promote app@1.0.0 staging → production" "$BIN/piral feed promote app@1.0.0 --from staging --env production --to $TO -q" \
  --prepare "$BIN/piral feed remove app --env production --to $TO -q"
hyperfine -N --warmup 1 --runs 10 \
  --prepare "$BIN/piral feed promote app@1.0.0 --from staging --env production --to $TO -q" \
  -n "rollback app" "$BIN/piral feed rollback app --env production --to $TO -q"
hyperfine -N --warmup 1 --runs 5 \
  -n "verify production (20 pilets: every link fetched and hashed)" "$BIN/piral feed verify --env production --to $TO -q"
"$work/bump.sh"
peak "publish the version again" "$BIN/pilet" publish "$work/app/next.tgz" --to $TO --env production -q
"$BIN/piral" feed remove app --env production --to $TO -q
peak "promote" "$BIN/piral" feed promote app@1.0.0 --from staging --env production --to $TO -q
peak "rollback" "$BIN/piral" feed rollback app --env production --to $TO -q
peak "verify" "$BIN/piral" feed verify --env production --to $TO -q
