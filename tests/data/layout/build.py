#!/usr/bin/env python3
"""Blind layout set: builds 12 PDFs (Typst, Chromium, fpdf2) with exact text/reading-order truth.

python3 build.py            # all documents
python3 build.py 3 7        # only documents 3 and 7
Sources go to src/ (Typst .typ, Chromium .html); PDFs and truth next to this file.
"""
import html
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

import pyphen
from content import FICT, NOTES, TEMPLATES, fill

OUT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(OUT, "src")
DIC = pyphen.Pyphen(lang="es")
SHY = "\u00ad"
TYPST_VERSION = "typst (python package) 0.15.2"
FPDF_VERSION = "fpdf2 2.8.9"
CHROMIUM_VERSION = "Chromium 156.0.8078.129"
FONTS = "/usr/share/fonts/truetype"

SECTION_TITLES = [
    "Antecedentes", "Marco normativo", "Diagnóstico situacional", "Metodología", "Resultados",
    "Discusión", "Conclusiones", "Recomendaciones", "Enfoque territorial", "Gestión del riesgo",
    "Articulación intergubernamental", "Financiamiento", "Lineamientos de política",
    "Capacidades institucionales", "Seguimiento y evaluación", "Participación ciudadana",
    "Problemática identificada", "Objetivos estratégicos", "Análisis de actores", "Limitaciones del estudio",
    "Brechas de infraestructura", "Hallazgos principales", "Antecedentes internacionales",
    "Planteamiento del problema", "Justificación", "Hipótesis de trabajo", "Instrumentos de gestión",
]
FIG_TITLES = ["Mapa de ámbitos de intervención", "Evolución del gasto de capital 2016-2022",
              "Esquema del modelo de gestión", "Distribución de la muestra por provincia",
              "Flujo del proceso de programación", "Comparación de indicadores regionales"]


