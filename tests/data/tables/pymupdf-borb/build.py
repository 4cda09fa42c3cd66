#!/usr/bin/env python3
"""Build the blind PyMuPDF / borb table set: blind_py_001…015.pdf + .truth.json.

Three producer styles (the third, borb, in render_borb: 013-015):
  * `pymupdf_story`: fitz.Story (HTML + CSS laid out by MuPDF's HTML engine) through DocumentWriter;
    running head / footer added afterwards with page.insert_text.
  * `pymupdf_draw`: pages drawn by hand with page.insert_text + page.draw_line / draw_rect
    (own line breaking, own pagination, header rows repeated on each page of a long table).
Usage: python build.py [N ...]   (venv with pymupdf 2.0 and borb 3.0.9)
"""
import html as H
import json
import os
import re
import subprocess
import sys
import unicodedata

import pymupdf

sys.dont_write_bytecode = True
from content import Gen, to_grid, ORGS, REGIONS, PLACES, PROVINCES, NAMES, MONTHS, NB

HERE = os.path.dirname(os.path.abspath(__file__))
FICT = "Documento de prueba: cifras y nombres ficticios"

STYLE_NAMES = {"grid": "ruled grid", "header_rule": "header rule only", "booktabs": "booktabs",
               "header_fill": "header fill only", "zebra": "zebra", "none": "no rules", "box": "outer box only",
               "hlines": "horizontal rules between rows"}

# ---------------------------------------------------------------------------------------------
# document recipes
# each table: (kind, style, caption_fmt or None, caption_position, notes, extra)
DOCS = {
    1: dict(p="story", paper="a4", font="sans-serif", size=10, num="nbsp", pct="nbsp", cap="Cuadro N.° {k}. ",
            seq=["h", "p", "p", ("budget_region", "grid", "Presupuesto por región, 2023", "above", ["Fuente: Consulta amigable (datos de prueba)."]),
                 "p", "h", "p", ("staff", "zebra", "Personal por régimen laboral", "above", [])]),
    2: dict(p="story", paper="letter", font="serif", size=10.5, num="dot", pct="plain", cap="Cuadro {k}: ",
            seq=["h", "p", ("norms", "header_rule", "Normas regionales emitidas", "above", ["Fuente: Secretaría General."]),
                 "brk", "h", "p", ("indicators", "booktabs", "Indicadores de los objetivos estratégicos", "above", ["Nota: valores de línea base y metas en porcentaje."]),
                 "p"]),
    3: dict(p="story", paper="a4", font="sans-serif", size=9, num="nbsp", pct="nbsp", cap="Cuadro N.° {k}. ",
            seq=["h", "p", ("projects", "hlines", "Inversiones en ejecución", "above", ["Fuente: Banco de Inversiones (datos de prueba)."], {"n": 44}),
                 "h", "p", ("small", "box", "Atención al ciudadano", "above", [])]),
    4: dict(p="story", paper="a4", font="serif", size=10, num="dot", pct="nbsp", cap="Cuadro N.° {k}. ",
            seq=["h", "p", ("budget_generica", "header_fill", "Presupuesto por genérica de gasto", "above", ["Nota: el guion indica que no hubo asignación; la celda vacía, que no hubo certificación."]),
                 "p", "h", ("targets", "none", "Metas físicas trimestrales", "above", []), "p", "list"]),
    5: dict(p="story", paper="a4", font="sans-serif", size=10, num="nbsp", pct="nbsp", cap="Cuadro {k}. ",
            seq=["h", "p", ("budget_units", "grid", "Gasto por unidad ejecutora y provincia", "above", ["Fuente: Reporte de ejecución (prueba)."], {"nprov": 6}),
                 "brk", "h", "p", ("risks", "booktabs", "Matriz de riesgos", "below", []), "p"]),
    6: dict(p="story", paper="letter", font="sans-serif", size=10, num="dot", pct="plain", cap="Cuadro N.° {k}. ",
            seq=["h", "p", ("staff", "zebra", "Personal por régimen laboral", "above", ["Elaboración propia."]),
                 "p", ("small", "header_rule", None, None, []), "h", "p", ("budget_region", "box", "Ejecución por región", "above", [])]),
    7: dict(p="story", paper="a4", font="sans-serif", size=10, num="nbsp", pct="nbsp", free=True,
            seq=["toc", "h", "p", "p", "h", "form", "p", "h", "amounts", "p", "h", "p", "p", "list", "p", "p", "sign"]),
    8: dict(p="draw", paper="a4", font="helv", size=10, num="nbsp", pct="nbsp", cap="Cuadro N.° {k}. ",
            seq=["h", "p", ("budget_region", "grid", "Presupuesto por región, 2024", "above", ["Fuente: Consulta amigable (datos de prueba)."]),
                 "h", "p", ("targets", "header_rule", "Metas físicas trimestrales", "above", [])]),
    9: dict(p="draw", paper="letter", font="tiro", size=10.5, num="dot", pct="nbsp", cap="Cuadro {k}. ",
            seq=["h", "p", ("projects", "zebra", "Inversiones priorizadas", "above", ["Fuente: Banco de Inversiones (datos de prueba)."], {"n": 42}),
                 "h", "p", ("staff", "booktabs", "Personal por régimen laboral", "above", [])]),
    10: dict(p="draw", paper="a4", font="helv", size=10, num="dot", pct="plain", cap="Cuadro N.° {k}: ",
             seq=["h", "p", ("budget_units", "booktabs", "Gasto por unidad ejecutora", "above", ["Fuente: Reporte de ejecución (prueba)."], {"nprov": 3}),
                  "p", ("budget_generica", "none", "Presupuesto por genérica", "above", ["Nota: el guion indica que no hubo asignación."]),
                  "h", "p", ("small", "header_fill", None, None, [])]),
    11: dict(p="draw", paper="a4", font="helv", size=10, num="nbsp", pct="nbsp", cap="Cuadro {k}: ",
             seq=["h", "p", ("norms", "hlines", "Normas emitidas en el periodo", "above", []),
                  "h", "p", ("risks", "box", "Riesgos identificados", "below", ["Elaboración propia."]),
                  ("indicators", "grid", "Indicadores estratégicos", "above", [])]),
    12: dict(p="draw", paper="letter", font="tiro", size=10.5, num="dot", pct="nbsp", free=True,
             seq=["toc", "h", "p", "p", "h", "form", "p", "h", "amounts", "p", "leaders", "h", "p", "list", "p", "sign"]),
}
DOCS.update({
    13: dict(p="borb", paper="a4", font="Helvetica", size=10, num="nbsp", pct="nbsp", cap="Cuadro N.° {k}. ",
             seq=["h", "p", ("budget_region", "grid", "Presupuesto por región, 2023", "above", ["Fuente: Consulta amigable (datos de prueba)."]),
                  "h", "p", ("staff", "zebra", "Personal por régimen laboral", "above", []), "p"]),
    14: dict(p="borb", paper="letter", font="Times-Roman", size=10, num="dot", pct="plain", cap="Cuadro {k}: ",
             seq=["h", "p", ("targets", "booktabs", "Metas físicas trimestrales", "above", ["Elaboración propia."]),
                  "p", ("small", "none", "Atención al ciudadano", "above", []),
                  "brk", "h", "p", ("norms", "header_fill", "Normas emitidas", "above", ["Fuente: Secretaría General."]), "p"]),
    15: dict(p="borb", paper="a4", font="Helvetica", size=10, num="nbsp", pct="nbsp", free=True,
             seq=["h", "p", "h", "form", "p", "h", "amounts", "p", "list", "sign"]),
})
HEADINGS = ["Presentación", "Ejecución presupuestal", "Recursos humanos", "Seguimiento de metas",
            "Inversiones", "Gestión institucional", "Conclusiones", "Marco normativo", "Riesgos"]
