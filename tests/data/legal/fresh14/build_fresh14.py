#!/usr/bin/env python3
"""Build the fresh14 blind test set for the legal-citation detector.

Sentences are typed with inline markers:
  ⟦ … ⟧  a norm reference (may nest)          -> citations set refs / passage full_refs
  ⟪ … ⟫  a short form (passages only)          -> short_refs
Specs for the markers are given in the order the markers OPEN.  All offsets are
computed here (Unicode code points).  Run:  python3 build_fresh14.py
"""
import json, os, re, sys, unicodedata

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
APPROVERS = "ds rm rs rvm rd rj rpe rpcd rcd rsg rsgd res om or da dr acm acr".split()


def R(canonical, **kw):
    d = {"canonical": canonical}
    d.update(kw)
    return d


def islug(s):
    return re.sub(r"[/.\s\u2013\u2010-]+", "-", s.strip()).strip("-").lower()


def parse(marked):
    """Return plain text and spans [(kind, start, end, open_index)] in opening order."""
    out, stack, spans = [], [], []
    order = 0
    for ch in marked:
        if ch in "⟦⟪":
            stack.append((ch, len(out), order))
            spans.append(None)
            order += 1
        elif ch in "⟧⟫":
            op, st, idx = stack.pop()
            assert (op, ch) in (("⟦", "⟧"), ("⟪", "⟫")), marked
            spans[idx] = ("R" if op == "⟦" else "S", st, len(out))
        else:
            out.append(ch)
    assert not stack, marked
    return "".join(out), spans


def find_num(text, n, dotted=False):
    pat = r"\d[\d.]*\d|\d" if dotted else r"\d+"
    for m in re.finditer(pat, text):
        if int(m.group().replace(".", "")) == n:
            return m.group(), m.end()
    return None, None


def fill(ref, text):
    c = ref["canonical"]
    prefix, code, key = c.split(":", 2) if c.count(":") >= 2 else (c.split(":")[0], None, c.split(":", 1)[1])
    if prefix == "int":
        scope = "int"
        typ = "resolucion_internacional" if re.match(r"(can-decision|onu-)", key) else "tratado"
        code = None
    elif prefix == "pe":
        scope = "pe"
        typ = TYPE[code]
    else:
        scope = "foreign"
        typ = "norma_extranjera"
    r = {"text": text, "start": None, "end": None, "type": ref.get("type", typ)}
    number = ref.get("number", "AUTO")
    year = ref.get("year", "AUTO")
    issuer = ref.get("issuer", "AUTO")
    if number == "AUTO":
        number = None
        if prefix == "pe" and code in PLAIN and re.fullmatch(r"\d+", key):
            number, _ = find_num(text, int(key), dotted=True)
            assert number, (c, text)
        elif prefix == "pe" and code in YEARED and re.match(r"\d", key):
            n = int(key.split("-")[0])
            number, _ = find_num(text, n)
            assert number, (c, text)
        elif scope == "foreign" or (scope == "int" and re.match(r"(can-decision|oit-convenio)", key)):
            m = re.search(r"(\d+)", key)
            number, _ = find_num(text, int(m.group(1)), dotted=True)
    if year == "AUTO":
        year = None
        if prefix == "pe" and code in YEARED:
            m = re.match(r"\d+-(\d{4})", key)
            year = m.group(1) if m else None
    if issuer == "AUTO":
        issuer = None
        if prefix == "pe" and code in YEARED:
            m = re.match(r"\d+-\d{4}-(.+)$", key)
            if m:
                want = m.group(1)
                n = int(key.split("-")[0])
                _, e = find_num(text, n)
                rest = text[e:]
                mm = re.match(r"\s*[-–‐/ ]\s*\d{2,4}\s*[-–‐/ ]\s*([A-Za-z][\w./\-–‐]*[\w])", rest)
                got = mm.group(1) if mm else None
                if not got or islug(got) != want:
                    raise SystemExit(f"issuer mismatch {c!r} in {text!r}: got {got!r}")
                issuer = got
    r.update({"number": number, "year": year, "issuer": issuer,
              "article": ref.get("article"), "canonical": c, "scope": scope})
    for k in ("inciso", "alias", "nested", "implicit", "note"):
        if k in ref:
            r[k] = ref[k]
    # key sanity
    if prefix == "pe":
        if code in PLAIN and not key.startswith("@"):
            assert re.fullmatch(r"[1-9]\d*", key), c
        elif code in YEARED and re.match(r"\d", key):
            assert re.fullmatch(r"\d{3,}-\d{4}(-\d{4})?(-[a-z0-9]+(-[a-z0-9]+)*)?|\d{3,}-[a-z]+", key), c
            assert not (len(key.split("-")[0]) > 3 and key.startswith("0")), c
        elif code in ("reglamento", "tuo", "directiva", "nt") and not re.match(r"\d", key):
            assert key.startswith("@") or key.split("-")[0] in APPROVERS + list(PLAIN) + ["codigo"], c
        elif code == "const":
            assert re.fullmatch(r"\d{4}", key), c
    assert r["scope"] == {"pe": "pe", "int": "int"}.get(prefix, "foreign")
    return r


NUMSIGN = [
    (r"N\.\s?os", "N.os"), (r"Nos\.", "Nos."), (r"N\.º", "N.º"), (r"N\.°", "N.°"), (r"n\.°", "n.°"),
    (r"N\.o\b", "N.o"), (r"Nro\.", "Nro."), (r"Nro\b", "Nro"), (r"Núm\.", "Núm."), (r"número", "número"),
    (r"No\.", "No."), (r"No\b", "No"), (r"N°", "degree"), (r"Nº", "ordinal"), (r"N\*", "N-star"),
    (r"N" + FFFD, "N-fffd"),
]


def numsign_tags(refs):
    tags = set()
    for r in refs:
        if r.get("number") is None or r["scope"] != "pe" or r.get("implicit"):
            continue
        t = r["text"]
        best = None
        for pat, name in NUMSIGN:
            m = re.search(r"(?<![A-Za-zÁÉÍÓÚáéíóú])" + pat, t)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end(), name)
        if best is None:
            # a number with no sign (lists: later elements have none; tag only first-like spans)
            if re.search(r"[A-Za-z]", t[: t.find(r["number"])] if r["number"] in t else t):
                tags.add("numsign:none")
            continue
        tags.add("numsign:" + best[2])
        after = t[best[1]:]
        if after[:1].isdigit():
            tags.add("nospace")
        if after[:1] == "\n" or after.startswith(" \n"):
            tags.add("eol")
    return tags


# ---------------------------------------------------------------------------
# citations set: (marked sentence, [spec per ⟦ in opening order], [tags])
# a spec is a dict (one ref) or a list of dicts (several refs share the span)
# ---------------------------------------------------------------------------
A_LPAG = "pe:ley:27444"
C = []


def S(marked, specs, tags=()):
    C.append((marked, specs, list(tags)))


# ---- VISTOS -------------------------------------------------------------
S("VISTOS: El Informe N° 245-2023-GRA/ORAJ de la Oficina Regional de Asesoría Jurídica y el Memorando N° 1120-2023-GRA/GGR; y, de conformidad con lo dispuesto en la ⟦Ley N° 27867, Ley Orgánica de Gobiernos Regionales⟧;",
  [R("pe:ley:27867")], ["genre:vistos", "apposition:number-name", "admin-doc-context"])
S("VISTO: el expediente administrativo N° 2023-0045871, que contiene la solicitud de licencia sin goce de haber presentada por el servidor, y lo previsto en el ⟦Decreto Legislativo N.º 276, Ley de Bases de la Carrera Administrativa y de Remuneraciones del Sector Público⟧;",
  [R("pe:dleg:276")], ["genre:vistos", "apposition:number-name"])
S("VISTOS; el Oficio N° 0312-2022-MINEDU/VMGI-DIGC, y lo dispuesto en la ⟦R.V.M. N° 093-2020-MINEDU⟧, que aprueba las orientaciones pedagógicas para el servicio educativo no presencial;",
  [R("pe:rvm:093-2020-minedu")], ["genre:vistos", "abbrev:R.V.M."])
S("VISTOS: EL INFORME TÉCNICO N° 018-2024-MDSJL/GDE Y LA ⟦ORDENANZA N° 512-2023-MDSJL⟧ QUE REGULA EL COMERCIO EN LA VÍA PÚBLICA DEL DISTRITO;",
  [R("pe:om:512-2023-mdsjl")], ["genre:vistos", "uppercase"])
S("Vistos, el recurso de apelación interpuesto contra la ⟦Resolución de Gerencia Municipal N° 0087-2024-GM/MPH⟧, de fecha 14 de marzo de 2024, y el Informe Legal N° 102-2024-OAJ/MPH;",
  [R("pe:res:087-2024-gm-mph")], ["genre:vistos", "municipal-resolution", "zero-padding"])
S("VISTOS: el Acta de Sesión Ordinaria N° 05-2024 y el Dictamen N° 011-2024-CAL de la Comisión de Asuntos Legales, sobre la propuesta de modificación de la ⟦Ordenanza Regional N° 014-2019-GR-APURIMAC/CR⟧;",
  [R("pe:or:014-2019-gr-apurimac-cr")], ["genre:vistos", "admin-doc-context"])

# ---- CONSIDERANDO --------------------------------------------------------
S("CONSIDERANDO: Que, el ⟦artículo 194 de la Constitución Política del Perú⟧, modificado por la ⟦Ley N° 30305⟧, establece que las municipalidades provinciales y distritales son los órganos de gobierno local con autonomía política, económica y administrativa en los asuntos de su competencia;",
  [R("pe:const:1993", article="194"), R("pe:ley:30305")], ["genre:considerando", "article", "amendment"])
S("Que, el ⟦artículo II del Título Preliminar de la Ley N° 27972, Ley Orgánica de Municipalidades⟧, señala que los gobiernos locales gozan de autonomía política, económica y administrativa;",
  [R("pe:ley:27972", article="II del Título Preliminar")], ["genre:considerando", "article", "title-preliminar"])
