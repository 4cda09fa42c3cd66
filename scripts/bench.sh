#!/usr/bin/env bash
# Speed and memory of legajo against poppler's pdftotext on the same files and cores.
#
# Usage: scripts/bench.sh [RUNS] [JOBS]
#   RUNS  passes of every measurement; the median is reported (default 3)
#   JOBS  parallel workers for the batch lines (default: nproc)
# Environment: REPEAT (copies of the file set in the synthetic batch, default 5; 0 skips it),
#   LONG_COPIES (copies of the seed PDFs joined into the long document, default 8: ~930
#   pages; 0 skips the scaling line), SHARED (default ../shared), PER_FILE_SECONDS (timeout of
#   one run, default 120), SKIP_BUILD=1 (use target/release/legajo as it is), LEGAJO_BIN
#   (measure that binary instead, e.g. an older build kept for a before/after comparison).
#
# Input: the PDFs of corpus/ and $SHARED/corpus/real, without the hostile bomb-* files
# (pdftotext never finishes), the damaged broken-* ones and the encrypted enc-* ones.
# Built at run time in a temporary folder (removed at exit): the synthetic batch (the file set
# copied REPEAT times) and, when qpdf is installed, a long document (the seed PDFs joined
# LONG_COPIES times with `qpdf --empty --pages`) and its first 50 pages.
#
# Output, side by side, pdftotext's figure next to legajo's and the ratio:
#   1. batch: `legajo ingest --jobs JOBS --force` (release build, fresh output folder) against
#      pdftotext over the same files through `xargs -P JOBS`: median wall time, pages/s,
#      peak RSS (legajo: the whole process, JOBS documents in flight; pdftotext: its largest
#      process), `speed` = pdftotext time / legajo time (> 1: legajo is faster) and `mem/doc`
#      = legajo peak / (JOBS × pdftotext peak), memory per document in flight;
#   2. one file at a time, one thread: `legajo text --jobs 1 FILE` against
#      `pdftotext -enc UTF-8 FILE -`: median pass time, pages/s, largest peak RSS, ratios;
#   3. scaling: the 50-page and the long document through both, one at a time: time, pages/s
#      and peak RSS, and how the long one compares (time per page, RSS multiple).
# Peak RSS comes from /usr/bin/time (skipped, shown as "-", when it is missing). Nothing is
# installed. This machine may be shared: figures are medians, compare the ratios.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-3}
JOBS=${2:-$(nproc 2>/dev/null || echo 2)}
SHARED=${SHARED:-../shared}
LIMIT=${PER_FILE_SECONDS:-120}
REPEAT=${REPEAT:-5}
LONG_COPIES=${LONG_COPIES:-8}

command -v pdftotext >/dev/null || { echo "pdftotext: not installed (apt-get install poppler-utils)"; exit 2; }
if [ -n "${LEGAJO_BIN:-}" ]; then
    LEGAJO=$LEGAJO_BIN
else
    if [ "${SKIP_BUILD:-0}" != 1 ]; then cargo build --release --quiet; fi
    LEGAJO=$PWD/target/release/legajo
