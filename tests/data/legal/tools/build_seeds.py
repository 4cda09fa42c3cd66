#!/usr/bin/env python3
"""Builds tests/data/legal/seeds.jsonl from hand-labelled passages of the seed texts.

Each passage is a line range of ../shared/corpus/seeds/text/<prefix>_*.txt, copied with its
damage (blank lines, hyphenation, U+FFFD); the expected mentions were written by hand after
reading the passage, not taken from the detector. Run from the repository root:
    python3 tests/data/legal/tools/build_seeds.py ../shared/corpus/seeds/text
"""
import glob, json, os, sys

L = "ley"; DLEG = "decreto_legislativo"; DL = "decreto_ley"; DS = "decreto_supremo"
RM = "resolucion_ministerial"; C = "constitucion"; T = "tratado"

P = [
 ("000", 578, 596, [("pe:const:1823", C, "Constitución del Perú"), ("pe:const:1826", C, "Constitución Bolivariana de 1826"), ("pe:const:1828", C, "Constitución de 1828")]),
 ("000", 664, 666, []),
 ("000", 794, 796, [("pe:ley:24650", L, "Ley de Bases de la Regionalización (Ley 24650")]),
 ("000", 849, 857, [("pe:const:1993", C, "Constitución de 1993"), ("pe:ley:26922", L, "Ley Marco de Descentralización de (Ley N° 26922")]),
 ("000", 888, 888, []),
 ("000", 1055, 1068, [("pe:ley:27783", L, "Ley de Bases de Descentralización"), ("pe:ley:27867", L, "Ley Orgánica de los Gobiernos regionales")]),
 ("000", 1685, 1688, [("pe:reglamento:ley-28273", "reglamento", "Reglamento de la Ley del Sistema de Acreditación"), ("pe:ley:28273", L, "Ley del Sistema de Acreditación")]),
 ("000", 1957, 1959, [("pe:const:1979", C, "Constitución de 1979"), ("pe:ley:24650", L, "Ley de Bases de Regionalización")]),
 ("000", 2016, 2020, [("pe:ley:27867", L, "ley Orgánica de Gobiernos regionales, Ley 27867"), ("pe:ley:27783", L, "Ley de Bases de Descentralización")]),
 ("000", 2053, 2055, [("pe:ley:27972", L, "Ley Orgánica de Municipalidades, Ley 27972")]),
 ("000", 2093, 2097, [("pe:ley:27783", L, "Ley de bases de Descentralización, Ley N° 27783")]),
 ("000", 2137, 2143, [("pe:ley:27867", L, "Ley Orgánica de Gobiernos regionales, Ley 27867")]),
 ("000", 2169, 2173, [("pe:ley:27972", L, "Ley Orgánica de Municipalidades, Ley 27972")]),
 ("000", 2187, 2193, [("pe:ley:27783", L, "Ley de Bases de Descentralización"), ("pe:ley:27867", L, "Ley Orgánica de Gobiernos regionales"), ("pe:ley:27972", L, "Ley Orgánica de Municipalidad"), ("pe:directiva:031-2007-re", "directiva", "Directiva 031-2007-RE")]),
 ("000", 2258, 2262, [("pe:ley:29357", L, "Ley de Organización y Funciones del Ministerio de Relaciones Exteriores")]),
 ("000", 2296, 2300, [("pe:ley:27867", L, "Ley de Gobiernos regionales"), ("pe:ley:27972", L, "Municipalidades")]),
 ("000", 2804, 2816, [("pe:ds:020-2002-re", DS, "Decreto Supremo 020-2002 RE"), ("pe:ley:26222", L, "Ley Marco de Descentralización, Ley 26222")]),
 ("000", 2836, 2845, [("pe:ds:080-2003-re", DS, "Decreto Supremo 080-2003-RE"), ("pe:dl:26112", DL, "Ley Orgánica del Ministerio de Relaciones Exteriores, Decreto Ley N°26112")]),
 ("000", 2861, 2870, [("pe:ley:29158", L, "Ley Orgánica del Poder Ejecutivo"), ("pe:dl:26112", DL, "Ley Orgánica del Ministerio de Relaciones Exteriores, Decreto Ley N°26112")]),
 ("000", 2963, 2973, [("pe:ley:27658", L, "Ley Marco de Modernización de la Gestión del Estado"), ("pe:ley:27783", L, "Ley de Bases de Descentralización"), ("pe:directiva:008-2015-re", "directiva", "Directiva para el Funcionamiento de las Oficinas Desconcentradas, Directiva N°008-2015 RE")]),
 ("000", 3050, 3052, [("pe:ds:050-2015", DS, "Decreto Supremo 050-2015")]),
 ("000", 3350, 3350, [("pe:ds:020-2002", DS, "DS 020-2002"), ("pe:directiva:008-2015-re", "directiva", "Directiva N°008-2015RE"), ("pe:ds:050-2050", DS, "DS 050-2050")]),
 ("000", 3512, 3514, [("pe:ley:27790", L, "ley 27790")]),
 ("000", 3572, 3588, [("pe:dleg:1451", DLEG, "Decreto 1451"), ("pe:ley:27692", L, "Ley Orgánica de APCI, Ley 27692")]),
 ("000", 4371, 4379, [("pe:const:1993", C, "Constitución Política del Perú"), ("pe:ley:29357", L, "Ley Orgánica de Organizaciones y Funciones del Ministerio de Relaciones Exteriores, Ley N° 29357"), ("pe:ley:29778", L, "Ley Marco para el Desarrollo e Integración Fronteriza, Ley N° 29778")]),
 ("000", 4412, 4412, [("pe:ley:29778", L, "Ley Marco para el Desarrollo e Integración Fronteriza, Ley N° 29778")]),
 ("000", 8725, 8739, [("pe:ds:1451-2018", DS, "D.S. 1451-2018"), ("pe:ley:28875", L, "Ley 28875, Ley que crea el Sistema Nacional Descentralizado de Cooperación técnica internacional No reembolsable"), ("pe:ley:27692", L, "Ley N° 27692, Ley de Creación de la Agencia Peruana de Cooperación")]),
 ("001", 196, 196, [("pe:ds:047-2009-pcm", DS, "Decreto Supremo 047-2009-PCM")]),
 ("001", 662, 664, [("pe:ley:27658", L, "Ley Marco de Modernización de la Ges tión del Estado (Ley 27658"), ("pe:ley:27783", L, "Ley de Bases de la Descentralización")]),
 ("001", 732, 744, [("pe:ley:27867", L, "Ley Orgánica de Gobiernos Regionales"), ("pe:ley:26821", L, "Ley Orgánica para el Aprovecha miento Sostenible de los Recursos Naturales (Ley 26821")]),
 ("001", 1092, 1096, [("pe:or:010-2007-gra-cr-arequipa", "ordenanza_regional", "Ordenanza Regional 010-2007-GRA/CR-Arequipa")]),
 ("001", 1182, 1182, [("pe:or:003-2013-grsm-cr", "ordenanza_regional", "Ordenanza Regional 003-2013-GRSM/CR")]),
 ("001", 1358, 1358, []),
 ("001", 1534, 1536, [("pe:ley:27867", L, "Ley Orgánica de Gobiernos Regionales")]),
 ("001", 1873, 1874, [("pe:or:039-2007-grsm-cr", "ordenanza_regional", "Ordenanza Regional 039-2007-GRSM/CR")]),
 ("002", 140, 144, [("int:onu-ag-res-1495", "resolucion_internacional", "Resolución 1495, XVI")]),
 ("002", 222, 222, [("pe:ley:27692", L, "Ley Nº 27692")]),
 ("002", 277, 291, [("pe:dleg:719", DLEG, "Ley Nº 719"), ("pe:reglamento:dleg-719", "reglamento", "Reglamento de la Ley de Cooperación Técnica Internacional"), ("pe:dleg:719", DLEG, "Ley de Cooperación Técnica Internacional"), ("pe:ds:015-1992-pcm", DS, "Decreto Supremo Nº 015-92-PCM"), ("pe:ley:27692", L, "Ley Nº 27692")]),
 ("002", 329, 331, [("pe:ds:054-2018-pcm", DS, "Decreto Supremo Nº 054-2018-PCM")]),
 ("002", 1184, 1186, [("cl:ley:18989", "norma_extranjera", "Ley Orgánica de la Agencia de Cooperación Internacional de Chile –AGCI (Ley 18989")]),
 ("002", 1606, 1608, [("pe:ley:29158", L, "Ley Orgánica del Poder Ejecutivo, Ley Nº 29158")]),
 ("002", 2580, 2580, [("pe:dleg:719", DLEG, "Ley Nº 719")]),
 ("002", 2624, 2628, [("pe:dleg:719", DLEG, "Ley Nº 719"), ("pe:reglamento:dleg-719", "reglamento", "Reglamento de la Ley de Cooperación Técnica Internacional"), ("pe:dleg:719", DLEG, "Ley de Cooperación Técnica Internacional")]),
 ("002", 2668, 2670, [("pe:ds:015-1992-pcm", DS, "Decreto Supremo Nº 015-92-PCM")]),
 ("002", 2707, 2709, [("pe:ley:28925", L, "Ley Nº 28925"), ("pe:ley:27692", L, "ley de creación de la Agencia Peruana de Cooperación Internacional")]),
 ("002", 2966, 2974, [("pe:dleg:719", DLEG, "Ley de Cooperación Técnica Internacional"), ("pe:ley:27692", L, "Ley de creación de la APCI"), ("pe:ley:28875", L, "Ley que crea el Sistema Nacional Descentralizado de Cooperación No Reembolsable"), ("pe:ley:28925", L, "Ley que modifica la ley de creación de la APCI"), ("pe:ley:27692", L, "ley de creación de la APCI")]),
 ("002", 2988, 2998, [("pe:ley:27692", L, "Ley Nº 27692, Ley de creación de la Agencia Peruana de Cooperación Internacional"), ("pe:ley:29375", L, "Ley de Organización y Funciones del Ministerio de Relaciones Exteriores, Ley Nº 29375")]),
 ("002", 3030, 3032, [("pe:ley:29158", L, "Ley Nº 29158, Ley Orgánica del Poder Ejecutivo")]),
 ("002", 3076, 3080, []),
 ("002", 3125, 3125, [("pe:ds:135-2010", DS, "Decreto Supremo Nº 135")]),
 ("002", 5094, 5096, [("pe:ley:28875", L, "Ley Nº 28875, Ley que crea el Sistema Nacional Descentralizado de Cooperación Internacional No Reembolsable")]),
 ("002", 5266, 5266, [("pe:ds:022-2017-pcm", DS, "Decreto Supremo 022-2017-PCM")]),
 ("002", 5584, 5585, [("pe:dleg:1252", DLEG, "Ley del Sistema Nacional de Programación Multianual y Gestión de Inversiones")]),
 ("002", 6650, 6650, [("pe:ds:006-2017-midis", DS, "D.S. 006-2017-MIDIS")]),
 ("003", 1630, 1632, [("pe:ley:28091", L, "Ley Nº 28091")]),
 ("003", 1775, 1779, [("pe:rm:1286-2015-re", RM, "Resolución Ministerial N° 1286/RE-2015"), ("pe:rm:536-2019-re", RM, "Resolución Ministerial N° 0536/RE-2019"), ("pe:rsg:702-2020-re", "resolucion_secretaria_general", "Resolución Secretaría General N° 0702/RE")]),
 ("003", 1812, 1816, [("pe:rm:1122-2016-re", RM, "Resolución Ministerial N° 1122-2016-RE"), ("pe:rm:057-2019-re", RM, "Resolución Ministerial Nº 0057-2019-RE")]),
 ("003", 1976, 1978, [("pe:directiva:008-2015-re", "directiva", "Directiva Nº 008-2015-RE"), ("pe:ds:050-2015", DS, "Decreto Supremo Nº 050-2015")]),
 ("003", 2011, 2013, [("pe:ds:027-2019-re", DS, "Decreto Supremo N° 027-2019-RE")]),
 ("003", 2085, 2089, [("pe:dl:22115", DL, "Decreto Ley Nº 22115")]),
 ("003", 2661, 2661, [("pe:ley:29778", L, "Ley N° 29778")]),
 ("003", 2955, 2961, [("int:convencion-combatir-cohecho-servidores-publicos-extranjeros-transacciones-comerciales-internacionales", T, "Convención para Combatir el Cohecho de Servidores Públicos Extranjeros en Transacciones Comerciales Internacionales")]),
 ("003", 3054, 3055, [("int:convencion-marco-naciones-unidas-cambio-climatico-1992", T, "Convención Marco de las Naciones Unidas sobre Cambio Climático")]),
 ("003", 3508, 3537, [
    ("int:tlc:peru-eeuu", T, "Acuerdo de Promoción Comercial entre el Perú y EE.UU."),
    ("int:tlc:peru-canada", T, "Tratado de Libre Comercio entre el Perú y Canadá"),
    ("int:tlc:peru-singapur", T, "Tratado de Libre Comercio entre el Perú y Singapur"),
    ("int:tlc:peru-china", T, "Tratado de libre comercio entre el Perú y China"),
    ("int:tlc:peru-tailandia", T, "Acuerdo de Libre Comercio entre el Perú y Tailandia"),
    ("int:tlc:peru-aelc", T, "Acuerdo de Libre Comercio entre el Perú y los Estados de la Asociación Europea de Libre Comercio – AELC"),
    ("int:tlc:peru-union-europea", T, "Acuerdo Multipartes entre el Perú y la Unión Europea"),
    ("int:tlc:peru-corea-del-sur", T, "Acuerdo de Libre Comercio entre el Perú y Corea del Sur"),
    ("int:tlc:peru-mexico", T, "Acuerdo de Integración Comercial entre el Perú y México"),
    ("int:tlc:peru-panama", T, "Tratado de Libre Comercio entre el Perú y Panamá"),
    ("int:tlc:peru-costa-rica", T, "Acuerdo de Libre Comercio entre el Perú y Costa Rica"),
    ("int:tlc:peru-japon", T, "Acuerdo de Asociación Económica entre el Perú y Japón"),
    ("int:tlc:peru-venezuela", T, "Acuerdo de Alcance Parcial de Naturaleza Comercial entre el Perú y Venezuela"),
    ("int:protocolo-adicional-acuerdo-marco-alianza-pacifico-2014", T, "Protocolo Adicional al Acuerdo Marco de la Alianza del Pacífico (2014)"),
    ("int:tlc:peru-honduras", T, "Tratado de Libre Comercio entre el Perú y Honduras"),
    ("int:tlc:peru-australia", T, "Acuerdo de Libre Comercio entre el Perú y Australia"),
    ("int:tlc:peru-reino-unido", T, "Acuerdo relativo a la continuación de beneficios comerciales entre el Perú y el Reino Unido"),
    ("int:tratado-integral-progresista-asociacion-transpacifico", T, "Tratado Integral y Progresista de Asociación Transpacífico"),
    ("int:tlc:peru-guatemala", T, "Tratado de Libre Comercio entre el Perú y Guatemala"),
    ("int:tlc:peru-brasil", T, "Acuerdo de Profundización Económico Comercial entre el Perú y Brasil"),
 ]),
 ("003", 4609, 4612, [("pe:rm:707-2020-re", RM, "RM N.º 0707-2020-RE"), ("pe:rsgd:005-2018-pcm-segdi", "resolucion_secretaria_gobierno_digital", "Resolución de Secretaría de Gobierno Digital N.º 005-2018-PCM-SEGDI")]),
 ("003", 4923, 4924, [("int:convenio-cooperacion-campo-uso-energia-nuclear-fines-pacificos", T, "Convenio sobre la Cooperación en el campo del uso de energía nuclear con fines pacíficos")]),
 ("003", 4982, 4983, [("int:tlc:peru-corea-del-sur", T, "Tratado de Libre Comercio")]),
 ("003", 5220, 5222, [("pe:rm:592-2020-re", RM, "Resolución Ministerial Nº 0592-2020-RE")]),
 ("003", 5680, 5681, [("pe:ds:063-2016-re", DS, "Decreto Supremo N° 063-2016-RE")]),
 ("003", 5732, 5733, [("pe:ds:015-2017-re", DS, "Decreto Supremo N° 015-2017-RE")]),
 ("003", 5810, 5812, [("pe:ley:30001", L, "Ley N° 30001 – Ley de Reinserción Económica y Social para el Migrante Retornado")]),
 ("004", 20, 22, [("pe:directiva:@directiva-general-del-proceso-de-planeamiento-estrategico", "directiva", "Directiva General del Proceso de Planeamiento Estratégico")]),
 ("004", 57, 57, [("pe:ds:004-2013", DS, "Decreto Supremo N° 004-2013")]),
 ("004", 60, 60, [("pe:directiva:@directiva-general-del-proceso-de-planeamiento-estrategico", "directiva", "Directiva General del Proceso de Planeamiento Estratégico")]),
 ("004", 61, 61, [("pe:rpcd:026-2014-ceplan-pcd", "resolucion_presidencia_consejo_directivo", "Resolución de Presidencia del Consejo Directivo Nº26-2014-CEPLAN/PCD")]),
 ("004", 62, 62, [("pe:rm:401-2014-re", RM, "Resolución Ministerial N° 0401-RE")]),
 ("004", 1258, 1262, []),
 ("004", 2626, 2630, [("int:convencion-1970", T, "Convención del 70")]),
 ("004", 3427, 3431, [("pe:ley:28611", L, "Ley General del Ambiente")]),
 ("004", 3549, 3551, [("int:convencion-viena-relaciones-consulares-1963", T, "Convención de Viena")]),
 ("004", 4743, 4751, [("int:convencion-proteccion-conservacion-tortugas-marinas", T, "Convención para la Protección y Conservación de Tortugas Marinas")]),
 ("004", 4917, 4921, [("int:tratado-cooperacion-amazonica", T, "Tratado de Cooperación Amazónica")]),
 ("004", 5022, 5026, []),
 ("004", 5346, 5349, []),
]

def main(src):
    out = []
    for prefix, a, b, ms in P:
        path = glob.glob(os.path.join(src, prefix + "_*.txt"))[0]
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        text = "\n".join(lines[a - 1:b])
        out.append({"id": f"s{prefix}-{a}", "text": text,
                    "mentions": [{"canonical": c, "type": t, "text": s} for c, t, s in ms]})
    dst = os.path.join(os.path.dirname(__file__), "..", "seeds.jsonl")
    with open(dst, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "passages,", sum(len(o["mentions"]) for o in out), "mentions")

main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/seeds/text")
