#!/usr/bin/env python3
"""Build the blind Typst / fpdf2 table set: blind_tps_NNN.pdf + .truth.json.

python3 build.py          # all 16 documents
python3 build.py 3 7      # only documents 3 and 7
Every figure and name is invented (content.py); each document uses random.Random(3000 + N).
"""
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

import typst
import fpdf
from fpdf import FPDF, FontFace

import content as K
from content import C, Num, Sentences, plain

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
TYPST_VERSION = "typst (python package) " + typst.__version__
FPDF_VERSION = "fpdf2 " + fpdf.__version__

STYLE_NAMES = {
    "grid": "ruled grid",
    "booktabs": "booktabs (horizontal rules only)",
    "header_rule": "header rule only",
    "zebra": "zebra (banded fill, no rules)",
    "none": "no rules",
    "header_fill": "header fill only",
    "box": "outer box only",
    "hlines": "horizontal rules between rows",
}
DETAIL = {
    "typst": {
        "grid": "table stroke 0.5pt on every cell, colspan/rowspan",
        "booktabs": "stroke: none; table.hline 1.2pt top/bottom, 0.6pt under the header",
        "header_rule": "stroke: none; one table.hline 0.8pt under the header",
        "zebra": "stroke: none; fill luma(232) on alternate body rows",
        "none": "stroke: none",
        "header_fill": "stroke: none; fill luma(210) on header cells",
        "box": "stroke: none; table inside block(stroke: 0.8pt)",
        "hlines": "stroke: (x: none, y: 0.5pt), a rule on every row boundary",
    },
    "fpdf2": {
        "grid": "pdf.table borders_layout=ALL",
        "booktabs": "pdf.table borders_layout=SINGLE_TOP_LINE plus 0.6 mm lines drawn above and below",
        "header_rule": "pdf.table borders_layout=SINGLE_TOP_LINE (line under heading cells)",
        "zebra": "pdf.table borders_layout=NONE, cell_fill_mode=ROWS",
        "none": "pdf.table borders_layout=NONE",
        "header_fill": "pdf.table borders_layout=NONE, headings_style fill_color grey",
        "box": "pdf.table borders_layout=NONE plus pdf.rect around the table",
        "hlines": "pdf.table borders_layout=HORIZONTAL_LINES",
    },
}
MANUAL_DETAIL = {
    "grid": "hand-drawn: pdf.rect around every cell, text with multi_cell",
    "hlines": "hand-drawn: pdf.line under every row and above the header, text with multi_cell",
    "zebra": "hand-drawn: filled pdf.rect behind alternate body rows, no rules, text with multi_cell",
}
FICT = "Documento de prueba: cifras y nombres ficticios"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = nfc(s)
    s = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    """Match key: normalised, no space after a hyphen/dash/slash (line breaks after '-' in cells)."""
    return re.sub(r"([-/–])\s+", r"\1", norm(s))


# =============================================================== document recipes
# block kinds: ("h", text) ("p", text) ("ol", [items]) ("ul", [items]) ("t", Table, style)
# ("toc",) ("form", [(label, value)]) ("lead", [(label, value)]) ("sig", [lines]) ("cols", [paras])

