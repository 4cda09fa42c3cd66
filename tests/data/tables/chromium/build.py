#!/usr/bin/env python3
"""Blind table test set: HTML/CSS written from Python data, printed to PDF by headless Chromium.

Usage:  python3 build.py          # builds blind_chr_NNN.{html,pdf,truth.json} and CHECKS.txt
All figures, names and norm numbers are invented.
"""
import html, json, os, random, re, subprocess, sys, unicodedata
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
HTMLDIR = os.path.join(OUT, "html")
NB = "\u00a0"
PRODUCER = "Chromium (HTML/CSS, headless --print-to-pdf)"
FICT = "Documento de prueba: cifras y nombres ficticios"

# ----------------------------------------------------------------------------- vocab
REGIONES = ["Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Callao", "Cusco",
            "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Lima Provincias",
            "Loreto", "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna",
            "Tumbes", "Ucayali"]
PROVINCIAS = {"Arequipa": ["Arequipa", "Camaná", "Caravelí", "Castilla", "Caylloma", "Islay"],
              "Puno": ["Azángaro", "Chucuito", "El Collao", "Huancané", "Melgar", "San Román"],
              "Cusco": ["Anta", "Calca", "Canchis", "Espinar", "La Convención", "Urubamba"],
              "Piura": ["Ayabaca", "Huancabamba", "Morropón", "Paita", "Sullana", "Talara"],
              "Junín": ["Chanchamayo", "Concepción", "Huancayo", "Jauja", "Satipo", "Tarma"]}
GENERICAS = ["Personal y obligaciones sociales", "Pensiones y otras prestaciones sociales",
             "Bienes y servicios", "Donaciones y transferencias", "Otros gastos",
             "Adquisición de activos no financieros", "Servicio de la deuda pública"]
FUENTES = ["Recursos ordinarios", "Recursos directamente recaudados",
           "Recursos por operaciones oficiales de crédito", "Donaciones y transferencias",
           "Recursos determinados"]
UNIDADES = ["Sede Central del Gobierno Regional", "Dirección Regional de Salud",
            "Hospital Regional Docente de Medicina Tropical", "Dirección Regional de Educación",
            "Unidad de Gestión Educativa Local de la provincia alta", "Proyecto Especial de Irrigación del Valle Sur",
            "Dirección Regional de Transportes y Comunicaciones", "Dirección Regional Agraria"]
ORGS = ["Gobierno Regional de Moquegua", "Gobierno Regional de Huancavelica", "Municipalidad Provincial de Sullana",
        "Dirección Regional de Salud de Tacna", "Gobierno Regional de Ucayali", "Dirección Regional de Educación de Puno",
        "Municipalidad Distrital de Yanahuara", "Gobierno Regional de Pasco", "Programa Regional de Caminos Vecinales",
        "Gerencia Regional de Desarrollo Social de Ica", "Gobierno Regional de Amazonas", "Municipalidad Provincial de Jauja",
        "Dirección Regional Agraria de Cajamarca", "Gobierno Regional de Tumbes", "Autoridad Regional Ambiental de Loreto"]
CIUDADES = ["Lima", "Arequipa", "Cusco", "Piura", "Trujillo", "Huancayo", "Tacna", "Puno", "Iquitos", "Chiclayo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
         "noviembre", "diciembre"]
MES3 = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Set", "Oct", "Nov", "Dic"]

SENT = [
    "La ejecución del gasto de inversión alcanzó un nivel superior al registrado en el ejercicio anterior.",
    "Las unidades ejecutoras reportaron dificultades en la programación de sus adquisiciones durante el primer semestre.",
    "El equipo técnico verificó en campo el estado situacional de {n} obras en ejecución.",
    "La brecha de acceso al servicio de agua potable en el ámbito rural continúa siendo significativa.",
    "Los procesos de selección declarados desiertos retrasaron la ejecución de los proyectos priorizados.",
    "El presupuesto institucional modificado se incrementó por las transferencias recibidas del nivel nacional.",
    "La cobertura de vacunación en menores de un año llegó al {p} al cierre del periodo.",
    "El seguimiento mensual de metas físicas permitió adoptar medidas correctivas oportunas.",
    "La entidad aprobó su plan de contingencia frente a heladas y friaje con participación de los gobiernos locales.",
    "Se constató que {n} instituciones educativas requieren intervención urgente en su infraestructura.",
    "El avance financiero de los proyectos no siempre guarda correspondencia con el avance físico reportado.",
    "La recaudación de ingresos propios mostró una recuperación moderada respecto del año {y}.",
    "Las metas del plan operativo institucional fueron reprogramadas en el mes de {m}.",
    "La rotación del personal directivo afectó la continuidad de las acciones de planeamiento.",
    "El número de atenciones en los establecimientos del primer nivel creció en {p} durante el año.",
    "La oficina de planeamiento brindó asistencia técnica a {n} municipalidades distritales.",
    "Los resultados de la encuesta de satisfacción muestran una valoración positiva de los servicios prestados.",
    "El mantenimiento periódico de la red vial vecinal se concentró en las provincias de la zona altoandina.",
    "La articulación con los programas presupuestales permitió orientar los recursos hacia resultados.",
    "El saldo de balance del ejercicio {y} fue incorporado mediante crédito suplementario.",
    "La implementación del expediente electrónico redujo los tiempos de atención de los trámites.",
    "Se identificaron riesgos asociados a la falta de saneamiento físico legal de los terrenos.",
    "La demanda de servicios de salud mental se incrementó de manera sostenida en los últimos años.",
    "Las acciones de control recomendaron fortalecer la supervisión de las obras por administración directa.",
    "El índice de ejecución de las transferencias a los gobiernos locales fue de {p}.",
    "La matrícula en educación inicial se recuperó tras la reapertura de los locales escolares.",
    "El comité de seguimiento sesionó {n} veces durante el periodo evaluado.",
    "Los indicadores del plan estratégico fueron revisados conforme a la guía metodológica vigente.",
    "La falta de expedientes técnicos actualizados limitó el inicio de nuevas inversiones.",
    "El programa de capacitación benefició a {n} servidores de las unidades orgánicas.",
    "La participación ciudadana en el presupuesto participativo se mantuvo estable.",
    "Las lluvias intensas del mes de {m} obligaron a declarar en emergencia a varios distritos.",
    "El gasto corriente representó la mayor parte del presupuesto ejecutado en el año.",
    "La digitalización del archivo institucional avanzó de acuerdo con el cronograma aprobado.",
    "Los proyectos de riego tecnificado beneficiaron a productores de la cuenca media.",
    "La tasa de anemia infantil se redujo en {p} en comparación con la medición de {y}.",
    "El sistema de información regional consolidó los reportes de las direcciones sectoriales.",
    "La programación multianual de inversiones priorizó el cierre de brechas en salud y educación.",
    "Las municipalidades con menor capacidad de gasto recibieron acompañamiento focalizado.",
    "El órgano de control institucional emitió {n} informes de servicios de control simultáneo.",
    "En consecuencia, se recomienda mejorar la calidad de la información registrada en los aplicativos.",
    "Asimismo, se aprobaron los lineamientos para la gestión de riesgos en la cadena de suministro.",
    "La conectividad de los establecimientos de salud rurales mejoró con la nueva red de telecomunicaciones.",
    "El inventario de bienes patrimoniales se concluyó dentro del plazo previsto.",
    "Los convenios de cooperación interinstitucional permitieron ampliar la oferta de servicios.",
    "La evaluación de medio término evidenció avances heterogéneos entre provincias.",
    "El presupuesto asignado a mantenimiento de locales escolares se ejecutó casi en su totalidad.",
    "La cartera de proyectos de inversión fue actualizada en el banco de inversiones.",
    "Las brechas de género en el acceso a empleo formal persisten en el ámbito rural.",
    "El informe se elaboró con fines de prueba y todas las cifras que contiene son ficticias.",
]
HEADS = ["Introducción", "Antecedentes", "Marco normativo", "Ejecución presupuestal", "Análisis por fuente de financiamiento",
         "Seguimiento de indicadores", "Gestión del riesgo", "Recursos humanos", "Metas físicas", "Principales logros",
         "Dificultades encontradas", "Conclusiones", "Recomendaciones", "Contexto regional", "Educación", "Inversiones"]