S("Que, conforme al ⟦numeral 1.1 del artículo IV del Título Preliminar del Texto Único Ordenado de la ⟦Ley N° 27444⟧, Ley del Procedimiento Administrativo General⟧, aprobado por ⟦Decreto Supremo N° 004-2019-JUS⟧, las autoridades administrativas deben actuar dentro de las facultades que les estén atribuidas;",
  [R("pe:tuo:ds-004-2019-jus", article="IV del Título Preliminar", inciso="1.1", alias=["pe:ds:004-2019-jus"]),
   R("pe:ley:27444", nested=True), R("pe:ds:004-2019-jus")],
  ["genre:considerando", "approved-by", "tuo", "nested", "subunit"])
S("Que, el ⟦inciso 6 del artículo 20 de la Ley Orgánica de Municipalidades⟧ faculta al alcalde a dictar decretos y resoluciones de alcaldía con sujeción a las leyes y ordenanzas;",
  [R("pe:ley:@ley-organica-de-municipalidades", article="20", inciso="6", alias=["pe:ley:27972"])],
  ["genre:considerando", "named", "subunit"])
S("Que, mediante ⟦Decreto Supremo N° 008-2020-SA⟧ se declaró la Emergencia Sanitaria a nivel nacional por el plazo de noventa días calendario, la misma que fue prorrogada por los ⟦Decretos Supremos N° 020-2020-SA⟧, ⟦027-2020-SA⟧ y ⟦031-2020-SA⟧;",
  [R("pe:ds:008-2020-sa"), R("pe:ds:020-2020-sa"), R("pe:ds:027-2020-sa"), R("pe:ds:031-2020-sa")],
  ["genre:considerando", "list", "plural-head"])
S("Que, el ⟦numeral 8.1 del artículo 8 del Decreto de Urgencia Nº 014-2019⟧, que aprueba el Presupuesto del Sector Público para el Año Fiscal 2020, prohíbe el ingreso de personal por servicios personales;",
  [R("pe:du:014-2019", article="8", inciso="8.1")], ["genre:considerando", "subunit"])
S("Que, de acuerdo con el ⟦literal a) del numeral 3.2 del artículo 3 del D. Leg. N° 1440⟧, el Sistema Nacional de Presupuesto Público es el conjunto de órganos, normas y procedimientos que conducen el proceso presupuestario;",
  [R("pe:dleg:1440", article="3", inciso="3.2 a)")], ["genre:considerando", "subunit", "abbrev:D. Leg."])
S("Que, el ⟦artículo 41 de la Ley N.° 27972⟧ establece que los acuerdos son decisiones que toma el concejo referidas a asuntos específicos de interés público, vecinal o institucional;",
  [R("pe:ley:27972", article="41")], ["genre:considerando", "article"])
S("Que, con ⟦Acuerdo de Concejo N° 034-2024-MPCH⟧ se autorizó al alcalde la suscripción del convenio de cooperación con el Gobierno Regional, sin que ello implique transferencia de recursos;",
  [R("pe:acm:034-2024-mpch")], ["genre:considerando", "acuerdo-concejo"])
S("Que, a través del ⟦Acuerdo de Consejo Regional N° 112-2023-GRSM/CR⟧, el Pleno declaró de interés regional la recuperación de la cuenca del río Mayo;",
  [R("pe:acr:112-2023-grsm-cr")], ["genre:considerando", "acuerdo-regional"])
S("Que, la ⟦Ordenanza Regional N° 009-2022-GR.CAJ-CR⟧ aprobó la actualización del Plan de Desarrollo Regional Concertado al 2030, documento que orienta la asignación de recursos;",
  [R("pe:or:009-2022-gr-caj-cr")], ["genre:considerando", "issuer-dot"])
S("Que, por ⟦Decreto Regional N° 003-2021-GRJ/GR⟧ se aprobaron los lineamientos para la gestión integral de residuos sólidos en las sedes institucionales;",
  [R("pe:dr:003-2021-grj-gr")], ["genre:considerando"])
S("Que, mediante ⟦Decreto de Alcaldía N° 006-2023-MDL⟧ se prorrogó hasta el 31 de julio de 2023 la vigencia de los beneficios tributarios establecidos en la ⟦Ordenanza N° 431-MDL, de fecha 20 de abril de 2023⟧;",
  [R("pe:da:006-2023-mdl"), R("pe:om:431-2023-mdl", number="431", year="2023", issuer="MDL")],
  ["genre:considerando", "dated", "ordinance-no-year"])
S("Que, el ⟦artículo 9 del Decreto Supremo N° 054-2018-PCM⟧, que aprueba los Lineamientos de Organización del Estado, define la estructura orgánica de las entidades;",
  [R("pe:ds:054-2018-pcm", article="9")], ["genre:considerando", "article", "approved-non-norm"])
S("Que, mediante ⟦Resolución de Presidencia Ejecutiva N° 000068-2020-SERVIR-PE⟧ se aprobó la ⟦Directiva «Normas para la Gestión del Proceso de Administración del Rendimiento»⟧, de aplicación obligatoria para las entidades públicas;",
  [R("pe:rpe:068-2020-servir-pe"), R("pe:directiva:rpe-068-2020-servir-pe", alias=["pe:rpe:068-2020-servir-pe"])],
  ["genre:considerando", "approved-by", "zero-padding"])
S("Que, la ⟦Directiva N° 002-2019-CG/NORM⟧, aprobada por ⟦Resolución de Contraloría N° 115-2019-CG⟧, regula el Servicio de Control Simultáneo en las entidades sujetas al Sistema Nacional de Control;",
  [R("pe:directiva:002-2019-cg-norm"), R("pe:res:115-2019-cg")], ["genre:considerando", "numbered-directive"])
S("Que, el ⟦literal b) del artículo IV del Título Preliminar del Reglamento General de la ⟦Ley N° 30057⟧, Ley del Servicio Civil⟧, aprobado por ⟦Decreto Supremo N° 040-2014-PCM⟧, define a los funcionarios públicos;",
  [R("pe:reglamento:ds-040-2014-pcm", article="IV del Título Preliminar", inciso="b)", alias=["pe:ds:040-2014-pcm"]),
   R("pe:ley:30057", nested=True), R("pe:ds:040-2014-pcm")],
  ["genre:considerando", "approved-by", "nested", "subunit"])
S("Que, el ⟦Decreto Legislativo N° 1252⟧, que crea el Sistema Nacional de Programación Multianual y Gestión de Inversiones, fue modificado por el ⟦Decreto Legislativo N° 1432⟧;",
  [R("pe:dleg:1252"), R("pe:dleg:1432")], ["genre:considerando", "amendment"])
S("Que, mediante ⟦Resolución Directoral N° 001-2019-EF/63.01⟧ se aprobó la ⟦Directiva N° 001-2019-EF/63.01, Directiva General del Sistema Nacional de Programación Multianual y Gestión de Inversiones⟧;",
  [R("pe:rd:001-2019-ef-63-01"), R("pe:directiva:001-2019-ef-63-01")], ["genre:considerando", "numbered-directive", "issuer-office"])
S("Que, la ⟦Ley Nº 31419, Ley que establece disposiciones para garantizar la idoneidad en el acceso y ejercicio de la función pública de funcionarios y directivos de libre designación y remoción⟧, y ⟦su Reglamento⟧, aprobado por ⟦Decreto Supremo N° 053-2022-PCM⟧, exigen verificar los requisitos mínimos antes de la designación;",
  [R("pe:ley:31419"), R("pe:reglamento:ds-053-2022-pcm", alias=["pe:ds:053-2022-pcm"]), R("pe:ds:053-2022-pcm")],
  ["genre:considerando", "possessive-reglamento", "approved-by", "descriptive-title"])
S("Que, el ⟦artículo 5 de la Ley N° 31365, Ley de Presupuesto del Sector Público para el Año Fiscal 2022⟧, dispone medidas de austeridad, disciplina y calidad en el gasto público;",
  [R("pe:ley:31365", article="5")], ["genre:considerando", "article", "apposition:number-name"])

# ---- SE RESUELVE ---------------------------------------------------------
S("SE RESUELVE: ARTÍCULO PRIMERO.- DECLARAR IMPROCEDENTE el recurso de reconsideración interpuesto contra la ⟦RESOLUCIÓN DE ALCALDÍA N° 0215-2024-MPT⟧, por los fundamentos expuestos en la parte considerativa.",
  [R("pe:res:215-2024-mpt")], ["genre:resuelve", "uppercase-span", "municipal-resolution"])
S("ARTÍCULO SEGUNDO.- DEJAR SIN EFECTO la ⟦Resolución Jefatural N° 045-2018-INEI⟧ y todo acto administrativo que se oponga a lo dispuesto en la presente resolución.",
  [R("pe:rj:045-2018-inei")], ["genre:resuelve"])
S("Artículo 3.- Encargar a la Oficina de Tecnologías de la Información la publicación de la presente Resolución en el Portal Institucional, conforme a lo dispuesto en el ⟦Decreto Supremo N° 072-2003-PCM⟧ y sus modificatorias.",
  [R("pe:ds:072-2003-pcm")], ["genre:resuelve", "modificatorias"])
S("SE RESUELVE: Artículo Primero.- APROBAR el Texto Único de Procedimientos Administrativos (TUPA) de la Municipalidad Distrital de Yura, en el marco del ⟦Decreto Legislativo Nº 1203⟧.",
  [R("pe:dleg:1203")], ["genre:resuelve", "management-doc-context"])
S("Artículo 2°.- Disponer que la Gerencia de Administración cumpla lo previsto en la ⟦Directiva N° 005-2021-GM-MPA⟧ para el otorgamiento de viáticos.",
  [R("pe:directiva:005-2021-gm-mpa")], ["genre:resuelve", "numbered-directive"])
S("ARTÍCULO TERCERO.- DERÓGUESE la ⟦Ordenanza N° 2311-MML⟧ y toda disposición municipal que se oponga a la presente Ordenanza.",
  [R("pe:om:2311-mml", number="2311", year=None, issuer="MML")], ["genre:resuelve", "ordinance-no-year"])
S("Artículo 4.- Las ⟦Ordenanzas N.os 180-2017-MDB⟧ y ⟦204-2018-MDB⟧ quedan derogadas a partir de la vigencia de la presente norma.",
  [R("pe:om:180-2017-mdb"), R("pe:om:204-2018-mdb")], ["genre:resuelve", "list", "plural-head"])
S("ARTÍCULO 1.- MODIFICAR EL ARTÍCULO 3 DE LA ⟦RESOLUCIÓN MINISTERIAL N° 143-2021-EF/43⟧, CONFORME AL ANEXO QUE FORMA PARTE INTEGRANTE DE LA PRESENTE RESOLUCIÓN.",
  [R("pe:rm:143-2021-ef-43")], ["genre:resuelve", "uppercase", "issuer-office"])
