"""Tables found by other tools (pdfplumber, Camelot), cached for `legajo eval`.

    python scripts/peers/extract.py [--cache DIR] [--tools T,T] [--timeout S] FOLDER...

For every PDF directly in FOLDER and every tool, writes
CACHE/<folder name>/<tool>/<pdf stem>.json:

    {"tool": "pdfplumber", "version": "0.11.7", "settings": "...", "file": "x.pdf",
     "sha256": "<of the PDF's bytes>", "seconds": 1.25, "error": null,
     "tables": [{"page": 1, "rows": [["cell", ...], ...]}, ...]}

`page` is 1-based; rows are the tool's cell texts as it returns them (None → ""), a spanning
cell's text in its first cell as both tools give it. A document the tool fails on (or that
takes longer than --timeout seconds) gets `"error": "..."` and no tables. A cache file whose
sha256 matches the PDF is kept (the run resumes); `--force` redoes them.

Tools (each with its default settings, as a user would call it):
  pdfplumber       page.extract_tables() on every page
  camelot-lattice  camelot.read_pdf(pages="all", flavor="lattice")   (ruling lines)
  camelot-stream   camelot.read_pdf(pages="all", flavor="stream")    (text alignment)

Run through scripts/peers/run.sh, which makes the venv with these packages.
"""

import argparse
import hashlib
import json
import os
import signal
import sys
import time
from pathlib import Path

TOOLS = ("pdfplumber", "camelot-lattice", "camelot-stream")


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def text(c):
    return "" if c is None else str(c)


def run_pdfplumber(pdf):
    import pdfplumber

    tables = []
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages, start=1):
            for t in page.extract_tables():
                tables.append({"page": i, "rows": [[text(c) for c in row] for row in t]})
    return tables


def run_camelot(pdf, flavor):
    import camelot

    found = camelot.read_pdf(str(pdf), pages="all", flavor=flavor)
    tables = []
    for t in found:
        rows = t.df.astype(str).values.tolist()
        tables.append({"page": int(t.page), "rows": [[text(c) for c in row] for row in rows]})
    return tables


def version(tool):
    if tool == "pdfplumber":
        import pdfplumber

        return pdfplumber.__version__
    import camelot

    return camelot.__version__


def extract(tool, pdf):
    if tool == "pdfplumber":
        return run_pdfplumber(pdf)
    return run_camelot(pdf, tool.split("-", 1)[1])


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def up_to_date(target, digest):
    try:
        return json.loads(target.read_text(encoding="utf-8")).get("sha256") == digest
    except (OSError, ValueError):
        return False


def write_atomic(target, value):
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(value, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(target)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("LEGAJO_PEERS", "target/peers")))
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--timeout", type=int, default=300, help="seconds per document and tool")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    tools = [t for t in args.tools.split(",") if t]
    for t in tools:
        if t not in TOOLS:
            ap.error(f"unknown tool {t!r} (known: {', '.join(TOOLS)})")
    signal.signal(signal.SIGALRM, _alarm)
    for folder in args.folders:
        pdfs = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
        if not pdfs:
            print(f"{folder}: no PDF", file=sys.stderr)
            continue
        for tool in tools:
            try:
                ver = version(tool)
            except ImportError as e:
                print(f"{tool}: not installed ({e})", file=sys.stderr)
                continue
            out = args.cache / folder.resolve().name / tool
            done = failed = 0
            t_all = time.monotonic()
            for pdf in pdfs:
                digest = sha256(pdf)
                target = out / f"{pdf.stem}.json"
                if not args.force and up_to_date(target, digest):
                    continue
                t0 = time.monotonic()
                error, tables = None, []
                signal.alarm(args.timeout)
                try:
                    tables = extract(tool, pdf)
                except Timeout:
                    error = f"timeout after {args.timeout} s"
                except Exception as e:  # the tool's own failure, recorded per document
                    error = f"{type(e).__name__}: {e}"
                finally:
                    signal.alarm(0)
                failed += error is not None
                done += 1
                write_atomic(
                    target,
                    {
                        "tool": tool,
                        "version": ver,
                        "settings": "defaults",
                        "file": pdf.name,
                        "sha256": digest,
                        "seconds": round(time.monotonic() - t0, 3),
                        "error": error,
                        "tables": tables,
                    },
                )
            print(
                f"{tool} {ver}: {folder} -> {out}: {done} documents processed ({failed} failed), "
                f"{len(pdfs) - done} up to date, {time.monotonic() - t_all:.0f} s",
                file=sys.stderr,
            )


if __name__ == "__main__":
    main()