def pct(x, style="es"):
    if style == "es":
        return f"{x:.1f}".replace(".", ",") + NB + "%"
    return f"{x:.1f}%"


def num(n, style="space", dec=False):
    """Peruvian number styles: space '1 234 567', us '1,234,567.50', dot '1.234.567', space_dec '1 234 567,50'."""
    if dec:
        s = f"{n:,.2f}"
    else:
        s = f"{int(round(n)):,}"
    if style == "space":
        return s.replace(",", NB).replace(".", ",") if dec else s.replace(",", NB)
    if style == "us":
        return s
    if style == "dot":
        return s.replace(",", "#").replace(".", ",").replace("#", ".")
    raise ValueError(style)


class Doc:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pool = list(SENT)
        self.r.shuffle(self.pool)
        self.used = set()

    def sentence(self):
        """Every sentence of a document is distinct: templates are used once bare, then with a
        distinct place/time prefix (keeps paragraph starts unique for page location)."""
        r = self.r
        if self.pool:
            s = self.pool.pop()
        else:
            while True:
                t = r.choice([x for x in SENT if not x.startswith(("Asimismo", "En consecuencia", "El informe"))])
                pre = r.choice(["En {l}, ", "En la provincia de {l}, ", "Durante el mes de {m}, ", "Según el reporte de {m}, ",
                                "En el ámbito de {l}, "]).format(l=r.choice(LUG), m=r.choice(MESES))
                if (t, pre) not in self.used:
                    self.used.add((t, pre))
                    s = pre + t[0].lower() + t[1:]
                    break
        return s.format(n=r.randint(12, 480), p=pct(r.uniform(3, 96)), y=r.randint(2016, 2022), m=r.choice(MESES))

    def para(self, k=None):
        k = k or self.r.randint(2, 4)
        return " ".join(self.sentence() for _ in range(k))


# ----------------------------------------------------------------------------- table model
def C(t, cs=1, rs=1, cls=None):
    return {"t": t, "cs": cs, "rs": rs, "cls": cls}


def grid_of(hdr, body, ncols):
    """Return truth grid (rows of strings, covered cells ''), merged cells, section row indexes."""
    rows = hdr + body
    n = len(rows)
    g = [[None] * ncols for _ in range(n)]
    merged, sect = [], []
    for i, row in enumerate(rows):
        j = 0
        for c in row:
            while g[i][j] is not None:
                j += 1
            for a in range(c["rs"]):
                for b in range(c["cs"]):
                    g[i + a][j + b] = ""
            g[i][j] = c["t"].replace(NB, " ")
            if c["rs"] > 1 or c["cs"] > 1:
                merged.append({"row": i, "col": j, "rowspan": c["rs"], "colspan": c["cs"]})
                if c["cs"] == ncols:
                    sect.append(i)
            j += c["cs"]
    for i, row in enumerate(g):
        assert all(x is not None for x in row), (i, row)
    return g, merged, sect


# content generators: each returns (kind, hdr, body, ncols, title, notes, colwidths)
def t_budget_region(d, fmt="space", dec=True, two=True, n=None, total=True):
    r = d.r
    regs = sorted(r.sample(REGIONES, n or r.randint(7, 11)))
    body, tp, tm, td = [], 0, 0, 0
    for g in regs:
        pia = r.uniform(3e5, 4e6); pim = pia * r.uniform(1.05, 1.6); dev = pim * r.uniform(.45, .97)
        tp += pia; tm += pim; td += dev
        body.append([C(g), C(num(pia, fmt, dec), cls="n"), C(num(pim, fmt, dec), cls="n"), C(num(dev, fmt, dec), cls="n"),
                     C(pct(100 * dev / pim, "es" if fmt != "us" else "us"), cls="n")])
    if total:
        body.append([C("Total", cls="b"), C(num(tp, fmt, dec), cls="nb"), C(num(tm, fmt, dec), cls="nb"),
                     C(num(td, fmt, dec), cls="nb"), C(pct(100 * td / tm, "es" if fmt != "us" else "us"), cls="nb")])
    if two:
        hdr = [[C("Región", rs=2), C("Presupuesto (S/)", cs=2, cls="grp"), C("Ejecución", cs=2, cls="grp")],
               [C("PIA"), C("PIM"), C("Devengado"), C("Avance %")]]
    else:
        hdr = [[C("Región"), C("PIA (S/)"), C("PIM (S/)"), C("Devengado (S/)"), C("Avance")]]
    y = r.randint(2018, 2023)
    return ("budget_region", hdr, body, 5, f"Ejecución del gasto por región al cierre de {y}",
            [f"Fuente: Consulta Amigable del MEF, reporte al {r.randint(10, 28)}/0{r.randint(1, 3)}/{y + 1}."], None)


def t_budget_generica(d, fmt="space", empty=True):
    r = d.r
    body = []
    for g in GENERICAS[: r.randint(5, 7)]:
        pia, pim = r.uniform(5e6, 6e7), 0
        pim = pia * r.uniform(.9, 1.5); cert = pim * r.uniform(.8, .98); dev = cert * r.uniform(.7, .99)
        row = [C(g), C(num(pia, fmt), cls="n"), C(num(pim, fmt), cls="n"), C(num(cert, fmt), cls="n"),
               C(num(dev, fmt), cls="n"), C(pct(100 * dev / pim, "es" if fmt != "us" else "us"), cls="n")]
        if empty and r.random() < .35:
            row[1] = C("", cls="n"); row[3] = C("", cls="n")
        body.append(row)
    hdr = [[C("Genérica de gasto"), C("PIA"), C("PIM"), C("Certificado"), C("Devengado"), C("Avance %")]]
    return ("budget_generica", hdr, body, 6, f"Presupuesto y ejecución por genérica de gasto, {r.randint(2019, 2023)}",
            ["Nota: las celdas vacías corresponden a genéricas sin asignación inicial.", "Elaboración propia."], [30, 14, 14, 14, 14, 14])


def t_budget_fuente(d, fmt="us"):
    r = d.r
    body = []
    for f in FUENTES:
        pim = r.uniform(2e5, 9e7); dev = pim * r.uniform(.5, .98)
        body.append([C(f), C(num(pim, fmt, True), cls="n"), C(num(dev, fmt, True), cls="n"),
                     C(num(pim - dev, fmt, True), cls="n"), C(pct(100 * dev / pim, "us" if fmt == "us" else "es"), cls="n")])
    hdr = [[C("Fuente de financiamiento"), C("PIM (S/)"), C("Devengado (S/)"), C("Saldo (S/)"), C("Avance")]]
    return ("budget_fuente", hdr, body, 5, "Ejecución por fuente de financiamiento",
            ["Fuente: Sistema Integrado de Administración Financiera (SIAF)."], [34, 18, 18, 18, 12])


def t_budget_units(d, fmt="dot"):
    r = d.r
    body = []
    for u in r.sample(UNIDADES, r.randint(5, 7)):
        pim = r.uniform(4e6, 9e7); dev = pim * r.uniform(.4, .98)
        body.append([C(u), C(num(pim, fmt), cls="n"), C(num(dev, fmt), cls="n"), C(pct(100 * dev / pim), cls="n")])
    hdr = [[C("Unidad ejecutora"), C("PIM (S/)"), C("Devengado (S/)"), C("Avance")]]
    return ("budget_units", hdr, body, 4, "Ejecución presupuestal por unidad ejecutora",
            ["Fuente: Oficina de Presupuesto."], [46, 20, 20, 14])


