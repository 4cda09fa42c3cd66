"""Python `legajo.extract` against `legajo extract`, per page, one thread.

    python python/bench.py [RUNS]        # default 3 runs; the fastest of each file counts

Files: the PDFs of corpus/ and ../shared/corpus/real (without bomb-, broken-, enc-), as
scripts/bench.sh. CLI: `legajo extract --jobs 1 FILE > /dev/null`, one process per file
(start-up included, as a shell user pays it); $LEGAJO_BIN or target/release/legajo. Python:
`legajo.extract(FILE, jobs=1)` in this process, the record turned into dicts included. Use the
release build of both (`pip install ./python`, `cargo build --release`).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import legajo

REPO = Path(__file__).resolve().parents[1]


def files():
    found = sorted((REPO / "corpus").glob("*.pdf"))
    real = REPO / ".." / "shared" / "corpus" / "real"
    if real.is_dir():
        found += sorted(p for p in real.glob("*.pdf") if not p.name.startswith(("bomb-", "broken-", "enc-")))
    return found


def fastest(f, runs):
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    binary = os.environ.get("LEGAJO_BIN", str(REPO / "target" / "release" / "legajo"))
    pages = cli_s = py_s = 0.0
    legajo.extract(files()[0], jobs=1)  # the first call compiles the patterns, as CLI start-up does
    for p in files():
        try:
            n = legajo.extract(p, jobs=1)["metadata"]["pages"]
        except legajo.LegajoError:
            continue
        devnull = subprocess.DEVNULL
        cli = fastest(lambda: subprocess.run([binary, "extract", "--jobs", "1", str(p)], stdout=devnull, stderr=devnull), runs)
        py = fastest(lambda: legajo.extract(p, jobs=1), runs)
        pages += n
        cli_s += cli
        py_s += py
    print(f"{len(files())} files, {int(pages)} pages, fastest of {runs} runs, one thread")
    print(f"CLI    legajo extract: {cli_s:7.2f} s  {1000 * cli_s / pages:6.2f} ms/page")
    print(f"Python legajo.extract: {py_s:7.2f} s  {1000 * py_s / pages:6.2f} ms/page")
    print(f"Python / CLI: {py_s / cli_s:.3f}")


if __name__ == "__main__":
    main()
