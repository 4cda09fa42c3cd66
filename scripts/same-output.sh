#!/usr/bin/env bash
# Whether two legajo builds write the same bytes: `extract` and `text` of every PDF of the
# project's and the shared corpora, by both binaries, compared file by file. For changes
# that must not move any output (speed work).
#
# Usage: scripts/same-output.sh BASE_BIN NEW_BIN
# Environment: SHARED (default ../shared), JOBS (parallel files, default 2).
# Input: corpus/, tests/data/tables/chromium and $SHARED/corpus/{seeds,real,tables/zoo,
#   tables/icdar2013,adversarial,scans}, without the files held out this session (zoo groff,
#   ICDAR 2013 us, real bo-constitucion, pe-constitucion-1993, en-scotus-transcript-p1,
#   en-icdar2013-us-003): their outputs are neither read nor printed.
# Output: one line per differing output (command and file), then the count of comparisons
#   and of differences; exit status 1 when any differs. A run that fails (e.g. a damaged
#   file) is compared by its output and exit status like any other.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: same-output.sh BASE_BIN NEW_BIN}
NEW=${2:?usage: same-output.sh BASE_BIN NEW_BIN}
SHARED=${SHARED:-../shared}
JOBS=${JOBS:-2}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

FILES=()
for d in corpus tests/data/tables/chromium "$SHARED"/corpus/{seeds,real,tables/zoo,tables/icdar2013,adversarial,scans}; do
    for f in "$d"/*.pdf; do
        [ -f "$f" ] || continue
        case "$(basename "$f")" in
            *groff* | *-us-* | *bo-constitucion* | *pe-constitucion-1993* | *en-scotus-transcript-p1*) continue ;;
        esac
        FILES+=("$f")
    done
done

one() { # BASE NEW TMP FILE: compares extract and text; prints the differing ones
    local base=$1 new=$2 tmp=$3 f=$4 cmd k
    k=$(printf '%s' "$f" | sha1sum | cut -c1-16)
    for cmd in extract text; do
        { timeout 300 "$base" "$cmd" --jobs 1 "$f" 2>/dev/null; echo "exit $?"; } >"$tmp/$k.b" || true
        { timeout 300 "$new" "$cmd" --jobs 1 "$f" 2>/dev/null; echo "exit $?"; } >"$tmp/$k.n" || true
        cmp -s "$tmp/$k.b" "$tmp/$k.n" || echo "DIFF $cmd $f"
        echo "compared" >>"$tmp/$k.count"
    done
    rm -f "$tmp/$k.b" "$tmp/$k.n"
}
export -f one
printf '%s\0' "${FILES[@]}" | xargs -0 -P "$JOBS" -n 1 bash -c 'one "$0" "$1" "$2" "$3"' "$BASE" "$NEW" "$TMP" | tee "$TMP/diffs"
n=$(cat "$TMP"/*.count 2>/dev/null | wc -l)
d=$(grep -c '^DIFF' "$TMP/diffs" || true)
echo "${#FILES[@]} files, $n comparisons, $d differ"
[ "$d" -eq 0 ]