OBJS = ["Mejorar los logros de aprendizaje de los estudiantes de educación básica regular",
        "Reducir la prevalencia de anemia en niñas y niños menores de tres años",
        "Incrementar la competitividad de las cadenas productivas agropecuarias",
        "Fortalecer la gestión institucional orientada a resultados"]
INDS = ["Porcentaje de estudiantes con nivel satisfactorio en lectura", "Porcentaje de estudiantes con nivel satisfactorio en matemática",
        "Prevalencia de anemia en menores de 36 meses", "Cobertura de suplementación con hierro",
        "Valor bruto de la producción agropecuaria (millones de S/)", "Número de productores asociados",
        "Índice de cumplimiento del plan operativo", "Porcentaje de procesos simplificados"]


def t_indicators(d):
    r = d.r
    hdr = [[C("Objetivo estratégico", rs=2), C("Indicador", rs=2), C("Línea base", cs=2, cls="grp"), C("Metas", cs=3, cls="grp")],
           [C("Año"), C("Valor"), C("2025"), C("2026"), C("2027")]]
    body = []
    objs = r.sample(range(4), 3)
    for o in objs:
        inds = INDS[2 * o: 2 * o + 2]
        for k, ind in enumerate(inds):
            base = r.uniform(10, 80)
            vals = [C(str(r.randint(2019, 2023))), C(f"{base:.1f}".replace(".", ","), cls="n")] + \
                   [C(f"{base + (i + 1) * r.uniform(1, 4):.1f}".replace(".", ","), cls="n") for i in range(3)]
            row = ([C(OBJS[o], rs=2)] if k == 0 else []) + [C(ind)] + vals
            body.append(row)
    return ("indicators", hdr, body, 7, "Indicadores y metas de los objetivos estratégicos institucionales",
            ["Fuente: Plan Estratégico Institucional 2025-2027 (versión de prueba)."], [26, 30, 8, 9, 9, 9, 9])


NORM_T = ["Ordenanza Regional N° {a:03d}-{y}-GR{s}/CR", "Decreto Supremo N° {a:03d}-{y}-EF", "Resolución Ejecutiva Regional N° {a:03d}-{y}-GR{s}/GR",
          "Ley N° {b}", "Resolución Ministerial N° {a:03d}-{y}-MINEDU", "Decreto Legislativo N° {c}"]
MATERIAS = ["Aprueba el reglamento del proceso de presupuesto participativo basado en resultados.",
            "Aprueba el Plan de Desarrollo Regional Concertado con horizonte al año 2033.",
            "Establece disposiciones para la transferencia de funciones en materia agraria.",
            "Modifica el texto único de procedimientos administrativos de la entidad.",
            "Declara de interés regional la conservación de las cabeceras de cuenca.",
            "Aprueba los lineamientos para la programación multianual de inversiones.",
            "Crea la instancia regional de concertación para la lucha contra la anemia.",
            "Aprueba la estructura orgánica y el reglamento de organización y funciones.",
            "Dispone medidas extraordinarias para la reactivación de obras paralizadas."]