TITLES = ["Informe de gestión {y}", "Memoria anual {y}", "Informe de evaluación del POI {y}",
          "Reporte de seguimiento presupuestal {y}", "Informe de rendición de cuentas {y}"]


def plan(n):
    """Turn a recipe into concrete content (seeded): list of blocks + metadata."""
    d = DOCS[n]
    g = Gen(5000 + n, d["num"], d["pct"])
    r = g.r
    reg, place = r.choice(REGIONS), r.choice(PLACES)
    org = r.choice(ORGS).format(r=reg, p=r.choice(PROVINCES))
    y = r.randint(2022, 2024)
    meta = dict(title=r.choice(TITLES).format(y=y), org=org,
                dateline=f"{place}, {r.choice(MONTHS)} de {y + 1}")
    heads = r.sample(HEADINGS, len(HEADINGS))
    blocks, hk, tk = [], 0, 0
    for item in d["seq"]:
        if item == "h":
            hk += 1
            blocks.append(dict(type="heading", text=f"{hk}. {heads[hk - 1]}"))
        elif item == "p":
            blocks.append(dict(type="paragraph", text=g.paragraph()))
        elif item == "brk":
            blocks.append(dict(type="brk"))
        elif item == "list":
            blocks.append(dict(type="list", items=[g.sentence() for _ in range(3)]))
        elif item == "toc":
            blocks.append(dict(type="toc"))
        elif item == "form":
            blocks.append(dict(type="form", items=[("Entidad", org), ("RUC", str(r.randint(20100000000, 20609999999))),
                                                   ("Titular", r.choice(NAMES)),
                                                   ("Domicilio legal", f"Jr. {r.choice(PROVINCES)} N.° {r.randint(100, 999)}, {place}"),
                                                   ("Periodo", f"enero a diciembre de {y}")]))
        elif item == "amounts":
            names = ["Señalización de vías", "Mantenimiento de locales escolares", "Equipamiento de postas",
                     "Defensas ribereñas", "Saneamiento de predios"]
            blocks.append(dict(type="amounts", items=[(nm, "S/ " + g.num(r.randint(40, 990) * 100))
                                                      for nm in names]))
        elif item == "leaders":
            blocks.append(dict(type="leaders", items=[
                ("Presupuesto institucional de apertura", "S/ " + g.num(r.randint(10, 90) * 1000000 + r.randint(0, 999) * 1000)),
                ("Presupuesto institucional modificado", "S/ " + g.num(r.randint(10, 90) * 1000000 + r.randint(0, 999) * 1000)),
                ("Avance de ejecución", g.pct(r.uniform(30, 95)))]))
        elif item == "sign":
            blocks.append(dict(type="sign", items=[r.choice(NAMES), "Gerente Regional de Planeamiento"]))
        else:
            kind, style, cap, cappos, notes = item[:5]
            kw = item[5] if len(item) > 5 else {}
            t = getattr(g, kind)(**kw)
            if cap:
                tk += 1
                cap = d["cap"].format(k=tk) + cap
            blocks.append(dict(type="table", t=t, style=style, caption=cap, caption_position=cappos, notes=notes))
    if any(b["type"] == "toc" for b in blocks):
        for b in blocks:
            if b["type"] == "toc":
                b["entries"] = [x["text"] for x in blocks if x["type"] == "heading"]
    return meta, blocks


# ---------------------------------------------------------------------------------------------
# Story renderer
def esc(s):
    return H.escape(s, quote=False)


STORY_CSS = {
    "grid": "td, th {border: 0.75pt solid #000;}",
    "header_rule": "th {border-bottom: 1pt solid #000;}",
    "booktabs": "tr.h0 th {border-top: 1.2pt solid #000;} th.hb {border-bottom: 0.6pt solid #000;} tr.last td {border-bottom: 1.2pt solid #000;}",
    "header_fill": "th {background-color: #d4d4d4;}",
    "zebra": "tr.odd td {background-color: #ececec;}",
    "none": "",
    "box": "tr.h0 th {border-top: 0.8pt solid #000;} tr.last td {border-bottom: 0.8pt solid #000;} .L {border-left: 0.8pt solid #000;} .R {border-right: 0.8pt solid #000;}",
    "hlines": "th.hb {border-bottom: 1pt solid #000;} td {border-bottom: 0.5pt solid #888;}",
}


