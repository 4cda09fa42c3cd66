"""Invented content for the blind Typst / fpdf2 table set (all figures and names fictitious)."""
import random

NBSP = "\u00a0"
NNBSP = "\u202f"

SENTENCES = [
    "La ejecución del gasto de inversión alcanzó un nivel superior al registrado en el ejercicio {y}.",
    "Las unidades ejecutoras reportaron demoras en la programación de sus adquisiciones del primer semestre.",
    "El comité de seguimiento sesionó {n} veces durante el periodo evaluado.",
    "La tasa de desnutrición crónica infantil bajó {p} respecto de la medición anterior.",
    "Los procesos de selección declarados desiertos retrasaron el inicio de varias obras priorizadas.",
    "La oficina de planeamiento brindó asistencia técnica a {n} municipalidades distritales.",
    "El presupuesto institucional modificado creció por las transferencias recibidas del nivel nacional.",
    "Las lluvias intensas del mes de {m} obligaron a declarar en emergencia a varios distritos altoandinos.",
    "La cartera de inversiones fue depurada y actualizada en el aplicativo del banco de proyectos.",
    "Se constató que {n} locales escolares requieren intervención urgente en su infraestructura.",
    "El programa de capacitación benefició a {n} servidores de las unidades orgánicas.",
    "La brecha de acceso a agua potable en el ámbito rural sigue siendo considerable.",
    "El avance financiero de los proyectos no siempre coincide con el avance físico informado.",
    "La recaudación de ingresos propios mostró una recuperación moderada frente al año {y}.",
    "El órgano de control institucional emitió {n} informes de control concurrente.",
    "Los convenios interinstitucionales permitieron ampliar la oferta de servicios en zonas rurales.",
    "La digitalización del archivo central avanzó conforme al cronograma aprobado.",
    "La cobertura de vacunación en menores de un año llegó a {p} al cierre del periodo.",
    "Las metas físicas del plan operativo fueron reprogramadas en el mes de {m}.",
    "El saldo de balance del ejercicio {y} se incorporó mediante crédito suplementario.",
    "La matrícula en educación inicial se recuperó tras la reapertura de los locales escolares.",
    "El mantenimiento periódico de la red vial vecinal se concentró en las provincias de altura.",
    "La participación ciudadana en el presupuesto participativo se mantuvo estable.",
    "El gasto corriente explicó la mayor parte del presupuesto devengado en el año.",
    "Las municipalidades con menor capacidad de gasto recibieron acompañamiento focalizado.",
    "El inventario de bienes patrimoniales se cerró dentro del plazo previsto.",
    "La demanda de atención en salud mental aumentó de forma sostenida en los últimos años.",
    "Los indicadores del plan estratégico se revisaron conforme a la guía metodológica vigente.",
    "La implementación de la mesa de partes digital redujo el tiempo de atención de los trámites.",
    "El seguimiento mensual de las metas permitió adoptar medidas correctivas oportunas.",
    "Se identificaron riesgos vinculados a la falta de saneamiento físico legal de los terrenos.",
    "La falta de expedientes técnicos actualizados limitó el arranque de nuevas inversiones.",
    "Los proyectos de riego tecnificado beneficiaron a {n} productores de la cuenca media.",
    "La evaluación de medio término mostró avances desiguales entre provincias.",
    "Las brechas de género en el empleo formal persisten en el ámbito rural.",
    "La articulación con los programas presupuestales orientó los recursos hacia resultados.",
    "El número de atenciones en el primer nivel de salud creció {p} durante el año.",
    "La encuesta de satisfacción arrojó una valoración positiva de los servicios prestados.",
    "En consecuencia, se recomienda mejorar la calidad de los datos registrados en los aplicativos.",
    "El equipo técnico verificó en campo el estado de {n} obras en ejecución.",
    "La entidad aprobó su plan de contingencia frente a heladas y friaje.",
    "Asimismo, se aprobaron lineamientos para gestionar los riesgos de la cadena de abastecimiento.",
    "El informe tiene fines de prueba y todas sus cifras son ficticias.",
    "La programación multianual priorizó el cierre de brechas en salud y educación.",
    "Los gobiernos locales ejecutaron {p} de las transferencias recibidas.",
    "La reposición de equipos informáticos se postergó para el siguiente ejercicio.",
    "El sistema regional de información consolidó los reportes de las direcciones sectoriales.",
    "Durante el periodo se registraron {n} reclamos en el libro de reclamaciones.",
    "La rotación del personal directivo afectó la continuidad de algunas intervenciones.",
    "Las transferencias a los programas sociales se efectuaron dentro de los plazos legales.",
    "El plan de mantenimiento de locales escolares se ejecutó casi en su totalidad.",
    "La oficina de abastecimiento culminó {n} procedimientos de selección en el año.",
    "Se recomienda fortalecer la supervisión de las obras ejecutadas por administración directa.",
    "El padrón de beneficiarios fue depurado con apoyo de las municipalidades distritales.",
    "Los reportes trimestrales se publicaron en el portal de transparencia de la entidad.",
    "La meta de familias con vivienda mejorada se cumplió en {p}.",
    "La coordinación con la sociedad civil se canalizó mediante mesas temáticas.",
    "Los precios de los materiales de construcción subieron durante el segundo semestre.",
]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "setiembre", "octubre", "noviembre", "diciembre"]
REGIONS = ["Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Cusco",
           "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Loreto",
           "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna",
           "Tumbes", "Ucayali"]
