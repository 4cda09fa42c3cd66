#!/usr/bin/env python3
"""Build the fresh16 blind test set for the legal-citation detector.

Writes citations-dev.jsonl and shortforms-dev.jsonl next to this script and fails on any
inconsistency (offsets, fields, id patterns, antecedents, 8-word overlap with other sets).
Run:  python3 build_fresh16.py

The machinery (marker parser, field filling, checks, 8-gram test) follows the fresh15 builder so that
both blind sets obey the same rules; the templates below are new. See README.md for the decisions.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


FFFD = "\ufffd"
SHY = "\u00ad"

TYPE = {
    "const": "constitucion", "ley": "ley", "rleg": "resolucion_legislativa",
    "rlegc": "resolucion_legislativa_congreso", "dleg": "decreto_legislativo",
    "dl": "decreto_ley", "du": "decreto_urgencia", "ds": "decreto_supremo",
    "rs": "resolucion_suprema", "rm": "resolucion_ministerial",
    "rvm": "resolucion_viceministerial", "rsg": "resolucion_secretaria_general",
    "rd": "resolucion_directoral", "rj": "resolucion_jefatural",
    "rpe": "resolucion_presidencia_ejecutiva",
    "rpcd": "resolucion_presidencia_consejo_directivo",
    "rcd": "resolucion_consejo_directivo",
    "rsgd": "resolucion_secretaria_gobierno_digital", "res": "resolucion",
    "or": "ordenanza_regional", "acr": "acuerdo_consejo_regional",
    "dr": "decreto_regional", "om": "ordenanza_municipal", "da": "decreto_alcaldia",
    "directiva": "directiva", "nt": "norma_tecnica", "reglamento": "reglamento",
    "tuo": "tuo", "codigo": "codigo", "acm": "acuerdo_concejo_municipal",
}
YEARED = {"ds", "du", "rs", "rm", "rvm", "rsg", "rd", "rj", "rpe", "rpcd", "rcd", "rsgd",
          "res", "or", "acr", "dr", "om", "da", "directiva", "nt", "acm"}
PLAIN = {"ley", "rleg", "dleg", "dl"}
APPROVERS = set("ds rm rs rvm rd rj rpe rpcd rcd rsg rsgd res om or da dr acm acr".split())
REF_KEYS = ("text", "start", "end", "type", "number", "year", "issuer", "article", "canonical", "scope")
OPT_KEYS = ("inciso", "alias", "nested", "implicit", "note")


def R(canonical, **kw):
    d = {"canonical": canonical}
    d.update(kw)
    return d


def clean(s):
    """Surface without PDF damage: soft hyphens, U+FFFD, hyphen + line break, other whitespace."""
    s = s.replace(SHY, "").replace(FFFD, "")
    s = re.sub(r"-\n", "", s)
    return re.sub(r"\s+", " ", s)


def islug(s):
    return re.sub(r"[/.\s\u2013\u2010-]+", "-", s.strip()).strip("-").lower()


def parse(marked):
    """Plain text and spans [(kind, start, end)] in opening order."""
    out, stack, spans = [], [], []
    for ch in marked:
        if ch in "⟦⟪":
            stack.append((ch, len(out), len(spans)))
            spans.append(None)
        elif ch in "⟧⟫":
            assert stack, "unbalanced close in: " + marked
            op, st, idx = stack.pop()
            assert (op, ch) in (("⟦", "⟧"), ("⟪", "⟫")), "mismatched markers in: " + marked
            spans[idx] = ("R" if op == "⟦" else "S", st, len(out))
        else:
            out.append(ch)
    assert not stack, "unclosed marker in: " + marked
    text = "".join(out)
    assert not re.search("[⟦⟧⟪⟫]", text)
    return text, spans


def find_num(text, n, dotted=False):
    pat = r"\d[\d.]*\d|\d" if dotted else r"\d+"
    for m in re.finditer(pat, clean(text) if not dotted else text):
        if int(m.group().replace(".", "")) == n:
            return m.group(), m.end()
    return None, None


def read_issuer(text, key_num):
    """Issuer as written after `number[-year]-` in a span, or None."""
    t = clean(text)
    for m in re.finditer(r"\d+", t):
        if int(m.group()) != key_num:
            continue
        rest = t[m.end():]
        mm = re.match(r"\s*[-–‐/ ]\s*(?:\d{2}|\d{4})\s*[-–‐/ ]\s*([A-Za-zÁÉÍÓÚÑ][\w./\-–‐]*\w)", rest)
        if not mm:
            mm = re.match(r"\s*[-–‐/]\s*([A-Za-zÁÉÍÓÚÑ][\w./\-–‐]*\w)", rest)
        if mm:
            return mm.group(1)
    return None


def split_id(c):
    parts = c.split(":", 2)
    if len(parts) == 2:
        return parts[0], None, parts[1]
    return tuple(parts)


def check_key(c):
    prefix, code, key = split_id(c)
    if prefix != "pe":
        assert re.fullmatch(r"[a-z0-9@][a-z0-9@:\-]*", key), c
        return
    assert code in TYPE, c
    if key.startswith("@"):
        assert re.fullmatch(r"@[a-z0-9]+(-[a-z0-9]+)*", key), c
    elif code in PLAIN:
        assert re.fullmatch(r"[1-9]\d*", key), c
    elif code in YEARED and re.match(r"\d", key):
        assert re.fullmatch(r"\d{3,}-(\d{4}(-\d{4})?|f?\d{4}-\d{2}-\d{2})(-[a-z0-9]+)*|\d{3,}(-[a-z0-9]+)+", key), c
        assert not (len(key.split("-")[0]) > 3 and key.startswith("0")), c
    elif code in YEARED and key.startswith("f"):
        assert re.fullmatch(r"f\d{4}-\d{2}-\d{2}", key), c
    elif code in YEARED and key.startswith("sn-"):
        assert re.fullmatch(r"sn-\d{4}", key), c
    elif code in ("reglamento", "tuo", "directiva", "nt"):
        head = key.split("-")[0]
        assert head in APPROVERS or head in PLAIN or head == "codigo", c
    elif code == "const":
        assert re.fullmatch(r"\d{4}", key), c
    elif code == "rlegc":
        assert re.fullmatch(r"\d{3}-\d{4}-\d{4}-cr", key), c
    else:
        raise AssertionError("unexpected key " + c)


def fill(ref, text):
    c = ref["canonical"]
    check_key(c)
    prefix, code, key = split_id(c)
    if prefix == "int":
        scope = "int"
        typ = "resolucion_internacional" if re.match(r"(can-decision|onu-)", key) else "tratado"
    elif prefix == "pe":
        scope = "pe"
        typ = TYPE[code]
    else:
        scope = "foreign"
        typ = "norma_extranjera"
    number = ref.get("number", "AUTO")
    year = ref.get("year", "AUTO")
    issuer = ref.get("issuer", "AUTO")
    if number == "AUTO":
        number = None
        if prefix == "pe" and code in PLAIN and re.fullmatch(r"\d+", key):
            number, _ = find_num(text, int(key), dotted=True)
            assert number, ("number not in span", c, text)
        elif prefix == "pe" and code in YEARED and re.match(r"\d", key):
            number, _ = find_num(text, int(key.split("-")[0]))
            assert number, ("number not in span", c, text)
        elif scope == "foreign":
            m = re.search(r"(\d+)", key)
            number, _ = find_num(text, int(m.group(1)), dotted=True)
            assert number, (c, text)
        elif scope == "int" and re.match(r"(can-decision|oit-convenio)", key):
            m = re.search(r"(\d+)", key)
            number, _ = find_num(text, int(m.group(1)))
            assert number, (c, text)
    if year == "AUTO":
        year = None
        if prefix == "pe" and code in YEARED:
            m = re.match(r"\d+-(\d{4})", key) or re.match(r"f(\d{4})", key) or re.match(r"sn-(\d{4})", key)
            year = m.group(1) if m else None
        elif prefix == "pe" and code == "const":
            year = key if key in clean(text) else None
        elif prefix == "pe" and code in ("reglamento", "tuo", "directiva", "nt"):
            year = None
    if issuer == "AUTO":
        issuer = None
        if prefix == "pe" and code in YEARED and re.match(r"\d", key):
            m = re.match(r"\d+-\d{4}-(.+)$", key) or re.match(r"\d+-([a-z].*)$", key)
            if m:
                want = m.group(1)
                got = read_issuer(text, int(key.split("-")[0]))
                if not got or islug(got) != want:
                    raise SystemExit(f"issuer mismatch {c!r} in {text!r}: got {got!r}")
                issuer = got
    if year is not None:
        assert re.fullmatch(r"\d{4}", year), (c, year)
    r = {"text": text, "start": None, "end": None, "type": ref.get("type", typ),
         "number": number, "year": year, "issuer": issuer, "article": ref.get("article"),
         "canonical": c, "scope": scope}
    for k in OPT_KEYS:
        if k in ref:
            r[k] = ref[k]
    for k in ref:
        assert k in ("canonical", "type", "number", "year", "issuer", "article") + OPT_KEYS, (c, k)
    if "alias" in r:
        assert isinstance(r["alias"], list) and r["alias"], c
        for a in r["alias"]:
            check_key(a)
    return r


NUMSIGN = [
    (r"N\.\s?os", "N.os"), (r"Nros\.", "Nros."), (r"N\.º", "N.º"), (r"N\.°", "N.°"), (r"n\.°", "n.°"),
    (r"N\.o\b", "N.o"), (r"Nro\.", "Nro."), (r"Nro\b", "Nro"), (r"Núm\.", "Núm."), (r"número", "número"),
    (r"No\.", "No."), (r"No\b", "No"), (r"N°", "degree"), (r"Nº", "ordinal"), (r"N˚", "ring"),
    (r"N" + FFFD, "N-fffd"), (r"N 0(?=\s?\d)", "N0"),
]


def numsign_tags(refs):
    tags = set()
    for r in refs:
        if r.get("number") is None or r["scope"] != "pe" or r.get("implicit"):
            continue
        t = r["text"]
        best = None
        for pat, name in NUMSIGN:
            m = re.search(pat if pat.startswith("N") else r"(?<![A-Za-zÁÉÍÓÚáéíóú])" + pat, t)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end(), name)
        if best is None:
            i = t.find(r["number"])
            if i > 0 and re.search(r"[A-Za-z]", t[:i]):
                tags.add("numsign:none")
            continue
        tags.add("numsign:" + best[2])
        after = t[best[1]:]
        if after[:1].isdigit():
            tags.add("numsign:nospace")
        if after[:1] == "\n" or after.startswith(" \n"):
            tags.add("numsign:eol")
    return tags
# ---------------------------------------------------------------------------
# citations set: S(marked sentence, [spec per ⟦ in opening order], [tags])
# a spec is a dict (one ref) or a list of dicts (several refs share one span)
# ---------------------------------------------------------------------------
C = []


def S(marked, specs, tags=()):
    C.append((marked, specs, list(tags)))

CT = "pe:tuo:ds-133-2013-ef"
CT_ALIAS = ["pe:ds:133-2013-ef", "pe:codigo:@codigo-tributario"]
NONE3 = dict(number=None, year=None, issuer=None)

# ---- university theses: legal framework ("marco legal", "bases legales") -----------
S("El marco normativo de esta investigación parte de la ⟦Ley N.° 30220, Ley Universitaria⟧, que regula la creación, el funcionamiento, la supervisión y el cierre de las universidades.",
  [R("pe:ley:30220")], ["genre:thesis", "apposition:number-name"])
S("2.3. Bases legales\n⟦Constitución Política del Perú (1993), artículos 13 al 18⟧, referidos a la educación y a la autonomía universitaria.",
  [R("pe:const:1993", article="13-18")], ["genre:thesis", "article", "author-year"])
S("Asimismo, se consideró la ⟦Ley N° 28740, Ley del Sistema Nacional de Evaluación, Acreditación y Certificación de la Calidad Educativa⟧, y su ⟦Reglamento⟧, que se aprobó con ⟦Decreto Supremo Nº 018-2007-ED⟧.",
  [R("pe:ley:28740"), R("pe:reglamento:ds-018-2007-ed", alias=["pe:ds:018-2007-ed"]), R("pe:ds:018-2007-ed")],
  ["genre:thesis", "apposition:number-name", "possessive-reglamento", "approved-by"])
S("La variable violencia familiar se analiza a la luz de la ⟦Ley N° 30364⟧ y de su ⟦reglamento⟧, aprobado mediante ⟦Decreto Supremo N° 009-2016-MIMP⟧.",
  [R("pe:ley:30364"), R("pe:reglamento:ds-009-2016-mimp", alias=["pe:ds:009-2016-mimp"]), R("pe:ds:009-2016-mimp")],
  ["genre:thesis", "possessive-reglamento", "approved-by"])
S("En cuanto al acceso a la información, la tesis se apoya en el ⟦TUO de la ⟦Ley Nº 27806⟧⟧, aprobado por ⟦D.S. N° 021-2019-JUS⟧, y en la jurisprudencia constitucional reciente.",
  [R("pe:tuo:ds-021-2019-jus", alias=["pe:ds:021-2019-jus"]), R("pe:ley:27806", nested=True), R("pe:ds:021-2019-jus")],
  ["genre:thesis", "approved-by", "tuo", "nested", "abbrev:TUO", "abbrev:D.S."])
S("El dato personal es toda información sobre una persona natural que la identifica o la hace identificable (⟦Ley N° 29733, 2011, art. 2⟧).",
  [R("pe:ley:29733", year="2011", article="2")], ["genre:thesis", "author-year", "article"])
S("Para el análisis de la variable dependiente se toma en cuenta el ⟦inciso 4 del artículo 139 de la Carta Política⟧, que consagra la publicidad de los procesos judiciales.",
  [R("pe:const:1993", article="139", inciso="4")], ["genre:thesis", "subunit", "article"])
S("El segundo capítulo contrasta la derogada ⟦Ley N° 23733⟧ con la vigente ⟦ley universitaria⟧, que creó la superintendencia encargada del licenciamiento.",
  [R("pe:ley:23733"), R("pe:ley:@ley-universitaria", alias=["pe:ley:30220"])], ["genre:thesis", "named", "lowercase"])
S("El estudio adopta como referente normativo la ⟦Ley de Contrataciones del Estado⟧ y el ⟦Decreto Legislativo Nº 1444⟧, norma que la modificó de manera sustancial en setiembre de 2018.",
  [R("pe:ley:@ley-de-contrataciones-del-estado", alias=["pe:ley:30225"]), R("pe:dleg:1444")], ["genre:thesis", "named"])
S("Tabla 2\nMarco legal del estudio\n⟦Ley Nº 29664 | Ley del SINAGERD⟧ | 2011\n⟦D.S. Nº 048-2011-PCM | Reglamento de la ⟦Ley Nº 29664⟧⟧ | 2011",
  [R("pe:ley:29664"), R("pe:ds:048-2011-pcm", note="table cell: the DS and the title it approves are one mention (shared decision 5); the law inside the title is nested"),
   R("pe:ley:29664", nested=True)], ["genre:thesis", "table-cell", "nested", "abbrev:D.S."])
S("Como antecedente normativo, la tesista revisa el ⟦Decreto Ley N° 25762, Ley Orgánica del Ministerio de Educación⟧, vigente hasta 2021.",
  [R("pe:dl:25762")], ["genre:thesis"])
S("El objeto de estudio son los gobiernos locales, regulados por las ⟦leyes orgánicas de Gobiernos Regionales⟧ y, en lo pertinente, de ⟦Municipalidades⟧, así como por el sistema nacional de control.",
  [R("pe:ley:@ley-organica-de-gobiernos-regionales", alias=["pe:ley:27867"]), R("pe:ley:@ley-organica-de-municipalidades", alias=["pe:ley:27972"])],
  ["genre:thesis", "ellipsis", "named", "lowercase", "plural-head"])

# ---- bibliographies (APA 7 references to norms) --------------------------------
S("Congreso de la República. (2014). ⟦Ley N.° 30220, Ley Universitaria⟧. Diario Oficial El Peruano.",
  [R("pe:ley:30220", year="2014", note="APA year in parentheses gives `year` (decision 2)")], ["genre:bibliography", "apa"])
S("Congreso de la República del Perú. (2013, 4 de julio). ⟦Ley N° 30057. Ley del Servicio Civil⟧. https://www.leyes.congreso.gob.pe",
  [R("pe:ley:30057", year="2013")], ["genre:bibliography", "apa", "apposition:number-name"])
S("Ministerio de Economía y Finanzas. (2013, 22 de junio). ⟦Decreto Supremo N.° 133-2013-EF⟧, que aprueba el ⟦Texto Único Ordenado del Código Tributario⟧. El Peruano, p. 497365.",
  [R("pe:ds:133-2013-ef"), R(CT, type="tuo", alias=CT_ALIAS)], ["genre:bibliography", "apa", "approved-by", "genre:tax", "pages"])
S("Ministerio de Justicia y Derechos Humanos. (2019). ⟦Decreto Supremo 004-2019-JUS. TUO de la ⟦Ley 27444, Ley del Procedimiento Administrativo General⟧⟧. El Peruano, edición extraordinaria.",
  [R("pe:ds:004-2019-jus", note="reference entry: DS followed by the title it approves is one mention (shared decision 5)"), R("pe:ley:27444", nested=True)],
  ["genre:bibliography", "apa", "nested"])
S("Organización de las Naciones Unidas. (1989). ⟦Convención sobre los Derechos del Niño⟧. Adoptada por la Asamblea General en su ⟦resolución 44/25⟧, de 20 de noviembre.",
  [R("int:convencion-derechos-nino-1989"), R("int:onu-ag-res-44-25", number="44/25")], ["genre:bibliography", "apa", "international", "treaty", "un-resolution"])
S("Congreso de la República. (1990). ⟦Resolución Legislativa N° 25278⟧, que aprueba la ⟦Convención sobre los Derechos del Niño⟧. El Peruano.",
  [R("pe:rleg:25278", year="1990"), R("int:convencion-derechos-nino-1989")], ["genre:bibliography", "apa", "genre:international", "mixed-scope"])
S("Poder Ejecutivo. (2008). ⟦Decreto Legislativo N.º 1053, Ley General de Aduanas⟧. Diario Oficial El Peruano, 27 de junio de 2008.",
  [R("pe:dleg:1053", year="2008")], ["genre:bibliography", "apa", "genre:customs", "apposition:number-name"])
S("Superintendencia Nacional de Aduanas y de Administración Tributaria. (2012). ⟦Resolución de Superintendencia N.° 097-2012/SUNAT⟧. Crean el Sistema de Emisión Electrónica desarrollado desde los sistemas del contribuyente.",
  [R("pe:res:097-2012-sunat")], ["genre:bibliography", "apa", "genre:tax", "issuer-slash"])
S("Ministerio de Educación. (2020). ⟦Resolución Viceministerial N° 094-2020-MINEDU⟧, que aprueba el documento normativo denominado «Lineamientos para la evaluación formativa de los aprendizajes en la Educación Básica».",
  [R("pe:rvm:094-2020-minedu", note="«documento normativo» is not a mention (fresh15 decision 8); the approving RVM is")], ["genre:bibliography", "apa", "management-doc-context"])
S("Presidencia de la República. (2016). ⟦Decreto Legislativo Núm. 1246⟧, que aprueba diversas medidas de simplificación administrativa. Recuperado de https://busquedas.elperuano.pe",
  [R("pe:dleg:1246", year="2016")], ["genre:bibliography", "apa"])

# ---- municipal ordinances and acuerdos de concejo ---------------------------------
S("Mediante ⟦Ordenanza N° 2200-MML⟧ la Municipalidad Metropolitana de Lima aprobó el cuadro único de infracciones y sanciones aplicable en el Cercado.",
  [R("pe:om:2200-mml")], ["genre:municipal", "ordinance-no-year"])
S("Que, con ⟦Acuerdo de Concejo N° 087-2022-MDL⟧ se aprobó la desafectación del parque zonal para destinarlo a un centro de salud;",
  [R("pe:acm:087-2022-mdl")], ["genre:municipal", "acuerdo-concejo", "considerando"])
S("El ⟦Acuerdo de Concejo N.º 112-2021-CM-MPH⟧ ratificó el convenio de cooperación suscrito con la universidad nacional de la provincia.",
  [R("pe:acm:112-2021-cm-mph")], ["genre:municipal", "acuerdo-concejo"])
S("La ⟦Ordenanza Municipal N° 015-2020-MPA⟧ facultó al alcalde para dictar disposiciones complementarias, lo que se hizo mediante el ⟦Decreto de Alcaldía N° 003-2020-MPA⟧.",
  [R("pe:om:015-2020-mpa"), R("pe:da:003-2020-mpa")], ["genre:municipal"])
S("Que, el ⟦artículo 41 de la LOM, Ley Nº 27972⟧, señala que los acuerdos del concejo tratan asuntos puntuales de interés institucional;",
  [R("pe:ley:27972", article="41")], ["genre:municipal", "considerando", "article", "apposition:name-number"])
S("La ⟦Ordenanza N° 318-MDJM⟧ fue ratificada por la Municipalidad Metropolitana mediante ⟦Acuerdo de Concejo N° 205, de fecha 2 de julio de 2021⟧.",
  [R("pe:om:318-mdjm"), R("pe:acm:205-2021", note="no issuer in the number; year from the attached date (docs §10.4); a missing issuer stays missing")],
  ["genre:municipal", "acuerdo-concejo", "dated", "ordinance-no-year"])
S("⟦ORDENANZA N° 007-2023-MDCH⟧\nEL CONCEJO MUNICIPAL DEL DISTRITO DE CHILCA\nVISTO: el Informe Legal N° 045-2023-GAJ/MDCH; y, CONSIDERANDO: Que, la autonomía política, económica y administrativa de las municipalidades está reconocida en el ⟦artículo 194 de la Carta Política⟧;",
  [R("pe:om:007-2023-mdch"), R("pe:const:1993", article="194")], ["genre:municipal", "heading", "uppercase", "article"])
S("Que, mediante ⟦Decreto de Alcaldía N.° 05-2022-MDSMP⟧ se prorrogó el plazo de la campaña de regularización de licencias de funcionamiento;",
  [R("pe:da:005-2022-mdsmp")], ["genre:municipal", "zero-padding", "considerando"])
S("Por ⟦Acuerdo de Concejo Nº 027-2024/MDB⟧ se autorizó transferir fondos a la compañía de bomberos voluntarios del distrito.",
  [R("pe:acm:027-2024-mdb")], ["genre:municipal", "acuerdo-concejo", "issuer-slash"])
S("Con ⟦Resolución de Alcaldía N° 0321-2023-MDSMP/A⟧ se encargó la Gerencia de Rentas a un servidor del régimen del ⟦D. Leg. 276⟧.",
  [R("pe:res:321-2023-mdsmp-a"), R("pe:dleg:276")], ["genre:municipal", "municipal-resolution", "zero-padding", "abbrev:D. Leg."])
S("Los arbitrios de limpieza pública del ejercicio 2024 se calcularon con la ⟦Ordenanza N° 2315-MML⟧ y su informe técnico, ratificados por ⟦Acuerdo de Concejo N° 398-MML⟧.",
  [R("pe:om:2315-mml"), R("pe:acm:398-mml")], ["genre:municipal", "ordinance-no-year", "acuerdo-concejo", "genre:tax"])
S("De acuerdo con las ⟦Ordenanzas N° 2236-MML⟧ y ⟦N° 2301-MML⟧, el comercio ambulatorio está prohibido en las vías del Centro Histórico.",
  [R("pe:om:2236-mml"), R("pe:om:2301-mml")], ["genre:municipal", "list", "plural-head", "ordinance-no-year"])

# ---- tax and customs -------------------------------------------------------------
S("De acuerdo con el ⟦artículo 62 del TUO del Código Tributario⟧, aprobado mediante ⟦D.S. N° 133-2013-EF⟧, la facultad de fiscalización se ejerce en forma discrecional.",
  [R(CT, type="tuo", article="62", alias=CT_ALIAS), R("pe:ds:133-2013-ef")], ["genre:tax", "approved-by", "article", "tuo"])
S("Las infracciones del ⟦numeral 1 del artículo 174 del TUO del Código Tributario (D.S. N° 133-2013-EF)⟧ se sancionan con multa o cierre temporal del establecimiento.",
  [R("pe:ds:133-2013-ef", type="decreto_supremo", article="174", inciso="1", alias=[CT],
     note="instrument with its approver in parentheses is one mention (shared decision 5)")], ["genre:tax", "apposition:parens", "subunit", "abbrev:TUO"])
S("La obligación de emitir comprobantes electrónicos se amplió con la ⟦Resolución de Superintendencia N° 279-2019/SUNAT⟧, que designó nuevos emisores desde el año 2020.",
  [R("pe:res:279-2019-sunat")], ["genre:tax", "issuer-slash"])
S("El ⟦Reglamento de Comprobantes de Pago⟧, aprobado por ⟦Resolución de Superintendencia N.º 007-99/SUNAT⟧, fija los requisitos mínimos de la factura y de la boleta de venta.",
  [R("pe:reglamento:res-007-1999-sunat", alias=["pe:res:007-1999-sunat"]), R("pe:res:007-1999-sunat")], ["genre:tax", "approved-by", "old-numbering"])
S("Conforme a la ⟦Ley General de Aduanas, Decreto Legislativo N° 1053⟧, y su ⟦Reglamento⟧ (aprobado por ⟦Decreto Supremo Nº 010-2009-EF⟧), la destinación aduanera se solicita mediante declaración.",
  [R("pe:dleg:1053"), R("pe:reglamento:ds-010-2009-ef", alias=["pe:ds:010-2009-ef"]), R("pe:ds:010-2009-ef")],
  ["genre:customs", "apposition:name-number", "possessive-reglamento", "approved-by"])
S("Las multas por infracciones aduaneras se gradúan según la Tabla de Sanciones aprobada por ⟦Decreto Supremo N° 418-2019-EF⟧, vigente desde enero de 2020.",
  [R("pe:ds:418-2019-ef", note="a Tabla de Sanciones is an annex, not a norm of its own (decision 5)")], ["genre:customs", "management-doc-context"])
S("El procedimiento general «Importación para el consumo» DESPA-PG.01 (versión 8) fue aprobado por ⟦Resolución de Superintendencia Nacional Adjunta de Aduanas N° 11-2014-SUNAT/5C0000⟧.",
  [R("pe:res:011-2014-sunat-5c0000", note="customs procedures (DESPA-PG.xx) are treated like guías: only the approving resolution is a mention (decision 5)")],
  ["genre:customs", "zero-padding", "management-doc-context"])
S("El ⟦Texto Único Ordenado de la Ley del Impuesto a la Renta⟧, aprobado por ⟦Decreto Supremo N° 179-2004-EF⟧, grava las rentas empresariales con la tasa del 29,5 %.",
  [R("pe:tuo:ds-179-2004-ef", alias=["pe:ds:179-2004-ef"]), R("pe:ds:179-2004-ef")], ["genre:tax", "approved-by", "tuo", "named"])
S("Que, el ⟦Decreto Legislativo N° 1311⟧ modificó el ⟦Código Tributario⟧ para uniformizar los plazos de prescripción de la acción de cobro;",
  [R("pe:dleg:1311"), R("pe:codigo:@codigo-tributario", alias=["pe:ds:133-2013-ef"])], ["genre:tax", "amendment", "named", "codigo"])
S("La tasa del impuesto a las ventas es de 16 % según el ⟦artículo 17 del Texto Único Ordenado de la Ley del IGV e ISC⟧, aprobado por ⟦D.S. N° 055-99-EF⟧, más 2 % de promoción municipal.",
  [R("pe:tuo:ds-055-1999-ef", article="17", alias=["pe:ds:055-1999-ef"]), R("pe:ds:055-1999-ef")], ["genre:tax", "approved-by", "old-numbering", "tuo", "abbrev:D.S."])
S("Los contribuyentes acogidos al régimen simplificado no pueden emitir facturas, de acuerdo con el ⟦Decreto Legislativo N° 937⟧ y sus normas modificatorias.",
  [R("pe:dleg:937")], ["genre:tax", "named", "modificatorias"])
S("El agente de retención aplica la tasa del 3 % conforme a la ⟦R. S. N° 037-2002/SUNAT⟧, que aprobó el régimen de retenciones del IGV.",
  [R("pe:res:037-2002-sunat", note="R. S. with a /SUNAT issuer is a Resolución de Superintendencia, not a Resolución Suprema (decision 4)")], ["genre:tax", "abbrev:R. S.", "issuer-slash"])
S("La importación de mercancías restringidas requiere la autorización prevista en el ⟦Decreto Supremo N° 051-2020-PCM⟧, además de la declaración aduanera.",
  [R("pe:ds:051-2020-pcm")], ["genre:customs"])

# ---- jurisprudence: decisions are not mentions, the norms they cite are ----------
S("En la STC recaída en el Exp. N.° 0008-2003-AI/TC, el Tribunal desarrolló la economía social de mercado que consagra el ⟦artículo 58 de la Constitución⟧.",
  [R("pe:const:1993", article="58")], ["genre:judicial", "jurisprudence:tc", "article"])
S("El Tribunal Constitucional, en la sentencia del Exp. 0020-2005-PI/TC, examinó la ⟦Ordenanza Regional N° 031-2005-GRC/CRC⟧ que declaró patrimonio regional a la hoja de coca.",
  [R("pe:or:031-2005-grc-crc")], ["genre:judicial", "jurisprudence:tc"])
S("La Casación N° 4664-2010-Puno, dictada en el Tercer Pleno Casatorio Civil, interpretó el ⟦artículo 345-A del Código Civil⟧ sobre la indemnización al cónyuge perjudicado.",
  [R("pe:codigo:@codigo-civil", article="345-A", alias=["pe:dleg:295"])], ["genre:judicial", "jurisprudence:casacion", "codigo", "article"])
S("El ⟦artículo 108-B del Código Penal⟧, incorporado por la ⟦Ley N° 30068⟧, tipifica el feminicidio; así lo recordó la Sala Penal en el Recurso de Nulidad N° 453-2019-Lima Norte.",
  [R("pe:codigo:@codigo-penal", article="108-B", alias=["pe:dleg:635"]), R("pe:ley:30068")], ["genre:judicial", "codigo", "amendment", "article"])
S("Según el ⟦artículo VI del Título Preliminar del Nuevo Código Procesal Constitucional (Ley Nº 31307)⟧, los jueces interpretan las leyes según los principios constitucionales.",
  [R("pe:ley:31307", article="VI del Título Preliminar")], ["genre:judicial", "codigo", "title-preliminar", "apposition:name-number"])
S("En el proceso de inconstitucionalidad tramitado como Expediente N° 00011-2022-PI/TC se cuestionó el ⟦Decreto de Urgencia N° 034-2021⟧ por vulnerar la reserva de ley.",
  [R("pe:du:034-2021")], ["genre:judicial", "jurisprudence:tc"])
S("Por ⟦Resolución Administrativa N° 000154-2022-CE-PJ⟧ el Consejo Ejecutivo aprobó el ⟦Reglamento del Expediente Judicial Electrónico⟧ para los órganos jurisdiccionales.",
  [R("pe:res:154-2022-ce-pj"), R("pe:reglamento:res-154-2022-ce-pj", alias=["pe:res:154-2022-ce-pj"])],
  ["genre:judicial", "judiciary-admin", "approved-by", "zero-padding"])
S("La Sala aplicó el ⟦artículo 1 del D.S. Nº 003-97-TR, TUO del ⟦Decreto Legislativo N° 728⟧⟧, y ordenó la reposición del trabajador.",
  [R("pe:ds:003-1997-tr", article="1", note="the TUO title after the DS is an apposition: one mention (shared decision 5); the D.Leg. inside the title is nested"), R("pe:dleg:728", nested=True)],
  ["genre:judicial", "old-numbering", "article"])
S("La Corte Superior, al resolver la apelación, invocó la ⟦Ley N.º 29497, Nueva Ley Procesal del Trabajo⟧, y el ⟦artículo 23 de la Ley N° 26636⟧, ya derogada.",
  [R("pe:ley:29497"), R("pe:ley:26636", article="23")], ["genre:judicial", "apposition:number-name", "article"])
S("El Acuerdo Plenario N° 05-2008/CJ-116 interpretó la conclusión anticipada prevista en el ⟦Decreto Legislativo N° 957, Código Procesal Penal⟧.",
  [R("pe:dleg:957", note="the Código named after the number is an apposition of the same norm: one mention")], ["genre:judicial", "jurisprudence:plenary", "codigo"])

# ---- international instruments as ratified --------------------------------------
S("El Perú aprobó la ⟦Convención Americana sobre Derechos Humanos⟧ mediante ⟦Decreto Ley N° 22231, de 11 de julio de 1978⟧.",
  [R("int:convencion-americana-derechos-humanos-1969"), R("pe:dl:22231", year="1978")], ["genre:international", "treaty", "mixed-scope", "dated"])
S("La ⟦Convención de Naciones Unidas contra la Corrupción⟧ recibió la aprobación del Congreso con la ⟦Resolución Legislativa Nº 28357⟧ y luego ratificada mediante el ⟦Decreto Supremo Nº 075-2004-RE⟧.",
  [R("int:convencion-onu-contra-corrupcion-2003"), R("pe:rleg:28357"), R("pe:ds:075-2004-re")], ["genre:international", "treaty", "mixed-scope", "ratification"])
S("Mediante ⟦R. Leg. N° 30352⟧ el Congreso aprobó el ⟦Convenio de Minamata sobre el Mercurio⟧, cuyo texto se incorporó así al derecho nacional.",
  [R("pe:rleg:30352"), R("int:convenio-minamata-mercurio-2013")], ["genre:international", "abbrev:R. Leg.", "mixed-scope"])
S("El ⟦Decreto Supremo N° 058-2016-RE⟧ ratificó el ⟦Acuerdo de París⟧, suscrito en la COP21 de diciembre de 2015.",
  [R("pe:ds:058-2016-re"), R("int:acuerdo-paris-2015")], ["genre:international", "ratification", "mixed-scope"])
S("La ⟦Convención de Belém do Pará⟧, aprobada por ⟦Resolución Legislativa N.º 26583⟧, obliga al Estado a actuar con la debida diligencia.",
  [R("int:convencion-interamericana-prevenir-sancionar-erradicar-violencia-contra-mujer-1994", alias=["int:convencion-belem-do-para-1994"]), R("pe:rleg:26583")], ["genre:international", "treaty", "mixed-scope"])
S("El ⟦Acuerdo de Promoción Comercial con Estados Unidos⟧ se implementó, entre otras normas, mediante el ⟦Decreto Legislativo N° 1075⟧.",
  [R("int:tlc:peru-eeuu"), R("pe:dleg:1075")], ["genre:international", "treaty", "mixed-scope"])
S("La ⟦Decisión 584 de la Comunidad Andina⟧, que contiene el instrumento andino sobre seguridad laboral, vincula a los empleadores de los países miembros.",
  [R("int:can-decision-584")], ["genre:international", "can"])
S("El Perú se adhirió al ⟦Convenio de Budapest sobre la Ciberdelincuencia⟧ mediante la ⟦Resolución Legislativa N° 30913⟧ y el ⟦Decreto Supremo N° 010-2019-RE⟧.",
  [R("int:convenio-budapest-ciberdelincuencia-2001"), R("pe:rleg:30913"), R("pe:ds:010-2019-re")], ["genre:international", "treaty", "mixed-scope", "ratification"])

# ---- modification and derogation chains -----------------------------------------
S("El ⟦artículo IV, numeral 1.2, del Título Preliminar de la LeyNº 27444⟧ fue objeto de modificación mediante el ⟦artículo 2 del Decreto Legislativo Nº 1272⟧.",
  [R("pe:ley:27444", article="IV del Título Preliminar", inciso="1.2"), R("pe:dleg:1272", article="2")], ["genre:amendment", "glued", "title-preliminar", "subunit", "article"])
S("Párrafo modificado por el ⟦Artículo 1 de la Ley N° 31433⟧, publicada el 6 de marzo de 2022.",
  [R("pe:ley:31433", article="1")], ["genre:amendment", "article"])
S("La ⟦Ley N° 28411⟧ fue derogada casi por completo por la ⟦Única Disposición Complementaria Derogatoria del Decreto Legislativo N° 1440⟧, con excepción de algunos artículos.",
  [R("pe:ley:28411"), R("pe:dleg:1440", article="Única Disposición Complementaria Derogatoria")], ["genre:amendment", "disposition"])
S("(*) Artículo incorporado por la ⟦Segunda Disposición Complementaria Modificatoria del D. Leg. N° 1452⟧, cuyo texto rige desde el 17 de septiembre de 2018.",
  [R("pe:dleg:1452", article="Segunda Disposición Complementaria Modificatoria")], ["genre:amendment", "disposition", "abbrev:D. Leg."])
S("Que, la ⟦Ley N° 30424⟧, modificada por el ⟦Decreto Legislativo N° 1352⟧ y por la ⟦Ley N° 31740⟧, regula la responsabilidad administrativa de las personas jurídicas;",
  [R("pe:ley:30424"), R("pe:dleg:1352"), R("pe:ley:31740")], ["genre:amendment", "considerando"])
S("El ⟦Decreto Supremo N° 016-2024-JUS⟧ aprobó el nuevo ⟦reglamento de la ⟦Ley Nº 29733⟧⟧ y derogó el ⟦Decreto Supremo N° 003-2013-JUS⟧.",
  [R("pe:ds:016-2024-jus"), R("pe:reglamento:ds-016-2024-jus", alias=["pe:ds:016-2024-jus"]), R("pe:ley:29733", nested=True), R("pe:ds:003-2013-jus")],
  ["genre:amendment", "approved-by", "nested", "derogation"])
S("La vigencia del trabajo remoto regulado por el ⟦Decreto de Urgencia N° 026-2020⟧ fue ampliada por el ⟦Decreto de Urgencia N.º 115-2021⟧ hasta el 31 de diciembre de 2022.",
  [R("pe:du:026-2020"), R("pe:du:115-2021")], ["genre:amendment"])
S("Texto vigente según la modificación efectuada por el ⟦artículo 3 de la Ley Nº 31188⟧ (publicada el 2 de mayo de 2021).",
  [R("pe:ley:31188", article="3")], ["genre:amendment", "article"])
S("(*) Artículo sustituido por el ⟦Artículo Único del Decreto Legislativo N° 1620⟧, publicado el 12 de diciembre de 2023.",
  [R("pe:dleg:1620", article="Único")], ["genre:amendment", "article"])
S("El régimen del ⟦D. Leg. 1057⟧ fue modificado por la ⟦Ley N° 29849⟧, que dispuso su eliminación progresiva, y después por la ⟦Ley N° 31131⟧.",
  [R("pe:dleg:1057"), R("pe:ley:29849"), R("pe:ley:31131")], ["genre:amendment", "abbrev:D. Leg."])
S("Que, el ⟦artículo 11 del Decreto Legislativo N° 1068⟧, derogado por el ⟦Decreto Legislativo N° 1326⟧, regulaba a los procuradores públicos regionales;",
  [R("pe:dleg:1068", article="11"), R("pe:dleg:1326")], ["genre:amendment", "derogation", "article"])

# ---- lists and ranges ---------------------------------------------------------------
S("Son de aplicación las ⟦Leyes N° 27444⟧, ⟦27785⟧ y ⟦28411⟧, así como sus normas reglamentarias y complementarias.",
  [R("pe:ley:27444"), R("pe:ley:27785"), R("pe:ley:28411")], ["genre:list", "list", "plural-head"])
S("Los ⟦Decretos Supremos N.os 004-2019-JUS⟧ y ⟦011-2020-JUS⟧ se invocan en la resolución como sustento del procedimiento sancionador.",
  [R("pe:ds:004-2019-jus"), R("pe:ds:011-2020-jus")], ["genre:list", "list", "plural-head"])
S("Los ⟦⟦Decretos Legislativos N° 1271⟧ al ⟦1273⟧⟧ se publicaron el 20 de diciembre de 2016 dentro de las facultades delegadas por el Congreso.",
  [[R("pe:dleg:1272", number="1272", implicit=True)], R("pe:dleg:1271"), R("pe:dleg:1273")], ["genre:list", "range", "plural-head"])
S("Las ⟦⟦Resoluciones de Superintendencia N.os 043-2022/SUNAT⟧ al ⟦046-2022/SUNAT⟧⟧ modificaron los cronogramas de vencimiento de las obligaciones mensuales.",
  [[R("pe:res:%03d-2022-sunat" % n, number="%03d" % n, issuer="SUNAT", implicit=True) for n in (44, 45)],
   R("pe:res:043-2022-sunat"), R("pe:res:046-2022-sunat")], ["genre:list", "range", "yeared-range", "plural-head", "genre:tax"])
S("El Congreso aprobó las ⟦Leyes Nros. 31365⟧, ⟦31366⟧ y ⟦31367⟧, de presupuesto, endeudamiento y equilibrio financiero para el año fiscal 2022.",
  [R("pe:ley:31365"), R("pe:ley:31366"), R("pe:ley:31367")], ["genre:list", "list", "plural-head"])
S("Los ⟦Decretos de Urgencia N° 025-2020⟧, ⟦026-2020⟧ y ⟦029-2020⟧ dictaron medidas urgentes y excepcionales frente a la emergencia sanitaria.",
  [R("pe:du:025-2020"), R("pe:du:026-2020"), R("pe:du:029-2020")], ["genre:list", "list", "plural-head"])
S("El informe cita las ⟦Resoluciones Ministeriales N° 0231-2018-RE⟧ y ⟦N° 0612/RE-2017⟧ como antecedentes de la delegación de firma.",
  [R("pe:rm:231-2018-re"), R("pe:rm:612-2017-re", issuer="RE", year="2017")], ["genre:list", "list", "plural-head", "sector-first", "zero-padding"])
S("Los ⟦Decretos Legislativos N° 1436⟧, ⟦1438⟧ y ⟦1440⟧ integran el sistema de administración financiera del Estado.",
  [R("pe:dleg:1436"), R("pe:dleg:1438"), R("pe:dleg:1440")], ["genre:list", "list", "plural-head"])

# ---- OCR and PDF damage --------------------------------------------------------------
S("La entidad resolvió el pedido conforme a la ⟦LeyN°27444⟧ sin motivar la denegatoria de la prórroga solicitada.",
  [R("pe:ley:27444")], ["genre:pdf", "glued"])
S("El saneamiento de los predios estatales se rige por lo establecido en la ⟦Ley N 0 29151, Ley General del Sistema Nacional de Bienes Estatales⟧.",
  [R("pe:ley:29151", note="`N 0` is an OCR reading of `N°` (decision 3)")], ["genre:pdf", "ocr-sign", "apposition:number-name"])
S("El ⟦Decre-\nto Legislativo Nº 1068⟧ creó el Sistema de Defensa Jurídica del Estado y reguló la actuación de los procuradores.",
  [R("pe:dleg:1068")], ["genre:pdf", "hyphenation"])
S("Según la ⟦Resoluci\ufffdn de Superintendencia N\ufffd 183-2019/SUNAT⟧, los libros electr\ufffdnicos se llevan en el sistema de la Administraci\ufffdn.",
  [R("pe:res:183-2019-sunat")], ["genre:pdf", "fffd", "genre:tax"])
S("El ⟦Código Tri\u00adbutario⟧ establece que la deuda tributaria está constituida por el tributo, las multas y los intereses.",
  [R("pe:codigo:@codigo-tributario", alias=["pe:ds:133-2013-ef"])], ["genre:pdf", "soft-hyphen", "named", "codigo", "genre:tax"])
S("La notificación por publicación se efectuó conforme al ⟦Decreto Supremo N°\n004-2019-JUS⟧ y a las reglas del domicilio procesal.",
  [R("pe:ds:004-2019-jus")], ["genre:pdf", "linebreak"])
S("El reclamo del consumidor fue evaluado bajo la ⟦Ley No. 29571, Código de Protección y Defensa del Consumidor⟧, en su versión vigente al momento de los hechos.",
  [R("pe:ley:29571")], ["genre:pdf", "codigo", "apposition:number-name"])
S("Que, la ⟦Ley N.º 27972⟧ otorga a las municipalidades provinciales competencia exclusiva en materia de transporte urbano;",
  [R("pe:ley:27972")], ["genre:pdf", "considerando"])
S("El cálculo del valor referencial se hizo según el ⟦Decreto Supremo N° 344–2018–EF⟧, con los índices vigentes a la fecha de la convocatoria.",
  [R("pe:ds:344-2018-ef")], ["genre:pdf", "en-dash"])
S("Las reglas del libro de reclamaciones se encuentran en la ⟦Resolución de\nSuperintendencia N° 226-2019/SUNAT⟧, publicada en el diario oficial.",
  [R("pe:res:226-2019-sunat")], ["genre:pdf", "linebreak", "genre:tax"])
S("La valoración aduanera se rige por el ⟦Decreto Supremo N° 186‐99‐EF⟧, que reglamenta las normas de valor del GATT de 1994.",
  [R("pe:ds:186-1999-ef")], ["genre:pdf", "u2010", "old-numbering", "genre:customs"])
S("La ⟦D.Leg.N°1053⟧ —según la redacción del informe— no prevé plazos especiales para la regularización del despacho anticipado.",
  [R("pe:dleg:1053")], ["genre:pdf", "glued", "abbrev:D.Leg.", "genre:customs"])
S("El formato se actualizó con la ⟦Resolución Jefatural Nº112-2022-INEI⟧ y se remitió a los gobiernos locales para su llenado.",
  [R("pe:rj:112-2022-inei")], ["genre:pdf", "glued"])
S("Que, el ⟦Decreto Supremo número 082-2019-EF⟧ aprobó el ⟦TUO de la ⟦Ley Nº 30225⟧⟧ y dispuso su difusión en el portal institucional;",
  [R("pe:ds:082-2019-ef"), R("pe:tuo:ds-082-2019-ef", alias=["pe:ds:082-2019-ef"]), R("pe:ley:30225", nested=True)],
  ["genre:pdf", "approved-by", "tuo", "nested", "considerando"])
S("Las facultades sancionadoras derivan de la ⟦Ley Org\u00e1nica de Muni-\ncipalidades⟧ y de la ordenanza que aprueba el régimen de sanciones.",
  [R("pe:ley:@ley-organica-de-municipalidades", alias=["pe:ley:27972"])], ["genre:pdf", "hyphenation", "named", "genre:municipal"])
S("El gobierno regional aprobó su presupuesto según el ⟦Decreto Legislativo N°\u00a01440⟧ y la directiva de programación multianual.",
  [R("pe:dleg:1440")], ["genre:pdf", "nbsp"])
# ---- NEGATIVES: numbers and phrases that look like norms but are not ------------------
NEG = [
    # jurisprudence and tribunal decisions
    ("Tribunal Constitucional. (2003). Sentencia recaída en el Expediente N.° 0008-2003-AI/TC. https://www.tc.gob.pe/jurisprudencia/2003/00008-2003-AI.html", ["neg:jurisprudence:tc", "genre:bibliography"]),
    ("Corte Suprema de Justicia de la República. (2021). Casación N.° 1234-2019-Lima. Sala de Derecho Constitucional y Social Permanente.", ["neg:jurisprudence:casacion", "genre:bibliography"]),
    ("En el Acuerdo Plenario N° 4-2015/CIJ-116 se fijaron pautas sobre la credibilidad del testimonio de la agraviada.", ["neg:jurisprudence:plenary", "genre:judicial"]),
    ("El Pleno Jurisdiccional Nacional Laboral y Procesal Laboral de 2019 acordó por mayoría que el plazo de caducidad se computa en días hábiles.", ["neg:jurisprudence:plenary", "genre:judicial"]),
    ("La Sentencia Plenaria Casatoria N° 1-2018/CIJ-433 precisó los alcances de la agravante por la edad de la víctima.", ["neg:jurisprudence:plenary", "genre:judicial"]),
    ("El Expediente N.° 00206-2005-PA/TC (caso Baylón Flores) fijó las reglas de procedencia del amparo en materia laboral.", ["neg:jurisprudence:tc", "genre:judicial"]),
    ("El juzgado dispuso acumular el Expediente N° 01234-2021-0-1801-JR-CI-05 al proceso principal seguido contra la municipalidad.", ["neg:jurisprudence:case-file", "genre:judicial"]),
    ("Mediante RTF N° 05421-8-2019, el Tribunal Fiscal revocó la apelada y dejó sin efecto la orden de pago impugnada.", ["neg:jurisprudence:tf", "genre:tax"]),
    ("El precedente de observancia obligatoria contenido en la RTF N° 02345-Q-2021 se refiere a la queja contra actos de ejecución coactiva.", ["neg:jurisprudence:tf", "genre:tax"]),
    ("Resolución N° 01234-2020-TCE-S2: el Tribunal de Contrataciones sancionó al proveedor con inhabilitación temporal por once meses.", ["neg:jurisprudence:tce"]),
    # tax and customs acts, declarations and codes
    ("La Resolución de Determinación N° 012-003-0098765 y la Resolución de Multa N° 012-002-0045678 fueron reclamadas dentro del plazo.", ["neg:tax-act", "genre:tax"]),
    ("La Resolución de Intendencia N° 0250150045612/SUNAT declaró infundado el recurso de reclamación interpuesto por la empresa minera.", ["neg:tax-act", "genre:tax"]),
    ("La Orden de Pago N° 023-001-0456789 fue notificada en el domicilio fiscal declarado por el contribuyente con RUC 20512345678.", ["neg:tax-act", "neg:code", "genre:tax"]),
    ("La Declaración Aduanera de Mercancías N° 118-2021-10-087654 fue seleccionada a canal rojo para el reconocimiento físico.", ["neg:code", "genre:customs"]),
    ("El manifiesto de carga N° 2022-01234 registró cuarenta y cinco contenedores descargados en el terminal norte del Callao.", ["neg:code", "genre:customs"]),
    ("La subpartida nacional 8703.23.10.90 corresponde a vehículos con motor de cilindrada superior a 1 500 cm³.", ["neg:code", "genre:customs"]),
    ("El Informe N° 0087-2021-SUNAT/7T0000 concluye que los intereses moratorios no se capitalizan en ningún caso.", ["neg:admin-doc", "genre:tax"]),
    ("Mediante Carta N° 045-2022-MDL/GAT se comunicó al contribuyente el saldo deudor por arbitrios de los años 2019 a 2021.", ["neg:admin-doc", "neg:years", "genre:municipal"]),
    # identifiers, addresses, phones
    ("El proyecto con código SNIP N° 215487 y CUI N° 2234567 contempla la construcción de un puesto de salud en el anexo.", ["neg:code"]),
    ("La municipalidad tiene su sede en Av. Constitución N° 540, Callao, y su central telefónica es el (01) 429-1234.", ["neg:address", "neg:code", "phone"]),
    ("Sala N° 2 del Tribunal Fiscal, oficina 301, Jr. Diez Canseco N° 258, Cercado de Lima.", ["neg:address", "neg:numbered-item"]),
    ("El inmueble corre inscrito en la Partida Electrónica N° 11045678 del Registro de Predios de la Zona Registral N° IX – Sede Lima.", ["neg:code"]),
    ("La constitución de la empresa se inscribió en la Partida N° 13456789 del Registro de Personas Jurídicas de Arequipa.", ["neg:code", "neg:word-sense"]),
    ("Para informes llame al 0800-27444 o escriba a la mesa de partes virtual de la entidad.", ["neg:code", "phone"]),
    # bibliography entries that name a norm only inside a book title, and plain works
    ("Bernales Ballesteros, E. (1999). La Constitución de 1993: análisis comparado (5.ª ed.). Editora RAO.", ["neg:book-title", "genre:bibliography"]),
    ("Morón Urbina, J. C. (2019). Comentarios a la Ley del Procedimiento Administrativo General (14.ª ed., Vol. 1). Gaceta Jurídica.", ["neg:book-title", "genre:bibliography"]),
    ("Rubio Correa, M. (2009). El sistema jurídico: introducción al derecho (10.ª ed.). Fondo Editorial PUCP. ISBN 978-9972-42-895-1", ["neg:code", "genre:bibliography"]),
    ("Landa Arroyo, C. (2016). La constitucionalización del derecho administrativo. Themis, (69), 199-217.", ["neg:pages", "neg:word-sense", "genre:bibliography"]),
    # common nouns and word senses
    ("Por efecto de la ley de la oferta y demanda, el precio del cemento subió en la región durante el segundo semestre.", ["neg:common-noun-ley"]),
    ("Conforme a la ley de Pareto, el veinte por ciento de los contribuyentes genera la mayor parte de la recaudación.", ["neg:common-noun-ley", "genre:tax"]),
    ("Como por decreto, cada diciembre se repite en el concejo la misma discusión sobre el presupuesto participativo.", ["neg:word-sense", "genre:municipal"]),
    ("La resolución de conflictos socioambientales exige mesas de diálogo con participación de las comunidades.", ["neg:word-sense"]),
    ("Los decretos supremos que se emitan al amparo de la delegación serán refrendados por el ministro del sector.", ["neg:hypothetical"]),
    # unnamed texts, items, years, bills
    ("El artículo 12 del estatuto de la asociación de comerciantes exige quórum calificado para la reelección de la junta directiva.", ["neg:unnamed-text"]),
    ("Artículo 5.- La asistencia a las prácticas es obligatoria; quien acumule el 30 % de inasistencias queda inhabilitado.", ["neg:unnamed-text"]),
    ("Entre 2015 y 2019 la recaudación del impuesto predial creció 27,4 %, como muestra el Cuadro N° 12.", ["neg:years", "neg:table-figure", "genre:tax"]),
    ("El tesista revisó 28 411 expedientes administrativos archivados entre 2010 y 2018 en la municipalidad provincial.", ["neg:amount", "neg:years", "genre:thesis"]),
    ("La comisión aprobó por mayoría el dictamen de los Proyectos de Ley 3101/2022-CR y 3355/2022-CR.", ["neg:bill"]),
    ("El Acta de Sesión Ordinaria de Concejo N° 015-2023 registra la votación unánime de los regidores presentes.", ["neg:admin-doc", "genre:municipal"]),
    ("La Declaración Universal de Derechos Humanos y la Agenda 2030 orientan los objetivos de la política exterior peruana.", ["neg:political-declaration", "genre:international"]),
    ("El Comité de los Derechos del Niño emitió sus observaciones finales sobre los informes periódicos del Perú en 2016.", ["neg:org-name", "genre:international"]),
    ("La municipalidad obtuvo la certificación ISO 37001:2016 de su sistema de gestión antisoborno en el año 2022.", ["neg:standard", "genre:municipal"]),
]


# ---------------------------------------------------------------------------
# short-form passages: PS(marked, [full canonicals in opening order],
#                         [(antecedent, article, kind[, inciso]) per ⟪ in order], tags)
# ---------------------------------------------------------------------------
P = []


def PS(marked, fulls, shorts, tags):
    P.append((marked, fulls, shorts, tags))


# ---- theses ---------------------------------------------------------------------------
PS("La investigación se enmarca en la ⟦Ley N.° 30220, Ley Universitaria⟧ (en adelante, ⟪la Ley⟫). El ⟪artículo 45 de la Ley⟫ fija los requisitos del grado de bachiller, y la tesis examina si las universidades de la muestra los cumplen.",
   ["pe:ley:30220"], [("pe:ley:30220", None, "alias"), ("pe:ley:30220", "45", "alias")], ["genre:thesis", "alias", "article"])
PS("El marco legal comprende la ⟦Ley N° 30364⟧. ⟪Dicha norma⟫ amplía el concepto de violencia económica; sin embargo, ⟪el mencionado reglamento⟫ no precisa cómo se acredita el daño patrimonial.",
   ["pe:ley:30364"], [("pe:ley:30364", None, "anaphoric"), (None, None, "anaphoric")], ["genre:thesis", "null-antecedent", "implied-reglamento"])
PS("El ⟦artículo 1 de la Ley N° 29733⟧ dispone que «⟪la presente Ley⟫ tiene el objeto de garantizar el derecho fundamental […] de los datos personales». La tesis contrasta ese objeto con la práctica de las municipalidades.",
   ["pe:ley:29733"], [("pe:ley:29733", None, "self")], ["genre:thesis", "self", "quoted-article"])
PS("La ⟦Ley Nº 28044, Ley General de Educación⟧, junto con la ⟦Ley Nº 30220⟧, son el marco del capítulo. ⟪Esta última⟫ regula la investigación como función esencial de la universidad, mientras que ⟪la primera⟫ ordena el sistema educativo en su conjunto.",
   ["pe:ley:28044", "pe:ley:30220"], [("pe:ley:30220", None, "pronoun"), ("pe:ley:28044", None, "pronoun")], ["genre:thesis", "ordinal", "two-antecedents"])
PS("En el marco teórico se analiza el ⟦Decreto Legislativo N° 1057⟧, que creó el régimen CAS. Una ley posterior podría unificar los regímenes, pero ⟪el citado Decreto Legislativo⟫ sigue vigente con las modificaciones introducidas por la ⟦Ley N° 31131⟧.",
   ["pe:dleg:1057", "pe:ley:31131"], [("pe:dleg:1057", None, "anaphoric")], ["genre:thesis", "trap:indefinite-law"])

# ---- municipal -------------------------------------------------------------------------
PS("⟦ORDENANZA N° 574-MDJM⟧\nEL CONCEJO DISTRITAL DE JESÚS MARÍA\nArtículo Primero.- APROBAR el régimen de beneficios para el pago de multas administrativas. Artículo Tercero.- ⟪La presente Ordenanza⟫ surtirá efectos a partir de su difusión en el diario oficial.",
   ["pe:om:574-mdjm"], [("pe:om:574-mdjm", None, "self")], ["genre:municipal", "self", "uppercase-heading"])
PS("Que, mediante ⟦Acuerdo de Concejo N° 064-2023-MPH⟧ se autorizó al alcalde a suscribir un convenio con el gobierno regional; Que, ⟪el citado Acuerdo⟫ encarga a la Gerencia Municipal la ejecución de los compromisos asumidos;",
   ["pe:acm:064-2023-mph"], [("pe:acm:064-2023-mph", None, "anaphoric")], ["genre:municipal", "acuerdo", "considerando"])
PS("⟦DECRETO DE ALCALDÍA N° 008-2023-MDL⟧\nArtículo 1.- PRORROGAR hasta el 30 de junio la vigencia de los beneficios tributarios. Artículo 2.- ⟪El presente Decreto⟫ se publica en el diario encargado de los avisos judiciales de la provincia.",
   ["pe:da:008-2023-mdl"], [("pe:da:008-2023-mdl", None, "self")], ["genre:municipal", "self", "uppercase-heading"])
PS("Que, la ⟦Ordenanza Nº 2236-MML⟧ norma el comercio en la vía pública del Cercado; Que, el ⟪artículo 9 de la referida Ordenanza⟫ prohíbe la venta ambulatoria en un radio de cien metros de los colegios; Que, ninguna ordenanza distrital puede contradecirla;",
   ["pe:om:2236-mml"], [("pe:om:2236-mml", "9", "anaphoric")], ["genre:municipal", "article", "trap:generic-ordinance"])
PS("Por ⟦Resolución de Alcaldía N° 0145-2024-MPT⟧ se reconoció a los integrantes del comité del programa de vaso de leche. ⟪La mencionada Resolución⟫ fue notificada a las organizaciones sociales de base el mismo día.",
   ["pe:res:145-2024-mpt"], [("pe:res:145-2024-mpt", None, "anaphoric")], ["genre:municipal", "municipal-resolution"])
PS("Que, la ⟦Ordenanza Regional N° 004-2022-GRP/CR⟧ declaró prioritaria la conservación de los bosques secos; Que, ⟪la acotada Ordenanza Regional⟫ dispone que los gobiernos locales adecuen sus planes;",
   ["pe:or:004-2022-grp-cr"], [("pe:or:004-2022-grp-cr", None, "anaphoric")], ["genre:municipal", "regional"])

# ---- tax and customs --------------------------------------------------------------------
PS("El ⟦TUO del Código Tributario⟧, cuyo texto aprobó el ⟦Decreto Supremo N° 133-2013-EF⟧, regula la prescripción. Según el ⟪artículo 43 del TUO⟫, la acción para determinar la obligación prescribe a los cuatro años, y a los seis para quienes no presentaron la declaración.",
   ["pe:tuo:ds-133-2013-ef", "pe:ds:133-2013-ef"], [("pe:tuo:ds-133-2013-ef", "43", "bare")], ["genre:tax", "tuo", "article"])
PS("La ⟦Resolución de Superintendencia N° 340-2017/SUNAT⟧ aprobó nuevas versiones de los formularios virtuales. ⟪Dicha resolución⟫ entró en vigencia el primer día hábil del mes siguiente, y el ⟪artículo 3 de la referida norma⟫ derogó los formularios anteriores.",
   ["pe:res:340-2017-sunat"], [("pe:res:340-2017-sunat", None, "anaphoric"), ("pe:res:340-2017-sunat", "3", "anaphoric")], ["genre:tax", "article"])
PS("El ⟦Decreto Legislativo N° 1053, Ley General de Aduanas⟧, regula el ingreso y la salida de mercancías. ⟪El referido Decreto Legislativo⟫ fue desarrollado por su ⟦Reglamento⟧, aprobado por ⟦Decreto Supremo N° 010-2009-EF⟧. Conforme al ⟪artículo 60 del mencionado Reglamento⟫, la declaración se numera electrónicamente.",
   ["pe:dleg:1053", "pe:reglamento:ds-010-2009-ef", "pe:ds:010-2009-ef"], [("pe:dleg:1053", None, "anaphoric"), ("pe:reglamento:ds-010-2009-ef", "60", "anaphoric")],
   ["genre:customs", "possessive-reglamento", "article"])
PS("La Administración aplicó la ⟦Ley N° 27444⟧ de manera supletoria. En la RTF N° 04567-3-2020 el Tribunal Fiscal confirmó la multa; la citada resolución, sin embargo, no analizó si ⟪la citada Ley⟫ permitía la notificación por correo electrónico.",
   ["pe:ley:27444"], [("pe:ley:27444", None, "anaphoric")], ["genre:tax", "trap:decision-anaphor"])
PS("El ⟦Reglamento de Comprobantes de Pago⟧, aprobado por ⟦Resolución de Superintendencia N° 007-99/SUNAT⟧, enumera los documentos autorizados. ⟪El citado Reglamento⟫ exige que la factura consigne el RUC del adquirente; ⟪dicha resolución de superintendencia⟫ ha sido modificada en numerosas ocasiones.",
   ["pe:reglamento:res-007-1999-sunat", "pe:res:007-1999-sunat"], [("pe:reglamento:res-007-1999-sunat", None, "anaphoric"), ("pe:res:007-1999-sunat", None, "anaphoric")],
   ["genre:tax", "instrument-vs-approver"])
PS("Mediante ⟦Decreto Supremo N° 418-2019-EF⟧ se aprobó la Tabla de Sanciones aplicables a las infracciones aduaneras. ⟪El precitado Decreto Supremo⟫ derogó la tabla anterior, la misma que se aplicaba desde 2009.",
   ["pe:ds:418-2019-ef"], [("pe:ds:418-2019-ef", None, "anaphoric")], ["genre:customs", "trap:misma-non-norm"])

# ---- jurisprudence -------------------------------------------------------------------------
PS("El ⟦numeral 4 del artículo 2 de la Constitución⟧ protege la libertad de información. En la STC Exp. N° 1797-2002-HD/TC, el Tribunal precisó su contenido; ⟪la mencionada Carta Magna⟫ no admite más límites que los previstos por ley, agregó la citada sentencia.",
   ["pe:const:1993"], [("pe:const:1993", None, "anaphoric")], ["genre:judicial", "trap:decision-anaphor", "subunit"])
PS("La Casación N° 2456-2018-Cusco aplicó el ⟦Código Civil⟧ a un contrato de arrendamiento. Para la Sala, el ⟪artículo 1699 del acotado Código⟫ impide la renovación tácita cuando el plazo es determinado.",
   ["pe:codigo:@codigo-civil"], [("pe:codigo:@codigo-civil", "1699", "anaphoric")], ["genre:judicial", "codigo", "article"])
PS("El recurrente cuestionó el ⟦Decreto de Urgencia N° 044-2019⟧. El Tribunal Constitucional consideró que ⟪el mencionado Decreto de Urgencia⟫ no cumplía el requisito de excepcionalidad, y que ⟪el mismo⟫ debió tramitarse como proyecto ante el Congreso.",
   ["pe:du:044-2019"], [("pe:du:044-2019", None, "anaphoric"), ("pe:du:044-2019", None, "pronoun")], ["genre:judicial", "mismo"])
PS("El Proyecto de Ley N° 4120/2022-CR propone: «Artículo 1.- Objeto. ⟪La presente Ley⟫ busca fortalecer la ejecución de las sentencias del Tribunal Constitucional». El dictamen no ha sido debatido.",
   [], [(None, None, "self")], ["genre:judicial", "self", "bill", "null-antecedent"])

# ---- international -----------------------------------------------------------------------
PS("La ⟦Convención Americana sobre Derechos Humanos⟧ fue aprobada por el ⟦Decreto Ley N° 22231⟧. ⟪Dicho tratado⟫ reconoce el derecho a la protección judicial, y ⟪el citado Decreto Ley⟫ la incorporó al ordenamiento interno.",
   ["int:convencion-americana-derechos-humanos-1969", "pe:dl:22231"], [("int:convencion-americana-derechos-humanos-1969", None, "anaphoric"), ("pe:dl:22231", None, "anaphoric")],
   ["genre:international", "type-compatibility"])
PS("Por ⟦Resolución Legislativa N° 28357⟧ se aprobó la ⟦Convención de Naciones Unidas contra la Corrupción⟧. ⟪La citada Resolución Legislativa⟫ autorizó al Ejecutivo a ratificarla, y ⟪la Convención⟫ entró en vigor para el Perú ese mismo año.",
   ["pe:rleg:28357", "int:convencion-onu-contra-corrupcion-2003"], [("pe:rleg:28357", None, "anaphoric"), ("int:convencion-onu-contra-corrupcion-2003", None, "bare")],
   ["genre:international", "bare"])

# ---- amendment chains ------------------------------------------------------------------------
PS("La ⟦Ley N° 27444⟧ fue modificada por el ⟦Decreto Legislativo N° 1272⟧. ⟪Este último⟫ incorporó el silencio administrativo positivo como regla general, y el ⟪artículo 36 de la referida Ley⟫ recoge ahora esa regla.",
   ["pe:ley:27444", "pe:dleg:1272"], [("pe:dleg:1272", None, "pronoun"), ("pe:ley:27444", "36", "anaphoric")], ["genre:amendment", "type-compatibility", "article"])
PS("El ⟦Decreto Legislativo N° 1440⟧ derogó casi toda la ⟦Ley N° 28411⟧. Según ⟪dicho decreto legislativo⟫, la programación multianual cubre tres años, plazo que ⟪la norma derogada⟫ no contemplaba.",
   ["pe:dleg:1440", "pe:ley:28411"], [("pe:dleg:1440", None, "anaphoric"), ("pe:ley:28411", None, "anaphoric")], ["genre:amendment", "skip-intervening", "semantic"])
PS("El ⟦TUO de la ⟦Ley Nº 27806⟧⟧, aprobado con ⟦D.S. N° 021-2019-JUS⟧ (en adelante, ⟪el TUO⟫), recoge las modificaciones del ⟦Decreto Legislativo N° 1353⟧. El ⟪numeral 5 del artículo 17 del TUO⟫ protege la información vinculada a la intimidad personal.",
   ["pe:tuo:ds-021-2019-jus", "pe:ley:27806", "pe:ds:021-2019-jus", "pe:dleg:1353"], [("pe:tuo:ds-021-2019-jus", None, "alias"), ("pe:tuo:ds-021-2019-jus", "17", "alias", "5")],
   ["genre:amendment", "alias", "tuo", "subunit"])
PS("El ⟦Reglamento de la ⟦Ley Nº 30225⟧⟧, que se aprobó con el ⟦D.S. N° 344-2018-EF⟧, ha tenido varias modificaciones. ⟪El citado Reglamento⟫ exige garantía de fiel cumplimiento, y ⟪dicho decreto supremo⟫ fijó su entrada en vigencia el 30 de enero de 2019.",
   ["pe:reglamento:ds-344-2018-ef", "pe:ley:30225", "pe:ds:344-2018-ef"], [("pe:reglamento:ds-344-2018-ef", None, "anaphoric"), ("pe:ds:344-2018-ef", None, "anaphoric")],
   ["genre:amendment", "instrument-vs-approver"])

# ---- lists --------------------------------------------------------------------------------
PS("Las ⟦Leyes N° 31365⟧ y ⟦31367⟧ se aprobaron el mismo día. Ambas normas rigen solo para el año fiscal 2022, y dichas leyes no pueden contener disposiciones ajenas a la materia presupuestal.",
   ["pe:ley:31365", "pe:ley:31367"], [], ["genre:list", "trap:plural-anaphor", "no-short-form"])
PS("La entidad invocó los ⟦Decretos Supremos N.os 004-2019-JUS⟧ y ⟦011-2020-JUS⟧. ⟪El segundo⟫ aprobó reglas complementarias de notificación electrónica, mientras que el TUO vigente es el aprobado por ⟪el primero⟫.",
   ["pe:ds:004-2019-jus", "pe:ds:011-2020-jus"], [("pe:ds:011-2020-jus", None, "pronoun"), ("pe:ds:004-2019-jus", None, "pronoun")], ["genre:list", "ordinal"])

# ---- PDF damage inside passages --------------------------------------------------------------
PS("El saneamiento se rige por la ⟦Ley N\ufffd 29151⟧. La SBN aplicó ⟪la ci\u00adtada Ley⟫ al inmueble del antiguo mercado, pero ⟪el Reglamento⟫ aún no había sido publicado.",
   ["pe:ley:29151"], [("pe:ley:29151", None, "anaphoric"), (None, None, "bare")], ["genre:pdf", "fffd", "soft-hyphen", "null-antecedent"])
PS("Se aplicó el ⟦Decreto Supremo N° 051-2020-PCM⟧ para autorizar la importación. Según ⟪dicho\nDecreto Supremo⟫, la autorización se tramita ante la ventanilla única, requisito que ⟪el mis-\nmo⟫ extiende a las donaciones.",
   ["pe:ds:051-2020-pcm"], [("pe:ds:051-2020-pcm", None, "anaphoric"), ("pe:ds:051-2020-pcm", None, "pronoun")], ["genre:pdf", "linebreak", "hyphenation", "genre:customs"])

# ---------------------------------------------------------------------------
# building and checking
# ---------------------------------------------------------------------------
def split_tag(i):
    """Stable split: ids whose last digit is even are dev, odd are held out."""
    return "split:dev" if int(str(i)[-1]) % 2 == 0 else "split:held-out"


def build_citations():
    rows, seen = [], set()
    items = [(m, sp, t) for m, sp, t in C] + [(s, [], t) for s, t in NEG]
    for i, (marked, specs, tags) in enumerate(items):
        text, spans = parse(marked)
        assert text not in seen, "duplicate sentence: " + text
        seen.add(text)
        assert len(spans) == len(specs), (marked, len(spans), len(specs))
        refs = []
        for (kind, st, en), spec in zip(spans, specs):
            assert kind == "R", marked
            for one in (spec if isinstance(spec, list) else [spec]):
                r = fill(one, text[st:en])
                r["start"], r["end"] = st, en
                refs.append(r)
        refs.sort(key=lambda r: (r["start"], -r["end"], r.get("implicit", False)))
        t = set(tags) | numsign_tags(refs)
        if not refs:
            assert any(x.startswith("neg:") for x in tags), ("negative without neg: tag", text)
        else:
            assert not any(x.startswith("neg:") for x in tags), ("positive with neg: tag", text)
        t.add(split_tag(i))
        t = sorted(t, key=lambda x: (not x.startswith("numsign"), x))
        rows.append({"id": i, "sentence": text, "negative": not refs, "tags": t, "refs": refs})
    return rows


def build_shortforms():
    rows, seen = [], set()
    for i, (marked, fulls, shorts, tags) in enumerate(P, 1):
        pid = "f16-%03d" % i
        text, spans = parse(marked)
        assert text not in seen, "duplicate passage: " + text
        seen.add(text)
        R_ = [s for s in spans if s[0] == "R"]
        S_ = [s for s in spans if s[0] == "S"]
        assert len(R_) == len(fulls), (pid, len(R_), len(fulls))
        assert len(S_) == len(shorts), (pid, len(S_), len(shorts))
        fr = []
        for (_, a, b), c in zip(R_, fulls):
            check_key(c) if c.startswith("pe:") else None
            fr.append({"text": text[a:b], "start": a, "end": b, "canonical": c})
        sr, kinds = [], []
        for (_, a, b), sh in zip(S_, shorts):
            ant, art, kind = sh[:3]
            assert kind in ("anaphoric", "pronoun", "bare", "alias", "self"), (pid, kind)
            d = {"text": text[a:b], "start": a, "end": b, "antecedent": ant, "article": art}
            if len(sh) > 3:
                d["inciso"] = sh[3]
            if art is not None:
                assert text[a:b].lower().startswith(("artículo", "art.", "numeral", "inciso", "literal")), (pid, d)
            sr.append(d)
            kinds.append("kind:" + kind)
        for s in sr:
            for f in fr:
                assert s["end"] <= f["start"] or f["end"] <= s["start"], ("short form overlaps a full ref", pid, s, f)
            if s["antecedent"] is not None:
                prior = [f["canonical"] for f in fr if f["end"] <= s["start"]]
                # a self reference may point to the heading that contains the text (it comes first anyway)
                assert s["antecedent"] in prior, ("antecedent not cited before", pid, s, prior)
        fr.sort(key=lambda r: (r["start"], -r["end"]))
        sr.sort(key=lambda r: r["start"])
        t = sorted(set(tags) | set(kinds) | {split_tag(i)})
        rows.append({"id": pid, "passage": text, "tags": t, "full_refs": fr, "short_refs": sr})
    return rows


def verify(cit, sfs):
    """Re-read the rows as a consumer would and check every field."""
    ids = [r["id"] for r in cit]
    assert ids == list(range(len(cit)))
    for r in cit:
        s = r["sentence"]
        assert set(r) == {"id", "sentence", "negative", "tags", "refs"}
        assert r["negative"] == (not r["refs"])
        last = -1
        for x in r["refs"]:
            assert s[x["start"]:x["end"]] == x["text"], (r["id"], x)
            assert x["text"] == x["text"].strip(), (r["id"], x["text"])
            assert x["start"] >= last
            last = x["start"]
            for k in REF_KEYS:
                assert k in x, (r["id"], k)
            sc = x["canonical"].split(":")[0]
            assert x["scope"] == {"pe": "pe", "int": "int"}.get(sc, "foreign")
            if x["scope"] == "pe":
                assert x["type"] in TYPE.values(), x
            if x["number"] is not None and not x.get("implicit"):
                assert x["number"] in x["text"] or x["number"] in clean(x["text"]), (r["id"], x)
            if x.get("implicit"):
                assert x["number"] not in x["text"]
    pids = set()
    for r in sfs:
        assert r["id"] not in pids
        pids.add(r["id"])
        p = r["passage"]
        for x in r["full_refs"] + r["short_refs"]:
            assert p[x["start"]:x["end"]] == x["text"], (r["id"], x)


def words(s):
    return re.findall(r"\w+", clean(s).lower())


def ngrams(s, n=8):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def check_overlap(cit, sfs, roots):
    """No 8-word run may be shared with any other labelled set (*.jsonl under roots)."""
    import glob
    other = {}
    for root in roots:
        for path in sorted(glob.glob(os.path.join(root, "**", "*.jsonl"), recursive=True)):
            if os.path.abspath(os.path.dirname(path)) == HERE or "fresh16" in path:
                continue
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        d = json.loads(line)
                    except ValueError:
                        continue
                    if not isinstance(d, dict):
                        continue
                    for k in ("sentence", "passage", "text"):
                        if isinstance(d.get(k), str):
                            for g in ngrams(d[k]):
                                other.setdefault(g, path)
    bad = []
    mine = [("c%d" % r["id"], r["sentence"]) for r in cit] + [(r["id"], r["passage"]) for r in sfs]
    for key, s in mine:
        for g in ngrams(s):
            if g in other:
                bad.append((key, " ".join(g), other[g]))
    return bad


def main():
    cit = build_citations()
    sfs = build_shortforms()
    verify(cit, sfs)
    roots = [r for r in ("/work/shared/corpus/legal", "/work/main/tests/data/legal") if os.path.isdir(r)]
    bad = check_overlap(cit, sfs, roots)
    if bad:
        for b in bad:
            print("8-gram overlap:", *b, file=sys.stderr)
        raise SystemExit("%d shared 8-word runs" % len(bad))
    with open(os.path.join(HERE, "citations-dev.jsonl"), "w", encoding="utf-8") as f:
        for r in cit:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "shortforms-dev.jsonl"), "w", encoding="utf-8") as f:
        for r in sfs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats(cit, sfs, roots)


def stats(cit, sfs, roots):
    from collections import Counter
    pos = [r for r in cit if not r["negative"]]
    print("overlap roots checked:", roots)
    print("sentences", len(cit), "positive", len(pos), "negative", len(cit) - len(pos))
    for sp in ("split:dev", "split:held-out"):
        rs = [r for r in cit if sp in r["tags"]]
        print(" ", sp, len(rs), "sentences,", sum(r["negative"] for r in rs), "negative,",
              sum(len(r["refs"]) for r in rs), "refs")
    print("refs", sum(len(r["refs"]) for r in cit), dict(Counter(x["scope"] for r in cit for x in r["refs"])))
    print("nested", sum(1 for r in cit for x in r["refs"] if x.get("nested")),
          "implicit", sum(1 for r in cit for x in r["refs"] if x.get("implicit")),
          "alias", sum(1 for r in cit for x in r["refs"] if x.get("alias")))
    print("types", dict(Counter(x["type"] for r in cit for x in r["refs"]).most_common()))
    tags = Counter(t for r in cit for t in r["tags"])
    print("genres", {k: v for k, v in sorted(tags.items()) if k.startswith("genre:")})
    print("tags", {k: v for k, v in sorted(tags.items()) if not k.startswith("genre:")})
    nsf = [x for r in sfs for x in r["short_refs"]]
    print("passages", len(sfs), "full_refs", sum(len(r["full_refs"]) for r in sfs), "short_forms", len(nsf),
          "null", sum(1 for x in nsf if x["antecedent"] is None),
          "no-short-form passages", sum(1 for r in sfs if not r["short_refs"]))
    for sp in ("split:dev", "split:held-out"):
        rs = [r for r in sfs if sp in r["tags"]]
        print(" ", sp, len(rs), "passages,", sum(len(r["short_refs"]) for r in rs), "short forms")
    print("kinds", dict(Counter(x for r in sfs for x in r["tags"] if x.startswith("kind:"))))
    # kinds per short form (not per passage)
    kc = Counter()
    for (marked, fulls, shorts, tags) in P:
        for sh in shorts:
            kc[sh[2]] += 1
    print("short forms per kind", dict(kc))
    print("sf tags", dict(sorted(Counter(t for r in sfs for t in r["tags"] if not t.startswith("kind:")).items())))


if __name__ == "__main__":
    main()