fi
[ -x "$LEGAJO" ] || { echo "no release build at $LEGAJO"; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
TIMEV=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1; then TIMEV=/usr/bin/time; fi

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
pages_sum() { local t=0 f; for f in "$@"; do t=$((t + $(pages_of "$f"))); done; echo "$t"; }

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.3f\n", b-a}'; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { sort -g | tail -1; }
rate() { awk -v p="$1" -v s="$2" 'BEGIN {if (s > 0) printf "%.0f", p/s; else print "inf"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a > 0 && b > 0) printf "%.2f", b/a; else print "-"}'; }
mib() { awk -v k="$1" 'BEGIN {if (k ~ /^[0-9]+$/) printf "%.1f", k/1024; else print "-"}'; }

# measured CMD…: runs CMD under /usr/bin/time when there is one; prints "SECONDS PEAK_KIB".
measured() {
    local t0 s kib="-"
    t0=$(now)
    if [ -n "$TIMEV" ]; then
        "$TIMEV" -f %M -o "$TMP/rss" "$@" >/dev/null 2>&1 || true
        kib=$(tail -1 "$TMP/rss" 2>/dev/null | grep -o '^[0-9]*$' || echo "-")
    else
        "$@" >/dev/null 2>&1 || true
    fi
    s=$(since "$t0")
    echo "$s ${kib:--}"
}

# RUNS passes of CMD… (a command, or one of the functions below); prints
# "MEDIAN_SECONDS MAX_PEAK_KIB".
passes() {
    local r
    if [ "$(type -t "$1")" = function ]; then set -- bash -c '"$0" "$@"' "$@"; fi
    for r in $(seq "$RUNS"); do measured "$@"; done >"$TMP/passes"
    echo "$(awk '{print $1}' "$TMP/passes" | median) $(awk '$2 ~ /^[0-9]+$/ {print $2}' "$TMP/passes" | maxof)"
}

batch_legajo() { # FILES…
    rm -rf "$TMP/out"
    timeout $((LIMIT * 10)) "$LEGAJO" ingest --jobs "$JOBS" --force --quiet --out "$TMP/out" "$@"
}
batch_pdftotext() { # FILES…
    printf '%s\0' "$@" | xargs -0 -P "$JOBS" -n 1 sh -c 'timeout "$0" pdftotext -enc UTF-8 "$1" - >/dev/null 2>&1 || true' "$LIMIT"
}
sequential() { # legajo|pdftotext FILES…: one file at a time; prints the largest peak RSS in KiB
    local tool=$1 f kib max=0
    shift
    for f in "$@"; do
        if [ "$tool" = legajo ]; then
            kib=$(measured timeout "$LIMIT" "$LEGAJO" text --jobs 1 "$f" | awk '{print $2}')
        else
            kib=$(measured timeout "$LIMIT" pdftotext -enc UTF-8 "$f" - | awk '{print $2}')
        fi
        case "$kib" in '' | *[!0-9]*) ;; *) [ "$kib" -gt "$max" ] && max=$kib ;; esac
    done
    echo "$max"
}
# RUNS sequential passes; prints "MEDIAN_SECONDS MAX_PEAK_KIB".
sequential_passes() {
    local r t0 kib max=0
    : >"$TMP/seq"
    for r in $(seq "$RUNS"); do
        t0=$(now)
        kib=$(sequential "$@")
        echo "$(since "$t0")" >>"$TMP/seq"
        [ "$kib" -gt "$max" ] && max=$kib
    done
    [ -n "$TIMEV" ] || max="-"
    echo "$(median <"$TMP/seq") $max"
}

row_head() {
    printf '%-22s %5s %6s | %8s %7s %8s | %8s %7s %8s | %6s %8s\n' \
        "$1" docs pages "legajo s" pages/s "peak MiB" "pdftt s" pages/s "peak MiB" speed "$2"
}
# row LABEL DOCS PAGES L_SECONDS L_KIB P_SECONDS P_KIB MEM_RATIO
row() {
    printf '%-22s %5s %6s | %8.2f %7s %8s | %8.2f %7s %8s | %6s %8s\n' \
        "$1" "$2" "$3" "$4" "$(rate "$3" "$4")" "$(mib "$5")" "$6" "$(rate "$3" "$6")" "$(mib "$7")" \
        "$(ratio "$4" "$6")" "$8"
}
mem_per_doc() { # L_KIB P_KIB JOBS
    awk -v l="$1" -v p="$2" -v j="$3" 'BEGIN {if (l ~ /^[0-9]+$/ && p ~ /^[0-9]+$/ && p > 0) printf "%.2f", l/(j*p); else print "-"}'
}

# The synthetic batch: the file set, REPEAT times.
BIG=()
if [ "$REPEAT" -gt 0 ]; then
    for r in $(seq "$REPEAT"); do
        mkdir -p "$TMP/batch/$r"
        for f in "${FILES[@]}"; do
            cp "$f" "$TMP/batch/$r/"
            BIG+=("$TMP/batch/$r/$(basename "$f")")
        done
    done
fi

# The long document and its first 50 pages.
LONG=""
SHORT=""
if [ "$LONG_COPIES" -gt 0 ] && command -v qpdf >/dev/null; then
    SEEDS=(corpus/seed*.pdf)
    PARTS=()
    for r in $(seq "$LONG_COPIES"); do PARTS+=("${SEEDS[@]}"); done
    if qpdf --empty --pages "${PARTS[@]}" -- "$TMP/long.pdf" 2>/dev/null &&
        qpdf --empty --pages "$TMP/long.pdf" 1-50 -- "$TMP/short50.pdf" 2>/dev/null; then
        LONG=$TMP/long.pdf
        SHORT=$TMP/short50.pdf
    fi
