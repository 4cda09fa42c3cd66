#!/usr/bin/env python3
"""GeoTopo (real/de-geotopo-komprimiert.pdf) similarity per half, for development with one
half held out: Indel similarity (whitespace collapsed, NFC) of each half of `legajo extract`'s
text with page furniture, rendered as `pipeline::render_text_with_furniture` renders it, to
the matching half of the expected text.

The truth is split before "56 3.3. ÜBERLAGERUNGEN"; the output before PDF page SPLIT (59).
Prints per half: similarity, Indel distance, lengths. Needs `pip install rapidfuzz`.

usage: scripts/geotopo-halves.py [BIN] [SHARED]   (defaults: target/release/legajo, ../shared)
"""
import json, subprocess, sys, unicodedata
from rapidfuzz.distance import Indel

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/legajo"
SHARED = sys.argv[2] if len(sys.argv) > 2 else "../shared"
PDF = f"{SHARED}/corpus/real/de-geotopo-komprimiert.pdf"
TRUTH = f"{SHARED}/corpus/real/de-geotopo-komprimiert.expected.txt"
MARK, SPLIT = "56 3.3. ÜBERLAGERUNGEN", 59
FURN = {"header", "footer", "page_number"}


def render(rec, pages):
    """render_text_with_furniture over the pages whose number is in `pages`."""
    allp = [p for p in rec["pages"] if p["number"] in pages]
    by = {p["number"]: p for p in allp}

    def opening(p):
        bl = p["blocks"]
        lead = 0
        while lead < len(bl) and bl[lead]["kind"] in FURN:
            lead += 1
        if lead < len(bl):
            return lead
        n = 0
        for b in bl:
            bb, h = b.get("bbox"), p.get("height")
            top = (bb[1] + bb[3] < h) if (bb and h) else b["kind"] == "header"
            if not top:
                break
            n += 1
        return n

    opened = {br["page"] for p in allp for b in p["blocks"] for br in b.get("page_breaks", []) if br["page"] in by}
    out = []
    push = lambda t: out.append(t) if t else None
    for p in allp:
        bl = p["blocks"]
        broken = next((i for i, b in enumerate(bl) if b.get("page_breaks")), None)
        skip = opening(p) if p["number"] in opened else 0
        for i, b in enumerate(bl):
            if i < skip or (broken is not None and i > broken and b["kind"] in FURN):
                continue
            t = b["text"].encode()
            frm = 0
            for n, br in enumerate(b.get("page_breaks", [])):
                at = max(br["at"], frm)
                push(t[frm:at].decode(errors="ignore").rstrip())
                if n == 0 and broken == i:
                    for x in bl[i + 1:]:
                        if x["kind"] in FURN:
                            push(x["text"])
                q = by.get(br["page"])
                if q:
                    for x in q["blocks"][: opening(q)]:
                        push(x["text"])
                frm = at
            push(t[frm:].decode(errors="ignore"))
    return "\n\n".join(out)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


rec = json.loads(subprocess.run([BIN, "extract", PDF], capture_output=True, check=True).stdout)
truth = open(TRUTH, encoding="utf-8").read()
k = truth.index(MARK)
nums = [p["number"] for p in rec["pages"]]
halves = [("first", truth[:k], {n for n in nums if n < SPLIT}), ("second", truth[k:], {n for n in nums if n >= SPLIT})]
tot = 0
for name, t, pages in halves + [("whole", truth, set(nums))]:
    a, b = norm(t), norm(render(rec, pages))
    d = Indel.distance(a, b)
    if name != "whole":
        tot += d
    print(f"{name:6} sim {1 - d / (len(a) + len(b)):.4f}  distance {d:6}  truth {len(a)}  ours {len(b)}")
print(f"halves' distance summed: {tot}")