def t_norms(d, n=None):
    r = d.r
    body = []
    mats = list(MATERIAS); r.shuffle(mats)
    for i in range(n or r.randint(5, 7)):
        y = r.randint(2003, 2023)
        nm = r.choice(NORM_T).format(a=r.randint(1, 350), y=y, s=r.choice("APCLT"), b=r.randint(27100, 31999), c=r.randint(1100, 1599))
        body.append([C(nm), C(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y}"), C(mats[i % len(mats)])])
    hdr = [[C("Norma"), C("Fecha"), C("Materia")]]
    return ("norms", hdr, body, 3, "Base legal del proceso de planeamiento",
            ["Fuente: Diario Oficial (normas ficticias)."], [34, 14, 52])


def t_enrolment_sections(d, fmt="space"):
    r = d.r
    hdr = [[C("Provincia"), C("Inicial"), C("Primaria"), C("Secundaria"), C("Total")]]
    body = []
    for reg in r.sample(sorted(PROVINCIAS), 2):
        body.append([C(f"Región {reg}", cs=5, cls="sec")])
        for p in r.sample(PROVINCIAS[reg], r.randint(3, 4)):
            a, b, c = r.randint(900, 19000), r.randint(3000, 60000), r.randint(2000, 45000)
            body.append([C(p)] + [C(num(x, fmt), cls="n") for x in (a, b, c, a + b + c)])
    return ("enrolment", hdr, body, 5, "Matrícula escolar por nivel educativo y provincia, 2023",
            ["Fuente: Censo Educativo (cifras ficticias)."], None)


def t_enrolment_prov(d, fmt="space"):
    r = d.r
    reg = r.choice(sorted(PROVINCIAS))
    hdr = [[C("Provincia", rs=2), C("Matrícula 2022", cs=2, cls="grp"), C("Matrícula 2023", cs=2, cls="grp"), C("Variación", rs=2)],
           [C("Hombres"), C("Mujeres"), C("Hombres"), C("Mujeres")]]
    body = []
    for p in PROVINCIAS[reg][: r.randint(4, 6)]:
        v = [r.randint(1500, 30000) for _ in range(2)]
        w = [int(x * r.uniform(.9, 1.12)) for x in v]
        body.append([C(p)] + [C(num(x, fmt), cls="n") for x in v + w] + [C(pct(100 * (sum(w) / sum(v) - 1)), cls="n")])
    return ("enrolment_prov", hdr, body, 6, f"Matrícula por sexo en la región {reg}",
            ["Fuente: Unidad de Estadística Educativa."], None)


ACTS = ["Asistencia técnica a gobiernos locales", "Supervisión de obras por contrata", "Capacitación a docentes de educación inicial",
        "Visitas domiciliarias a gestantes", "Mantenimiento de caminos vecinales", "Monitoreo de la calidad del agua",
        "Campañas de vacunación canina", "Fiscalización ambiental"]
UNITS = ["Informe", "Obra", "Docente", "Visita", "Kilómetro", "Muestra", "Campaña", "Acción"]


def t_targets(d):
    r = d.r
    hdr = [[C("Actividad operativa"), C("Unidad de medida"), C("I Trim."), C("II Trim."), C("III Trim."), C("IV Trim."), C("Total")]]
    body = []
    for k in r.sample(range(len(ACTS)), r.randint(5, 7)):
        q = [r.randint(0, 120) for _ in range(4)]
        cells = [C(str(x) if x and r.random() > .25 else "", cls="n") for x in q]
        tot = sum(int(c["t"]) for c in cells if c["t"])
        body.append([C(ACTS[k]), C(UNITS[k])] + cells + [C(str(tot), cls="n")])
    return ("targets", hdr, body, 7, "Programación trimestral de metas físicas",
            ["Nota: las celdas vacías indican que no se programó meta en el trimestre."], [32, 16, 10, 10, 10, 10, 12])


def t_staff(d):
    r = d.r
    hdr = [[C("Cargo"), C("Régimen laboral"), C("Plazas"), C("Ocupadas"), C("Vacantes")]]
    cargos = ["Director de sistema administrativo", "Especialista en presupuesto", "Asistente administrativo",
              "Técnico en abastecimiento", "Abogado", "Ingeniero civil", "Chofer"]
    regs = ["D. Leg. 276", "D. Leg. 1057", "Ley 30057"]
    body = []
    for c in r.sample(cargos, 5):
        p = r.randint(1, 12); o = r.randint(0, p)
        body.append([C(c), C(r.choice(regs)), C(str(p), cls="n"), C(str(o) if o else "", cls="n"), C(str(p - o) if p - o else "", cls="n")])
    return ("staff", hdr, body, 5, "Cuadro de asignación de personal por cargo", ["Elaboración propia."], None)


def t_monthly(d, fmt="space"):
    r = d.r
    hdr = [[C("Concepto")] + [C(m) for m in MES3] + [C("Total")]]
    body = []
    for con in ["Recursos ordinarios", "Canon y sobrecanon", "Recursos directamente recaudados", "Donaciones", "Endeudamiento"]:
        v = [r.randint(100, 9999) for _ in range(12)]
        if con == "Endeudamiento":
            v = [x if i % 3 == 2 else 0 for i, x in enumerate(v)]
        body.append([C(con)] + [C(num(x, fmt) if x else "", cls="n") for x in v] + [C(num(sum(v), fmt), cls="nb")])
    return ("budget_monthly", hdr, body, 14, "Ejecución mensual del gasto por fuente (miles de S/)",
            ["Fuente: SIAF, cifras ficticias.", "Nota: celdas vacías sin ejecución en el mes."], None)


PROJS = ["Mejoramiento del servicio de agua potable y saneamiento en el centro poblado {x}",
         "Creación del puente vehicular sobre el río {x}", "Mejoramiento de la institución educativa inicial N° {n} de {x}",
         "Ampliación del servicio de salud del puesto de salud de {x}", "Rehabilitación del camino vecinal {x} – {y}",
         "Instalación del sistema de riego tecnificado en la comunidad de {x}",
         "Recuperación de los servicios ecosistémicos de la microcuenca {x}"]
LUG = ["Chacas", "Huayllay", "Ocongate", "Pomabamba", "Lamas", "Yauli", "Sicuani", "Llata", "Cotahuasi", "Putina", "Celendín",
       "Tarata", "Pacasmayo", "Caraz", "Juli", "Omate", "Chuquibamba", "Andahuaylas", "Quillabamba", "Yurimaguas"]


def t_projects(d, n=40, fmt="us"):
    r = d.r
    hdr = [[C("CUI"), C("Proyecto de inversión"), C("Provincia"), C("Monto (S/)"), C("Avance")]]
    body = []
    cuis = r.sample(range(2100000, 2599999), n)
    for i in range(n):
        p = r.choice(PROJS).format(x=r.choice(LUG), y=r.choice(LUG), n=r.randint(100, 999))
        body.append([C(str(cuis[i])), C(p), C(r.choice(LUG)), C(num(r.uniform(2e5, 4e7), fmt, True), cls="n"),
                     C(pct(r.uniform(0, 100), "us" if fmt == "us" else "es"), cls="n")])
    return ("projects", hdr, body, 5, "Cartera de proyectos de inversión en ejecución",
            ["Fuente: Banco de Inversiones (registros ficticios).", "Elaboración propia."], [11, 47, 14, 16, 12])


RISKS = [("Retraso en la aprobación de expedientes técnicos por observaciones reiteradas", "Revisión técnica previa con lista de verificación"),
         ("Paralización de obras por conflictos sociales en el área de influencia", "Mesas de diálogo con las comunidades"),
         ("Pérdida de información por fallas en los servidores institucionales", "Copias de respaldo diarias en sede alterna"),
         ("Desabastecimiento de medicamentos esenciales en establecimientos rurales", "Programación trimestral de compras"),
         ("Incumplimiento de metas por alta rotación del personal", "Plan de inducción y gestión del conocimiento"),
         ("Daños a la infraestructura vial por lluvias intensas", "Mantenimiento preventivo antes de la temporada de lluvias")]
NIV = ["Muy baja", "Baja", "Media", "Alta", "Muy alta"]


def t_risks(d):
    r = d.r
    hdr = [[C("N°"), C("Riesgo"), C("Probabilidad"), C("Impacto"), C("Medida de control")]]
    body = []
    for i, (a, b) in enumerate(r.sample(RISKS, 5)):
        body.append([C(str(i + 1)), C(a), C(r.choice(NIV)), C(r.choice(NIV[1:])), C(b)])
    return ("risk_list", hdr, body, 5, "Matriz de riesgos identificados", ["Elaboración propia."], [5, 38, 13, 11, 33])


def t_risk_matrix(d):
    hdr = [[C("Probabilidad \\ Impacto"), C("Muy bajo"), C("Bajo"), C("Medio"), C("Alto"), C("Muy alto")]]
    body = []
    for p in range(5, 0, -1):
        body.append([C(NIV[p - 1])] + [C(str(p * i), cls="n") for i in range(1, 6)])
    return ("risk_matrix", hdr, body, 6, "Matriz de probabilidad e impacto (puntaje)",
            ["Nota: puntaje = probabilidad × impacto."], None)


def t_small(d, variant=0):
    r = d.r
    if variant == 0:
        hdr = [[C("Indicador"), C("Valor")]]
        body = [[C("Obras concluidas"), C(str(r.randint(10, 90)), cls="n")],
                [C("Obras en ejecución"), C(str(r.randint(10, 90)), cls="n")],
                [C("Obras paralizadas"), C(str(r.randint(1, 9)), cls="n")]]
        return ("small", hdr, body, 2, "Estado de las obras", [], None)
    if variant == 1:
        hdr = [[C("Nivel"), C("2022"), C("2023")]]
        body = [[C(x), C(pct(r.uniform(40, 99)), cls="n"), C(pct(r.uniform(40, 99)), cls="n")] for x in ["Inicial", "Primaria", "Secundaria"]]
        return ("small", hdr, body, 3, "Tasa de asistencia escolar", ["Fuente: ENAHO (cifras ficticias)."], None)
    if variant == 2:
        hdr = [[C("Sexo"), C("Servidores")]]
        a, b = r.randint(40, 300), r.randint(40, 300)
        body = [[C("Mujeres"), C(str(a), cls="n")], [C("Hombres"), C(str(b), cls="n")], [C("Total", cls="b"), C(str(a + b), cls="nb")]]
        return ("small", hdr, body, 2, "Servidores por sexo", [], None)
    hdr = [[C("Trimestre"), C("Meta"), C("Logro")]]
    body = [[C(q), C(str(r.randint(50, 99)), cls="n"), C(str(r.randint(20, 99)), cls="n")] for q in ["I", "II", "III"]]
    return ("small", hdr, body, 3, "Avance de metas por trimestre", ["Elaboración propia."], None)


# ----------------------------------------------------------------------------- styles
STYLES = {
    "grid": ("ruled grid", "border-collapse grid, rowspan/colspan",
             "table.T{border-collapse:collapse} .T th,.T td{border:0.75pt solid #000}"),
    "booktabs": ("booktabs (horizontal rules only)", "border-top/bottom 1.5pt on the table, 0.6pt under the header",
                 "table.T{border-collapse:collapse;border-top:1.5pt solid #000;border-bottom:1.5pt solid #000}"
                 ".T thead tr:last-child th, .T thead th[rowspan]{border-bottom:0.6pt solid #000} .T th.grp{border-bottom:0.5pt solid #000}"),
    "header_rule": ("header rule only", "border-collapse, bottom border on the header only",
                    "table.T{border-collapse:collapse} .T thead{border-bottom:1pt solid #000}"),
    "zebra": ("zebra (banded fill, no rules)", "nth-child zebra stripes, no borders",
              "table.T{border-collapse:collapse} .T tbody tr:nth-child(odd) td{background:#e6edf3}"
              " .T thead th{font-weight:bold}"),
    "none": ("no rules", "no borders, no fill", "table.T{border-collapse:separate}"),
    "header_fill": ("header fill only", "grey fill on the header cells, no borders",
                    "table.T{border-collapse:collapse} .T thead th{background:#d0d7de}"),
    "box": ("outer box only", "1pt border around the table, no inner rules",
            "table.T{border-collapse:collapse;border:1pt solid #000}"),
    "hlines": ("horizontal rules between rows", "border-bottom on every row",
               "table.T{border-collapse:collapse} .T td,.T th{border-bottom:0.5pt solid #555}"),
}


def caption_html(k, title, fmt):
    if fmt == "cuadro_n":
        t = f"Cuadro N° {k}: {title}"; return t, f'<div class="cap">{html.escape(t)}</div>'
    if fmt == "cuadro":
        t = f"Cuadro {k}. {title}"; return t, f'<div class="cap">{html.escape(t)}</div>'
    if fmt == "tabla":
        t = f"Tabla {k}. {title}"; return t, f'<div class="cap">{html.escape(t)}</div>'
    if fmt == "CUADRO":
        return f"CUADRO {k} {title}", f'<div class="cap"><b>CUADRO {k}</b><br>{html.escape(title)}</div>'
    if fmt == "tabla_it":
        return f"Tabla {k} {title}", f'<div class="cap"><b>Tabla {k}</b><br><i>{html.escape(title)}</i></div>'
    raise ValueError(fmt)


def table_html(hdr, body, colw, style, tid, width):
    cls_css = {"n": "text-align:right", "nb": "text-align:right;font-weight:bold", "b": "font-weight:bold",
               "grp": "text-align:center", "sec": "font-weight:bold;font-style:italic"}
    out = [f'<table class="T {style}" id="{tid}" style="width:{width}">']
    if colw:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in colw) + "</colgroup>")
    out.append("<thead>")
    for row in hdr:
        out.append("<tr>" + "".join(
            f'<th{" colspan=%d" % c["cs"] if c["cs"] > 1 else ""}{" rowspan=%d" % c["rs"] if c["rs"] > 1 else ""}'
            f'{" class=grp" if c["cls"] == "grp" else ""}>{html.escape(c["t"])}</th>' for c in row) + "</tr>")
    out.append("</thead><tbody>")
    for row in body:
        tds = []
        for c in row:
            st = cls_css.get(c["cls"], "")
            tds.append(f'<td{" colspan=%d" % c["cs"] if c["cs"] > 1 else ""}{" rowspan=%d" % c["rs"] if c["rs"] > 1 else ""}'
                       f'{(" style=%s" % json.dumps(st)) if st else ""}>{html.escape(c["t"])}</td>')
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------- document specs
# table spec: (generator, kwargs, style, caption_fmt or None, caption position, extra)
# extra keys: long, colwide (table inside a column), pagewide (column-span:all in 2-col doc),
# land (on a landscape named page), fs (font size pt), pad, width
DOCS = [
    dict(font="Liberation Serif", fs=11, paper="A4", margin="25mm 22mm", footer="pagina_de", toc=True, tables=[
        (t_budget_region, dict(fmt="space", dec=True), "grid", "cuadro_n", "above", {}),
        (t_norms, {}, "booktabs", "cuadro_n", "above", {}),
        (t_small, dict(variant=0), "header_fill", None, None, {"width": "45%"}),
    ]),
    dict(font="Carlito", fs=10, paper="letter", margin="20mm 20mm", footer="num", tables=[
        (t_indicators, {}, "grid", "tabla", "above", {"fs": 9}),
        (t_budget_generica, dict(fmt="space"), "zebra", "tabla", "below", {}),
        (t_small, dict(variant=1), "none", "tabla", "below", {"width": "55%"}),
    ]),
    dict(font="DejaVu Sans", fs=9, paper="A4", margin="18mm 18mm", footer="pag", tables=[
        (t_projects, dict(n=44, fmt="us"), "booktabs", "cuadro_n", "above", {"long": True}),
        (t_small, dict(variant=2), "box", "cuadro_n", "above", {"width": "40%"}),
    ]),
    dict(font="Caladea", fs=12, paper="A4", margin="25mm 25mm", footer="pagina_de", tables=[
        (t_enrolment_sections, dict(fmt="space"), "header_rule", "CUADRO", "above", {"fs": 10.5}),
        (t_targets, {}, "none", "tabla", "below", {"fs": 10, "pad": "3pt 9pt"}),
    ]),
    dict(font="Liberation Sans", fs=9, paper="A4 landscape", margin="15mm 18mm", footer="num", landscape=True, tables=[
        (t_monthly, dict(fmt="space"), "grid", "cuadro", "above", {"fs": 8}),
        (t_budget_fuente, dict(fmt="us"), "booktabs", "cuadro", "above", {"width": "70%"}),
    ]),
    dict(font="DejaVu Serif", fs=10, paper="A4", margin="20mm 17mm", footer="pagina_de", columns=2, gap="9mm", tables=[
        (t_budget_region, dict(fmt="space", dec=False, two=True), "header_rule", "cuadro_n", "above", {"pagewide": True, "fs": 9}),
        (t_small, dict(variant=3), "zebra", "cuadro_n", "above", {"colwide": True, "fs": 9}),
        (t_small, dict(variant=2), "box", None, None, {"colwide": True, "fs": 9, "width": "80%"}),
    ]),
    dict(font="TeX Gyre Heros", fs=10.5, paper="A4", margin="22mm 20mm", footer="pag", tables=[
        (t_risks, {}, "hlines", "tabla_it", "above", {"fs": 9.5}),
        (t_enrolment_prov, dict(fmt="space"), "header_fill", "tabla_it", "above", {}),
        (t_small, dict(variant=1), "booktabs", "tabla_it", "below", {"width": "50%"}),
    ]),
    dict(font="Liberation Sans", fs=8, paper="A4", margin="15mm 15mm", footer="num", tables=[
        (t_budget_units, dict(fmt="dot"), "none", "cuadro", "above", {"pad": "0.5pt 2pt", "width": "75%"}),
        (t_enrolment_sections, dict(fmt="dot"), "grid", "cuadro", "above", {}),
        (t_budget_fuente, dict(fmt="us"), "zebra", None, None, {"pad": "1pt 3pt"}),
    ]),
    dict(font="Carlito", fs=11, paper="A4", margin="22mm 24mm", footer="pagina_de", tables=[
        (t_norms, dict(n=16), "zebra", "cuadro_n", "above", {"long": True}),
        (t_small, dict(variant=0), "header_rule", "cuadro_n", "below", {"width": "50%"}),
    ]),
    dict(font="Liberation Serif", fs=10, paper="letter", margin="20mm 22mm", footer="num", tables=[
        (t_budget_region, dict(fmt="us", dec=True, two=True), "box", "tabla", "above", {}),
        (t_indicators, {}, "none", "tabla", "above", {"fs": 9, "pad": "2pt 5pt"}),
        (t_targets, {}, "hlines", "tabla", "below", {}),
    ]),
    dict(font="DejaVu Sans", fs=9.5, paper="A4", margin="20mm 20mm", footer="pag", landpage=True, tables=[
        (t_budget_generica, dict(fmt="dot", empty=True), "booktabs", "CUADRO", "above", {}),
        (t_monthly, dict(fmt="dot"), "header_fill", "CUADRO", "above", {"land": True, "fs": 8.5}),
        (t_risk_matrix, {}, "grid", "CUADRO", "above", {"width": "70%"}),
    ]),
    dict(font="Caladea", fs=10, paper="A4", margin="24mm 22mm", footer="pagina_de", biblio=True, tables=[
        (t_staff, {}, "header_rule", "cuadro", "above", {}),
        (t_enrolment_prov, dict(fmt="dot"), "zebra", "cuadro", "below", {}),
        (t_small, dict(variant=3), "none", None, None, {"width": "40%"}),
    ]),
]
FREE = [
    dict(font="Liberation Serif", fs=11, paper="A4", margin="25mm 25mm", footer="pagina_de", free="toc_list_form"),
    dict(font="Carlito", fs=10.5, paper="letter", margin="20mm 20mm", footer="num", free="biblio_twocol", columns=2, gap="8mm"),
    dict(font="DejaVu Sans", fs=9.5, paper="A4", margin="20mm 22mm", footer="pag", free="form_letter"),
]


