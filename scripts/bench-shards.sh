#!/usr/bin/env bash
# Times `legajo merge` over a large sharded batch.
#
#   scripts/bench-shards.sh [DOCS] [SHARDS]      # defaults: 10000 documents, 4 shards
#
# Makes DOCS distinct PDFs from the PDFs of corpus/ (each copy gets a comment line after its
# end, so every copy has other bytes and its own record), runs `legajo ingest --shard K/N`
# for every K one after the other (not timed: that is scripts/bench.sh's business), then
# times `legajo merge` into a fresh folder and again over its own result (nothing to copy),
# and prints the sizes. Work folder: $BENCH_DIR (default /tmp/legajo-bench-shards), removed
# at the end unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-10000}
shards=${2:-4}
work=${BENCH_DIR:-/tmp/legajo-bench-shards}
bin=${LEGAJO_BIN:-target/release/legajo}
[ -n "${LEGAJO_BIN:-}" ] || cargo build --release --quiet
rm -rf "$work"
mkdir -p "$work/in"
seeds=(corpus/*.pdf)
for ((i = 0; i < docs; i++)); do
    s=${seeds[i % ${#seeds[@]}]}
    d="$work/in/$((i / 1000))"
    mkdir -p "$d"
    { cat "$s"; printf '%%legajo-copy %d\n' "$i"; } >"$d/doc$i.pdf"
done
for ((k = 0; k < shards; k++)); do
    "$bin" ingest --quiet --shard "$k/$shards" -o "$work/parts/$k" "$work/in" 2>/dev/null || [ $? -eq 1 ]
done
parts=()
for ((k = 0; k < shards; k++)); do parts+=("$work/parts/$k"); done
sync
t0=$(date +%s.%N)
"$bin" merge "$work/out" "${parts[@]}"
t1=$(date +%s.%N)
"$bin" merge "$work/out" "${parts[@]}"
t2=$(date +%s.%N)
echo "documents: $docs in $shards shards; output $(du -sh "$work/out" | cut -f1) ($(ls "$work/out/documents" | wc -l) records, $(ls "$work/out/tables" 2>/dev/null | wc -l) tables)"
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "merge into a fresh folder: %.2f s\nmerge again over its result: %.2f s\n", b - a, c - b }'
[ "${KEEP:-0}" = 1 ] || rm -rf "$work"