def story_table(b, tid):
    t = b["t"]
    hr = t["header_rows"]
    rows = {}
    for (r, c, rs, cs, txt) in t["cells"]:
        rows.setdefault(r, []).append((c, rs, cs, txt))
    out = [f'<table class="{b["style"]}" id="{tid}">']
    for r in range(t["nrows"]):
        cls = []
        if r < hr:
            cls.append(f"h{r}")
        if r == t["nrows"] - 1:
            cls.append("last")
        if r >= hr and (r - hr) % 2 == 1:
            cls.append("odd")
        out.append(f'<tr class="{" ".join(cls)}">')
        for (c, rs, cs, txt) in sorted(rows.get(r, [])):
            tag = "th" if r < hr else "td"
            ccls = []
            if r < hr and r + rs >= hr:
                ccls.append("hb")
            if c == 0:
                ccls.append("L")
            if c + cs == t["ncols"]:
                ccls.append("R")
            al = t["align"][c] if cs == 1 else "l"
            if r < hr:
                al = "c" if cs > 1 else al
            if r in t["section_rows"]:
                al = "l"
            style = {"l": "text-align:left", "r": "text-align:right", "c": "text-align:center"}[al]
            if " " not in txt:  # a single word: never broken (MuPDF would break 'N.°' after the dot)
                style += "; white-space: nowrap"
            txtc = esc(txt)
            if r in t.get("bold_rows", []) or r in t["section_rows"]:
                txtc = f"<b>{txtc}</b>"
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            out.append(f'<{tag} class="{" ".join(ccls)}" style="{style}"{span}>{txtc}</{tag}>')
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def story_html(meta, blocks, d):
    parts = [f"<h1>{esc(meta['title'])}</h1>", f'<p class="org">{esc(meta["org"])}</p>',
             f"<p class=fm>{esc(meta['dateline'])}</p>", f"<p class=fm><i>{FICT}</i></p>"]
    ti = 0
    for b in blocks:
        ty = b["type"]
        if ty == "brk":
            parts.append('<div style="page-break-before: always"></div>')
        elif ty == "heading":
            parts.append(f"<h2>{esc(b['text'])}</h2>")
        elif ty == "paragraph":
            parts.append(f"<p>{esc(b['text'])}</p>")
        elif ty == "list":
            parts.append("<ol>" + "".join(f"<li>{esc(x)}</li>" for x in b["items"]) + "</ol>")
        elif ty == "table":
            ti += 1
            cap = f'<p class="cap"><b>{esc(b["caption"])}</b></p>' if b["caption"] else ""
            notes = "".join(f'<p class="note"><i>{esc(x)}</i></p>' for x in b["notes"])
            tb = story_table(b, f"T{ti}")
            if b["caption_position"] == "below":
                parts.append(tb + cap + notes)
            else:
                parts.append(cap + tb + notes)
        elif ty == "toc":
            parts.append("<h2>Índice</h2>")
            # leaders: a table-free layout made with a paragraph per line, label + dots + page
            for e, pg in zip(b["entries"], b.get("pages", [1] * len(b["entries"]))):
                parts.append(f'<p class="toc">{esc(e)} {"." * (70 - len(e))} {pg}</p>')
        elif ty == "form":
            parts.append("".join(f'<p class="form"><b>{esc(k)}:</b> {esc(v)}</p>' for k, v in b["items"]))
        elif ty == "amounts":
            parts.append("<ol>" + "".join(f'<li>{esc(k)} <span class="amt">{esc(v)}</span></li>'
                                          for k, v in b["items"]) + "</ol>")
        elif ty == "sign":
            parts.append('<p class="sign">' + "<br/>".join(esc(x) for x in b["items"]) + "</p>")
    return "".join(parts)


def story_css(d):
    css = [f"body {{font-family: {d['font']}; font-size: {d['size']}pt;}}",
           "h1 {font-size: 16pt; margin: 0 0 4pt 0;} h2 {font-size: 12pt; margin: 10pt 0 4pt 0;}",
           "p {margin: 0 0 6pt 0; text-align: justify;} p.org {font-size: 11pt;} p.fm {margin: 0 0 2pt 0;}",
           "p.cap {margin: 8pt 0 3pt 0; text-align: left;} p.note {font-size: 8.5pt; margin: 2pt 0 8pt 0; text-align: left;}",
           "table {border-collapse: collapse; width: 100%; margin: 0 0 4pt 0;}",
           "td, th {padding: 2pt 4pt; vertical-align: top;}",
           "p.toc {margin: 0 0 2pt 0; text-align: left;} p.form {margin: 0 0 2pt 0; text-align: left;}",
           "span.amt {float: right;} p.sign {margin-top: 30pt; text-align: center;}"]
    for s, c in STORY_CSS.items():
        for rule in filter(None, (x.strip() for x in c.split("}"))):
            sel, body = rule.split("{")
            sel = ", ".join(f"table.{s} {x.strip()}" for x in sel.split(","))
            css.append(f"{sel} {{{body.strip()}}}")
    return "\n".join(css)


def furniture(doc, meta, fstyle, first):
    n = doc.page_count
    for i, page in enumerate(doc):
        if i + 1 < first:
            continue
        w, h = page.rect.width, page.rect.height
        tw = tlen(meta["org"], "helv", 8)
        page.insert_text((w - 56 - tw, 34), meta["org"], fontname="helv", fontsize=8)
        page.draw_line((56, 38), (w - 56, 38), width=0.5)
        f = fstyle.format(i=i + 1, n=n)
        fw = tlen(f, "helv", 8)
        page.insert_text(((w - fw) / 2, h - 28), f, fontname="helv", fontsize=8)


