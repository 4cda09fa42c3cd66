#!/usr/bin/env python3
"""Verify every blind_py_NNN.truth.json against its PDF with poppler tools only; write CHECKS.txt.

Independent of build.py: reads only the truth files and the PDFs (pdftotext -layout/-raw/default,
pdfinfo). Run with the system python3 (no PyMuPDF needed). A self-test plants errors into copies of
the truth (a wrong digit in a cell, two swapped body rows, a table on the wrong page, a wrong TOC page
number, a table whose body row is a line of a table-free document) and requires each to be reported.
"""
import copy
import glob
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    # MuPDF's HTML engine shapes 'fi'/'fl' as ligature glyphs whose ToUnicode is U+FB01/U+FB02
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    return re.sub(r"\s*\.{3,}\s*", " ", norm(s)).strip()


_CACHE = {}


def load(pdf):
    if pdf in _CACHE:
        return _CACHE[pdf]

    def pages(*opts):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, pdf, "-"], capture_output=True, text=True,
                             check=True).stdout.split("\f")
        return out[:-1] if out and not out[-1].strip() else out

    lay, raw, dfl = pages("-layout"), pages("-raw"), pages()
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    npages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    m = re.search(r"Producer:\s+(.*)", info)
    res = dict(npages=npages, producer=m.group(1).strip() if m else "",
               text=[[key(p) for p in lay], [key(p) for p in raw], [key(p) for p in dfl]],
               lines=[[key(x) for x in p.split("\n")] for p in lay],
               words=[set(key(p).split(" ")) | set(key(q).split(" ")) for p, q in zip(lay, raw)])
    _CACHE[pdf] = res
    return res


def in_order(line, cells):
    pos, pl = 0, " " + line + " "
    for c in cells:
        i = pl.find(" " + c + " ", pos)
        if i < 0:
            return False
        pos = i + len(c) + 1
    return True


def row_line(L, row, p):
    cells = [key(c) for c in row if c.strip()]
    return bool(cells) and any(in_order(ln, cells) for ln in L["lines"][p - 1])