CITIES = ["Lima", "Arequipa", "Cusco", "Trujillo", "Piura", "Huancayo", "Puno", "Tacna",
          "Chiclayo", "Ayacucho", "Cajamarca", "Huaraz", "Iquitos", "Moquegua"]
PLACES = ["Sicuani", "Chacas", "Omate", "Celendín", "Juli", "Llata", "Tarata", "Yauli",
          "Pomabamba", "Cotahuasi", "Huayllay", "Putina", "Lamas", "Ocongate", "Chuquibamba",
          "Quillabamba", "Pacasmayo", "Andahuaylas", "Chota", "Ilave", "Tambobamba", "Paucartambo"]
ORGS = ["Gobierno Regional de {r}", "Municipalidad Provincial de {c}",
        "Dirección Regional de Salud {r}", "Dirección Regional de Educación {r}",
        "Gerencia Regional de Planeamiento de {r}", "Dirección Regional Agraria de {r}"]
TITLES = ["Informe de gestión {y}", "Informe de evaluación del plan operativo {y}",
          "Memoria anual {y}", "Reporte de seguimiento presupuestal {y}",
          "Informe técnico de avance {y}", "Evaluación de resultados del PEI {y}"]
FIRST = ["Rosa", "Luis", "Carmen", "Jorge", "Elena", "Víctor", "Marleny", "Óscar", "Julia",
         "Raúl", "Gladys", "Edwin", "Norma", "Wilber", "Yolanda", "Hernán"]
LAST = ["Quispe", "Huamán", "Mamani", "Condori", "Ccahuana", "Paredes", "Villanueva",
        "Rojas", "Tello", "Apaza", "Salazar", "Chambi", "Ore", "Zevallos", "Cárdenas", "Llanos"]

