#!/usr/bin/env python3
"""Independent checks of the blind layout set: each *.truth.json against its PDF, with poppler only.

Does not import build.py. Writes CHECKS.txt (details per document) and prints the summary.
"""
import glob
import html
import json
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FICT = "Documento de prueba: textos ficticios"
MAX_GAP = 3000         # characters (alphanumeric key) allowed between two consecutive words of a paragraph


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pages_of(pdf, *mode):
    out = run(["pdftotext", "-enc", "UTF-8", *mode, pdf, "-"]).split("\f")
    if out and out[-1].strip() == "":
        out = out[:-1]
    return out


def key(s):
    return "".join(c for c in unicodedata.normalize("NFC", s).lower() if c.isalnum())


def words(s):
    return [w for w in (key(x) for x in re.split(r"[\s\-–—/]+", s)) if w]


def in_order(ws, text):
    """Find the words in order in text (a key string); return (ok, max gap, jumps, first missing word).

    A word may be split by a column or page break (hyphenated 'descentra-' / figure, running head /
    'lizada'): when the whole word is not right after the previous one, its two parts are looked for,
    the first right after the previous word. A jump is a gap of more than 60 characters."""
    pos, gap, start, jumps = 0, 0, None, 0
    for w in ws:
        i = text.find(w, pos)
        end = i + len(w)
        if start is not None and (i < 0 or i - pos > 60):
            for cut in range(2, len(w) - 1):
                a = text.find(w[:cut], pos)
                if a >= 0 and a - pos <= 3:
                    b = text.find(w[cut:], a + cut)
                    if b >= 0 and (i < 0 or b < i):
                        i, end = a, b + len(w) - cut
                        gap = max(gap, b - (a + cut))
                        jumps += 1
                        break
        if i < 0:
            return False, gap, jumps, w
        if start is not None:
            if i - pos > MAX_GAP:
                return False, i - pos, jumps, w
            gap = max(gap, i - pos)
            jumps += (i - pos) > 60
        start = i if start is None else start
        pos = end
    return True, gap, jumps, None


def bbox_words(pdf):
    """Per page: page width and the words [(key, xMin, yMin, first_in_line)] of pdftotext -bbox-layout."""
    out = run(["pdftotext", "-bbox-layout", pdf, "-"])
    pages = []
    for pg in out.split("<page ")[1:]:
        w = float(re.match(r'width="([\d.]+)"', pg).group(1))
        ws = []
        for ln in re.findall(r"<line[^>]*>(.*?)</line>", pg, re.S):
            first = True
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', ln):
                k = key(html.unescape(m.group(3)))
                if k:
                    ws.append((k, float(m.group(1)), float(m.group(2)), first))
                    first = False
        pages.append((w, ws))
    return pages


def start_of(text, words_):
    """Position (x, y) of the first words of text among a page's words, or None."""
    tw = [key(x) for x in re.split(r"[\s/]+", text) if key(x)][:8]
    hits = []
    for i in range(len(words_)):
        if not words_[i][3]:
            continue
        ok = True
        for j, t in enumerate(tw):
            if i + j >= len(words_):
                ok = False
                break
            k = words_[i + j][0]
            if k == t or (j == len(tw) - 1 and t.startswith(k)) or (j > 0 and k.rstrip("0123456789") == t):
                continue
            if j >= 2 and t.startswith(k) and len(k) >= 2:      # hyphenated at the line end: rest of the word follows
                break
            ok = False
            break
        if ok:
            hits.append((words_[i][1], words_[i][2]))
    return hits


def reading_order(t, pdf):
    """Necessary conditions of column-major order for consecutive blocks on the same page."""
    pages = bbox_words(pdf)
    two = t["layout"]["columns"] == 2
    probs, checked = [], 0
    prev = None
    for b in t["blocks"]:
        if b["type"] not in ("paragraph", "list_item", "heading"):
            continue
        w, ws = pages[b["page"] - 1]
        hits = start_of(b.get("text_with_refs", b["text"]).split("[^")[0], ws)
        if len(hits) != 1:
            prev = None
            continue
        x, y = hits[0]
        col = "L" if x < w / 2 - 10 else "R"
        cur = (b["page"], col, x, y, b["text"][:40])
        if prev and prev[0] == cur[0]:
            checked += 1
            if not two or prev[1] == col or (prev[1] == "R" and col == "L"):
                if y <= prev[3]:
                    probs.append(f"reading order: {cur[4]!r} ({col}, y {y:.0f}) not below {prev[4]!r} "
                                 f"({prev[1]}, y {prev[3]:.0f}) on page {cur[0]}")
        prev = cur
    return probs, checked


