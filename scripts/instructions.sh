#!/usr/bin/env bash
# Instructions executed by legajo and by pdftotext on the same files: a speed figure that does
# not depend on what else the machine is doing (valgrind's callgrind counts instructions, not
# seconds; the same binary on the same input gives the same count). Use it to compare two
# builds on a shared or loaded machine; scripts/bench.sh gives the wall-clock figures.
#
# Usage: scripts/instructions.sh [FILE.pdf ...]   (default: corpus/*.pdf)
# Environment: LEGAJO_BIN (the binary to measure; default target/release/legajo, built if
#   missing), BASE_BIN (a second legajo binary, e.g. main's, printed beside it), LEGAJO_CMD
#   (`text`, the default, or `extract`: the whole record, legal references and metadata
#   included, which `legajo text` does not build).
# Output: one row per file — instructions of `legajo LEGAJO_CMD --jobs 1 FILE`, of BASE_BIN when
#   given, of `pdftotext -enc UTF-8 FILE -`, and pdftotext/legajo (> 1: legajo executes fewer).
# Needs valgrind and pdftotext; nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)"; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext: not installed (apt-get install poppler-utils)"; exit 2; }
LEGAJO=${LEGAJO_BIN:-$PWD/target/release/legajo}
[ -x "$LEGAJO" ] || cargo build --release --quiet
BASE=${BASE_BIN:-}
CMD=${LEGAJO_CMD:-text}
case "$CMD" in text | extract) ;; *) echo "LEGAJO_CMD: text or extract"; exit 2 ;; esac
FILES=("$@")
[ ${#FILES[@]} -gt 0 ] || FILES=(corpus/*.pdf)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

count() { # command... → instructions
    valgrind --tool=callgrind --callgrind-out-file="$TMP/cg" "$@" >/dev/null 2>"$TMP/err" || true
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$TMP/err" | tail -1
}

printf '%-28s %15s %15s %15s %8s\n' file legajo "${BASE:+base}" pdftotext ratio
tl=0; tb=0; tp=0
for f in "${FILES[@]}"; do
    l=$(count "$LEGAJO" "$CMD" --jobs 1 "$f")
    b=""; [ -n "$BASE" ] && b=$(count "$BASE" "$CMD" --jobs 1 "$f")
    p=$(count pdftotext -enc UTF-8 "$f" -)
    tl=$((tl + l)); tp=$((tp + p)); [ -n "$b" ] && tb=$((tb + b))
    printf '%-28s %15s %15s %15s %8.2f\n' "$(basename "$f")" "$l" "$b" "$p" "$(awk -v a="$p" -v b="$l" 'BEGIN{print a/b}')"
done
tbs=""; [ -n "$BASE" ] && tbs=$tb
printf '%-28s %15s %15s %15s %8.2f\n' TOTAL "$tl" "$tbs" "$tp" "$(awk -v a="$tp" -v b="$tl" 'BEGIN{print a/b}')"