HEADINGS = ["Introducción", "Antecedentes", "Marco normativo", "Ejecución presupuestal",
            "Inversiones", "Indicadores estratégicos", "Educación", "Recursos humanos",
            "Metas físicas", "Gestión del riesgo", "Contexto regional", "Conclusiones",
            "Recomendaciones", "Programas sociales", "Salud"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


class Sentences:
    def __init__(self, rng):
        self.rng = rng
        self.pool = list(range(len(SENTENCES)))
        rng.shuffle(self.pool)

    def one(self, pct):
        if not self.pool:
            raise RuntimeError("sentence pool exhausted")
        t = SENTENCES[self.pool.pop()]
        r = self.rng
        return t.format(n=r.randint(12, 480), p=pct(r.uniform(5, 98)), y=r.randint(2018, 2023),
                        m=r.choice(MONTHS))

    def para(self, pct, k=None):
        k = k or self.rng.randint(2, 5)
        return " ".join(self.one(pct) for _ in range(k))


# ---------------------------------------------------------------- numbers
def group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


class Num:
    """Number style: int_sep, dec_sep, pct style."""
    STYLES = {
        "nbsp": (NBSP, ",", "comma_nbsp"),     # 1 234 567 / 1 234 567,50 / 85,3 %
        "nnbsp": (NNBSP, ",", "comma_nbsp"),
        "us": (",", ".", "dot_tight"),         # 1,234,567.50 / 85.3%
        "dot": (".", ",", "comma_tight"),      # 1.234.567 / 85,3%
    }

    def __init__(self, style, decimals=False):
        self.sep, self.dec, self.pstyle = self.STYLES[style]
        self.decimals = decimals

    def n(self, v, decimals=None):
        d = self.decimals if decimals is None else decimals
        if d:
            whole = int(v)
            cents = int(round((v - whole) * 100)) % 100
            return group(whole, self.sep) + self.dec + f"{cents:02d}"
        return group(int(round(v)), self.sep)

    def p(self, v):
        s = f"{v:.1f}"
        if self.pstyle == "comma_nbsp":
            return s.replace(".", ",") + NBSP + "%"
        if self.pstyle == "comma_tight":
            return s.replace(".", ",") + "%"
        return s + "%"


def plain(s):
    return s.replace(NBSP, " ").replace(NNBSP, " ")


# ---------------------------------------------------------------- tables
def C(text, cs=1, rs=1, align=None, bold=False, section=False):
    return {"text": text, "cs": cs, "rs": rs, "align": align, "bold": bold, "section": section}


class Table:
    def __init__(self, kind, header, body, aligns, widths, caption=None, caption_pos="above",
                 notes=(), long=False, font_size="normal"):
        self.kind = kind
        self.header = [[c if isinstance(c, dict) else C(c) for c in row] for row in header]
        self.body = [[c if isinstance(c, dict) else C(c) for c in row] for row in body]
        self.aligns = aligns       # per column 'L'/'R'/'C'
        self.widths = widths       # relative widths (fpdf2) / typst col spec
        self.caption = caption
        self.caption_pos = caption_pos
        self.notes = list(notes)
        self.long = long
        self.font_size = font_size
        self.ncols = len(aligns)

    def all_rows(self):
        return self.header + self.body

    def grid(self):
        """Return (rows as text grid, merged_cells, section_rows)."""
        rows = self.all_rows()
        nr = len(rows)
        grid = [[None] * self.ncols for _ in range(nr)]
        merged, sections = [], []
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while c < self.ncols and grid[r][c] is not None:
                    c += 1
                assert c < self.ncols, (self.kind, r, row)
                for dr in range(cell["rs"]):
                    for dc in range(cell["cs"]):
                        assert grid[r + dr][c + dc] is None
                        grid[r + dr][c + dc] = ""
                grid[r][c] = plain(cell["text"])
                if cell["cs"] > 1 or cell["rs"] > 1:
                    merged.append({"row": r, "col": c, "rowspan": cell["rs"], "colspan": cell["cs"]})
                if cell["section"]:
                    sections.append(r)
                c += cell["cs"]
        for r in range(nr):
            assert all(x is not None for x in grid[r]), (self.kind, r, grid[r])
        return grid, merged, sections


def fuente(rng):
    return rng.choice([
        "Fuente: Consulta Amigable, reporte al {d:02d}/0{m}/2024 (cifras ficticias).",
        "Fuente: Sistema Integrado de Administración Financiera, corte al {d:02d}/0{m}/2024.",
        "Fuente: Oficina de Planeamiento y Presupuesto, base de datos interna ({d:02d}/0{m}/2024).",
    ]).format(d=rng.randint(1, 28), m=rng.randint(1, 9))


def t_budget_region(rng, num, n=8):
    regs = rng.sample(REGIONS, n)
    body, tot = [], [0, 0, 0]
    for r in regs:
        pia = rng.uniform(2e5, 9e6)
        pim = pia * rng.uniform(1.05, 1.6)
        dev = pim * rng.uniform(0.35, 0.98)
        tot = [tot[0] + pia, tot[1] + pim, tot[2] + dev]
        body.append([r, num.n(pia), num.n(pim), num.n(dev), num.p(100 * dev / pim)])
    body.append([C("Total", bold=True), num.n(tot[0]), num.n(tot[1]), num.n(tot[2]),
                 num.p(100 * tot[2] / tot[1])])
    header = [[C("Región", rs=2), C("Presupuesto (S/)", cs=2, align="C"), C("Ejecución", cs=2, align="C")],
              [C("PIA", align="C"), C("PIM", align="C"), C("Devengado", align="C"), C("Avance %", align="C")]]
    return Table("budget_region", header, body, "LRRRR", [3, 2, 2, 2, 1.3],
                 notes=[fuente(rng)])


GENERICAS = ["2.1 Personal y obligaciones sociales", "2.2 Pensiones y otras prestaciones sociales",
             "2.3 Bienes y servicios", "2.4 Donaciones y transferencias", "2.5 Otros gastos",
             "2.6 Adquisición de activos no financieros", "2.8 Servicio de la deuda pública"]


def t_budget_generica(rng, num):
    body = []
    for g in GENERICAS:
        pia = rng.uniform(1e5, 2e7)
        pim = pia * rng.uniform(0.9, 1.5)
        cert = pim * rng.uniform(0.6, 1.0)
        dev = cert * rng.uniform(0.5, 1.0)
        row = [g, num.n(pia), num.n(pim), num.n(cert), num.n(dev), num.p(100 * dev / pim)]
        if rng.random() < 0.3:
            row[1] = ""
        if g.startswith("2.8"):
            row = [g, "", num.n(pim), "", "", "-"]
        body.append(row)
    header = [[C("Genérica de gasto"), C("PIA", align="C"), C("PIM", align="C"),
               C("Certificado", align="C"), C("Devengado", align="C"), C("Avance", align="C")]]
    return Table("budget_generica", header, body, "LRRRRR", [4, 2, 2, 2, 2, 1.3],
                 notes=["Nota: las celdas vacías corresponden a genéricas sin asignación inicial."])


FUENTES = ["Recursos ordinarios", "Recursos directamente recaudados",
           "Recursos por operaciones oficiales de crédito", "Donaciones y transferencias",
           "Recursos determinados"]


def t_budget_fuente(rng, num):
    body = []
    for f in FUENTES:
        pim = rng.uniform(5e5, 4e7)
        dev = pim * rng.uniform(0.4, 0.99)
        body.append([f, num.n(pim), num.n(dev), num.p(100 * dev / pim)])
    header = [[C("Fuente de financiamiento"), C("PIM (S/)", align="C"), C("Devengado (S/)", align="C"),
               C("Avance", align="C")]]
    return Table("budget_fuente", header, body, "LRRR", [4, 2, 2, 1.2], notes=[fuente(rng)])


UNITS = {
    "sede": ["Sede Central", "Gerencia Subregional {p}", "Programa Regional de Irrigación {p}"],
    "salud": ["Hospital Regional de {p}", "Red de Salud {p}", "Dirección de Salud {p}"],
    "educ": ["Unidad de Gestión Educativa Local {p}", "Dirección Regional de Educación {p}"],
}


def t_budget_units(rng, num):
    header = [[C("Unidad ejecutora"), C("PIA", align="C"), C("PIM", align="C"),
               C("Devengado", align="C"), C("Avance %", align="C")]]
    body = []
    places = rng.sample(PLACES, 12)
    for reg in rng.sample(REGIONS, 3):
        body.append([C("Región " + reg, cs=5, bold=True, section=True)])
        for _ in range(rng.randint(2, 3)):
            fam = rng.choice(list(UNITS))
            name = rng.choice(UNITS[fam]).format(p=places.pop())
            pia = rng.uniform(1e6, 9e7)
            pim = pia * rng.uniform(1.0, 1.4)
            dev = pim * rng.uniform(0.4, 0.99)
            body.append([name, num.n(pia), num.n(pim), num.n(dev), num.p(100 * dev / pim)])
    return Table("budget_units", header, body, "LRRRR", [5, 2, 2, 2, 1.4], notes=[fuente(rng)])


OBJ = ["Mejorar la calidad de los aprendizajes de los estudiantes",
       "Reducir la anemia en niñas y niños menores de 36 meses",
       "Incrementar la competitividad de los productores agrarios",
       "Fortalecer la gestión institucional y la transparencia",
       "Reducir la vulnerabilidad de la población ante desastres"]
IND = ["Porcentaje de estudiantes con logro satisfactorio en lectura",
       "Porcentaje de estudiantes con logro satisfactorio en matemática",
       "Prevalencia de anemia en menores de 36 meses",
       "Porcentaje de niños con controles de crecimiento completos",
       "Valor bruto de la producción agraria por hectárea",
       "Porcentaje de productores asociados",
       "Índice de cumplimiento de la ley de transparencia",
       "Porcentaje de expedientes atendidos en plazo",
       "Número de distritos con plan de prevención aprobado",
       "Porcentaje de población en zonas de riesgo alto"]


def t_indicators(rng, num, nobj=3):
    header = [[C("Objetivo estratégico", rs=2), C("Indicador", rs=2),
               C("Línea base", cs=2, align="C"), C("Metas", cs=3, align="C")],
              [C("Año", align="C"), C("Valor", align="C"), C("2025", align="C"),
               C("2026", align="C"), C("2027", align="C")]]
    body = []
    objs = rng.sample(range(len(OBJ)), nobj)
    for k, oi in enumerate(objs):
        inds = IND[2 * oi:2 * oi + 2]
        for j, ind in enumerate(inds):
            base = rng.uniform(10, 70)
            step = rng.uniform(1, 5)
            row = []
            if j == 0:
                row.append(C(f"OEI.0{k + 1} {OBJ[oi]}", rs=2))
            row += [ind, str(rng.randint(2019, 2023)), num.p(base)] + \
                   [num.p(base + step * (i + 1)) for i in range(3)]
            body.append(row)
    return Table("indicators", header, body, "LLCRRRR", [4, 4, 1.2, 1.4, 1.4, 1.4, 1.4],
                 notes=["Fuente: Plan Estratégico Institucional (versión de prueba)."])


NORM_TYPES = ["Ley N° {a}", "Decreto Supremo N° {b}-{y}-EF", "Decreto Legislativo N° {a}",
              "Resolución Directoral N° {b}-{y}-EF/50.01", "Ordenanza Regional N° {b}-{y}-GR/CR",
              "Resolución Ministerial N° {b}-{y}-MINEDU", "Decreto de Urgencia N° 0{c}-{y}"]
MATERIAS = ["Aprueba los lineamientos para la formulación del presupuesto institucional.",
            "Modifica el texto único de procedimientos administrativos de la entidad.",
            "Dispone medidas extraordinarias para la reactivación de obras paralizadas.",
            "Aprueba el reglamento del proceso de presupuesto participativo basado en resultados.",
            "Establece disposiciones para la gestión de la inversión pública descentralizada.",
            "Declara de interés regional la prevención de la anemia infantil.",
            "Aprueba la directiva de programación multianual de bienes, servicios y obras.",
            "Regula la transferencia de recursos a los gobiernos locales para mantenimiento vial.",
            "Aprueba el plan de desarrollo regional concertado al año 2033.",
            "Autoriza una modificación presupuestaria en el nivel institucional.",
            "Aprueba normas complementarias para la ejecución del gasto en emergencias.",
            "Crea la comisión de seguimiento de proyectos de inversión priorizados.",
            "Establece el procedimiento de conciliación de cuentas de enlace.",
            "Aprueba el cuadro para asignación de personal provisional.",
            "Dicta medidas para el cierre del año fiscal y la rendición de cuentas.",
            "Aprueba la guía para la elaboración de informes de evaluación de resultados.",
            "Modifica el reglamento de organización y funciones de la sede regional.",
            "Dispone la actualización del inventario de bienes inmuebles de la entidad.",
            "Aprueba el plan anual de contrataciones y sus modificaciones.",
            "Establece criterios para la priorización de inversiones en salud.",
            "Autoriza viajes en comisión de servicios con cargo a recursos propios.",
            "Aprueba el protocolo de atención a la ciudadanía en mesa de partes.",
            "Regula el uso de la firma digital en los documentos institucionales.",
            "Declara en emergencia la infraestructura educativa afectada por lluvias."]


def norm_rows(rng, n):
    rows = []
    mats = rng.sample(MATERIAS, n)
    for i in range(n):
        y = rng.randint(2008, 2024)
        t = rng.choice(NORM_TYPES).format(a=rng.randint(27000, 31999), b=rng.randint(1, 480),
                                          c=rng.randint(10, 99), y=y)
        d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}"
        rows.append([t, d, mats[i]])
    return rows


