"""Invented material for the blind layout set: sentence templates and slot values.

Every sentence is drawn from a template with random slots; a document never repeats a
sentence (the caller keeps a set). All names, figures and norms are fictitious.
"""

FICT = "Documento de prueba: textos ficticios"

REGIONES = ["Puno", "Cusco", "Arequipa", "Ayacucho", "Huancavelica", "Apurímac", "Cajamarca",
            "Loreto", "San Martín", "Piura", "Junín", "Huánuco", "Amazonas", "Tacna", "Moquegua",
            "Ucayali", "Pasco", "Áncash", "Lambayeque", "Madre de Dios"]
ENTIDADES = ["la Gerencia Regional de Planeamiento", "la Dirección Regional de Educación",
             "la Municipalidad Provincial", "la Oficina de Programación Multianual",
             "la Unidad Ejecutora de Salud", "el Centro de Planeamiento Territorial",
             "la Dirección Regional Agraria", "la Oficina de Cooperación Técnica",
             "la Gerencia de Desarrollo Social", "la Subgerencia de Presupuesto",
             "el Comité de Coordinación Intergubernamental", "la Red de Salud Provincial",
             "la Unidad de Gestión Educativa Local", "el Programa Subsectorial de Irrigaciones"]
TEMAS = ["la gestión descentralizada", "la articulación intergubernamental",
         "la inversión pública en infraestructura", "la planificación estratégica institucional",
         "la prestación de servicios educativos", "la cobertura de los servicios de salud",
         "la gobernanza de los recursos hídricos", "la simplificación administrativa",
         "la transparencia presupuestaria", "la participación ciudadana",
         "la modernización de la gestión pública", "el ordenamiento territorial",
         "la competitividad productiva regional", "la conservación de los bosques amazónicos"]
COMPUESTOS = ["socio-económico", "costo-beneficio", "político-institucional", "técnico-normativo",
              "físico-financiero", "teórico-práctico", "económico-financiero", "técnico-administrativo"]
AUTORES = ["Quispe Mamani", "Huamán Torres", "Salazar Ccori", "Vargas Llerena", "Condori Apaza",
           "Mendoza Rivas", "Ticona Flores", "Gutiérrez Palomino", "Rojas Villanueva", "Ccahuana Soto"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre",
         "octubre", "noviembre", "diciembre"]

