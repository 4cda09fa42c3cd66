"""The tables of an ingest load into pandas as they are: `tables.jsonl` names each CSV, whose
one header line holds unique column names and whose rows all have as many fields.

Ingests the bundled corpus and every sixth document of the table zoo (../shared, all five
producers, multi-level headers and spanning cells among them) with the CLI.
"""

import csv
import json
import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[2]


def cli_binary():
    """$LEGAJO_BIN, else the newer of target/release/legajo and target/debug/legajo."""
    if os.environ.get("LEGAJO_BIN"):
        return os.environ["LEGAJO_BIN"]
    built = [b for b in (REPO / "target" / p / "legajo" for p in ("release", "debug")) if b.exists()]
    if not built:
        pytest.fail("no legajo binary: run `cargo build` first or set LEGAJO_BIN")
    return str(max(built, key=lambda b: b.stat().st_mtime))


def zoo_sample():
    zoo = REPO.parent / "shared" / "corpus" / "tables" / "zoo"
    if not zoo.is_dir():
        if os.environ.get("CI") in ("true", "1"):
            pytest.fail(f"{zoo} is missing")
        pytest.skip(f"{zoo} is missing")
    return sorted(zoo.glob("*.pdf"))[::6]


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    inputs = tmp_path_factory.mktemp("in")
    for pdf in zoo_sample():
        (inputs / pdf.name).symlink_to(pdf)
    out = tmp_path_factory.mktemp("out")
    done = subprocess.run(
        [cli_binary(), "ingest", "--quiet", "-o", str(out), str(REPO / "corpus"), str(inputs)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_every_table_is_indexed_and_loads_into_pandas(output):
    index = [json.loads(l) for l in (output / "tables.jsonl").read_text(encoding="utf-8").splitlines()]
    records = [json.loads(l) for l in (output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(index) == sum(len(r["tables"]) for r in records)
    assert len(index) >= 20, "the corpus and the zoo sample have tables"
    multi = 0
    for t in index:
        path = output / t["csv"]
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        assert header == t["header"], t["csv"]
        assert len(set(h.lower() for h in header)) == len(header), f"{t['csv']}: repeated names {header}"
        assert all(h.strip() for h in header), f"{t['csv']}: empty name {header}"
        assert all(len(r) == t["columns"] for r in rows), f"{t['csv']}: not rectangular"
        assert len(body) == t["rows"] - t["header_rows"], t["csv"]
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert list(df.columns) == header, t["csv"]
        assert df.shape == (len(body), t["columns"]), t["csv"]
        multi += t["header_rows"] > 1
    assert multi > 0, "some table has a header over several rows (flattened into one line)"


def test_the_index_names_documents_and_pages(output):
    index = [json.loads(l) for l in (output / "tables.jsonl").read_text(encoding="utf-8").splitlines()]
    paths = {r["id"]: r["source"]["path"] for r in map(json.loads, (output / "documents.jsonl").open(encoding="utf-8"))}
    for t in index:
        assert paths[t["document"]] == t["path"]
        assert 1 <= t["pages"][0] <= t["pages"][1]
        assert t["csv"] == f"tables/{t['document']}-{t['table']}.csv"