S("Artículo 2.- Notificar la presente resolución al interesado y a la Secretaría Técnica de los Órganos Instructores del Procedimiento Administrativo Disciplinario, de acuerdo con el ⟦artículo 20 del TUO de la ⟦Ley N° 27444⟧⟧.",
  [R("pe:tuo:ley-27444", article="20", alias=["pe:ds:004-2019-jus"]), R("pe:ley:27444", nested=True)], ["genre:resuelve", "tuo", "parent-key", "abbrev:TUO", "nested"])

# ---- ordenanzas / acuerdos --------------------------------------------------
S("EL CONCEJO MUNICIPAL PROVINCIAL DE HUAMANGA, en uso de las facultades conferidas por el ⟦numeral 8 del artículo 9 de la Ley N° 27972⟧, aprobó por unanimidad la siguiente ordenanza.",
  [R("pe:ley:27972", article="9", inciso="8")], ["genre:ordenanza", "subunit"])
S("POR CUANTO: El Consejo Regional de Loreto, en Sesión Ordinaria, aprobó la ⟦Ordenanza Regional N° 014-2023-GRL-CR⟧, al amparo del ⟦artículo 38 de la Ley N° 27867⟧.",
  [R("pe:or:014-2023-grl-cr"), R("pe:ley:27867", article="38")], ["genre:ordenanza"])
S("⟦ACUERDO DE CONCEJO N° 091-2023-MPCH⟧. — Chiclayo, 14 de setiembre de 2023. — Visto el Dictamen N° 022-2023-CPP, el Concejo acordó aprobar la donación de terrenos.",
  [R("pe:acm:091-2023-mpch")], ["genre:acuerdo", "acuerdo-concejo", "uppercase-span", "heading"])
S("El Concejo Distrital, de conformidad con la ⟦O.M. N° 022-2019-MPCP⟧ que aprueba el ⟦Reglamento Interno del Concejo⟧, sesionó en forma extraordinaria.",
  [R("pe:om:022-2019-mpcp"), R("pe:reglamento:om-022-2019-mpcp", alias=["pe:om:022-2019-mpcp"])], ["genre:ordenanza", "abbrev:O.M.", "approved-by", "council-rules"])
S("La ⟦Ordenanza Municipal N° 018-2020-MDCH⟧, modificada por la ⟦Ordenanza Municipal N° 007-2022-MDCH⟧, establece el régimen de aplicación de sanciones administrativas (RAS) del distrito.",
  [R("pe:om:018-2020-mdch"), R("pe:om:007-2022-mdch")], ["genre:ordenanza", "amendment"])

# ---- informes legales / técnicos, opiniones ---------------------------------
S("III. ANÁLISIS 3.1 De acuerdo con el ⟦artículo 2 del Decreto Legislativo N° 1013, Ley de Creación, Organización y Funciones del Ministerio del Ambiente⟧, el MINAM es el organismo rector del sector ambiental.",
  [R("pe:dleg:1013", article="2")], ["genre:informe", "apposition:number-name"])
S("3.2 El Reglamento de Organización y Funciones del Ministerio, aprobado por ⟦Decreto Supremo N° 002-2017-MINAM⟧, asigna a la Oficina General de Asesoría Jurídica la función de emitir opinión legal.",
  [R("pe:ds:002-2017-minam")], ["genre:informe", "management-doc-context"])
S("En el Informe Técnico N° 045-2023-SUNAFIL/INII se concluye que el empleador incumplió el ⟦artículo 32 del D.S. N° 005-2012-TR⟧ al no conformar el comité de seguridad y salud en el trabajo.",
  [R("pe:ds:005-2012-tr", article="32")], ["genre:informe", "abbrev:D.S."])
S("En la Opinión N° 012-2023/DTN, la Dirección Técnico Normativa precisó que el ⟦numeral 34.2 del artículo 34 del Texto Único Ordenado de la ⟦Ley N° 30225⟧⟧ permite modificar el contrato por adicionales.",
  [R("pe:tuo:ley-30225", article="34", inciso="34.2", alias=["pe:ds:082-2019-ef"]), R("pe:ley:30225", nested=True)],
  ["genre:opinion-osce", "tuo", "parent-key", "nested"])
S("Mediante el Informe Técnico N° 000218-2021-SERVIR-GPGSC, la Gerencia de Políticas concluyó que el ⟦Decreto Legislativo N° 1057⟧ no contempla la compensación por tiempo de servicios.",
  [R("pe:dleg:1057")], ["genre:opinion-servir"])
S("Mediante Oficio N° 0156-2022-EF/53.04, la Dirección General de Gestión Fiscal de los Recursos Humanos señaló que el ⟦artículo 6 de la Ley No. 31365⟧ prohíbe el reajuste o incremento de remuneraciones.",
  [R("pe:ley:31365", article="6")], ["genre:opinion-mef"])
S("2.5 La ⟦Resolución de Presidencia Ejecutiva N° 101-2015-SERVIR-PE⟧ formalizó la aprobación de la ⟦Directiva N° 02-2015-SERVIR/GPGSC⟧, «Régimen Disciplinario y Procedimiento Sancionador de la ⟦Ley N° 30057⟧, Ley del Servicio Civil».",
  [R("pe:rpe:101-2015-servir-pe"), R("pe:directiva:002-2015-servir-gpgsc", number="02"), R("pe:ley:30057")],
  ["genre:opinion-servir", "numbered-directive", "quoted-title"])
S("De conformidad con el ⟦numeral 17.1 del artículo 17 del Decreto Legislativo N° 1440⟧, los créditos presupuestarios no pueden comprometerse sin la certificación correspondiente, según lo absuelto por la Dirección General de Presupuesto Público.",
  [R("pe:dleg:1440", article="17", inciso="17.1")], ["genre:opinion-mef", "subunit"])
S("El Informe Legal N° 0321-2022-OSCE/OAJ recuerda que el ⟦Reglamento de la ⟦Ley N° 30225⟧⟧, aprobado por ⟦Decreto Supremo N° 344-2018-EF⟧, fue modificado por el ⟦Decreto Supremo N° 162-2021-EF⟧.",
  [R("pe:reglamento:ds-344-2018-ef", alias=["pe:ds:344-2018-ef"]), R("pe:ley:30225", nested=True),
   R("pe:ds:344-2018-ef"), R("pe:ds:162-2021-ef")],
  ["genre:informe", "approved-by", "nested", "amendment"])
S("Por ello, el área usuaria debe observar el ⟦Reglamento de la ⟦Ley N° 30512⟧⟧ en lo relativo a la acreditación de los institutos de educación superior.",
  [R("pe:reglamento:ley-30512", alias=["pe:ds:010-2017-minedu"]), R("pe:ley:30512", nested=True)],
  ["genre:informe", "parent-key", "nested"])

# ---- TC, casaciones ---------------------------------------------------------
S("En la sentencia recaída en el Expediente N° 0020-2005-PI/TC, el Tribunal Constitucional interpretó el ⟦artículo 191 de la Constitución⟧ en el sentido de que la autonomía regional no equivale a autarquía.",
  [R("pe:const:1993", article="191")], ["genre:tc", "jurisprudence:tc"])
S("La Casación N° 4125-2019-Lima aplicó el ⟦artículo 1969 del Código Civil⟧ para determinar la responsabilidad extracontractual de la entidad demandada.",
  [R("pe:codigo:@codigo-civil", article="1969", alias=["pe:dleg:295"])], ["genre:casacion", "codigo", "named"])
S("El Tribunal, en la STC Exp. N.° 05057-2013-PA/TC, estableció que el ingreso a la administración pública bajo el régimen del ⟦Decreto Legislativo N° 728⟧ exige concurso público de méritos.",
  [R("pe:dleg:728")], ["genre:tc", "jurisprudence:tc"])
S("El ⟦artículo 24 del Nuevo Código Procesal Constitucional, Ley N° 31307⟧, regula el recurso de agravio constitucional contra resoluciones denegatorias de segundo grado.",
  [R("pe:ley:31307", article="24", type="ley")], ["genre:tc", "codigo", "apposition:name-number"])
S("En la Casación Laboral N° 7945-2014-Cusco, la Sala Suprema interpretó el ⟦artículo 40 del Decreto Supremo N° 003-97-TR, Texto Único Ordenado del ⟦Decreto Legislativo N° 728⟧⟧.",
  [R("pe:ds:003-1997-tr", article="40", note="apposition of the DS and the title it approves: one mention (README decision)"), R("pe:dleg:728", nested=True)], ["genre:casacion", "old-numbering", "apposition:ds-title", "nested"])
S("El Acuerdo Plenario N° 3-2016/CJ-116 examinó los alcances del ⟦artículo 108-B del Código Penal⟧ y la agravante por condición de la víctima.",
  [R("pe:codigo:@codigo-penal", article="108-B", alias=["pe:dleg:635"])], ["genre:casacion", "codigo", "named"])
S("EXP. N.° 00011-2020-PI/TC. El demandante sostiene que la ⟦Ley N° 31018⟧ vulnera el principio de equilibrio presupuestal previsto en el ⟦artículo 78 de la Constitución⟧.",
  [R("pe:ley:31018"), R("pe:const:1993", article="78")], ["genre:tc", "jurisprudence:tc"])

# ---- tesis: marco legal -------------------------------------------------------
S("2.3 Marco legal. La presente investigación se sustenta en la ⟦Ley N° 28611, Ley General del Ambiente⟧, cuyo artículo I del Título Preliminar reconoce el derecho a un ambiente equilibrado.",
  [R("pe:ley:28611")], ["genre:tesis", "apposition:number-name", "bare-article-not-mention"])
S("El Estado garantiza el derecho de acceso a la información que posean las entidades (⟦Ley N° 27806, 2002, art. 3⟧).",
  [R("pe:ley:27806", year="2002", article="3")], ["genre:tesis", "author-year"])
S("Según la ⟦Constitución Política del Perú (1993)⟧, la educación inicial, primaria y secundaria son obligatorias.",
  [R("pe:const:1993", year="1993")], ["genre:tesis", "author-year"])