def render_story(n, meta, blocks, path):
    d = DOCS[n]
    story = pymupdf.Story(html=story_html(meta, blocks, d), user_css=story_css(d))
    mb = pymupdf.paper_rect(d["paper"])
    where = mb + (62, 56, -62, -56)
    w = pymupdf.DocumentWriter(path)
    more, k = 1, 0
    while more and k < 20:
        dev = w.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
        k += 1
    w.close()


# ---------------------------------------------------------------------------------------------
# hand-drawn renderer
_FONTS = {}


def tlen(s, font, fs):
    # pymupdf.get_text_length counts non-ASCII characters (ñ, á, U+00A0 …) of the base-14 fonts as
    # (nearly) zero width; pymupdf.Font(name).text_length measures them correctly
    if font not in _FONTS:
        _FONTS[font] = pymupdf.Font(font)
    return _FONTS[font].text_length(s, fs)


FONTS = {"helv": ("helv", "hebo", "heit"), "tiro": ("tiro", "tibo", "tiit")}


class Drawer:
    def __init__(self, d, meta):
        self.d, self.meta = d, meta
        self.doc = pymupdf.open()
        self.mb = pymupdf.paper_rect(d["paper"])
        self.x0, self.x1 = 62, self.mb.width - 62
        self.top, self.bottom = 56, self.mb.height - 60
        self.reg, self.bold, self.ital = FONTS[d["font"]]
        self.fs = d["size"]
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.mb.width, height=self.mb.height)
        self.y = self.top

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def wrap(self, text, font, fs, width):
        words, lines, cur = text.split(" "), [], ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if tlen(cand, font, fs) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def text(self, x, y, s, font, fs):
        self.page.insert_text((x, y), s, fontname=font, fontsize=fs)

    def para(self, s, font=None, fs=None, indent=0, after=6, lead=None):
        font, fs = font or self.reg, fs or self.fs
        lh = fs * 1.3
        lines = self.wrap(s, font, fs, self.x1 - self.x0 - indent)
        for i, ln in enumerate(lines):
            self.ensure(lh)
            if i == 0 and lead:
                self.text(self.x0, self.y + fs, lead, self.reg, fs)
            self.text(self.x0 + indent, self.y + fs, ln, font, fs)
            self.y += lh
        self.y += after

    def right(self, s, y, font, fs, xr=None):
        xr = xr or self.x1
        self.text(xr - tlen(s, font, fs), y, s, font, fs)

    # tables ---------------------------------------------------------------
    def table(self, b):
        t, style = b["t"], b["style"]
        fs = self.fs - 1
        lh, pad = fs * 1.25, 3
        nc, hr = t["ncols"], t["header_rows"]
        W = self.x1 - self.x0
        # column widths: proportional to the longest word / content, text columns wider
        need = []
        for c in range(nc):
            mx = 20
            for (r, cc, rs, cs, txt) in t["cells"]:
                if cc == c and cs == 1:
                    mx = max(mx, tlen(txt, self.bold if r < hr else self.reg, fs) + 2 * pad + 2)
            need.append(mx)
        if sum(need) > W:
            fixed = [c for c in range(nc) if t["align"][c] == "r" or need[c] < 70]
            rest = W - sum(need[c] for c in fixed)
            flex = [c for c in range(nc) if c not in fixed]
            tot = sum(need[c] for c in flex)
            for c in flex:
                need[c] = rest * need[c] / tot
        else:
            extra = (W - sum(need)) / nc
            need = [x + extra for x in need]
        xs = [self.x0]
        for x in need:
            xs.append(xs[-1] + x)
        cells = {}
        lines = {}
        for (r, c, rs, cs, txt) in t["cells"]:
            font = self.bold if (r < hr or r in t.get("bold_rows", []) or r in t["section_rows"]) else self.reg
            ww = xs[c + cs] - xs[c] - 2 * pad
            lines[(r, c)] = (self.wrap(txt, font, fs, ww) if txt else [], font)
            cells[(r, c)] = (rs, cs, txt)
        rh = [0.0] * t["nrows"]
        for (r, c), (rs, cs, txt) in cells.items():
            if rs == 1:
                rh[r] = max(rh[r], len(lines[(r, c)][0]) * lh + 2 * pad)
        for r in range(t["nrows"]):
            rh[r] = max(rh[r], lh + 2 * pad)
        for (r, c), (rs, cs, txt) in cells.items():
            if rs > 1:
                h = len(lines[(r, c)][0]) * lh + 2 * pad
                have = sum(rh[r:r + rs])
                if h > have:
                    rh[r + rs - 1] += h - have
        # groups of body rows that must stay together (row spans)
        groups, r = [], hr
        while r < t["nrows"]:
            end = r + max(cells[(r, c)][0] for c in range(nc) if (r, c) in cells) if any((r, c) in cells for c in range(nc)) else r + 1
            groups.append(list(range(r, max(end, r + 1))))
            r = max(end, r + 1)
        hh = sum(rh[:hr])
        capfs = self.fs
        caph = capfs * 1.3 + 4 if b["caption"] else 0
        notesh = len(b["notes"]) * (fs * 1.3) + 4
        total = hh + sum(rh[hr:]) + caph + notesh
        if total <= self.bottom - self.top:
            self.ensure(total + 6)
        else:
            self.ensure(caph + hh + sum(rh[r] for r in groups[0]) + 10)
        self.y += 4
        if b["caption"] and b["caption_position"] == "above":
            self.text(self.x0, self.y + capfs, b["caption"], self.bold, capfs)
            self.y += caph
        seg_start = self.y
        self.draw_rows(t, style, list(range(hr)), cells, lines, xs, rh, fs, lh, pad, first=True, hr=hr)
        body_i = 0
        for gi, gr in enumerate(groups):
            gh = sum(rh[r] for r in gr)
            lastg = gi == len(groups) - 1
            tail = notesh + (caph if b["caption_position"] == "below" else 0) if lastg else 0
            if self.y + gh + tail > self.bottom:
                self.close_seg(t, style, xs, seg_start)
                self.new_page()
                seg_start = self.y
                self.draw_rows(t, style, list(range(hr)), cells, lines, xs, rh, fs, lh, pad, first=True, hr=hr)
            self.draw_rows(t, style, gr, cells, lines, xs, rh, fs, lh, pad, first=False, hr=hr, body_i=body_i,
                           last=lastg)
            body_i += len(gr)
        self.close_seg(t, style, xs, seg_start)
        self.y += 3
        if b["caption"] and b["caption_position"] == "below":
            self.text(self.x0, self.y + capfs, b["caption"], self.bold, capfs)
            self.y += caph
        for nt in b["notes"]:
            self.text(self.x0, self.y + fs - 0.5, nt, self.ital, fs - 0.5)
            self.y += fs * 1.3
        self.y += 8

    def draw_rows(self, t, style, rows, cells, lines, xs, rh, fs, lh, pad, first, hr, body_i=0, last=False):
        pg = self.page
        y0 = self.y
        ys = {}
        y = y0
        for r in rows:
            ys[r] = y
            y += rh[r]
        ys_end = y
        for r in rows:
            if style == "zebra" and r >= hr and (body_i + rows.index(r)) % 2 == 1:
                pg.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r] + rh[r]), color=None, fill=(0.925, 0.925, 0.925), width=0)
            if style == "header_fill" and r < hr:
                pg.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r] + rh[r]), color=None, fill=(0.83, 0.83, 0.83), width=0)
        for r in rows:
            for c in range(t["ncols"]):
                if (r, c) not in cells:
                    continue
                rs, cs, txt = cells[(r, c)]
                x0, x1 = xs[c], xs[c + cs]
                yb = ys[r] + sum(rh[r:r + rs])
                if style == "grid":
                    pg.draw_rect(pymupdf.Rect(x0, ys[r], x1, yb), color=(0, 0, 0), width=0.6)
                ls, font = lines[(r, c)]
                al = t["align"][c] if cs == 1 else "l"
                if r < hr and cs > 1:
                    al = "c"
                if r in t["section_rows"]:
                    al = "l"
                for k, ln in enumerate(ls):
                    by = ys[r] + pad + fs + k * lh - 1
                    tw = tlen(ln, font, fs)
                    x = {"l": x0 + pad, "r": x1 - pad - tw, "c": (x0 + x1 - tw) / 2}[al]
                    self.text(x, by, ln, font, fs)
                if style in ("booktabs", "hlines", "header_rule") and r < hr and r + rs >= hr:
                    wdt = {"booktabs": 0.6, "hlines": 1.0, "header_rule": 0.8}[style]
                    pg.draw_line((x0, yb), (x1, yb), width=wdt)
        if style == "booktabs" and first:
            pg.draw_line((xs[0], y0), (xs[-1], y0), width=1.2)
        if style == "booktabs" and last:
            pg.draw_line((xs[0], ys_end), (xs[-1], ys_end), width=1.2)
        if style == "hlines" and not first:
            for r in rows:
                pg.draw_line((xs[0], ys[r] + rh[r]), (xs[-1], ys[r] + rh[r]), width=0.4, color=(0.5, 0.5, 0.5))
        self.y = ys_end

    def close_seg(self, t, style, xs, seg_start):
        if style == "box":
            self.page.draw_rect(pymupdf.Rect(xs[0], seg_start, xs[-1], self.y), color=(0, 0, 0), width=0.8)


