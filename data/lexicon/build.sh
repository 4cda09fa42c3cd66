#!/usr/bin/env bash
# Rebuilds es.fst, the Spanish word list embedded by src/normalize/lexicon.rs.
#
# Source: Debian's `hunspell-es` (1:7.5.0-1, the RLA-ES Spanish dictionary by Santiago
# Bosio, tri-licensed GPL-3+ / LGPL-3+ / MPL-1.1+; we use it under MPL-1.1, see
# LICENSE-MPL-1.1). Every affix is expanded with hunspell's `unmunch`, words are
# lower-cased, NFC-normalised, restricted to letters and hyphens, sorted and stored as
# an `fst` set (about 1.03 million forms in about 0.55 MB).
#
# Needs: apt-get install hunspell-es hunspell-tools; python3; cargo.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dic=/usr/share/hunspell/es_ES.dic
aff=/usr/share/hunspell/es_ES.aff
unmunch "$dic" "$aff" 2>/dev/null > "$tmp/pass1.txt"
# Derived entries keep continuation flags ("abdicación/S|"): expand them once more.
grep '/' "$tmp/pass1.txt" | sed 's/|$//' > "$tmp/cont.txt" || true
{ wc -l < "$tmp/cont.txt"; cat "$tmp/cont.txt"; } > "$tmp/cont.dic"
unmunch "$tmp/cont.dic" "$aff" 2>/dev/null > "$tmp/pass2.txt"
cat "$tmp/pass1.txt" "$tmp/pass2.txt" | grep -v '/' > "$tmp/all.txt"
python3 - "$tmp/all.txt" "$tmp/words.txt" <<'PY'
import sys, unicodedata
words = set()
for line in open(sys.argv[1], encoding="utf-8"):
    w = unicodedata.normalize("NFC", line.strip().replace("\u200e", "")).lower()
    if w and all(c.isalpha() or c == "-" for c in w):
        words.add(w)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(sorted(words, key=lambda s: s.encode())) + "\n")
PY
cd "$here/../.."
LEGAJO_LEXICON_WORDS="$tmp/words.txt" LEGAJO_LEXICON_OUT="$here/es.fst" \
  cargo test --lib normalize::lexicon::tests::build_fst -- --ignored --exact