def t_norms(rng, n=7, long=False):
    header = [[C("Norma"), C("Fecha", align="C"), C("Materia")]]
    return Table("norms", header, norm_rows(rng, n), "LCL", [3.2, 1.9, 5.6],
                 notes=["Fuente: Diario Oficial (normas ficticias)."], long=long)


NIVELES = ["Inicial", "Primaria", "Secundaria", "Básica alternativa", "Básica especial",
           "Técnico-productiva", "Superior tecnológica"]


def t_enrol_sex(rng, num):
    header = [[C("Nivel educativo", rs=2), C("Matrícula 2024", cs=3, align="C"), C("Variación", rs=2, align="C")],
              [C("Mujeres", align="C"), C("Hombres", align="C"), C("Total", align="C")]]
    body = []
    for lv in NIVELES[:rng.randint(5, 7)]:
        m = rng.randint(800, 90000)
        h = rng.randint(800, 90000)
        body.append([lv, num.n(m, False), num.n(h, False), num.n(m + h, False),
                     num.p(rng.uniform(0.2, 9))])
    return Table("enrolment", header, body, "LRRRR", [3.5, 1.6, 1.6, 1.6, 1.5],
                 notes=["Fuente: Padrón de matrícula (datos ficticios)."])


def t_enrol_sections(rng, num):
    header = [[C("Provincia / nivel"), C("Mujeres", align="C"), C("Hombres", align="C"), C("Total", align="C")]]
    body = []
    for prov in rng.sample(PLACES, 3):
        body.append([C("Provincia " + prov, cs=4, bold=True, section=True)])
        for lv in NIVELES[:3]:
            m, h = rng.randint(300, 25000), rng.randint(300, 25000)
            body.append([lv, num.n(m, False), num.n(h, False), num.n(m + h, False)])
    return Table("enrolment", header, body, "LRRR", [3.5, 1.6, 1.6, 1.6],
                 notes=["Fuente: Estadística educativa regional (cifras de prueba)."])


