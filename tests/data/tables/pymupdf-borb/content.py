"""Invented material for the blind PyMuPDF set: sentences, names and table generators (seeded).

Every figure, name, CUI code and norm number is invented. Tables are returned as
dict(kind, header_rows, cells=[(row, col, rowspan, colspan, text)], ncols, nrows, align, section_rows).
"""
import random

NB = "\u00a0"

SENTENCES = [
    "La ejecución presupuestal del periodo alcanzó {p} del presupuesto institucional modificado.",
    "Se programaron {n} acciones de supervisión en las provincias de la región.",
    "La cobertura de agua clorada en los centros poblados llegó a {p} de las viviendas.",
    "Las brigadas de respuesta atendieron {n} emergencias durante la temporada de lluvias.",
    "El plan anual de contrataciones fue modificado en {k} oportunidades durante {y}.",
    "Los comités de vigilancia ciudadana presentaron {n} observaciones a las obras en curso.",
    "La capacitación en gestión de inversiones llegó a {n} funcionarios locales.",
    "La matrícula en educación inicial creció {p} respecto del año {y}.",
    "Se recomienda consolidar la programación multianual con enfoque territorial.",
    "La entidad aplicó medidas de austeridad en bienes y servicios durante el segundo semestre.",
    "El mantenimiento rutinario de caminos vecinales cubrió {n} kilómetros.",
    "Los acuerdos de gestión con las redes de salud incluyeron metas de cobertura de vacunación.",
    "La anemia en niñas y niños de seis a treinta y cinco meses descendió {p} en el periodo.",
    "El saneamiento físico legal de {n} predios quedó pendiente para el ejercicio {y}.",
    "La recaudación de ingresos propios superó en {p} lo previsto en el presupuesto de apertura.",
    "Se suscribieron {k} convenios de cooperación con municipalidades distritales.",
    "La reforestación con especies nativas cubrió {n} hectáreas en las microcuencas altas.",
    "El órgano de control institucional emitió {k} informes de servicio de control simultáneo.",
    "La demanda de atención en los establecimientos del primer nivel aumentó en {p}.",
    "Las transferencias a los gobiernos locales se efectuaron dentro del plazo previsto.",
    "Se culminó la actualización del inventario de bienes muebles con {n} registros depurados.",
    "El expediente técnico de la obra principal fue aprobado en el mes de {m}.",
    "Las conclusiones de este informe se elevan a la Gerencia General para su conocimiento.",
    "La producción de leche fresca en la cuenca ganadera creció de manera sostenida desde {y}.",
    "El número de docentes contratados por concurso público fue de {n} en el periodo.",
    "Los saldos de balance del ejercicio anterior se incorporaron en el mes de {m}.",
    "La oficina de planeamiento consolidó la evaluación semestral del plan operativo.",
    "Se identificaron {k} riesgos operativos con probabilidad alta de ocurrencia.",
]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre",
          "octubre", "noviembre", "diciembre"]
REGIONS = ["Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Cusco",
           "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Loreto",
           "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna", "Tumbes",
           "Ucayali"]
PLACES = ["Chachapoyas", "Huaraz", "Abancay", "Ayacucho", "Cajamarca", "Huancavelica", "Huánuco",
          "Moquegua", "Puno", "Moyobamba", "Tarapoto", "Pucallpa", "Tingo María", "Juliaca"]
ORGS = ["Gobierno Regional de {r}", "Dirección Regional de Salud {r}", "Dirección Regional de Educación {r}",
        "Dirección Regional de Transportes de {r}", "Municipalidad Provincial de {p}",
        "Dirección Regional de Agricultura {r}"]
NAMES = ["María Quispe Huamán", "José Mamani Condori", "Rosa Flores Ccahuana", "Luis Chávez Ramos",
         "Carmen Rojas Villanueva", "Jorge Huaranga Poma", "Elena Torres Apaza", "Víctor Salas Yupanqui"]
PROVINCES = ["Cutervo", "Chota", "Jaén", "Celendín", "Huanta", "Lucanas", "Azángaro", "Melgar", "Lamas",
             "Rioja", "Padre Abad", "Coronel Portillo", "Satipo", "Chanchamayo"]