def footer_css(kind):
    if kind == "pagina_de":
        return '"Página " counter(page) " de " counter(pages)'
    if kind == "pag":
        return '"Pág. " counter(page)'
    return "counter(page)"


def footer_text(kind, p, n):
    return {"pagina_de": f"Página {p} de {n}", "pag": f"Pág. {p}"}.get(kind, str(p))


def build_doc(idx, spec, toc_pages=None):
    """Return (html_text, truth_skeleton, blocks, table_meta). Pages are filled in later."""
    name = f"blind_chr_{idx:03d}"
    d = Doc(1000 + idx)
    r = d.r
    org = ORGS[idx - 1]
    year = r.randint(2019, 2024)
    title = r.choice(["Informe de evaluación anual", "Reporte de seguimiento del plan operativo", "Memoria institucional",
                      "Informe de gestión", "Evaluación de la ejecución presupuestal", "Informe técnico de avance"]) + f" {year}"
    place = f"{r.choice(CIUDADES)}, {r.choice(MESES)} de {year + 1}"
    font, fs = spec["font"], spec["fs"]
    cols = spec.get("columns", 1)
    blocks, tables, tmeta = [], [], []
    front = [place, FICT]
    body = []
    heads = r.sample(HEADS[1:], 6)
    heads = ["Introducción"] + heads
    sec_titles = []
    tk = 0  # table counter

    def P(text, kind="paragraph"):
        blocks.append({"type": kind, "text": text})
        return text

    def H(text, level=1):
        blocks.append({"type": "heading", "level": level, "text": text})
        sec_titles.append((text, level))

    parts = []  # html fragments
    if spec.get("free"):
        parts, heads_used = free_content(d, spec, blocks, toc_pages, front)
    else:
        tabspecs = spec["tables"]
        nsec = max(3, len(tabspecs) + 1)
        toc_entries = [f"{i + 1}. {heads[i]}" for i in range(nsec)]
        if spec.get("toc"):
            parts.append('<h2 class="toch">Índice</h2><div class="toc">')
            for i, e in enumerate(toc_entries):
                pg = toc_pages[i] if toc_pages else 0
                parts.append(f'<div class="tl"><span>{html.escape(e)}</span><span class="lead">{" ." * 120}</span><span>{pg}</span></div>')
                front.append(f"{e} {pg}")
            parts.append("</div>")
            blocks.append({"type": "heading", "level": 1, "text": "Índice"})
            sec_titles.append(("Índice", 1))
        ti = 0
        for s in range(nsec):
            H(toc_entries[s])
            parts.append(f"<h2>{html.escape(toc_entries[s])}</h2>")
            for _ in range(r.randint(2, 3) if s else 2):
                parts.append(f"<p>{html.escape(P(d.para()))}</p>")
            if s == 1 and idx in (2, 8):  # a numbered list in table documents too
                parts.append("<ol>")
                for _ in range(3):
                    parts.append(f"<li>{html.escape(P(d.sentence(), 'list_item'))}</li>")
                parts.append("</ol>")
            if s >= 1 and ti < len(tabspecs):
                n_here = 2 if (len(tabspecs) - ti > nsec - s) else 1
                for _ in range(n_here):
                    if ti >= len(tabspecs):
                        break
                    gen, kw, style, capfmt, cappos, ex = tabspecs[ti]
                    ti += 1
                    kind, hdr, bdy, ncols, ttitle, notes, colw = gen(d, **kw)
                    if kind == "small" and ex.get("colwide"):
                        notes = notes[:1]
                    tk += 1
                    tid = f"{name}-T{tk}"
                    cap_text, cap_html = (None, "")
                    if capfmt:
                        cap_text, cap_html = caption_html(tk, ttitle, capfmt)
                    notes_html = "".join(f'<div class="note">{html.escape(n)}</div>' for n in notes)
                    width = ex.get("width", "100%")
                    thtml = table_html(hdr, bdy, colw, style, tid, width)
                    wrapcls = "tw" + (" long" if ex.get("long") else "") + (" span" if ex.get("pagewide") else "") + \
                              (" land" if ex.get("land") else "")
                    tstyle = ""
                    if ex.get("fs"):
                        tstyle += f"font-size:{ex['fs']}pt;"
                    inner = (cap_html if cappos == "above" else "") + thtml + (cap_html if cappos == "below" else "") + notes_html
                    parts.append(f'<div class="{wrapcls}" style="{tstyle}">' + inner + "</div>")
                    if ex.get("pad"):
                        parts.append(f"<style>#{tid} td,#{tid} th{{padding:{ex['pad']}}}</style>")
                    g, merged, sect = grid_of(hdr, bdy, ncols)
                    tfs = ex.get("fs", fs)
                    feats = []
                    if len(hdr) > 1: feats.append("multi-level header")
                    if merged: feats.append("merged cells")
                    if sect: feats.append("section rows")
                    cov = set()
                    for m in merged:
                        for a in range(m["rowspan"]):
                            for b in range(m["colspan"]):
                                if a or b: cov.add((m["row"] + a, m["col"] + b))
                    if any(g[i][j] == "" and (i, j) not in cov for i in range(len(g)) for j in range(ncols)):
                        feats.append("empty cells")
                    if len(g) <= 4 and ncols <= 3: feats.append("small table")
                    if ex.get("long"): feats.append("long (repeated header)")
                    if tfs <= 8.5 or (tfs < fs - 1.2): feats.append("small font")
                    if cols == 2: feats.append("two-column document (column-wide)" if ex.get("colwide") else "two-column document (page-wide)")
                    if spec.get("landscape") or ex.get("land"): feats.append("landscape")
                    if cappos == "below": feats.append("caption below")
                    if not capfmt: feats.append("no caption")
                    if notes: feats.append("notes")
                    fam = style
                    tables.append({"id": tid, "page": None, "pages": None, "caption": cap_text,
                                   "caption_position": cappos, "header_rows": len(hdr), "rows": g,
                                   "merged_cells": merged, "notes": notes, "style": STYLES[fam][0], "producer": PRODUCER,
                                   "section_rows": sect, "style_family": fam, "style_detail": STYLES[fam][1], "kind": kind,
                                   "features": feats, "landscape": bool(spec.get("landscape") or ex.get("land")),
                                   "font_size": "normal" if tfs >= fs - 0.6 else ("footnotesize" if tfs <= fs - 2 else "small"),
                                   "font_size_pt": tfs, "colwide": bool(ex.get("colwide"))})
                    blocks.append({"type": "table", "index": len(tables) - 1})
                    parts.append(f"<p>{html.escape(P(d.para()))}</p>")
        if spec.get("biblio"):
            H("Referencias bibliográficas")
            parts.append("<h2>Referencias bibliográficas</h2>")
            for b in biblio(d, 4):
                parts.append(f'<p class="bib">{html.escape(P(b))}</p>')
        heads_used = [t for t, _ in sec_titles]
    # ------------------------------------------------------------------ html
    paper = spec["paper"]
    landpage = "@page wide { size: A4 landscape; margin: 15mm 18mm; }\n.land { page: wide; }" if spec.get("landpage") else ""
    colcss = ""
    if cols == 2:
        colcss = f".cols p{{text-align:left}} .cols{{columns:2;column-gap:{spec.get('gap', '8mm')};column-fill:balance}} .span{{column-span:all;margin:8pt 0}}" \
                 " .cols .tw{break-inside:avoid}"
    sfont = "Liberation Sans" if "Serif" in font or font in ("Caladea",) else "Liberation Serif"
    css = f"""
@page {{ size: {paper}; margin: {spec['margin']};
  @top-center {{ content: "{org}"; font: 8.5pt '{font}'; color:#333 }}
  @bottom-center {{ content: {footer_css(spec['footer'])}; font: 9pt '{font}' }} }}
@page :first {{ @top-center {{ content: none }} @bottom-center {{ content: none }} }}
{landpage}
body {{ font-family: '{font}'; font-size: {fs}pt; line-height: 1.35; margin:0 }}
h1 {{ font-size: {fs * 1.6:.1f}pt; margin: 0 0 4pt 0 }}
h2 {{ font-size: {fs * 1.2:.1f}pt; margin: 12pt 0 5pt 0; break-after: avoid }}
.org {{ font-family: '{sfont}'; font-size: {fs + 1}pt; margin-bottom: 2pt }}
.meta {{ font-size: {fs - 0.5}pt; margin: 0 }}
p {{ text-align: justify; margin: 0 0 6pt 0 }}
.tw {{ margin: 8pt 0 10pt 0; break-inside: avoid }}
.tw.long {{ break-inside: auto }}
.tw table {{ margin: 0 auto }}
.T th, .T td {{ padding: 2.5pt 5pt; vertical-align: top; text-align: left }}
.T th {{ font-weight: bold }}
.T th.grp {{ text-align: center }}
.cap {{ font-weight: bold; margin: 4pt 0; text-align: center }}
.note {{ font-size: {max(fs - 1.5, 7)}pt; margin-top: 2pt }}
.toc .tl {{ display: flex; margin: 2pt 0 }} .toc .lead {{ flex: 1; overflow: hidden; white-space: nowrap; margin: 0 3pt }}
.bib {{ padding-left: 2em; text-indent: -2em; text-align: left }}
.form div {{ display: grid; grid-template-columns: 48mm 1fr; margin: 2pt 0 }}
{colcss}
""" + "\n".join(v[2].replace("table.T", f"table.T.{k}").replace(".T ", f".T.{k} ") for k, v in STYLES.items())
    head = (f'<h1>{html.escape(title)}</h1><div class="org">{html.escape(org)}</div>'
            f'<p class="meta">{html.escape(place)}</p><p class="meta"><i>{FICT}</i></p>')
    bodyhtml = "\n".join(parts)
    if cols == 2:
        bodyhtml = f'<div class="cols">{bodyhtml}</div>'
    doc = f'<!doctype html><html lang="es"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{css}</style></head>' \
          f'<body>{head}\n{bodyhtml}</body></html>'
    layout = {"columns": cols, "title_page": False, "paper": paper.lower().replace(" landscape", ""),
              "font": font, "font_size_pt": fs}
    truth = {"source_seed": None, "variant": "blind", "producer": PRODUCER, "producer_pdf": None, "pages": None,
             "title": title, "subtitle": "", "author": org, "front_matter": front, "layout": layout,
             "paragraphs": [], "paragraph_pages": [], "headings": heads_used, "footnotes": [], "tables": tables,
             "figures": [], "toc": [], "table_free": not tables, "headers_footers": [], "page_furniture": [],
             "blocks": blocks, "generator": {"tool": "blindtab/build.py", "seed": 1000 + idx, "doc_id": name}}
    return name, doc, truth