def check_doc(t, pdf, all_tables, stats):
    probs = []
    L = load(pdf)
    npg = L["npages"]
    if npg != t["pages"] or len(L["lines"]) != npg:
        probs.append(f"page count {npg} / {len(L['lines'])} vs truth {t['pages']}")
        return probs

    def on_page(s, p):
        s = key(s)
        return 1 <= p <= npg and any(s in m[p - 1] for m in L["text"])

    def whole_line(s, p):
        s = key(s)
        return 1 <= p <= npg and any(s in ln for ln in L["lines"][p - 1])

    if L["producer"] != t["producer_pdf"]:
        probs.append(f"producer_pdf {t['producer_pdf']!r} vs pdfinfo {L['producer']!r}")
    for tb in t["tables"]:
        p0, p1 = tb["pages"]
        tid = tb["id"]
        if tb["page"] != p0 or not 1 <= p0 <= p1 <= npg:
            probs.append(f"{tid}: bad pages")
            continue
        rows, hr = tb["rows"], tb["header_rows"]
        if len({len(r) for r in rows}) != 1:
            probs.append(f"{tid}: ragged rows")
        rng = range(p0, p1 + 1)
        for r in rows:
            for c in r:
                if not c.strip():
                    continue
                stats["cells"] += 1
                if any(whole_line(c, p) for p in rng):
                    stats["line"] += 1
                elif any(on_page(c, p) for p in rng):
                    stats["wrapped"] += 1
                else:
                    stats["missing"] += 1
                    probs.append(f"{tid}: cell not found on p.{p0}-{p1}: {c!r}")
                for w in key(c).split(" "):
                    if not any(w in L["words"][p - 1] for p in rng):
                        stats["broken"] += 1
                        probs.append(f"{tid}: word {w!r} of {c!r} not found whole on p.{p0}-{p1}")
        # row order: rows whose non-empty cells are each whole on some layout line
        for ri, r in enumerate(rows):
            cells = [c for c in r if c.strip()]
            if len(cells) < 2 or not all(any(whole_line(c, p) for p in rng) for c in cells):
                stats["rows_unchecked"] += 1
                continue
            stats["rows_checked"] += 1
            if not any(row_line(L, r, p) for p in rng):
                probs.append(f"{tid}: row {ri} not found in order on one layout line: {cells}")
        # first / last body row on the first / last page (all cells on that page)
        def row_on(r, p):
            return all(on_page(c, p) for c in r if c.strip())
        if not row_on(rows[hr], p0):
            probs.append(f"{tid}: first body row not on p.{p0}")
        if not row_on(rows[-1], p1):
            probs.append(f"{tid}: last body row not on p.{p1}")
        for p in range(1, npg + 1):
            if p not in rng and row_line(L, rows[hr], p) and row_line(L, rows[-1], p):
                probs.append(f"{tid}: first and last body rows also on p.{p}")
        if p1 > p0:
            rep = "long (repeated header)" in tb["features"]
            for p in range(p0 + 1, p1 + 1):
                here = all(whole_line(c, p) for c in rows[hr - 1] if c.strip())
                if here != rep:
                    probs.append(f"{tid}: header {'not ' if rep else ''}repeated on p.{p}")
        if tb["caption"]:
            cp = p0 if tb["caption_position"] == "above" else p1
            if not whole_line(tb["caption"], cp):
                probs.append(f"{tid}: caption not on p.{cp}")
        for nt in tb["notes"]:
            if not whole_line(nt, p1):
                probs.append(f"{tid}: note not on p.{p1}: {nt}")
        for m in tb["merged_cells"]:
            for i in range(m["row"], m["row"] + m["rowspan"]):
                for j in range(m["col"], m["col"] + m["colspan"]):
                    if (i, j) != (m["row"], m["col"]) and rows[i][j] != "":
                        probs.append(f"{tid}: covered cell not empty at {i},{j}")
        for s in tb["section_rows"]:
            if not any(m["row"] == s and m["col"] == 0 and m["colspan"] == len(rows[0]) for m in tb["merged_cells"]):
                probs.append(f"{tid}: section row {s} not full width")
    # paragraphs
    if len(t["paragraphs"]) != len(t["paragraph_pages"]):
        probs.append("paragraphs / paragraph_pages differ in length")
    for para, p in zip(t["paragraphs"], t["paragraph_pages"]):
        stats["paragraphs"] += 1
        if not on_page(para[:60], p):
            probs.append(f"paragraph not starting on p.{p}: {para[:60]!r}")
        words = key(para).split(" ")
        if not all(any(w in L["words"][q - 1] for q in (p, p + 1) if q <= npg) for w in words):
            probs.append(f"paragraph words missing on p.{p}-{p + 1}: {para[:60]!r}")
    if len(set(t["paragraphs"])) != len(t["paragraphs"]):
        probs.append("duplicate paragraphs")
    heads = {}
    for b in t["blocks"]:
        if b["type"] == "heading":
            heads[b["text"]] = b["page"]
            if key(b["text"]) not in L["lines"][b["page"] - 1]:
                probs.append(f"heading not a whole line on p.{b['page']}: {b['text']}")
    for e in t["toc"]:
        label, pg = e["text"].rsplit(" ", 1)
        if heads.get(label) != int(pg):
            probs.append(f"toc entry {e['text']!r} vs heading page {heads.get(label)}")
        if not whole_line(e["text"], e["page"]):
            probs.append(f"toc line not found: {e['text']}")
    for fm in t["front_matter"] + [t["title"], t["author"]]:
        if not on_page(fm, 1):
            probs.append(f"front matter not on p.1: {fm}")
    if "Documento de prueba: cifras y nombres ficticios" not in L["text"][0][0]:
        probs.append("fictitious-data line missing on p.1")
    listed = {f["page"]: f for f in t["page_furniture"]}
    for p in range(1, npg + 1):
        ne = [x for x in L["lines"][p - 1] if x]
        if p in listed:
            if ne[0] != key(listed[p]["header"][0]):
                probs.append(f"p.{p}: first line {ne[0]!r} is not the running head")
            if ne[-1] != key(listed[p]["footer"][0]):
                probs.append(f"p.{p}: last line {ne[-1]!r} is not the footer")
        elif ne and ne[0] == key(t["author"]) and p > 1:
            probs.append(f"p.{p}: running head not in truth")
    if t["table_free"] != (not t["tables"]):
        probs.append("table_free flag inconsistent")
    if t["table_free"]:
        for other in all_tables:
            for i, r in enumerate(other["rows"][other["header_rows"]:]):
                if sum(1 for c in r if c.strip()) < 2:
                    continue
                for p in range(1, npg + 1):
                    if row_line(L, r, p):
                        probs.append(f"table-free document holds row {i} of {other['id']} on p.{p}")
    return probs


def run(truths, stats):
    all_tables = [tb for t in truths.values() for tb in t["tables"]]
    return {n: check_doc(t, n.replace(".truth.json", ".pdf"), all_tables, stats) for n, t in truths.items()}


def fresh():
    return dict(cells=0, line=0, wrapped=0, missing=0, broken=0, rows_checked=0, rows_unchecked=0, paragraphs=0)