def render_draw(n, meta, blocks, path):
    d = DOCS[n]
    D = Drawer(d, meta)
    D.para(meta["title"], D.bold, 16, after=4)
    D.para(meta["org"], D.reg, 11, after=2)
    D.para(meta["dateline"], after=2)
    D.para(FICT, D.ital, after=10)
    for b in blocks:
        ty = b["type"]
        if ty == "brk":
            D.new_page()
        elif ty == "heading":
            D.ensure(60)
            D.y += 6
            D.para(b["text"], D.bold, 12, after=4)
        elif ty == "paragraph":
            D.para(b["text"])
        elif ty == "list":
            for i, x in enumerate(b["items"]):
                D.para(x, indent=18, lead=f"{i + 1}.", after=2)
            D.y += 4
        elif ty == "table":
            D.table(b)
        elif ty == "toc":
            D.para("Índice", D.bold, 12, after=4)
            for e, pg in zip(b["entries"], b.get("pages", [1] * len(b["entries"]))):
                yb = D.y + D.fs
                D.text(D.x0, yb, e, D.reg, D.fs)
                x = D.x0 + tlen(e + " ", D.reg, D.fs)
                xr = D.x1 - tlen(" " + str(pg), D.reg, D.fs)
                dw = tlen(".", D.reg, D.fs)
                D.text(x, yb, "." * int((xr - x) / dw), D.reg, D.fs)
                D.right(str(pg), yb, D.reg, D.fs)
                D.y += D.fs * 1.4
            D.y += 6
        elif ty == "form":
            for k, v in b["items"]:
                yb = D.y + D.fs
                D.text(D.x0, yb, k + ":", D.bold, D.fs)
                D.text(D.x0 + 110, yb, v, D.reg, D.fs)
                D.y += D.fs * 1.5
            D.y += 6
        elif ty in ("amounts", "leaders"):
            for i, (k, v) in enumerate(b["items"]):
                yb = D.y + D.fs
                if ty == "amounts":
                    D.text(D.x0, yb, f"{i + 1}.", D.reg, D.fs)
                    D.text(D.x0 + 18, yb, k, D.reg, D.fs)
                else:
                    D.text(D.x0, yb, k, D.reg, D.fs)
                    x = D.x0 + tlen(k + " ", D.reg, D.fs)
                    xr = D.x1 - 90
                    dw = tlen(".", D.reg, D.fs)
                    D.text(x, yb, "." * int((xr - x) / dw), D.reg, D.fs)
                D.right(v, yb, D.reg, D.fs, D.x1 - 40 if ty == "amounts" else None)
                D.y += D.fs * 1.5
            D.y += 6
        elif ty == "sign":
            D.ensure(80)
            D.y += 40
            for x in b["items"]:
                tw = tlen(x, D.reg, D.fs)
                D.text((D.x0 + D.x1 - tw) / 2, D.y + D.fs, x, D.reg, D.fs)
                D.y += D.fs * 1.4
    D.doc.save(path, garbage=3, deflate=True)