ACTIV = [("Supervisión de obras", "Informe"), ("Capacitación a gobiernos locales", "Taller"),
         ("Visitas de monitoreo a instituciones educativas", "Visita"),
         ("Campañas de vacunación", "Campaña"), ("Mantenimiento de caminos vecinales", "Km"),
         ("Asistencia técnica a productores", "Productor"), ("Emisión de resoluciones", "Documento"),
         ("Inspecciones de seguridad", "Inspección")]


def t_targets(rng, num):
    header = [[C("Actividad"), C("Unidad de medida"), C("Meta anual", align="C"), C("I Trim.", align="C"),
               C("II Trim.", align="C"), C("III Trim.", align="C"), C("IV Trim.", align="C")]]
    body = []
    for a, u in rng.sample(ACTIV, 6):
        q = [rng.randint(0, 60) for _ in range(4)]
        cells = [str(x) for x in q]
        for i in range(4):
            r = rng.random()
            if r < 0.15:
                cells[i] = ""
            elif r < 0.25:
                cells[i] = "-"
        body.append([a, u, str(sum(q))] + cells)
    return Table("targets", header, body, "LLRRRRR", [4, 2, 1.4, 1.1, 1.1, 1.1, 1.1],
                 notes=["Nota: el guion indica que no se programó meta en el trimestre."])