def bbox_lines(pdf):
    """Lines of words in pdftotext -bbox-layout order (flow, block, line), all pages."""
    out = run(["pdftotext", "-bbox-layout", pdf, "-"])
    lines = []
    for ln in re.findall(r"<line[^>]*>(.*?)</line>", out, re.S):
        ws = [html.unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", ln)]
        if ws:
            lines.append(ws)
    return lines


def line_keys(page):
    ls = [key(x) for x in page.split("\n") if x.strip()]
    return set(ls) | {a + b for a, b in zip(ls, ls[1:])}


def check(tp):
    name = os.path.basename(tp).replace(".truth.json", "")
    pdf = tp.replace(".truth.json", ".pdf")
    t = json.load(open(tp))
    probs, info = [], []
    dflt = pages_of(pdf)
    raw = pages_of(pdf, "-raw")
    lay = pages_of(pdf, "-layout")
    kd = [key(p) for p in dflt]
    kr = [key(p) for p in raw]
    n = len(dflt)
    npi = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf])).group(1))
    if not (n == npi == t["pages"]):
        probs.append(f"page count pdftotext {n} pdfinfo {npi} truth {t['pages']}")

    # ---- truth self-consistency
    bp = [(b["text"], b["page"]) for b in t["blocks"] if b["type"] in ("paragraph", "list_item")]
    if bp != list(zip(t["paragraphs"], t["paragraph_pages"])):
        probs.append("blocks and paragraphs/paragraph_pages disagree")
    if [b["text"] for b in t["blocks"] if b["type"] == "heading"] != t["headings"]:
        probs.append("blocks and headings disagree")
    if len(set(t["paragraphs"])) != len(t["paragraphs"]):
        probs.append("duplicate paragraphs")
    for p in t["paragraphs"] + [f["text"] for f in t["footnotes"]]:
        if "[^" in p or "\u00ad" in p or "  " in p or p != p.strip() or unicodedata.normalize("NFC", p) != p:
            probs.append(f"unclean truth text: {p[:60]!r}")
    if FICT not in t["front_matter"]:
        probs.append("fictitious-text line missing from front_matter")
    if t["paragraph_pages"] != sorted(t["paragraph_pages"]):
        probs.append("paragraph pages not monotonic")
    refs = []
    for b in t["blocks"]:
        if "text_with_refs" in b:
            if re.sub(r"\s+", " ", re.sub(r"\[\^\d+\]", "", b["text_with_refs"])).strip() != b["text"]:
                probs.append(f"text_with_refs differs from text: {b['text'][:50]!r}")
            refs += [int(x) for x in re.findall(r"\[\^(\d+)\]", b["text_with_refs"])]
    if refs != [f["number"] for f in t["footnotes"]] or refs != list(range(1, len(refs) + 1)):
        probs.append(f"footnote marks {refs} vs notes {[f['number'] for f in t['footnotes']]}")

    # ---- paragraphs: start on the stated page, all words in order on that page (or the next)
    maxgap, order_inv, maxjumps = 0, 0, 0
    firsts = [key(re.split(r"\[\^\d+\]", b.get("text_with_refs", b["text"]))[0])[:60]
              for b in t["blocks"] if b["type"] in ("paragraph", "list_item")]
    alltext = "".join(kd)
    for f60 in firsts:
        if alltext.count(f60) > 1:
            probs.append(f"paragraph start occurs {alltext.count(f60)} times: {f60!r}")
    last = {}
    for b in t["blocks"]:
        if b["type"] not in ("paragraph", "list_item"):
            continue
        p = b["page"] - 1
        text = b.get("text_with_refs", b["text"])
        first = key(re.split(r"\[\^\d+\]", text)[0])
        pre = first[:60]
        if not (pre in kd[p] or pre in kr[p]):
            if first[:25] in kd[p] or first[:25] in kr[p]:
                info.append(f"start found by 25 chars only: {b['text'][:50]!r}")
            else:
                probs.append(f"paragraph start not on page {p + 1}: {b['text'][:60]!r}")
        ws = words(b["text"])
        ok = False
        for src in (kd, kr):
            span = "".join(src[p:p + 2])
            anchor = pre if pre in span else pre[:25]
            good, gap, jumps, miss = in_order(ws, span[span.find(anchor):] if anchor in span else span)
            if good:
                ok = True
                maxgap = max(maxgap, gap)
                maxjumps = max(maxjumps, jumps)
                if jumps > 4:
                    probs.append(f"{jumps} jumps inside paragraph {b['text'][:50]!r}")
                break
        if not ok:
            probs.append(f"words not in order on pages {p + 1}-{p + 2}: {b['text'][:60]!r} (missing {miss!r})")
        # reading order within a page in default mode (information: pdftotext's order, not the truth's)
        i = kd[p].find(pre)
        if i >= 0:
            if p in last and i < last[p]:
                order_inv += 1
            last[p] = i
    info.append(f"max gap between consecutive words {maxgap}, max jumps (gap > 60) in a paragraph {maxjumps}; paragraph starts out of pdftotext-default order: {order_inv}")

    # ---- exact text: paragraphs verbatim in -raw / default text after joining line-end hyphens
    comp = set(w for p in t["paragraphs"] for w in re.findall(r"\w+-\w+", p))

    def dehyph(s):
        s = re.sub("\u00ad?\u2010?\n", lambda m: m.group(0) if m.group(0) == "\n" else "\u00ad\n", s)
        s = s.replace("\u00ad\n", "\u00ad").replace("\u00ad", "")
        s = re.sub(r"(\w+)-\n(\w+)", lambda m: m.group(1) + ("-" if m.group(1) + "-" + m.group(2) in comp else "")
                   + m.group(2), s)
        return re.sub(r"\s+", " ", s)
    flat = [dehyph("\n".join(raw)), dehyph("\n".join(dflt))]
    verb = 0
    for b in t["blocks"]:
        if b["type"] not in ("paragraph", "list_item"):
            continue
        r = b.get("text_with_refs", b["text"])
        variants = {b["text"], re.sub(r"\[\^(\d+)\]", r"\1", r), re.sub(r"\[\^(\d+)\]", r" \1", r)}
        if any(v in f for v in variants for f in flat):
            verb += 1
    info.append(f"exact text: {verb} of {len(t['paragraphs'])} paragraphs verbatim in pdftotext -raw or default "
                f"(line-end hyphens joined, marks as digits); the others cross a column/page or have a "
                f"mark that pdftotext moves")

    # ---- geometry of the reading order
    rp, nchk = reading_order(t, pdf)
    probs += rp
    info.append(f"reading order: {nchk} consecutive block pairs on the same page checked by position")

    # ---- headings
    for b in t["blocks"]:
        if b["type"] == "heading":
            p = b["page"] - 1
            k = key(b["text"])
            if not (k in line_keys(dflt[p]) or k in line_keys(raw[p]) or k in line_keys(lay[p])):
                probs.append(f"heading not a line on page {p + 1}: {b['text']!r}")

    # ---- footnotes: number + text on the stated page, page >= page of the mark
    markpage = {}
    for b in t["blocks"]:
        for x in re.findall(r"\[\^(\d+)\]", b.get("text_with_refs", "")):
            markpage[int(x)] = b["page"]
    for f in t["footnotes"]:
        p = f["page"] - 1
        ws = words(f["text"])
        k0 = key(str(f["number"]) + " " + f["text"])[:40]
        if not (k0 in kd[p] or k0 in kr[p]):
            probs.append(f"footnote {f['number']} (number+text) not on page {p + 1}")
        a30 = key(f["text"])[:30]
        if not any(in_order(ws, "".join(src[p:p + 2])[max(0, "".join(src[p:p + 2]).find(a30)):])[0]
                   for src in (kd, kr)):
            probs.append(f"footnote {f['number']} words not on page {p + 1}")
        if f["page"] < markpage.get(f["number"], 0):
            probs.append(f"footnote {f['number']} before its mark")

    # ---- figures
    for fg in t["figures"]:
        if key(fg["caption"]) not in kd[fg["page"] - 1] and key(fg["caption"]) not in kr[fg["page"] - 1]:
            probs.append(f"figure caption not on page {fg['page']}: {fg['caption']!r}")

    # ---- furniture: header first and footer last non-empty -layout line of listed pages; none elsewhere
    fpages = {x["page"]: x for x in t["page_furniture"]}
    for p in range(1, n + 1):
        ls = [re.sub(r"\s+", " ", x).strip() for x in lay[p - 1].split("\n") if x.strip()]
        if p in fpages:
            for h in fpages[p]["header"]:
                if ls[0].replace(" ", "") != h.replace(" ", ""):
                    probs.append(f"page {p}: first line {ls[0]!r} is not header {h!r}")
            for f in fpages[p]["footer"]:
                if ls[-1].replace(" ", "") != f.replace(" ", ""):
                    probs.append(f"page {p}: last line {ls[-1]!r} is not footer {f!r}")
        else:
            for s in t["headers_footers"]:
                if s in (ls[0], ls[-1]) and s != t["author"]:
                    probs.append(f"page {p}: unlisted furniture {s!r}")

    # ---- title block on page 1
    for s in [t["title"], t["subtitle"], t["author"]] + t["front_matter"]:
        if s and key(s) not in kd[0] and key(s) not in kr[0]:
            probs.append(f"title block item not on page 1: {s!r}")

    # ---- hyphenation: line-final hyphens in -raw, split into producer hyphenation and real compounds
    vocab = {}
    for p in t["paragraphs"] + [f["text"] for f in t["footnotes"]] + t["headings"] + [t["title"]]:
        for w in re.findall(r"[\wÁÉÍÓÚÑáéíóúñü-]+", p):
            vocab[w.lower()] = 1
    auto, real, rep, odd = 0, 0, 0, []
    bl = [[re.sub("\u00ad(?=.)", "", w) for w in ws] for ws in bbox_lines(pdf)]
    for li, ws in enumerate(bl):
        m = re.search(r"([\wÁÉÍÓÚÑáéíóúñü-]+)[-\u00ad\u2010]$", ws[-1])
        if not m:
            continue
        for nx in bl[li + 1:li + 80] + bl[max(0, li - 80):li]:  # flows may come out of order
            nxt = re.match(r"[\wÁÉÍÓÚÑáéíóúñü-]+", nx[0])
            if not nxt:
                continue
            joined = (m.group(1) + nxt.group(0)).lower()
            withh = (m.group(1) + "-" + nxt.group(0)).lower()
            if nxt.group(0).startswith("-") and joined in vocab:    # Spanish rule: hyphen repeated
                rep += 1
                break
            if withh in vocab:
                real += 1
                break
            if joined in vocab:
                auto += 1
                break
        else:
            odd.append(ws[-1])
    # real hyphens: every hyphenated token typeset inside a line is hyphenated in the truth, and back
    alltruth = t["paragraphs"] + t["headings"] + [f["text"] for f in t["footnotes"]] + t["front_matter"] + \
        [t["title"], t["subtitle"], t["author"]] + t["headers_footers"] + [g["caption"] for g in t["figures"]]
    ttoks = {w for s in alltruth for w in re.findall(r"\w+(?:-\w+)+", s)}
    furn = set(t["headers_footers"])
    raw_nf = ["\n".join(x for x in pg.split("\n") if x.strip() not in furn) for pg in raw]
    ptoks = set()
    for pg in raw_nf:
        for ln in re.sub("\u00ad\u2010?\n", "", pg).split("\n"):
            ln = re.sub("\u00ad(?=\\w)", "", ln).rstrip()
            if re.search("[-\u00ad\u2010]$", ln):       # the last word continues on another line
                ln = ln.rsplit(" ", 1)[0] if " " in ln else ""
            ptoks |= set(re.findall(r"\w+(?:-\w+)+", ln))
    for w in sorted(ptoks - ttoks):
        probs.append(f"hyphenated token in the PDF but not in the truth: {w!r}")
    rawflat = "".join(raw).replace("\u00ad", "")
    for w in sorted(ttoks - ptoks):
        a, b = w.split("-", 1)
        if not re.search(re.escape(a) + r"-\s*\n?.*?" + re.escape(b.split("-")[0]), rawflat, re.S):
            probs.append(f"hyphenated truth token not in the PDF: {w!r}")
    # and as many times: each hyphenated word (no digits) counted in the truth and in the PDF, where
    # a real hyphen at a line end is a plain '-' (producer hyphenation is U+00AD, U+00AD U+2010, or a
    # soft hyphen inside a plain word; build.py never hyphenates inside a hyphenated compound)
    rawall = re.sub("\u00ad\u2010?\n|\u00ad", "", re.sub(r"\n\s*\n", "\n", "\n".join(raw_nf)))
    split = {a + "-" + b for a, b in re.findall(r"(\w+)-[ \t]*\n-?(\w+)", rawall)}
    if t["producer"] == "fpdf2":       # fpdf2 writes its own (soft-hyphen) breaks as a plain '-' too
        joined = {w.lower() for s in alltruth for w in re.findall(r"\w+", s)}
        split = {w for w in split if w.replace("-", "").lower() not in joined}
    for w in sorted(w for w in ttoks | ptoks | split if not re.search(r"\d", w)):
        pat = r"(?<![\w-])" + r"-[ \t]*(?:\n-?)?[ \t]*".join(re.escape(x) for x in w.split("-")) + r"(?![\w-])"
        nt = sum(len(re.findall(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", s)) for s in alltruth)
        npdf = len(re.findall(pat, rawall))
        if nt != npdf:
            probs.append(f"hyphenated word {w!r}: {nt} in the truth, {npdf} in the PDF")
    comp = sorted({w for p in t["paragraphs"] for w in re.findall(r"\w+-\w+", p) if not re.search(r"\d", w)})
    real += rep
    info.append(f"line-end hyphens (-bbox-layout lines): {auto} producer hyphenations, {real} real compound hyphens at a line end, {rep} of them with the hyphen "
                f"repeated at the start of the next line, "
                f"{len(odd)} unresolved {odd[:6]}")
    info.append(f"hyphenated compounds in the text: {', '.join(comp)}")
    if auto == 0:
        probs.append("no producer hyphenation found")
    if odd:
        probs.append(f"line-end hyphens that join to no truth word: {odd[:6]}")

    # ---- fonts embedded
    fl = run(["pdffonts", pdf]).split("\n")[2:]
    notemb = [x.split()[0] for x in fl if x.strip() and " no " in x[50:] and x.split()[-5 if len(x.split()) > 5 else 0] == "no"]
    emb = [x for x in fl if x.strip()]
    for x in emb:
        cols = x.split()
        if len(cols) >= 5 and cols[-5] != "yes":
            probs.append(f"font not embedded: {cols[0]}")
    info.append(f"{len(emb)} fonts, producer_pdf {t['producer_pdf']!r}")
    return name, t, probs, info


def main():
    out, total = [], 0
    rows = []
    for tp in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        name, t, probs, info = check(tp)
        total += len(probs)
        rows.append((name, t))
        out.append(f"== {name} ({t['producer']}, {t['pages']} pages, {len(t['paragraphs'])} paragraphs, "
                    f"{len(t['headings'])} headings, {len(t['footnotes'])} footnotes, {len(t['figures'])} figures)")
        out.append("   features: " + ", ".join(t["layout"]["features"]))
        for x in info:
            out.append("   " + x)
        for x in probs:
            out.append("   PROBLEM " + x)
        out.append(f"   {'OK' if not probs else str(len(probs)) + ' problems'}")
    np_ = sum(len(t["paragraphs"]) for _, t in rows)
    nh = sum(len(t["headings"]) for _, t in rows)
    nf = sum(len(t["footnotes"]) for _, t in rows)
    npg = sum(t["pages"] for _, t in rows)
    summary = (f"{len(rows)} documents, {npg} pages, {np_} paragraphs, {nh} headings, {nf} footnotes: "
               f"{total} problems")
    out.append("")
    out.append(summary)
    with open(os.path.join(HERE, "CHECKS.txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