DOCS = {
    # ------------------------------------------------------------ Typst
    1: dict(producer="typst", paper="a4", font="Libertinus Serif", size=11, margin=(22, 20), furn_from=2,
            foot="Página {n} de {m}", numstyle="nbsp", inset="(x: 5pt, y: 3.5pt)",
            recipe=["toc", "h", "p", "p", "h", "p", ("budget_region", "grid", {}), "p", "h", "p",
                    ("norms", "booktabs", {"n": 6}), "p", ("small", "header_fill", {"caption": None}), "p"]),
    2: dict(producer="typst", paper="us-letter", font="New Computer Modern", size=10, margin=(25, 25), furn_from=1,
            foot="{n}", numstyle="nnbsp", inset="(x: 4pt, y: 3pt)",
            recipe=["h", "p", "p", ("indicators", "booktabs", {}), "p", "h", "p", ("enrol_sex", "zebra", {"below": True}),
                    "p", "h", "p", "ol", ("targets", "none", {}), "p"]),
    3: dict(producer="typst", paper="a4", font="Liberation Sans", size=10, margin=(20, 18), furn_from=2,
            foot="Página {n}", numstyle="us", inset="(x: 5pt, y: 3pt)",
            recipe=["h", "p", "p", "p", ("projects", "header_rule", {"n": 42}), "p", "h", "p", ("staff", "box", {}), "p"]),
    4: dict(producer="typst", paper="a4", font="New Computer Modern", size=11, margin=(18, 15), furn_from=2,
            foot="- {n} -", numstyle="nbsp", inset="(x: 2.5pt, y: 2.5pt)",
            recipe=["h", "p", "p", ("monthly", "hlines", {"size": 8}), "p", "h", "p", ("enrol_sections", "header_rule", {}),
                    "p", "h", "p", ("risk_matrix", "grid", {"below": True}), "p"]),
    5: dict(producer="typst", paper="a4", font="Libertinus Serif", size=9, margin=(20, 22), furn_from=2,
            foot="Página {n} de {m}", numstyle="dot", inset="(x: 4pt, y: 3pt)",
            recipe=["h", "p", "p", "p", "p", "h", "p", "p", "p", ("norms", "zebra", {"n": 24, "long": True}), "p", "h", "p",
                    ("budget_fuente", "box", {}), "p", ("small", "hlines", {"which": 3}), "p"]),
    6: dict(producer="typst", paper="us-letter", font="New Computer Modern", size=12, margin=(25, 20), furn_from=2,
            foot="Página {n}", numstyle="nbsp_dec", inset="(x: 6pt, y: 4pt)",
            recipe=["h", "p", ("projects", "header_fill", {"n": 6}), "p", "h", "p", ("small", "none", {"which": 2, "font": "DejaVu Sans Mono", "size": 10}),
                    "p", "h", "p", ("budget_generica", "booktabs", {"size": 10}), "p"]),
    7: dict(producer="typst", paper="a4", font="Libertinus Serif", size=10.5, margin=(20, 20), furn_from=2,
            foot="Página {n} de {m}", numstyle="nbsp", table_free=True,
            recipe=["toc", "h", "p", "p", "h", "cols", "h", "ol", "p", "h", "p", "ul", "p"]),
    8: dict(producer="typst", paper="a4", font="New Computer Modern", size=11, margin=(25, 25), furn_from=99,
            foot="", numstyle="nbsp", table_free=True,
            recipe=["h", "form", "h", "ol", "p", "h", "lead", "p", "sig"]),
    # ------------------------------------------------------------ fpdf2
    9: dict(producer="fpdf2", paper="A4", font="DejaVu Sans", size=10, margin=(20, 20), furn_from=2,
            foot="Página {n} de {nb}", numstyle="nbsp", pad=(1.2, 1.8),
            recipe=["h", "p", "p", ("budget_region", "grid", {}), "p", "h", "p", ("norms", "header_rule", {"n": 6}),
                    "p", ("small", "zebra", {"which": 1}), "p"]),
    10: dict(producer="fpdf2", paper="Letter", font="Helvetica", size=11, margin=(25, 22), furn_from=2,
             foot="Página {n}", numstyle="us", pad=(1.0, 1.5),
             recipe=["h", "p", "p", ("indicators", "booktabs", {"size": 9}), "p", "h", "p", ("staff", "header_fill", {"below": True}), "p", "p"]),
    11: dict(producer="fpdf2", paper="A4", font="Liberation Serif", size=11, margin=(20, 18), furn_from=1,
             foot="Página {n} de {nb}", numstyle="nbsp", pad=(1.0, 1.5),
             recipe=["h", "p", "p", ("projects", "grid", {"n": 44, "size": 9.5}), "p", "h", "p",
                     ("small", "none", {"which": 0}), "p"]),
    12: dict(producer="fpdf2", paper="A4", font="DejaVu Sans", size=9.5, margin=(18, 15), furn_from=2,
             foot="- {n} -", numstyle="nnbsp", pad=(0.8, 1.2),
             recipe=["h", "p", "p", "p", ("monthly", "hlines", {"size": 8, "landscape": True}), "p", "h", "p",
                     ("targets", "box", {}), "p", ("enrol_sex", "booktabs", {}), "p"]),
    13: dict(producer="fpdf2", paper="A4", font="Liberation Sans", size=9, margin=(15, 15), furn_from=2,
             foot="Página {n}", numstyle="dot", pad=(0.8, 1.5),
             recipe=["h", "p", "p", ("budget_units", "zebra", {}), "p", "h", "p", ("risks", "header_rule", {"size": 8.5}),
                     "p", ("small", "grid", {"which": 2, "caption": None, "manual": True}), "p"]),
    14: dict(producer="fpdf2", paper="Letter", font="DejaVu Serif", size=10, margin=(22, 20), furn_from=2,
             foot="Página {n} de {nb}", numstyle="nbsp_dec", pad=(1.5, 2.0),
             recipe=["h", "p", ("budget_fuente", "none", {}), "p", "h", "p", ("indicators", "box", {"size": 8.5, "nobj": 2}),
                     "p", "h", "p", ("norms", "hlines", {"n": 5, "below": True, "manual": True}), "p"]),
    15: dict(producer="fpdf2", paper="Letter", font="Times", size=12, margin=(25, 25), furn_from=2,
             foot="Página {n}", numstyle="us_dec", pad=(1.0, 2.0),
             recipe=["h", "p", "p", ("enrol_sections", "header_fill", {}), "p", "h", "p", ("targets", "zebra", {"size": 10, "manual": True}), "p"]),
    16: dict(producer="fpdf2", paper="A4", font="DejaVu Sans", size=10, margin=(20, 20), furn_from=2,
             foot="Página {n} de {nb}", numstyle="nbsp", table_free=True,
             recipe=["lead_toc", "h", "p", "p", "h", "form", "p", "h", "ol", "p", "h", "lead", "p", "sig"]),
}

FPDF_FONTS = {
    "DejaVu Sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVu Serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"),
    "Liberation Serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"),
    "Liberation Sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"),
}
CORE = {"Helvetica", "Times"}