REGIMEN = ["D. Leg. 276", "D. Leg. 728", "D. Leg. 1057 (CAS)", "Ley 30057 (Servicio Civil)",
           "Locación de servicios"]


def t_staff(rng, num):
    header = [[C("Régimen laboral"), C("Hombres", align="C"), C("Mujeres", align="C"), C("Total", align="C")]]
    body, th, tm = [], 0, 0
    for r in REGIMEN[:rng.randint(4, 5)]:
        h, m = rng.randint(3, 420), rng.randint(3, 420)
        th, tm = th + h, tm + m
        body.append([r, str(h), str(m), str(h + m)])
    body.append([C("Total", bold=True), str(th), str(tm), str(th + tm)])
    return Table("staff", header, body, "LRRR", [3.5, 1.3, 1.3, 1.3])


MON = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Set", "Oct", "Nov", "Dic"]


def t_monthly(rng, num):
    header = [[C("Unidad")] + [C(m, align="C") for m in MON] + [C("Total", align="C")]]
    body = []
    for i in range(rng.randint(6, 8)):
        v = [rng.randint(80, 9800) for _ in range(12)]
        body.append([f"UE {rng.randint(1, 999):03d}"] + [num.n(x, False) for x in v] + [num.n(sum(v), False)])
    return Table("budget_monthly", header, body, "L" + "R" * 13, [1.4] + [1] * 12 + [1.3],
                 notes=["Nota: devengado mensual en miles de soles."], font_size="small")


