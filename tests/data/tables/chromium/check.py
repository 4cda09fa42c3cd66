#!/usr/bin/env python3
"""Checks the blind set against its PDFs (poppler pdftotext/pdffonts/pdfinfo); writes CHECKS.txt.

Per table: every non-empty cell found in `pdftotext -layout` text of one of the table's pages
(on one line, or for wrapped cells as consecutive fragments on successive nearby lines, breaking only
at spaces or after '-' or '/'); first body row on the first page and last row on the last page;
no body row found on a page outside the range (first/last row); header cells on every page of a
multi-page table; caption and notes found on the first/last page. Per document: paragraph starts on
their pages and all their words on that page or the next; headings as whole lines on their pages;
running header/footer on every page but the first and not on page 1; TOC numbers equal the heading
pages; fonts embedded with ToUnicode; 2-4 pages; page orientation of landscape tables.
"""
import glob, json, os, re, subprocess, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import find_cell, norm, page_texts, npages  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))


def page_sizes(pdf, n):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", str(n), pdf], capture_output=True, text=True).stdout
    return [tuple(map(float, m)) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    res = []
    for l in out:
        f = l.split()
        # name type... emb sub uni objid gen
        res.append((f[0], " ".join(f[1:-5]), f[-5], f[-3]))
    return res


def main():
    lines_out = []
    tot = Counter()
    by_style, by_feat = Counter(), Counter()
    problems_all = 0
    docs = sorted(glob.glob(os.path.join(OUT, "blind_chr_*.truth.json")))
    pv = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0]
    for tf in docs:
        T = json.load(open(tf, encoding="utf-8"))
        pdf = tf.replace(".truth.json", ".pdf")
        name = os.path.basename(pdf)
        n = npages(pdf)
        probs = []
        if n != T["pages"]:
            probs.append(f"page count {n} != truth {T['pages']}")
        if not 2 <= n <= 4:
            probs.append(f"{n} pages, not 2-4")
        lay = [t.split("\n") for t in page_texts(pdf, n, True)]
        rawt = page_texts(pdf, n, False)
        raw = [norm(t) for t in rawt]
        rawlines = [set(norm(x) for x in t.split("\n")) for t in rawt]
        sizes = page_sizes(pdf, n)
        fl = fonts(pdf)
        bad_f = [f for f in fl if f[2] != "yes" or f[3] != "yes"]
        if bad_f:
            probs.append(f"fonts without embedding/ToUnicode: {bad_f}")
        tlines = []
        dc = Counter()
        for t in T["tables"]:
            p0, p1 = t["pages"]
            assert t["page"] == p0
            rows, hr = t["rows"], t["header_rows"]
            body = rows[hr:]
            ncols = len(rows[0])
            if any(len(r) != ncols for r in rows):
                probs.append(f"{t['id']}: ragged rows")
            rng = [lay[p - 1] for p in range(p0, p1 + 1)]
            c_single = c_wrap = c_miss = 0
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    if not c:
                        continue
                    res = None
                    for L in rng:
                        res = find_cell(c, L)
                        if res:
                            break
                    if res is None:
                        c_miss += 1
                        probs.append(f"{t['id']}: cell ({i},{j}) {c!r} not found on p.{p0}-{p1}")
                    elif res[0] == "single":
                        c_single += 1
                    else:
                        c_wrap += 1
            dc.update(single=c_single, wrapped=c_wrap, missing=c_miss)
            has_wrap = c_wrap > 0
            if has_wrap != ("wrapped cells" in t["features"]):
                if has_wrap:
                    t["features"].append("wrapped cells")  # reported, and fixed below in the truth file
                    probs.append(f"{t['id']}: wrapped cells not in features (added)")
                else:
                    probs.append(f"{t['id']}: 'wrapped cells' in features but no wrapped cell found")
            first = next(r for r in body if len([c for c in r if c]) > 1)
            last = body[-1]

            def on(row, p):
                return all(find_cell(c, lay[p - 1]) is not None for c in row if c)
            if not on(first, p0):
                probs.append(f"{t['id']}: first body row not on p.{p0}")
            if not on(last, p1):
                probs.append(f"{t['id']}: last row not on p.{p1}")
            for p in range(1, n + 1):
                if (p < p0 or p > p1) and (on(first, p) and on(last, p)):
                    probs.append(f"{t['id']}: first and last rows also found on p.{p}")
            hdr_pages = []
            for p in range(p0, p1 + 1):
                if all(find_cell(c, lay[p - 1]) is not None for r in rows[:hr] for c in r if c):
                    hdr_pages.append(p)
            if hdr_pages != list(range(p0, p1 + 1)):
                probs.append(f"{t['id']}: header rows only on pages {hdr_pages}")
            if t["caption"]:
                cp = p0 if t["caption_position"] == "above" else p1
                if norm(t["caption"]) not in raw[cp - 1] and find_cell(t["caption"], lay[cp - 1]) is None:
                    probs.append(f"{t['id']}: caption not on p.{cp}")
            for nt in t["notes"]:
                if norm(nt) not in raw[p1 - 1] and find_cell(nt, lay[p1 - 1]) is None:
                    probs.append(f"{t['id']}: note {nt!r} not on p.{p1}")
            for p in range(p0, p1 + 1):
                land = sizes[p - 1][0] > sizes[p - 1][1]
                if land != t["landscape"]:
                    probs.append(f"{t['id']}: page {p} orientation does not match landscape={t['landscape']}")
            by_style[t["style"]] += 1
            by_feat.update(t["features"])
            tlines.append(f"    {t['id'].split('-')[-1]} p.{p0}-{p1} {len(rows)}x{ncols} {t['style']}"
                          + (f", header on pages {hdr_pages}" if p1 > p0 else "")
                          + f"; cells {c_single} on one line + {c_wrap} wrapped, {c_miss} missing; {t['features']}")
        # paragraphs
        par_bad = 0
        for txt, p in zip(T["paragraphs"], T["paragraph_pages"]):
            t = norm(txt)
            if not any(t[:L] in raw[p - 1] for L in (70, 40, 25)):
                par_bad += 1; probs.append(f"paragraph start not on p.{p}: {t[:50]!r}")
                continue
            words = set(raw[p - 1].split()) | (set(raw[p].split()) if p < n else set())
            miss = [w for w in t.split() if w not in words]
            if miss:
                par_bad += 1; probs.append(f"paragraph words missing on p.{p}-{p + 1}: {miss[:5]} in {t[:40]!r}")
        head_bad = 0
        for b in T["blocks"]:
            if b["type"] == "heading" and norm(b["text"]) not in rawlines[b["page"] - 1]:
                head_bad += 1; probs.append(f"heading {b['text']!r} not on p.{b['page']}")
        # furniture
        fur_bad = 0
        for f in T["page_furniture"]:
            for s in f["header"] + f["footer"]:
                if s not in rawlines[f["page"] - 1]:
                    fur_bad += 1; probs.append(f"furniture {s!r} not on p.{f['page']}")
        if T["author"] in rawlines[0] and False:
            pass
        nonempty = [norm(x) for x in lay[0] if x.strip()]
        if re.fullmatch(r"(Página 1 de \d+|Pág\. 1|1)", nonempty[-1]):
            probs.append("footer on page 1")
        if nonempty[0] == T["author"]:
            probs.append("running header on page 1")
        for f in T["page_furniture"]:  # header first and footer last line of pages 2..n
            ne = [norm(x) for x in lay[f["page"] - 1] if x.strip()]
            if ne[0] != f["header"][0] or ne[-1] != f["footer"][0]:
                fur_bad += 1; probs.append(f"p.{f['page']}: first/last lines {ne[0]!r}/{ne[-1]!r} are not the furniture")
        # toc
        heads = {b["text"]: b["page"] for b in T["blocks"] if b["type"] == "heading"}
        for e in T["toc"]:
            m = re.match(r"(.*) (\d+)$", e["text"])
            if heads.get(m.group(1)) != int(m.group(2)):
                probs.append(f"TOC {e['text']!r} but heading on p.{heads.get(m.group(1))}")
            if not any(norm(x).startswith(m.group(1)) and norm(x).endswith(m.group(2)) for x in rawlines[e["page"] - 1]):
                probs.append(f"TOC line {e['text']!r} not on p.{e['page']}")
        for k, v in dc.items():
            tot[k] += v
        tot["docs"] += 1; tot["pages"] += n; tot["tables"] += len(T["tables"]); tot["table_free"] += T["table_free"]
        tot["paragraphs"] += len(T["paragraphs"]); tot["headings"] += len(heads)
        problems_all += len(probs)
        lines_out.append(name)
        lines_out.append(f"  pages: {n} ({', '.join('%.0fx%.0f' % s for s in sorted(set(sizes)))} pt); layout: {T['layout']}")
        lines_out.append(f"  fonts: {', '.join(f'{a} [{b}] emb={c} uni={d}' for a, b, c, d in fl)}")
        lines_out.append(f"  tables: {len(T['tables'])}; cells: {sum(dc.values())}, one line {dc['single']}, wrapped {dc['wrapped']}, missing {dc['missing']};"
                         f" paragraphs {len(T['paragraphs'])} ({par_bad} bad), headings {len(heads)} ({head_bad} bad),"
                         f" furniture strings {sum(len(f['header']) + len(f['footer']) for f in T['page_furniture'])} ({fur_bad} bad), toc {len(T['toc'])}")
        lines_out.extend(tlines)
        for pr in probs:
            lines_out.append("  PROBLEM: " + pr)
        lines_out.append("  result: " + ("OK" if not probs else f"{len(probs)} problem(s)"))
    head = [f"CHECKS for /work/blindtab (check.py, {pv})",
            f"documents: {tot['docs']} (table-free {tot['table_free']}); pages: {tot['pages']}; tables: {tot['tables']};"
            f" paragraphs: {tot['paragraphs']}; headings: {tot['headings']}",
            f"cells (non-empty): {tot['single'] + tot['wrapped'] + tot['missing']}, found on one -layout line {tot['single']},"
            f" found as wrapped fragments {tot['wrapped']}, missing {tot['missing']}",
            "tables per style: " + ", ".join(f"{k} {v}" for k, v in by_style.most_common()),
            "features: " + ", ".join(f"{k} {v}" for k, v in by_feat.most_common()),
            f"problems: {problems_all}", ""]
    open(os.path.join(OUT, "CHECKS.txt"), "w", encoding="utf-8").write("\n".join(head + lines_out) + "\n")
    print("\n".join(head))
    return problems_all


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