# ---------------------------------------------------------------------------------------------
# borb renderer (borb's own layout: SingleColumnLayout, Paragraph, FixedColumnWidthTable)
def render_borb(n, meta, blocks, path):
    from borb.pdf import (Document, Page, SingleColumnLayout, Paragraph, FixedColumnWidthTable, Table,
                          Standard14Fonts, HexColor, LayoutElement)
    from borb.pdf.visitor.pdf import PDF
    d = DOCS[n]
    fam = d["font"]
    F = {"helv": fam, "bold": "Times-Bold" if fam.startswith("Times") else "Helvetica-Bold",
         "ital": "Times-Italic" if fam.startswith("Times") else "Helvetica-Oblique"}
    F = {k: Standard14Fonts.get(v) for k, v in F.items()}
    R, C, L = (LayoutElement.HorizontalAlignment.RIGHT, LayoutElement.HorizontalAlignment.MIDDLE,
               LayoutElement.HorizontalAlignment.LEFT)
    W, Hh = (595, 842) if d["paper"] == "a4" else (612, 792)
    doc = Document()
    pages = []

    def newpage():
        p = Page(width_in_points=W, height_in_points=Hh)
        doc.append_page(p)
        pages.append(p)
        return SingleColumnLayout(p, margin_left=62, margin_right=62, margin_top=60, margin_bottom=60)

    lay = newpage()
    fs = int(d["size"])

    def P(text, font="helv", size=fs, **kw):
        return Paragraph(text, font=F[font], font_size=size, **kw)

    lay.append_layout_element(P(meta["title"], "bold", 16))
    lay.append_layout_element(P(meta["org"], size=11))
    lay.append_layout_element(P(meta["dateline"]))
    lay.append_layout_element(P(FICT, "ital"))
    for b in blocks:
        ty = b["type"]
        if ty == "brk":
            lay = newpage()
        elif ty == "heading":
            lay.append_layout_element(P(b["text"], "bold", 12, margin_top=10))
        elif ty == "paragraph":
            lay.append_layout_element(P(b["text"], text_alignment=LayoutElement.TextAlignment.JUSTIFIED))
        elif ty == "list":
            for i, x in enumerate(b["items"]):
                lay.append_layout_element(P(f"{i + 1}. {x}", margin_left=12))
        elif ty == "form":
            for k, v in b["items"]:
                lay.append_layout_element(P(f"{k}: {v}"))
        elif ty == "amounts":
            t = FixedColumnWidthTable(number_of_rows=len(b["items"]), number_of_columns=2, column_widths=[4, 1])
            for i, (k, v) in enumerate(b["items"]):
                t.append_layout_element(Table.TableCell(P(f"{i + 1}. {k}"), border_width_bottom=0, border_width_top=0,
                                                        border_width_left=0, border_width_right=0))
                t.append_layout_element(Table.TableCell(P(v, horizontal_alignment=R), border_width_bottom=0,
                                                        border_width_top=0, border_width_left=0, border_width_right=0))
            lay.append_layout_element(t)
        elif ty == "sign":
            for x in b["items"]:
                lay.append_layout_element(P(x, horizontal_alignment=C, margin_top=30 if x == b["items"][0] else 0))
        elif ty == "table":
            t, style = b["t"], b["style"]
            hr, nc, nr = t["header_rows"], t["ncols"], t["nrows"]
            widths = []
            for c in range(nc):
                mx = max([len(w) for (r, cc, rs, cs, txt) in t["cells"] if cc == c and cs == 1 for w in txt.split(" ")] + [3])
                tot = max([len(txt) for (r, cc, rs, cs, txt) in t["cells"] if cc == c and cs == 1] + [3])
                widths.append(min(max(mx, tot), 40) + 2)
            tb = FixedColumnWidthTable(number_of_rows=nr, number_of_columns=nc, column_widths=widths)
            tfs = fs - 1
            for (r, c, rs, cs, txt) in sorted(t["cells"]):
                al = t["align"][c] if cs == 1 else "l"
                if r < hr and cs > 1:
                    al = "c"
                if r in t["section_rows"]:
                    al = "l"
                bold = r < hr or r in t.get("bold_rows", []) or r in t["section_rows"]
                bw = dict(border_width_top=0, border_width_bottom=0, border_width_left=0, border_width_right=0)
                bg = None
                last = r + rs == nr
                if style == "grid":
                    bw = dict(border_width_top=1, border_width_bottom=1, border_width_left=1, border_width_right=1)
                elif style == "header_rule" and r < hr and r + rs >= hr:
                    bw["border_width_bottom"] = 1
                elif style == "booktabs":
                    bw["border_width_top"] = 1 if r == 0 else 0
                    bw["border_width_bottom"] = 1 if (r < hr and r + rs >= hr) or last else 0
                elif style == "zebra" and r >= hr and (r - hr) % 2 == 1:
                    bg = HexColor("#ececec")
                elif style == "header_fill" and r < hr:
                    bg = HexColor("#d4d4d4")
                elif style == "box":
                    bw = dict(border_width_top=int(r == 0), border_width_bottom=int(last),
                              border_width_left=int(c == 0), border_width_right=int(c + cs == nc))
                elif style == "hlines":
                    bw["border_width_bottom"] = 1
                para = P(txt if txt else " ", "bold" if bold else "helv", tfs,
                         horizontal_alignment={"l": L, "r": R, "c": C}[al])
                tb.append_layout_element(Table.TableCell(para, row_span=rs, column_span=cs, background_color=bg,
                                                         padding_top=2, padding_bottom=2, padding_left=3,
                                                         padding_right=3, **bw))
            if b["caption"] and b["caption_position"] == "above":
                lay.append_layout_element(P(b["caption"], "bold", margin_top=8))
            lay.append_layout_element(tb)
            if b["caption"] and b["caption_position"] == "below":
                lay.append_layout_element(P(b["caption"], "bold"))
            for nt in b["notes"]:
                lay.append_layout_element(P(nt, "ital", fs - 2))
    PDF.write(what=doc, where_to=path)