BIB_A = ["Quispe, R.", "Mamani, L. y Flores, T.", "Instituto Regional de Estudios Andinos", "Huamán, J.",
         "Centro de Investigación Territorial", "Salas, M.", "Rojas, C. y Vargas, P.", "Ministerio de Planeamiento Regional"]
BIB_T = ["La descentralización fiscal en el Perú: balance de dos décadas", "Gestión por resultados en gobiernos subnacionales",
         "Brechas de infraestructura y desarrollo territorial en el sur andino", "El presupuesto participativo como instrumento de gobernanza",
         "Indicadores de desempeño para la gestión pública regional", "Agua, territorio y conflictos en las cuencas altoandinas",
         "Capacidades institucionales de las municipalidades rurales", "Guía para el seguimiento de planes estratégicos"]


def biblio(d, n):
    r = d.r
    out = []
    for a, t in sorted(zip(r.sample(BIB_A, n), r.sample(BIB_T, n))):
        out.append(f"{a} ({r.randint(2004, 2023)}). {t}. {r.choice(['Lima', 'Arequipa', 'Cusco'])}: "
                   f"{r.choice(['Fondo Editorial Regional', 'Ediciones del Sur', 'Editorial Andina', 'CIT Ediciones'])}.")
    return out


FORM = [("Entidad", None), ("Unidad ejecutora", "UE 00{n} – Sede Central"), ("Código de proyecto (CUI)", "{cui}"),
        ("Responsable", "{pers}"), ("Cargo", "Especialista en planeamiento"), ("Fecha de registro", "{dd}/{mm}/{yy}"),
        ("Monto de inversión", "S/ {monto}"), ("Fuente de financiamiento", "Recursos determinados"), ("Estado", "En ejecución")]
