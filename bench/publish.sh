#!/usr/bin/env bash
# `pilet publish` of a packed pilet to npm's sample-pilet-service (bound to 127.0.0.1), side by
# side with npm piral-cli 1.10.3 in one run. Each run publishes a fresh version (bumped and
# packed in hyperfine's --prepare step, which is not timed).
#   bash bench/publish.sh
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=common.sh
source ./common.sh
hyperfine_installed
piral_under_test
installed . node_modules/.bin/pilet
installed ../tests/e2e node_modules/sample-pilet-service
OLD_PILET="$PWD/node_modules/.bin/pilet"
work="$PWD/.work/publish"
rm -rf "$work" && mkdir -p "$work/pilet/dist"
printf '{"name":"bench-pilet","version":"1.0.0","main":"dist/index.js"}\n' > "$work/pilet/package.json"
printf '//@pilet v:2(pr_benchpilet,{})\nSystem.register([],function(){return{execute:function(){}}});\n' > "$work/pilet/dist/index.js"
PORT=9791 PILET_API_KEYS=be1c0ffee PILETS_SNAPSHOT="$work/snapshot" \
  node -r ../tests/e2e/bind-loopback.cjs ../tests/e2e/node_modules/sample-pilet-service/dist/cli.js >/dev/null 2>&1 &
feed=$!
trap 'kill $feed' EXIT
sleep 2
cd "$work/pilet"
cat > "$work/bump.sh" <<BUMP
#!/bin/sh
# A new version each run: the feed refuses to take the same one twice.
rm -f *.tgz
sed -i "s/\"version\":\"[^\"]*\"/\"version\":\"1.0.\$(date +%s%N)\"/" package.json
"$PIRAL" pilet pack -q
BUMP
chmod +x "$work/bump.sh"
bump="$work/bump.sh"
url=http://127.0.0.1:9791/api/v1/pilet
hyperfine -N --warmup 2 --runs 20 --prepare "$bump" \
  -n "piral pilet publish" "$PIRAL pilet publish --url $url --api-key be1c0ffee -q" \
  -n "piral-cli 1.10.3: pilet publish" "$OLD_PILET publish --url $url --api-key be1c0ffee"
