#!/usr/bin/env python3
"""Makes a large collection from a small one, to time what grows with a collection.

    python3 scripts/synth-collection.py SOURCE_OUT DOCS DEST

SOURCE_OUT is an output folder of `legajo ingest` (e.g. of `corpus ../shared/corpus/real`).
DEST gets DOCS record files: the records of SOURCE_OUT again and again, each copy under a
made-up id and path (`copyK/<path>`), and a run.json listing them, so that `legajo ingest
NEW -o DEST` treats DEST as a collection of DOCS documents (their files are missing, so they
are kept and listed as missing). Tables' CSV files are not copied. No documents.jsonl, no
catalogue: the first `ingest` into DEST builds them (`legajo catalogue -o DEST` builds the
catalogue alone).
"""
import hashlib
import json
import os
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, docs, dest = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    names = sorted(n for n in os.listdir(os.path.join(src, "documents")) if n.endswith(".json"))
    records = [json.load(open(os.path.join(src, "documents", n), encoding="utf-8")) for n in names]
    manifest = json.load(open(os.path.join(src, "run.json"), encoding="utf-8"))
    entries = {e["id"]: e for e in manifest["documents"]}
    os.makedirs(os.path.join(dest, "documents"), exist_ok=True)
    out_entries = []
    for k in range(docs):
        rec = json.loads(json.dumps(records[k % len(records)]))
        copy = k // len(records)
        old_id = rec["id"]
        rec["id"] = hashlib.sha256(f"{copy}:{old_id}".encode()).hexdigest()
        path = f"copy{copy}/{rec['source']['path']}"
        rec["source"]["path"] = path
        rec["source"]["paths"] = [path]
        with open(os.path.join(dest, "documents", rec["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
        e = dict(entries.get(old_id) or next(iter(entries.values())))
        e["id"], e["path"] = rec["id"], path
        out_entries.append(e)
    out_entries.sort(key=lambda e: e["path"])
    manifest["documents"] = out_entries
    manifest["run"]["processed"], manifest["run"]["skipped"], manifest["run"]["seconds"] = [], [], {}
    manifest["run"].pop("root", None)
    with open(os.path.join(dest, "run.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{docs} records in {dest}")


if __name__ == "__main__":
    main()
