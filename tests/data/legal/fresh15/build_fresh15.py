#!/usr/bin/env python3
"""Build the fresh15 blind test set for the legal-citation detector.

Writes citations-dev.jsonl and shortforms-dev.jsonl next to this script and fails on any
inconsistency (offsets, fields, id patterns, antecedents, 8-word overlap with other sets).
Run:  python3 build_fresh15.py
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


TUO_LCE = "pe:tuo:ds-082-2019-ef"
REG_LCE = "pe:reglamento:ds-344-2018-ef"

# ---- municipal gazette (El Peruano «normas legales») ------------------------
S("MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES\n⟦ORDENANZA N° 623-MDSMP⟧\nOrdenanza que establece un régimen temporal de regularización de edificaciones ejecutadas sin licencia",
  [R("pe:om:623-mdsmp")], ["genre:gazette-municipal", "uppercase", "ordinance-no-year", "heading"])
S("Aprueban el ⟦Reglamento de Anuncios y Elementos de Publicidad Exterior del distrito⟧\n⟦ORDENANZA Nº 418-2024-MDLV⟧\nLa Victoria, 9 de abril de 2024",
  [R("pe:reglamento:om-418-2024-mdlv", alias=["pe:om:418-2024-mdlv"], note="gazette summary line: the regulation is approved by the ordinance printed under it"),
   R("pe:om:418-2024-mdlv")], ["genre:gazette-municipal", "approved-by", "heading"])
S("El pleno del concejo, con dispensa del trámite de lectura del acta, adoptó el ⟦Acuerdo de Concejo N° 041-2024-MDLV⟧, por el cual se declara de necesidad pública la recuperación del mercado Manco Cápac.",
  [R("pe:acm:041-2024-mdlv")], ["genre:gazette-municipal", "acuerdo-concejo"])
S("⟦DECRETO DE ALCALDÍA N° 006-2024-MDSMP⟧.- Prorrogan hasta el 31 de julio los beneficios tributarios otorgados por la ⟦Ordenanza N° 611-MDSMP⟧",
  [R("pe:da:006-2024-mdsmp"), R("pe:om:611-mdsmp")], ["genre:gazette-municipal", "uppercase-span", "ordinance-no-year"])
S("En ejercicio de las atribuciones que le confiere el ⟦art. 9, inciso 8, de la Ley Nº 27972⟧, el concejo distrital de Lince aprobó por mayoría la ordenanza que sigue:",
  [R("pe:ley:27972", article="9", inciso="8")], ["genre:gazette-municipal", "subunit", "article"])
S("Que, según el ⟦art. 194 de la Constitución⟧, reformado por la ⟦Ley de Reforma Constitucional N° 30305⟧, las municipalidades distritales gozan de autonomía en los asuntos que la ley les encomienda;",
  [R("pe:const:1993", article="194"), R("pe:ley:30305")], ["genre:gazette-municipal", "considerando", "amendment", "article"])
S("Mediante ⟦Resolución de Alcaldía N° 0245-2024-A/MPT⟧ se designó a la funcionaria responsable de atender los pedidos de información pública en la Municipalidad Provincial de Trujillo.",
  [R("pe:res:245-2024-a-mpt")], ["genre:gazette-municipal", "municipal-resolution", "zero-padding"])
S("Los parámetros edificatorios de la zona monumental del Rímac se fijan en la ⟦Ordenanza N° 2573-MML⟧, que sustituyó el plano de zonificación anterior.",
  [R("pe:om:2573-mml")], ["genre:gazette-municipal", "ordinance-no-year"])
S("La licencia quedó sin efecto por ⟦Resolución de Gerencia de Desarrollo Urbano N° 312-2023-GDU/MDSB⟧, notificada al administrado en su domicilio procesal.",
  [R("pe:res:312-2023-gdu-mdsb")], ["genre:gazette-municipal", "municipal-resolution", "issuer-slash"])
S("La ⟦O.M. N° 587-2023-MDA⟧ incorporó al TUPA institucional el procedimiento de autorización para la instalación de antenas de telecomunicaciones.",
  [R("pe:om:587-2023-mda")], ["genre:gazette-municipal", "abbrev:O.M.", "management-doc-context"])
S("Que, el ⟦Decreto de Alcaldía Nº 012-2023-MML⟧ reglamentó el procedimiento de comercio en espacios públicos aprobado por la ⟦Ordenanza Nº 2450-MML⟧ y sus modificatorias;",
  [R("pe:da:012-2023-mml"), R("pe:om:2450-mml")], ["genre:gazette-municipal", "considerando", "modificatorias", "ordinance-no-year"])
S("Por ⟦Acuerdo de Concejo Nº 118-2023/MPCH⟧ se aprobó la suscripción del convenio con el Ministerio de Vivienda para el saneamiento físico legal de los asentamientos humanos.",
  [R("pe:acm:118-2023-mpch")], ["genre:gazette-municipal", "acuerdo-concejo", "issuer-slash"])

# ---- regional gazette -------------------------------------------------------
S("GOBIERNO REGIONAL JUNÍN\n⟦ORDENANZA REGIONAL N° 388-GRJ/CR⟧\nDeclaran de interés regional la conservación y recuperación de la cuenca alta del río Mantaro",
  [R("pe:or:388-grj-cr")], ["genre:gazette-regional", "uppercase", "ordinance-no-year", "heading"])
S("El ⟦Acuerdo de Consejo Regional N° 019-2024-GRA/CR⟧ dispensó al gobernador de la autorización previa para viajar a la feria internacional de Santiago de Chile.",
  [R("pe:acr:019-2024-gra-cr")], ["genre:gazette-regional", "acuerdo-regional"])
S("Por ⟦Decreto Regional N° 004-2023-GRSM/GR⟧ se aprobaron los lineamientos que orientan la formulación del presupuesto participativo regional basado en resultados.",
  [R("pe:dr:004-2023-grsm-gr")], ["genre:gazette-regional", "genre:budget"])
S("La ⟦Resolución Ejecutiva Regional N° 187-2024-GORE-ICA/GR⟧ encargó, con eficacia anticipada, las funciones de la Gerencia Regional de Infraestructura.",
  [R("pe:res:187-2024-gore-ica-gr")], ["genre:gazette-regional", "regional-resolution"])
S("Con ⟦R.G.G.R. N° 076-2024-GRP-GGR⟧ se declaró improcedente el pedido de ampliación de plazo formulado por el consorcio ejecutor de la carretera.",
  [R("pe:res:076-2024-grp-ggr")], ["genre:gazette-regional", "genre:procurement", "abbrev:R.G.G.R.", "regional-resolution"])
S("Que, el Consejo Regional, en sesión extraordinaria, acordó modificar la ⟦Ordenanza Regional No. 004-2023-GRLL/CR⟧ en lo relativo a la conformación del consejo de coordinación regional;",
  [R("pe:or:004-2023-grll-cr")], ["genre:gazette-regional", "considerando"])
S("Que, conforme al ⟦literal a) del artículo 15 de la Ley Nº 27867⟧, corresponde al consejo regional aprobar, modificar o derogar las normas que regulen los asuntos de su competencia;",
  [R("pe:ley:27867", article="15", inciso="a)")], ["genre:gazette-regional", "considerando", "subunit"])
S("Mediante ⟦Acuerdo Regional N° 112-2023-GRJ/CR⟧ se aprobó el cuadro de asignación de bienes inmuebles a favor de la Dirección Regional de Salud.",
  [R("pe:acr:112-2023-grj-cr", note="«Acuerdo Regional» is the short name of an Acuerdo de Consejo Regional")], ["genre:gazette-regional", "acuerdo-regional"])
S("Que, mediante ⟦Ordenanza Regional N° 021-2022-CR/GOB.REG.TACNA⟧ se aprobó el PDRC de Tacna con horizonte al año 2030;",
  [R("pe:or:021-2022-cr-gob-reg-tacna")], ["genre:gazette-regional", "considerando", "issuer-dot", "management-doc-context"])

# ---- procurement -----------------------------------------------------------
S("1.4 BASE LEGAL\n– ⟦TUO de la ⟦Ley Nº 30225⟧⟧, aprobado con ⟦D.S. Nº 082-2019-EF⟧.\n– Directivas del OSCE aplicables al procedimiento.",
  [R(TUO_LCE, alias=["pe:ds:082-2019-ef"]), R("pe:ley:30225", nested=True), R("pe:ds:082-2019-ef")],
  ["genre:procurement", "tuo", "approved-by", "abbrev:TUO", "abbrev:D.S.", "nested"])
S("– ⟦Decreto Supremo N° 344-2018-EF⟧, que aprueba el ⟦Reglamento de la ⟦Ley N° 30225⟧⟧, y sus modificatorias.",
  [R("pe:ds:344-2018-ef"), R(REG_LCE, alias=["pe:ds:344-2018-ef"]), R("pe:ley:30225", nested=True)],
  ["genre:procurement", "approved-by", "nested", "modificatorias"])
S("Durante la ejecución del servicio el contratista observará la ⟦Ley N° 29783⟧ y el ⟦D.S. N° 005-2012-TR⟧ en todo lo referido a la prevención de accidentes del personal destacado.",
  [R("pe:ley:29783"), R("pe:ds:005-2012-tr")], ["genre:procurement", "genre:tdr", "abbrev:D.S."])
S("Por aplicación del ⟦literal a) del numeral 5.1 del art. 5 del TUO de la ⟦Ley Nº 30225⟧⟧, la adquisición de importe igual o menor a ocho UIT no se sujeta a procedimiento de selección.",
  [R("pe:tuo:ley-30225", article="5", inciso="5.1 a)", alias=["pe:ds:082-2019-ef"]), R("pe:ley:30225", nested=True)],
  ["genre:procurement", "subunit", "tuo", "parent-key", "nested"])
S("CLÁUSULA DÉCIMA: PENALIDADES. Si EL CONTRATISTA incurre en retraso injustificado, LA ENTIDAD le aplicará la penalidad diaria regulada en el ⟦artículo 162 del Reglamento de la ⟦Ley N° 30225⟧⟧.",
  [R("pe:reglamento:ley-30225", article="162", alias=["pe:ds:344-2018-ef"]), R("pe:ley:30225", nested=True)],
  ["genre:procurement", "genre:contract", "uppercase", "parent-key", "article", "nested"])
S("Los requisitos de calificación se ajustan a la ⟦Directiva N° 001-2023-OSCE/CD⟧, aprobada por ⟦Resolución N° 012-2023-OSCE/PRE⟧.",
  [R("pe:directiva:001-2023-osce-cd"), R("pe:res:012-2023-osce-pre")], ["genre:procurement", "numbered-directive"])
S("La ⟦Ley N° 30225⟧, modificada por los ⟦Decretos Legislativos N° 1341⟧ y ⟦1444⟧, introdujo la figura del catálogo electrónico de acuerdos marco.",
  [R("pe:ley:30225"), R("pe:dleg:1341"), R("pe:dleg:1444")], ["genre:procurement", "list", "plural-head", "amendment"])
S("A partir de abril de 2025 las contrataciones del Estado se rigen por la ⟦Ley N° 32069, Ley General de Contrataciones Públicas⟧, que derogó el régimen anterior.",
  [R("pe:ley:32069")], ["genre:procurement", "apposition:number-name"])
S("El comité de selección aplicó el ⟦artículo 49 del Reglamento⟧ aprobado mediante ⟦D.S. N.° 344-2018-EF⟧ para verificar la experiencia del postor.",
  [R(REG_LCE, article="49", alias=["pe:ds:344-2018-ef"]), R("pe:ds:344-2018-ef")], ["genre:procurement", "approved-by", "article"])
S("TÉRMINOS DE REFERENCIA — El proveedor acreditará su inscripción en el RNP vigente, conforme al ⟦numeral 9.2 del artículo 9 del Decreto Supremo N° 162-2021-EF⟧.",
  [R("pe:ds:162-2021-ef", article="9", inciso="9.2")], ["genre:procurement", "genre:tdr", "uppercase", "subunit"])
S("La Entidad podrá resolver el contrato por caso fortuito, según el ⟦artículo 36 de la Ley de Contrataciones del Estado⟧, sin que ello genere indemnización alguna.",
  [R("pe:ley:@ley-de-contrataciones-del-estado", article="36", alias=["pe:ley:30225"])], ["genre:procurement", "genre:contract", "named", "article"])
S("El catálogo de acuerdos marco fue implementado conforme a la ⟦Directiva Nº 007-2017-OSCE/CD⟧ y sus modificatorias, y Perú Compras administra su operación.",
  [R("pe:directiva:007-2017-osce-cd")], ["genre:procurement", "numbered-directive", "modificatorias"])

# ---- budget ---------------------------------------------------------------
S("El ingreso de personal a la entidad sigue prohibido por la ley anual de presupuesto para 2024 (⟦Ley N° 31953⟧), salvo las excepciones que ella misma enumera.",
  [R("pe:ley:31953")], ["genre:budget", "apposition:parens"])
S("Autorizan transferencia de partidas a favor de diversos gobiernos locales para el mantenimiento de locales escolares\n⟦DECRETO SUPREMO N° 118-2024-EF⟧",
  [R("pe:ds:118-2024-ef")], ["genre:budget", "genre:gazette", "uppercase-span", "heading"])
S("Las modificaciones en el nivel funcional programático se rigen por el ⟦artículo 47 del Decreto Legislativo Nº 1440⟧ y son aprobadas por el titular del pliego.",
  [R("pe:dleg:1440", article="47")], ["genre:budget", "article"])
S("Mediante ⟦Decreto de Urgencia N° 002-2024⟧ se dictaron medidas extraordinarias para financiar la prevención ante lluvias intensas en la costa norte.",
  [R("pe:du:002-2024")], ["genre:budget"])
S("El presupuesto del año fiscal 2020 fue aprobado por el ⟦D.U. N° 014-2019⟧, al haberse disuelto el Congreso en setiembre de 2019.",
  [R("pe:du:014-2019")], ["genre:budget", "abbrev:D.U."])
S("Por ⟦Resolución Directoral N° 0023-2023-EF/50.01⟧ se aprobó la ⟦Directiva N° 0001-2024-EF/50.01⟧, que regula la ejecución presupuestaria de los pliegos.",
  [R("pe:rd:023-2023-ef-50-01"), R("pe:directiva:001-2024-ef-50-01")], ["genre:budget", "numbered-directive", "issuer-dot", "zero-padding"])
S("La ⟦Resolución de Alcaldía N° 089-2024-MPC⟧ aprobó el Presupuesto Institucional de Apertura del pliego por un monto de S/ 48 912 300,00.",
  [R("pe:res:089-2024-mpc")], ["genre:budget", "municipal-resolution", "amount-distractor"])
S("Con cargo a los recursos de la Reserva de Contingencia se autorizó una transferencia mediante el ⟦Decreto Supremo Nº 077-2024-EF⟧, publicado en edición extraordinaria.",
  [R("pe:ds:077-2024-ef")], ["genre:budget"])
S("Los ⟦Decretos Supremos N° 031-2024-EF⟧ y ⟦N° 045-2024-EF⟧ autorizaron créditos suplementarios para la atención de la emergencia por el fenómeno El Niño costero.",
  [R("pe:ds:031-2024-ef"), R("pe:ds:045-2024-ef")], ["genre:budget", "list", "plural-head"])
S("La ⟦Ley N° 31638⟧ aprobó el presupuesto del año 2023, y la ⟦Ley N° 31639⟧ el endeudamiento correspondiente a ese mismo ejercicio.",
  [R("pe:ley:31638"), R("pe:ley:31639")], ["genre:budget"])
S("La programación multianual de inversiones se sujeta al ⟦Decreto Legislativo N° 1252⟧, cuyo ⟦Texto Único Ordenado⟧ fue aprobado por ⟦Decreto Supremo N˚ 242-2018-EF⟧.",
  [R("pe:dleg:1252"), R("pe:tuo:ds-242-2018-ef", alias=["pe:ds:242-2018-ef"]), R("pe:ds:242-2018-ef")],
  ["genre:budget", "tuo", "approved-by", "ocr-sign"])
S("⟦Su Reglamento⟧ fue aprobado por ⟦D.S. N° 284-2018-EF⟧, y las fases del ciclo de inversión se regulan en la ⟦Directiva Nº 001-2019-EF/63.01⟧.",
  [R("pe:reglamento:ds-284-2018-ef", alias=["pe:ds:284-2018-ef"], note="«Su Reglamento» with its approving DS in the same sentence is a mention (docs §10.2)"),
   R("pe:ds:284-2018-ef"), R("pe:directiva:001-2019-ef-63-01")], ["genre:budget", "possessive-reglamento", "approved-by", "numbered-directive"])
S("El ⟦Decreto Supremo N° 001-2024-EF⟧ aprobó los montos de la asignación por productividad, dentro del marco del ⟦artículo 30 del Decreto Legislativo N° 1442⟧.",
  [R("pe:ds:001-2024-ef"), R("pe:dleg:1442", article="30")], ["genre:budget", "genre:labour", "article"])
S("La ⟦Resolución Ministerial N° 134-2024-EF/43⟧ formalizó la incorporación de mayores fondos públicos provenientes de saldos de balance.",
  [R("pe:rm:134-2024-ef-43")], ["genre:budget", "issuer-office"])
S("Según la ⟦Primera Disposición Complementaria Final del Decreto de Urgencia N° 038-2023⟧, las entidades pueden reorientar recursos a la contratación de brigadas de mantenimiento.",
  [R("pe:du:038-2023", article="Primera Disposición Complementaria Final")], ["genre:budget", "disposition"])

# ---- sectoral plans --------------------------------------------------------
S("II. MARCO LEGAL\n• ⟦Decreto Legislativo N° 1088⟧, que crea el Sistema Nacional de Planeamiento Estratégico y el CEPLAN.\n• ⟦Ley N° 29158⟧, orgánica del Poder Ejecutivo.",
  [R("pe:dleg:1088"), R("pe:ley:29158")], ["genre:plan", "uppercase", "bullet-list"])
S("La guía que sirve de pauta para formular el PEI y el POI fue aprobada por ⟦Resolución de Presidencia de Consejo Directivo N° 033-2017-CEPLAN/PCD⟧ y modificada en años sucesivos.",
  [R("pe:rpcd:033-2017-ceplan-pcd")], ["genre:plan", "management-doc-context"])
S("Para la actualización de las políticas y planes se siguió la ⟦Directiva N° 001-2017-CEPLAN/PCD⟧, de alcance obligatorio para todas las entidades del Estado.",
  [R("pe:directiva:001-2017-ceplan-pcd")], ["genre:plan", "numbered-directive"])
S("El Plan Estratégico Sectorial Multisectorial del sector Ambiente 2017-2021 se aprobó por ⟦R.M. N° 385-2016-MINAM⟧ y fue ampliado en su horizonte temporal hasta 2024.",
  [R("pe:rm:385-2016-minam")], ["genre:plan", "genre:environment", "abbrev:R.M.", "management-doc-context", "years"])
S("El POI Multianual 2025-2027 del Ministerio de Desarrollo e Inclusión Social se aprobó por ⟦Resolución de Secretaría General N° 041-2024-MIDIS/SG⟧.",
  [R("pe:rsg:041-2024-midis-sg")], ["genre:plan", "management-doc-context", "years"])
S("La política nacional de modernización con horizonte al 2030, aprobada por ⟦D.S. N° 103-2022-PCM⟧, reemplazó a la de 2013.",
  [R("pe:ds:103-2022-pcm")], ["genre:plan", "policy-not-mention"])
S("La Política General de Gobierno 2021-2026 (⟦Decreto Supremo N.° 164-2021-PCM⟧) prioriza diez ejes, entre ellos la reactivación económica.",
  [R("pe:ds:164-2021-pcm")], ["genre:plan", "apposition:parens", "policy-not-mention"])
S("Marco normativo del PEI: ⟦Ley Nº 27658⟧ (modernización de la gestión del Estado); ⟦Ley Nº 27785⟧ (control gubernamental); ⟦Decreto Legislativo Nº 1440⟧ (presupuesto público).",
  [R("pe:ley:27658"), R("pe:ley:27785"), R("pe:dleg:1440")], ["genre:plan", "table-cell"])
S("El ROF del Ministerio de Salud, cuya aprobación se dio con el ⟦Decreto Supremo N° 008-2017-SA⟧, asigna a la DGIESP la conducción de las intervenciones estratégicas.",
  [R("pe:ds:008-2017-sa")], ["genre:plan", "genre:health", "rof-not-mention"])
S("Con la ⟦R.P.C.D. Nº 00016-2024-CEPLAN/PCD⟧ se modificaron los plazos de registro del POI en el aplicativo CEPLAN V.01.",
  [R("pe:rpcd:016-2024-ceplan-pcd")], ["genre:plan", "zero-padding", "abbrev:R.P.C.D."])
S("Las metas del plan se alinean a la ⟦Ley N° 31433⟧, que modificó la ⟦Ley Orgánica de Municipalidades⟧ y la ⟦Ley Orgánica de Gobiernos Regionales⟧ en materia de fiscalización.",
  [R("pe:ley:31433"), R("pe:ley:@ley-organica-de-municipalidades", alias=["pe:ley:27972"]), R("pe:ley:@ley-organica-de-gobiernos-regionales", alias=["pe:ley:27867"])],
  ["genre:plan", "named", "amendment"])

# ---- labour / civil service -----------------------------------------------
S("El ⟦Decreto Legislativo N° 1057⟧ y ⟦su Reglamento⟧ —aprobado mediante el ⟦D.S. Nº 075-2008-PCM⟧— regulan la contratación administrativa de servicios en el pliego.",
  [R("pe:dleg:1057"), R("pe:reglamento:ds-075-2008-pcm", alias=["pe:ds:075-2008-pcm"]), R("pe:ds:075-2008-pcm")],
  ["genre:labour", "possessive-reglamento", "approved-by"])
S("Desde la vigencia de la ⟦Ley N° 31131⟧, los contratos CAS de necesidad permanente pasaron a ser de plazo indeterminado.",
  [R("pe:ley:31131")], ["genre:labour"])
S("El perfil del puesto se elaboró conforme a la ⟦Directiva N° 004-2017-SERVIR/GDSRH⟧, aprobada por ⟦Resolución de Presidencia Ejecutiva N° 312-2017-SERVIR-PE⟧.",
  [R("pe:directiva:004-2017-servir-gdsrh"), R("pe:rpe:312-2017-servir-pe")], ["genre:labour", "numbered-directive"])
S("El procedimiento disciplinario se tramitó según el ⟦Reglamento General de la ⟦Ley Nº 30057⟧⟧, aprobado con ⟦Decreto Supremo N.° 040-2014-PCM⟧.",
  [R("pe:reglamento:ds-040-2014-pcm", alias=["pe:ds:040-2014-pcm"]), R("pe:ley:30057", nested=True), R("pe:ds:040-2014-pcm")],
  ["genre:labour", "approved-by", "nested"])
S("Los obreros municipales están sujetos al régimen laboral de la actividad privada del ⟦D. Leg. N° 728⟧ y a las normas reglamentarias del ⟦Decreto Supremo N° 001-96-TR⟧.",
  [R("pe:dleg:728"), R("pe:ds:001-1996-tr")], ["genre:labour", "abbrev:D. Leg.", "old-numbering"])
S("La carrera administrativa del ⟦D.L. 276⟧ no admite el ingreso sin concurso público de méritos.",
  [R("pe:dleg:276", note="D.L. with 3 digits: Decreto Legislativo (docs §2)")], ["genre:labour", "dl-ambiguous", "abbrev:D.L."])
S("La negociación colectiva en el sector privado tiene su base en el ⟦Decreto Ley N° 25593⟧; el ⟦D.S. Nº 010-2003-TR⟧ recogió luego su texto con las modificaciones posteriores.",
  [R("pe:dl:25593"), R("pe:ds:010-2003-tr")], ["genre:labour"])
S("La ⟦R.P.E. N° 101-2015-SERVIR-PE⟧ fijó las reglas con las que cada entidad pasa al régimen del servicio civil.",
  [R("pe:rpe:101-2015-servir-pe")], ["genre:labour", "abbrev:R.P.E."])
S("Las entidades públicas remiten a SERVIR su información de planillas conforme a la ⟦Resolución de Presidencia Ejecutiva N°\n045-2024-SERVIR-PE⟧, bajo responsabilidad del jefe de recursos humanos.",
  [R("pe:rpe:045-2024-servir-pe")], ["genre:labour", "linebreak"])
S("La ⟦Ley N° 31298⟧ prohíbe a las entidades contratar personal mediante locación de servicios para labores de naturaleza subordinada.",
  [R("pe:ley:31298")], ["genre:labour"])
S("Para el cómputo de vacaciones del personal CAS se aplica supletoriamente el ⟦Decreto Legislativo N° 1405⟧ y ⟦su reglamento⟧, que se aprobó con el ⟦Decreto Supremo N° 013-2019-PCM⟧.",
  [R("pe:dleg:1405"), R("pe:reglamento:ds-013-2019-pcm", alias=["pe:ds:013-2019-pcm"]), R("pe:ds:013-2019-pcm")], ["genre:labour", "possessive-reglamento", "approved-by", "lowercase"])
S("La ⟦Ley N° 30057, en su artículo 85⟧, tipifica como falta el uso indebido de la licencia por enfermedad.",
  [R("pe:ley:30057", article="85", note="article attached after the norm by «en su» (docs §4): one mention")],
  ["genre:labour", "article"])

# ---- environment ----------------------------------------------------------
S("El proyecto minero requiere certificación ambiental previa, en aplicación de la ⟦Ley N° 27446⟧ y de ⟦su reglamento⟧, cuya aprobación se hizo por ⟦Decreto Supremo Nº 019-2009-MINAM⟧.",
  [R("pe:ley:27446"), R("pe:reglamento:ds-019-2009-minam", alias=["pe:ds:019-2009-minam"]), R("pe:ds:019-2009-minam")], ["genre:environment", "possessive-reglamento", "approved-by", "lowercase"])
S("El SENACE fue creado por la ⟦Ley N° 29968⟧ como organismo adscrito al Ministerio del Ambiente, encargado de revisar y aprobar los EIA detallados.",
  [R("pe:ley:29968")], ["genre:environment"])
S("La tipificación de infracciones administrativas por incumplir los instrumentos de gestión ambiental consta en la ⟦Resolución de Consejo Directivo N° 00006-2019-OEFA/CD⟧.",
  [R("pe:rcd:006-2019-oefa-cd")], ["genre:environment", "zero-padding"])
S("La ⟦Ley Nº 29325⟧ creó el Sistema Nacional de Evaluación y Fiscalización Ambiental y otorgó al OEFA la condición de ente rector.",
  [R("pe:ley:29325")], ["genre:environment"])
S("Los estándares de calidad ambiental para agua que rigen el monitoreo participativo fueron aprobados por el ⟦Decreto Supremo N° 004-2017-MINAM⟧.",
  [R("pe:ds:004-2017-minam")], ["genre:environment"])
S("Por ⟦Resolución Directoral N° 00123-2024-SENACE-PE/DEIN⟧ se otorgó la conformidad a la modificación del estudio de impacto ambiental de la línea de transmisión.",
  [R("pe:rd:123-2024-senace-pe-dein")], ["genre:environment", "zero-padding"])
S("La ⟦Ley General del Ambiente⟧ reconoce a cada ciudadano la facultad de intervenir en el diseño de las políticas ambientales y en su ejecución.",
  [R("pe:ley:@ley-general-del-ambiente", alias=["pe:ley:28611"])], ["genre:environment", "named"])
S("La Autoridad Nacional del Agua otorgó la licencia de uso conforme a la ⟦Ley de Recursos Hídricos, Ley N° 29338⟧, y al ⟦Reglamento⟧ aprobado por ⟦D.S. N° 001-2010-AG⟧.",
  [R("pe:ley:29338"), R("pe:reglamento:ds-001-2010-ag", alias=["pe:ds:001-2010-ag"]), R("pe:ds:001-2010-ag")],
  ["genre:environment", "apposition:name-number", "approved-by"])
S("El ⟦Decreto Supremo N° 040-2014-EM⟧ regula la protección y gestión ambiental de las actividades de explotación, beneficio, labor general y transporte minero.",
  [R("pe:ds:040-2014-em")], ["genre:environment"])
S("Mediante ⟦Resolución Jefatural N° 090-2016-ANA⟧ se establecieron los criterios para la clasificación de cuerpos de agua continentales superficiales.",
  [R("pe:rj:090-2016-ana")], ["genre:environment"])
S("El titular presentó el Informe Técnico Sustentatorio al amparo del ⟦artículo 4 del Decreto Supremo N° 054-2013-PCM⟧, que habilita ese procedimiento para modificaciones de impacto no significativo.",
  [R("pe:ds:054-2013-pcm", article="4")], ["genre:environment", "article", "admin-doc-context"])

# ---- education and health --------------------------------------------------
S("La evaluación de los aprendizajes en la educación básica se rige por la ⟦R.V.M. Nº 094-2020-MINEDU⟧, que aprobó el documento normativo correspondiente.",
  [R("pe:rvm:094-2020-minedu")], ["genre:education", "abbrev:R.V.M.", "management-doc-context"])
S("La ⟦Ley N° 29944⟧ y ⟦su reglamento⟧, que fue aprobado con ⟦D.S. N° 004-2013-ED⟧, regulan el ascenso de los profesores en la escala magisterial.",
  [R("pe:ley:29944"), R("pe:reglamento:ds-004-2013-ed", alias=["pe:ds:004-2013-ed"]), R("pe:ds:004-2013-ed")],
  ["genre:education", "possessive-reglamento", "approved-by", "lowercase"])
S("Las disposiciones para el año escolar 2024 en instituciones públicas fueron aprobadas por ⟦Resolución Ministerial N° 587-2023-MINEDU⟧.",
  [R("pe:rm:587-2023-minedu")], ["genre:education", "years"])
S("La ⟦Resolución Directoral Regional N° 01456-2024-DRELM⟧ aprobó el cuadro de distribución de horas pedagógicas de las instituciones educativas de Lima Metropolitana.",
  [R("pe:rd:1456-2024-drelm")], ["genre:education", "rd-regional"])
S("La atención del recién nacido se ajusta a la ⟦NTS N° 159-MINSA/2019/DGIESP⟧, aprobada por ⟦Resolución Ministerial N° 1138-2019/MINSA⟧.",
  [R("pe:nt:159-2019-minsa-dgiesp", issuer="MINSA/DGIESP", note="year inside the issuer moved after the number (shared decision 16)"), R("pe:rm:1138-2019-minsa")],
  ["genre:health", "abbrev:NTS", "sector-first"])
S("Conforme a la ⟦Ley N° 26842⟧, ningún establecimiento de salud puede negar la atención de emergencia a quien la necesite.",
  [R("pe:ley:26842")], ["genre:health"])
S("La ⟦Ley de Salud Mental, Ley N° 30947⟧, y ⟦su Reglamento⟧, aprobado por ⟦D.S. N° 007-2020-SA⟧, reorganizan los servicios en centros comunitarios.",
  [R("pe:ley:30947"), R("pe:reglamento:ds-007-2020-sa", alias=["pe:ds:007-2020-sa"]), R("pe:ds:007-2020-sa")],
  ["genre:health", "apposition:name-number", "possessive-reglamento", "approved-by"])
S("Las reglas para elaborar documentos normativos del ministerio están en la ⟦Resolución Ministerial N° 826-2021/MINSA⟧, que derogó la anterior directiva administrativa.",
  [R("pe:rm:826-2021-minsa")], ["genre:health", "issuer-slash"])
S("Con ⟦Resolución Jefatural N° 215-2023-J-OPE/INS⟧ se aprobó el listado de ensayos clínicos autorizados durante el primer semestre.",
  [R("pe:rj:215-2023-j-ope-ins")], ["genre:health"])
S("La emergencia sanitaria nacional fue declarada por el ⟦Decreto Supremo N° 008-2020-SA⟧ y prorrogada en varias oportunidades hasta 2023.",
  [R("pe:ds:008-2020-sa")], ["genre:health"])
S("La matrícula en institutos públicos de educación superior se rige por la ⟦Ley N° 30512⟧, sin perjuicio de los lineamientos académicos que apruebe el ministerio.",
  [R("pe:ley:30512")], ["genre:education", "trap:future-lineamientos"])
S("El licenciamiento de la universidad fue denegado por ⟦Resolución del Consejo Directivo N° 087-2019-SUNEDU/CD⟧, tras la evaluación de las condiciones básicas de calidad.",
  [R("pe:rcd:087-2019-sunedu-cd")], ["genre:education", "del-consejo"])
S("Con el ⟦D.S. Nº 011-2012-ED⟧ quedó aprobado el ⟦Reglamento de la ⟦Ley General de Educación⟧⟧, cuyo capítulo sobre gestión descentralizada sigue vigente.",
  [R("pe:ds:011-2012-ed"), R("pe:reglamento:ds-011-2012-ed", alias=["pe:ds:011-2012-ed"]), R("pe:ley:@ley-general-de-educacion", alias=["pe:ley:28044"], nested=True)],
  ["genre:education", "approved-by", "named", "nested"])
S("El triaje en los servicios de emergencia debe seguir la ⟦Norma Técnica de Salud N° 042-MINSA/DGSP-V.01⟧ mientras no se apruebe su actualización.",
  [R("pe:nt:042-minsa-dgsp-v-01", issuer="MINSA/DGSP-V.01")], ["genre:health", "version"])

# ---- constitutional and judicial summaries ---------------------------------
S("En el Expediente N° 00017-2011-PI/TC, el Tribunal examinó la validez del ⟦artículo 384 del Código Penal⟧, relativo a la colusión.",
  [R("pe:codigo:@codigo-penal", article="384", alias=["pe:dleg:635"])], ["genre:judicial", "jurisprudence:tc", "codigo", "article"])
S("La Casación N° 1242-2022/Lambayeque interpretó el ⟦artículo 2001 del Código Civil⟧ en cuanto al plazo prescriptorio de la acción personal.",
  [R("pe:codigo:@codigo-civil", article="2001", alias=["pe:dleg:295"])], ["genre:judicial", "jurisprudence:casacion", "codigo", "article"])
S("Se vulneró el deber de motivación reconocido en el ⟦artículo 139, inciso 5, de la Constitución⟧, pues la resolución no expresó las razones de la decisión.",
  [R("pe:const:1993", article="139", inciso="5")], ["genre:judicial", "subunit", "constitution"])
S("La demanda de amparo se tramitó bajo el ⟦Nuevo Código Procesal Constitucional (Ley Nº 31307)⟧, vigente desde julio de 2021.",
  [R("pe:ley:31307", note="Código cited with its enacting number: one mention, the law (shared decision 6)")], ["genre:judicial", "codigo", "apposition:parens"])
S("La ⟦Carta de 1993⟧, a diferencia de la ⟦Constitución de 1979⟧, omite la estabilidad laboral absoluta.",
  [R("pe:const:1993"), R("pe:const:1979")], ["genre:judicial", "constitution"])
S("La ⟦Resolución Administrativa N° 000312-2023-CE-PJ⟧ dispuso la conversión del juzgado civil transitorio en juzgado especializado en violencia familiar.",
  [R("pe:res:312-2023-ce-pj")], ["genre:judicial", "judiciary-admin", "zero-padding"])
S("Según la Sala, el ⟦artículo 29 de la Ley N° 27584⟧ obliga a la entidad a remitir el expediente administrativo completo con la contestación.",
  [R("pe:ley:27584", article="29")], ["genre:judicial", "article"])
S("Por ⟦Resolución de la Fiscalía de la Nación Nº 2890-2023-MP-FN⟧ se crearon fiscalías especializadas en delitos de corrupción en tres distritos fiscales.",
  [R("pe:res:2890-2023-mp-fn")], ["genre:judicial", "judiciary-admin"])
S("El Tribunal Constitucional, en la STC N° 00025-2013-PI/TC, reiteró que el ⟦artículo 40 de la Carta Política⟧ no impide regular la carrera de los servidores públicos.",
  [R("pe:const:1993", article="40")], ["genre:judicial", "jurisprudence:tc", "constitution"])
S("El colegiado aplicó el ⟦inciso 2 del artículo 269 del Código Procesal Penal⟧ al valorar el peligro de fuga del imputado.",
  [R("pe:codigo:@codigo-procesal-penal", article="269", inciso="2", alias=["pe:dleg:957"])], ["genre:judicial", "codigo", "subunit"])

# ---- PDF extraction damage --------------------------------------------------
S("La notificación se hizo en observancia del ⟦De-\ncreto Supremo N° 004-2019-JUS⟧, por el cual se aprobó el ⟦TUO de la ⟦Ley N° 27444⟧⟧.",
  [R("pe:ds:004-2019-jus"), R("pe:tuo:ds-004-2019-jus", alias=["pe:ds:004-2019-jus"]), R("pe:ley:27444", nested=True)],
  ["genre:pdf", "hyphenation", "approved-by", "nested"])
S("Que, el ⟦Título Preliminar, artículo IV, numeral 1.1, de la Ley N°27444⟧ consagra el principio de legalidad en la actuación de las autoridades;",
  [R("pe:ley:27444", article="IV del Título Preliminar", inciso="1.1")], ["genre:pdf", "considerando", "title-preliminar", "subunit"])
S("La inversión fue registrada en el Banco de Inversiones según el ⟦Decreto Le\u00adgislativo N° 1252⟧ y sus lineamientos complementarios.",
  [R("pe:dleg:1252")], ["genre:pdf", "soft-hyphen", "genre:budget"])
S("La entidad aprobó su plan de gobierno digital en aplicación de la ⟦Resolución Ministerial Nro. 0156-2024-MINAM⟧ y de la normativa de la Secretaría de Gobierno Digital.",
  [R("pe:rm:156-2024-minam")], ["genre:pdf", "genre:environment"])
S("La cobertura del programa se amplió con la ⟦Ley N.° 31419⟧, que además estableció requisitos mínimos para funcionarios y directivos de libre designación.",
  [R("pe:ley:31419")], ["genre:labour"])
S("En su informe, la comisión citó el ⟦DS N° 011-2024-VI-\nVIENDA⟧ como fuente del valor arancelario aplicado a los terrenos urbanos.",
  [R("pe:ds:011-2024-vivienda", issuer="VI-\nVIENDA", note="issuer split by a line-end hyphen rejoined (shared decision 17)")], ["genre:pdf", "issuer-hyphenation", "abbrev:DS"])
S("DECRETO LEGISLATIVO QUE MODIFICA LA ⟦LEY N° 29783⟧ PARA FORTALECER LA PREVENCIÓN DE RIESGOS EN LOS CENTROS MINEROS\n⟦DECRETO LEGISLATIVO N° 1612⟧",
  [R("pe:ley:29783"), R("pe:dleg:1612", note="descriptive all-caps title without a number is not a mention; the numbered heading under it is")],
  ["genre:pdf", "uppercase", "heading", "descriptive-title"])
S("En ese marco, la ⟦Resoluci\ufffdn Directoral N° 0587-2023-MTC/17⟧ aprob\ufffd el procedimiento de renovación de licencias de conducir, con sustento en la ⟦Ley N° 27181⟧.",
  [R("pe:rd:587-2023-mtc-17"), R("pe:ley:27181")], ["genre:pdf", "fffd", "issuer-office"])
S("El protocolo de fiscalización laboral se aprobó con ⟦Decreto Supremo N° 009-2024-TR⟧12, cuya nota al pie remite al portal institucional.",
  [R("pe:ds:009-2024-tr")], ["genre:pdf", "footnote-marker", "genre:labour"])
S("La tarifa fue fijada por ⟦Resolución Ministerial N° 478- 2024-MTC/01⟧, publicada en el boletín oficial del sector transportes.",
  [R("pe:rm:478-2024-mtc-01")], ["genre:pdf", "space-after-hyphen"])
S("El traslado de competencias se rige por la ⟦Ley Orgánica de Gobier\nnos Regionales⟧ y por las normas de acreditación dictadas al efecto.",
  [R("pe:ley:@ley-organica-de-gobiernos-regionales", alias=["pe:ley:27867"])], ["genre:pdf", "linebreak-nohyphen", "named"])
S("Norma | Denominación\n⟦Ley\nNº 27867 | Ley Orgánica de\nGobiernos Regionales⟧\n⟦Ley\nNº 27972 | Ley Orgánica de\nMunicipalidades⟧",
  [R("pe:ley:27867"), R("pe:ley:27972")], ["genre:pdf", "genre:plan", "table-cell", "linebreak"])
S("La contratación directa se sustentó en el ⟦artículo 27 de la LeyNº 30225⟧, invocando una situación de desabastecimiento.",
  [R("pe:ley:30225", article="27")], ["genre:pdf", "genre:procurement", "glued", "article"])
S("EL ⟦DECRETO SUPREMO Nº 054-2018-PCM⟧ APRUEBA LOS LINEAMIENTOS DE ORGANIZACIÓN DEL ESTADO, APLICABLES A TODAS LAS ENTIDADES DEL PODER EJECUTIVO.",
  [R("pe:ds:054-2018-pcm")], ["genre:pdf", "uppercase", "management-doc-context"])
S("Que, el ⟦art. 8 del Decreto Legislativo N°\n1440⟧ señala que el titular del pliego es la más alta autoridad ejecutiva en materia presupuestal;",
  [R("pe:dleg:1440", article="8")], ["genre:pdf", "genre:budget", "linebreak", "article"])
S("El ⟦Reglamento de Inspecciones Técnicas de Seguridad en Edifi-\ncaciones⟧ fue aprobado por ⟦Decreto Supremo N° 002-2018-PCM⟧ y derogó el anterior.",
  [R("pe:reglamento:ds-002-2018-pcm", alias=["pe:ds:002-2018-pcm"]), R("pe:ds:002-2018-pcm")], ["genre:pdf", "hyphenation", "approved-by"])
S("Los arbitrios fueron determinados por la ⟦Ordenanza N.º 534-MSS⟧, ratificada por ⟦Acuerdo de Concejo N° 391-MML⟧ de la Municipalidad Metropolitana.",
  [R("pe:om:534-mss"), R("pe:acm:391-mml", note="Lima ratification agreement without year, keyed like a Lima ordinance")], ["genre:gazette-municipal", "ordinance-no-year", "acuerdo-concejo"])

# ---- ranges, lists, dates, old forms ---------------------------------------
S("Entre 2018 y 2019, los ⟦⟦Decretos Legislativos Nº 1436⟧ al ⟦1442⟧⟧ reorganizaron los sistemas administrativos de la administración financiera del sector público.",
  [[R("pe:dleg:%d" % n, number=str(n), implicit=True) for n in range(1437, 1442)],
   R("pe:dleg:1436"), R("pe:dleg:1442")], ["genre:budget", "range", "plural-head"])
S("La ⟦Resolución Suprema N° 233 de 3 de marzo de 1962⟧ creó el primer registro de comunidades nativas, según refiere la tesis.",
  [R("pe:rs:233-1962", year="1962")], ["genre:thesis", "old-numbering", "dated"])
S("El ⟦Decreto Supremo de 7 de junio de 1951⟧ sigue citado como antecedente del régimen de aguas en la sierra.",
  [R("pe:ds:f1951-06-07", number=None)], ["genre:thesis", "date-id", "unnumbered"])
S("La ⟦Resolución Ministerial N° 0688-RE, de 21 de mayo de 2014⟧, aprobó la directiva de pasaportes diplomáticos.",
  [R("pe:rm:688-2014-re", issuer="RE", note="year from the attached date (docs §10.4)")], ["genre:thesis", "dated", "sector-no-year"])
S("El ⟦D.S. N° 017-93-JUS⟧ sigue siendo la fuente que los jueces citan para la organización de las cortes superiores.",
  [R("pe:ds:017-1993-jus")], ["genre:judicial", "old-numbering", "abbrev:D.S."])
S("La ⟦Ley Nº 31814⟧, de 30 de junio de 2023, fomenta el empleo de sistemas de inteligencia artificial en la administración pública.",
  [R("pe:ley:31814", year="2023")], ["genre:thesis", "dated"])
S("Las ⟦Leyes Nros. 31084⟧, ⟦31365⟧ y ⟦31638⟧ aprobaron, respectivamente, los presupuestos de 2021, 2022 y 2023.",
  [R("pe:ley:31084"), R("pe:ley:31365"), R("pe:ley:31638")], ["genre:budget", "list", "plural-head"])
S("Las cajas municipales gestionan el riesgo operacional según la ⟦Resolución SBS N° 2116-2009⟧ y sus normas complementarias.",
  [R("pe:res:2116-2009-sbs", issuer="SBS")], ["genre:thesis", "issuer-before-number"])
S("La ⟦Resolución de Superintendencia N° 000123-2024/SUNAT⟧ amplió el plazo para la emisión de comprobantes electrónicos por los pequeños contribuyentes.",
  [R("pe:res:123-2024-sunat")], ["genre:thesis", "zero-padding", "issuer-slash"])
S("La ⟦Resolución Legislativa N° 26253⟧ aprobó el ⟦Convenio 169 de la OIT⟧, cuyo alcance fue luego desarrollado por la ⟦Ley N° 29785⟧.",
  [R("pe:rleg:26253"), R("int:oit-convenio-169-1989"), R("pe:ley:29785")], ["genre:thesis", "international", "treaty", "mixed-scope"])
S("Las obligaciones de seguridad en el trabajo derivan también de la ⟦Decisión 584 de la Comunidad Andina⟧, desarrollada en el ámbito interno por el ⟦Decreto Supremo Nº 005-2012-TR⟧.",
  [R("int:can-decision-584"), R("pe:ds:005-2012-tr")], ["genre:labour", "international", "can", "mixed-scope"])
S("En derecho comparado, la ⟦Ley 1150 de 2007⟧ de Colombia y la ⟦Ley N° 19.886⟧ de Chile introdujeron sistemas electrónicos de compras públicas.",
  [R("co:ley:1150-2007"), R("cl:ley:19886")], ["genre:procurement", "foreign", "foreign:co", "foreign:cl"])
S("La ⟦Ley 9/2017⟧, de Contratos del Sector Público de España, inspiró la regulación de los criterios de sostenibilidad en la adjudicación.",
  [R("es:ley:9-2017", number="9/2017")], ["genre:procurement", "foreign", "foreign:es"])
S("La ⟦Resolución Legislativa del Congreso N° 008-2023-2024-CR⟧ modificó el reglamento parlamentario en materia de licencias.",
  [R("pe:rlegc:008-2023-2024-cr", number="008", year="2023", issuer="CR")], ["genre:judicial", "rlegc"])
S("El régimen de la ⟦Ley N° 719⟧ sobre cooperación técnica internacional fue actualizado por disposiciones posteriores de la APCI.",
  [R("pe:ley:719", alias=["pe:dleg:719"])], ["genre:thesis", "dleg-cited-as-ley"])
S("Por ⟦Resolución de Secretaría de Gobierno Digital 007-2024-PCM/SGTD⟧ la PCM aprobó los estándares de interoperabilidad de la plataforma.",
  [R("pe:rsgd:007-2024-pcm-sgtd")], ["genre:plan"])
S("Por ⟦Resolución Viceministerial N° 005-2024-MINEDU/VMGP⟧ se aprobaron los criterios de priorización para el mantenimiento de infraestructura educativa.",
  [R("pe:rvm:005-2024-minedu-vmgp")], ["genre:education", "issuer-office"])
S("El ⟦Decreto N° 1278⟧ sobre gestión integral de residuos sólidos fue sustituido por la ⟦Ley N° 31072⟧.",
  [R("pe:dleg:1278", note="bare «Decreto N°» with ≤4 digits: Decreto Legislativo (docs §2)"), R("pe:ley:31072")], ["genre:environment", "bare-decreto"])
S("El ⟦D. Ley N° 22175⟧ regulaba las comunidades nativas de la selva y fue reglamentado en 1979.",
  [R("pe:dl:22175")], ["genre:thesis", "abbrev:D. Ley"])
S("La ⟦Resolución Suprema Nº 088-2024-PCM⟧ conformó la comisión multisectorial encargada de proponer la política de cuidado.",
  [R("pe:rs:088-2024-pcm")], ["genre:plan"])

# ---- more number signs and separators ---------------------------------------
S("El plan de manejo de residuos del hospital se formuló con arreglo al ⟦D.S.N°014-2017-MINAM⟧, que desarrolla la gestión integral de residuos sólidos.",
  [R("pe:ds:014-2017-minam")], ["genre:environment", "genre:health", "abbrev:D.S.N°"])
S("Las ⟦Resoluciones Ministeriales N° 045‐2024‐MINAM⟧ y ⟦N° 061‐2024‐MINAM⟧ aprobaron guías de ecoeficiencia para las sedes de las entidades públicas.",
  [R("pe:rm:045-2024-minam"), R("pe:rm:061-2024-minam")], ["genre:environment", "u2010", "list", "plural-head", "management-doc-context"])
S("Según la ⟦Ordenanza Municipal N° 301–2023–MPC⟧, cada mercado de abastos debe contar con un plan de contingencia aprobado por la subgerencia.",
  [R("pe:om:301-2023-mpc")], ["genre:gazette-municipal", "en-dash"])
S("Los trabajadores de las empresas agroexportadoras se rigen desde 2020 por la ⟦Ley Núm. 31110⟧ y por su norma reglamentaria.",
  [R("pe:ley:31110")], ["genre:labour"])
S("La comisión de INDECOPI inaplicó el requisito municipal al amparo del ⟦Decreto Legislativo N.o 1256⟧, que regula la eliminación de barreras burocráticas.",
  [R("pe:dleg:1256")], ["genre:judicial", "genre:gazette-municipal"])

# ---- NEGATIVES -------------------------------------------------------------
NEG = [
    ("Expediente N° 00152-2024-0-1601-JR-LA-02: el juzgado laboral de Trujillo admitió la demanda de reposición del trabajador.", ["neg:jurisprudence:case-file", "genre:judicial"]),
    ("En el Exp. N.° 03052-2021-PA/TC, la Sala Primera declaró improcedente el recurso de agravio constitucional.", ["neg:jurisprudence:tc", "genre:judicial"]),
    ("La Casación Laboral N° 18456-2022-Lima precisó cuándo procede el pago de la indemnización por despido arbitrario.", ["neg:jurisprudence:casacion", "genre:judicial"]),
    ("Visto el Informe N° 0345-2024-GRJ/ORAJ y el Memorando N° 1412-2024-GRJ/GRPPAT, la gerencia solicitó opinión a la oficina de presupuesto.", ["neg:admin-doc", "genre:gazette-regional"]),
    ("Mediante Oficio Múltiple N° 00087-2024-MINEDU/VMGP-DIGEBR se remitió a las UGEL el calendario de la evaluación censal.", ["neg:admin-doc", "genre:education"]),
    ("La Carta N° 055-2024-OSCE/DGR informó a la empresa que su registro como proveedor quedaba suspendido.", ["neg:admin-doc", "genre:procurement"]),
    ("La mesa de partes funciona en Av. Javier Prado Oeste N° 2465, San Isidro, de lunes a viernes de 8:30 a 16:30 horas.", ["neg:address"]),
    ("Para consultas, comuníquese a la central telefónica (01) 311-5930, anexo 2744, o al correo institucional de la subgerencia.", ["neg:code", "phone"]),
    ("La empresa, identificada con RUC N° 20131370645, presentó su oferta en la fecha prevista en el calendario.", ["neg:code", "genre:procurement"]),
    ("El laboratorio cuenta con la certificación ISO 9001:2015 y aplica la NTP-ISO 45001:2018 en su sistema de seguridad.", ["neg:standard"]),
    ("El monto adjudicado asciende a S/ 30 225,00 y el plazo de ejecución es de 27 444 horas-hombre según el expediente técnico.", ["neg:amount", "genre:procurement"]),
    ("Entre 1993 y 2019 la población del distrito pasó de 27 867 a 29 158 habitantes, según los censos nacionales.", ["neg:years", "neg:amount"]),
    ("La Adjudicación Simplificada N° 018-2024-MPH/CS-1 fue declarada desierta al no haberse presentado ofertas válidas.", ["neg:procurement", "genre:procurement"]),
    ("La Orden de Servicio N° 0001542 y el Contrato N° 045-2024-GRL-GGR constan en el SEACE con sus respectivas conformidades.", ["neg:procurement", "genre:procurement"]),
    ("Conforme al numeral 3.1 de las bases integradas, el postor debe adjuntar el Anexo N° 6 con su precio total.", ["neg:numbered-item", "genre:procurement"]),
    ("La resolución del contrato por incumplimiento injustificado fue comunicada mediante carta notarial al domicilio del contratista.", ["neg:word-sense", "genre:procurement"]),
    ("La constitución de la garantía de fiel cumplimiento es requisito para perfeccionar el contrato.", ["neg:word-sense", "genre:procurement"]),
    ("La Convocatoria CAS N° 112-2024-SERVIR busca cubrir un puesto de especialista en gestión del rendimiento.", ["neg:admin-doc", "genre:labour"]),
    ("El Informe Técnico N° 001234-2023-SERVIR-GPGSC concluye que los servidores CAS pueden acceder a la licencia por paternidad.", ["neg:admin-doc", "genre:labour"]),
    ("La Certificación de Crédito Presupuestario N° 0000001234 afecta la meta 0045 del Programa Presupuestal 0090.", ["neg:numbered-item", "genre:budget"]),
    ("El gasto se registró en la específica 2.3.2 7.11 99 y fue sustentado con la Nota Modificatoria N° 0025.", ["neg:code", "genre:budget"]),
    ("El PEI 2025-2030 y el PESEM 2024-2030 del sector se articulan mediante el objetivo estratégico OEI.03.", ["neg:management-doc", "years", "genre:plan"]),
    ("La Acción Estratégica Institucional AEI.03.02 tiene como indicador el porcentaje de expedientes atendidos en plazo.", ["neg:numbered-item", "genre:plan"]),
    ("El Informe N° 00456-2024-SENACE-PE/DEAR recomendó observar la línea base biológica del estudio de impacto ambiental.", ["neg:admin-doc", "genre:environment"]),
    ("La Resolución N° 145-2024-OEFA/TFA-SE del Tribunal de Fiscalización Ambiental confirmó la multa impuesta a la empresa pesquera.", ["neg:jurisprudence:tfa", "genre:environment"]),
    ("La Institución Educativa N° 30225 de Huancayo y la I.E. N° 27972 de Puno recibieron kits de mantenimiento.", ["neg:numbered-item", "school-number", "genre:education"]),
    ("La paciente, con historia clínica N° 30057, fue trasladada a la Sala N° 4 del servicio de medicina.", ["neg:numbered-item", "genre:health"]),
    ("El Proyecto de Ley N° 7104/2023-CR propone crear un régimen especial para los trabajadores del sector salud.", ["neg:bill"]),
    ("Según los agrónomos, la ley de rendimientos decrecientes ayuda a entender el estancamiento de la productividad del valle después del tercer año.", ["neg:common-noun-ley"]),
    ("INFORME TÉCNICO N° 045-2024-GRL/GRDE/SGA\nASUNTO: Opinión sobre la viabilidad del proyecto de riego tecnificado", ["neg:admin-doc", "uppercase"]),
    ("La RTF N° 04512-8-2023 revocó la resolución de intendencia que había denegado la devolución solicitada.", ["neg:jurisprudence:tf"]),
    ("El proyecto de ordenanza sobre ruidos molestos fue devuelto a la comisión de regidores para su reformulación.", ["neg:hypothetical", "genre:gazette-municipal"]),
    ("La directiva que se apruebe deberá precisar los plazos para la rendición de cuentas de los viáticos.", ["neg:hypothetical"]),
    ("Tabla N° 7. Normas emitidas por la municipalidad según tipo, 2020-2024 (en número de dispositivos).", ["neg:table-figure", "years"]),
    ("El Acuerdo Plenario N° 01-2019/CIJ-116 estableció criterios sobre la prisión preventiva en casos de criminalidad organizada.", ["neg:jurisprudence:acuerdo-plenario", "genre:judicial"]),
    ("El convenio de cooperación interinstitucional entre la municipalidad y la universidad tiene una vigencia de tres años renovables.", ["neg:interinstitutional"]),
    ("El proyecto, con CUI N° 2512345, obtuvo la declaración de viabilidad en el Banco de Inversiones.", ["neg:code", "genre:budget"]),
    ("La Sentencia de Vista N° 123-2023 de la Sala Civil confirmó la apelada en todos sus extremos.", ["neg:jurisprudence:court", "genre:judicial"]),
    ("La Resolución N° 02134-2024-TCE-S2 sancionó al consorcio por presentar documentación inexacta.", ["neg:jurisprudence:tce", "genre:procurement"]),
    ("Dicho decreto, según la crónica periodística, fue derogado apenas tres semanas después de su publicación.", ["neg:anaphora"]),
    ("ORDENANZA QUE APRUEBA EL PROGRAMA DE SEGREGACIÓN EN LA FUENTE — proyecto sometido a consulta vecinal hasta el 15 de mayo.", ["neg:bill", "uppercase", "genre:gazette-municipal"]),
    ("El EIA semidetallado de la planta de tratamiento, con Trámite N° T-EIASD-00245-2024, fue observado por la autoridad sectorial.", ["neg:code", "genre:environment"]),
    ("El puesto de salud atendió 1 057 partos y 27 444 controles prenatales durante el año 2023.", ["neg:amount", "genre:health"]),
    ("La UGEL 05 publicó el Comunicado N° 014-2024-UGEL05/AGEBRE sobre el cronograma de contrata docente.", ["neg:admin-doc", "genre:education"]),
    ("Mediante Memorando Múltiple N° 0031-2024-EF/43.01 se solicitó a las unidades ejecutoras actualizar sus metas físicas.", ["neg:admin-doc", "genre:budget"]),
    ("El Plan Operativo Institucional 2025 asigna S/ 1 440 000 a la actividad 5001254 de la meta 0012.", ["neg:management-doc", "neg:amount", "genre:plan"]),
    ("El Decreto, obra de teatro estrenada en el Centro Cultural de San Marcos, satiriza la burocracia municipal.", ["neg:word-sense", "title"]),
    ("En la Partida Electrónica N° 11087342 del Registro de Propiedad Inmueble del Callao consta la inscripción del terreno municipal.", ["neg:code"]),
]
# ---------------------------------------------------------------------------
# short-form passages: PS(marked, [full canonicals in opening order],
#                         [(antecedent, article, kind[, inciso]) per ⟪ in order], tags)
# ---------------------------------------------------------------------------
P = []


def PS(marked, fulls, shorts, tags):
    P.append((marked, fulls, shorts, tags))


# ---- gazette: self references, acuerdos, ordinances -------------------------
PS("⟦ORDENANZA N° 629-MDSMP⟧\nEL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES\nArtículo Primero.- APROBAR el régimen excepcional de fraccionamiento de deudas por arbitrios municipales. Artículo Cuarto.- ⟪La presente Ordenanza⟫ surte efecto a partir del día posterior a su difusión en El Peruano.",
   ["pe:om:629-mdsmp"], [("pe:om:629-mdsmp", None, "self")], ["genre:gazette-municipal", "self", "uppercase-heading"])
PS("⟦ORDENANZA REGIONAL N° 012-2024-GRSM/CR⟧\nArtículo Segundo.- ENCARGAR a la Gerencia Regional de Planeamiento la implementación de lo aprobado. Artículo Tercero.- DISPONER la publicación de ⟪la presente Ordenanza Regional⟫ en el portal electrónico institucional.",
   ["pe:or:012-2024-grsm-cr"], [("pe:or:012-2024-grsm-cr", None, "self")], ["genre:gazette-regional", "self", "uppercase-heading"])
PS("Que, el ⟦artículo 40 de la Ley N° 27972⟧ reconoce a las ordenanzas el rango de normas de carácter general de mayor jerarquía en el ámbito municipal; Que, conforme al ⟪inciso 8 del art. 9 de la citada Ley⟫, compete al concejo aprobarlas, modificarlas o derogarlas;",
   ["pe:ley:27972"], [("pe:ley:27972", "9", "anaphoric", "8")], ["genre:gazette-municipal", "citada", "article", "subunit"])
PS("Que, con ⟦Acuerdo de Concejo N° 033-2024-MPCH⟧ se autorizó la donación de carpetas a las escuelas rurales de la provincia; Que, ⟪el referido Acuerdo⟫ encargó a la Gerencia de Administración coordinar la entrega con la UGEL;",
   ["pe:acm:033-2024-mpch"], [("pe:acm:033-2024-mpch", None, "anaphoric")], ["genre:gazette-municipal", "referido", "acuerdo"])
PS("⟦RESOLUCIÓN GERENCIAL REGIONAL N° 0214-2024-GRA/GRI⟧\nSE RESUELVE: ARTÍCULO PRIMERO.- APROBAR LA LIQUIDACIÓN TÉCNICA Y FINANCIERA DE LA OBRA. ARTÍCULO SEGUNDO.- REMITIR COPIA DE ⟪LA PRESENTE RESOLUCIÓN⟫ AL ÓRGANO DE CONTROL INSTITUCIONAL.",
   ["pe:res:214-2024-gra-gri"], [("pe:res:214-2024-gra-gri", None, "self")], ["genre:gazette-regional", "self", "uppercase"])
PS("El ⟦Decreto de Alcaldía N° 009-2024-MDSB⟧ reglamentó el uso de las losas deportivas del distrito. ⟪Esta norma⟫ fija tarifas diferenciadas para vecinos y no residentes, y el ⟪artículo 6 del mismo⟫ exonera del pago a las ligas escolares.",
   ["pe:da:009-2024-mdsb"], [("pe:da:009-2024-mdsb", None, "anaphoric"), ("pe:da:009-2024-mdsb", "6", "pronoun")],
   ["genre:gazette-municipal", "demonstrative", "mismo", "article", "chain"])
PS("Que, la ⟦Ordenanza Regional N° 009-2016-GRL/CR⟧ fue sustituida por la ⟦Ordenanza Regional N° 015-2023-GRL/CR⟧; Que, a diferencia de ⟪la anterior⟫, ⟪la nueva ordenanza⟫ incorpora el enfoque de gestión del riesgo en la zonificación regional;",
   ["pe:or:009-2016-grl-cr", "pe:or:015-2023-grl-cr"], [("pe:or:009-2016-grl-cr", None, "pronoun"), ("pe:or:015-2023-grl-cr", None, "anaphoric")],
   ["genre:gazette-regional", "explicit-order", "semantic", "two-antecedents"])
PS("Por ⟦Decreto Regional N° 004-2023-GRSM/GR⟧ se fijaron los criterios del presupuesto participativo. ⟪El acotado Decreto Regional⟫ prioriza proyectos de agua y saneamiento, aunque la ordenanza que se apruebe el próximo año podría variar ese orden.",
   ["pe:dr:004-2023-grsm-gr"], [("pe:dr:004-2023-grsm-gr", None, "anaphoric")], ["genre:gazette-regional", "acotado", "trap:future-norm"])
PS("Que, mediante ⟦Acuerdo de Consejo Regional N° 061-2024-GRJ/CR⟧ se autorizó el viaje en comisión de servicios del vicegobernador; Que, ⟪dicho Acuerdo⟫ se adoptó en el marco de la ⟦Ley Nº 27867⟧; el ⟪artículo 39 de la misma⟫ regula la forma de los acuerdos del consejo;",
   ["pe:acr:061-2024-grj-cr", "pe:ley:27867"], [("pe:acr:061-2024-grj-cr", None, "anaphoric"), ("pe:ley:27867", "39", "pronoun")],
   ["genre:gazette-regional", "dicho", "misma", "article"])

# ---- procurement -----------------------------------------------------------
PS("Las presentes bases toman como marco el ⟦TUO de la ⟦Ley Nº 30225⟧⟧, cuya aprobación se efectuó con ⟦D.S. Nº 082-2019-EF⟧ (en adelante, ⟪la Ley⟫), y ⟦su Reglamento⟧, aprobado con ⟦D.S. Nº 344-2018-EF⟧ (en adelante, ⟪el Reglamento⟫). Cuando estas bases citan ⟪la Ley⟫ o ⟪el Reglamento⟫, se entienden incluidas sus modificatorias.",
   ["pe:tuo:ds-082-2019-ef", "pe:ley:30225", "pe:ds:082-2019-ef", "pe:reglamento:ds-344-2018-ef", "pe:ds:344-2018-ef"],
   [("pe:tuo:ds-082-2019-ef", None, "alias"), ("pe:reglamento:ds-344-2018-ef", None, "alias"),
    ("pe:tuo:ds-082-2019-ef", None, "alias"), ("pe:reglamento:ds-344-2018-ef", None, "alias")],
   ["genre:procurement", "alias", "alias-definition", "tuo", "reglamento"])
PS("CLÁUSULA DÉCIMO SEGUNDA: SOLUCIÓN DE CONTROVERSIAS. Las controversias se resuelven mediante conciliación o arbitraje, según la ⟦Ley N° 30225⟧. De acuerdo con el ⟪artículo 45 de la citada norma⟫, el plazo de caducidad es de treinta días hábiles.",
   ["pe:ley:30225"], [("pe:ley:30225", "45", "anaphoric")], ["genre:procurement", "genre:contract", "citada", "article", "neutral-head"])
PS("El proveedor cumplirá la ⟦Ley N° 29783⟧ durante toda la prestación. El incumplimiento de ⟪dicha norma⟫ será penalizado conforme a estos términos de referencia, sin perjuicio de lo que disponga la ley penal.",
   ["pe:ley:29783"], [("pe:ley:29783", None, "anaphoric")], ["genre:procurement", "genre:tdr", "dicha", "generic-distractor"])
PS("La ⟦Directiva N° 001-2023-OSCE/CD⟧ regula la participación de proveedores en consorcio. Conforme al ⟪numeral 7.4 de la referida Directiva⟫, el consorciado que aporte la mayor experiencia debe tener una participación mínima del cuarenta por ciento.",
   ["pe:directiva:001-2023-osce-cd"], [("pe:directiva:001-2023-osce-cd", None, "anaphoric", "7.4")], ["genre:procurement", "referida", "subunit"])
PS("Mediante ⟦Decreto Supremo N° 162-2021-EF⟧ se modificó el ⟦Reglamento de la ⟦Ley N° 30225⟧⟧. ⟪El citado Decreto Supremo⟫ redujo los plazos de subsanación de ofertas, mientras que ⟪la Ley⟫ permaneció sin cambios en esa materia.",
   ["pe:ds:162-2021-ef", "pe:reglamento:ley-30225", "pe:ley:30225"], [("pe:ds:162-2021-ef", None, "anaphoric"), ("pe:ley:30225", None, "bare")],
   ["genre:procurement", "citado", "bare", "nested-antecedent", "amended-not-approved"])
PS("La ⟦Ley N° 32069⟧ (en lo sucesivo, ⟪la LGCP⟫) sustituye el régimen de la ⟦Ley N° 30225⟧. Según el ⟪artículo 2 de la LGCP⟫, sus principios se aplican también a las contrataciones excluidas.",
   ["pe:ley:32069", "pe:ley:30225"], [("pe:ley:32069", None, "alias"), ("pe:ley:32069", "2", "alias")],
   ["genre:procurement", "alias", "alias-definition", "acronym", "alias-beats-nearer"])
PS("El comité invocó el ⟦artículo 49 del Reglamento⟧ que aprobó el ⟦Decreto Supremo Nº 344-2018-EF⟧. ⟪El mismo cuerpo normativo⟫ exige que la experiencia se acredite con contratos y su respectiva conformidad; la misma que debe ser emitida por la entidad contratante.",
   ["pe:reglamento:ds-344-2018-ef", "pe:ds:344-2018-ef"], [("pe:reglamento:ds-344-2018-ef", None, "pronoun")],
   ["genre:procurement", "mismo-cuerpo", "trap:misma-non-norm", "semantic", "instrument-vs-approver"])

# ---- budget ---------------------------------------------------------------
PS("La ⟦Ley N° 31953⟧ aprobó el presupuesto del sector público para 2024. El ⟪artículo 8 de la misma⟫ impide incorporar nuevo personal, salvo los supuestos allí enumerados.",
   ["pe:ley:31953"], [("pe:ley:31953", "8", "pronoun")], ["genre:budget", "misma", "article"])
PS("Mediante ⟦Decreto de Urgencia N° 002-2024⟧ se autorizaron transferencias a los gobiernos locales, y el ⟦Decreto Supremo N° 077-2024-EF⟧ distribuyó los recursos entre ciento veinte municipalidades. ⟪El citado Decreto de Urgencia⟫ obliga a rendir cuentas del gasto en sesenta días.",
   ["pe:du:002-2024", "pe:ds:077-2024-ef"], [("pe:du:002-2024", None, "anaphoric")], ["genre:budget", "type-skip", "citado", "du"])
PS("⟦DECRETO SUPREMO N° 118-2024-EF⟧\nArtículo 1. Objeto. Autorízase la transferencia de partidas hasta por la suma de S/ 12 450 000,00. Artículo 4. Refrendo. ⟪El presente Decreto Supremo⟫ es refrendado por el Ministro de Economía y Finanzas.",
   ["pe:ds:118-2024-ef"], [("pe:ds:118-2024-ef", None, "self")], ["genre:budget", "self", "amount-distractor"])
PS("El ⟦Decreto Legislativo N° 1440⟧ regula la programación multianual presupuestaria, la misma que abarca un periodo de tres años. ⟪Este dispositivo⟫ dejó sin efecto casi todo el articulado de la ⟦Ley N° 28411⟧, aunque ⟪esta última⟫ conserva algunos artículos vigentes.",
   ["pe:dleg:1440", "pe:ley:28411"], [("pe:dleg:1440", None, "anaphoric"), ("pe:ley:28411", None, "pronoun")],
   ["genre:budget", "trap:misma-non-norm", "demonstrative", "ultima"])
PS("La ⟦Directiva N° 0001-2024-EF/50.01⟧ ordena la ejecución del gasto de los pliegos. ⟪La Directiva⟫ fija además el cronograma de certificaciones, y su texto íntegro se difunde en el portal del ministerio.",
   ["pe:directiva:001-2024-ef-50-01"], [("pe:directiva:001-2024-ef-50-01", None, "bare")],
   ["genre:budget", "bare"])
PS("Los ⟦Decretos Legislativos N° 1436⟧ y ⟦1438⟧ regulan, respectivamente, el marco de la administración financiera y la contabilidad pública. ⟪El primero⟫ crea un marco común para todos los sistemas administrativos del área.",
   ["pe:dleg:1436", "pe:dleg:1438"], [("pe:dleg:1436", None, "pronoun")], ["genre:budget", "explicit-order", "list"])
PS("El ⟦Decreto Supremo N° 001-2024-EF⟧ aprobó los montos de la asignación por productividad de los servidores fiscales. Según ⟪el referido decreto⟫, el pago se efectúa en dos armadas durante el año fiscal, y ninguna norma interna puede fraccionarlo de otro modo.",
   ["pe:ds:001-2024-ef"], [("pe:ds:001-2024-ef", None, "anaphoric")], ["genre:budget", "referido", "generic-distractor"])

# ---- sectoral plans --------------------------------------------------------
PS("La ⟦Directiva N° 001-2017-CEPLAN/PCD⟧ regula la actualización de políticas y planes. Según el ⟪numeral 6.2 de la mencionada Directiva⟫, el PEI tiene un horizonte mínimo de tres años y se articula con el PESEM.",
   ["pe:directiva:001-2017-ceplan-pcd"], [("pe:directiva:001-2017-ceplan-pcd", None, "anaphoric", "6.2")], ["genre:plan", "mencionada", "subunit"])
PS("El ⟦Decreto Legislativo N° 1088⟧ creó el CEPLAN como órgano rector del planeamiento. ⟪El mencionado Decreto Legislativo⟫ le asigna la conducción del sistema; ello no impide que una ley posterior redefina sus funciones.",
   ["pe:dleg:1088"], [("pe:dleg:1088", None, "anaphoric")], ["genre:plan", "mencionado", "trap:indefinite-ley"])
PS("El marco legal del POI incluye la ⟦Ley Nº 27658⟧, de modernización, y la ⟦Ley Nº 29158⟧, orgánica del Ejecutivo. Conforme a ⟪la Ley⟫, los ministerios diseñan y supervisan las políticas nacionales y sectoriales a su cargo.",
   ["pe:ley:27658", "pe:ley:29158"], [("pe:ley:29158", None, "bare")],
   ["genre:plan", "bare", "bare-two-laws-nearest", "two-antecedents"])
PS("El Plan Estratégico Institucional 2025-2030 fue aprobado por ⟦Resolución Ministerial N° 211-2024-MIDIS⟧. ⟪La citada resolución⟫ encarga a la Oficina General de Planeamiento el seguimiento del plan, el mismo que se evalúa cada año.",
   ["pe:rm:211-2024-midis"], [("pe:rm:211-2024-midis", None, "anaphoric")], ["genre:plan", "citada", "trap:mismo-plan"])
PS("La política nacional de modernización con horizonte al 2030 se aprobó con el ⟦Decreto Supremo Nº 103-2022-PCM⟧. ⟪Dicho decreto supremo⟫ dispone que la Secretaría de Gestión Pública emita las normas complementarias, la primera de las cuales aún no ha sido publicada.",
   ["pe:ds:103-2022-pcm"], [("pe:ds:103-2022-pcm", None, "anaphoric")], ["genre:plan", "dicho", "trap:ordinal-non-norm"])
PS("El ⟦Decreto Supremo Nº 054-2018-PCM⟧ fijó pautas para el diseño organizacional de las entidades, y la ⟦Resolución de Secretaría de Gestión Pública N° 005-2018-PCM/SGP⟧ precisó su aplicación. Según ⟪la Ley⟫, los organismos públicos adscritos se crean por ley, no por decreto.",
   ["pe:ds:054-2018-pcm", "pe:res:005-2018-pcm-sgp"], [(None, None, "bare")],
   ["genre:plan", "bare", "no-antecedent", "bare-no-law-cited"])

# ---- labour and civil service ----------------------------------------------
PS("La contratación administrativa de servicios está regulada en el ⟦Decreto Legislativo Nº 1057⟧ (en adelante, ⟪el Decreto⟫), y ⟦su reglamento⟧ fue aprobado por ⟦Decreto Supremo N° 075-2008-PCM⟧. Conforme al ⟪artículo 6 del Decreto⟫, el trabajador tiene derecho a treinta días de descanso vacacional.",
   ["pe:dleg:1057", "pe:reglamento:ds-075-2008-pcm", "pe:ds:075-2008-pcm"], [("pe:dleg:1057", None, "alias"), ("pe:dleg:1057", "6", "alias")],
   ["genre:labour", "alias", "alias-definition", "alias-beats-nearer", "possessive-reglamento"])
PS("El régimen disciplinario del servicio civil está previsto en la ⟦Ley Nº 30057⟧ y en ⟦su Reglamento General⟧, cuya aprobación consta en el ⟦D.S. Nº 040-2014-PCM⟧. El ⟪artículo 94 de la Ley⟫ fija el plazo de prescripción, y ⟪el mismo cuerpo normativo⟫ distingue entre faltas y sanciones.",
   ["pe:ley:30057", "pe:reglamento:ds-040-2014-pcm", "pe:ds:040-2014-pcm"], [("pe:ley:30057", "94", "bare"), ("pe:ley:30057", None, "pronoun")],
   ["genre:labour", "bare", "mismo-cuerpo", "chain", "article"])
PS("El ⟦Decreto Legislativo N° 276⟧ organizó la carrera administrativa. Décadas después, la ⟦Ley N° 30057⟧ creó un régimen único, pero ⟪el aludido decreto legislativo⟫ sigue aplicándose a quienes no optaron por transitar.",
   ["pe:dleg:276", "pe:ley:30057"], [("pe:dleg:276", None, "anaphoric")], ["genre:labour", "type-skip", "aludido"])
PS("El ⟦artículo 1 de la Ley N° 31131⟧ dispone: «⟪La presente ley⟫ tiene por objeto incorporar a los trabajadores CAS al régimen del ⟦Decreto Legislativo 728⟧». El Tribunal Constitucional declaró inconstitucionales algunos extremos de ⟪esa ley⟫.",
   ["pe:ley:31131", "pe:dleg:728"], [("pe:ley:31131", None, "self"), ("pe:ley:31131", None, "anaphoric")],
   ["genre:labour", "self", "quoted", "type-skip", "demonstrative"])
PS("El Proyecto de Ley N° 6245/2023-CR, en su artículo 2, señala: «⟪La presente Ley⟫ se aplica a los servidores sujetos al régimen especial de contratación». El dictamen recomendó su aprobación con un texto sustitutorio.",
   [], [(None, None, "self")], ["genre:labour", "self", "bill", "no-antecedent", "no-full-refs"])
PS("La ⟦Directiva N° 004-2017-SERVIR/GDSRH⟧ fue aprobada mediante la ⟦R.P.E. N° 312-2017-SERVIR-PE⟧. ⟪Esta última⟫ dejó sin efecto la guía anterior, mientras que ⟪la directiva⟫ regula la elaboración de los perfiles de puestos.",
   ["pe:directiva:004-2017-servir-gdsrh", "pe:rpe:312-2017-servir-pe"], [("pe:rpe:312-2017-servir-pe", None, "pronoun"), ("pe:directiva:004-2017-servir-gdsrh", None, "bare")],
   ["genre:labour", "ultima", "bare", "lowercase", "type-skip"])
PS("El ⟦Decreto Ley N° 25593⟧ reguló por primera vez la negociación colectiva en la actividad privada. ⟪El indicado Decreto Ley⟫ fue luego recogido en un texto único ordenado; toda norma laboral, como se sabe, debe leerse a la luz de los convenios de la OIT.",
   ["pe:dl:25593"], [("pe:dl:25593", None, "anaphoric")], ["genre:labour", "indicado", "decreto-ley", "generic-distractor"])
PS("La ⟦Ley N° 31419⟧ (en adelante, ⟪la Ley⟫) fija requisitos para funcionarios de libre designación, mientras que la ⟦Ley N° 28175⟧ regula el empleo público en general. ⟪La Ley⟫ exige, entre otros, experiencia general no menor de tres años.",
   ["pe:ley:31419", "pe:ley:28175"], [("pe:ley:31419", None, "alias"), ("pe:ley:31419", None, "alias")],
   ["genre:labour", "alias", "alias-definition", "alias-beats-nearer", "two-antecedents"])
PS("Dichas leyes fueron aprobadas en contextos distintos. La ⟦Ley N° 31298⟧ y la ⟦Ley N° 31131⟧ persiguen, con todo, la desnaturalización de contratos precarios; ambas normas limitan la locación de servicios en el Estado.",
   ["pe:ley:31298", "pe:ley:31131"], [], ["genre:labour", "no-short-form", "plural-not-annotated", "trap:plural-before-antecedent"])

# ---- environment ----------------------------------------------------------
PS("El ⟦Decreto Supremo N° 019-2009-MINAM⟧ aprobó el ⟦Reglamento de la ⟦Ley N° 27446⟧⟧. ⟪El citado Reglamento⟫ clasifica los proyectos en tres categorías, en tanto que ⟪la Ley⟫ crea el sistema de evaluación.",
   ["pe:ds:019-2009-minam", "pe:reglamento:ds-019-2009-minam", "pe:ley:27446"],
   [("pe:reglamento:ds-019-2009-minam", None, "anaphoric"), ("pe:ley:27446", None, "bare")],
   ["genre:environment", "instrument-vs-approver", "bare", "nested-antecedent"])
PS("La ⟦Resolución de Consejo Directivo N° 00004-2024-OEFA/CD⟧ modificó la tipificación de infracciones del subsector hidrocarburos. En virtud de ⟪la acotada resolución⟫, la multa máxima asciende a treinta mil UIT. ⟪La misma⟫ se publicó en edición extraordinaria del diario oficial.",
   ["pe:rcd:004-2024-oefa-cd"], [("pe:rcd:004-2024-oefa-cd", None, "anaphoric"), ("pe:rcd:004-2024-oefa-cd", None, "pronoun")],
   ["genre:environment", "acotada", "misma", "chain"])
PS("La ⟦Ley N° 28611⟧ y la ⟦Ley N° 29968⟧ conforman el núcleo del marco ambiental del proyecto. ⟪Esta última⟫ transfirió al SENACE la revisión de los estudios de impacto ambiental detallados.",
   ["pe:ley:28611", "pe:ley:29968"], [("pe:ley:29968", None, "pronoun")], ["genre:environment", "ultima", "two-antecedents"])
PS("El ⟦Decreto Supremo N° 004-2017-MINAM⟧ y el ⟦Decreto Supremo N° 003-2017-MINAM⟧ fijan estándares de calidad para agua y aire, respectivamente. Ambas normas exigen monitoreo periódico; ⟪la primera⟫ clasifica además los cuerpos de agua por categorías.",
   ["pe:ds:004-2017-minam", "pe:ds:003-2017-minam"], [("pe:ds:004-2017-minam", None, "pronoun")],
   ["genre:environment", "explicit-order", "plural-not-annotated"])
PS("La Autoridad Nacional del Agua aplicó la ⟦Ley N° 29338⟧ al otorgar la licencia. Sin embargo, ⟪el citado reglamento⟫ no prevé la renovación automática cuando el titular omite declarar sus volúmenes.",
   ["pe:ley:29338"], [(None, None, "anaphoric")], ["genre:environment", "no-antecedent", "implied-reglamento"])
PS("Mediante ⟦Decreto Supremo N° 054-2013-PCM⟧ se aprobaron disposiciones especiales para proyectos de inversión. El ⟪artículo 4 del mismo⟫ habilita el informe técnico sustentatorio, y ⟪dicho decreto supremo⟫ ha sido objeto de críticas por parte de la sociedad civil.",
   ["pe:ds:054-2013-pcm"], [("pe:ds:054-2013-pcm", "4", "pronoun"), ("pe:ds:054-2013-pcm", None, "anaphoric")],
   ["genre:environment", "mismo", "article", "dicho"])
PS("El Perú ratificó el ⟦Acuerdo de París⟧ mediante el ⟦Decreto Supremo N° 058-2016-RE⟧. ⟪El referido Acuerdo⟫ obliga a comunicar contribuciones determinadas a nivel nacional, y ⟪dicho decreto supremo⟫ dispuso su publicación íntegra.",
   ["int:acuerdo-paris-2015", "pe:ds:058-2016-re"], [("int:acuerdo-paris-2015", None, "anaphoric"), ("pe:ds:058-2016-re", None, "anaphoric")],
   ["genre:environment", "international", "type-skip"])
PS("Mediante ⟦Decreto Supremo N° 002-2018-PCM⟧ se aprobó el ⟦Reglamento de Inspecciones Técnicas de Seguridad en Edificaciones⟧. ⟪El precitado Decreto Supremo⟫ derogó la norma de 2014, mientras que ⟪el Reglamento⟫ clasifica las inspecciones según el nivel de riesgo.",
   ["pe:ds:002-2018-pcm", "pe:reglamento:ds-002-2018-pcm"],
   [("pe:ds:002-2018-pcm", None, "anaphoric"), ("pe:reglamento:ds-002-2018-pcm", None, "bare")],
   ["genre:environment", "instrument-vs-approver", "precitado", "bare"])

# ---- education and health --------------------------------------------------
PS("La ⟦Ley N° 29944⟧ regula la carrera pública magisterial. ⟦Su reglamento⟧, aprobado mediante ⟦D.S. Nº 004-2013-ED⟧, desarrolla las evaluaciones de ascenso; ⟪el referido reglamento⟫ exige una permanencia mínima en cada escala.",
   ["pe:ley:29944", "pe:reglamento:ds-004-2013-ed", "pe:ds:004-2013-ed"], [("pe:reglamento:ds-004-2013-ed", None, "anaphoric")],
   ["genre:education", "referido", "possessive-reglamento", "reglamento", "lowercase"])
PS("Mediante ⟦Resolución Viceministerial N° 094-2020-MINEDU⟧ se aprobó el documento normativo de evaluación de competencias. Conforme a ⟪la norma en mención⟫, las calificaciones del nivel primario se expresan en escala literal.",
   ["pe:rvm:094-2020-minedu"], [("pe:rvm:094-2020-minedu", None, "anaphoric")], ["genre:education", "en-mencion"])
PS("La ⟦Ley N° 30220⟧ creó la superintendencia que licencia a las universidades. Sin embargo, ⟪el mencionado reglamento⟫ de grados y títulos no precisa el plazo para inscribir los diplomas en el registro nacional.",
   ["pe:ley:30220"], [(None, None, "anaphoric")], ["genre:education", "no-antecedent", "implied-reglamento"])
PS("La ⟦NTS N° 159-MINSA/2019/DGIESP⟧ fue aprobada por ⟦Resolución Ministerial N° 1138-2019/MINSA⟧. ⟪Dicha Norma Técnica⟫ regula la atención integral del recién nacido, y ⟪la resolución ministerial antes citada⟫ encargó su difusión a las DIRESA.",
   ["pe:nt:159-2019-minsa-dgiesp", "pe:rm:1138-2019-minsa"],
   [("pe:nt:159-2019-minsa-dgiesp", None, "anaphoric"), ("pe:rm:1138-2019-minsa", None, "anaphoric")],
   ["genre:health", "dicha", "antes-citada", "type-skip"])
PS("La ⟦Ley N° 26842⟧ es la norma marco del sector salud. Según ⟪la Ley⟫, toda persona tiene derecho a ser informada sobre su enfermedad; ninguna ley puede, además, imponer un tratamiento sin consentimiento informado.",
   ["pe:ley:26842"], [("pe:ley:26842", None, "bare")], ["genre:health", "bare", "generic-distractor"])
PS("La emergencia sanitaria se declaró mediante el ⟦Decreto Supremo N° 008-2020-SA⟧. ⟪El Decreto⟫ dispuso medidas de prevención y control por noventa días calendario, prorrogadas luego por normas sucesivas.",
   ["pe:ds:008-2020-sa"], [("pe:ds:008-2020-sa", None, "bare")], ["genre:health", "bare", "decreto"])
PS("La ⟦Ley N° 30947⟧ reorganizó los servicios de salud mental. ⟪Su Reglamento⟫ prioriza los centros comunitarios, aunque no fija metas de cobertura por región.",
   ["pe:ley:30947"], [(None, None, "anaphoric")],
   ["genre:health", "no-antecedent", "implied-reglamento", "possessive-without-approver"])
PS("La ⟦Resolución Directoral Regional N° 01456-2024-DRELM⟧ aprobó la distribución de horas pedagógicas. ⟪La mencionada resolución directoral⟫ fue impugnada por el sindicato, que pidió su nulidad ante la dirección regional.",
   ["pe:rd:1456-2024-drelm"], [("pe:rd:1456-2024-drelm", None, "anaphoric")], ["genre:education", "mencionada", "modifier-narrows"])

# ---- constitutional and judicial summaries ---------------------------------
PS("En el Expediente N° 00002-2024-PI/TC, el Tribunal examinó la ⟦Ley N° 31520⟧. Consideró que ⟪la norma impugnada⟫ vulneraba la autonomía universitaria reconocida en el ⟦artículo 18 de la Constitución⟧.",
   ["pe:ley:31520", "pe:const:1993"], [("pe:ley:31520", None, "anaphoric")], ["genre:judicial", "descriptive-head", "jurisprudence:tc"])
PS("La ⟦Resolución de Superintendencia N° 000145-2023/SUNAT⟧ regula el fraccionamiento de deudas tributarias. Más tarde, la RTF N° 03210-4-2023 declaró fundada una queja; la citada resolución ordenó a la Administración resolver en diez días.",
   ["pe:res:145-2023-sunat"], [], ["genre:judicial", "no-short-form", "trap:decision-antecedent"])
PS("En la Casación N° 4412-2019-Lima, la Sala Civil invocó el ⟦art. 1969 del Código Civil⟧. Según la Sala, ⟪el referido Código⟫ exige acreditar el daño, la antijuridicidad y la relación de causalidad.",
   ["pe:codigo:@codigo-civil"], [("pe:codigo:@codigo-civil", None, "anaphoric")], ["genre:judicial", "codigo", "referido", "jurisprudence:casacion"])
PS("El ⟦Nuevo Código Procesal Constitucional, Ley Nº 31307⟧, impide declarar improcedente in limine una demanda de amparo. ⟪El citado Código⟫ también amplió los plazos para interponer la demanda en determinados supuestos.",
   ["pe:ley:31307"], [("pe:ley:31307", None, "anaphoric")], ["genre:judicial", "codigo", "citado"])
PS("El ⟦artículo 195 de la Constitución Política del Perú⟧ atribuye a los gobiernos locales la promoción del desarrollo. ⟪El texto constitucional⟫ no distingue entre municipalidades provinciales y distritales para ese fin.",
   ["pe:const:1993"], [("pe:const:1993", None, "anaphoric")], ["genre:judicial", "constitution"])
PS("La ⟦Ley 9/2017⟧ de España regula los contratos del sector público, y la ⟦Ley N° 32069⟧ hace lo propio en el Perú. A diferencia de ⟪la norma española⟫, ⟪la ley peruana⟫ crea un tribunal administrativo especializado.",
   ["es:ley:9-2017", "pe:ley:32069"], [("es:ley:9-2017", None, "anaphoric"), ("pe:ley:32069", None, "anaphoric")],
   ["genre:procurement", "foreign", "modifier-narrows", "two-antecedents"])
PS("La nulidad de oficio está regulada en el ⟦TUO de la ⟦Ley Nº 27444⟧⟧ —cuya aprobación se hizo con ⟦Decreto Supremo Nº 004-2019-JUS⟧— (en lo sucesivo, ⟪el TUO⟫). Según el ⟪numeral 213.3 del artículo 213 del TUO⟫, la facultad prescribe a los dos años.",
   ["pe:tuo:ds-004-2019-jus", "pe:ley:27444", "pe:ds:004-2019-jus"],
   [("pe:tuo:ds-004-2019-jus", None, "alias"), ("pe:tuo:ds-004-2019-jus", "213", "alias", "213.3")],
   ["genre:judicial", "alias", "alias-definition", "tuo", "subunit"])

PS("El ⟦Reglamento de Protección Ambiental para las Actividades de Hidrocarburos⟧, aprobado por ⟦Decreto Supremo N° 039-2014-EM⟧, regula los planes de abandono. El ⟪numeral 98.2 del artículo 98 del mismo cuerpo normativo⟫ obliga al titular a otorgar una garantía de cumplimiento.",
   ["pe:reglamento:ds-039-2014-em", "pe:ds:039-2014-em"], [("pe:reglamento:ds-039-2014-em", "98", "pronoun", "98.2")],
   ["genre:environment", "mismo-cuerpo", "subunit", "semantic", "instrument-vs-approver"])

# ---- PDF damage inside short forms -------------------------------------------
PS("La ⟦Ley N°27444⟧ rige la actuación de las entidades públicas. Conforme a ⟪la cita-\nda Ley⟫, el administrado puede desistirse del procedimiento en cualquier momento antes de la notificación de la resolución final.",
   ["pe:ley:27444"], [("pe:ley:27444", None, "anaphoric")], ["genre:pdf", "hyphenation", "citada"])
PS("El ⟦Decreto Supremo N° 011-2024-VIVIENDA⟧ aprobó los valores arancelarios urbanos. ⟪El refe\u00adrido Decreto Supremo⟫ se aplica para el cálculo del impuesto predial del ejercicio siguiente.",
   ["pe:ds:011-2024-vivienda"], [("pe:ds:011-2024-vivienda", None, "anaphoric")], ["genre:pdf", "soft-hyphen", "referido"])
PS("La ⟦Ordenanza N° 2573-MML⟧ regula la zonificación del Rímac. Según el ⟪artículo 3 de la\nmencionada Ordenanza⟫, las edificaciones no pueden superar los quince metros de altura.",
   ["pe:om:2573-mml"], [("pe:om:2573-mml", "3", "anaphoric")], ["genre:pdf", "linebreak", "mencionada", "article"])
PS("LA ⟦LEY N° 29664⟧ ORGANIZA EL SINAGERD A ESCALA NACIONAL. ⟪LA CITADA LEY⟫ ASIGNA AL INDECI Y AL CENEPRED FUNCIONES TÉCNICAS DIFERENCIADAS.",
   ["pe:ley:29664"], [("pe:ley:29664", None, "anaphoric")], ["genre:pdf", "uppercase", "citada"])
PS("El ⟦Reglamento de la ⟦Ley N° 29664⟧⟧ organiza los procesos de la gestión del riesgo. ⟪El mencionado Reglamento⟫ atribuye a los gobiernos regionales la conformación de grupos de trabajo.",
   ["pe:reglamento:ley-29664", "pe:ley:29664"], [("pe:reglamento:ley-29664", None, "anaphoric")], ["genre:pdf", "parent-key", "reglamento"])
PS("La ⟦Ley N° 27806⟧ (en adelante, ⟪la LTAIP⟫) obliga a las entidades a entregar la información que se les pida en un plazo breve. El ⟪artículo 17 de la LTAIP⟫ enumera las excepciones por información confidencial, y ninguna ordenanza puede ampliarlas.",
   ["pe:ley:27806"], [("pe:ley:27806", None, "alias"), ("pe:ley:27806", "17", "alias")],
   ["genre:gazette-municipal", "alias", "alias-definition", "acronym", "trap:indefinite-ordenanza"])
PS("Mediante ⟦Resolución Jefatural N° 090-2016-ANA⟧ se clasificaron los cuerpos de agua superficiales, y la ⟦Resolución Jefatural N° 056-2018-ANA⟧ actualizó esa clasificación. ⟪La primera de ellas⟫ sigue siendo citada en los estudios de línea base.",
   ["pe:rj:090-2016-ana", "pe:rj:056-2018-ana"], [("pe:rj:090-2016-ana", None, "pronoun")], ["genre:environment", "explicit-order"])


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
        pid = "f15-%03d" % i
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
            if os.path.abspath(os.path.dirname(path)) == HERE or "fresh15" in path:
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