PROJ = ["Mejoramiento del servicio de agua potable y saneamiento en el centro poblado {p}",
        "Creación del puente vehicular sobre el río {p}",
        "Rehabilitación del camino vecinal {p} – {q}",
        "Mejoramiento de la institución educativa N° {n} de {p}",
        "Instalación del sistema de riego tecnificado en la comunidad de {p}",
        "Ampliación del servicio de salud del puesto de salud de {p}",
        "Recuperación del servicio de protección ribereña en {p}"]


def t_projects(rng, num, n=44):
    header = [[C("CUI"), C("Proyecto de inversión"), C("Provincia"), C("Monto (S/)", align="C"), C("Avance", align="C")]]
    body, seen = [], set()
    while len(body) < n:
        p, q = rng.sample(PLACES, 2)
        name = rng.choice(PROJ).format(p=p, q=q, n=rng.randint(100, 999))
        if name in seen:
            continue
        seen.add(name)
        body.append([str(rng.randint(2100000, 2699999)), name, rng.choice(PLACES),
                     num.n(rng.uniform(4e5, 4e7)), num.p(rng.uniform(1, 99.9))])
    return Table("projects", header, body, "LLLRR", [1.5, 6, 2, 2.2, 1.3],
                 notes=["Fuente: Banco de Inversiones (registros ficticios).", "Elaboración propia."],
                 long=n > 25)