S("A diferencia de la ⟦Constitución de 1979⟧, la ⟦Carta de 1993⟧ no reconoce expresamente el derecho a la estabilidad laboral absoluta.",
  [R("pe:const:1979", year="1979"), R("pe:const:1993", year="1993")], ["genre:tesis", "constitution-year"])
S("En el ámbito regional, la ⟦Ley Orgánica de Gobiernos Regionales⟧ y la ⟦Ley de Bases de la Descentralización⟧ delimitan las competencias compartidas entre niveles de gobierno.",
  [R("pe:ley:@ley-organica-de-gobiernos-regionales", alias=["pe:ley:27867"]),
   R("pe:ley:@ley-de-bases-de-la-descentralizacion", alias=["pe:ley:27783"])], ["genre:tesis", "named"])
S("El diseño institucional del Estado se rige por las ⟦Leyes Orgánicas del Poder Ejecutivo⟧ y de ⟦Municipalidades⟧, que distinguen funciones rectoras y ejecutoras.",
  [R("pe:ley:@ley-organica-del-poder-ejecutivo", alias=["pe:ley:29158"]),
   R("pe:ley:@ley-organica-de-municipalidades", alias=["pe:ley:27972"])], ["genre:tesis", "named", "ellipsis", "plural-head"])
S("En el derecho comparado, la ⟦Ley 39/2015, de 1 de octubre⟧, del Procedimiento Administrativo Común de las Administraciones Públicas de España, y la ⟦Ley N° 19.880⟧ de Chile regulan el silencio administrativo positivo.",
  [R("es:ley:39-2015", number="39/2015", year="2015"), R("cl:ley:19880")], ["genre:tesis", "foreign", "foreign:es", "foreign:cl"])
S("En Colombia, la ⟦Ley 1437 de 2011⟧ reguló el procedimiento administrativo y lo contencioso administrativo en un solo código.",
  [R("co:ley:1437-2011", number="1437", year="2011")], ["genre:tesis", "foreign", "foreign:co"])
S("El ⟦Real Decreto 1065/2007⟧ español regula las actuaciones y los procedimientos de gestión e inspección tributaria.",
  [R("es:rd:1065-2007", number="1065/2007", year="2007")], ["genre:tesis", "foreign", "foreign:es"])
S("El Estado peruano aprobó el ⟦Convenio N° 169 de la OIT⟧ sobre Pueblos Indígenas y Tribales en Países Independientes mediante la ⟦Resolución Legislativa N° 26253⟧.",
  [R("int:oit-convenio-169-1989", number="169"), R("pe:rleg:26253")], ["genre:tesis", "international", "treaty", "mixed-scope"])
S("El ⟦artículo 8 de la Convención Americana sobre Derechos Humanos⟧ consagra garantías judiciales que alcanzan también al procedimiento administrativo sancionador.",
  [R("int:convencion-americana-derechos-humanos-1969", article="8")], ["genre:tesis", "international", "treaty"])
S("La ⟦Decisión 486 de la Comunidad Andina, Régimen Común sobre Propiedad Industrial⟧, se complementa con el ⟦Decreto Legislativo N° 1075⟧.",
  [R("int:can-decision-486"), R("pe:dleg:1075")], ["genre:tesis", "international", "can", "mixed-scope"])
S("La ⟦Convención de las Naciones Unidas contra la Corrupción⟧ fue aprobada por ⟦Resolución Legislativa N° 28357⟧ y ratificada por ⟦Decreto Supremo N° 075-2004-RE⟧.",
  [R("int:convencion-onu-contra-corrupcion-2003"), R("pe:rleg:28357"), R("pe:ds:075-2004-re")],
  ["genre:tesis", "international", "treaty", "mixed-scope"])
S("El PEI se alinea con la Agenda 2030, adoptada mediante la ⟦Resolución A/RES/70/1⟧ de la Asamblea General de las Naciones Unidas.",
  [R("int:onu-ag-res-70-1", number="A/RES/70/1")], ["genre:tesis", "international", "un-resolution"])
S("Para Morón Urbina, la ⟦Ley N° 27444⟧ (2001) supuso un cambio de paradigma, pues su artículo III del Título Preliminar orienta la actuación administrativa al servicio de los ciudadanos.",
  [R("pe:ley:27444")], ["genre:tesis", "author-year", "bare-article-not-mention"])

# ---- marco normativo (tables turned into sentences) ----------------------------
S("Marco normativo: ⟦Ley N° 29664 – Ley que crea el Sistema Nacional de Gestión del Riesgo de Desastres (SINAGERD)⟧; ⟦D.S. N° 048-2011-PCM – Reglamento de la ⟦Ley N° 29664⟧⟧.",
  [R("pe:ley:29664"), R("pe:ds:048-2011-pcm", note="apposition of the DS and the title it approves: one mention (README decision)"),
   R("pe:ley:29664", nested=True)], ["genre:marco-normativo", "apposition:ds-title", "nested"])
S("Marco normativo: ⟦Constitución Política del Perú⟧; ⟦Ley N° 27658, Ley Marco de Modernización de la Gestión del Estado⟧; ⟦Decreto Supremo N° 004-2013-PCM⟧, que aprueba la Política Nacional de Modernización de la Gestión Pública; y ⟦Decreto Supremo N° 123-2018-PCM⟧, que aprueba el ⟦Reglamento del Sistema Administrativo de Modernización de la Gestión Pública⟧.",
  [R("pe:const:1993"), R("pe:ley:27658"), R("pe:ds:004-2013-pcm"), R("pe:ds:123-2018-pcm"),
   R("pe:reglamento:ds-123-2018-pcm", alias=["pe:ds:123-2018-pcm"])],
  ["genre:marco-normativo", "approved-by", "policy-not-norm"])
S("Base legal\n⟦Decreto Legis-\nlativo N° 1088\nLey del Sistema Nacional de Planeamiento Estratégico y del Centro Nacional de Planeamiento Estratégico⟧",
  [R("pe:dleg:1088")], ["genre:marco-normativo", "table-cell", "hyphenation", "linebreak", "apposition:number-name"])
S("Marco normativo: la ⟦Resolución de Presidencia del Consejo Directivo N° 00016-2024-CEPLAN/PCD⟧ modifica la Guía para el Planeamiento Institucional.",
  [R("pe:rpcd:016-2024-ceplan-pcd")], ["genre:marco-normativo", "zero-padding", "management-doc-context"])
S("Marco normativo: ⟦R.M. N° 850-2016/MINSA⟧ – Normas para la Elaboración de Documentos Normativos del Ministerio de Salud.",
  [R("pe:rm:850-2016-minsa")], ["genre:marco-normativo", "abbrev:R.M.", "issuer-slash"])
S("Marco normativo: ⟦Norma Técnica de Salud para la Gestión de la Historia Clínica⟧, aprobada por ⟦Resolución Ministerial N° 214-2018/MINSA⟧.",
  [R("pe:nt:rm-214-2018-minsa", alias=["pe:rm:214-2018-minsa"]), R("pe:rm:214-2018-minsa")],
  ["genre:marco-normativo", "approved-by", "nt"])
S("Base legal: ⟦Reglamento de Fiscalización y Sanción de las Actividades Energéticas y Mineras a cargo de OSINERGMIN⟧, aprobado por ⟦Resolución de Consejo Directivo N° 208-2020-OS/CD⟧.",
  [R("pe:reglamento:rcd-208-2020-os-cd", alias=["pe:rcd:208-2020-os-cd"]), R("pe:rcd:208-2020-os-cd")],
  ["genre:marco-normativo", "approved-by"])
S("Marco normativo: ⟦Resolución de Secretaría de Gobierno Digital N° 001-2017-PCM/SEGDI⟧, que aprueba el Modelo de Gestión Documental en el marco del ⟦Decreto Legislativo N° 1310⟧.",
  [R("pe:rsgd:001-2017-pcm-segdi"), R("pe:dleg:1310")], ["genre:marco-normativo"])
S("Marco normativo: ⟦Resolución de Secretaría General N° 0145-2021-MINCETUR⟧, que aprueba la ⟦Directiva de gestión de bienes muebles⟧ de la entidad.",
  [R("pe:rsg:145-2021-mincetur"), R("pe:directiva:rsg-145-2021-mincetur", alias=["pe:rsg:145-2021-mincetur"])], ["genre:marco-normativo", "zero-padding"])
S("Marco normativo: ⟦Resolución Suprema N° 031-2023-IN⟧, que crea el Grupo de Trabajo Multisectorial para la seguridad ciudadana en las regiones de frontera.",
  [R("pe:rs:031-2023-in")], ["genre:marco-normativo"])
S("MARCO NORMATIVO: ⟦DECRETO LEY N° 25967⟧, QUE MODIFICA EL GOCE DE PENSIONES DE JUBILACIÓN QUE ADMINISTRA EL INSTITUTO PERUANO DE SEGURIDAD SOCIAL.",
  [R("pe:dl:25967")], ["genre:marco-normativo", "uppercase"])
S("El régimen pensionario del ⟦D.L. N° 19990⟧ y el régimen laboral del ⟦DL 728⟧ son analizados en el capítulo II.",
  [R("pe:dl:19990"), R("pe:dleg:728")], ["genre:tesis", "dl-ambiguous"])
S("El ⟦D. Ley N° 22095, Ley de Represión del Tráfico Ilícito de Drogas⟧, fue derogado parcialmente por normas posteriores.",
  [R("pe:dl:22095")], ["genre:tesis", "abbrev:D. Ley"])
S("Mediante ⟦Resolución Administrativa N° 000156-2023-CE-PJ⟧ se aprobó el ⟦Reglamento del Expediente Judicial Electrónico⟧.",
  [R("pe:res:156-2023-ce-pj"), R("pe:reglamento:res-156-2023-ce-pj", alias=["pe:res:156-2023-ce-pj"])],
  ["genre:marco-normativo", "judiciary-admin", "approved-by"])
S("Marco normativo: ⟦Resolución de la Fiscalía de la Nación N° 3214-2022-MP-FN⟧, que aprueba el Reglamento de Organización y Funciones del Ministerio Público.",
  [R("pe:res:3214-2022-mp-fn")], ["genre:marco-normativo", "management-doc-context"])
S("La entidad supervisada aplica la ⟦Resolución SBS N° 2660-2015, Reglamento de Gestión de Riesgos de Lavado de Activos y del Financiamiento del Terrorismo⟧.",
  [R("pe:res:2660-2015-sbs", issuer="SBS", note="apposition of the resolution and the title it approves: one mention (README decision)")], ["genre:informe", "issuer-before-number", "apposition:res-title"])
