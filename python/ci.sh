#!/usr/bin/env bash
# Builds the Python package and runs its tests; .ci/run calls it after its `cargo test`:
#   bash python/ci.sh release     # after `cargo test --release` (the default)
#   bash python/ci.sh dev         # after `cargo test`
# The extension is built with the same profile as those tests, so the core library they
# compiled is reused, and the tests compare with that build's `legajo` binary. A venv under
# target/ keeps the machine's Python untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-release}
case "$profile" in
release) args="--profile release" bin=target/release/legajo ;;
dev) args="--profile dev" bin=target/debug/legajo ;;
*) echo "usage: python/ci.sh [release|dev]" >&2; exit 2 ;;
esac
python3 -m venv target/py
target/py/bin/pip install --quiet --disable-pip-version-check maturin pytest pandas
PATH="$PWD/target/py/bin:$PATH" MATURIN_PEP517_ARGS="$args" \
    target/py/bin/pip install --quiet --disable-pip-version-check --no-build-isolation ./python
LEGAJO_BIN="$PWD/$bin" target/py/bin/python -m pytest -q python/tests