fi

PAGES=$(pages_sum "${FILES[@]}")
echo "legajo $("$LEGAJO" --version 2>/dev/null | awk '{print $2}') (release) vs $(pdftotext -v 2>&1 | head -1)"
echo "files: ${#FILES[@]} PDFs, $PAGES pages (corpus/ and $SHARED/corpus/real without bomb-*, broken-*, enc-*)"
echo "runs: $RUNS (medians), jobs: $JOBS, cores: $(nproc 2>/dev/null || echo '?'), load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
[ -n "$TIMEV" ] || echo "(/usr/bin/time not available: peak RSS shown as -)"
echo "speed = pdftotext time / legajo time (> 1: legajo is faster)"

echo
echo "1. batch on $JOBS workers: legajo ingest --jobs $JOBS --force vs xargs -P $JOBS pdftotext"
row_head "set" "mem/doc"
export LEGAJO JOBS TMP LIMIT
export -f batch_legajo batch_pdftotext
read -r BL BLK < <(passes batch_legajo "${FILES[@]}")
read -r BP BPK < <(passes batch_pdftotext "${FILES[@]}")
row "corpus + real" "${#FILES[@]}" "$PAGES" "$BL" "$BLK" "$BP" "$BPK" "$(mem_per_doc "$BLK" "$BPK" "$JOBS")"
if [ ${#BIG[@]} -gt 0 ]; then
    read -r BL BLK < <(passes batch_legajo "${BIG[@]}")
    read -r BP BPK < <(passes batch_pdftotext "${BIG[@]}")
    row "(corpus + real) x$REPEAT" "${#BIG[@]}" $((PAGES * REPEAT)) "$BL" "$BLK" "$BP" "$BPK" "$(mem_per_doc "$BLK" "$BPK" "$JOBS")"
fi
if [ -n "$LONG" ]; then
    LP=$(pages_of "$LONG")
    read -r BL BLK < <(passes batch_legajo "$LONG")
    read -r BP BPK < <(passes batch_pdftotext "$LONG")
    row "long document" 1 "$LP" "$BL" "$BLK" "$BP" "$BPK" "$(mem_per_doc "$BLK" "$BPK" 1)"
fi

echo
echo "2. one file at a time, one thread: legajo text vs pdftotext"
row_head "set" "mem"
read -r SL SLK < <(sequential_passes legajo "${FILES[@]}")
read -r SP SPK < <(sequential_passes pdftotext "${FILES[@]}")
row "corpus + real" "${#FILES[@]}" "$PAGES" "$SL" "$SLK" "$SP" "$SPK" "$(ratio "$SPK" "$SLK")"

if [ -n "$LONG" ]; then
    echo
    echo "3. scaling, one document, one thread: 50 pages vs $LP pages"
    row_head "document" "mem"
    read -r AL ALK < <(passes timeout "$LIMIT" "$LEGAJO" text --jobs 1 "$SHORT")
    read -r AP APK < <(passes timeout "$LIMIT" pdftotext -enc UTF-8 "$SHORT" -)
    row "first 50 pages" 1 50 "$AL" "$ALK" "$AP" "$APK" "$(ratio "$APK" "$ALK")"
    read -r ZL ZLK < <(passes timeout "$LIMIT" "$LEGAJO" text --jobs 1 "$LONG")
    read -r ZP ZPK < <(passes timeout "$LIMIT" pdftotext -enc UTF-8 "$LONG" -)
    row "long document" 1 "$LP" "$ZL" "$ZLK" "$ZP" "$ZPK" "$(ratio "$ZPK" "$ZLK")"
    awk -v a="$AL" -v z="$ZL" -v lp="$LP" -v ak="$ALK" -v zk="$ZLK" 'BEGIN {
        printf "legajo, long vs 50 pages: %.2fx the time per page; peak RSS %s\n",
            (a > 0 ? (z / lp) / (a / 50) : 0),
            (ak ~ /^[0-9]+$/ && ak > 0 ? sprintf("%.2fx", zk / ak) : "-")
    }'
fi
echo "mem = legajo peak RSS / pdftotext peak RSS; mem/doc = legajo peak / (jobs x largest pdftotext)"