S("Mediante ⟦Resolución de Superintendencia N° 000123-2022/SUNAT⟧ se modificaron las normas sobre comprobantes de pago electrónicos.",
  [R("pe:res:123-2022-sunat")], ["genre:marco-normativo", "zero-padding"])
S("Vistos: la ⟦Resolución Ejecutiva Regional N° 0331-2022-GR-PUNO/GR⟧, que aprueba el cuadro de asignación de personal provisional.",
  [R("pe:res:331-2022-gr-puno-gr")], ["genre:vistos", "regional-resolution", "management-doc-context"])
S("Que, mediante ⟦Resolución Directoral Regional N° 0456-2023-DRE-CUSCO⟧ se aprobó el cronograma del concurso de contratación docente.",
  [R("pe:rd:456-2023-dre-cusco")], ["genre:considerando", "rd-regional"])
S("Que, con ⟦R.D.E. N° 112-2022-MIDAGRI-SERFOR-DE⟧ se aprobaron los lineamientos para el otorgamiento de permisos forestales.",
  [R("pe:res:112-2022-midagri-serfor-de")], ["genre:considerando", "abbrev:RDE"])
S("Que, la ⟦R.J. N° 0215-2019-ANA⟧ aprueba la clasificación de los cuerpos de agua continentales superficiales.",
  [R("pe:rj:215-2019-ana")], ["genre:considerando", "abbrev:R.J."])
S("Que, por ⟦R.A. N° 000372-2021-CE-PJ⟧ se dispuso la conversión de órganos jurisdiccionales transitorios.",
  [R("pe:res:372-2021-ce-pj")], ["genre:considerando", "abbrev:R.A.", "judiciary-admin"])
S("Que, la ⟦Ley Nro. 27785, Ley Orgánica del Sistema Nacional de Control⟧, y la ⟦Ley n.° 29622⟧ otorgan a la Contraloría la potestad sancionadora.",
  [R("pe:ley:27785"), R("pe:ley:29622")], ["genre:considerando"])
S("Que, las ⟦Leyes N.os 27444⟧ y ⟦27867⟧ exigen motivar los actos que afecten derechos de los administrados.",
  [R("pe:ley:27444"), R("pe:ley:27867")], ["genre:considerando", "list", "plural-head"])
S("Mediante los ⟦⟦Decretos Legislativos N° 1440⟧ al ⟦1442⟧⟧ se reestructuraron los sistemas administrativos de presupuesto, tesorería y endeudamiento.",
  [[R("pe:dleg:1441", number="1441", implicit=True)], R("pe:dleg:1440"), R("pe:dleg:1442")],
  ["genre:tesis", "range", "plural-head"])
S("Que, los ⟦⟦Decretos Supremos N° 044-2020-PCM⟧ al ⟦046-2020-PCM⟧⟧ declararon y reglamentaron el Estado de Emergencia Nacional.",
  [[R("pe:ds:045-2020-pcm", number="045", year="2020", issuer="PCM", implicit=True)], R("pe:ds:044-2020-pcm"), R("pe:ds:046-2020-pcm")],
  ["genre:considerando", "range", "yeared-range", "plural-head"])
S("Que, el ⟦Decre-\nto Supremo N° 011-2014-IN⟧ aprueba el Reglamento de Organización y Funciones del Ministerio del Interior.",
  [R("pe:ds:011-2014-in")], ["genre:considerando", "hyphenation", "linebreak"])
S("La protección frente a la violencia se rige por la ⟦Ley N°\n30364⟧, cuyo reglamento fija los plazos para las medidas de protección.",
  [R("pe:ley:30364")], ["genre:tesis", "linebreak"])
S("Que, la ⟦Resolución Minis-\nterial N° 0762-RE, de 3 de julio de 2013⟧, aprobó el reglamento interno de viajes al exterior.",
  [R("pe:rm:762-2013-re", number="0762", year="2013", issuer="RE")], ["genre:considerando", "hyphenation", "dated", "sector-no-year"])
S("Que, la ⟦Resoluci" + FFFD + "n Ministerial N* 0153-2020-MINAM⟧ aprob" + FFFD + " el plan de ecoeficiencia institucional.",
  [R("pe:rm:153-2020-minam")], ["genre:considerando", "fffd", "ocr-sign"])
S("El marco general es la ⟦Ley N" + FFFD + " 27444, Ley del Procedimiento Administrativo General⟧, aplicable a todas las entidades.",
  [R("pe:ley:27444")], ["genre:tesis", "fffd"])
S("El régimen CAS fue creado por el ⟦Decreto Legis" + SHY + "lativo Nº 1057⟧ y reglamentado años después.",
  [R("pe:dleg:1057")], ["genre:tesis", "soft-hyphen"])
S("DE CONFORMIDAD CON LO DISPUESTO EN EL ⟦DECRETO SUPREMO N° 007-2022-JUS⟧ Y EN USO DE LAS ATRIBUCIONES CONFERIDAS; SE RESUELVE:",
  [R("pe:ds:007-2022-jus")], ["genre:resuelve", "uppercase"])
S("(*) Numeral modificado por el ⟦artículo 2 del Decreto Legislativo N° 1452⟧, publicado el 16 de setiembre de 2018.",
  [R("pe:dleg:1452", article="2")], ["genre:tesis", "amendment"])
S("La ⟦Ley N° 29849, Ley que establece la eliminación progresiva del Régimen Especial del ⟦Decreto Legislativo 1057⟧ y otorga derechos laborales⟧, amplió las vacaciones a treinta días.",
  [R("pe:ley:29849"), R("pe:dleg:1057", nested=True)], ["genre:tesis", "nested", "descriptive-title"])
S("La ⟦Resolución Suprema de 5 de mayo de 1961⟧ creó la comunidad campesina de Ccollpa en la provincia de Acomayo.",
  [R("pe:rs:f1961-05-05", number=None, year="1961", issuer=None)], ["genre:tesis", "date-id", "unnumbered"])
S("El padrón se formó conforme al ⟦Decreto Supremo N° 021 del 18 de agosto de 1964⟧, que regulaba el registro de comunidades.",
  [R("pe:ds:021-1964", number="021", year="1964", issuer=None)], ["genre:tesis", "old-numbering", "dated"])
S("La ⟦Ley Nº 31433, de 6 de marzo de 2022⟧, modificó la ⟦Ley N° 27972⟧ en lo relativo a las atribuciones de fiscalización de los regidores.",
  [R("pe:ley:31433", year="2022"), R("pe:ley:27972")], ["genre:considerando", "dated", "amendment"])
S("El ⟦Decreto de Urgencia N° 058-98⟧ autorizó una transferencia de partidas para atender la emergencia por el Fenómeno El Niño.",
  [R("pe:du:058-1998", number="058", year="1998")], ["genre:tesis", "old-numbering"])
S("Que, mediante ⟦Resolución Ministerial N° 0284/RE-2019⟧ se autorizó el viaje de funcionarios diplomáticos a la ciudad de Ginebra.",
  [R("pe:rm:284-2019-re", number="0284", year="2019", issuer="RE")], ["genre:considerando", "sector-first"])
S("Que, el ⟦D. S. N° 018-2021⟧ citado en el informe no precisa el sector emisor, por lo que se solicitó aclaración a la Oficina de Asesoría.",
  [R("pe:ds:018-2021")], ["genre:informe", "missing-sector"])
S("Que, el ⟦Decreto Supremo N° 004-2022-MIDIS⟧15 aprueba los lineamientos para la focalización de intervenciones.",
  [R("pe:ds:004-2022-midis")], ["genre:considerando", "footnote-marker"])
S("Que, la ⟦Resolución Viceministerial N° 045–2021–MINEDU⟧ y la ⟦Resolución Ministerial N° 0231- 2018-RE⟧ fueron publicadas en el diario oficial.",
  [R("pe:rvm:045-2021-minedu"), R("pe:rm:231-2018-re")], ["genre:considerando", "en-dash", "space-after-hyphen"])
S("La inversión se enmarca en el ⟦Decreto N° 1252⟧ y sus normas complementarias.",
  [R("pe:dleg:1252", type="decreto_legislativo")], ["genre:informe", "bare-decreto"])
S("La APCI se rige por la ⟦Ley N° 719, Ley de Cooperación Técnica Internacional⟧, y su reglamento.",
  [R("pe:ley:719", alias=["pe:dleg:719"])], ["genre:informe", "dleg-cited-as-ley"])
S("Por ⟦Resolución Legislativa del Congreso N° 021-2021-2022-CR⟧ se modificó el ⟦Reglamento del Congreso de la República⟧ en materia de cuestiones de confianza.",
  [R("pe:rlegc:021-2021-2022-cr", number="021", year="2021", issuer="CR"),
   R("pe:reglamento:@reglamento-del-congreso-de-la-republica")], ["genre:tesis", "rlegc", "named"])
S("El ⟦Texto Único Ordenado de la ⟦Ley Orgánica del Poder Judicial⟧⟧, aprobado por ⟦Decreto Supremo Nº 017-93-JUS⟧, regula la carrera de los auxiliares jurisdiccionales.",
  [R("pe:tuo:ds-017-1993-jus", alias=["pe:ds:017-1993-jus"]),
   R("pe:ley:@ley-organica-del-poder-judicial", nested=True), R("pe:ds:017-1993-jus")],
  ["genre:tesis", "approved-by", "old-numbering", "nested", "named"])
S("Las contrataciones de la entidad se rigen por la ⟦Ley de Contrataciones del Estado, Ley N° 30225⟧, y el ⟦Decreto Legislativo N° 1444⟧ que la modifica.",
  [R("pe:ley:30225"), R("pe:dleg:1444")], ["genre:informe", "apposition:name-number", "amendment"])
S("El ⟦Reglamento de la ⟦Ley N° 30021⟧, Ley de Promoción de la Alimentación Saludable⟧, aprobado por ⟦D.S. N° 017-2017-SA⟧, fija los parámetros técnicos de las advertencias publicitarias.",
  [R("pe:reglamento:ds-017-2017-sa", alias=["pe:ds:017-2017-sa"]), R("pe:ley:30021", nested=True), R("pe:ds:017-2017-sa")],
  ["genre:tesis", "approved-by", "nested"])
