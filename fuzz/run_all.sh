#!/usr/bin/env bash
# Run every fuzz target in the background at the lowest priority: N inputs each (default
# 200000), at most S seconds each (default 3600). Logs and corpora go to .fuzz/; every kind of
# crash met is listed in .fuzz/artifacts/<target>/crashes.txt with its input beside it.
# Usage: bash fuzz/run_all.sh [RUNS [SECONDS [TARGET...]]]   (targets: text html ninjs ...)
set -euo pipefail
runs="${1:-200000}"
seconds="${2:-3600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${PYTHON:-$root/.venv/bin/python}"
cd "$root"
declare -A seeds=(
  [text]="tests/fixtures/text"
  [html]="tests/fixtures/html"
  [ninjs]="tests/fixtures/ninjs"
  [newsml_g2]="tests/fixtures/newsml tests/fixtures/g2feeds"
  [newsml1]="tests/fixtures/newsml"
  [detect]="tests/fixtures/text tests/fixtures/html tests/fixtures/ninjs tests/fixtures/newsml"
)
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${!seeds[@]}")
for target in "${targets[@]}"; do
  mkdir -p ".fuzz/$target" ".fuzz/artifacts/$target"
  # shellcheck disable=SC2086
  FUZZ_KEEP_GOING=".fuzz/artifacts/$target" nice -n 19 "$py" "fuzz/fuzz_$target.py" ".fuzz/$target" ${seeds[$target]} \
    -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix=".fuzz/artifacts/$target/" > ".fuzz/$target.log" 2>&1 &
  echo "$target: pid $!"
done