PERS = ["Rosa Quispe Mamani", "Julio Huamán Ccori", "Elena Salas Paredes", "Marco Ticona Apaza"]


def form_lines(d, org):
    r = d.r
    out = []
    for lab, val in FORM:
        v = org if val is None else val.format(n=r.randint(1, 9), cui=r.randint(2100000, 2599999), pers=r.choice(PERS),
                                                dd=f"{r.randint(1, 28):02d}", mm=f"{r.randint(1, 12):02d}", yy=r.randint(2020, 2024),
                                                monto=num(r.uniform(1e5, 9e6), "space", True))
        out.append((lab, v))
    return out


def free_content(d, spec, blocks, toc_pages, front):
    r = d.r
    parts, heads = [], []
    kind = spec["free"]
    idx = spec["_idx"]
    org = ORGS[idx - 1]

    def P(text, k="paragraph"):
        blocks.append({"type": k, "text": text}); return text

    def H(text):
        blocks.append({"type": "heading", "level": 1, "text": text}); heads.append(text)
        parts.append(f"<h2>{html.escape(text)}</h2>")

    secs = [f"{i + 1}. {h}" for i, h in enumerate(["Introducción"] + r.sample(HEADS[1:], 4))]
    if kind == "toc_list_form":
        parts.append('<h2 class="toch">Índice</h2><div class="toc">')
        blocks.append({"type": "heading", "level": 1, "text": "Índice"}); heads.append("Índice")
        for i, e in enumerate(secs):
            pg = toc_pages[i] if toc_pages else 0
            parts.append(f'<div class="tl"><span>{html.escape(e)}</span><span class="lead">{" ." * 120}</span><span>{pg}</span></div>')
            front.append(f"{e} {pg}")
        parts.append("</div>")
        for i, s in enumerate(secs):
            H(s)
            for _ in range(r.randint(2, 4)):
                parts.append(f"<p>{html.escape(P(d.para(r.randint(3, 5))))}</p>")
            if i == 1:
                parts.append("<ol>" + "".join(f"<li>{html.escape(P(d.sentence(), 'list_item'))}</li>" for _ in range(5)) + "</ol>")
            if i == 2:
                parts.append('<div class="form">' + "".join(
                    f"<div><span>{html.escape(a)}:</span><span>{html.escape(b)}</span></div>" for a, b in
                    [(a, P(f'{a}: {b}')[len(a) + 2:]) for a, b in form_lines(d, org)]) + "</div>")
    elif kind == "biblio_twocol":
        for i, s in enumerate(secs[:4]):
            H(s)
            for _ in range(r.randint(3, 4)):
                parts.append(f"<p>{html.escape(P(d.para(r.randint(3, 5))))}</p>")
            if i == 2:
                parts.append('<ol type="a">' + "".join(f"<li>{html.escape(P(d.sentence(), 'list_item'))}</li>" for _ in range(4)) + "</ol>")
        H("Referencias bibliográficas")
        for b in biblio(d, 7):
            parts.append(f'<p class="bib">{html.escape(P(b))}</p>')
    else:  # form_letter
        n = r.randint(100, 999)
        lines = [f"OFICIO N° {n}-{r.randint(2020, 2024)}-GR/GRPPAT", "Señor:", r.choice(PERS), "Gerente Regional de Presupuesto", "Presente.-"]
        for x in lines:
            parts.append(f'<p class="meta">{html.escape(P(x))}</p>')
        parts.append('<div class="form" style="margin:8pt 0">')
        for a, b in [("Asunto", "Remite ficha de registro del proyecto priorizado"), ("Referencia", f"Oficio Múltiple N° 0{r.randint(10, 99)}-2024")]:
            P(f"{a}: {b}")
            parts.append(f"<div><span>{a}:</span><span>{html.escape(b)}</span></div>")
        parts.append("</div>")
        for _ in range(2):
            parts.append(f"<p>{html.escape(P(d.para(3)))}</p>")
        H("Ficha de registro")
        parts.append('<div class="form">')
        for a, b in form_lines(d, org):
            P(f"{a}: {b}")
            parts.append(f"<div><span>{html.escape(a)}:</span><span>{html.escape(b)}</span></div>")
        parts.append("</div>")
        H("Actividades previstas")
        parts.append("<ol>" + "".join(f"<li>{html.escape(P(d.sentence(), 'list_item'))}</li>" for _ in range(6)) + "</ol>")
        for _ in range(3):
            parts.append(f"<p>{html.escape(P(d.para(4)))}</p>")
        H("Datos del responsable")
        parts.append('<div class="form">')
        for a, b in [("Nombre", r.choice(PERS)), ("Correo", "planeamiento@entidad.gob.pe"), ("Teléfono", f"(0{r.randint(41, 84)}) {r.randint(200, 599)} {r.randint(100, 999)}"),
                     ("Dirección", f"Jr. Los Andes N° {r.randint(100, 999)}, cercado")]:
            P(f"{a}: {b}")
            parts.append(f"<div><span>{html.escape(a)}:</span><span>{html.escape(b)}</span></div>")
        parts.append("</div>")
        for _ in range(2):
            parts.append(f"<p>{html.escape(P(d.para(4)))}</p>")
        parts.append(f'<p class="meta">{html.escape(P("Atentamente,"))}</p>')
    return parts, heads