RISKS = [("Retraso en la transferencia de recursos del nivel central", "Reprogramar el calendario de compromisos"),
         ("Paralización de obras por controversias con contratistas", "Activar la junta de resolución de disputas"),
         ("Pérdida de información por fallas en los servidores", "Implementar copias de respaldo diarias"),
         ("Alta rotación del personal técnico especializado", "Elaborar manuales de procedimientos"),
         ("Conflictos sociales en zonas de intervención", "Instalar mesas de diálogo con la población"),
         ("Desastres por lluvias intensas y huaicos", "Actualizar el plan de contingencia"),
         ("Incumplimiento de plazos en procesos de selección", "Fortalecer el área de abastecimiento")]
LEVELS = ["Baja", "Media", "Alta"]


def t_risks(rng, num):
    header = [[C("N°", align="C"), C("Riesgo"), C("Probabilidad", align="C"), C("Impacto", align="C"),
               C("Medida de control")]]
    body = []
    for i, (r, m) in enumerate(rng.sample(RISKS, 5)):
        body.append([str(i + 1), r, rng.choice(LEVELS), rng.choice(["Bajo", "Moderado", "Alto"]), m])
    return Table("risk_list", header, body, "CLCCL", [0.6, 5, 1.8, 1.5, 4.5])


def t_risk_matrix(rng, num):
    imp = ["Muy bajo", "Bajo", "Medio", "Alto", "Muy alto"]
    prob = ["Muy alta", "Alta", "Media", "Baja", "Muy baja"]
    header = [[C("Probabilidad", rs=2, align="C"), C("Impacto", cs=5, align="C")],
              [C(x, align="C") for x in imp]]
    body = []
    for i, p in enumerate(prob):
        row = [p]
        for j in range(5):
            s = (4 - i) + j
            row.append(["Bajo", "Bajo", "Moderado", "Moderado", "Alto", "Alto", "Extremo", "Extremo", "Extremo"][s])
        body.append(row)
    return Table("risk_matrix", header, body, "LCCCCC", [2, 1.5, 1.5, 1.5, 1.5, 1.5],
                 notes=["Nota: nivel de riesgo según la metodología de control interno."])


SMALL = [
    (["Sexo", "Servidores"], lambda r: [["Mujeres", str(r.randint(40, 300))], ["Hombres", str(r.randint(40, 300))]]),
    (["Indicador", "Valor"], lambda r: [["Obras concluidas", str(r.randint(5, 90))], ["Obras en ejecución", str(r.randint(5, 90))],
                                        ["Obras paralizadas", str(r.randint(0, 12))]]),
    (["Estado", "Expedientes", "%"], lambda r: [["Atendidos", str(r.randint(200, 900)), f"{r.uniform(50, 90):.1f}"],
                                                ["Pendientes", str(r.randint(20, 200)), f"{r.uniform(5, 40):.1f}"]]),
    (["Ámbito", "Distritos", "Población"], lambda r: [["Urbano", str(r.randint(3, 30)), group(r.randint(20000, 900000), NBSP)],
                                                       ["Rural", str(r.randint(10, 80)), group(r.randint(20000, 900000), NBSP)],
                                                       ["Total", "", ""]]),
    (["Trimestre", "Metas cumplidas"], lambda r: [[q, str(r.randint(3, 40))] for q in ["I", "II", "III", "IV"]]),
]


def t_small(rng, num, which=None):
    i = rng.randrange(len(SMALL)) if which is None else which
    h, f = SMALL[i]
    body = f(rng)
    if i == 3:
        body[2] = ["Total", "-", "-"]
    aligns = "L" + "R" * (len(h) - 1)
    return Table("small", [[C(x) for x in h]], body, aligns, [2.5] + [1.5] * (len(h) - 1))