CAPTION_TITLES = {
    "budget_region": "Ejecución del gasto por región, año fiscal {y}",
    "budget_generica": "Ejecución presupuestal por genérica de gasto, {y}",
    "budget_fuente": "Presupuesto por fuente de financiamiento, {y}",
    "budget_units": "Ejecución por unidad ejecutora y región, {y}",
    "indicators": "Indicadores de los objetivos estratégicos institucionales",
    "norms": "Base legal del proceso de planeamiento",
    "enrolment": "Matrícula por nivel educativo y sexo, {y}",
    "targets": "Programación trimestral de metas físicas, {y}",
    "staff": "Servidores por régimen laboral y sexo",
    "budget_monthly": "Devengado mensual por unidad ejecutora, {y}",
    "projects": "Cartera de proyectos de inversión en ejecución",
    "risk_list": "Riesgos identificados y medidas de control",
    "risk_matrix": "Matriz de probabilidad e impacto",
    "small": "Resumen de {s}",
}
CAPTION_FORMS = ["Tabla {k}. {t}", "Cuadro N° {k}: {t}", "Cuadro {k}. {t}", "Tabla {k} – {t}"]


def make_table(rng, num, kind, opts):
    f = {
        "budget_region": lambda: K.t_budget_region(rng, num),
        "budget_generica": lambda: K.t_budget_generica(rng, num),
        "budget_fuente": lambda: K.t_budget_fuente(rng, num),
        "budget_units": lambda: K.t_budget_units(rng, num),
        "indicators": lambda: K.t_indicators(rng, num, opts.get("nobj", 3)),
        "norms": lambda: K.t_norms(rng, opts.get("n", 7), opts.get("long", False)),
        "enrol_sex": lambda: K.t_enrol_sex(rng, num),
        "enrol_sections": lambda: K.t_enrol_sections(rng, num),
        "targets": lambda: K.t_targets(rng, num),
        "staff": lambda: K.t_staff(rng, num),
        "monthly": lambda: K.t_monthly(rng, num),
        "projects": lambda: K.t_projects(rng, num, opts.get("n", 44)),
        "risks": lambda: K.t_risks(rng, num),
        "risk_matrix": lambda: K.t_risk_matrix(rng, num),
        "small": lambda: K.t_small(rng, num, opts.get("which")),
    }[kind]
    return f()


class Num2(Num):
    pass


def num_for(style):
    if style == "nbsp_dec":
        return Num("nbsp", decimals=True)
    if style == "us_dec":
        return Num("us", decimals=True)
    return Num(style)


