#!/usr/bin/env bash
# Cost of OCR per scanned page: legajo (built with `--features ocr`) against ocrmypdf +
# pdftotext on the same image-only PDFs, on one core and on all cores.
#
# Usage: scripts/bench-ocr.sh [JOBS]
#   JOBS  workers for the "all cores" lines (default: nproc)
# Environment: SCANS (default ../shared/corpus/scans), SEEDS (default "000 001": which
#   seedNNN files), VARIANTS (default "g4-300 jpeg-200-skew": the image-only variants),
#   SKIP_BUILD=1 (use target/release/legajo as it is; it must have the `ocr` feature),
#   LEGAJO_BIN (measure that binary instead), OCRMYPDF=0 (skip the ocrmypdf lines).
#
# Lines (one pass each: OCR is seconds per page, a pass is minutes):
#   1. legajo, one core: `legajo text --jobs 1 FILE` per file (OMP_THREAD_LIMIT=1);
#   2. legajo, all cores: `legajo ingest --jobs JOBS` over all the files at once (pages of
#      every document recognised in parallel);
#   3. ocrmypdf, one core: `ocrmypdf -l spa --jobs 1 --output-type pdf --optimize 0 FILE
#      OUT`, then `pdftotext -enc UTF-8 OUT -` (the fastest ocrmypdf settings: no PDF/A, no
#      image optimisation);
#   4. ocrmypdf, all cores: the same with `--jobs JOBS`, one file after the other (ocrmypdf
#      parallelises pages within a file).
# Columns: wall seconds, wall seconds per page, CPU seconds (user + system, all processes)
# per page, and peak RSS from /usr/bin/time -v (legajo: the whole process, so the "all
# cores" line holds JOBS pages in flight, and `per page` = peak / JOBS; ocrmypdf: its largest
# single process). The machine may be shared: CPU seconds are the steadier figure.
# Not needed in CI; installs nothing (ocrmypdf: `apt-get install ocrmypdf`).
set -euo pipefail

cd "$(dirname "$0")/.."
JOBS=${1:-$(nproc 2>/dev/null || echo 2)}
SCANS=${SCANS:-../shared/corpus/scans}
SEEDS=${SEEDS:-000 001}
VARIANTS=${VARIANTS:-g4-300 jpeg-200-skew}
export OMP_THREAD_LIMIT=1

[ -x /usr/bin/time ] || { echo "/usr/bin/time: not installed (apt-get install time)"; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext: not installed (apt-get install poppler-utils)"; exit 2; }
if [ -n "${LEGAJO_BIN:-}" ]; then
    LEGAJO=$LEGAJO_BIN
else
    if [ "${SKIP_BUILD:-0}" != 1 ]; then cargo build --release --features ocr --quiet; fi
    LEGAJO=$PWD/target/release/legajo
fi
[ -x "$LEGAJO" ] || { echo "no release build at $LEGAJO"; exit 2; }

FILES=()
for s in $SEEDS; do
    for v in $VARIANTS; do
        f=$SCANS/seed$s-$v.pdf
        [ -f "$f" ] && FILES+=("$f")
    done
done
[ ${#FILES[@]} -gt 0 ] || { echo "no scanned PDFs under $SCANS"; exit 2; }
PAGES=0
for f in "${FILES[@]}"; do
    PAGES=$((PAGES + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')))
done
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
: >"$TMP/log"
# A build without OCR reads nothing from these files: refuse to time that (checked on the
# first page alone when qpdf is there).
probe=${FILES[0]}
if command -v qpdf >/dev/null && qpdf --empty --pages "$probe" 1 -- "$TMP/probe.pdf" 2>/dev/null; then probe=$TMP/probe.pdf; fi
if ! "$LEGAJO" text --jobs 1 "$probe" 2>/dev/null | grep -q '[[:alpha:]]'; then
    echo "$LEGAJO recognises no text: build it with --features ocr"
    exit 2
fi

# timed CMD…: appends "WALL CPU PEAK_KIB" of CMD to $TMP/log.
timed() {
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/t" "$@" >/dev/null 2>&1 || echo "failed: $*" >&2
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$TMP/t" >>"$TMP/log"
}
# Sums the lines logged since line $1: wall, CPU, the largest peak.
total() { tail -n +"$(($1 + 1))" "$TMP/log" | awk '{w += $1; c += $2; if ($3 > m) m = $3} END {print w, c, m}'; }
row() { # NAME JOBS WALL CPU PEAK_KIB
    awk -v n="$1" -v j="$2" -v w="$3" -v c="$4" -v k="$5" -v p="$PAGES" 'BEGIN {
        printf "%-22s %5d %9.1f %10.2f %10.2f %10.0f %12.0f\n", n, j, w, w / p, c / p, k / 1024, k / 1024 / j }'
}
mark() { wc -l <"$TMP/log"; }
ocr_pdf() { # JOBS FILE
    ocrmypdf -q -l spa --jobs "$1" --output-type pdf --optimize 0 "$2" "$TMP/o.pdf" && pdftotext -enc UTF-8 "$TMP/o.pdf" -
}
export -f ocr_pdf
export TMP

echo "files: ${#FILES[@]} (${SEEDS// /, } × ${VARIANTS// /, }), pages: $PAGES, all cores = $JOBS"
printf "%-22s %5s %9s %10s %10s %10s %12s\n" tool jobs wall_s s/page cpu_s/page peak_MiB MiB/in_flight
m=$(mark)
for f in "${FILES[@]}"; do timed "$LEGAJO" text --jobs 1 "$f"; done
row "legajo, one core" 1 $(total "$m")
m=$(mark)
timed "$LEGAJO" ingest --jobs "$JOBS" --force --quiet --no-catalogue --out "$TMP/out" "${FILES[@]}"
row "legajo, all cores" "$JOBS" $(total "$m")
if [ "${OCRMYPDF:-1}" != 0 ] && command -v ocrmypdf >/dev/null; then
    m=$(mark)
    for f in "${FILES[@]}"; do timed bash -c 'ocr_pdf 1 "$0"' "$f"; done
    row "ocrmypdf+pdftotext, 1" 1 $(total "$m")
    m=$(mark)
    for f in "${FILES[@]}"; do timed bash -c 'ocr_pdf "$1" "$0"' "$f" "$JOBS"; done
    row "ocrmypdf+pdftotext, N" "$JOBS" $(total "$m")
else
    echo "ocrmypdf: not installed or skipped (apt-get install ocrmypdf)"
fi