# ----------------------------------------------------------------------- text helpers
def norm(s):
    s = unicodedata.normalize("NFC", s).replace(SHY, "")
    s = "".join(" " if unicodedata.category(c) == "Zs" else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    return "".join(c for c in unicodedata.normalize("NFC", s).lower() if c.isalnum())


def strip_refs(s):
    return norm(re.sub(r"\[\^\d+\]", "", s))


def hyph_sparse(text):
    """At most two soft hyphens per word of 9+ letters, each part 3+ letters (Chromium writes every
    U+00AD into its text layer, so they are kept few)."""
    out = []
    for w in text.split(" "):
        m = re.match(r"^([^\wÁÉÍÓÚÑáéíóúñü]*)([A-Za-zÁÉÍÓÚÑáéíóúñü]+)(.*)$", w)
        if m and len(m.group(2)) >= 9 and "-" not in w:
            core = m.group(2)
            pos = [p for p in DIC.positions(core) if 3 <= p <= len(core) - 3]
            if len(pos) > 2:
                mid = len(core) / 2
                pos = sorted(sorted(pos, key=lambda p: abs(p - mid))[:2])
            for p in reversed(pos):
                core = core[:p] + SHY + core[p:]
            out.append(m.group(1) + core + m.group(3))
        else:
            out.append(w)
    return " ".join(out)


def hyph(text):
    """Soft hyphens in long plain words (for Chromium / fpdf2, which do not hyphenate)."""
    out = []
    for w in text.split(" "):
        m = re.match(r"^([^\wÁÉÍÓÚÑáéíóúñü]*)([A-Za-zÁÉÍÓÚÑáéíóúñü]+)(.*)$", w)
        if m and len(m.group(2)) >= 8 and "-" not in w:
            out.append(m.group(1) + DIC.inserted(m.group(2), hyphen=SHY) + m.group(3))
        else:
            out.append(w)
    return " ".join(out)


# ----------------------------------------------------------------------- composition
class Doc:
    def __init__(self, n, spec):
        self.n = n
        self.spec = spec
        self.rng = random.Random(5000 + n)
        self.used = set()
        self.notes = []          # footnote texts, number = index + 1
        self.items = []
        self.titles = list(SECTION_TITLES)
        self.rng.shuffle(self.titles)
        self.figs = list(FIG_TITLES)
        self.rng.shuffle(self.figs)

    def sentence(self, pool=TEMPLATES):
        for _ in range(500):
            s = fill(self.rng.choice(pool), self.rng)
            k = key(s)
            if s not in self.used and k[:50] not in self.used and k[-40:] not in self.used:
                self.used.update((s, k[:50], k[-40:]))
                return s
        raise RuntimeError("out of sentences")

    def text(self, nsent, notes=0):
        sents = [self.sentence() for _ in range(nsent)]
        where = sorted(self.rng.sample(range(1, nsent + 1), notes)) if notes else []
        out = []
        for i, s in enumerate(sents, 1):
            out.append(s)
            if i in where:
                self.notes.append(self.sentence(NOTES))
                out[-1] += f"[^{len(self.notes)}]"
        return " ".join(out)

    def title(self):
        return self.titles.pop()


ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def enum_label(style, i):
    return {"roman": f"({ROMAN[i]})", "paren": f"{'abcdef'[i]})", "dot": f"{'abcdef'[i]}."}[style]


def compose(n):
    spec = DOCS[n]
    d = Doc(n, spec)
    rng = d.rng
    d.abstract = d.text(5) if spec.get("abstract") else None
    # first sentence of the first paragraph carries the fictitious-text line? no: it is in the title block
    num = [0, 0, 0]
    for sec in spec["sections"]:
        kind = sec[0]
        if kind == "wide":
            d.items.append(("wide", sec[1], d.text(3) if sec[1] == "quote" else
                            f"Figura {sum(1 for x in d.items if x[0] in ('wide', 'float') and x[1] == 'fig') + 1}. {d.figs.pop()}"))
            continue
        if kind == "float":
            d.items.append(("float", "fig",
                            f"Figura {sum(1 for x in d.items if x[0] in ('wide', 'float') and x[1] == 'fig') + 1}. {d.figs.pop()}"))
            continue
        if kind == "colbreak":
            d.items.append(("colbreak",))
            continue
        level = sec[1]
        t = d.title()
        if spec.get("numbered"):
            num[level - 1] += 1
            for k in range(level, 3):
                num[k] = 0
            t = ".".join(str(x) for x in num[:level]) + ". " + t
        d.items.append(("h", level, t))
        for part in sec[2]:
            k = part[0]
            if k == "p":
                d.items.append(("p", d.text(part[1], part[2] if len(part) > 2 else 0)))
            elif k == "enum":
                style, count, nsent = part[1], part[2], part[3]
                nn = part[4] if len(part) > 4 else 0
                for i in range(count):
                    d.items.append(("enum", enum_label(style, i) + " " + d.text(nsent, 1 if i < nn else 0)))
            elif k == "quote":
                d.items.append(("quote", d.text(part[1])))
            elif k == "ul":
                for _ in range(part[1]):
                    d.items.append(("li", d.text(part[2])))
    d.place = f"{spec['place']}, {rng.choice(['marzo', 'junio', 'agosto', 'noviembre'])} de {rng.randint(2019, 2024)}"
    return d


# ----------------------------------------------------------------------- document recipes
def S(level, *parts):
    return ("sec", level, list(parts))


DOCS = {
    # ---------------- Typst
    1: dict(producer="typst", title="Informe de seguimiento de la gestión descentralizada",
            subtitle="Informe técnico N° 04", org="Centro Regional de Estudios Andinos", place="Cusco",
            paper="a4", font="Libertinus Serif", size=10, mode="pagecols", abstract=True,
            header="Informe de seguimiento 2023", foot="Página {n} de {m}", furn_from=2,
            sections=[S(1, ("p", 4, 1), ("p", 3)), S(1, ("p", 5), ("p", 3, 1)), ("float", "fig"),
                      S(2, ("p", 4), ("p", 4, 1)), S(1, ("p", 3), ("p", 5)), S(2, ("p", 4, 1), ("p", 3)),
                      S(1, ("p", 4), ("p", 4)), S(1, ("p", 5, 1), ("p", 3)), S(2, ("p", 4), ("p", 5, 1)),
                      S(1, ("p", 4), ("p", 3)), S(2, ("p", 5), ("p", 4))]),
    2: dict(producer="typst", title="Capacidades institucionales y articulación territorial",
            subtitle="Artículo de investigación", org="Revista Peruana de Gestión Pública", place="Lima",
            paper="a4", font="New Computer Modern", size=10, mode="groups", abstract=True,
            header="Revista Peruana de Gestión Pública", foot="— {n} —", furn_from=2,
            sections=[S(1, ("p", 3), ("enum", "roman", 3, 2)), ("colbreak",), S(1, ("p", 3, 1)),
                      ("wide", "quote"),
                      S(1, ("p", 4), ("p", 3)), ("colbreak",), S(2, ("enum", "roman", 2, 3, 1), ("p", 3)),
                      ("wide", "fig"),
                      S(1, ("p", 4, 1), ("p", 4)), ("colbreak",), S(1, ("p", 5), ("p", 3))]),
    3: dict(producer="typst", title="La articulación intergubernamental en la gestión educativa regional",
            subtitle="Capítulo II: Marco teórico", org="Universidad Nacional del Altiplano", place="Puno",
            paper="a4", font="Libertinus Serif", size=11.5, mode="single", numbered=True,
            header="Capítulo II. Marco teórico", foot="{n}", furn_from=2,
            sections=[S(1, ("p", 5, 1), ("p", 4)), S(2, ("p", 4), ("quote", 3), ("p", 3, 1)),
                      S(3, ("p", 4), ("ul", 3, 2)), S(3, ("p", 5, 1), ("p", 3)),
                      S(2, ("p", 4), ("quote", 4), ("p", 4)), S(1, ("p", 3), ("ul", 4, 2), ("p", 4, 1)),
                      S(2, ("p", 5), ("p", 3)), S(3, ("p", 4), ("quote", 3), ("p", 3, 1)),
                      S(1, ("p", 4), ("ul", 3, 3)), S(2, ("p", 5, 1), ("p", 4)), S(3, ("p", 3), ("p", 4))]),
    4: dict(producer="typst", title="Plan de Desarrollo Regional Concertado 2024-2030",
            subtitle="Capítulo 3: Lineamientos estratégicos", org="Gobierno Regional de Apurímac",
            place="Abancay", paper="us-letter", font="Liberation Serif", size=10.5, mode="pagecols",
            abstract=False, header="PDRC Apurímac 2024-2030", foot="Página {n}", furn_from=2,
            sections=[S(1, ("p", 4), ("enum", "paren", 3, 3, 1)), S(1, ("p", 3), ("enum", "dot", 3, 3)),
                      ("float", "fig"),
                      S(2, ("p", 4, 1), ("p", 3)), S(1, ("enum", "paren", 4, 2, 1), ("p", 4)),
                      S(1, ("p", 5), ("p", 3, 1)), S(2, ("enum", "dot", 3, 3), ("p", 4)),
                      S(1, ("p", 4, 1), ("p", 4))]),
    # ---------------- Chromium
    5: dict(producer="chromium", title="Balance de la inversión pública regional",
            subtitle="Documento de trabajo N° 7", org="Observatorio de Gestión Regional", place="Arequipa",
            paper="a4", font="Liberation Serif", size=10.5, mode="pagecols", abstract=True,
            header="Observatorio de Gestión Regional", foot="Página {n} de {m}", furn_from=2,
            sections=[S(1, ("p", 4, 1), ("p", 3)), S(2, ("p", 4), ("p", 3)), ("wide", "fig"),
                      S(1, ("p", 4, 1), ("p", 4)), S(2, ("p", 3), ("p", 5)), S(1, ("p", 4, 1), ("p", 3)),
                      S(1, ("p", 4), ("p", 4, 1)), ("wide", "quote"), S(1, ("p", 3), ("p", 4)),
                      S(2, ("enum", "roman", 3, 3), ("p", 4)), S(1, ("p", 5, 1), ("p", 3))]),
    6: dict(producer="chromium", title="Gobernanza hídrica en cuencas altoandinas",
            subtitle="Reporte de política", org="Instituto de Estudios de Política Territorial", place="Huancayo",
            paper="a4", font="DejaVu Serif", size=9, mode="pagecols", abstract=True,
            header="Reporte de política", foot="— {n} —", furn_from=2, span_h1=True,
            sections=[S(1, ("p", 3), ("enum", "roman", 3, 3, 1)), S(2, ("p", 4), ("p", 3)),
                      ("wide", "quote"), S(1, ("p", 4), ("enum", "paren", 3, 2)), S(2, ("p", 4, 1)),
                      S(1, ("p", 3), ("p", 4)), ("wide", "fig"), S(1, ("p", 4, 1), ("p", 3))]),
    7: dict(producer="chromium", title="Participación ciudadana y presupuesto participativo en Piura",
            subtitle="Tesis de maestría, capítulo I", org="Universidad Nacional de Piura", place="Piura",
            paper="a4", font="Liberation Serif", size=12, mode="single", numbered=True,
            header="Capítulo I. Planteamiento del estudio", foot="{n}", furn_from=2,
            sections=[S(1, ("p", 4, 1), ("p", 3)), S(2, ("p", 4), ("quote", 3)), S(3, ("p", 3), ("ul", 3, 2)),
                      S(3, ("p", 4, 1)), S(2, ("p", 3), ("enum", "paren", 3, 2)), S(1, ("p", 4), ("quote", 4)),
                      S(2, ("p", 3, 1), ("ul", 3, 2)), S(1, ("p", 4), ("quote", 3), ("p", 3)),
                      S(2, ("p", 4, 1), ("ul", 3, 3)), S(3, ("p", 4), ("p", 3))]),
    8: dict(producer="chromium", title="Lineamientos para la simplificación administrativa municipal",
            subtitle="Guía metodológica", org="Centro de Planeamiento Municipal", place="Trujillo",
            paper="a4", font="Liberation Sans", size=9.5, mode="flow", abstract=True,
            header="Centro de Planeamiento Municipal", foot="Página {n} de {m}", furn_from=2,
            sections=[S(1, ("p", 4), ("p", 3)), S(2, ("p", 5), ("enum", "dot", 3, 3)), S(1, ("p", 4), ("p", 4)),
                      S(2, ("p", 3), ("p", 5)), S(1, ("enum", "roman", 4, 3)), S(1, ("p", 4), ("p", 3)),
                      S(2, ("p", 4), ("p", 5)), S(1, ("p", 4), ("p", 4)), S(1, ("p", 5), ("p", 3)),
                      S(2, ("enum", "paren", 3, 3), ("p", 4)), S(1, ("p", 5), ("p", 4)), S(2, ("p", 4), ("p", 3))]),
    # ---------------- fpdf2
    9: dict(producer="fpdf2", title="Evaluación intermedia del programa de riego tecnificado",
            subtitle="Informe de evaluación", org="Programa Regional de Desarrollo Agrario", place="Ayacucho",
            paper="A4", font="DejaVu Serif", size=9.5, mode="pagecols", abstract=True,
            header="Programa Regional de Desarrollo Agrario", foot="Página {n} de {m}", furn_from=2,
            sections=[S(1, ("p", 4, 1), ("p", 3)), S(2, ("p", 4), ("p", 4)), S(1, ("p", 3, 1), ("p", 4)),
                      S(2, ("p", 5), ("p", 3)), S(1, ("p", 4), ("p", 3, 1)), S(1, ("p", 4), ("p", 4)),
                      S(2, ("enum", "paren", 3, 3, 1), ("p", 4)), S(1, ("p", 5), ("p", 4)), S(2, ("p", 4, 1))]),
    10: dict(producer="fpdf2", title="Brechas de servicios básicos en la Amazonía",
             subtitle="Nota técnica", org="Consorcio de Investigación Amazónica", place="Iquitos",
             paper="A4", font="Liberation Serif", size=10.5, mode="groups", abstract=True,
             header="Consorcio de Investigación Amazónica", foot="— {n} —", furn_from=2,
             sections=[S(1, ("p", 4), ("enum", "roman", 3, 3)), S(2, ("p", 3, 1)), ("wide", "fig"),
                       S(1, ("p", 4), ("enum", "paren", 3, 2, 1)), ("wide", "quote"),
                       S(1, ("p", 4), ("p", 4)), S(2, ("p", 3, 1), ("p", 4)), ("wide", "fig"),
                       S(1, ("p", 5), ("p", 3))]),
    11: dict(producer="fpdf2", title="Modernización de la gestión pública en gobiernos locales",
             subtitle="Tesis de licenciatura, capítulo III", org="Universidad Nacional de San Cristóbal de Huamanga",
             place="Ayacucho", paper="A4", font="Liberation Serif", size=12, mode="single", numbered=True,
             header="Capítulo III. Marco conceptual", foot="{n}", furn_from=2,
             sections=[S(1, ("p", 4, 1), ("p", 3)), S(2, ("p", 4), ("quote", 3), ("p", 3)),
                       S(3, ("p", 3, 1), ("ul", 3, 2)), S(3, ("p", 4)), S(2, ("p", 3), ("enum", "paren", 3, 2)),
                       S(1, ("p", 4, 1), ("quote", 4)), S(2, ("p", 3), ("ul", 4, 2)),
                       S(3, ("p", 4), ("quote", 3), ("p", 3, 1)), S(1, ("p", 5), ("enum", "roman", 3, 2)),
                       S(2, ("p", 4, 1), ("p", 4))]),
    12: dict(producer="fpdf2", title="Plan Estratégico Institucional 2025-2028",
             subtitle="Sección 2: Acciones estratégicas", org="Municipalidad Provincial de Huamanga",
             place="Ayacucho", paper="Letter", font="DejaVu Sans", size=9, mode="groups", abstract=False,
             header="PEI 2025-2028", foot="Página {n}", furn_from=2,
             sections=[S(1, ("p", 3), ("enum", "paren", 3, 3, 1)), S(1, ("p", 3), ("enum", "dot", 3, 2)),
                       ("wide", "quote"), S(2, ("p", 4, 1), ("p", 3)), S(1, ("enum", "roman", 3, 3)),
                       ("wide", "fig"), S(1, ("p", 4), ("p", 3, 1)), S(2, ("p", 4), ("p", 3))]),
}


# ----------------------------------------------------------------------- Typst
def tesc(s):
    s = re.sub(r"([\\#*_$@<>\[\]~`/=+-])", r"\\\1", s)
    return s


def t_text(s, notes):
    def rep(m):
        return "#footnote[" + tesc(notes[int(m.group(1)) - 1]) + "]"
    parts = re.split(r"(\[\^\d+\])", s)
    return "".join(re.sub(r"\[\^(\d+)\]", rep, p) if p.startswith("[^") else tesc(p) for p in parts)


def typst_source(d):
    sp = d.spec
    m_x, m_y = ("18mm", "22mm") if sp["mode"] != "single" else ("27mm", "25mm")
    L = []
    cols = 2 if sp["mode"] == "pagecols" else 1
    foot = sp["foot"].replace("{n}", "#counter(page).display()").replace(
        "{m}", "#counter(page).final().first()")
    L.append(f'#set page(paper: "{sp["paper"]}", margin: (x: {m_x}, y: {m_y}), columns: {cols},')
    L.append(f'  header: context {{ if counter(page).get().first() >= {sp["furn_from"]} [')
    L.append(f'    #align(right, text(size: 8.5pt, style: "italic")[{tesc(sp["header"])}]) #v(-6pt) #line(length: 100%, stroke: 0.4pt)')
    L.append('  ] },')
    L.append(f'  footer: context {{ if counter(page).get().first() >= {sp["furn_from"]} [#align(center, text(size: 9pt)[{foot}])] }})')
    L.append(f'#set text(font: "{sp["font"]}", size: {sp["size"]}pt, lang: "es", hyphenate: true)')
    L.append('#set par(justify: true, first-line-indent: (amount: 1.2em, all: true), spacing: 0.75em)')
    L.append('#show heading: set block(above: 1.1em, below: 0.7em)')
    L.append('#show heading: set text(hyphenate: false)')
    L.append('#show heading: set par(justify: false)')
    L.append('#show heading.where(level: 1): set text(size: 1.3em)')
    L.append('#show heading.where(level: 2): set text(size: 1.12em)')
    L.append('#show heading.where(level: 3): set text(size: 1.0em, style: "italic")')
    L.append('#set page(numbering: none)')
    title = (f'#align(center)[#set text(hyphenate: false)\n#set par(justify: false)\n#text(size: 17pt, weight: "bold")[{tesc(d.spec["title"])}] \\ '
             f'#v(2pt) #text(size: 12pt)[{tesc(sp["subtitle"])}] \\ #v(4pt) #text(size: 11pt)[{tesc(sp["org"])}] \\ '
             f'#text(size: 10pt)[{tesc(d.place)}] \\ #text(size: 9pt, style: "italic")[{FICT}]]')
    absb = ""
    if d.abstract:
        absb = (f'#v(6pt) #block(inset: (x: 12mm))[#align(center)[#text(weight: "bold")[Resumen]] #v(2pt) '
                f'#set text(size: 0.92em) \n{tesc(d.abstract)}\n] #v(6pt)')
    if sp["mode"] == "pagecols":
        L.append(f'#place(top, float: true, scope: "parent", clearance: 14pt)[{title} {absb}]')
    else:
        L.append(title)
        L.append(absb)
        L.append("#v(8pt)")
    in_group = False

    def open_group():
        nonlocal in_group
        if sp["mode"] == "groups" and not in_group:
            L.append("#columns(2, gutter: 7mm)[")
            in_group = True

    def close_group():
        nonlocal in_group
        if in_group:
            L.append("]")
            in_group = False

    for it in d.items:
        k = it[0]
        if k == "h":
            open_group()
            L.append("=" * it[1] + " " + tesc(it[2]))
        elif k in ("p", "enum"):
            open_group()
            L.append("\n" + t_text(it[1], d.notes) + "\n")
        elif k == "li":
            open_group()
            L.append("- " + t_text(it[1], d.notes))
        elif k == "quote":
            L.append(f'\n#block(inset: (left: 12mm, right: 8mm))[#set text(size: 0.9em)\n{t_text(it[1], d.notes)}\n]\n')
        elif k == "colbreak":
            L.append("#colbreak()")
        elif k == "float":
            L.append(f'#place(auto, float: true, scope: "parent", clearance: 12pt)[#align(center)['
                     f'#rect(width: 70%, height: 3.6cm, stroke: 0.6pt)[#align(center + horizon)[#text(size: 9pt)[(ilustración)]]]'
                     f' #v(2pt) #text(size: 9pt)[{tesc(it[2])}]]]')
        elif k == "wide":
            close_group()
            if it[1] == "quote":
                L.append(f'#v(4pt) #block(inset: (x: 18mm))[#set text(size: 0.9em, style: "italic")\n#set par(first-line-indent: 0pt)\n{t_text(it[2], d.notes)}\n] #v(4pt)')
            else:
                L.append(f'#v(4pt) #align(center)[#rect(width: 75%, height: 3.2cm, stroke: 0.6pt)[#align(center + horizon)[#text(size: 9pt)[(ilustración)]]]'
                         f' #v(2pt) #text(size: 9pt)[{tesc(it[2])}]] #v(4pt)')
    close_group()
    return "\n".join(L) + "\n"


def build_typst(d, pdf):
    import typst
    src = os.path.join(SRC, f"blind_lay_{d.n:03d}.typ")
    with open(src, "w") as f:
        f.write(typst_source(d))
    typst.compile(src, output=pdf, font_paths=[FONTS])


# ----------------------------------------------------------------------- Chromium
def h_text(s, notes, soft=True):
    parts = re.split(r"(\[\^\d+\])", s)
    out = []
    for p in parts:
        m = re.match(r"\[\^(\d+)\]", p)
        if m:
            out.append(f'<sup class="fn">{m.group(1)}</sup>')
        else:
            out.append(html.escape(hyph_sparse(p) if soft else p, quote=False))
    return "".join(out)


CH_CSS = """
@page {{ size: {paper}; margin: {pm}; }}
html {{ font-family: '{font}'; font-size: {size}pt; }}
body {{ margin: 0; }}
p {{ margin: 0 0 0.45em 0; text-align: justify; text-indent: 1.5em; hyphens: manual; orphans: 2; widows: 2; }}
h1, h2, h3 {{ margin: 0.7em 0 0.35em 0; break-after: avoid; line-height: 1.2; }}
h1 {{ font-size: 1.35em; }} h2 {{ font-size: 1.15em; }} h3 {{ font-size: 1.02em; font-style: italic; }}
.cols {{ column-count: 2; column-gap: 7mm; column-fill: balance; }}
.span {{ column-span: all; }}
.title {{ text-align: center; margin-bottom: 4mm; }}
.title .t {{ font-size: 1.65em; font-weight: bold; }} .title .s {{ font-size: 1.15em; margin-top: 1mm; }}
.title .o {{ margin-top: 2mm; }} .title .f {{ font-style: italic; font-size: 0.88em; }}
.abs {{ margin: 0 12mm 4mm 12mm; font-size: 0.92em; }} .abs h2 {{ text-align: center; font-size: 1.05em; }}
blockquote {{ margin: 0.4em 8mm 0.6em 14mm; font-size: 0.9em; }} blockquote p {{ text-indent: 0; }}
.wq {{ margin: 2mm 18mm 3mm 18mm; font-style: italic; font-size: 0.92em; }} .wq p {{ text-indent: 0; }}
.fig {{ text-align: center; margin: 2mm 0 3mm 0; }} .fig .box {{ width: 70%; height: 30mm; border: 0.6pt solid #000; margin: 0 auto 1.5mm auto; display: flex; align-items: center; justify-content: center; font-size: 0.85em; }}
.fig .cap {{ font-size: 0.88em; }}
ul {{ margin: 0.2em 0 0.5em 0; padding-left: 8mm; }} li {{ text-align: justify; hyphens: manual; margin-bottom: 0.2em; }}
sup.fn {{ font-size: 0.7em; line-height: 0; }}
.page {{ position: relative; width: {pw}; height: {ph}; break-after: page; overflow: visible; box-sizing: border-box; padding: {mt} {mx} 0 {mx}; }}
.page:last-child {{ break-after: auto; }}
.hdr {{ position: absolute; top: 10mm; left: {mx}; right: {mx}; text-align: right; font-size: 8.5pt; font-style: italic; border-bottom: 0.4pt solid #000; padding-bottom: 1mm; }}
.ftr {{ position: absolute; bottom: 10mm; left: {mx}; right: {mx}; text-align: center; font-size: 9pt; }}
.notes {{ position: absolute; bottom: 18mm; left: {mx}; right: {mx}; font-size: 8pt; border-top: 0.4pt solid #000; padding-top: 1mm; width: 45mm; }}
.notes div {{ width: {nw}; text-align: justify; margin-bottom: 0.6mm; }}
.flowftr {{ position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; font-style: italic; }}
"""


def ch_capacity_lines(sp):
    return None


def est_lines(text, width_mm, size_pt):
    cpl = width_mm / (size_pt * 0.352778 * 0.47)
    return len(text) / cpl + 1.0


def ch_paginate(d, factor):
    """Assign items to pages with a conservative height estimate (mm)."""
    sp = d.spec
    size = sp["size"]
    lh = size * 0.352778 * 1.2
    body_h = 297 - 25 - 30
    colw = (210 - 40 - 7) / 2 if sp["mode"] != "single" else 210 - 50
    pages = [[]]
    used = 40 + (est_lines(d.abstract, 150, size * 0.92) * lh * 0.92 if d.abstract else 0)
    notes_h = 0
    cap = body_h * factor
    for it in d.items:
        k = it[0]
        nn = [int(x) for x in re.findall(r"\[\^(\d+)\]", it[-1])] if isinstance(it[-1], str) else []
        note_h = sum(est_lines(d.notes[x - 1], 170, 8) * 8 * 0.352778 * 1.25 + 1 for x in nn) + (4 if nn else 0)
        if k == "h":
            h = lh * 2.2 * (1 if sp["mode"] == "single" else 0.5)
        elif k in ("p", "enum", "li"):
            h = est_lines(it[1], colw, size) * lh + 1.5
            if sp["mode"] != "single":
                h /= 2
        elif k == "quote":
            h = est_lines(it[1], colw - 22, size * 0.9) * lh * 0.9 + 3
        elif k == "wide":
            h = 40 if it[1] == "fig" else est_lines(it[2], 130, size * 0.92) * lh * 0.92 + 6
        else:
            h = 0
        if k == "h":
            nxt = d.items[d.items.index(it) + 1]
            h += est_lines(nxt[-1], colw, size) * lh / (2 if sp["mode"] != "single" else 1) if isinstance(nxt[-1], str) else 0
        if used + h + notes_h + note_h > cap and pages[-1]:
            pages.append([])
            used, notes_h = 0, 0
        pages[-1].append(it)
        if k == "h":
            h = lh * 2.2 * (1 if sp["mode"] == "single" else 0.5)
        used += h
        notes_h += note_h
    return pages


def chromium_html(d, factor):
    sp = d.spec
    paper = "A4"
    mx = "20mm" if sp["mode"] != "single" else "25mm"
    notes = d.notes
    title = (f'<div class="title"><div class="t">{html.escape(sp["title"])}</div><div class="s">{html.escape(sp["subtitle"])}</div>'
             f'<div class="o">{html.escape(sp["org"])}</div><div>{html.escape(d.place)}</div><div class="f">{FICT}</div></div>')
    absb = (f'<div class="abs"><h2>Resumen</h2><p>{h_text(d.abstract, notes)}</p></div>' if d.abstract else "")

    def item_html(it, in_cols):
        k = it[0]
        if k == "h":
            tag = f"h{it[1]}"
            cls = ' class="span"' if (in_cols and sp.get("span_h1") and it[1] == 1) else ""
            return f"<{tag}{cls}>{html.escape(it[2])}</{tag}>"
        if k in ("p", "enum"):
            return f"<p>{h_text(it[1], notes)}</p>"
        if k == "li":
            return f"<li>{h_text(it[1], notes)}</li>"
        if k == "quote":
            return f"<blockquote><p>{h_text(it[1], notes)}</p></blockquote>"
        if k == "wide":
            if it[1] == "quote":
                return f'<div class="wq"><p>{h_text(it[2], notes)}</p></div>'
            return f'<div class="fig"><div class="box">(ilustración)</div><div class="cap">{html.escape(it[2])}</div></div>'
        return ""

    def body(items, first):
        out = []
        cols = sp["mode"] != "single"
        group = []

        def flush():
            if group:
                inner = "".join(item_html(x, cols) for x in group)
                inner = re.sub(r"</li><li>", "</li>\n<li>", inner)
                inner = re.sub(r"((?:<li>.*?</li>\n?)+)", r"<ul>\1</ul>", inner)
                out.append(f'<div class="cols">{inner}</div>' if cols else inner)
                group.clear()
        for it in items:
            if it[0] == "wide":
                flush()
                out.append(item_html(it, False))
            else:
                group.append(it)
        flush()
        return "".join(out)

    css = CH_CSS.format(paper=paper, pm="0" if sp["mode"] != "flow" else "18mm 20mm 20mm 20mm",
                        font=sp["font"], size=sp["size"], pw="210mm", ph="297mm", mt="25mm", mx=mx,
                        nw="170mm" if mx == "20mm" else "160mm")
    parts = [f'<!doctype html><html lang="es"><head><meta charset="utf-8"><style>{css}</style></head><body>']
    if sp["mode"] == "flow":
        foot = '"' + sp["foot"].replace("{n}", '" counter(page) "').replace("{m}", '" counter(pages) "') + '"'
        parts[0] = parts[0].replace("</style>", f"""
@page {{ @bottom-center {{ content: {foot}; font-family: '{sp["font"]}'; font-size: 8.5pt; }}
        @top-right {{ content: "{sp["header"]}"; font-family: '{sp["font"]}'; font-size: 8.5pt; font-style: italic; }} }}
@page :first {{ @top-right {{ content: none; }} @bottom-center {{ content: none; }} }}
</style>""")
        parts.append(title + absb + body(d.items, True))
        parts.append("</body></html>")
        return "".join(parts), None
    pages = ch_paginate(d, factor)
    m = len(pages)
    for i, items in enumerate(pages, 1):
        parts.append('<div class="page">')
        if i >= sp["furn_from"]:
            parts.append(f'<div class="hdr">{html.escape(sp["header"])}</div>')
            parts.append(f'<div class="ftr">{html.escape(sp["foot"].format(n=i, m=m))}</div>')
        if i == 1:
            parts.append(title + absb)
        parts.append(body(items, i == 1))
        nn = [int(x) for it in items for x in re.findall(r"\[\^(\d+)\]", it[-1] if isinstance(it[-1], str) else "")]
        if nn:
            parts.append('<div class="notes">' + "".join(
                f'<div><sup>{x}</sup> {html.escape(notes[x - 1])}</div>' for x in nn) + "</div>")
        parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts), m


