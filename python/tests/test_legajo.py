"""legajo's Python API against its command line: same records, same text, clear errors.

Needs the `legajo` binary of the same checkout: $LEGAJO_BIN, else target/release/legajo or
target/debug/legajo (whichever is newer).
"""

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import legajo

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "corpus").glob("*.pdf"))


def cli_binary():
    if os.environ.get("LEGAJO_BIN"):
        return os.environ["LEGAJO_BIN"]
    built = [REPO / "target" / p / "legajo" for p in ("release", "debug")]
    built = [b for b in built if b.exists()]
    if not built:
        pytest.fail("no legajo binary: run `cargo build` first or set LEGAJO_BIN")
    return str(max(built, key=lambda b: b.stat().st_mtime))


def cli(*args):
    done = subprocess.run([cli_binary(), *args], capture_output=True, text=True, cwd=REPO)
    return done.returncode, done.stdout


def test_the_corpus_is_there():
    assert len(CORPUS) >= 5


@pytest.mark.parametrize("pdf", CORPUS, ids=lambda p: p.name)
def test_extract_equals_the_cli_record(pdf):
    rel = str(pdf.relative_to(REPO))
    code, out = cli("extract", rel)
    assert code == 0
    os.chdir(REPO)
    record = legajo.extract(rel)
    assert record == json.loads(out)
    assert record["status"] in ("ok", "partial")
    assert record["pages"] and record["id"]


@pytest.mark.parametrize("pdf", CORPUS[:2], ids=lambda p: p.name)
def test_text_equals_the_cli_text(pdf):
    rel = str(pdf.relative_to(REPO))
    code, out = cli("text", rel)
    assert code == 0
    os.chdir(REPO)
    assert legajo.text(rel) == out


def test_bytes_give_the_record_of_the_file():
    pdf = CORPUS[0]
    from_path = legajo.extract(str(pdf))
    from_bytes = legajo.extract(pdf.read_bytes(), name=str(pdf))
    assert from_bytes == from_path
    assert legajo.extract(pdf.read_bytes())["source"]["path"] == "<bytes>"
    assert legajo.extract(pdf)["id"] == from_path["id"], "os.PathLike"


def test_a_bad_file_raises_with_the_records_reason(tmp_path):
    bad = tmp_path / "descarga.pdf"
    bad.write_text("<html><body>404</body></html>")
    with pytest.raises(legajo.LegajoError) as e:
        legajo.extract(bad)
    assert e.value.code == "input.not_pdf"
    assert "not a PDF" in str(e.value) and "descarga.pdf" in str(e.value)
    assert e.value.record["status"] == "failed"
    assert e.value.reason == e.value.record["diagnostics"][0]["message"]
    with pytest.raises(legajo.LegajoError):
        legajo.text(b"%PDF-1.4 truncated")


def test_a_missing_file_or_a_wrong_argument_raises(tmp_path):
    with pytest.raises(OSError, match="cannot read"):
        legajo.extract(tmp_path / "no-such.pdf")
    with pytest.raises(ValueError):
        legajo.extract(3.5)


def test_threads_get_the_same_records():
    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(lambda p: legajo.extract(p, jobs=1)["id"], CORPUS * 2))
    assert ids == [legajo.extract(p, jobs=1)["id"] for p in CORPUS * 2]


def test_ingest_writes_the_cli_output(tmp_path):
    manifest = legajo.ingest([str(REPO / "corpus")], tmp_path / "py", jobs=2)
    assert manifest["counts"]["documents"] == len(CORPUS)
    code, _ = cli("ingest", "--quiet", "-o", str(tmp_path / "cli"), str(REPO / "corpus"))
    assert code == 0
    for name in ("documents.jsonl", "citations.jsonl", "tables.jsonl"):
        assert (tmp_path / "py" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    with pytest.raises(OSError, match="no such file"):
        legajo.ingest([str(tmp_path / "missing")], tmp_path / "x")
    with pytest.raises(ValueError):
        legajo.ingest([str(REPO / "corpus")], tmp_path / "x", shard="3/2")
