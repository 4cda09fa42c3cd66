#!/usr/bin/env python3
"""Verify every blind_js_NNN.truth.json against its PDF with poppler tools only; write CHECKS.txt.

Independent of build.js: it reads only the truth files and the PDFs (pdftotext, pdfinfo, pdffonts).
Adapted from the typst-fpdf2 set's check.py, with three additions: every word of every cell must
appear unbroken on the table's pages (a producer that splits a word inside a narrow column would
fail), the PDF producer string must match the truth, and the table-free documents must contain no
body row of any table of the set.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    # a cell may break after '-', '/' or '–' (pdfmake breaks after hyphens); leaders are removed
    s = re.sub(r"\s*\.{3,}\s*", " ", norm(s))
    return re.sub(r"([-/\u2013])\s+", r"\1", s).strip()


def pages(pdf, *opts):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, pdf, "-"], capture_output=True,
                         text=True, check=True).stdout.split("\f")
    return out[:-1] if out and not out[-1].strip() else out


def pdfinfo(pdf):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True).stdout
    sizes = {int(m.group(1)): (float(m.group(2)), float(m.group(3)))
             for m in re.finditer(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", out)}
    npages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    prod = re.search(r"Producer:\s+(.*)", out) or re.search(r"Creator:\s+(.*)", out)
    return npages, sizes, prod.group(1).strip() if prod else ""


def fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    res = []
    for ln in out:
        parts = ln.split()
        # name type... emb sub uni id gen
        res.append((parts[0], " ".join(parts[1:-5]), parts[-5], parts[-3]))
    return res


def check(tf):
    probs, info = [], []
    t = json.load(open(tf))
    pdf = tf.replace(".truth.json", ".pdf")
    name = os.path.basename(pdf)
    npages, sizes, producer_pdf = pdfinfo(pdf)
    lay = pages(pdf, "-layout")
    raw = pages(pdf, "-raw")
    dfl = pages(pdf)
    K = {"layout": [key(p) for p in lay], "raw": [key(p) for p in raw], "default": [key(p) for p in dfl]}
    lines = [[key(x) for x in p.split("\n")] for p in lay]
    if npages != t["pages"] or len(lay) != npages:
        probs.append(f"page count {npages} (pdfinfo) / {len(lay)} (pdftotext) vs truth {t['pages']}")
    info.append(f"  producer: {t['producer']} (PDF: {producer_pdf}); pages: {npages}; "
                f"layout: {t['layout']['columns']} column(s), {t['layout']['paper']}, {t['layout']['font']} {t['layout']['font_size_pt']}pt")
    fl = fonts(pdf)
    info.append("  fonts: " + ", ".join(f"{n}({ty}, emb={e}, uni={u})" for n, ty, e, u in fl))

    def on_page(s, p):
        s = key(s)
        return any(s in K[m][p - 1] for m in K)

    # ---------------------------------------------------------------- cells
    stats = Counter()
    for tb in t["tables"]:
        p0, p1 = tb["pages"]
        if tb["page"] != p0 or not (1 <= p0 <= p1 <= npages):
            probs.append(f"{tb['id']}: bad pages {tb['page']} {tb['pages']}")
            continue
        rng = range(p0, p1 + 1)
        joined = {m: " ".join(K[m][p - 1] for p in rng) for m in K}
        tl = [ln for p in rng for ln in lines[p - 1]]
        ncols = len(tb["rows"][0])
        if any(len(r) != ncols for r in tb["rows"]):
            probs.append(f"{tb['id']}: ragged rows")
        for r in tb["rows"]:
            for c in r:
                c = key(c)
                if not c:
                    continue
                stats["cells"] += 1
                for w in c.split():
                    if not any(w in joined[m] for m in K):
                        stats["words broken"] += 1
                        probs.append(f"{tb['id']}: word {w!r} of cell {c!r} not found unbroken on p.{p0}-{p1}")
                if any(c in ln for ln in tl):
                    stats["one line"] += 1
                elif any(c in joined[m] for m in K):
                    stats["wrapped (consecutive text)"] += 1
                else:
                    # (the typst-fpdf2 check also accepted fragments on nearby -layout lines; that
                    # accepted scattered numbers, so it is not used here: a cell is one line or
                    # consecutive text, or it is missing)
                    stats["missing"] += 1
                    probs.append(f"{tb['id']}: cell not found on p.{p0}-{p1}: {c!r}")
        # row order: a row whose cells each sit on one layout line must appear, left to right, on one line
        spanned_rows = set()
        for m in tb["merged_cells"]:
            if m["rowspan"] > 1:
                spanned_rows.update(range(m["row"], m["row"] + m["rowspan"]))
        for ri, r in enumerate(tb["rows"]):
            cells = [key(c) for c in r if key(c)]
            if ri in spanned_rows or not cells or not all(any(c in ln for ln in tl) for c in cells):
                stats["rows not checked for order (wrapped or row-spanned)"] += 1
                continue
            ok = False
            for ln in tl:
                pos = 0
                for c in cells:
                    i = ln.find(c, pos)
                    if i < 0:
                        break
                    pos = i + len(c)
                else:
                    ok = True
                    break
            if ok:
                stats["rows in order on one line"] += 1
            else:
                stats["rows out of order"] += 1
                probs.append(f"{tb['id']}: row {ri} not found in order on one layout line: {cells}")
        # table pages: first/last body rows
        nh = tb["header_rows"]
        body = [r for i, r in enumerate(tb["rows"]) if i >= nh and i not in tb["section_rows"]]

        def row_on(row, p):
            return all(on_page(c, p) for c in row if norm(c))
        if not row_on(body[0], p0):
            probs.append(f"{tb['id']}: first body row not on p.{p0}")
        if not row_on(body[-1], p1):
            probs.append(f"{tb['id']}: last body row not on p.{p1}")
        for p in range(1, npages + 1):
            if p < p0 or p > p1:
                if row_on(body[0], p) and row_on(body[-1], p):
                    probs.append(f"{tb['id']}: first and last rows also on p.{p}")
        if p1 > p0:
            for p in rng:
                for hr in tb["rows"][:nh]:
                    if not all(any(key(c) in ln for ln in lines[p - 1]) or on_page(c, p) for c in hr if norm(c)):
                        probs.append(f"{tb['id']}: header row not repeated on p.{p}")
            stats["multi-page tables"] += 1
        if tb["caption"]:
            cp = p0 if tb["caption_position"] == "above" else p1
            if not on_page(tb["caption"], cp):
                probs.append(f"{tb['id']}: caption not on p.{cp}")
        for nt in tb["notes"]:
            if not on_page(nt, p1):
                probs.append(f"{tb['id']}: note not on p.{p1}: {nt}")
        w, h = sizes.get(p0, (0, 0))
        if tb["landscape"] != (w > h):
            probs.append(f"{tb['id']}: landscape flag {tb['landscape']} but page {w}x{h}")
        # merged cells / section rows consistent with the grid
        for m in tb["merged_cells"]:
            for dr in range(m["rowspan"]):
                for dc in range(m["colspan"]):
                    if (dr or dc) and tb["rows"][m["row"] + dr][m["col"] + dc] != "":
                        probs.append(f"{tb['id']}: covered cell not empty at {m}")
        for s in tb["section_rows"]:
            if not any(m["row"] == s and m["colspan"] == ncols for m in tb["merged_cells"]):
                probs.append(f"{tb['id']}: section row {s} not a full-width merged cell")
        info.append(f"    {tb['id'].split('-')[-1]} p.{p0}-{p1} {len(tb['rows'])}x{ncols} {tb['style_family']} "
                    f"[{', '.join(tb['features'])}]")

    # ---------------------------------------------------------------- paragraphs and headings
    np_ok = 0
    for para, p in zip(t["paragraphs"], t["paragraph_pages"]):
        k = key(para)
        start = k[:60]
        if not on_page(start, p) and not on_page(k[:25], p):
            probs.append(f"paragraph not starting on p.{p}: {para[:60]!r}")
            continue
        words = k.split()
        text = " ".join(K["default"][p - 1:p + 1]) + " " + " ".join(K["raw"][p - 1:p + 1])
        if k in text or all(w in text for w in words):
            np_ok += 1
        else:
            probs.append(f"paragraph words missing on p.{p}-{p + 1}: {para[:60]!r}")
    if len(t["paragraphs"]) != len(t["paragraph_pages"]):
        probs.append("paragraphs / paragraph_pages length differ")
    if len(set(t["paragraphs"])) != len(t["paragraphs"]):
        probs.append("duplicate paragraphs")
    nh_ok = 0
    for b in t["blocks"]:
        if b["type"] == "heading":
            if any(key(b["text"]) == ln for ln in lines[b["page"] - 1]):
                nh_ok += 1
            else:
                probs.append(f"heading not a whole line on p.{b['page']}: {b['text']}")
    for e in t["toc"]:
        m = re.match(r"(.*) (\d+)$", e["text"])
        hp = [b["page"] for b in t["blocks"] if b["type"] == "heading" and b["text"] == m.group(1)]
        if hp != [int(m.group(2))]:
            probs.append(f"toc entry {e['text']!r} vs heading page {hp}")
        if not any(key(e["text"]) == ln for ln in lines[e["page"] - 1]):
            probs.append(f"toc line not found: {e['text']}")
    for fm in t["front_matter"][:2]:
        if not on_page(fm, 1):
            probs.append(f"front matter not on p.1: {fm}")
    if not on_page(t["title"], 1):
        probs.append("title not on p.1")

    # ---------------------------------------------------------------- furniture
    furn_pages = {f["page"]: f for f in t["page_furniture"]}
    for p in range(1, npages + 1):
        nonempty = [key(x) for x in lay[p - 1].split("\n") if key(x)]
        f = furn_pages.get(p)
        if f:
            if nonempty[0] != key(f["header"][0]):
                probs.append(f"p.{p}: first line {nonempty[0]!r} is not the running head")
            if nonempty[-1].replace(" ", "") != key(f["footer"][0]).replace(" ", ""):
                probs.append(f"p.{p}: last line {nonempty[-1]!r} is not the footer {f['footer'][0]!r}")
        else:
            if nonempty and nonempty[0] == key(t["author"]) and p > 1:
                probs.append(f"p.{p}: running head present but not in truth")
    # fonts embedded (core fonts Helvetica/Times in fpdf2 documents are not embedded by design)
    for n, ty, e, u in fl:
        if e != "yes" and not ty.startswith("Type 1"):
            probs.append(f"font {n} not embedded")
    if t["table_free"] != (not t["tables"]):
        probs.append("table_free flag inconsistent")
    if producer_pdf != t["producer_pdf"]:
        probs.append(f"producer_pdf {t['producer_pdf']!r} but pdfinfo says {producer_pdf!r}")
    if "Documento de prueba: cifras y nombres ficticios" not in K["layout"][0]:
        probs.append("fictitious-data line missing on p.1")
    if t["table_free"]:
        # no body row (all of its non-empty cells) of any table of the set may sit on one page here
        hits = 0
        for other in ALL_TABLES:
            nh = other["header_rows"]
            for i, r in enumerate(other["rows"][nh:], nh):
                cells = [key(c) for c in r if key(c)]
                if i in other["section_rows"] or len(cells) < 2:
                    continue
                for p in range(1, npages + 1):
                    if all(on_page(c, p) for c in cells):
                        hits += 1
                        probs.append(f"table-free document holds row {i} of {other['id']} on p.{p}")
        info.append(f"  table-free: rows of the set's {len(ALL_TABLES)} tables found here: {hits}")
    info.insert(2, f"  cells: {stats['cells']}, on one layout line {stats['one line']}, "
                   f"wrapped and consecutive in text {stats['wrapped (consecutive text)']}, "
                   f"wrapped as layout fragments {stats['wrapped (fragments)']}, missing {stats['missing']}; "
                   f"paragraphs {np_ok}/{len(t['paragraphs'])}, headings {nh_ok}, toc {len(t['toc'])}, "
                   f"furniture pages {len(t['page_furniture'])}; rows in order on one line "
                   f"{stats['rows in order on one line']}, not checked (wrapped/row-spanned) "
                   f"{stats['rows not checked for order (wrapped or row-spanned)']}, out of order {stats['rows out of order']}")
    info.insert(3, f"  tables: {len(t['tables'])}" + (" (table-free document)" if t["table_free"] else ""))
    return name, t, info, probs, stats


ALL_TABLES = []


def main():
    files = sorted(glob.glob(os.path.join(HERE, "blind_js_*.truth.json")))
    for f in files:
        ALL_TABLES.extend(json.load(open(f))["tables"])
    out, total = [], Counter()
    by_prod, by_style, by_prod_style, feats = Counter(), Counter(), Counter(), Counter()
    nprob, ndocs_ok, npages = 0, 0, 0
    body = []
    for tf in files:
        name, t, info, probs, stats = check(tf)
        total.update(stats)
        npages += t["pages"]
        for tb in t["tables"]:
            by_prod[t["producer"]] += 1
            by_style[tb["style_family"]] += 1
            by_prod_style[(t["producer"], tb["style_family"])] += 1
            feats.update(tb["features"])
        body.append(name)
        body += info
        body += [f"  PROBLEM: {p}" for p in probs]
        body.append("  result: " + ("OK" if not probs else f"{len(probs)} problem(s)"))
        nprob += len(probs)
        ndocs_ok += not probs
    docs = [json.load(open(f)) for f in files]
    out.append("CHECKS for blind14 tables-js (check.py; " +
               subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0] + ")")
    out.append(f"documents: {len(files)} ({ndocs_ok} OK, {len(files) - ndocs_ok} with problems); "
               f"table-free: {sum(d['table_free'] for d in docs)}; tables: {sum(by_prod.values())}; pages: {npages}")
    out.append("by producer: " + ", ".join(f"{k} {v}" for k, v in sorted(by_prod.items())) +
               "; documents: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(d['producer'] for d in docs).items())))
    out.append("by style: " + ", ".join(f"{k} {v} (jspdf {by_prod_style[('jspdf', k)]}, pdfmake {by_prod_style[('pdfmake', k)]})"
                                        for k, v in sorted(by_style.items())))
    out.append("features: " + ", ".join(f"{k} {v}" for k, v in feats.most_common()))
    out.append(f"cells: {total['cells']}, on one layout line {total['one line']}, wrapped and consecutive "
               f"{total['wrapped (consecutive text)']}, wrapped as fragments {total['wrapped (fragments)']}, "
               f"missing {total['missing']}, words not found unbroken {total['words broken']}; "
               f"multi-page tables {total['multi-page tables']}")
    out.append(f"rows: in order on one layout line {total['rows in order on one line']}, not checked "
               f"(a wrapped cell or a row-spanning cell) {total['rows not checked for order (wrapped or row-spanned)']}, "
               f"out of order {total['rows out of order']}")
    out.append(f"problems: {nprob}")
    out.append("")
    out += body
    txt = "\n".join(out) + "\n"
    open(os.path.join(HERE, "CHECKS.txt"), "w").write(txt)
    print("\n".join(out[:8]))
    for ln in body:
        if "PROBLEM" in ln:
            print(ln)
    sys.exit(1 if nprob else 0)


if __name__ == "__main__":
    main()