# ---------------------------------------------------------------------------------------------
# truth
def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in s)
    s = re.sub(r"\s*\.{3,}\s*", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def ptext(pdf, *opts):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, pdf, "-"], capture_output=True, text=True,
                         check=True).stdout.split("\f")
    return [norm(p) for p in (out[:-1] if out and not out[-1].strip() else out)]


def locate(pdf, meta, blocks):
    P = [ptext(pdf, "-layout"), ptext(pdf, "-raw"), ptext(pdf)]
    npg = len(P[0])

    def on(s, p):
        s = norm(s)
        return any(s in m[p - 1] for m in P)

    def find(strs, start):
        for p in range(start, npg + 1):
            if all(on(s, p) for s in strs if s):
                return p
        raise SystemExit(f"{pdf}: not found from p.{start}: {strs}")

    cur = 1
    for b in blocks:
        ty = b["type"]
        if ty == "heading":
            for p in range(cur, npg + 1):
                if any(norm(ln) == norm(b["text"]) for ln in subprocess_lines(pdf, p)):
                    b["page"] = cur = p
                    break
            else:
                raise SystemExit(f"{pdf}: heading not found {b['text']}")
        elif ty == "paragraph":
            b["page"] = cur = find([b["text"][:60]], cur)
        elif ty == "sign":
            b["item_pages"] = []
            for x in b["items"]:
                for p in range(cur, npg + 1):
                    if any(norm(ln) == norm(x) for ln in subprocess_lines(pdf, p)):
                        cur = p
                        break
                else:
                    raise SystemExit(f"{pdf}: signature line not found {x}")
                b["item_pages"].append(cur)
            b["page"] = b["item_pages"][0]
        elif ty in ("list", "form", "amounts", "leaders"):
            b["item_pages"] = []
            for x in item_texts(b):
                cur = find([x[:60]], cur)
                b["item_pages"].append(cur)
            b["page"] = b["item_pages"][0]
        elif ty == "toc":
            b["page"] = cur = find([b["items"][0][:40] if ty in ("list",) else
                                    (b["items"][0][0] if ty in ("form", "amounts", "leaders") else
                                     (b["items"][0] if ty == "sign" else "Índice"))], cur)
        elif ty == "table":
            g, _ = to_grid(b["t"])
            hr = b["t"]["header_rows"]
            body = [r for r in range(hr, len(g))]
            p0 = find(g[body[0]], cur)
            p1 = find(g[body[-1]], p0)
            b["pages"] = [p0, p1]
            cur = p1
    return npg


def item_texts(b):
    ty = b["type"]
    if ty == "paragraph":
        return [b["text"]]
    if ty == "form":
        return [f"{k}: {v}" for k, v in b["items"]]
    if ty in ("amounts", "leaders"):
        return [f"{k} {v}".replace(NB, " ") for k, v in b["items"]]
    return b["items"]


def truth(n, meta, blocks, pdf, npg):
    d = DOCS[n]
    prod_pdf = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"Producer:\s+(.*)", prod_pdf)
    prod_pdf = m.group(1).strip() if m else ""
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    producer = {"story": "pymupdf_story", "draw": "pymupdf_draw", "borb": "borb"}[d["p"]]
    paragraphs, ppages, headings, outblocks, tables, toc = [], [], [], [], [], []
    fm = [meta["dateline"], FICT]
    lay = ptext(pdf, "-layout")
    ti = 0
    for b in blocks:
        ty = b["type"]
        if ty == "heading":
            headings.append(b["text"])
            outblocks.append(dict(type="heading", level=1, text=b["text"], page=b["page"]))
        elif ty == "toc":
            headings.append("Índice")
            outblocks.append(dict(type="heading", level=1, text="Índice", page=b["page"]))
            for e, pg in zip(b["entries"], b["pages"]):
                toc.append(dict(text=f"{e} {pg}", level=1, page=b["page"]))
                fm.append(f"{e} {pg}")
        elif ty in ("paragraph", "list", "form", "amounts", "leaders", "sign"):
            items = item_texts(b)
            for x, xp in zip(items, b.get("item_pages", [b["page"]] * len(items))):
                paragraphs.append(x)
                ppages.append(xp)
                outblocks.append(dict(type="list_item" if ty == "list" else "paragraph", text=x, page=xp))
        elif ty == "table":
            ti += 1
            t = b["t"]
            g, merged = to_grid(t)
            p0, p1 = b["pages"]
            feats = []
            if t["header_rows"] > 1:
                feats.append("multi-level header")
            if merged:
                feats.append("merged cells")
            if any(c == "" for row in g[t["header_rows"]:] for c in row) and not t["section_rows"] and not any(
                    m["rowspan"] > 1 and m["row"] >= t["header_rows"] for m in merged):
                feats.append("empty cells")
            if p1 > p0:
                feats.append("long (repeated header)" if d["p"] == "draw" else "long (header not repeated)")  # borb: never
            if t["section_rows"]:
                feats.append("section rows")
            if t["kind"] == "small":
                feats.append("small table")
            if b["caption"] is None:
                feats.append("no caption")
            elif b["caption_position"] == "below":
                feats.append("caption below")
            if b["notes"]:
                feats.append("notes")
            # wrapped: some non-empty cell not whole on one -layout line of its pages
            wrapped = False
            for row in g:
                for c in row:
                    if c and not any(norm(c) in norm(ln) for p in range(p0, p1 + 1)
                                     for ln in subprocess_lines(pdf, p)):
                        print("   wrapped:", repr(c))
                        wrapped = True
            if wrapped:
                feats.insert(0, "wrapped cells")
            tid = f"blind_py_{n:03d}-T{ti}"
            tables.append(dict(id=tid, page=p0, pages=[p0, p1], caption=b["caption"].replace(NB, " ") if b["caption"] else None,
                               caption_position=b["caption_position"], header_rows=t["header_rows"], rows=g,
                               merged_cells=merged, section_rows=t["section_rows"], notes=b["notes"],
                               style=STYLE_NAMES[b["style"]], style_family=b["style"],
                               style_detail={"story": STORY_DETAIL, "draw": DRAW_DETAIL, "borb": BORB_DETAIL}[d["p"]][b["style"]],
                               producer=producer, kind=t["kind"], features=feats, landscape=False,
                               font_size="normal"))
            outblocks.append(dict(type="table", id=tid, page=p0))
    furn, hf = [], []
    first = 2 if d["p"] != "borb" else npg + 1
    for p in range(first, npg + 1):
        f = FOOT.format(i=p, n=npg)
        furn.append(dict(page=p, header=[meta["org"]], footer=[f]))
        hf += [meta["org"], f] if not hf else [f]
    return dict(source_seed=None, variant="blind", producer=producer, producer_pdf=prod_pdf, pages=npg,
                title=meta["title"], subtitle="", author=meta["org"], front_matter=fm,
                layout=dict(columns=1, title_page=False, paper=d["paper"], font=FONTNAME[n], font_size_pt=d["size"]),
                paragraphs=paragraphs, paragraph_pages=ppages, headings=headings, footnotes=[], tables=tables,
                figures=[], toc=toc, table_free=not tables, headers_footers=hf, page_furniture=furn,
                blocks=outblocks,
                generator=dict(tool="blind14/tables-py/build.py", seed=5000 + n, doc_id=f"blind_py_{n:03d}",
                               producer_version=f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})"))