# ----------------------------------------------------------------------------- render + locate
def norm(s):
    s = unicodedata.normalize("NFC", s).replace(NB, " ")
    return re.sub(r"\s+", " ", s).strip()


def render(name, doc):
    os.makedirs(HTMLDIR, exist_ok=True)
    hp = os.path.join(HTMLDIR, name + ".html")
    open(hp, "w", encoding="utf-8").write(doc)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + hp], check=True, capture_output=True)
    return pdf


def npages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_texts(pdf, n, layout):
    res = []
    for p in range(1, n + 1):
        args = ["pdftotext", "-f", str(p), "-l", str(p)] + (["-layout"] if layout else []) + [pdf, "-"]
        res.append(subprocess.run(args, capture_output=True, text=True).stdout)
    return res


def wb(s):
    return re.compile(r"(?<!\S)" + re.escape(s) + r"(?!\S)")


def find_cell(cell, lines):
    """Find a cell in -layout lines: ('single', i) if on one line, ('wrapped', [i..]) if its words are
    found as consecutive fragments on successive nearby lines, else None."""
    c = norm(cell)
    if not c:
        return ("empty", None)
    nl = [norm(l) for l in lines]
    pat = wb(c)
    for i, l in enumerate(nl):
        if pat.search(l):
            return ("single", i)
    # break points: after a space run or after a hyphen/slash inside a word (Chromium breaks there)
    br = sorted({0, len(c)} | {m.end() for m in re.finditer(r" ", c)} | {m.end() for m in re.finditer(r"(?<=\S)[-/](?=\S)", c)})
    frag = lambda a, b: c[br[a]:br[b]].strip()
    for i, l in enumerate(nl):
        pos, used, ok, cur = 0, [], True, i
        while pos < len(br) - 1:
            found = False
            for li in (range(cur, min(cur + 4, len(nl))) if used else [i]):
                for k in range(len(br) - 1, pos, -1):
                    if wb(frag(pos, k)).search(nl[li]):
                        used.append(li); pos = k; cur = li + 1; found = True
                        break
                if found:
                    break
            if not found:
                ok = False
                break
        if ok and len(used) > 1:
            return ("wrapped", used)
    return None


def row_on_page(row, lines):
    return all(find_cell(c, lines) is not None for c in row if c)


def locate(truth, pdf):
    n = npages(pdf)
    rawt = page_texts(pdf, n, False)
    raw = [norm(t) for t in rawt]
    rawlines = [set(norm(x) for x in t.split("\n")) for t in rawt]
    lay = [t.split("\n") for t in page_texts(pdf, n, True)]
    cur_p, cur_o = 1, 0
    pages = []
    for b in truth["blocks"]:
        if b["type"] == "table":
            t = truth["tables"][b["index"]]
            body = t["rows"][t["header_rows"]:]
            first = next(r for r in body if len([c for c in r if c]) > 1)
            p0 = next(p for p in range(cur_p, n + 1) if row_on_page(first, lay[p - 1]))
            p1 = next(p for p in range(p0, n + 1) if row_on_page(body[-1], lay[p - 1]))
            t["page"], t["pages"] = p0, [p0, p1]
            wrapped = False
            for r in t["rows"]:
                for c in r:
                    if c:
                        res = next((x for x in (find_cell(c, lay[p - 1]) for p in range(p0, p1 + 1)) if x), None)
                        wrapped |= bool(res and res[0] == "wrapped")
            if wrapped:
                f = t["features"]
                f.insert(f.index("notes") if "notes" in f else len(f), "wrapped cells")
            b["page"] = p0
            if p1 > cur_p:
                cur_p, cur_o = p1, 0
            continue
        t = norm(b["text"])
        if b["type"] == "heading":
            p = next((p for p in range(cur_p, n + 1) if t in rawlines[p - 1]), None)
            if p is None:
                raise RuntimeError(f"heading not found: {t!r}")
            b["page"] = cur_p = p
            continue
        for L in (70, 40, 25):
            key = t[:L]
            p = next((p for p in range(cur_p, n + 1) if key in raw[p - 1]), None)
            if p:
                break
        if p is None:
            raise RuntimeError(f"block not found: {t[:70]!r}")
        b["page"] = p
        cur_p = p
    return n


def finish_truth(truth, spec, n, pdf):
    truth["pages"] = n
    truth["producer_pdf"] = re.search(r"Producer:\s+(.*)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1).strip()
    truth["paragraphs"] = [b["text"] for b in truth["blocks"] if b["type"] in ("paragraph", "list_item")]
    truth["paragraph_pages"] = [b["page"] for b in truth["blocks"] if b["type"] in ("paragraph", "list_item")]
    org = truth["author"]
    fur = [{"page": p, "header": [org], "footer": [footer_text(spec["footer"], p, n)]} for p in range(2, n + 1)]
    truth["page_furniture"] = fur
    hf = [org] + [f["footer"][0] for f in fur]
    truth["headers_footers"] = hf if n > 1 else []
    for t in truth["tables"]:
        t.pop("colwide", None)
        fs = t.pop("font_size_pt", None)
        if t["pages"][0] != t["pages"][1] and "long (repeated header)" not in t["features"]:
            t["features"].append("long (repeated header)")


def heading_pages(truth):
    return [b["page"] for b in truth["blocks"] if b["type"] == "heading" and b["text"] != "Índice" and re.match(r"\d+\. ", b["text"])]


def main():
    specs = [dict(s) for s in DOCS] + [dict(s) for s in FREE]
    only = set(int(a) for a in sys.argv[1:]) if len(sys.argv) > 1 else None
    for i, spec in enumerate(specs, 1):
        if only and i not in only:
            continue
        spec["_idx"] = i
        name, doc, truth = build_doc(i, spec)
        pdf = render(name, doc)
        n = locate(truth, pdf)
        if spec.get("toc") or spec.get("free") == "toc_list_form":
            tp = heading_pages(truth)
            name, doc, truth = build_doc(i, spec, toc_pages=tp)
            pdf = render(name, doc)
            n = locate(truth, pdf)
            assert heading_pages(truth) == tp, "TOC page numbers changed"
            ents = [f for f in truth["front_matter"][2:]]
            truth["toc"] = [{"text": e, "level": 1, "page": 1} for e in ents]
        finish_truth(truth, spec, n, pdf)
        json.dump(truth, open(os.path.join(OUT, name + ".truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(name, n, "pages", len(truth["tables"]), "tables", [t["pages"] for t in truth["tables"]])


if __name__ == "__main__":
    main()