class Gen:
    def __init__(self, seed, numstyle="nbsp", pctstyle="nbsp"):
        self.r = random.Random(seed)
        self.numstyle, self.pctstyle = numstyle, pctstyle
        self.used = set()

    def num(self, n):
        s = f"{n:,}"
        return s.replace(",", NB if self.numstyle == "nbsp" else ".")

    def pct(self, x):
        s = f"{x:.1f}".replace(".", ",")
        return s + (NB + "%" if self.pctstyle == "nbsp" else "%")

    def sentence(self):
        r = self.r
        for _ in range(200):
            i = r.randrange(len(SENTENCES))
            if i not in self.used:
                self.used.add(i)
                break
        else:
            self.used = set()
            i = r.randrange(len(SENTENCES))
        return SENTENCES[i].format(p=self.pct(r.uniform(5, 95)).replace(NB, " "), n=r.randint(12, 480),
                                   k=r.randint(2, 19), y=r.randint(2018, 2023), m=r.choice(MONTHS))

    def paragraph(self, k=None):
        return " ".join(self.sentence() for _ in range(k or self.r.randint(2, 3)))

    # --- tables -------------------------------------------------------------------------------
    def budget_region(self, nrows=8):
        r = self.r
        cells = [(0, 0, 2, 1, "Región"), (0, 1, 1, 2, "Presupuesto (S/)"), (0, 3, 1, 2, "Ejecución"),
                 (1, 1, 1, 1, "PIA"), (1, 2, 1, 1, "PIM"), (1, 3, 1, 1, "Devengado"), (1, 4, 1, 1, "Avance")]
        regs = r.sample(REGIONS, nrows)
        tpia = tpim = tdev = 0
        for i, g in enumerate(regs):
            pia = r.randint(800, 9000) * 1000 + r.randint(0, 999)
            pim = pia + r.randint(50, 2000) * 1000
            dev = int(pim * r.uniform(0.4, 0.97))
            tpia, tpim, tdev = tpia + pia, tpim + pim, tdev + dev
            row = [g, self.num(pia), self.num(pim), self.num(dev), self.pct(100 * dev / pim)]
            cells += [(2 + i, c, 1, 1, v) for c, v in enumerate(row)]
        row = ["Total", self.num(tpia), self.num(tpim), self.num(tdev), self.pct(100 * tdev / tpim)]
        cells += [(2 + nrows, c, 1, 1, v) for c, v in enumerate(row)]
        return dict(kind="budget_region", header_rows=2, cells=cells, ncols=5, nrows=nrows + 3,
                    align="lrrrr", section_rows=[], bold_rows=[nrows + 2])

    def budget_generica(self):
        r = self.r
        gens = ["2.1 Personal y obligaciones sociales", "2.2 Pensiones y otras prestaciones sociales",
                "2.3 Bienes y servicios", "2.4 Donaciones y transferencias", "2.5 Otros gastos",
                "2.6 Adquisición de activos no financieros"]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["Genérica de gasto", "PIA", "PIM", "Certificado", "Devengado"])]
        for i, g in enumerate(gens):
            vals = [r.randint(100, 4000) * 1000 + r.randint(0, 999) for _ in range(4)]
            row = [g] + [self.num(v) for v in vals]
            if i == 1:
                row[1], row[3] = "-", ""
            if i == 3:
                row[3] = "-"
            if i == 4:
                row[2], row[4] = "", "-"
            cells += [(1 + i, c, 1, 1, v) for c, v in enumerate(row)]
        return dict(kind="budget_generica", header_rows=1, cells=cells, ncols=5, nrows=len(gens) + 1,
                    align="lrrrr", section_rows=[], bold_rows=[])

    def staff(self):
        r = self.r
        regs = ["D. Leg. N.° 276", "D. Leg. N.° 728", "D. Leg. N.° 1057 (CAS)", "Ley N.° 30057 (Servicio Civil)",
                "Personal de confianza"]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["Régimen laboral", "Hombres", "Mujeres", "Total", "%"])]
        data = [(r.randint(3, 160), r.randint(3, 160)) for _ in regs]
        tot = sum(a + b for a, b in data)
        for i, (g, (a, b)) in enumerate(zip(regs, data)):
            row = [g, str(a), str(b), str(a + b), self.pct(100 * (a + b) / tot)]
            cells += [(1 + i, c, 1, 1, v) for c, v in enumerate(row)]
        ta, tb = sum(a for a, _ in data), sum(b for _, b in data)
        row = ["Total", self.num(ta), self.num(tb), self.num(ta + tb), self.pct(100.0)]
        cells += [(1 + len(regs), c, 1, 1, v) for c, v in enumerate(row)]
        return dict(kind="staff", header_rows=1, cells=cells, ncols=5, nrows=len(regs) + 2, align="lrrrr",
                    section_rows=[], bold_rows=[len(regs) + 1])

    def norms(self, n=6):
        r = self.r
        kinds = ["Resolución Ejecutiva Regional", "Ordenanza Regional", "Decreto Regional",
                 "Resolución Gerencial General Regional", "Acuerdo de Consejo Regional"]
        topics = ["Aprueba el plan operativo institucional multianual y su articulación con el presupuesto",
                  "Declara de interés regional la prevención de la anemia infantil",
                  "Modifica el texto único de procedimientos administrativos de la entidad",
                  "Aprueba la directiva de rendición de cuentas de los titulares de las unidades ejecutoras",
                  "Crea la comisión de seguimiento de las inversiones priorizadas",
                  "Aprueba el cuadro para asignación de personal provisional",
                  "Establece lineamientos para la gestión de riesgos de desastres en la temporada de lluvias",
                  "Autoriza la transferencia financiera a municipalidades distritales",
                  "Aprueba el reglamento de organización y funciones actualizado",
                  "Dispone la conformación del comité de control interno"]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["N.°", "Norma", "Fecha", "Materia"])]
        for i in range(n):
            y = r.randint(2020, 2024)
            norm = f"{r.choice(kinds)} N.° {r.randint(12, 640):03d}-{y}-GR"
            fecha = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y}"
            row = [str(i + 1), norm, fecha, topics[(i * 3 + r.randint(0, 2)) % len(topics)]]
            cells += [(1 + i, c, 1, 1, v) for c, v in enumerate(row)]
        return dict(kind="norms", header_rows=1, cells=cells, ncols=4, nrows=n + 1, align="llll",
                    section_rows=[], bold_rows=[])

    def projects(self, n=40):
        r = self.r
        what = ["Mejoramiento del servicio de agua potable y saneamiento en el centro poblado",
                "Creación del puesto de salud en la localidad de", "Mejoramiento de la carretera vecinal tramo",
                "Recuperación de los servicios de protección ambiental en la microcuenca",
                "Ampliación de la institución educativa inicial en", "Instalación del sistema de riego tecnificado en",
                "Mejoramiento del camino de herradura hacia", "Creación del servicio de práctica deportiva en"]
        places = ["Santa Rosa", "San Juan de Dios", "Huayllay Grande", "Pampa Hermosa", "Llacta Pata",
                  "Pueblo Libre", "Cruz Blanca", "Rumichaca", "Villa Rica", "Tres de Mayo", "Chontabamba"]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["CUI", "Nombre de la inversión", "Costo (S/)", "Avance"])]
        seen = set()
        for i in range(n):
            while True:
                cui = str(r.randint(2100000, 2599999))
                if cui not in seen:
                    seen.add(cui)
                    break
            name = f"{r.choice(what)} {r.choice(places)}"
            row = [cui, name, self.num(r.randint(150, 9800) * 1000 + r.randint(0, 999)), self.pct(r.uniform(0, 100))]
            cells += [(1 + i, c, 1, 1, v) for c, v in enumerate(row)]
        return dict(kind="projects", header_rows=1, cells=cells, ncols=4, nrows=n + 1, align="llrr",
                    section_rows=[], bold_rows=[])

    def targets(self):
        r = self.r
        acts = ["Visitas de supervisión a obras", "Talleres de capacitación", "Expedientes revisados",
                "Inspecciones sanitarias", "Campañas de vacunación", "Informes de seguimiento"]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["Actividad", "Unidad de medida", "I Trim.", "II Trim.",
                                                         "III Trim.", "IV Trim."])]
        units = ["Visita", "Taller", "Expediente", "Inspección", "Campaña", "Informe"]
        for i, a in enumerate(acts):
            q = [str(r.randint(1, 90)) for _ in range(4)]
            if i == 1:
                q[0] = "-"
            if i == 3:
                q[2] = ""
            if i == 4:
                q[1], q[3] = "-", ""
            cells += [(1 + i, c, 1, 1, v) for c, v in enumerate([a, units[i]] + q)]
        return dict(kind="targets", header_rows=1, cells=cells, ncols=6, nrows=len(acts) + 1, align="llrrrr",
                    section_rows=[], bold_rows=[])

    def indicators(self):
        r = self.r
        objs = ["OEI 01 Mejorar la calidad de los aprendizajes de los estudiantes",
                "OEI 02 Reducir la anemia en la primera infancia",
                "OEI 03 Mejorar la transitabilidad de la red vial vecinal"]
        inds = [["Porcentaje de estudiantes con logro satisfactorio en lectura",
                 "Porcentaje de estudiantes con logro satisfactorio en matemática"],
                ["Prevalencia de anemia en niñas y niños de 6 a 35 meses",
                 "Porcentaje de gestantes con suplemento de hierro"],
                ["Porcentaje de la red vial vecinal en buen estado",
                 "Kilómetros de caminos vecinales mantenidos"]]
        cells = [(0, 0, 2, 1, "Objetivo estratégico"), (0, 1, 2, 1, "Indicador"), (0, 2, 1, 2, "Línea base"),
                 (0, 4, 1, 3, "Metas"), (1, 2, 1, 1, "Año"), (1, 3, 1, 1, "Valor"), (1, 4, 1, 1, "2025"),
                 (1, 5, 1, 1, "2026"), (1, 6, 1, 1, "2027")]
        row = 2
        for o, ii in zip(objs, inds):
            cells.append((row, 0, 2, 1, o))
            for k, ind in enumerate(ii):
                b = r.uniform(10, 60)
                vals = [str(r.randint(2019, 2023)), self.pct(b).replace(NB + "%", "").replace("%", "")]
                vals += [self.pct(b + d).replace(NB + "%", "").replace("%", "") for d in (3, 6.5, 10)]
                cells.append((row + k, 1, 1, 1, ind))
                cells += [(row + k, 2 + j, 1, 1, v) for j, v in enumerate(vals)]
            row += 2
        return dict(kind="indicators", header_rows=2, cells=cells, ncols=7, nrows=row, align="llrrrrr",
                    section_rows=[], bold_rows=[])

    def budget_units(self, nprov=3):
        r = self.r
        cells = [(0, 0, 2, 1, "Unidad ejecutora"), (0, 1, 1, 2, "Gasto corriente"), (0, 3, 1, 2, "Gasto de capital"),
                 (1, 1, 1, 1, "PIM"), (1, 2, 1, 1, "Devengado"), (1, 3, 1, 1, "PIM"), (1, 4, 1, 1, "Devengado")]
        row, sec = 2, []
        sectors = ["Salud", "Educación", "Agricultura", "Transportes", "Vivienda", "Sede central"]
        for p in r.sample(PROVINCES, nprov):
            cells.append((row, 0, 1, 5, f"Provincia {p}"))
            sec.append(row)
            row += 1
            for s in r.sample(sectors, r.randint(2, 4)):
                pim1, pim2 = r.randint(200, 990) * 1000, r.randint(100, 990) * 1000
                vals = [f"UE {r.randint(300, 999)} {s} {p}", self.num(pim1), self.num(int(pim1 * r.uniform(.4, .95))),
                        self.num(pim2), self.num(int(pim2 * r.uniform(.2, .9)))]
                cells += [(row, c, 1, 1, v) for c, v in enumerate(vals)]
                row += 1
        return dict(kind="budget_units", header_rows=2, cells=cells, ncols=5, nrows=row, align="lrrrr",
                    section_rows=sec, bold_rows=[])

    def small(self):
        r = self.r
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["Concepto", str(r.randint(2021, 2022)), "2023"])]
        for i, c in enumerate(["Expedientes ingresados", "Expedientes atendidos", "Quejas registradas"]):
            cells += [(1 + i, 0, 1, 1, c), (1 + i, 1, 1, 1, self.num(r.randint(40, 9000))),
                      (1 + i, 2, 1, 1, self.num(r.randint(40, 9000)))]
        return dict(kind="small", header_rows=1, cells=cells, ncols=3, nrows=4, align="lrr", section_rows=[],
                    bold_rows=[])

    def risks(self):
        r = self.r
        rs = [("Retraso en la aprobación de expedientes técnicos por observaciones reiteradas", "Alta",
               "Asistencia técnica a las unidades formuladoras"),
              ("Lluvias intensas que interrumpen el acceso a las obras", "Media",
               "Reprogramación del cronograma y acopio anticipado de materiales"),
              ("Rotación del personal especializado de la oficina de logística", "Alta",
               "Plan de inducción y manuales de procedimientos"),
              ("Demora en las transferencias de recursos del nivel central", "Baja",
               "Seguimiento semanal con la oficina de presupuesto")]
        cells = [(0, c, 1, 1, v) for c, v in enumerate(["N.°", "Riesgo identificado", "Probabilidad", "Medida de control"])]
        for i, (a, b, c) in enumerate(r.sample(rs, 4)):
            cells += [(1 + i, k, 1, 1, v) for k, v in enumerate([str(i + 1), a, b, c])]
        return dict(kind="risk_list", header_rows=1, cells=cells, ncols=4, nrows=5, align="llll", section_rows=[],
                    bold_rows=[])


def to_grid(t):
    """Anchor cells → full grid of strings ('' for covered cells; NBSP stored as a plain space)."""
    g = [["" for _ in range(t["ncols"])] for _ in range(t["nrows"])]
    merged = []
    for (r, c, rs, cs, txt) in t["cells"]:
        g[r][c] = txt.replace(NB, " ")
        if rs > 1 or cs > 1:
            merged.append(dict(row=r, col=c, rowspan=rs, colspan=cs))
    return g, merged
