# Helpers the benchmark scripts share (sourced, not run).

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