S("La ⟦Directiva N° 001-2024-CEPLAN/PCD⟧ regula la formulación del plan de desarrollo regional concertado.",
  [R("pe:directiva:001-2024-ceplan-pcd")], ["genre:marco-normativo", "numbered-directive"])
S("La ⟦Ley N° 28716⟧ y la ⟦Ley No 31227⟧ integran el marco de control interno y de integridad de los funcionarios.",
  [R("pe:ley:28716"), R("pe:ley:31227")], ["genre:marco-normativo"])
S("Que, el ⟦Decreto Legislativo N° 1350, Decreto Legislativo de Migraciones⟧, y ⟦su Reglamento⟧, aprobado por ⟦Decreto Supremo N° 007-2017-IN⟧, regulan el ingreso de extranjeros.",
  [R("pe:dleg:1350"), R("pe:reglamento:ds-007-2017-in", alias=["pe:ds:007-2017-in"]), R("pe:ds:007-2017-in")], ["genre:considerando", "possessive-reglamento", "approved-by", "apposition:number-name"])

# ---- NEGATIVES ----------------------------------------------------------------
NEG = [
    ("La ley de la oferta y la demanda explica el alza del precio del arroz en los mercados de Juliaca durante la helada.", ["neg:common-noun-ley"]),
    ("El artículo publicado en la Revista de Derecho Administrativo N° 18 critica la excesiva reglamentación municipal del comercio.", ["neg:word-sense", "numbered-item"]),
    ("La novela «El decreto del silencio» narra la vida de un notario en el Cusco de los años cincuenta.", ["neg:word-sense", "title"]),
    ("El Proyecto de Ley N° 2874/2021-CR, que propone modificar el régimen de los trabajadores del hogar, fue archivado por la Comisión de Trabajo.", ["neg:bill"]),
    ("En el capítulo 3, artículo 2.4 del manual de procedimientos internos, se describe el flujo del trámite documentario.", ["neg:article-of-document"]),
    ("VISTOS: el Informe N° 0456-2023-GRL/ORAJ, el Memorando N° 221-2023-GRL/GGR y el Oficio Múltiple N° 015-2023-GRL/GRDS;", ["neg:admin-doc", "genre:vistos"]),
    ("Mediante Expediente Administrativo N° 2023-0112345, la recurrente solicitó la nulidad del acto administrativo notificado en mayo.", ["neg:admin-doc"]),
    ("En la sentencia recaída en el Expediente N° 00008-2019-PI/TC, el Tribunal Constitucional declaró fundada en parte la demanda de inconstitucionalidad.", ["neg:jurisprudence:tc", "genre:tc"]),
    ("La Casación N° 2983-2018-Del Santa fijó criterios sobre la valoración de la prueba indiciaria en delitos contra la administración pública.", ["neg:jurisprudence:casacion", "genre:casacion"]),
    ("La Resolución N° 02345-2022-TCE-S3 del Tribunal de Contrataciones del Estado impuso sanción de inhabilitación temporal a la empresa postora.", ["neg:jurisprudence:tce"]),
    ("Mediante Resolución N° 001452-2021-SERVIR/TSC-Primera Sala se declaró fundado el recurso de apelación interpuesto por el servidor.", ["neg:jurisprudence:tsc"]),
    ("La RTF N° 05612-3-2020 confirmó la resolución de intendencia apelada y dejó a salvo el derecho del contribuyente.", ["neg:jurisprudence:tf"]),
    ("El Acuerdo Nacional, suscrito en 2002, contiene treinta y cinco políticas de Estado agrupadas en cuatro ejes.", ["neg:political-pact"]),
    ("La Opinión N° 045-2022/DTN de la Dirección Técnico Normativa del OSCE absolvió consultas sobre la aplicación de penalidades.", ["neg:admin-doc", "genre:opinion-osce"]),
    ("Cuadro N° 4: Resoluciones de alcaldía emitidas por año, periodo 2019-2023.", ["neg:table-figure"]),
    ("SE RESUELVE: Artículo 1.- DESIGNAR a la señora María Quispe Huamán en el cargo de Subgerente de Recursos Humanos.", ["neg:resuelve-without-norm", "genre:resuelve"]),
    ("Conforme a ley, el concejo sesionó con el quórum reglamentario y el acta fue suscrita por todos sus miembros.", ["neg:common-noun-ley"]),
    ("El Plan de Desarrollo Local Concertado 2023-2030 y el PEI 2024-2027 fueron presentados en sesión de concejo.", ["neg:management-doc", "years"]),
    ("El Convenio Específico N° 012-2023-MINEDU/UNSA entre el Ministerio y la universidad tiene una vigencia de dos años.", ["neg:interinstitutional"]),
    ("La Licitación Pública N° 003-2023-GRP/CS para la construcción del hospital fue declarada desierta por falta de postores.", ["neg:procurement"]),
    ("Proyecto con CUI N° 2456789, ejecutado sobre el predio inscrito en la Partida Electrónica N° 11034567 del Registro de Predios de Arequipa.", ["neg:code"]),
    ("La norma ISO 37001:2016 y la NTP-ISO/IEC 27001:2014 orientan el sistema de gestión antisoborno de la entidad.", ["neg:standard"]),
    ("La Declaración Universal de los Derechos Humanos y la Agenda 2030 inspiran la política institucional de inclusión.", ["neg:political-declaration"]),
    ("La Organización del Tratado de Cooperación Amazónica convocó a una reunión técnica en Brasilia.", ["neg:org-name"]),
    ("La resolución de conflictos socioambientales requiere mesas de diálogo con enfoque intercultural.", ["neg:word-sense"]),
    ("El dictamen recaído en los Proyectos de Ley 3105/2022-CR y 3377/2022-CR propone una nueva ley de archivos.", ["neg:bill", "hypothetical"]),
    ("Las leyes anuales de presupuesto suelen restringir el ingreso de personal en el sector público.", ["neg:generic-plural"]),
    ("El expediente fue derivado a la Sala N° 2 y se programó la audiencia para el 14 de junio de 2024.", ["neg:numbered-item"]),
    ("La constitución de la empresa municipal requiere escritura pública e inscripción en la Partida Registral N° 12345678.", ["neg:word-sense", "code"]),
    ("El Informe Técnico N° 000145-2022-SERVIR-GPGSC concluye que corresponde otorgar la licencia solicitada por el servidor.", ["neg:admin-doc", "genre:opinion-servir"]),
    ("Dicho decreto fue derogado meses después, según reportó la prensa local.", ["neg:anaphora"]),
    ("El Decreto de Alcaldía que se apruebe deberá fijar el nuevo horario de atención al público.", ["neg:hypothetical"]),
    ("El Acuerdo Plenario N° 1-2011/CJ-116 fijó doctrina legal sobre la apreciación de la prueba en delitos sexuales.", ["neg:jurisprudence:acuerdo-plenario", "genre:casacion"]),
    ("ACTA DE SESIÓN ORDINARIA N° 012-2024-CM-MDY DEL CONCEJO MUNICIPAL DISTRITAL DE YURA.", ["neg:admin-doc", "uppercase"]),
    ("Tabla 3. Marco normativo: Código | Denominación | Año — la columna «Código» contiene el código de colores del semáforo.", ["neg:word-sense", "genre:marco-normativo"]),
]


def build_citations():
    rows = []
    seen = set()
    items = []
    for marked, specs, tags in C:
        if "placeholder" in tags or "heading-only-placeholder" in tags:
            continue
        items.append((marked, specs, tags))
    for s, tags in NEG:
        items.append((s, [], tags))
    for i, (marked, specs, tags) in enumerate(items):
        text, spans = parse(marked)
        assert text not in seen, text
        seen.add(text)
        assert len(spans) == len(specs), (marked, len(spans), len(specs))
        refs = []
        for (kind, st, en), spec in zip(spans, specs):
            assert kind == "R"
            if spec is None:
                raise SystemExit("placeholder spec left: " + marked)
            for one in (spec if isinstance(spec, list) else [spec]):
                r = fill(one, text[st:en])
                r["start"], r["end"] = st, en
                assert text[st:en] == r["text"]
                refs.append(r)
        refs.sort(key=lambda r: (r["start"], -r["end"], r.get("implicit", False)))
        t = [x for x in tags if x not in ("bare-article-placeholder",)]
        t = sorted(set(t) | numsign_tags(refs), key=lambda x: (x.startswith("numsign") is False, x))
        neg = not refs
        rows.append({"id": i, "sentence": text, "negative": neg, "tags": t, "refs": refs})
    return rows


# ---------------------------------------------------------------------------
# short-form passages: (marked passage, [full canonicals], [(antecedent, article, kind)], tags)
# ---------------------------------------------------------------------------
P = []


def PS(marked, fulls, shorts, tags):
    P.append((marked, fulls, shorts, tags))


PS("Que, la ⟦Ley N° 30057, Ley del Servicio Civil⟧, establece un régimen único para las personas que prestan servicios en las entidades públicas. Que, el ⟪artículo 85 de la citada Ley⟫ enumera las faltas de carácter disciplinario que pueden ser sancionadas con suspensión o destitución.",
   ["pe:ley:30057"], [("pe:ley:30057", "85", "anaphoric")], ["genre:considerando", "citada", "article"])
PS("Que, el ⟦Texto Único Ordenado de la ⟦Ley N° 27444⟧, Ley del Procedimiento Administrativo General⟧, aprobado por ⟦Decreto Supremo N° 004-2019-JUS⟧ (en adelante, el TUO de la LPAG), regula los recursos administrativos. Que, el ⟪artículo 218 del TUO de la LPAG⟫ fija en quince días perentorios el plazo para interponerlos.",
   ["pe:tuo:ds-004-2019-jus", "pe:ley:27444", "pe:ds:004-2019-jus"], [("pe:tuo:ds-004-2019-jus", "218", "alias")],
   ["genre:considerando", "alias", "article", "tuo"])
PS("Mediante ⟦Decreto Supremo N° 083-2019-PCM⟧ se aprobó el ⟦Reglamento de Infracciones y Sanciones⟧ de la entidad. ⟪El referido Decreto Supremo⟫ entró en vigencia al día siguiente de su publicación en el diario oficial El Peruano.",
   ["pe:ds:083-2019-pcm", "pe:reglamento:ds-083-2019-pcm"], [("pe:ds:083-2019-pcm", None, "anaphoric")], ["genre:informe", "referido", "instrument-vs-approver"])
