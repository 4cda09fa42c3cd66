#!/usr/bin/env bash
# Tables found by pdfplumber and Camelot, for `legajo eval` to print beside legajo's:
#
#   scripts/peers/run.sh ../shared/corpus/tables/zoo ../shared/corpus/tables/icdar2013
#   target/release/legajo eval ../shared/corpus/tables/zoo
#
# Makes a venv (target/peers-venv; $PEERS_VENV) with pdfplumber and camelot-py (its lattice
# flavour renders pages with pypdfium2 and finds lines with opencv-python-headless, both
# wheels: no Ghostscript needed), then runs scripts/peers/extract.py over each folder, which
# writes $LEGAJO_PEERS (default target/peers)/<folder name>/<tool>/<pdf stem>.json. A
# document already cached for the same bytes is not run again. Extra options go to
# extract.py (--tools pdfplumber,camelot-stream, --timeout 300, --force).
# Not part of .ci/run: Camelot takes minutes per folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${PEERS_VENV:-target/peers-venv}
if ! "$venv/bin/python" -c "import pdfplumber, camelot" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check pdfplumber camelot-py
fi
folders=() opts=()
for a in "$@"; do
    case "$a" in -*) opts+=("$a") ;; *) if [ -d "$a" ]; then folders+=("$a"); else opts+=("$a"); fi ;; esac
done
[ ${#folders[@]} -gt 0 ] || { echo "usage: scripts/peers/run.sh FOLDER... [--tools T,T] [--timeout S] [--force]" >&2; exit 2; }
# Camelot warns once per page without a table; the summary line per tool is what matters.
PYTHONWARNINGS=ignore "$venv/bin/python" scripts/peers/extract.py "${opts[@]}" "${folders[@]}"