def compose(n):
    spec = DOCS[n]
    rng = random.Random(3000 + n)
    num = num_for(spec["numstyle"])
    sents = Sentences(rng)
    year = rng.randint(2021, 2024)
    org = rng.choice(K.ORGS).format(r=rng.choice(K.REGIONS), c=rng.choice(K.CITIES))
    title = rng.choice(K.TITLES).format(y=year)
    place = f"{rng.choice(K.CITIES)}, {rng.choice(K.MONTHS)} de {year + 1}"
    heads = ["Introducción"] + rng.sample([h for h in K.HEADINGS if h != "Introducción"], 7)
    core = spec["font"] in CORE
    blocks, hk, tk = [], 0, 0
    capform = rng.choice(CAPTION_FORMS) if not core else rng.choice(["Tabla {k}. {t}", "Cuadro {k}. {t}"])
    for item in spec["recipe"]:
        if item == "h":
            hk += 1
            blocks.append(("h", f"{hk}. {heads[hk - 1]}"))
        elif item == "p":
            blocks.append(("p", sents.para(num.p)))
        elif item in ("ol", "ul"):
            blocks.append((item, [sents.one(num.p) for _ in range(rng.randint(3, 5))]))
        elif item == "cols":
            blocks.append(("cols", [sents.para(num.p, rng.randint(4, 6)) for _ in range(4)]))
        elif item == "toc":
            blocks.append(("toc",))
        elif item == "lead_toc":
            blocks.append(("lead_toc",))
        elif item == "form":
            blocks.append(("form", [("Entidad", org), ("Unidad ejecutora", f"UE {rng.randint(1, 400):03d} – Sede Central" if not core else "Sede Central"),
                                    ("Responsable", K.person(rng)), ("Cargo", "Jefe de la Oficina de Planeamiento"),
                                    ("Periodo evaluado", f"enero a diciembre de {year}"),
                                    ("Fecha de registro", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year + 1}")]))
        elif item == "lead":
            blocks.append(("lead", [("Presupuesto institucional de apertura", "S/ " + num.n(rng.uniform(1e6, 9e7))),
                                    ("Presupuesto institucional modificado", "S/ " + num.n(rng.uniform(1e6, 9e7))),
                                    ("Monto devengado al cierre", "S/ " + num.n(rng.uniform(1e6, 9e7))),
                                    ("Avance de ejecución", num.p(rng.uniform(40, 99))),
                                    ("Proyectos en ejecución", str(rng.randint(10, 90)))]))
        elif item == "sig":
            p = K.person(rng)
            blocks.append(("sig", [p, "Gerente Regional de Planeamiento y Presupuesto", f"{org}"]))
        else:
            kind, style, opts = item
            t = make_table(rng, num, kind, opts)
            if core:
                for row in t.all_rows():
                    for c in row:
                        c["text"] = c["text"].replace("–", "-")
            tk += 1
            cap = opts.get("caption", "x")
            if cap is None:
                t.caption = None
            else:
                tt = CAPTION_TITLES[t.kind].format(y=year, s=rng.choice(["la gestión", "resultados", "la cobertura"]))
                t.caption = capform.format(k=tk, t=tt)
                t.caption_pos = "below" if opts.get("below") else "above"
            t.style = style
            t.opts = opts
            if opts.get("size"):
                t.font_size = "small" if opts["size"] < spec["size"] else "normal"
            blocks.append(("t", t))
    return dict(n=n, spec=spec, org=org, title=title, place=place, blocks=blocks, year=year)


# =============================================================== Typst renderer
def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_table(t, spec, idx):
    st = t.style
    nh = len(t.header)
    al = {"L": "left", "R": "right", "C": "center"}
    small = t.kind in ("small", "staff")
    if small:
        cols = "(" + ", ".join("auto" for _ in t.aligns) + ",)"
    else:
        cols = "(" + ", ".join(f"{w}fr" for w in t.widths) + ",)"
    args = [f"columns: {cols}", f"align: ({', '.join(al[a] + ' + horizon' for a in t.aligns)},)",
            f"inset: {spec.get('inset', '(x: 5pt, y: 3pt)')}"]
    if st == "grid":
        args.append("stroke: 0.5pt + black")
    elif st == "hlines":
        args.append("stroke: (x: none, y: 0.5pt + black)")
    else:
        args.append("stroke: none")
    if st == "zebra":
        args.append(f"fill: (x, y) => if y >= {nh} and calc.odd(y - {nh}) {{ luma(232) }}")
    if st == "header_fill":
        args.append(f"fill: (x, y) => if y < {nh} {{ luma(210) }}")

    def cell(c, header):
        txt = tq(c["text"])
        body = f"strong({txt})" if (header or c["bold"]) else txt
        kw = []
        if c["cs"] > 1:
            kw.append(f"colspan: {c['cs']}")
        if c["rs"] > 1:
            kw.append(f"rowspan: {c['rs']}")
        if c["align"]:
            kw.append(f"align: {al[c['align']]} + horizon")
        elif c["section"]:
            kw.append("align: left")
        if kw:
            return f"table.cell({', '.join(kw)}, {body})"
        return body

    hcells = []
    if st == "booktabs":
        hcells.append("table.hline(y: 0, stroke: 1.2pt)")
    for row in t.header:
        hcells += [cell(c, True) for c in row]
    if st == "booktabs":
        hcells.append("table.hline(stroke: 0.6pt)")
    if st == "header_rule":
        hcells.append("table.hline(stroke: 0.8pt)")
    parts = args + [f"table.header(repeat: true, {', '.join(hcells)})"]
    for row in t.body:
        parts += [cell(c, False) for c in row]
    if st == "booktabs":
        parts.append("table.hline(stroke: 1.2pt)")
    size = t.opts.get("size")
    tab = "table(\n  " + ",\n  ".join(parts) + ")"
    if st == "box":
        tab = f"block(stroke: 0.8pt + black, {tab})"
    if size:
        tab = f"text(size: {size}pt, {tab})"
    if t.opts.get("font"):
        tab = f"text(font: {tq(t.opts['font'])}, {tab})"
    if small:
        tab = f"align(left, {tab})"
    out = []
    cap = f"par(justify: false, text(weight: \"bold\", {tq(t.caption)}))" if t.caption else None
    if cap and t.caption_pos == "above":
        out.append(cap)
    out.append(tab)
    if cap and t.caption_pos == "below":
        out.append(cap)
    for nt in t.notes:
        out.append(f"text(size: {spec['size'] - 1.5}pt, {tq(nt)})")
    inner = "\n#v(2pt)\n".join("#" + o for o in out)
    if t.long:
        return inner + "\n"
    return f"#block(breakable: false)[\n{inner}\n]\n"


def typst_source(d):
    spec = d["spec"]
    m1, m2 = spec["margin"]
    foot = spec["foot"]
    furn = spec["furn_from"]
    footer_expr = tq(foot).replace("{n}", '" + str(here().page()) + "').replace("{m}", '" + str(counter(page).final().first()) + "')
    src = [f'#set page(paper: "{spec["paper"]}", margin: (x: {m1}mm, y: {m2}mm),',
           f'  header: context {{ if here().page() >= {furn} {{ set text(size: 8pt); align(right, {tq(d["org"])}); v(-4pt); line(length: 100%, stroke: 0.4pt) }} }},',
           f'  footer: context {{ if here().page() >= {furn} {{ set text(size: 8.5pt); align(center, {footer_expr}) }} }})',
           f'#set text(font: "{spec["font"]}", size: {spec["size"]}pt, lang: "es", hyphenate: false)',
           '#set par(justify: true)',
           f'#show heading: set text(size: {spec["size"] + 1.5}pt)',
           '#show heading: set block(above: 1.3em, below: 0.8em)',
           f'#align(center)[#text(size: {spec["size"] + 5}pt, weight: "bold", {tq(d["title"])}) \\',
           f'#text(size: {spec["size"] + 1}pt, {tq(d["org"])}) \\',
           f'#{tq(d["place"])} \\',
           f'#emph({tq(FICT)})]',
           '#v(6pt)']
    hid = 0
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            hid += 1
            src.append(f"#heading(level: 1, {tq(b[1])}) <h{hid}>")
        elif k == "p":
            src.append(f"#{tq(b[1])}\n")
        elif k == "ol":
            src.append("#enum(" + ", ".join(tq(x) for x in b[1]) + ")\n")
        elif k == "ul":
            src.append("#list(" + ", ".join(tq(x) for x in b[1]) + ")\n")
        elif k == "cols":
            src.append("#columns(2, gutter: 8mm)[\n" + "\n\n".join("#" + tq(p) for p in b[1]) + "\n]\n")
        elif k == "toc":
            heads = [x[1] for x in d["blocks"] if x[0] == "h"]
            lines = ['#heading(level: 1, outlined: false, "Índice")']
            for i, h in enumerate(heads):
                lines.append(f'#{tq(h)} #box(width: 1fr, repeat[.]) #context counter(page).at(<h{i + 1}>).first() \\')
            src.append("\n".join(lines) + "\n")
        elif k == "form":
            cells = []
            for lab, val in b[1]:
                cells += [f"strong({tq(lab + ':')})", tq(val)]
            src.append("#grid(columns: (48mm, 1fr), row-gutter: 7pt, " + ", ".join(cells) + ")\n")
        elif k == "lead":
            lines = []
            for lab, val in b[1]:
                lines.append(f'#{tq(lab)} #box(width: 1fr, repeat[.]) #{tq(val)} \\')
            src.append("\n".join(lines) + "\n")
        elif k == "sig":
            src.append("#v(20mm)\n#align(center)[#line(length: 60mm, stroke: 0.5pt) \\\n" +
                       " \\\n".join("#" + tq(x) for x in b[1]) + "]\n")
        elif k == "t":
            src.append(typst_table(b[1], spec, 0))
    return "\n".join(src)


def build_typst(d, pdf_path):
    src = typst_source(d)
    os.makedirs(os.path.join(OUT, "typ"), exist_ok=True)
    tp = os.path.join(OUT, "typ", os.path.basename(pdf_path).replace(".pdf", ".typ"))
    with open(tp, "w") as f:
        f.write(src)
    typst.compile(tp, output=pdf_path)


# =============================================================== fpdf2 renderer
class Doc(FPDF):
    def header(self):
        if self.page_no() >= self.furn_from:
            self.set_font(self.fam, "", 8)
            self.set_y(self.t_margin - 9)
            self.cell(0, 4, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.set_y(self.t_margin)
            self.set_font(self.fam, "", self.body_size)

    def footer(self):
        if self.page_no() >= self.furn_from:
            self.set_y(-self.b_margin + 6)
            self.set_font(self.fam, "", 8.5)
            self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")


def fp_table(pdf, t, spec):
    st = t.style
    size = t.opts.get("size", spec["size"])
    epw = pdf.epw
    small = t.kind in ("small", "staff")
    width = epw * ((0.75 if t.kind == "staff" else 0.6) if small else 1.0)
    x0 = pdf.l_margin + (epw - width) / 2
    fam = pdf.fam
    lh_body = spec["size"] * 0.3528 * 1.35
    amap = {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}
    layout = {"grid": "ALL", "hlines": "HORIZONTAL_LINES", "booktabs": "SINGLE_TOP_LINE",
              "header_rule": "SINGLE_TOP_LINE"}.get(st, "NONE")
    hstyle = FontFace(emphasis="BOLD", fill_color=(212, 212, 212) if st == "header_fill" else None)
    kw = dict(width=width, align="CENTER", col_widths=tuple(t.widths), text_align=tuple(amap[a] for a in t.aligns),
              borders_layout=layout, headings_style=hstyle, num_heading_rows=len(t.header),
              line_height=size * 0.3528 * 1.3, padding=spec.get("pad", (1, 1.5)), repeat_headings=1,
              v_align="MIDDLE")
    if st == "zebra":
        kw.update(cell_fill_color=(234, 234, 234), cell_fill_mode="ROWS")

    def caption():
        pdf.set_font(fam, "B", spec["size"])
        pdf.multi_cell(0, lh_body, t.caption, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def render():
        if t.caption and t.caption_pos == "above":
            caption()
        pdf.set_font(fam, "", size)
        y0, p0 = pdf.get_y(), pdf.page_no()
        with pdf.table(**kw) as tb:
            for row in t.all_rows():
                r = tb.row()
                for c in row:
                    ck = {}
                    if c["cs"] > 1:
                        ck["colspan"] = c["cs"]
                    if c["rs"] > 1:
                        ck["rowspan"] = c["rs"]
                    if c["align"]:
                        ck["align"] = amap[c["align"]]
                    if c["section"]:
                        ck["align"] = "LEFT"
                    if c["bold"] or c["section"]:
                        ck["style"] = FontFace(emphasis="BOLD")
                    r.cell(c["text"], **ck)
        y1, p1 = pdf.get_y(), pdf.page_no()
        if p0 == p1 and st in ("box", "booktabs"):
            if st == "box":
                pdf.set_line_width(0.3)
                pdf.rect(x0, y0, width, y1 - y0)
            else:
                pdf.set_line_width(0.6)
                pdf.line(x0, y0, x0 + width, y0)
                pdf.line(x0, y1, x0 + width, y1)
            pdf.set_line_width(0.2)
        pdf.ln(1.5)
        if t.caption and t.caption_pos == "below":
            caption()
        pdf.set_font(fam, "", spec["size"] - 1.5)
        for nt in t.notes:
            pdf.multi_cell(0, lh_body * 0.9, nt, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", spec["size"])
        pdf.ln(3)

    def render_manual():
        # hand-drawn table: one multi_cell per cell, rules with pdf.line / pdf.rect, fills with pdf.rect
        if t.caption and t.caption_pos == "above":
            caption()
        pdf.set_font(fam, "", size)
        tot = sum(t.widths)
        ws = [width * w / tot for w in t.widths]
        px, py = spec.get("pad", (1, 1.5))[1], spec.get("pad", (1, 1.5))[0]
        lh = size * 0.3528 * 1.25
        rows = t.all_rows()
        nh = len(t.header)
        y = pdf.get_y()
        ytop = y
        for ri, row in enumerate(rows):
            head = ri < nh
            pdf.set_font(fam, "B" if head else "", size)
            hts = []
            for ci, c in enumerate(row):
                ln = pdf.multi_cell(ws[ci] - 2 * px, lh, c["text"], dry_run=True, output="LINES")
                hts.append(len(ln) * lh + 2 * py)
            h = max(hts)
            if st == "zebra" and not head and (ri - nh) % 2 == 1:
                pdf.set_fill_color(234, 234, 234)
                pdf.rect(x0, y, width, h, style="F")
            x = x0
            for ci, c in enumerate(row):
                pdf.set_font(fam, "B" if (head or c["bold"]) else "", size)
                a = c["align"] or t.aligns[ci]
                pdf.set_xy(x + px, y + py)
                pdf.multi_cell(ws[ci] - 2 * px, lh, c["text"], align=a if a != "L" else "L")
                if st == "grid":
                    pdf.set_line_width(0.25)
                    pdf.rect(x, y, ws[ci], h)
                x += ws[ci]
            y += h
            if st == "hlines" or (st == "zebra" and ri == nh - 1 and False):
                pdf.set_line_width(0.2)
                pdf.line(x0, y, x0 + width, y)
        if st == "hlines":
            pdf.line(x0, ytop, x0 + width, ytop)
        pdf.set_xy(pdf.l_margin, y + 1.5)
        if t.caption and t.caption_pos == "below":
            caption()
        pdf.set_font(fam, "", spec["size"] - 1.5)
        for nt in t.notes:
            pdf.multi_cell(0, lh_body * 0.9, nt, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", spec["size"])
        pdf.ln(3)

    if t.opts.get("manual"):
        render = render_manual  # noqa: F811
    if not t.long:
        with pdf.offset_rendering() as dummy:
            render()
        if dummy.page_break_triggered:
            pdf.add_page()
    render()


def build_fpdf(d, pdf_path):
    spec = d["spec"]
    m1, m2 = spec["margin"]
    pdf = Doc(format=spec["paper"])
    pdf.set_margins(m1, m2 + 4, m1)
    pdf.set_auto_page_break(True, m2 + 4)
    pdf.set_creator("fpdf2")
    pdf.set_title(d["title"])
    font = spec["font"]
    if font in CORE:
        pdf.fam = font
    else:
        r, b, i = FPDF_FONTS[font]
        pdf.add_font(font, "", r)
        pdf.add_font(font, "B", b)
        pdf.add_font(font, "I", i)
        pdf.fam = font
    pdf.running = d["org"]
    pdf.furn_from = spec["furn_from"]
    pdf.foot = spec["foot"]
    pdf.body_size = spec["size"]
    fam, size = pdf.fam, spec["size"]
    lh = size * 0.3528 * 1.45
    pdf.add_page()
    pdf.set_font(fam, "B", size + 5)
    pdf.multi_cell(0, (size + 5) * 0.3528 * 1.3, d["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", size + 1)
    pdf.cell(0, lh, d["org"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", size)
    pdf.cell(0, lh, d["place"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "I", size)
    pdf.cell(0, lh, FICT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", size)
    pdf.ln(4)
    heads = [x[1] for x in d["blocks"] if x[0] == "h"]
    toc_pages = d.get("toc_pages") or [1] * len(heads)
    hi = 0

    def leader_line(label, value):
        pdf.set_font(fam, "", size)
        wl = pdf.get_string_width(label + " ")
        wv = pdf.get_string_width(" " + value)
        wd = pdf.get_string_width(".")
        ndots = int((pdf.epw - wl - wv) / wd) - 1
        pdf.cell(wl, lh, label + " ")
        pdf.cell(ndots * wd, lh, "." * ndots)
        pdf.cell(0, lh, " " + value, align="R", new_x="LMARGIN", new_y="NEXT")

    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            hi += 1
            if pdf.get_y() + 35 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(fam, "B", size + 1.5)
            pdf.multi_cell(0, lh * 1.1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", size)
            pdf.ln(1.5)
        elif k == "p":
            pdf.multi_cell(0, lh, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif k in ("ol", "ul"):
            for i, it in enumerate(b[1]):
                mark = f"{i + 1}." if k == "ol" else "-"
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(7, lh, mark)
                pdf.multi_cell(0, lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(2)
        elif k == "lead_toc":
            pdf.set_font(fam, "B", size + 1.5)
            pdf.cell(0, lh * 1.2, "Contenido", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for h, pg in zip(heads, toc_pages):
                leader_line(h, str(pg))
            pdf.ln(4)
        elif k == "form":
            for lab, val in b[1]:
                pdf.set_font(fam, "B", size)
                pdf.cell(50, lh * 1.3, lab + ":")
                pdf.set_font(fam, "", size)
                pdf.cell(0, lh * 1.3, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif k == "lead":
            for lab, val in b[1]:
                leader_line(lab, val)
            pdf.ln(3)
        elif k == "sig":
            if pdf.get_y() + 45 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(18)
            cx = pdf.w / 2
            pdf.line(cx - 35, pdf.get_y(), cx + 35, pdf.get_y())
            pdf.ln(1)
            for x in b[1]:
                pdf.cell(0, lh, x, align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "t":
            t = b[1]
            if t.opts.get("landscape"):
                pdf.add_page(orientation="L")
                fp_table(pdf, t, spec)
                pdf.add_page(orientation="P")
            else:
                fp_table(pdf, t, spec)
    pdf.alias_nb_pages("{nb}")
    pdf.output(pdf_path)


# =============================================================== locate + truth
def page_texts(pdf, raw=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + [pdf, "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and pages[-1].strip() == "":
        pages = pages[:-1]
    return pages


def strip_leaders(s):
    return re.sub(r"\s*\.{3,}\s*", " ", s)


def locate(d, pdf):
    dflt = [key(strip_leaders(p)) for p in page_texts(pdf)]
    raw = [key(strip_leaders(p)) for p in page_texts(pdf, raw=True)]
    npages = len(dflt)
    lines = [[key(x) for x in p.split("\n")] for p in page_texts(pdf)]

    def find_line(s, start):
        for pg in range(start, npages):
            if s in lines[pg]:
                return pg
        raise RuntimeError(f"{d['n']}: line not found from page {start + 1}: {s!r}")

    def find(s, start, pages=None):
        for pg in range(start, npages):
            for src in (pages or (dflt, raw)):
                if s in src[pg]:
                    return pg
        raise RuntimeError(f"{d['n']}: not found from page {start + 1}: {s[:80]!r}")

    def find_row(row, start):
        cells = [key(c) for c in row if norm(c)]
        for pg in range(start, npages):
            if all(c in raw[pg] or c in dflt[pg] for c in cells):
                return pg
        raise RuntimeError(f"{d['n']}: row not found from page {start + 1}: {cells}")

    cur = 0
    locs = []
    for b in d["blocks"]:
        k = b[0]
        if k == "h":
            cur = find_line(key(b[1]), cur)
            locs.append(cur)
        elif k == "p":
            cur = find(key(b[1])[:60], cur)
            locs.append(cur)
        elif k in ("ol", "ul", "cols", "form", "lead", "sig"):
            pl = []
            for it in b[1]:
                s = key(" ".join(it)) if isinstance(it, tuple) else key(it)
                if k == "form":
                    s = key(it[0] + ":")
                cur = find(s[:50], cur)
                pl.append(cur)
            locs.append(pl)
        elif k in ("toc", "lead_toc"):
            locs.append(cur)
        elif k == "t":
            t = b[1]
            grid, _, secs = t.grid()
            nh = len(t.header)
            body = [r for i, r in enumerate(grid) if i >= nh and i not in secs]
            p0 = find_row(body[0], cur)
            p1 = find_row(body[-1], p0)
            locs.append((p0, p1))
            cur = p1
    return locs, npages


def page_size(pdf):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", pdf], capture_output=True, text=True).stdout
    sizes = {}
    for m in re.finditer(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", out):
        sizes[int(m.group(1))] = (float(m.group(2)), float(m.group(3)))
    prod = re.search(r"Producer:\s+(.*)", out) or re.search(r"Creator:\s+(.*)", out)
    return sizes, prod.group(1).strip() if prod else ""


def features(t, grid, merged, secs, landscape, pages):
    f = []
    if t.long or pages[1] > pages[0]:
        f.append("long (repeated header)")
    if len(t.header) > 1:
        f.append("multi-level header")
    if merged:
        f.append("merged cells")
    if secs:
        f.append("section rows")
    if t.wrapped:
        f.append("wrapped cells")
    if any(c == "" for i, r in enumerate(grid) if i >= len(t.header) for c in r) and \
            any(c == "" for i, r in enumerate(grid) if i >= len(t.header) and i not in secs
                and not any(m["row"] <= i < m["row"] + m["rowspan"] and m["rowspan"] > 1 for m in merged) for c in r):
        f.append("empty cells")
    if len(grid) - len(t.header) <= 4 and t.ncols <= 3:
        f.append("small table")
    if t.font_size != "normal":
        f.append("small font")
    if t.caption is None:
        f.append("no caption")
    elif t.caption_pos == "below":
        f.append("caption below")
    if t.notes:
        f.append("notes")
    if landscape:
        f.append("landscape")
    return f


def detect_wrapped(t, pdf, pages):
    """A table has wrapped cells if some non-empty cell is not on one line of pdftotext -layout."""
    lay = page_texts(pdf)
    lines = []
    for p in range(pages[0], pages[1] + 1):
        lines += [norm(x) for x in lay[p].split("\n")]
    grid, _, _ = t.grid()
    for r in grid:
        for c in r:
            c = norm(c)
            if c and " " in c and not any(c in ln for ln in lines):
                return True
    return False


def truth(d, pdf, locs, npages):
    spec = d["spec"]
    n = d["n"]
    name = f"blind_tps_{n:03d}"
    producer = "typst" if spec["producer"] == "typst" else "fpdf2"
    sizes, prod_pdf = page_size(pdf)
    paragraphs, ppages, headings, blocks, tables, toc, front = [], [], [], [], [], [], [d["place"], FICT]
    heads = [(b[1], locs[i]) for i, b in enumerate(d["blocks"]) if b[0] == "h"]
    for i, b in enumerate(d["blocks"]):
        k, loc = b[0], locs[i]
        if k == "h":
            headings.append(b[1])
            blocks.append({"type": "heading", "level": 1, "text": b[1], "page": loc + 1})
        elif k == "p":
            paragraphs.append(plain(b[1]))
            ppages.append(loc + 1)
            blocks.append({"type": "paragraph", "text": plain(b[1]), "page": loc + 1})
        elif k in ("ol", "ul"):
            for it, pg in zip(b[1], loc):
                paragraphs.append(plain(it))
                ppages.append(pg + 1)
                blocks.append({"type": "list_item", "text": plain(it), "page": pg + 1})
        elif k == "cols":
            for it, pg in zip(b[1], loc):
                paragraphs.append(plain(it))
                ppages.append(pg + 1)
                blocks.append({"type": "paragraph", "text": plain(it), "page": pg + 1})
        elif k in ("form", "lead"):
            for (lab, val), pg in zip(b[1], loc):
                s = plain(f"{lab}: {val}" if k == "form" else f"{lab} {val}")
                paragraphs.append(s)
                ppages.append(pg + 1)
                blocks.append({"type": "paragraph", "text": s, "page": pg + 1})
        elif k == "sig":
            for it, pg in zip(b[1], loc):
                paragraphs.append(plain(it))
                ppages.append(pg + 1)
                blocks.append({"type": "paragraph", "text": plain(it), "page": pg + 1})
        elif k in ("toc", "lead_toc"):
            if k == "toc":
                headings.append("Índice")
                blocks.append({"type": "heading", "level": 1, "text": "Índice", "page": loc + 1})
            else:
                headings.append("Contenido")
                blocks.append({"type": "heading", "level": 1, "text": "Contenido", "page": loc + 1})
            for h, hp in heads:
                line = f"{h} {hp + 1}"
                front.append(line)
                toc.append({"text": line, "level": 1, "page": loc + 1})
        elif k == "t":
            t = b[1]
            p0, p1 = loc
            grid, merged, secs = t.grid()
            w, h = sizes.get(p0 + 1, (0, 0))
            landscape = w > h
            t.wrapped = detect_wrapped(t, pdf, (p0, p1))
            tid = f"{name}-T{len(tables) + 1}"
            tables.append({
                "id": tid, "page": p0 + 1, "pages": [p0 + 1, p1 + 1], "caption": t.caption,
                "caption_position": t.caption_pos if t.caption else None,
                "header_rows": len(t.header), "rows": grid, "merged_cells": merged, "notes": t.notes,
                "style": STYLE_NAMES[t.style], "producer": producer, "section_rows": secs,
                "style_family": t.style, "kind": t.kind,
                "style_detail": (MANUAL_DETAIL[t.style] if t.opts.get("manual") else DETAIL[producer][t.style]),
                "features": features(t, grid, merged, secs, landscape, (p0, p1)), "landscape": landscape,
                "font_size": t.font_size,
            })
            blocks.append({"type": "table", "index": len(tables) - 1, "page": p0 + 1})
    furn, hf = [], []
    for p in range(1, npages + 1):
        if p >= spec["furn_from"]:
            foot = spec["foot"].replace("{n}", str(p)).replace("{m}", str(npages)).replace("{nb}", str(npages))
            furn.append({"page": p, "header": [d["org"]], "footer": [foot]})
            for x in (d["org"], foot):
                if x not in hf:
                    hf.append(x)
    paper = {"a4": "a4", "A4": "a4", "us-letter": "letter", "Letter": "letter"}[spec["paper"]]
    return {
        "source_seed": None, "variant": "blind", "producer": producer, "producer_pdf": prod_pdf,
        "pages": npages, "title": d["title"], "subtitle": "", "author": d["org"], "front_matter": front,
        "layout": {"columns": 2 if any(b[0] == "cols" for b in d["blocks"]) else 1, "title_page": False,
                   "paper": paper, "font": spec["font"], "font_size_pt": spec["size"]},
        "paragraphs": paragraphs, "paragraph_pages": ppages, "headings": headings, "footnotes": [],
        "tables": tables, "figures": [], "toc": toc, "table_free": not tables, "headers_footers": hf,
        "page_furniture": furn, "blocks": blocks,
        "generator": {"tool": "blindtab2/build.py", "seed": 3000 + n, "doc_id": name,
                      "producer_version": TYPST_VERSION if producer == "typst" else FPDF_VERSION},
    }


def build(n):
    name = f"blind_tps_{n:03d}"
    pdf = os.path.join(OUT, name + ".pdf")
    d = compose(n)
    if d["spec"]["producer"] == "typst":
        build_typst(d, pdf)
    else:
        build_fpdf(d, pdf)
        if any(b[0] == "lead_toc" for b in d["blocks"]):
            # second pass with the real heading pages
            locs, _ = locate(d, pdf)
            d["toc_pages"] = [locs[i] + 1 for i, b in enumerate(d["blocks"]) if b[0] == "h"]
            build_fpdf(d, pdf)
            locs2, _ = locate(d, pdf)
            assert [locs2[i] + 1 for i, b in enumerate(d["blocks"]) if b[0] == "h"] == d["toc_pages"]
    locs, npages = locate(d, pdf)
    tr = truth(d, pdf, locs, npages)
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(tr, f, ensure_ascii=False, indent=1)
    print(f"{name}: {tr['producer']} pages={npages} tables=" +
          ", ".join(f"{t['style_family']} p{t['pages'][0]}-{t['pages'][1]} {len(t['rows'])}x{len(t['rows'][0])}" for t in tr["tables"]))


if __name__ == "__main__":
    which = [int(x) for x in sys.argv[1:]] or sorted(DOCS)
    for n in which:
        build(n)