TEMPLATES = [
    "En el periodo {y1}-{y2}, {ent} de {reg} registró un avance de {pct} % en sus metas físicas.",
    "El análisis {comp} mostró que {tema} depende de la continuidad de los equipos técnicos.",
    "Los funcionarios entrevistados en {reg} señalaron que {tema} requiere procedimientos más simples.",
    "El examen {comp} de {n} proyectos priorizados permitió reordenar la cartera de inversiones.",
    "Según {aut} ({y1}), {tema} no puede entenderse sin considerar las brechas territoriales.",
    "Durante {mes} de {y2}, {ent} aprobó su plan operativo con {n} actividades programadas.",
    "La información disponible para {reg} sugiere una mejora sostenida en {tema}.",
    "Las municipalidades distritales de {reg} todavía presentan limitaciones en {tema}.",
    "Un enfoque {comp} permitió identificar {n} intervenciones con mayor rentabilidad social.",
    "El diagnóstico participativo realizado en {reg} recogió aportes de {n} organizaciones sociales.",
    "{Ent} de {reg} implementó un sistema de seguimiento trimestral de sus indicadores.",
    "La rotación del personal directivo afectó la continuidad de {tema} en {reg}.",
    "En términos comparativos, {reg} supera el promedio nacional en {pct} puntos porcentuales.",
    "El estudio {comp} concluyó que los beneficios superan a los costos en un horizonte de {d} años.",
    "Los talleres descentralizados reunieron a {n} representantes de la sociedad civil de {reg}.",
    "La normativa vigente asigna a {ent} responsabilidades específicas sobre {tema}.",
    "El presupuesto institucional modificado de {y2} creció {pct} % respecto del año anterior.",
    "Los resultados obtenidos en {reg} deben interpretarse con cautela por el tamaño de la muestra.",
    "La coordinación entre {ent} y los sectores nacionales mejoró a partir de {mes} de {y1}.",
    "De acuerdo con {aut} ({y2}), las reformas institucionales avanzan de manera desigual.",
    "El componente {comp} del programa fue rediseñado tras la evaluación intermedia de {y2}.",
    "En {reg}, {n} centros poblados carecen todavía de acceso permanente a servicios básicos.",
    "La estrategia regional propone fortalecer {tema} mediante convenios interinstitucionales.",
    "El equipo consultor revisó {n} expedientes técnicos y encontró observaciones recurrentes.",
    "Las brechas de infraestructura en {reg} explican buena parte del rezago en {tema}.",
    "La metodología combinó entrevistas semiestructuradas con la revisión de {n} documentos de gestión.",
    "Los indicadores de desempeño de {ent} se actualizaron con información de {mes} de {y2}.",
    "El marco {comp} vigente limita la capacidad de respuesta de los gobiernos locales de {reg}.",
    "Una proporción de {pct} % de los encuestados en {reg} valoró positivamente {tema}.",
    "El plan de desarrollo concertado de {reg} incorpora metas explícitas sobre {tema}.",
    "La ejecución del gasto de capital en {reg} alcanzó {pct} % al cierre de {y2}.",
    "Los especialistas consultados recomendaron priorizar {tema} en el siguiente ciclo de planeamiento.",
    "{Ent} de {reg} elaboró {n} informes de seguimiento durante el ejercicio {y1}.",
    "Para {aut} ({y1}), el enfoque {comp} aporta criterios útiles para priorizar inversiones.",
    "En la práctica, {tema} se ve condicionada por la disponibilidad de recursos ordinarios.",
    "La sistematización de experiencias en {reg} identificó {n} buenas prácticas replicables.",
    "Las transferencias del gobierno nacional a {reg} representaron {pct} % de los ingresos regionales.",
    "La comisión multisectorial sesionó {n} veces entre {mes} de {y1} y diciembre de {y2}.",
    "El informe técnico de {ent} advierte retrasos en los procesos de contratación de {reg}.",
    "El análisis {comp} de las alternativas de inversión favoreció la opción descentralizada.",
    "La capacitación de {n} servidores públicos de {reg} se concentró en {tema}.",
    "Las organizaciones de productores de {reg} reclamaron una mayor atención a {tema}.",
    "El seguimiento {comp} de las obras se realizó con visitas mensuales a {n} frentes de trabajo.",
    "Una revisión de las actas de {ent} muestra que {tema} ocupó un lugar secundario hasta {y1}.",
    "Las metas del programa presupuestal en {reg} se cumplieron en {pct} % durante {y2}.",
    "En opinión de {aut} ({y2}), la institucionalidad regional necesita reglas más estables.",
    "Los datos administrativos de {reg} presentan inconsistencias que dificultan {tema}.",
    "La propuesta de {ent} incluye {n} acciones estratégicas con responsables identificados.",
    "El componente de fortalecimiento de capacidades benefició a {n} funcionarios de {reg}.",
    "La experiencia de {reg} demuestra que {tema} avanza cuando existe liderazgo político sostenido.",
    "El enfoque {comp} adoptado en {reg} se revisó durante {mes} de {y2} con apoyo de {n} especialistas.",
    "Los criterios de orden {comp} orientaron la selección de {n} intervenciones en {reg}.",
    "El informe {comp} de {y2} documentó avances desiguales en {tema}.",
    "Un balance {comp} de {tema} en {reg} muestra resultados todavía modestos.",
]

NOTES = [
    "Las cifras de este apartado son ficticias y se incluyen solo con fines de prueba.",
    "Véase el informe de seguimiento de {ent} correspondiente al año {y2}.",
    "La encuesta se aplicó entre {mes} y diciembre de {y1} a una muestra de {n} hogares.",
    "Se utiliza la clasificación {comp} propuesta por {aut} ({y1}).",
    "El dato corresponde al cierre del ejercicio fiscal {y2} según el reporte institucional.",
    "Entrevista realizada en {reg} el {d} de {mes} de {y2}.",
    "Ordenanza Regional N° {n}-{y1}-GR{r3}, publicada en {mes} de {y1}.",
    "Para una discusión más amplia sobre {tema}, véase {aut} ({y2}).",
    "Los porcentajes se calcularon sobre el presupuesto institucional modificado de {y2}.",
    "Información proporcionada por {ent} mediante oficio de {mes} de {y2}.",
]


def fill(tpl, rng):
    ent = rng.choice(ENTIDADES)
    reg = rng.choice(REGIONES)
    y1 = rng.randint(2012, 2020)
    vals = {
        "y1": y1, "y2": y1 + rng.randint(1, 4), "ent": ent, "Ent": ent[0].upper() + ent[1:],
        "reg": reg, "pct": f"{rng.randint(11, 94)},{rng.randint(1, 9)}", "n": rng.randint(12, 480),
        "tema": rng.choice(TEMAS), "comp": rng.choice(COMPUESTOS), "aut": rng.choice(AUTORES),
        "mes": rng.choice(MESES), "d": rng.randint(2, 28),
        "r3": "".join(c for c in reg.upper() if c.isalpha())[:3],
    }
    out = tpl.format(**vals)
    return out.replace(" de el ", " del ").replace(" a el ", " al ").replace("De el ", "Del ")
