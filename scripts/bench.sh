#!/usr/bin/env bash
# Speed of legajo against poppler's pdftotext on the same files.
#
# In: the PDFs of corpus/ and, when present, ../shared/corpus/real (override with
# SHARED=/path/to/shared), without the hostile ones (bomb-*: pdftotext never finishes),
# the damaged ones (broken-*) and the encrypted ones (enc-*: need passwords).
# Out, on stdout:
#   1. single process, one file at a time: `legajo text FILE` (release build) and
#      `pdftotext -enc UTF-8 FILE -`, RUNS passes each (default 3); pages/second from the
#      median pass, and the ratio legajo/pdftotext (> 1: legajo is faster);
#   2. batch on JOBS workers (default: nproc): `legajo ingest --jobs JOBS --force` against
#      pdftotext on the same files through `xargs -P JOBS`; median wall time of RUNS passes,
#      pages/second, and the peak resident memory of the largest process
#      (`/usr/bin/time -v`, skipped when it is not there).
# Every single run is bounded by `timeout` (PER_FILE_SECONDS, default 120).
#
# Usage: scripts/bench.sh [RUNS] [JOBS]
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-3}
JOBS=${2:-$(nproc 2>/dev/null || echo 2)}
SHARED=${SHARED:-../shared}
LIMIT=${PER_FILE_SECONDS:-120}

command -v pdftotext >/dev/null || { echo "pdftotext: not installed (apt-get install poppler-utils)"; exit 2; }

cargo build --release --quiet
LEGAJO=target/release/legajo

FILES=()
for f in corpus/*.pdf "$SHARED"/corpus/real/*.pdf; do
    [ -f "$f" ] || continue
    case "$(basename "$f")" in bomb-* | broken-* | enc-*) continue ;; esac
    FILES+=("$f")
done
[ ${#FILES[@]} -gt 0 ] || { echo "no PDFs found"; exit 2; }

pages_of() {
    local n=""
    if command -v pdfinfo >/dev/null; then
        n=$(pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}')
    fi
    if [ -z "$n" ]; then
        n=$("$LEGAJO" extract "$1" 2>/dev/null | grep -o '"pages": [0-9]*' | head -1 | grep -o '[0-9]*$' || true)
    fi
    echo "${n:-0}"
}

PAGES=0
for f in "${FILES[@]}"; do PAGES=$((PAGES + $(pages_of "$f"))); done

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
rate() { awk -v p="$1" -v s="$2" 'BEGIN {if (s > 0) printf "%.1f", p/s; else print "inf"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a > 0) printf "%.2f", b/a; else print "inf"}'; }

one_pass() { # $1 = legajo | pdftotext; prints the wall seconds of one sequential pass
    local t0 t1
    t0=$(now)
    for f in "${FILES[@]}"; do
        if [ "$1" = legajo ]; then
            timeout "$LIMIT" "$LEGAJO" text "$f" >/dev/null 2>&1 || true
        else
            timeout "$LIMIT" pdftotext -enc UTF-8 "$f" - >/dev/null 2>&1 || true
        fi
    done
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", b-a}'
}

echo "files: ${#FILES[@]} PDFs, $PAGES pages (corpus/ and $SHARED/corpus/real without bomb-*, broken-*, enc-*)"
echo "runs: $RUNS, medians; $(pdftotext -v 2>&1 | head -1)"
echo
echo "1. one process, one file at a time"
L=$(for _ in $(seq "$RUNS"); do one_pass legajo; done | median)
P=$(for _ in $(seq "$RUNS"); do one_pass pdftotext; done | median)
printf '   %-10s %8.3f s  %8s pages/s\n' "legajo" "$L" "$(rate "$PAGES" "$L")"
printf '   %-10s %8.3f s  %8s pages/s\n' "pdftotext" "$P" "$(rate "$PAGES" "$P")"
echo "   speed ratio legajo/pdftotext: $(ratio "$L" "$P")"

echo
echo "2. batch on $JOBS workers"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
TIMEV=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then TIMEV=/usr/bin/time; fi

batch_legajo() {
    timeout $((LIMIT * 4)) "$LEGAJO" ingest --jobs "$JOBS" --force --quiet --out "$OUT/legajo" "${FILES[@]}" >/dev/null 2>&1 || true
}
batch_pdftotext() {
    printf '%s\0' "${FILES[@]}" |
        xargs -0 -P "$JOBS" -n 1 sh -c 'timeout "$0" pdftotext -enc UTF-8 "$1" - >/dev/null 2>&1 || true' "$LIMIT"
}
timed() { local t0 t1; t0=$(now); "$@"; t1=$(now); awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", b-a}'; }
peak_kib() { # peak RSS of the largest process of one more run, in KiB
    [ -n "$TIMEV" ] || { echo "-"; return; }
    "$TIMEV" -v -o "$OUT/time.txt" bash -c "$1" >/dev/null 2>&1 || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt"
}

export LEGAJO JOBS OUT LIMIT
BL=$(for _ in $(seq "$RUNS"); do timed batch_legajo; done | median)
BP=$(for _ in $(seq "$RUNS"); do timed batch_pdftotext; done | median)
printf -v QFILES '%q ' "${FILES[@]}"
RL=$(peak_kib "timeout $((LIMIT * 4)) $LEGAJO ingest --jobs $JOBS --force --quiet --out $OUT/legajo $QFILES")
RP=$(peak_kib "printf '%s\\0' $QFILES | xargs -0 -P $JOBS -n 1 sh -c 'timeout $LIMIT pdftotext -enc UTF-8 \"\$0\" - >/dev/null 2>&1 || true'")
printf '   %-10s %8.3f s  %8s pages/s  peak RSS %s KiB\n' "legajo" "$BL" "$(rate "$PAGES" "$BL")" "$RL"
printf '   %-10s %8.3f s  %8s pages/s  peak RSS %s KiB (largest pdftotext process)\n' "pdftotext" "$BP" "$(rate "$PAGES" "$BP")" "$RP"
echo "   speed ratio legajo/pdftotext: $(ratio "$BL" "$BP")"
[ -n "$TIMEV" ] || echo "   (/usr/bin/time -v not available: peak RSS skipped)"
