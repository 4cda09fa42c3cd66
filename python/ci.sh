#!/usr/bin/env bash
# Builds the Python package and runs its tests (called by .ci/run after `cargo test`, which
# leaves target/debug/legajo for the tests to compare with). The extension is built with the
# dev profile, so the core library compiled for `cargo test` is reused; a venv under target/
# keeps the machine's Python untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv target/py
target/py/bin/pip install --quiet --disable-pip-version-check maturin pytest
PATH="$PWD/target/py/bin:$PATH" MATURIN_PEP517_ARGS="--profile dev" \
    target/py/bin/pip install --quiet --disable-pip-version-check --no-build-isolation ./python
LEGAJO_BIN="$PWD/target/debug/legajo" target/py/bin/python -m pytest -q python/tests