def overlaps(pdf):
    """Pairs of words whose boxes overlap (a sign of text running into notes/footer)."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    bad = []
    for pi, page in enumerate(out.split("<page ")[1:], 1):
        ws = [tuple(float(x) for x in m.groups()) for m in
              re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page)]
        for i in range(len(ws)):
            a = ws[i]
            for b in ws[i + 1:]:
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                if ix > 0.5 and iy > 0.35 * min(a[3] - a[1], b[3] - b[1]):
                    bad.append(pi)
                    break
    return sorted(set(bad))


def build_chromium(d, pdf):
    factor = 1.15
    for _ in range(9):
        doc, m = chromium_html(d, factor)
        src = os.path.join(SRC, f"blind_lay_{d.n:03d}.html")
        with open(src, "w") as f:
            f.write(doc)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + src], capture_output=True, timeout=120)
        npages = len(page_texts(pdf))
        whole = "".join(key(p) for p in page_texts(pdf))
        tails = [key(strip_refs(it[-1]))[-30:] for it in d.items if it[0] in ("p", "enum", "li", "quote", "wide")]
        missing = [t for t in tails if t not in whole]
        if (m is None or npages == m) and not overlaps(pdf) and not missing:
            d.chromium_factor = factor
            return
        print(f"  chromium {d.n}: pages {npages} vs {m}, overlaps {overlaps(pdf)}, missing {len(missing)}; factor {factor:.2f}")
        factor -= 0.07
    raise RuntimeError("chromium pagination failed")


# ----------------------------------------------------------------------- fpdf2
def build_fpdf(d, pdf_path):
    from fpdf import FPDF
    sp = d.spec
    fontfiles = {
        "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
        "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
        "Liberation Serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                             "liberation/LiberationSerif-Italic.ttf"),
    }[sp["font"]]
    size = sp["size"]
    single = sp["mode"] == "single"
    mx = 25 if single else 18
    base_bottom = 22
    note_size = size - 2
    note_lh = note_size * 0.352778 * 1.25
    notes = d.notes

    def note_lines(pdf, t):
        pdf.set_font("B", "", note_size)
        return len(pdf.multi_cell(pdf.epw - 4, note_lh, t, dry_run=True, output="LINES"))

    page_notes = getattr(d, "page_notes", {})

    class P(FPDF):
        def notes_height(self, p):
            ns = page_notes.get(p, [])
            if not ns:
                return 0
            return sum(note_lines(self, notes[x - 1]) * note_lh + 0.8 for x in ns) + 3

        def header(self):
            p = self.page_no()
            self.nh[p] = self.notes_height(p)
            self.set_auto_page_break(True, base_bottom + self.nh[p])
            if p >= sp["furn_from"]:
                self.set_font("B", "I", 8.5)
                self.set_xy(self.l_margin, 10)
                self.cell(self.epw, 5, sp["header"], align="R")
                self.set_line_width(0.3)
                self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font("B", "", size)

        def footer(self):
            p = self.page_no()
            ns = page_notes.get(p, [])
            if ns:
                y = self.h - base_bottom - self.nh[p] + 2
                self.set_line_width(0.3)
                self.line(self.l_margin, y, self.l_margin + 45, y)
                self.set_y(y + 1.2)
                for x in ns:
                    self.set_x(self.l_margin)
                    self.set_font("B", "", note_size - 2)
                    self.char_vpos = "SUP"
                    self.cell(4, note_lh, str(x))
                    self.char_vpos = "LINE"
                    self.set_font("B", "", note_size)
                    self.multi_cell(self.epw - 4, note_lh, hyph(notes[x - 1]), align="J",
                                    new_x="LMARGIN", new_y="NEXT")
                    self.set_y(self.get_y() + 0.8)
            if p >= sp["furn_from"]:
                self.set_font("B", "", 9)
                self.set_xy(self.l_margin, self.h - 14)
                txt = sp["foot"].replace("{n}", str(p)).replace("{m}", "{nb}")
                self.cell(self.epw, 5, txt, align="C")

    pdf = P(format=sp["paper"])
    pdf.set_margins(mx, 22, mx)
    pdf.add_font("B", "", os.path.join(FONTS, fontfiles[0]))
    pdf.add_font("B", "B", os.path.join(FONTS, fontfiles[1]))
    pdf.add_font("B", "I", os.path.join(FONTS, fontfiles[2]))
    pdf.nh = {}
    pdf.set_title(sp["title"])
    pdf.set_creator("fpdf2")
    pdf.set_author(sp["org"])
    pdf.add_page()
    lh = size * 0.352778 * 1.3

    # title block (full width)
    pdf.set_font("B", "B", 16)
    pdf.multi_cell(0, 8, sp["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("B", "", 12)
    pdf.multi_cell(0, 6.5, sp["subtitle"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("B", "", 10.5)
    for line in (sp["org"], d.place):
        pdf.multi_cell(0, 5.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("B", "I", 9)
    pdf.multi_cell(0, 5, FICT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if d.abstract:
        pdf.set_font("B", "B", size)
        pdf.multi_cell(0, lh, "Resumen", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("B", "", size - 0.5)
        pdf.set_x(mx + 12)
        pdf.multi_cell(pdf.epw - 24, lh * 0.95, hyph(d.abstract), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    ncols = 1 if single else 2

    def write_runs(par, s, fsize, style=""):
        for piece in re.split(r"(\[\^\d+\])", s):
            m = re.match(r"\[\^(\d+)\]", piece)
            if m:
                pdf.set_font("B", style, fsize * 0.7)
                pdf.char_vpos = "SUP"
                par.write(m.group(1))
                pdf.char_vpos = "LINE"
                pdf.set_font("B", style, fsize)
            elif piece:
                pdf.set_font("B", style, fsize)
                par.write(hyph(piece))

    def group(items):
        cols = pdf.text_columns(ncols=ncols, gutter=7, balance=not single, text_align="J", skip_leading_spaces=True)
        with cols:
            for it in items:
                k = it[0]
                if k == "h":
                    fs = {1: size + 3, 2: size + 1.5, 3: size + 0.5}[it[1]]
                    with cols.paragraph(text_align="L", top_margin=lh * 0.6, bottom_margin=lh * 0.35,
                                        line_height=1.1) as par:
                        pdf.set_font("B", "B" if it[1] < 3 else "I", fs)
                        par.write(it[2])
                elif k in ("p", "enum"):
                    with cols.paragraph(text_align="J", first_line_indent=6, bottom_margin=lh * 0.3,
                                        line_height=1.25) as par:
                        write_runs(par, it[1], size)
                elif k == "li":
                    with cols.paragraph(text_align="J", indent=6, bullet_string="•", bullet_r_margin=2.5,
                                        bottom_margin=lh * 0.2, line_height=1.25) as par:
                        write_runs(par, it[1], size)
        pdf.set_font("B", "", size)

    def quote(it):
        pdf.set_font("B", "", size - 1.5)
        cols = pdf.text_columns(ncols=1, text_align="J", l_margin=mx + 14, r_margin=mx + 8)
        with cols:
            with cols.paragraph(text_align="J", top_margin=1.5, bottom_margin=lh * 0.5, line_height=1.2) as par:
                write_runs(par, it[1], size - 1.5)
        pdf.set_font("B", "", size)

    def wide(it):
        pdf.ln(2)
        if it[1] == "quote":
            cols = pdf.text_columns(ncols=1, text_align="J", l_margin=mx + 18, r_margin=mx + 18)
            with cols:
                with cols.paragraph(text_align="J", line_height=1.2, bottom_margin=2) as par:
                    write_runs(par, it[2], size - 0.5, "I")
        else:
            w = pdf.epw * 0.7
            if pdf.get_y() + 40 > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y() + 1
            pdf.set_line_width(0.3)
            pdf.rect(pdf.l_margin + (pdf.epw - w) / 2, y, w, 28)
            pdf.set_font("B", "", size - 1)
            pdf.set_xy(pdf.l_margin, y + 12)
            pdf.cell(pdf.epw, 5, "(ilustración)", align="C")
            pdf.set_xy(pdf.l_margin, y + 29.5)
            pdf.multi_cell(0, 5, it[2], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("B", "", size)

    buf = []
    for it in d.items:
        if it[0] == "wide":
            if buf:
                group(buf)
                buf = []
            wide(it)
        elif it[0] == "quote":
            if buf:
                group(buf)
                buf = []
            quote(it)
        elif it[0] == "colbreak":
            pass
        else:
            buf.append(it)
    if buf:
        group(buf)
    pdf.alias_nb_pages("{nb}")
    pdf.output(pdf_path)


def fpdf_with_notes(d, pdf):
    """Footnotes are drawn by footer() on the page of their mark: iterate to a fixed point."""
    d.page_notes = {}
    for _ in range(6):
        build_fpdf(d, pdf)
        pages = [key(p) for p in page_texts(pdf)]
        whole = "".join(pages)
        ends = [sum(len(p) for p in pages[:i + 1]) for i in range(len(pages))]
        new = {}
        for it in d.items:
            s = it[-1] if isinstance(it[-1], str) else ""
            start = whole.find(para_prefix(s, 50)) if "[^" in s else -1
            for m in re.finditer(r"\[\^(\d+)\]", s):
                before = key(re.sub(r"\[\^\d+\]", "", s[:m.start()]))[-40:]
                at = whole.find(before, max(start, 0))
                if at < 0:
                    at = whole.find(before[-15:], max(start, 0))
                pg = next(i + 1 for i, e in enumerate(ends) if at < e)
                new.setdefault(pg, []).append(int(m.group(1)))
        if new == d.page_notes:
            return
        d.page_notes = new
    raise RuntimeError(f"fpdf2 {d.n}: footnote pages do not settle")


# ----------------------------------------------------------------------- locate + truth
def page_texts(pdf, raw=False, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + (["-layout"] if layout else []) + [pdf, "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and pages[-1].strip() == "":
        pages = pages[:-1]
    return pages


def line_keys(page):
    """Keys of every line and of every pair of consecutive lines (a heading may wrap once)."""
    ls = [key(x) for x in page.split("\n") if x.strip()]
    return set(ls) | {a + b for a, b in zip(ls, ls[1:])}


def para_prefix(s, n=60):
    first = re.split(r"\[\^\d+\]", s)[0]
    return key(first)[:n]


def locate(d, pdf):
    dflt = [key(p) for p in page_texts(pdf)]
    raw = [key(p) for p in page_texts(pdf, raw=True)]
    lines = [line_keys(p) | line_keys(r) for p, r in zip(page_texts(pdf), page_texts(pdf, raw=True))]
    npages = len(dflt)

    def find(s, start, where):
        for pg in range(start, npages):
            if any(s in src[pg] for src in where):
                return pg
        raise RuntimeError(f"{d.n}: not found from page {start + 1}: {s[:80]!r}")

    cur = 0
    locs = []
    for it in d.items:
        k = it[0]
        if k == "h":
            cur = find(key(it[2]), cur, [lines])
            locs.append(cur)
        elif k in ("p", "enum", "li", "quote"):
            pre = para_prefix(it[1])
            try:
                cur = find(pre, cur, [dflt, raw])
            except RuntimeError:
                cur = find(para_prefix(it[1], 25), cur, [dflt, raw])
            locs.append(cur)
        elif k == "wide":
            if it[1] == "quote":
                cur = find(para_prefix(it[2]), cur, [dflt, raw])
                locs.append(cur)
            else:
                cur = find(key(it[2]), cur, [dflt, raw])
                locs.append(cur)
        elif k == "float":
            locs.append(find(key(it[2]), 0, [dflt, raw]))
        else:
            locs.append(None)
    fn = []
    for i, t in enumerate(d.notes, 1):
        fn.append(find(key(t)[:50], 0, [dflt, raw]) + 1)
    return locs, fn, npages


def producer_pdf(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    cre = re.search(r"Creator:[ \t]+(.*)", out)
    pro = re.search(r"Producer:[ \t]+(.*)", out)
    return (cre.group(1).strip() if cre else "") or (pro.group(1).strip() if pro else "")


def features(d):
    sp, its = d.spec, d.items
    f = []
    if sp["mode"] != "single":
        f.append("two_column")
    if sp["mode"] == "single":
        f.append("single_column")
    if d.abstract or sp["mode"] != "single":
        f.append("full_width_title" + ("_abstract" if d.abstract else ""))
    locs = getattr(d, "locs", None) or [None] * len(its)
    between = 0
    for i, x in enumerate(its):
        if x[0] == "wide":
            before = [locs[j] for j in range(i) if its[j][0] in ("p", "enum", "li", "h")]
            after = [locs[j] for j in range(i + 1, len(its)) if its[j][0] in ("p", "enum", "li", "h")]
            if before and after and before[-1] == locs[i] == after[0]:
                between += 1
    if between:
        f.append("full_width_between_column_groups")
    elif any(x[0] == "wide" for x in its):
        f.append("full_width_block_between_groups_at_page_edge")
    if any(x[0] == "wide" and x[1] == "quote" for x in its):
        f.append("wide_quotation")
    if any(x[0] in ("wide", "float") and x[1] == "fig" for x in its):
        f.append("figure_placeholder")
    if any(x[0] == "float" for x in its):
        f.append("float_figure")
    if sp["mode"] != "single":
        f.append("headings_in_column")
    if sp.get("span_h1"):
        f.append("spanning_headings")
    if any(x[0] == "enum" for x in its):
        f.append("run_in_enumeration")
    f.append("hyphenation")
    f.append("compound_hyphen_words")
    if d.notes:
        f.append("footnotes")
        f.append("footnotes_at_column_foot" if (sp["producer"] == "typst" and sp["mode"] != "single")
                 else "footnotes_at_page_foot")
    f.append("running_header_footer" if sp.get("header") else "running_footer")
    if sp["furn_from"] > 1:
        f.append("first_page_without_furniture")
    if any(x[0] == "quote" for x in its):
        f.append("block_quotation")
    if any(x[0] == "li" for x in its):
        f.append("bulleted_list")
    if sp.get("numbered"):
        f.append("numbered_headings")
    if sp["mode"] == "groups":
        f.append("column_groups")
    if sp["mode"] == "flow":
        f.append("flowing_columns")
    return f


def truth(d, pdf, locs, fnpages, npages):
    sp = d.spec
    name = f"blind_lay_{d.n:03d}"
    paragraphs, ppages, headings, blocks, figures = [], [], [], [], []

    def add_par(text, pg, typ="paragraph"):
        t = strip_refs(text)
        paragraphs.append(t)
        ppages.append(pg + 1)
        b = {"type": typ, "text": t, "page": pg + 1}
        if "[^" in text:
            b["text_with_refs"] = norm(text)
        blocks.append(b)

    if d.abstract:
        # the abstract sits on page 1 above the columns
        headings.append("Resumen")
        blocks.append({"type": "heading", "level": 1, "text": "Resumen", "page": 1})
        add_par(d.abstract, 0)
    for it, loc in zip(d.items, locs):
        k = it[0]
        if k == "h":
            headings.append(it[2])
            blocks.append({"type": "heading", "level": it[1], "text": it[2], "page": loc + 1})
        elif k in ("p", "enum", "quote"):
            add_par(it[1], loc)
        elif k == "li":
            add_par(it[1], loc, "list_item")
        elif k == "wide":
            if it[1] == "quote":
                add_par(it[2], loc)
            else:
                figures.append({"caption": it[2], "labels": ["(ilustración)"], "page": loc + 1})
        elif k == "float":
            figures.append({"caption": it[2], "labels": ["(ilustración)"], "page": loc + 1})
    furn, hf = [], []
    for p in range(1, npages + 1):
        if p >= sp["furn_from"]:
            foot = sp["foot"].replace("{n}", str(p)).replace("{m}", str(npages))
            hdr = [sp["header"]] if sp.get("header") else []
            furn.append({"page": p, "header": hdr, "footer": [foot]})
            for x in hdr + [foot]:
                if x not in hf:
                    hf.append(x)
    font = sp["font"]
    paper = {"a4": "a4", "A4": "a4", "us-letter": "letter", "Letter": "letter"}[sp["paper"]]
    return {
        "source_seed": None, "variant": "blind", "producer": sp["producer"], "producer_pdf": producer_pdf(pdf),
        "pages": npages, "title": sp["title"], "subtitle": sp["subtitle"], "author": sp["org"],
        "front_matter": [d.place, FICT],
        "layout": {"columns": 1 if sp["mode"] == "single" else 2, "title_page": False, "paper": paper,
                   "font": font, "font_size_pt": sp["size"], "features": features(d)},
        "paragraphs": paragraphs, "paragraph_pages": ppages, "headings": headings,
        "footnotes": [{"number": i, "text": t, "page": p} for i, (t, p) in enumerate(zip(d.notes, fnpages), 1)],
        "tables": [], "figures": figures, "toc": [], "table_free": True, "headers_footers": hf,
        "page_furniture": furn, "blocks": blocks,
        "generator": {"tool": "blind14/layout/build.py", "seed": 5000 + d.n, "doc_id": name, "mode": sp["mode"],
                      "producer_version": {"typst": TYPST_VERSION, "fpdf2": FPDF_VERSION,
                                           "chromium": CHROMIUM_VERSION}[sp["producer"]]},
    }


def build(n):
    name = f"blind_lay_{n:03d}"
    pdf = os.path.join(OUT, name + ".pdf")
    d = compose(n)
    prod = d.spec["producer"]
    if prod == "typst":
        build_typst(d, pdf)
    elif prod == "chromium":
        build_chromium(d, pdf)
    else:
        fpdf_with_notes(d, pdf)
    bad = overlaps(pdf)
    if bad:
        raise RuntimeError(f"{name}: overlapping words on pages {bad}")
    locs, fnp, npages = locate(d, pdf)
    d.locs = locs
    tr = truth(d, pdf, locs, fnp, npages)
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(tr, f, ensure_ascii=False, indent=1)
    print(f"{name}: {prod} pages={npages} paragraphs={len(tr['paragraphs'])} headings={len(tr['headings'])} "
          f"notes={len(tr['footnotes'])} figures={len(tr['figures'])} features={','.join(tr['layout']['features'])}")


if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    which = [int(x) for x in sys.argv[1:]] or sorted(DOCS)
    for n in which:
        build(n)