def selftest(truths):
    out = []
    names = sorted(truths)

    def plant(desc, mut, expect):
        tt = copy.deepcopy(truths)
        mut(tt)
        res = run(tt, fresh())
        got = [p for ps in res.values() for p in ps]
        ok = any(expect in p for p in got)
        out.append(f"  planted {desc}: {'caught' if ok else 'NOT CAUGHT'} ({len(got)} problem(s): {got[:3]})")
        return ok

    withtab = [n for n in names if truths[n]["tables"]]
    free = [n for n in names if truths[n]["table_free"]]
    a, b = withtab[0], withtab[-1]

    def wrong_cell(tt):
        tb = tt[a]["tables"][0]
        r = tb["rows"][tb["header_rows"] + 1]
        j = max(range(len(r)), key=lambda k: sum(ch.isdigit() for ch in r[k]))
        r[j] = r[j][:-1] + str((int(r[j][-1]) + 1) % 10) if r[j][-1].isdigit() else r[j] + "9"

    def swap_rows(tt):
        tb = [x for n in withtab for x in tt[n]["tables"] if "wrapped cells" not in x["features"]][-1]
        h = tb["header_rows"]
        tb["rows"][h], tb["rows"][h + 1] = tb["rows"][h + 1], tb["rows"][h]
        tb["rows"][h][0], tb["rows"][h + 1][0] = tb["rows"][h + 1][0], tb["rows"][h][0]

    def wrong_page(tt):
        t = tt[[n for n in withtab if truths[n]["pages"] > 1][0]]
        tb = t["tables"][-1]
        p = tb["page"] % t["pages"] + 1 if t["pages"] > 1 else 2
        tb["page"], tb["pages"] = p, [p, p]

    def wrong_toc(tt):
        e = tt[free[0]]["toc"][0]
        label, pg = e["text"].rsplit(" ", 1)
        e["text"] = f"{label} {int(pg) + 1}"

    def row_in_free(tt):
        # pretend a table-free document is the source of all tables: put a real table into the set
        # whose body row is a line of the table-free document (its first form line split in two)
        t = tt[free[0]]
        fl = [p for p in t["paragraphs"] if p.startswith("Entidad: ")][0]
        fake = dict(id="planted", header_rows=1, rows=[["Etiqueta", "Valor"], ["Entidad:", fl[len("Entidad: "):]]])
        tt[withtab[0]]["tables"].append(dict(tt[withtab[0]]["tables"][0], id="planted", rows=fake["rows"],
                                             header_rows=1, merged_cells=[], section_rows=[]))

    oks = [plant("wrong digit in a cell", wrong_cell, "cell not found"),
           plant("two body rows swapped (first cells kept in place)", swap_rows, "not found in order"),
           plant("table on the wrong page", wrong_page, "not on p."),
           plant("wrong TOC page number", wrong_toc, "toc entry"),
           plant("table row present in a table-free document", row_in_free, "table-free document holds")]
    return all(oks), out


def main():
    files = sorted(glob.glob(os.path.join(HERE, "blind_py_*.truth.json")))
    truths = {f: json.load(open(f)) for f in files}
    stats = fresh()
    res = run(truths, stats)
    lines = ["CHECKS for tables-py (pdftotext " +
             subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.split("\n")[0].split()[-1] + ")", ""]
    total = 0
    for f in files:
        t = truths[f]
        ps = res[f]
        total += len(ps)
        lines.append(f"{os.path.basename(f)}: {t['producer']} ({t['producer_pdf']}), {t['pages']} page(s), "
                     f"{len(t['tables'])} table(s){' [table-free]' if t['table_free'] else ''}: "
                     f"{'OK' if not ps else str(len(ps)) + ' problem(s)'}")
        for tb in t["tables"]:
            lines.append(f"  {tb['id']} {tb['style_family']} p.{tb['pages'][0]}-{tb['pages'][1]} "
                         f"{len(tb['rows'])}x{len(tb['rows'][0])} hdr={tb['header_rows']} {tb['features']}")
        lines += ["  PROBLEM " + p for p in ps]
    lines += ["", f"non-empty cells: {stats['cells']}, whole on one -layout line: {stats['line']}, "
                  f"wrapped (found as running text in -raw/default): {stats['wrapped']}, missing: {stats['missing']}, "
                  f"words broken/missing: {stats['broken']}",
              f"rows checked in order on one layout line: {stats['rows_checked']} "
              f"(not checkable: {stats['rows_unchecked']}); paragraphs/list/form lines: {stats['paragraphs']}",
              f"documents: {len(files)}, tables: {sum(len(t['tables']) for t in truths.values())}, problems: {total}", ""]
    ok, st = selftest(truths)
    lines += ["self-test (planted errors must be reported):"] + st + [f"self-test {'passed' if ok else 'FAILED'}"]
    open(os.path.join(HERE, "CHECKS.txt"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