PS("La ⟦Ordenanza N° 318-2022-MPA⟧ regula el comercio ambulatorio en el Cercado de Arequipa; ⟪la misma⟫ prohíbe la instalación de módulos en plazas y parques declarados patrimonio cultural.",
   ["pe:om:318-2022-mpa"], [("pe:om:318-2022-mpa", None, "pronoun")], ["genre:ordenanza", "misma"])
PS("El ⟦artículo 2 de la Constitución Política del Perú⟧ reconoce la igualdad ante la ley. Toda autoridad debe actuar conforme a ley, y nadie está obligado a hacer lo que la ley no manda ni impedido de hacer lo que ella no prohíbe.",
   ["pe:const:1993"], [], ["genre:tesis", "trap:generic-ley", "no-short-form"])
PS("La ⟦Ley N° 29783, Ley de Seguridad y Salud en el Trabajo⟧, obliga al empleador a constituir un comité paritario. Sin embargo, ⟪el citado reglamento⟫ no precisa el número mínimo de trabajadores para elegirlo.",
   ["pe:ley:29783"], [(None, None, "anaphoric")], ["genre:informe", "no-antecedent", "implied-reglamento"])
PS("⟦ORDENANZA MUNICIPAL N° 045-2024-MDCC⟧. Artículo 1.- Apruébase el régimen de incentivos para el pago del impuesto predial. Artículo 5.- ⟪La presente Ordenanza⟫ entra en vigencia al día siguiente de su publicación.",
   ["pe:om:045-2024-mdcc"], [("pe:om:045-2024-mdcc", None, "self")], ["genre:ordenanza", "self", "uppercase-heading"])
PS("El Proyecto de Ley N° 5120/2022-CR propone el siguiente texto: «Artículo 1. Objeto. ⟪La presente Ley⟫ tiene por objeto promover la digitalización de los archivos municipales».",
   [], [(None, None, "self")], ["genre:tesis", "self", "bill", "no-antecedent"])
PS("La ⟦Ley N° 27972⟧ reconoce a las municipalidades la función de promover el desarrollo local, mientras que el ⟦Decreto Legislativo N° 1440⟧ regula su proceso presupuestario. En ese contexto, ⟪la citada Ley⟫ exige que el presupuesto municipal se articule con el plan de desarrollo concertado.",
   ["pe:ley:27972", "pe:dleg:1440"], [("pe:ley:27972", None, "anaphoric")], ["genre:tesis", "type-skip"])
PS("Mediante el ⟦Decreto Legislativo N° 1057⟧ se creó el régimen CAS. Luego, la ⟦Ley N° 29849⟧ reconoció derechos adicionales a sus trabajadores. No obstante, ⟪dicho decreto legislativo⟫ sigue siendo la base de los contratos vigentes en la municipalidad.",
   ["pe:dleg:1057", "pe:ley:29849"], [("pe:dleg:1057", None, "anaphoric")], ["genre:informe", "type-skip", "dicho"])
PS("Las ⟦Leyes N° 27783⟧ y ⟦27867⟧ fueron promulgadas en 2002. ⟪La primera⟫ fija las bases del proceso de descentralización; ⟪la segunda⟫ organiza a los gobiernos regionales.",
   ["pe:ley:27783", "pe:ley:27867"], [("pe:ley:27783", None, "pronoun"), ("pe:ley:27867", None, "pronoun")],
   ["genre:tesis", "ordinal", "list"])
PS("El régimen laboral público se rige por el ⟦Decreto Legislativo N° 276⟧ y por la ⟦Ley N° 30057⟧. ⟪Esta última⟫ prevé el tránsito progresivo de los servidores al nuevo régimen.",
   ["pe:dleg:276", "pe:ley:30057"], [("pe:ley:30057", None, "pronoun")], ["genre:tesis", "ultima"])
PS("Mediante ⟦Resolución Directoral N° 0145-2023-DRE-PUNO⟧ se aprobó el cuadro de méritos del concurso. ⟪La Resolución⟫ fue notificada a los postulantes el 12 de abril de 2023.",
   ["pe:rd:145-2023-dre-puno"], [("pe:rd:145-2023-dre-puno", None, "bare")], ["genre:considerando", "bare"])
PS("Con la ⟦Resolución de Superintendencia N° 203-2021/SUNAT⟧ se aprobaron nuevas reglas para los comprobantes electrónicos. La RTF N° 01245-1-2022 declaró nula la apelada; la citada resolución ordenó a la Administración emitir nuevo pronunciamiento.",
   ["pe:res:203-2021-sunat"], [], ["genre:informe", "trap:decision-antecedent", "no-short-form"])
PS("El ⟦artículo 139 de la Constitución Política del Perú⟧ enumera los principios de la función jurisdiccional. ⟪La mencionada Carta Magna⟫ consagra además los derechos fundamentales de la persona en su artículo 2.",
   ["pe:const:1993"], [("pe:const:1993", None, "anaphoric")],
   ["genre:tesis", "carta-magna"])
PS("El ⟦Decreto Supremo N° 005-2012-TR⟧ reglamenta la seguridad y salud en el trabajo. El ⟪artículo 12 del mismo cuerpo normativo⟫ exige la evaluación de riesgos por puesto de trabajo.",
   ["pe:ds:005-2012-tr"], [("pe:ds:005-2012-tr", "12", "pronoun")], ["genre:informe", "mismo-cuerpo", "article"])
PS("Que, la ⟦Resolución Jefatural N° 088-2022-INDECI⟧ aprueba los lineamientos para la evaluación de daños. Que, en aplicación de ⟪la norma en mención⟫, la Oficina de Defensa Civil remitió el informe preliminar dentro de las 24 horas.",
   ["pe:rj:088-2022-indeci"], [("pe:rj:088-2022-indeci", None, "anaphoric")], ["genre:considerando", "en-mencion"])
PS("El ⟦Decreto de Urgencia N° 016-2020⟧ estableció medidas en materia de recursos humanos del sector público. ⟪El acotado Decreto de Urgencia⟫ prohibió la incorporación de personal mediante mandato judicial.",
   ["pe:du:016-2020"], [("pe:du:016-2020", None, "anaphoric")], ["genre:informe", "acotado"])
PS("La ⟦Ley N° 31131⟧ dispone la incorporación progresiva de los trabajadores CAS al régimen laboral general del sector público. ⟪Esta norma⟫ fue objeto de una demanda de inconstitucionalidad ante el Tribunal Constitucional.",
   ["pe:ley:31131"], [("pe:ley:31131", None, "anaphoric")],
   ["genre:tc", "demonstrative"])
PS("El ⟦Reglamento de la ⟦Ley N° 30225⟧⟧, aprobado por ⟦Decreto Supremo N° 344-2018-EF⟧, regula las causales de nulidad. ⟪Dicho Reglamento⟫ fue modificado en 2020 y 2021, pero ⟪el referido decreto supremo⟫ mantiene su numeración original.",
   ["pe:reglamento:ds-344-2018-ef", "pe:ley:30225", "pe:ds:344-2018-ef"],
   [("pe:reglamento:ds-344-2018-ef", None, "anaphoric"), ("pe:ds:344-2018-ef", None, "anaphoric")],
   ["genre:opinion-osce", "instrument-vs-approver"])
PS("La ⟦Ley N° 30364⟧ y ⟦su Reglamento⟧, aprobado por ⟦Decreto Supremo N° 009-2016-MIMP⟧, regulan las medidas de protección. Según ⟪la Ley⟫, el juzgado de familia debe dictarlas en un plazo máximo de setenta y dos horas.",
   ["pe:ley:30364", "pe:reglamento:ds-009-2016-mimp", "pe:ds:009-2016-mimp"], [("pe:ley:30364", None, "bare")],
   ["genre:tesis", "bare", "type-skip"])
PS("La ⟦Ley N° 31072, Ley de la Gestión Integral de Residuos⟧ (en adelante, la Ley), obliga a las municipalidades a formular planes de manejo. Aunque la ⟦Ley N° 27444⟧ regula el procedimiento sancionador general, ⟪la Ley⟫ tipifica infracciones propias en materia de residuos.",
   ["pe:ley:31072", "pe:ley:27444"], [("pe:ley:31072", None, "alias")], ["genre:informe", "alias", "alias-beats-nearer"])
PS("POR CUANTO: el Consejo Regional aprobó la ⟦Ordenanza Regional N° 021-2023-GRA/CR⟧. Los órganos de línea adecuarán sus procedimientos a ⟪la precitada Ordenanza Regional⟫ en un plazo de sesenta días.",
   ["pe:or:021-2023-gra-cr"], [("pe:or:021-2023-gra-cr", None, "anaphoric")], ["genre:ordenanza", "precitada"])
PS("Por ⟦Decreto Supremo N° 044-2018-PCM⟧ se aprobó el Plan Nacional de Integridad y Lucha contra la Corrupción 2018-2021, el mismo que establece tres ejes. ⟪Dicho decreto supremo⟫ encarga a la Secretaría de Integridad Pública el seguimiento del plan.",
   ["pe:ds:044-2018-pcm"], [("pe:ds:044-2018-pcm", None, "anaphoric")], ["genre:marco-normativo", "trap:mismo-plan", "dicho"])
PS("Con ⟦Acuerdo de Concejo N° 056-2023-MDSJL⟧ se aprobó la donación de un terreno a favor del Ministerio de Salud. ⟪El citado Acuerdo⟫ dispone que el terreno revierta a la municipalidad si no se construye el centro de salud en tres años.",
   ["pe:acm:056-2023-mdsjl"], [("pe:acm:056-2023-mdsjl", None, "anaphoric")], ["genre:acuerdo", "citado"])
PS("La ⟦Directiva N° 004-2023-OSCE/CD⟧ regula el uso del SEACE. Conforme al ⟪numeral 7.3 de dicha Directiva⟫, el registro de los contratos es responsabilidad del órgano encargado de las contrataciones.",
   ["pe:directiva:004-2023-osce-cd"], [("pe:directiva:004-2023-osce-cd", None, "anaphoric", "7.3")], ["genre:opinion-osce", "subunit", "dicha"])
PS("La ⟦Ley N° 20.285⟧ de Chile, sobre acceso a la información pública, creó el Consejo para la Transparencia. En el Perú, la ⟦Ley N° 27806⟧ no creó un órgano semejante, a diferencia de ⟪la citada ley chilena⟫.",
   ["cl:ley:20285", "pe:ley:27806"], [("cl:ley:20285", None, "anaphoric")], ["genre:tesis", "foreign", "modifier-narrows"])
