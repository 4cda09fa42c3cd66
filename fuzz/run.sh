#!/usr/bin/env bash
# Coverage-guided fuzzing of the pipeline on stable Rust (libFuzzer via the libfuzzer-sys
# crate; needs a C++ compiler). Usage: fuzz/run.sh [SECONDS] [extra libFuzzer options]
#   SECONDS: campaign length (default 600). Findings land in fuzz/artifacts/, the corpus
#   grows in fuzz/corpus/ (both ignored by git). Reproduce one: fuzz/target/<host triple>/release/pipeline FILE
# Seeds: the repository's own fixtures (the seed PDFs of corpus/, split into single pages
# when qpdf is installed, and the READMEs as text inputs).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"; shift || true
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
# An explicit --target keeps the instrumentation out of build scripts and proc macros.
triple="$(rustc -vV | sed -n 's/^host: //p')"
cargo build --release --bin pipeline --target "$triple"
mkdir -p corpus artifacts
if [ -z "$(ls -A corpus)" ]; then
  for f in ../corpus/*.pdf; do
    b=$(basename "$f" .pdf)
    if command -v qpdf >/dev/null; then
      for p in 1 2 3; do qpdf --empty --pages "$f" "$p" -- "corpus/$b-p$p.pdf" 2>/dev/null || true; done
    else
      cp "$f" corpus/
    fi
  done
  # Text inputs: the first byte's lowest bit set names them .txt.
  for f in ../README.md ../corpus/README.md; do { printf 'A'; head -c 8000 "$f"; } > "corpus/txt-$(basename "$(dirname "$f")")"; done
fi
exec "target/$triple/release/pipeline" corpus -artifact_prefix=artifacts/ -max_total_time="$secs" \
  -rss_limit_mb=2048 -timeout=30 -max_len=262144 -print_final_stats=1 "$@"