_LINES = {}


def subprocess_lines(pdf, p):
    k = (pdf, p)
    if k not in _LINES:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(p), "-l", str(p), pdf, "-"],
                             capture_output=True, text=True).stdout
        _LINES[k] = out.split("\n")
    return _LINES[k]


FOOT = "Página {i} de {n}"
FONTNAME = {}
STORY_DETAIL = {
    "grid": "CSS td, th {border: 0.75pt solid #000}, border-collapse: collapse",
    "header_rule": "CSS th {border-bottom: 1pt solid #000}",
    "booktabs": "CSS border-top 1.2pt on first header row, border-bottom 0.6pt under header cells, 1.2pt under last row",
    "header_fill": "CSS th {background-color: #d4d4d4}, no borders",
    "zebra": "CSS background-color #ececec on odd body rows, no borders",
    "none": "no borders, no fills",
    "box": "CSS 0.8pt borders on the outer cell edges only",
    "hlines": "CSS 1pt rule under header, 0.5pt #888 under every body row",
}
BORB_DETAIL = {
    "grid": "TableCell border_width 1 on all four sides (borb default)",
    "header_rule": "TableCell border_width_bottom 1 on the header cells, else 0",
    "booktabs": "TableCell border_width_top 1 on row 0, border_width_bottom 1 under the header and the last row",
    "header_fill": "TableCell background_color #d4d4d4 on header cells, borders 0",
    "zebra": "TableCell background_color #ececec on odd body rows, borders 0",
    "none": "all TableCell borders 0",
    "box": "TableCell borders 1 on the outer edges only",
    "hlines": "TableCell border_width_bottom 1 on every cell",
}
DRAW_DETAIL = {
    "grid": "draw_rect 0.6pt around every (anchor) cell",
    "header_rule": "draw_line 0.8pt under the header cells",
    "booktabs": "draw_line 1.2pt top / bottom, 0.6pt under the header cells",
    "header_fill": "draw_rect fill grey 0.83 behind header rows, no lines",
    "zebra": "draw_rect fill grey 0.925 behind odd body rows, no lines",
    "none": "no lines, no fills",
    "box": "draw_rect 0.8pt around the table (per page segment)",
    "hlines": "draw_line 1pt under header, 0.4pt grey under every body row",
}


def build(n):
    d = DOCS[n]
    meta, blocks = plan(n)
    pdf = os.path.join(HERE, f"blind_py_{n:03d}.pdf")
    render = {"story": render_story, "draw": render_draw, "borb": render_borb}[d["p"]]

    def once():
        if d["p"] == "borb":  # kept as borb wrote it (its Producer line, no furniture)
            render(n, meta, blocks, pdf)
            return locate(pdf, meta, blocks)
        tmp = pdf + ".tmp.pdf"
        render(n, meta, blocks, tmp)
        doc = pymupdf.open(tmp)
        furniture(doc, meta, FOOT, 2)
        doc.set_metadata({"title": meta["title"], "author": meta["org"],
                          "producer": "PyMuPDF Story" if d["p"] == "story" else "PyMuPDF",
                          "creator": "blind14 build.py", "creationDate": "D:20261207000000Z",
                          "modDate": "D:20261207000000Z"})
        doc.save(pdf, garbage=3, deflate=True, no_new_id=True)
        doc.close()
        os.remove(tmp)
        return locate(pdf, meta, blocks)

    _LINES.clear()
    npg = once()
    _LINES.clear()
    toc = [b for b in blocks if b["type"] == "toc"]
    if toc:
        heads = [b["page"] for b in blocks if b["type"] == "heading"]
        toc[0]["pages"] = heads
        npg = once()
        _LINES.clear()
        assert heads == [b["page"] for b in blocks if b["type"] == "heading"], "toc pages moved"
    fo = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    body = [ln.split()[0] for ln in fo]
    FONTNAME[n] = {"draw": "Helvetica" if d["font"] == "helv" else "Times-Roman", "borb": d["font"],
                   "story": "Nimbus Sans" if d["font"] == "sans-serif" else "Charis SIL"}[d["p"]]
    t = truth(n, meta, blocks, pdf, npg)
    with open(pdf.replace(".pdf", ".truth.json"), "w") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
    print(n, npg, "pages", len(t["tables"]), "tables", [tb["pages"] for tb in t["tables"]], body)


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or sorted(DOCS):
        build(n)