PS("El ⟦Convenio N° 169 de la OIT⟧ reconoce el derecho a la consulta previa, y la ⟦Ley N° 29785⟧ lo desarrolla en el ordenamiento interno. ⟪El citado Convenio⟫ tiene rango constitucional según el Tribunal Constitucional.",
   ["int:oit-convenio-169-1989", "pe:ley:29785"], [("int:oit-convenio-169-1989", None, "anaphoric")], ["genre:tesis", "international"])
PS("Que, el ⟦Decreto Supremo N° 011-2021-MINAM⟧ fija los estándares de calidad ambiental para aire. Que, ⟪el referido Decreto de Urgencia⟫ no ha sido publicado en el portal institucional.",
   ["pe:ds:011-2021-minam"], [(None, None, "anaphoric")], ["genre:considerando", "no-antecedent", "type-mismatch"])
PS("⟦RESOLUCIÓN DE ALCALDÍA N° 0098-2024-MDY⟧. SE RESUELVE: ARTÍCULO PRIMERO.- APROBAR EL CRONOGRAMA DE VACACIONES DEL PERSONAL. ARTÍCULO SEGUNDO.- ENCARGAR EL CUMPLIMIENTO DE ⟪LA PRESENTE RESOLUCIÓN⟫ A LA SUBGERENCIA DE RECURSOS HUMANOS.",
   ["pe:res:098-2024-mdy"], [("pe:res:098-2024-mdy", None, "self")], ["genre:resuelve", "self", "uppercase"])
PS("La ⟦Ley N° 29158, Ley Orgánica del Poder Ejecutivo⟧, clasifica a los organismos públicos. El ⟪artículo 28 de la misma⟫ distingue los organismos técnicos especializados; la ley, como se sabe, no puede prever todos los supuestos de diseño institucional.",
   ["pe:ley:29158"], [("pe:ley:29158", "28", "pronoun")], ["genre:tesis", "misma", "article", "trap:generic-ley"])
PS("El ⟦Texto Único Ordenado de la ⟦Ley N° 28411⟧⟧, aprobado por ⟦Decreto Supremo N° 304-2012-EF⟧, quedó en gran parte derogado. Sin embargo, ⟪el TUO⟫ mantiene vigentes algunos artículos sobre ejecución presupuestaria.",
   ["pe:tuo:ds-304-2012-ef", "pe:ley:28411", "pe:ds:304-2012-ef"], [("pe:tuo:ds-304-2012-ef", None, "bare")], ["genre:opinion-mef", "bare", "tuo"])
PS("La ⟦Ley N° 27444, Ley del Procedimiento Administrativo General⟧ (en adelante, la LPAG), rige las actuaciones de la función administrativa. Conforme a ⟪la LPAG⟫, el silencio administrativo positivo opera por el solo transcurso del plazo.",
   ["pe:ley:27444"], [("pe:ley:27444", None, "alias")], ["genre:tesis", "alias", "acronym"])
PS("El personal de la municipalidad está sujeto al ⟦Decreto Legislativo N° 1057⟧. ⟪El mencionado decreto⟫ no prevé la reposición laboral por despido arbitrario.",
   ["pe:dleg:1057"], [("pe:dleg:1057", None, "anaphoric")], ["genre:tesis", "mencionado", "decreto-generic-head"])
PS("Que, la ⟦Resolución Ministerial N° 156-2022-MIDAGRI⟧ y la ⟦Resolución Jefatural N° 034-2022-SENASA⟧ regulan la certificación fitosanitaria. Que, ⟪esta última⟫ establece los requisitos de inspección en el lugar de producción, y ambas normas deben aplicarse de manera coordinada.",
   ["pe:rm:156-2022-midagri", "pe:rj:034-2022-senasa"], [("pe:rj:034-2022-senasa", None, "pronoun")],
   ["genre:considerando", "ultima", "plural-not-annotated"])
PS("Que, se ha previsto aprobar una ordenanza que regule el uso de espacios públicos. Que, la ordenanza que se apruebe deberá respetar el ⟦artículo 79 de la Ley N° 27972⟧, y ⟪la citada Ley⟫ prevé la opinión previa de la municipalidad provincial.",
   ["pe:ley:27972"], [("pe:ley:27972", None, "anaphoric")], ["genre:considerando", "trap:future-norm", "citada"])
PS("El ⟦Decreto Supremo N° 123-2018-PCM⟧ aprobó el ⟦Reglamento del Sistema Administrativo de Modernización de la Gestión Pública⟧. En el ⟪artículo 4 del citado Reglamento⟫ se define la gestión por procesos.",
   ["pe:ds:123-2018-pcm", "pe:reglamento:ds-123-2018-pcm"], [("pe:reglamento:ds-123-2018-pcm", "4", "anaphoric")], ["genre:marco-normativo", "reglamento-via-approver", "article"])

PS("El ⟦Decreto Legislativo N° 1252⟧ creó el Sistema Nacional de Programación Multianual y Gestión de Inversiones. ⟪El precitado Decreto Legislativo⟫ derogó la ⟦Ley N° 27293⟧; ⟪esta última⟫ había creado el Sistema Nacional de Inversión Pública en el año 2000.",
   ["pe:dleg:1252", "pe:ley:27293"], [("pe:dleg:1252", None, "anaphoric"), ("pe:ley:27293", None, "pronoun")],
   ["genre:tesis", "precitado", "ultima"])
PS("Que, el ⟦Decreto de Alcaldía N° 002-2024-MPH⟧ reglamenta la ⟦Ordenanza N° 512-2023-MPH⟧ sobre ferias itinerantes. Que, ⟪el referido Decreto de Alcaldía⟫ precisa los horarios de funcionamiento, mientras que ⟪la Ordenanza⟫ fija las infracciones y sanciones.",
   ["pe:da:002-2024-mph", "pe:om:512-2023-mph"], [("pe:da:002-2024-mph", None, "anaphoric"), ("pe:om:512-2023-mph", None, "bare")],
   ["genre:considerando", "referido", "bare", "type-skip"])
PS("Que, la ⟦Resolución Ministerial N° 072-2023-VIVIENDA⟧ aprobó los formatos de licencia de edificación. Que, ⟪dicha resolución ministerial⟫ se publicó en el diario oficial; sin embargo, ⟪el citado Decreto Supremo⟫ que le habría servido de sustento no obra en el expediente.",
   ["pe:rm:072-2023-vivienda"], [("pe:rm:072-2023-vivienda", None, "anaphoric"), (None, None, "anaphoric")],
   ["genre:considerando", "dicha", "no-antecedent", "type-mismatch"])
PS("Que, mediante ⟦Acuerdo de Consejo Regional N° 045-2024-GRC/CR⟧ se aprobó el cuadro de comisiones ordinarias. Que, ⟪dicho Acuerdo⟫ se adoptó conforme a la ⟦Ley N° 27867⟧, y el ⟪artículo 15 de la citada ley orgánica⟫ atribuye al Consejo Regional la aprobación de su reglamento interno.",
   ["pe:acr:045-2024-grc-cr", "pe:ley:27867"], [("pe:acr:045-2024-grc-cr", None, "anaphoric"), ("pe:ley:27867", "15", "anaphoric")],
   ["genre:considerando", "dicho", "modifier-narrows", "article"])


def build_shortforms():
    rows = []
    seen = set()
    for i, (marked, fulls, shorts, tags) in enumerate(P):
        text, spans = parse(marked)
        assert text not in seen
        seen.add(text)
        R_ = [s for s in spans if s[0] == "R"]
        S_ = [s for s in spans if s[0] == "S"]
        assert len(R_) == len(fulls), (marked, len(R_), len(fulls))
        assert len(S_) == len(shorts), (marked, len(S_), len(shorts))
        fr = [{"text": text[a:b], "start": a, "end": b, "canonical": c} for (_, a, b), c in zip(R_, fulls)]
        sr = []
        for (_, a, b), sh in zip(S_, shorts):
            ant, art, kind = sh[:3]
            d = {"text": text[a:b], "start": a, "end": b, "antecedent": ant, "article": art}
            if len(sh) > 3:
                d["inciso"] = sh[3]
            sr.append(d)
            tags = tags + ["kind:" + kind]
        for x in fr + sr:
            assert text[x["start"]:x["end"]] == x["text"]
        for x in sr:
            a = x["antecedent"]
            if a is not None:
                # antecedent must be cited in full earlier in the passage (directly, or as an approved instrument)
                prior = [f["canonical"] for f in fr if f["start"] < x["start"]]
                ok = a in prior
                assert ok, (i, a, prior)
        fr.sort(key=lambda r: (r["start"], -r["end"]))
        rows.append({"id": "f14-%03d" % (i + 1), "passage": text, "tags": sorted(set(tags)),
                     "full_refs": fr, "short_refs": sr})
    return rows


def main():
    cit = build_citations()
    sfs = build_shortforms()
    with open(os.path.join(HERE, "citations-dev.jsonl"), "w", encoding="utf-8") as f:
        for r in cit:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "shortforms-dev.jsonl"), "w", encoding="utf-8") as f:
        for r in sfs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # ---- stats
    from collections import Counter
    pos = sum(not r["negative"] for r in cit)
    nrefs = Counter(x["scope"] for r in cit for x in r["refs"])
    types = Counter(x["type"] for r in cit for x in r["refs"])
    tags = Counter(t for r in cit for t in r["tags"])
    print("sentences", len(cit), "positive", pos, "negative", len(cit) - pos)
    print("refs", sum(nrefs.values()), dict(nrefs))
    print("types", dict(types.most_common()))
    print("tags", dict(sorted(tags.items())))
    nsf = sum(len(r["short_refs"]) for r in sfs)
    nnull = sum(1 for r in sfs for x in r["short_refs"] if x["antecedent"] is None)
    nfull = sum(len(r["full_refs"]) for r in sfs)
    print("passages", len(sfs), "full_refs", nfull, "short_forms", nsf, "null", nnull,
          "zero-sf passages", sum(1 for r in sfs if not r["short_refs"]))
    print("sf tags", dict(sorted(Counter(t for r in sfs for t in r["tags"]).items())))


if __name__ == "__main__":
    main()
