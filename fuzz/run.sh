#!/usr/bin/env bash
# Coverage-guided fuzzing of the pipeline on stable Rust (libFuzzer via the libfuzzer-sys
# crate; needs a C++ compiler). Usage: fuzz/run.sh [SECONDS] [extra libFuzzer options]
#   SECONDS: campaign length (default 600). Findings land in fuzz/artifacts/, the corpus
#   grows in fuzz/corpus/ (both ignored by git). Reproduce one: fuzz/target/<host triple>/release/pipeline FILE
# Seeds: the repository's own fixtures (the seed PDFs of corpus/ split into single pages when
# qpdf is installed and cut short, the READMEs, tests/data's texts and legal sentences).
# FUZZ_BUILD_ONLY=1 builds and seeds without fuzzing. CARGO_TARGET_DIR is honoured.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"; shift || true
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
# An explicit --target keeps the instrumentation out of build scripts and proc macros.
triple="$(rustc -vV | sed -n 's/^host: //p')"
cargo build --release --bin pipeline --target "$triple"
bin="${CARGO_TARGET_DIR:-target}/$triple/release/pipeline"
mkdir -p corpus artifacts
if [ -z "$(ls -A corpus)" ]; then
  for f in ../corpus/*.pdf; do
    b=$(basename "$f" .pdf)
    # Single pages (with the resources they use) when qpdf is installed, and the file cut
    # short (a truncated file: the xref is gone, the loader must scan).
    if command -v qpdf >/dev/null; then
      n=$(qpdf --show-npages "$f" 2>/dev/null || echo 3)
      for p in $(seq 1 "$n"); do qpdf --empty --pages "$f" "$p" -- "corpus/$b-p$p.pdf" 2>/dev/null || true; done
    fi
    for k in 4 16 64; do head -c $((k * 1024)) "$f" > "corpus/$b-head$k.pdf"; done
  done
  # Text inputs: the first byte's lowest bit set names them .txt ('A' is 0x41).
  for f in ../README.md ../corpus/README.md ../tests/data/text/*.txt; do
    { printf 'A'; head -c 8000 "$f"; } > "corpus/txt-$(basename "$(dirname "$f")")-$(basename "$f")"
  done
  # Legal sentences of the test sets, a few hundred lines each.
  for f in ../tests/data/legal/*.jsonl; do { printf 'A'; head -n 200 "$f"; } > "corpus/txt-legal-$(basename "$f" .jsonl)"; done
  # Inputs larger than -max_len are of no use to the fuzzer.
  find corpus -size +256k -delete
fi
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0
exec "$bin" corpus -artifact_prefix=artifacts/ -max_total_time="$secs" \
  -rss_limit_mb=2048 -timeout=30 -max_len=262144 -print_final_stats=1 "$@"
