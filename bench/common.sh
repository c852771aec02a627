# Helpers the benchmark scripts share (sourced, not run).

# hyperfine_installed: Debian's hyperfine, installed when missing.
hyperfine_installed() {
  command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
}

# piral_under_test: PIRAL is the binary given, else a fresh release build in the shared target
# folder (which is exported); BEFORE is PIRAL_BEFORE (a binary to measure beside it) or empty.
piral_under_test() {
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/piral/target}"
  [ -n "${PIRAL:-}" ] || (cd .. && cargo build --release --locked -q)
  PIRAL="${PIRAL:-$CARGO_TARGET_DIR/release/piral}"
  BEFORE="${PIRAL_BEFORE:-}"
}

# installed <folder> <file>: `npm ci` in the folder (from its lockfile) unless the file is there.
installed() {
  [ -e "$1/$2" ] || (cd "$1" && npm ci --no-fund --no-audit -q)
}

# size <label> <files...>: the bytes of the files, raw and gzipped (each file alone, gzip -9).
size() {
  local label="$1"; shift
  local raw=0 gz=0 f
  for f in "$@"; do
    raw=$((raw + $(wc -c < "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  printf '%-56s %10d bytes  %9d gzip\n' "$label" "$raw" "$gz"
}

# peak <label> <command...>: the peak memory (max RSS) of one run of the command.
peak() {
  local label="$1"; shift
  local kb
  kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
  printf '%-56s peak RSS %6d MiB\n' "$label" $((kb / 1024))
}
