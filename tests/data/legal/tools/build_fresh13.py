#!/usr/bin/env python3
"""Build the fresh13 blind test sets (citations-dev.jsonl, shortforms-dev.jsonl).

Sentences are written with inline markers; offsets are computed here (Unicode code points).
  citations:  ⟦ … ⟧ marks a reference; refs are listed in the order their opening markers occur
              (markers may nest: a law inside a Reglamento, or a range holding its ends).
  shortforms: ⟦ … ⟧ marks a full reference, ⟪ … ⟫ a short form, each list in opening order.
Labels follow /work/shared/docs/legal-references.md.
"""
import json, os, re, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fresh13')  # writes tests/data/legal/fresh13/
OPEN, CLOSE = '⟦', '⟧'
SOPEN, SCLOSE = '⟪', '⟫'


def parse(marked, pairs):
    """Strip markers; return plain text and {pair: [(start, end), ...]} in opening order."""
    out, stacks, spans = [], {p: [] for p in pairs}, {p: [] for p in pairs}
    pos = 0
    for ch in marked:
        hit = False
        for p in pairs:
            o, c = p
            if ch == o:
                spans[p].append([pos, None]); stacks[p].append(len(spans[p]) - 1); hit = True
            elif ch == c:
                spans[p][stacks[p].pop()][1] = pos; hit = True
        if not hit:
            out.append(ch); pos += 1
    for p in pairs:
        assert not stacks[p], marked
    return ''.join(out), spans


def R(canonical, type_, number=None, year=None, issuer=None, article=None, **kw):
    d = {'type': type_, 'number': number, 'year': year, 'issuer': issuer, 'article': article,
         'canonical': canonical}
    d.update(kw)
    return d


def scope(cid):
    return 'pe' if cid.startswith('pe:') else ('int' if cid.startswith('int:') else 'foreign')


SIGNS = [('N.ᵒ', 'N.ᵒ'), ('N.º', 'N.º'), ('N.°', 'N.°'), ('N.o', 'N.o'), ('Nros.', 'Nros.'),
         ('Nro.', 'Nro.'), ('Nro', 'Nro'), ('Núm.', 'Núm.'), ('número', 'número'), ('N°s', 'N°s'),
         ('No.', 'No.'), ('N°', 'degree'), ('Nº', 'ordinal'), ('N\ufffd', 'N-fffd'), ('No ', 'No')]


def numsign_tags(refs):
    tags = []
    for r in refs:
        if r['scope'] != 'pe' or r['number'] is None or r.get('implicit'):
            continue
        t = r['text']
        if not re.search(r'[A-Za-zÁÉÍÓÚáéíóú]', t.split(r['number'])[0] if r['number'] in t else t):
            continue  # a later list element: the number alone
        best = None
        for s, tag in SIGNS:
            i = t.find(s)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, s, tag)
        if best is None:
            tags.append('numsign:none')
            continue
        i, s, tag = best
        tags.append('numsign:' + tag)
        after = t[i + len(s):i + len(s) + 1]
        if s != 'No ' and after.isdigit():
            tags.append('nospace')
        if after == '\n':
            tags.append('eol')
    return tags


D, O = '°', 'º'

# ---------------------------------------------------------------------------------------------
# Citation sentences: (marked sentence, [refs in opening order], [tags])
# ---------------------------------------------------------------------------------------------
C = []
def S(marked, refs, tags=()):
    C.append((marked, refs, list(tags)))

# --- leyes, apposition, named laws
S('En el marco de la ⟦Ley N° 27783, Ley de Bases de la Descentralización⟧, el gobierno regional asumió en 2004 las funciones transferidas en materia agraria.',
  [R('pe:ley:27783', 'ley', '27783')], ['apposition:number-name'])
S('La oficina de planeamiento actualizó su matriz de competencias según la ⟦Ley Orgánica de Gobiernos Regionales, Ley N° 27867⟧, y sus modificatorias.',
  [R('pe:ley:27867', 'ley', '27867')], ['apposition:name-number', 'modificatorias'])
S('El diagnóstico institucional se elaboró tomando como referencia la ⟦Ley N° 29158 – Ley Orgánica del Poder Ejecutivo⟧, que distingue entre ministerios y organismos públicos.',
  [R('pe:ley:29158', 'ley', '29158')], ['apposition:number-name', 'dash'])
S('El tránsito al nuevo régimen previsto en la ⟦Ley del Servicio Civil (Ley N° 30057)⟧ avanzó de forma desigual entre los pliegos del Gobierno Nacional.',
  [R('pe:ley:30057', 'ley', '30057')], ['apposition:parens'])
S('Los principios del procedimiento administrativo (⟦Ley Nº 27444, 2001, Art. IV⟧) orientan la actuación de los órganos instructores del gobierno local.',
  [R('pe:ley:27444', 'ley', '27444', '2001', None, 'IV')], ['author-year', 'article'])
S('La evaluación de impacto ambiental es exigible a todo proyecto de inversión (⟦Ley Nº 28611, 2005, Art. 24⟧).',
  [R('pe:ley:28611', 'ley', '28611', '2005', None, '24')], ['author-year', 'article'])
S('Con la ⟦Ley Nro. 31433, de 5 de marzo de 2022⟧, se reforzaron las facultades de fiscalización de los concejos municipales y de los consejos regionales.',
  [R('pe:ley:31433', 'ley', '31433', '2022')], ['dated'])
S('La universidad pública adecuó su estatuto a la ⟦Ley Universitaria⟧ dentro del plazo de transición otorgado por la Superintendencia.',
  [R('pe:ley:@ley-universitaria', 'ley', alias=['pe:ley:30220'])], ['named', 'single-adjective-name'])
S('Las competencias compartidas en saneamiento se encuentran reguladas por la ⟦Ley Orgánica de Municipalidades⟧ y por las normas del sector vivienda.',
  [R('pe:ley:@ley-organica-de-municipalidades', 'ley', alias=['pe:ley:27972'])], ['named'])
S('Según la tesis, los gobiernos locales rara vez aplican la ⟦ley general del ambiente⟧ al otorgar licencias de funcionamiento a pequeñas curtiembres.',
  [R('pe:ley:@ley-general-del-ambiente', 'ley', alias=['pe:ley:28611'])], ['named', 'lowercase'])
S('El régimen de los servidores nombrados se rige por la ⟦Ley Marco del Empleo Público⟧ en lo que no se oponga a la carrera administrativa.',
  [R('pe:ley:@ley-marco-del-empleo-publico', 'ley', alias=['pe:ley:28175'])], ['named'])
S('La articulación intergubernamental está prevista en las ⟦leyes orgánicas del Poder Ejecutivo⟧, de ⟦Gobiernos Regionales⟧ y de ⟦Municipalidades⟧, que reconocen espacios de coordinación.',
  [R('pe:ley:@ley-organica-del-poder-ejecutivo', 'ley', alias=['pe:ley:29158']),
   R('pe:ley:@ley-organica-de-gobiernos-regionales', 'ley', alias=['pe:ley:27867']),
   R('pe:ley:@ley-organica-de-municipalidades', 'ley', alias=['pe:ley:27972'])],
  ['ellipsis', 'plural-head', 'named'])
S('La gestión del riesgo se enmarca en la ⟦Ley N° 29664, Ley que crea el Sistema Nacional de Gestión del Riesgo de Desastres (SINAGERD)⟧.',
  [R('pe:ley:29664', 'ley', '29664')], ['apposition:number-name', 'descriptive-title'])
S('La ⟦Ley N° 31433⟧ modificó la ⟦Ley N° 27972⟧ y la ⟦Ley N° 27867⟧ para precisar las atribuciones de fiscalización de regidores y consejeros.',
  [R('pe:ley:31433', 'ley', '31433'), R('pe:ley:27972', 'ley', '27972'), R('pe:ley:27867', 'ley', '27867')], ['amendment'])
S('El sistema de control gubernamental se fortaleció con la ⟦Ley No. 28716⟧, Ley de Control Interno de las Entidades del Estado.',
  [R('pe:ley:28716', 'ley', '28716')], [])
S('La cuota de empleo para personas con discapacidad está prevista en la ⟦Ley Núm. 29973⟧ y se verifica cada año.',
  [R('pe:ley:29973', 'ley', '29973')], [])
S('La política regional contra la violencia de género se alinea con la ⟦Ley N.ᵒ 30364⟧ y con los lineamientos del sector.',
  [R('pe:ley:30364', 'ley', '30364')], [])
S('El control posterior se ejerce conforme a la ⟦Ley N\ufffd 27785⟧, según se indica en el informe de auditoría.',
  [R('pe:ley:27785', 'ley', '27785')], ['fffd'])
S('La programación presupuestal se sujetaba a la ⟦Ley N°\n28411⟧ hasta la entrada en vigencia del nuevo sistema.',
  [R('pe:ley:28411', 'ley', '28411')], ['linebreak'])
S('La transferencia de competencias se rige por las ⟦leyes Nº 29158⟧, ⟦27658⟧ y ⟦27444⟧, según el análisis del capítulo II.',
  [R('pe:ley:29158', 'ley', '29158'), R('pe:ley:27658', 'ley', '27658'), R('pe:ley:27444', 'ley', '27444')],
  ['list', 'plural-head'])
S('El licenciamiento de universidades e institutos se sustenta en las ⟦Leyes N°s 30220⟧ y ⟦30512⟧, cuyos reglamentos se aprobaron en años distintos.',
  [R('pe:ley:30220', 'ley', '30220'), R('pe:ley:30512', 'ley', '30512')], ['list', 'plural-head', 'N°s'])
S('El principio de legalidad está recogido en el ⟦numeral 1.1 del artículo IV del Título Preliminar de la Ley N° 27444⟧.',
  [R('pe:ley:27444', 'ley', '27444', None, None, 'IV del Título Preliminar', inciso='1.1')], ['article', 'subunit'])
S('La simplificación administrativa se orienta por los ⟦arts. 2 y 3 de la Ley 27658⟧, que definen la finalidad del proceso de modernización.',
  [R('pe:ley:27658', 'ley', '27658', None, None, '2, 3')], ['article'])

# --- constitución
S('El ⟦artículo 191 de la Constitución Política del Perú⟧ reconoce a los gobiernos regionales autonomía política, económica y administrativa.',
  [R('pe:const:1993', 'constitucion', None, '1993', None, '191')], ['article', 'constitution'])
S('A diferencia de la ⟦Constitución de 1979⟧, el texto vigente suprimió las asambleas regionales como órganos de gobierno.',
  [R('pe:const:1979', 'constitucion', None, '1979')], ['constitution'])
S('El derecho de acceso a la información pública es un derecho fundamental (⟦Const., art. 2, inc. 5⟧).',
  [R('pe:const:1993', 'constitucion', None, '1993', None, '2', inciso='5')], ['constitution', 'abbrev:Const.'])
S('La ⟦Carta Política⟧ garantiza la autonomía universitaria, pero no excluye la supervisión de las condiciones básicas de calidad.',
  [R('pe:const:1993', 'constitucion', None, '1993')], ['constitution'])
S('El régimen de descentralización está desarrollado en los ⟦artículos 188 al 199 de la Constitución⟧, modificados en 2002.',
  [R('pe:const:1993', 'constitucion', None, '1993', None, '188-199')], ['constitution', 'article'])

# --- códigos
S('La responsabilidad civil extracontractual del Estado se analiza a la luz del ⟦Código Civil⟧ y de la doctrina nacional.',
  [R('pe:codigo:@codigo-civil', 'codigo', alias=['pe:dleg:295'])], ['codigo', 'named'])
S('El delito de colusión tipificado en el ⟦artículo 384 del Código Penal⟧ fue el más denunciado por la procuraduría regional.',
  [R('pe:codigo:@codigo-penal', 'codigo', None, None, None, '384', alias=['pe:dleg:635'])], ['codigo', 'article'])
S('Las defensorías municipales aplican el ⟦Código de los Niños y Adolescentes⟧ en los procedimientos de alimentos y tenencia.',
  [R('pe:codigo:@codigo-de-los-ninos-y-adolescentes', 'codigo', alias=['pe:ley:27337'])], ['codigo', 'named'])

# --- decretos legislativos, decretos leyes
S('Los servidores sujetos al régimen del ⟦D. Leg. N° 276⟧ conservan sus derechos adquiridos hasta su traslado al nuevo régimen.',
  [R('pe:dleg:276', 'decreto_legislativo', '276')], ['abbrev:D. Leg.'])
S('La contratación se efectuó bajo el régimen del ⟦DLeg 1057⟧, según consta en el legajo de la Oficina de Recursos Humanos.',
  [R('pe:dleg:1057', 'decreto_legislativo', '1057')], ['abbrev:DLeg'])
S('De acuerdo con el ⟦D.L. N° 1088⟧, el CEPLAN es el órgano rector del Sistema Nacional de Planeamiento Estratégico.',
  [R('pe:dleg:1088', 'decreto_legislativo', '1088')], ['dl-ambiguous', 'abbrev:D.L.'])
S('El ⟦DL 25902⟧, dictado en 1992, reorganizó el sector agrario y suprimió varias direcciones generales.',
  [R('pe:dl:25902', 'decreto_ley', '25902')], ['dl-ambiguous', 'abbrev:DL'])
S('La Autoridad Nacional del Servicio Civil fue creada por el ⟦Decreto Legislativo número 1023⟧ como organismo técnico especializado.',
  [R('pe:dleg:1023', 'decreto_legislativo', '1023')], [])
S('La gestión integral de residuos sólidos municipales se rige por el ⟦Decreto Nº 1278⟧ y su normativa complementaria.',
  [R('pe:dleg:1278', 'decreto_legislativo', '1278')], ['bare-decreto'])
S('La reforma del sistema de administración financiera se concretó con los ⟦⟦Decretos Legislativos N° 1436⟧ al ⟦1442⟧⟧, publicados en septiembre de 2018.',
  [[R('pe:dleg:%d' % n, 'decreto_legislativo', str(n), implicit=True) for n in range(1437, 1442)],
   R('pe:dleg:1436', 'decreto_legislativo', '1436'),
   R('pe:dleg:1442', 'decreto_legislativo', '1442')], ['range', 'plural-head'])
S('La fase de programación multianual se regula en el ⟦Decreto Legisla-\ntivo N° 1440⟧, que derogó parcialmente la ley general de presupuesto.',
  [R('pe:dleg:1440', 'decreto_legislativo', '1440')], ['hyphenation', 'linebreak'])
S('El ⟦numeral 3.2 del artículo 3 del Decreto Legislativo N° 1057⟧, modificado por la ⟦Ley N° 29849⟧, reconoce el derecho a vacaciones remuneradas.',
  [R('pe:dleg:1057', 'decreto_legislativo', '1057', None, None, '3', inciso='3.2'), R('pe:ley:29849', 'ley', '29849')],
  ['article', 'subunit', 'amendment'])
S('Numeral incorporado por la ⟦Única Disposición Complementaria Modificatoria del Decreto Legislativo N° 1452⟧.',
  [R('pe:dleg:1452', 'decreto_legislativo', '1452', None, None, 'Única Disposición Complementaria Modificatoria')],
  ['article', 'amendment'])
S('El régimen de pensiones de los servidores nombrados antes de 1980 se rige por el ⟦D.Ley N° 20530⟧, hoy cerrado.',
  [R('pe:dl:20530', 'decreto_ley', '20530')], ['abbrev:D.Ley'])
S('El ⟦Decreto Ley N° 25593, Ley de Relaciones Colectivas de Trabajo⟧, fue objeto de diversas modificaciones durante la década siguiente.',
  [R('pe:dl:25593', 'decreto_ley', '25593')], ['apposition:number-name'])

# --- decretos de urgencia
S('Mediante ⟦Decreto de Urgencia N.° 016-2020⟧ se establecieron medidas en materia de recursos humanos del sector público.',
  [R('pe:du:016-2020', 'decreto_urgencia', '016', '2020')], [])
S('El ⟦D.U. Nº 037-94⟧ otorgó una bonificación especial a los servidores de la administración pública.',
  [R('pe:du:037-1994', 'decreto_urgencia', '037', '1994')], ['old-numbering', 'abbrev:D.U.'])
S('El presupuesto del año fiscal 2020 se aprobó mediante los ⟦Decretos de Urgencia Nros. 014-2019⟧ y ⟦015-2019⟧, durante el interregno parlamentario.',
  [R('pe:du:014-2019', 'decreto_urgencia', '014', '2019'), R('pe:du:015-2019', 'decreto_urgencia', '015', '2019')],
  ['list', 'plural-head'])
S('La reactivación de obras paralizadas se financió con el ⟦Decreto de Urgencia Nro 021-2021⟧, según el reporte de seguimiento.',
  [R('pe:du:021-2021', 'decreto_urgencia', '021', '2021')], [])

# --- decretos supremos
S('Publíquese el presente en el diario oficial El Peruano, de conformidad con lo dispuesto en el ⟦Decreto Supremo Nº 009-2024-JUS⟧.',
  [R('pe:ds:009-2024-jus', 'decreto_supremo', '009', '2024', 'JUS')], ['gazette'])
S('La Política Nacional de Modernización de la Gestión Pública al 2030, aprobada por ⟦Decreto Supremo N° 103-2022-PCM⟧, sustituyó a la política anterior.',
  [R('pe:ds:103-2022-pcm', 'decreto_supremo', '103', '2022', 'PCM')], ['approved-by', 'policy'])
S('Política Nacional de Cultura al 2030\n⟦Decreto Supremo\nN° 009-2020-MC⟧\nMinisterio de Cultura',
  [R('pe:ds:009-2020-mc', 'decreto_supremo', '009', '2020', 'MC')], ['table-cell', 'linebreak', 'policy'])
S('La cooperación no reembolsable se registra conforme al ⟦D.S. N° 015-92-PCM⟧, que reglamentó la ley de cooperación técnica internacional.',
  [R('pe:ds:015-1992-pcm', 'decreto_supremo', '015', '1992', 'PCM')], ['old-numbering'])
S('Las especificaciones técnicas de las redes de distribución se sujetan al ⟦Decreto Supremo 040-2014 EM⟧, vigente desde su publicación.',
  [R('pe:ds:040-2014-em', 'decreto_supremo', '040', '2014', 'EM')], ['space-separator'])
S('El protocolo regional de atención se actualizó conforme al ⟦Decreto Supremo N° 011–2017–MIMP⟧ y a la guía sectorial.',
  [R('pe:ds:011-2017-mimp', 'decreto_supremo', '011', '2017', 'MIMP')], ['en-dash'])
S('Los lineamientos de organización del Estado se aprobaron mediante ⟦Decreto Su-\npremo N° 054-2018-PCM⟧, con alcance para todas las entidades del Poder Ejecutivo.',
  [R('pe:ds:054-2018-pcm', 'decreto_supremo', '054', '2018', 'PCM')], ['hyphenation', 'linebreak'])
S('La publicidad de la información presupuestal se rige por el ⟦Decre\u00adto Supremo N° 072-2003-PCM⟧ y por las directivas del MEF.',
  [R('pe:ds:072-2003-pcm', 'decreto_supremo', '072', '2003', 'PCM')], ['soft-hyphen'])
S('Las políticas nacionales se formulan según el ⟦Decreto Supremo N° 029-2018-PCM⟧12 y la guía metodológica del CEPLAN.',
  [R('pe:ds:029-2018-pcm', 'decreto_supremo', '029', '2018', 'PCM')], ['footnote-marker'])
S('El registro de productores agrarios se creó con el ⟦D.S.N° 013-2022-MIDAGRI⟧, de alcance nacional.',
  [R('pe:ds:013-2022-midagri', 'decreto_supremo', '013', '2022', 'MIDAGRI')], ['abbrev:D.S.N°'])
S('Las funciones del sector se transfirieron conforme al ⟦D. S. N° 027-2019⟧, cuyo texto no precisa el ministerio proponente.',
  [R('pe:ds:027-2019', 'decreto_supremo', '027', '2019')], ['missing-issuer', 'abbrev:D. S.'])
S('La zonificación de la costa norte se rigió por el ⟦D.S. N° 058 de 17 de octubre de 1966⟧, según el archivo del ministerio.',
  [R('pe:ds:058-1966', 'decreto_supremo', '058', '1966')], ['old-numbering', 'dated'])
S('La creación del distrito se formalizó mediante ⟦Decreto Supremo de 31 de diciembre de 1953⟧, según consta en el expediente de demarcación.',
  [R('pe:ds:f1953-12-31', 'decreto_supremo', None, '1953')], ['unnumbered', 'date-id'])
S('Los límites de la comunidad campesina se reconocieron por ⟦Decreto Supremo s/n de 8 de agosto de 1991⟧.',
  [R('pe:ds:f1991-08-08', 'decreto_supremo', None, '1991', alias=['pe:ds:sn-1991'])], ['unnumbered', 'date-id', 's/n'])
S('Las medidas de austeridad fueron dispuestas por los ⟦Decretos Supremos N° 011-2020-PCM⟧ y ⟦N° 012-2020-PCM⟧, vigentes durante el primer semestre.',
  [R('pe:ds:011-2020-pcm', 'decreto_supremo', '011', '2020', 'PCM'), R('pe:ds:012-2020-pcm', 'decreto_supremo', '012', '2020', 'PCM')],
  ['list', 'plural-head'])
S('El ⟦literal b) del artículo 8 del D. S. N° 123-2018-PCM⟧ asigna a la Secretaría de Gestión Pública la rectoría del sistema.',
  [R('pe:ds:123-2018-pcm', 'decreto_supremo', '123', '2018', 'PCM', '8', inciso='b)')], ['article', 'subunit'])
S('El programa de vivienda rural se amplió mediante el ⟦Decreto Supremo N.º 004-2023-VIVIENDA⟧ a otras doce provincias altoandinas.',
  [R('pe:ds:004-2023-vivienda', 'decreto_supremo', '004', '2023', 'VIVIENDA')], [])
S('El plan de promoción turística regional tomó como referencia el ⟦DS Nº 005-2021-MINCETUR⟧ y las metas del sector.',
  [R('pe:ds:005-2021-mincetur', 'decreto_supremo', '005', '2021', 'MINCETUR')], ['abbrev:DS'])

# --- reglamentos, TUO, approved instruments (docs §10.2)
S('El ⟦Reglamento de la ⟦Ley N° 29664⟧⟧, aprobado por ⟦D.S. N° 048-2011-PCM⟧, asigna al INDECI la conducción de la preparación y respuesta.',
  [R('pe:reglamento:ds-048-2011-pcm', 'reglamento', None, '2011', 'PCM'),
   R('pe:ley:29664', 'ley', '29664', nested=True),
   R('pe:ds:048-2011-pcm', 'decreto_supremo', '048', '2011', 'PCM')], ['approved-by', 'nested', 'reglamento'])
S('Mediante ⟦Decreto Supremo N° 002-2018-TR⟧ se aprobó el ⟦Reglamento de la ⟦Ley N° 30709⟧⟧, Ley que prohíbe la discriminación remunerativa entre varones y mujeres.',
  [R('pe:ds:002-2018-tr', 'decreto_supremo', '002', '2018', 'TR'),
   R('pe:reglamento:ds-002-2018-tr', 'reglamento', None, '2018', 'TR'),
   R('pe:ley:30709', 'ley', '30709', nested=True)], ['approved-by', 'nested', 'reglamento'])
S('Los procesos de selección se rigen por el ⟦TUO de la ⟦Ley N° 30225, Ley de Contrataciones del Estado⟧⟧, aprobado por ⟦D.S. N° 082-2019-EF⟧.',
  [R('pe:tuo:ds-082-2019-ef', 'tuo', None, '2019', 'EF'),
   R('pe:ley:30225', 'ley', '30225', nested=True),
   R('pe:ds:082-2019-ef', 'decreto_supremo', '082', '2019', 'EF')], ['approved-by', 'nested', 'tuo'])
S('El ⟦Texto Único Ordenado de la ⟦Ley N° 27806⟧⟧ no fija plazos distintos para las entidades de los gobiernos locales.',
  [R('pe:tuo:ley-27806', 'tuo', alias=['pe:tuo:ds-021-2019-jus', 'pe:ds:021-2019-jus']),
   R('pe:ley:27806', 'ley', '27806', nested=True)], ['tuo', 'nested', 'parent-key'])
S('El comité de seguridad y salud se conformó según el ⟦Reglamento de la ⟦Ley N° 29783⟧⟧, cuyas obligaciones fueron auditadas en 2022.',
  [R('pe:reglamento:ley-29783', 'reglamento', alias=['pe:reglamento:ds-005-2012-tr', 'pe:ds:005-2012-tr']),
   R('pe:ley:29783', 'ley', '29783', nested=True)], ['reglamento', 'nested', 'parent-key'])
S('La supervisión de las distribuidoras se realiza según el ⟦Reglamento General de Supervisión de OSINERGMIN⟧, aprobado mediante ⟦Resolución de Consejo Directivo N° 208-2020-OS/CD⟧.',
  [R('pe:reglamento:rcd-208-2020-os-cd', 'reglamento', None, '2020', 'OS/CD'),
   R('pe:rcd:208-2020-os-cd', 'resolucion_consejo_directivo', '208', '2020', 'OS/CD')], ['approved-by', 'reglamento'])
S('Las entidades financieras aplican el ⟦Reglamento de Gestión de Conducta de Mercado del Sistema Financiero⟧, aprobado por ⟦Resolución SBS N° 3274-2017⟧.',
  [R('pe:reglamento:res-3274-2017-sbs', 'reglamento', None, '2017', 'SBS'),
   R('pe:res:3274-2017-sbs', 'resolucion', '3274', '2017', 'SBS')], ['approved-by', 'reglamento', 'issuer-first'])
S('La ⟦Directiva de Gestión de la Capacitación en las Entidades Públicas⟧ fue aprobada por ⟦Resolución de Presidencia Ejecutiva N° 141-2016-SERVIR-PE⟧.',
  [R('pe:directiva:rpe-141-2016-servir-pe', 'directiva', None, '2016', 'SERVIR-PE'),
   R('pe:rpe:141-2016-servir-pe', 'resolucion_presidencia_ejecutiva', '141', '2016', 'SERVIR-PE')], ['approved-by', 'directiva'])
S('Los residuos biocontaminados se gestionan según la ⟦Norma Técnica de Salud para la Gestión Integral y Manejo de Residuos Sólidos en Establecimientos de Salud⟧, aprobada por ⟦Resolución Ministerial N° 1295-2018/MINSA⟧.',
  [R('pe:nt:rm-1295-2018-minsa', 'norma_tecnica', None, '2018', 'MINSA'),
   R('pe:rm:1295-2018-minsa', 'resolucion_ministerial', '1295', '2018', 'MINSA')], ['approved-by', 'norma-tecnica'])
S('El PESEM 2022-2026 del sector se formuló conforme a la ⟦Directiva N° 001-2017-CEPLAN/PCD⟧, aprobada por ⟦Resolución de Presidencia del Consejo Directivo N° 026-2017-CEPLAN/PCD⟧.',
  [R('pe:directiva:001-2017-ceplan-pcd', 'directiva', '001', '2017', 'CEPLAN/PCD'),
   R('pe:rpcd:026-2017-ceplan-pcd', 'resolucion_presidencia_consejo_directivo', '026', '2017', 'CEPLAN/PCD')], ['directiva', 'approved-by'])
S('Las inversiones se registran según la ⟦Directiva N° 001-2019-EF/63.01, Directiva General del Sistema Nacional de Programación Multianual y Gestión de Inversiones⟧, aprobada por ⟦Resolución Directoral N° 001-2019-EF/63.01⟧.',
  [R('pe:directiva:001-2019-ef-63-01', 'directiva', '001', '2019', 'EF/63.01'),
   R('pe:rd:001-2019-ef-63-01', 'resolucion_directoral', '001', '2019', 'EF/63.01')], ['directiva', 'approved-by', 'apposition:number-name'])
S('La ⟦Resolución de Contraloría N° 146-2019-CG⟧ aprobó la ⟦Directiva N° 006-2019-CG/INTEG⟧, sobre implementación del sistema de control interno.',
  [R('pe:res:146-2019-cg', 'resolucion', '146', '2019', 'CG'),
   R('pe:directiva:006-2019-cg-integ', 'directiva', '006', '2019', 'CG/INTEG')], ['directiva'])

# --- resoluciones supremas, ministeriales, viceministeriales
S('La Comisión Multisectorial fue creada por ⟦Resolución Suprema N° 088-2021-PCM⟧ con el encargo de proponer medidas de articulación territorial.',
  [R('pe:rs:088-2021-pcm', 'resolucion_suprema', '088', '2021', 'PCM')], [])
S('Por ⟦R.S. N° 197-2019-RE⟧ se autorizó el viaje del funcionario diplomático a la ciudad de Ginebra.',
  [R('pe:rs:197-2019-re', 'resolucion_suprema', '197', '2019', 'RE')], ['abbrev:R.S.'])
S('La ⟦Resolución Suprema N.o 203-2020-PCM⟧ designó a los representantes del Ejecutivo ante el consejo directivo del fondo.',
  [R('pe:rs:203-2020-pcm', 'resolucion_suprema', '203', '2020', 'PCM')], [])
S('La titulación de tierras de la hacienda se dispuso por ⟦Resolución Suprema de 23 de julio de 1964⟧, según el expediente del archivo regional.',
  [R('pe:rs:f1964-07-23', 'resolucion_suprema', None, '1964')], ['unnumbered', 'date-id'])
S('La reserva comunal se reconoció por ⟦Resolución Suprema s/n de 1994⟧, norma que no fue publicada en el diario oficial.',
  [R('pe:rs:sn-1994', 'resolucion_suprema', None, '1994')], ['unnumbered', 's/n'])
S('Con ⟦Resolución Ministerial Nº 0745/RE-2019⟧ se aprobó el cuadro para asignación de personal provisional de la cancillería.',
  [R('pe:rm:745-2019-re', 'resolucion_ministerial', '0745', '2019', 'RE')], ['sector-first', 'management-doc'])
S('La ⟦R.M. N° 0518-RE, de 3 de junio de 2015⟧, dispuso la conformación del grupo de trabajo sobre migración de retorno.',
  [R('pe:rm:518-2015-re', 'resolucion_ministerial', '0518', '2015', 'RE')], ['dated', 'abbrev:R.M.'])
S('La ⟦RM N° 457-2022/MINSA⟧ aprobó el documento técnico del plan de respuesta ante el incremento de casos de dengue.',
  [R('pe:rm:457-2022-minsa', 'resolucion_ministerial', '457', '2022', 'MINSA')], ['abbrev:RM'])
S('Según la ⟦Resolución Ministerial N° 301-2021-EF/10⟧, el ministro delegó en el Viceministro de Hacienda diversas facultades.',
  [R('pe:rm:301-2021-ef-10', 'resolucion_ministerial', '301', '2021', 'EF/10')], ['office-suffix'])
S('El PESEM del sector ambiente fue aprobado con ⟦Resolución Ministerial N° 0178- 2019-MINAM⟧ y ampliado luego hasta 2024.',
  [R('pe:rm:178-2019-minam', 'resolucion_ministerial', '0178', '2019', 'MINAM')], ['space-after-hyphen', 'management-doc'])
S('La ⟦Resoluci\ufffdn Ministerial N° 125-2013-PCM⟧ aprobó el plan de implementación de la política de modernización.',
  [R('pe:rm:125-2013-pcm', 'resolucion_ministerial', '125', '2013', 'PCM')], ['fffd'])
S('El inventario del patrimonio documental de la biblioteca fue aprobado por ⟦Resolución Ministerial de 9 de marzo de 2010⟧, según el informe de gestión.',
  [R('pe:rm:f2010-03-09', 'resolucion_ministerial', None, '2010')], ['unnumbered', 'date-id'])
S('La norma sectorial de señalización (⟦Resolución Ministerial s/n, 2001, Art. 2⟧) fue derogada en 2016.',
  [R('pe:rm:sn-2001', 'resolucion_ministerial', None, '2001', None, '2')], ['unnumbered', 'author-year', 's/n'])
S('Las transferencias se aprobaron mediante las ⟦Resoluciones Ministeriales N° 0231-2020-MIDIS⟧ y ⟦0232-2020-MIDIS⟧, publicadas el mismo día.',
  [R('pe:rm:231-2020-midis', 'resolucion_ministerial', '0231', '2020', 'MIDIS'),
   R('pe:rm:232-2020-midis', 'resolucion_ministerial', '0232', '2020', 'MIDIS')], ['list', 'plural-head'])
S('Mediante ⟦R.V.M. N° 212-2021-MIN-\nEDU⟧ se actualizaron las orientaciones de la estrategia de acompañamiento pedagógico.',
  [R('pe:rvm:212-2021-minedu', 'resolucion_viceministerial', '212', '2021', 'MINEDU')], ['issuer-hyphenation', 'linebreak', 'abbrev:R.V.M.'])
S('La ⟦Resolución Viceministerial N° 094-2020-MINEDU⟧ regula la evaluación de competencias de los estudiantes de educación básica.',
  [R('pe:rvm:094-2020-minedu', 'resolucion_viceministerial', '094', '2020', 'MINEDU')], [])

# --- other national resolutions
S('La ⟦Resolución de Secretaría General N° 1034-2018/RE⟧ aprobó el procedimiento interno de atención de usuarios en las oficinas desconcentradas.',
  [R('pe:rsg:1034-2018-re', 'resolucion_secretaria_general', '1034', '2018', 'RE')], [])
S('La ⟦R.S.G. N° 0873/RE, del 14 de octubre de 2015⟧, encargó la jefatura de la oficina de archivo.',
  [R('pe:rsg:873-2015-re', 'resolucion_secretaria_general', '0873', '2015', 'RE')], ['dated', 'abbrev:R.S.G.'])
S('Los pliegos registraron su programación multianual según la ⟦Resolución Directoral N° 0023-2023-EF/50.01⟧ hasta el 30 de junio.',
  [R('pe:rd:023-2023-ef-50-01', 'resolucion_directoral', '0023', '2023', 'EF/50.01')], [])
S('La contratación de docentes se convocó conforme a la ⟦Resolución Directoral Regional N° 01245-2022-GRL/DREL⟧.',
  [R('pe:rd:1245-2022-grl-drel', 'resolucion_directoral', '01245', '2022', 'GRL/DREL')], ['regional'])
S('La ⟦Resolución Jefatural N° 112-2019-INEI⟧ aprobó la metodología para la estimación de la pobreza monetaria distrital.',
  [R('pe:rj:112-2019-inei', 'resolucion_jefatural', '112', '2019', 'INEI')], [])
S('Las licencias de uso de agua se otorgaron según la ⟦R.J. N° 034‐2021‐ANA⟧ y los formatos anexos.',
  [R('pe:rj:034-2021-ana', 'resolucion_jefatural', '034', '2021', 'ANA')], ['u2010', 'abbrev:R.J.'])
S('La entidad formalizó su tránsito con la ⟦RPE N° 000092-2022-SERVIR-PE⟧, que aprobó la etapa de mapeo de puestos.',
  [R('pe:rpe:092-2022-servir-pe', 'resolucion_presidencia_ejecutiva', '000092', '2022', 'SERVIR-PE')], ['abbrev:RPE'])
S('La guía de planeamiento institucional fue modificada por la ⟦Resolución de Presidencia del Consejo Directivo N°00053-2018/CEPLAN/PCD⟧.',
  [R('pe:rpcd:053-2018-ceplan-pcd', 'resolucion_presidencia_consejo_directivo', '00053', '2018', 'CEPLAN/PCD')], [])
S('Las condiciones de uso de los servicios móviles se rigen por la ⟦Resolución de Consejo Directivo N° 138-2012-CD/OSIPTEL⟧ y sus modificatorias.',
  [R('pe:rcd:138-2012-cd-osiptel', 'resolucion_consejo_directivo', '138', '2012', 'CD/OSIPTEL')], ['modificatorias'])
S('El modelo de gestión documental se aprobó con la ⟦Resolución de Secretaría de Gobierno Digital N° 001-2019-PCM/SEGDI⟧.',
  [R('pe:rsgd:001-2019-pcm-segdi', 'resolucion_secretaria_gobierno_digital', '001', '2019', 'PCM/SEGDI')], [])
S('El cronograma de obligaciones mensuales se fijó mediante ⟦Resolución de Superintendencia N° 000123-2022/SUNAT⟧.',
  [R('pe:res:123-2022-sunat', 'resolucion', '000123', '2022', 'SUNAT')], [])
S('El trabajo remoto en las cortes superiores se reguló con la ⟦Resolución Administrativa N° 000173-2020-CE-PJ⟧.',
  [R('pe:res:173-2020-ce-pj', 'resolucion', '000173', '2020', 'CE-PJ')], ['judiciary-admin'])
S('La ⟦Resolución de la Fiscalía de la Nación N° 2208-2021-MP-FN⟧ creó fiscalías especializadas en materia ambiental en tres distritos fiscales.',
  [R('pe:res:2208-2021-mp-fn', 'resolucion', '2208', '2021', 'MP-FN')], [])
S('La comisión de recepción de obras fue designada mediante ⟦Resolución de Alcaldía N° 0245-2023-MPT⟧.',
  [R('pe:res:245-2023-mpt', 'resolucion', '0245', '2023', 'MPT')], ['municipal-resolution'])
S('La ⟦Resolución Ejecutiva Regional N° 0412-2022-GR-PIURA⟧ aprobó la conformación del comité de inversiones.',
  [R('pe:res:412-2022-gr-piura', 'resolucion', '0412', '2022', 'GR-PIURA')], ['regional-resolution'])
S('El expediente técnico fue aprobado por ⟦Resolución Gerencial General Regional N° 089-2023-GRJ/GGR⟧.',
  [R('pe:res:089-2023-grj-ggr', 'resolucion', '089', '2023', 'GRJ/GGR')], ['regional-resolution'])
S('La ⟦Resolución de Gerencia Municipal N° 067-2021-GM/MDCH⟧ delegó la aprobación de liquidaciones de obra.',
  [R('pe:res:067-2021-gm-mdch', 'resolucion', '067', '2021', 'GM/MDCH')], ['municipal-resolution'])

# --- resoluciones legislativas
S('El tratado de extradición fue aprobado por la ⟦Resolución Legislativa N° 30434⟧ y ratificado luego por el Ejecutivo.',
  [R('pe:rleg:30434', 'resolucion_legislativa', '30434')], [])
S('La adhesión al protocolo se aprobó mediante ⟦R.L. Nº 27484⟧, según la relación de tratados vigentes.',
  [R('pe:rleg:27484', 'resolucion_legislativa', '27484')], ['abbrev:R.L.'])

# --- regional and municipal norms
S('El Consejo Regional aprobó la ⟦Ordenanza Regional N° 012-2020-GRA/CR⟧, que declara de interés regional la lucha contra la anemia.',
  [R('pe:or:012-2020-gra-cr', 'ordenanza_regional', '012', '2020', 'GRA/CR')], [])
S('La zonificación ecológica y económica de Lambayeque fue aprobada por ⟦O.R. Nº 003-2019-GR-LAMB/CR⟧.',
  [R('pe:or:003-2019-gr-lamb-cr', 'ordenanza_regional', '003', '2019', 'GR-LAMB/CR')], ['abbrev:O.R.'])
S('El ⟦Acuerdo de Consejo Regional N° 078-2022-GRC/CR⟧ autorizó al gobernador a suscribir el convenio de financiamiento.',
  [R('pe:acr:078-2022-grc-cr', 'acuerdo_consejo_regional', '078', '2022', 'GRC/CR')], [])
S('Mediante ⟦Acuerdo de Concejo Regional N° 031-2021-GRSM/CR⟧ se aprobó el viaje del gobernador al exterior.',
  [R('pe:acr:031-2021-grsm-cr', 'acuerdo_consejo_regional', '031', '2021', 'GRSM/CR')], ['concejo-consejo'])
S('El ⟦Decreto Regional N° 004-2021-GRA/GR⟧ aprobó los lineamientos para la priorización de inversiones regionales.',
  [R('pe:dr:004-2021-gra-gr', 'decreto_regional', '004', '2021', 'GRA/GR')], [])
S('La ⟦Ordenanza Municipal N° 018-2022-MPCH⟧ aprobó el régimen de aplicación de sanciones administrativas de la provincia.',
  [R('pe:om:018-2022-mpch', 'ordenanza_municipal', '018', '2022', 'MPCH')], [])
S('El comercio en la vía pública del distrito se regula por la ⟦Ordenanza N° 432-2019-MDL⟧, cuyo cumplimiento fiscaliza la subgerencia.',
  [R('pe:om:432-2019-mdl', 'ordenanza_municipal', '432', '2019', 'MDL')], [])
S('El horario de atención de los mercados fue ampliado por ⟦Decreto de Alcaldía N° 006-2023-MDSJL⟧.',
  [R('pe:da:006-2023-mdsjl', 'decreto_alcaldia', '006', '2023', 'MDSJL')], [])
S('Mediante ⟦Acuerdo de Concejo N° 045-2022/MDSMP⟧ se aprobó la donación de terrenos para la construcción del colegio.',
  [R('pe:acm:045-2022-mdsmp', 'acuerdo_concejo_municipal', '045', '2022', 'MDSMP')], ['acuerdo-concejo'])
S('El ⟦Acuerdo de Consejo Municipal N° 021-2021-MPH⟧ autorizó la transferencia financiera al proyecto de agua potable.',
  [R('pe:acm:021-2021-mph', 'acuerdo_concejo_municipal', '021', '2021', 'MPH')], ['acuerdo-concejo', 'concejo-consejo'])

# --- international and foreign
S('Las obligaciones de consulta previa derivan del ⟦Convenio 169 de la OIT⟧, aprobado por ⟦Resolución Legislativa N° 26253⟧.',
  [R('int:oit-convenio-169-1989', 'tratado', '169', '1989'), R('pe:rleg:26253', 'resolucion_legislativa', '26253')],
  ['international', 'treaty', 'mixed-scope'])
S('El Perú ratificó la ⟦Convención de Viena sobre el Derecho de los Tratados⟧ mediante ⟦Decreto Supremo N° 029-2000-RE⟧.',
  [R('int:convencion-viena-derecho-tratados-1969', 'tratado', None, '1969'), R('pe:ds:029-2000-re', 'decreto_supremo', '029', '2000', 'RE')],
  ['international', 'treaty', 'mixed-scope'])
S('La protección judicial se analiza a la luz de la ⟦Convención Americana sobre Derechos Humanos⟧ y de la jurisprudencia interamericana.',
  [R('int:convencion-americana-derechos-humanos-1969', 'tratado', None, '1969')], ['international', 'treaty'])
S('La oficina de integridad adoptó los estándares de la ⟦Convención de las Naciones Unidas contra la Corrupción⟧ en su plan anual.',
  [R('int:convencion-onu-contra-corrupcion-2003', 'tratado', None, '2003')], ['international', 'treaty'])
S('Las exportaciones de frutas crecieron tras la entrada en vigor del ⟦Tratado de Libre Comercio entre Perú y Australia⟧ en 2020.',
  [R('int:tlc:peru-australia', 'tratado')], ['international', 'trade-agreement'])
S('La migración laboral intracomunitaria se rige por la ⟦Decisión 545 de la Comunidad Andina⟧, Instrumento Andino de Migración Laboral.',
  [R('int:can-decision-545', 'resolucion_internacional', '545')], ['international', 'can'])
S('El régimen de propiedad industrial se fundamenta en las ⟦Decisiones N° 345⟧ y ⟦351 de la Comunidad Andina⟧, complementadas por el ⟦Decreto Legislativo N° 822⟧.',
  [R('int:can-decision-345', 'resolucion_internacional', '345'), R('int:can-decision-351', 'resolucion_internacional', '351'),
   R('pe:dleg:822', 'decreto_legislativo', '822')], ['international', 'can', 'list', 'plural-head', 'mixed-scope'])
S('El plan regional de estadística se alinea con la ⟦Resolución A/RES/68/262⟧ de la Asamblea General sobre la integridad territorial.',
  [R('int:onu-ag-res-68-262', 'resolucion_internacional', '68/262')], ['international', 'un-resolution'])
S('El curso de derecho internacional analiza los principios de la ⟦Resolución 2625 (XXV)⟧ de la Asamblea General de las Naciones Unidas.',
  [R('int:onu-ag-res-2625', 'resolucion_internacional', '2625')], ['international', 'un-resolution'])
S('El enfoque de mujeres, paz y seguridad se sustenta en la ⟦Resolución 1325 (2000) del Consejo de Seguridad⟧.',
  [R('int:onu-cs-res-1325', 'resolucion_internacional', '1325', '2000')], ['international', 'un-resolution'])
S('La ⟦Carta de las Naciones Unidas⟧ prohíbe el uso de la fuerza en las relaciones internacionales.',
  [R('int:carta-onu-1945', 'tratado', None, '1945')], ['international', 'treaty'])
S('El órgano garante autónomo previsto en la ⟦Ley N° 20.285⟧ de Chile fue el modelo revisado por la comisión peruana.',
  [R('cl:ley:20285', 'norma_extranjera', '20.285')], ['foreign', 'foreign:cl'])
S('El informe de derecho comparado cita la ⟦Ley 25.326⟧ argentina de protección de los datos personales.',
  [R('ar:ley:25326', 'norma_extranjera', '25.326')], ['foreign', 'foreign:ar'])
S('En Colombia, la ⟦Ley 1712 de 2014⟧ regula la transparencia y el derecho de acceso a la información pública nacional.',
  [R('co:ley:1712-2014', 'norma_extranjera', '1712', '2014')], ['foreign', 'foreign:co'])
S('La ⟦Ley 40/2015⟧, de 1 de octubre, de Régimen Jurídico del Sector Público, y el ⟦Real Decreto 203/2021⟧ regulan la administración electrónica en España.',
  [R('es:ley:40-2015', 'norma_extranjera', '40/2015', '2015'), R('es:rd:203-2021', 'norma_extranjera', '203/2021', '2021')], ['foreign', 'foreign:es'])
S('La ⟦Ley N° 29733⟧ adoptó principios similares a los del ⟦Reglamento (UE) 2016/679⟧, aunque con una autoridad de protección sin autonomía.',
  [R('pe:ley:29733', 'ley', '29733'), R('eu:reglamento:2016-679', 'norma_extranjera', '2016/679', '2016')], ['foreign', 'foreign:eu', 'mixed-scope'])
S('El estudio compara el régimen peruano con la ⟦Ley General de Transparencia y Acceso a la Información Pública⟧ de México.',
  [R('mx:ley:@ley-general-de-transparencia-y-acceso-a-la-informacion-publica', 'norma_extranjera')], ['foreign', 'foreign:mx', 'named'])

# ---------------------------------------------------------------------------------------------
# Negatives: no reference of any scope
# ---------------------------------------------------------------------------------------------
N = [
 ('Según el Cuadro N° 12, el 43 % de las municipalidades distritales no cuenta con un TUPA actualizado.', ['table-figure', 'management-doc']),
 ('El Objetivo Estratégico Sectorial N° 3 del PESEM 2017-2021 busca reducir la anemia infantil al 19 % en el año 2021.', ['numbered-item', 'years']),
 ('Mediante Oficio N° 0456-2023-MINEDU/VMGI se remitió el Informe N° 112-2023-MINEDU/SPE-OPEP al gobierno regional.', ['admin-doc']),
 ('El proyecto con CUI N° 2456789 tiene un costo de inversión de S/ 12 450 000,00 según la ficha registrada en el Banco de Inversiones.', ['code', 'money']),
 ('La ley de rendimientos decrecientes explica por qué la productividad del fertilizante cayó después de la tercera campaña agrícola.', ['common-noun-ley']),
 ('El Congreso aprobó en primera votación el Proyecto de Ley N° 5124/2022-CR, que propone crear una universidad nacional en la provincia.', ['bill']),
 ('El Tribunal Constitucional, en el Expediente N° 00017-2008-PI/TC, desarrolló el contenido de la reserva de ley en materia tributaria.', ['jurisprudence:tc']),
 ('Mediante la Resolución del Tribunal Fiscal N° 04563-3-2021, de observancia obligatoria, se precisó el criterio sobre el cómputo de la prescripción.', ['jurisprudence:tf']),
 ('La Casación N° 2145-2019-Lima reiteró que el despido sin expresión de causa vulnera el derecho al trabajo.', ['jurisprudence']),
 ('Sería conveniente que una futura ley de gestión de archivos regule la conservación de documentos electrónicos en los gobiernos locales.', ['hypothetical']),
 ('El grupo de trabajo recomendó aprobar un nuevo decreto supremo que unifique los procedimientos de fiscalización ambiental.', ['hypothetical']),
 ('La Licitación Pública N° 004-2022-GRA/CS fue declarada desierta por falta de postores calificados.', ['procurement']),
 ('La resolución de conflictos socioambientales requiere mesas de diálogo con presencia de la Defensoría del Pueblo.', ['neg:word-sense']),
 ('La constitución de la empresa municipal de saneamiento se inscribió en la Partida Electrónica N° 11098765 del registro de personas jurídicas.', ['neg:word-sense', 'code']),
 ('El Acuerdo Nacional, suscrito en 2002, estableció políticas de Estado que orientan el planeamiento estratégico de largo plazo.', ['political-pact']),
 ('La Agenda 2030 y los Objetivos de Desarrollo Sostenible fueron incorporados en el Plan Bicentenario como referentes de largo plazo.', ['political-declaration', 'years']),
 ('Se firmó un convenio interinstitucional entre la Universidad Nacional de San Agustín y el Gobierno Regional de Arequipa para capacitar docentes.', ['interinstitutional']),
 ('La entidad obtuvo la certificación ISO 37001:2016 del sistema de gestión antisoborno en diciembre de 2022.', ['standard']),
 ('Los pagos se abonaron a la cuenta asociada al RUC 20131380951 y se sustentaron con la Orden de Servicio N° 0789-2023.', ['code', 'admin-doc']),
 ('El documento está disponible en https://doi.org/10.18800/derechopucp.202201.005 (pp. 115-142).', ['code', 'pages']),
 ('Entre 2019 y 2022 el presupuesto institucional de apertura pasó de S/ 1 250 millones a S/ 1 640 millones, un incremento de 31,2 %.', ['years', 'money']),
 ('La Organización del Tratado de Cooperación Amazónica convocó a los países miembros a una reunión técnica en Brasilia.', ['org-name']),
 ('Los tratados de libre comercio suscritos por el país han incrementado las exportaciones no tradicionales, según el Gráfico N° 4.', ['generic-plural', 'table-figure']),
 ('El Reglamento de Organización y Funciones de la municipalidad provincial fue actualizado en 2021 tras la fusión de dos gerencias.', ['management-doc']),
 ('La Declaración Universal de los Derechos Humanos inspira el enfoque de derechos adoptado por el plan regional.', ['political-declaration']),
 ('Con arreglo a ley, la entidad debe publicar sus estados financieros antes del 31 de marzo de cada año.', ['common-noun-ley']),
 ('El dictamen recaído en los Proyectos de Ley 3345/2022-CR y 3510/2022-CR fue aprobado por la Comisión de Descentralización.', ['bill']),
 ('La Resolución N° 0587-2022-TCE-S2 del Tribunal de Contrataciones del Estado declaró infundado el recurso de apelación del postor.', ['jurisprudence:tce']),
 ('El Memorando Múltiple N° 023-2021-GRL/GRPPAT solicitó a las unidades ejecutoras consolidar sus metas físicas al 15 de julio.', ['admin-doc']),
]


# trimmed to the requested size: sentences whose form is already covered elsewhere
_DROP = ['Resolución Suprema N° 088-2021-PCM', 'Resolución Viceministerial N° 094-2020-MINEDU', 'Ordenanza Regional N° 012-2020-GRA/CR', 'Ordenanza Municipal N° 018-2022-MPCH', 'Decreto Supremo Nº 009-2024-JUS', 'Ley Marco del Empleo Público⟧', 'Código de los Niños y Adolescentes⟧', 'Resolución Jefatural N° 112-2019-INEI', 'Resolución de Gerencia Municipal', 'Resolución Legislativa N° 30434', 'Carta de las Naciones Unidas⟧', 'Convención de las Naciones Unidas contra la Corrupción⟧', 'Resolución Directoral N° 0023-2023', 'Resoluciones Ministeriales N° 0231-2020-MIDIS', 'Ley Nº 28611, 2005', 'Decreto Ley N° 25593', 'Resolución Gerencial General Regional', 'Fiscalía de la Nación', 'Resolución de Secretaría General N° 1034', 'Acuerdo de Consejo Regional N° 078-2022', 'Decreto de Urgencia Nro 021-2021', 'Resolución 1325 (2000)']
C[:] = [c for c in C if not any(d in c[0] for d in _DROP)]
assert len(C) == 139 - len(_DROP), len(C)

def build_citations():
    out = []
    for marked, refs, tags in C:
        text, spans = parse(marked, [(OPEN, CLOSE)])
        sp = spans[(OPEN, CLOSE)]
        assert len(sp) == len(refs), (marked, len(sp), len(refs))
        full = []
        pairs = [((s, e), r) for (s, e), rr in zip(sp, refs) for r in (rr if isinstance(rr, list) else [rr])]
        for (s, e), r in pairs:
            d = {'text': text[s:e], 'start': s, 'end': e}
            d.update({k: r[k] for k in ('type', 'number', 'year', 'issuer', 'article', 'canonical')})
            d['scope'] = scope(r['canonical'])
            for k in ('inciso', 'alias', 'nested', 'implicit', 'note'):
                if k in r:
                    d[k] = r[k]
            full.append(d)
        full.sort(key=lambda d: (d['start'], -d['end']))
        t = list(dict.fromkeys(numsign_tags(full) + tags))
        out.append({'sentence': text, 'negative': False, 'tags': t, 'refs': full})
    for sent, tags in N:
        assert OPEN not in sent
        out.append({'sentence': sent, 'negative': True, 'tags': tags, 'refs': []})
    # interleave negatives deterministically so they are not all at the end
    pos = [o for o in out if not o['negative']]
    neg = [o for o in out if o['negative']]
    mixed, step = [], max(1, len(pos) // max(1, len(neg)))
    while pos or neg:
        mixed.extend(pos[:step]); pos = pos[step:]
        if neg:
            mixed.append(neg.pop(0))
    res = []
    for i, o in enumerate(mixed):
        res.append({'id': i, 'sentence': o['sentence'], 'negative': o['negative'], 'tags': o['tags'], 'refs': o['refs']})
    return res


# ---------------------------------------------------------------------------------------------
# Short-form passages: (marked passage, [full canonicals], [(antecedent, article)], tags)
# ---------------------------------------------------------------------------------------------
P = []
def SF(marked, full, short, tags):
    P.append((marked, full, short, tags))

SF('El Plan de Desarrollo Regional Concertado se formuló en el marco de la ⟦Ley N° 27867, Ley Orgánica de Gobiernos Regionales⟧. ⟪La citada Ley⟫ asigna al consejo regional la aprobación del plan. Asimismo, ⟪el artículo 15 de la citada norma⟫ le atribuye funciones normativas y fiscalizadoras.',
   ['pe:ley:27867'], [('pe:ley:27867', None), ('pe:ley:27867', '15')], ['citada', 'article'])
SF('Mediante el ⟦Decreto Supremo N° 054-2018-PCM⟧ se aprobaron los Lineamientos de Organización del Estado. Posteriormente, la ⟦Ley N° 31419⟧ fijó requisitos para el acceso a cargos de funcionarios y directivos. ⟪Dicho decreto⟫, sin embargo, siguió rigiendo la aprobación de las estructuras orgánicas.',
   ['pe:ds:054-2018-pcm', 'pe:ley:31419'], [('pe:ds:054-2018-pcm', None)], ['dicho', 'type-skip'])
SF('La ⟦Ley N° 29158⟧ regula la organización del Poder Ejecutivo, mientras que la ⟦Ley N° 27658⟧ declara al Estado en proceso de modernización. Según ⟪la referida norma⟫, dicho proceso tiene como finalidad la obtención de mayores niveles de eficiencia del aparato estatal.',
   ['pe:ley:29158', 'pe:ley:27658'], [('pe:ley:27658', None)], ['referida', 'nearest'])
SF('El procedimiento sancionador municipal se rige por el ⟦Texto Único Ordenado de la ⟦Ley N° 27444⟧⟧, aprobado por ⟦Decreto Supremo N° 004-2019-JUS⟧ (en adelante, TUO de la LPAG). Conforme al ⟪artículo 248 del TUO de la LPAG⟫, la potestad sancionadora se rige por principios especiales.',
   ['pe:tuo:ds-004-2019-jus', 'pe:ley:27444', 'pe:ds:004-2019-jus'], [('pe:tuo:ds-004-2019-jus', '248')], ['alias', 'en-adelante', 'article', 'tuo'])
SF('La ⟦Ley N° 27444⟧ (en adelante, LPAG) establece el régimen jurídico aplicable a la actuación de la Administración Pública. En virtud del ⟪artículo 3 de la LPAG⟫, son requisitos de validez la competencia, el objeto, la finalidad pública, la motivación y el procedimiento regular.',
   ['pe:ley:27444'], [('pe:ley:27444', '3')], ['alias', 'en-adelante', 'acronym', 'article'])
SF('El ⟦Decreto Legislativo N° 1252⟧ creó el Sistema Nacional de Programación Multianual y Gestión de Inversiones. ⟪El mismo⟫ derogó la ⟦Ley N° 27293⟧, que había regido la inversión pública durante dieciséis años.',
   ['pe:dleg:1252', 'pe:ley:27293'], [('pe:dleg:1252', None)], ['pronoun', 'mismo'])
SF('Se aprobó una estrategia regional de lucha contra la anemia, la misma que fue financiada con recursos ordinarios. La ⟦Ordenanza Regional N° 008-2019-GRA/CR⟧ declaró de interés regional dicha estrategia, y ⟪la citada ordenanza⟫ encargó su monitoreo a la Gerencia de Desarrollo Social.',
   ['pe:or:008-2019-gra-cr'], [('pe:or:008-2019-gra-cr', None)], ['citada', 'misma-not-norm'])
SF('La ⟦Ley N° 30225⟧ regula las contrataciones públicas de bienes, servicios y obras. En las entrevistas, los funcionarios señalaron que ⟪el referido reglamento⟫ no se aplica a las contrataciones menores a ocho UIT.',
   ['pe:ley:30225'], [(None, None)], ['no-antecedent', 'implied-only'])
SF('El ⟦artículo 1 de la Ley N° 30364⟧ dispone que «⟪la presente Ley⟫ tiene por objeto prevenir, erradicar y sancionar toda forma de violencia contra las mujeres».',
   ['pe:ley:30364'], [('pe:ley:30364', None)], ['self', 'quoted'])
SF('El Proyecto de Ley N° 2874/2022-CR propone en su artículo 2 que «⟪la presente Ley⟫ se aplica a todas las entidades del Gobierno Nacional». La comisión aún no emite dictamen.',
   [], [(None, None)], ['self', 'bill', 'no-antecedent'])
SF('⟦RESOLUCIÓN MINISTERIAL N° 125-2023-MINAM⟧\nLima, 12 de abril de 2023\nSE RESUELVE:\nArtículo 1.- Aprobar el plan anual de fiscalización ambiental.\nArtículo 2.- Disponer la publicación de ⟪la presente Resolución Ministerial⟫ en la sede digital del Ministerio del Ambiente.',
   ['pe:rm:125-2023-minam'], [('pe:rm:125-2023-minam', None)], ['self', 'gazette'])
SF('La ⟦Ley N° 28716, Ley de Control Interno de las Entidades del Estado⟧, fue citada por todos los entrevistados. Sin embargo, coincidieron en que la ley debe ser clara y en que toda norma legal requiere difusión para ser cumplida.',
   ['pe:ley:28716'], [], ['generic', 'no-short-form'])
SF('La ⟦Ley N° 29664⟧ creó el sistema nacional de gestión del riesgo. El informe menciona, además, un decreto aprobado en 2011 sin precisar su número. ⟪Dicho decreto supremo⟫ habría asignado al INDECI funciones de coordinación.',
   ['pe:ley:29664'], [(None, None)], ['no-antecedent', 'type-mismatch', 'indefinite'])
SF('Las ⟦Leyes N° 27783⟧ y ⟦27867⟧ ordenaron el proceso de descentralización en 2002; ⟪esta última⟫ creó los consejos de coordinación regional como órganos consultivos.',
   ['pe:ley:27783', 'pe:ley:27867'], [('pe:ley:27867', None)], ['ultima', 'ordinal', 'list'])
SF('El estudio compara el ⟦Decreto Legislativo N° 276⟧ y el ⟦Decreto Legislativo N° 1057⟧. ⟪El primero⟫ regula la carrera administrativa, mientras que ⟪el segundo⟫ instituye un régimen especial de contratación.',
   ['pe:dleg:276', 'pe:dleg:1057'], [('pe:dleg:276', None), ('pe:dleg:1057', None)], ['ordinal'])
SF('La ⟦Ley N° 30057, Ley del Servicio Civil⟧, establece un régimen único para las personas que prestan servicios en las entidades públicas. ⟪La Ley⟫ dispone que el tránsito de las entidades al nuevo régimen es progresivo.',
   ['pe:ley:30057'], [('pe:ley:30057', None)], ['bare'])
SF('El presente informe analiza la ⟦Ley N° 29973, Ley General de la Persona con Discapacidad⟧ (en adelante, la Ley). Aunque la ⟦Ley N° 28044⟧ también contiene disposiciones sobre educación inclusiva, ⟪la Ley⟫ establece la cuota de empleo del 5 % en el sector público.',
   ['pe:ley:29973', 'pe:ley:28044'], [('pe:ley:29973', None)], ['alias', 'en-adelante', 'alias-beats-nearer'])
SF('El ⟦Reglamento de la ⟦Ley N° 29783⟧⟧, aprobado por ⟦Decreto Supremo N° 005-2012-TR⟧, desarrolla las obligaciones del empleador. ⟪El citado Reglamento⟫ exige la constitución de un comité paritario, y ⟪dicho decreto supremo⟫ fue modificado en 2016.',
   ['pe:reglamento:ds-005-2012-tr', 'pe:ley:29783', 'pe:ds:005-2012-tr'],
   [('pe:reglamento:ds-005-2012-tr', None), ('pe:ds:005-2012-tr', None)], ['citado', 'dicho', 'instrument-vs-approver'])
SF('El ⟦artículo 2 de la Constitución Política del Perú⟧ reconoce el derecho de acceso a la información pública. ⟪La mencionada Carta Magna⟫ exceptúa las informaciones que afectan la intimidad personal y las que expresamente se excluyan por ley.',
   ['pe:const:1993'], [('pe:const:1993', None)], ['mencionada', 'constitution'])
SF('El Estado peruano ratificó el ⟦Convenio 169 de la OIT⟧ mediante la ⟦Resolución Legislativa N° 26253⟧. ⟪Dicho convenio⟫ obliga a consultar a los pueblos indígenas las medidas que los afecten directamente.',
   ['int:oit-convenio-169-1989', 'pe:rleg:26253'], [('int:oit-convenio-169-1989', None)], ['dicho', 'international', 'type-skip'])
SF('La ⟦Ordenanza N° 245-2021-MDJM⟧ aprobó el régimen de infracciones del distrito; ⟪dicha ordenanza⟫ fue complementada por el ⟦Decreto de Alcaldía N° 003-2022-MDJM⟧. ⟪El referido decreto⟫ fijó los plazos de adecuación para los establecimientos comerciales.',
   ['pe:om:245-2021-mdjm', 'pe:da:003-2022-mdjm'], [('pe:om:245-2021-mdjm', None), ('pe:da:003-2022-mdjm', None)], ['dicha', 'referido', 'municipal'])
SF('El ⟦Acuerdo de Consejo Regional N° 056-2022-GRSM/CR⟧ aprobó la priorización de proyectos del presupuesto participativo. ⟪Este dispositivo⟫ fue observado por la Contraloría por carecer de sustento técnico.',
   ['pe:acr:056-2022-grsm-cr'], [('pe:acr:056-2022-grsm-cr', None)], ['demonstrative', 'regional'])
SF('La ⟦Ley N° 20.285⟧ de Chile y la ⟦Ley N° 27806⟧ regulan el acceso a la información pública. ⟪La citada ley chilena⟫ creó un órgano garante autónomo con potestad sancionadora.',
   ['cl:ley:20285', 'pe:ley:27806'], [('cl:ley:20285', None)], ['citada', 'foreign', 'modifier'])
SF('El ⟦Decreto de Urgencia N° 044-2019⟧ estableció medidas para fortalecer la protección de la salud y la vida de las personas. Según ⟪la norma en mención⟫, los gobiernos regionales debían priorizar la compra de equipamiento.',
   ['pe:du:044-2019'], [('pe:du:044-2019', None)], ['en-mencion'])
SF('El ⟦Decreto Supremo N° 029-2018-PCM⟧ regula las políticas nacionales. Posteriormente, la ⟦Resolución de Presidencia del Consejo Directivo N° 00047-2018/CEPLAN/PCD⟧ aprobó la guía de políticas nacionales. ⟪El precitado Decreto Supremo⟫ establece que toda política nacional se aprueba por decreto supremo.',
   ['pe:ds:029-2018-pcm', 'pe:rpcd:047-2018-ceplan-pcd'], [('pe:ds:029-2018-pcm', None)], ['precitado', 'type-skip'])
SF('La ⟦Resolución Jefatural N° 076-2020-ANA⟧ aprobó los formatos de solicitud de derechos de uso de agua. ⟪La Resolución⟫ entró en vigencia al día siguiente de su publicación en el diario oficial.',
   ['pe:rj:076-2020-ana'], [('pe:rj:076-2020-ana', None)], ['bare'])
SF('⟦ORDENANZA REGIONAL N° 014-2021-GRL/CR⟧\nEl Consejo Regional del Gobierno Regional de Loreto ha aprobado la siguiente ordenanza.\nArtículo Segundo.- ⟪La presente Ordenanza Regional⟫ entra en vigencia al día siguiente de su publicación.',
   ['pe:or:014-2021-grl-cr'], [('pe:or:014-2021-grl-cr', None)], ['self', 'gazette'])
SF('La ⟦Ley N° 28611⟧ exige la certificación ambiental previa. El Tribunal Fiscal, mediante la RTF N° 05213-1-2020, resolvió un caso de arbitrios municipales. La citada resolución declaró fundada la apelación de la empresa.',
   ['pe:ley:28611'], [], ['not-a-norm', 'decision', 'no-short-form'])
SF('El ⟦Decreto Legislativo N° 1440⟧ regula el Sistema Nacional de Presupuesto Público. Conforme al ⟪artículo 13 del mismo cuerpo normativo⟫, el presupuesto comprende los gastos que, como máximo, pueden ejecutar las entidades.',
   ['pe:dleg:1440'], [('pe:dleg:1440', '13')], ['mismo', 'article'])
SF('La ⟦Ley N° 26922⟧ fue derogada por la ⟦Ley N° 27783⟧; ⟪la primera⟫ había previsto un proceso gradual sin gobiernos regionales elegidos. Los especialistas consideran que se requiere una ley que corrija la superposición de funciones.',
   ['pe:ley:26922', 'pe:ley:27783'], [('pe:ley:26922', None)], ['ordinal', 'indefinite'])
SF('El ⟦Decreto Ley N° 17752⟧, Ley General de Aguas, rigió hasta la promulgación de la ⟦Ley N° 29338⟧, Ley de Recursos Hídricos. ⟪El indicado Decreto Ley⟫ declaraba que todas las aguas eran de propiedad del Estado.',
   ['pe:dl:17752', 'pe:ley:29338'], [('pe:dl:17752', None)], ['indicado', 'type-skip'])
SF('La ⟦Resolución de Consejo Directivo N° 057-2019-OS/CD⟧ modificó los procedimientos de supervisión de las distribuidoras. De acuerdo con ⟪la acotada resolución⟫, las empresas deben reportar las interrupciones en un plazo de doce horas.',
   ['pe:rcd:057-2019-os-cd'], [('pe:rcd:057-2019-os-cd', None)], ['acotada'])


def build_shortforms():
    out = []
    for i, (marked, full, short, tags) in enumerate(P, 1):
        text, spans = parse(marked, [(OPEN, CLOSE), (SOPEN, SCLOSE)])
        fs, ss = spans[(OPEN, CLOSE)], spans[(SOPEN, SCLOSE)]
        assert len(fs) == len(full) and len(ss) == len(short), marked
        fr = sorted([{'text': text[s:e], 'start': s, 'end': e, 'canonical': c} for (s, e), c in zip(fs, full)],
                    key=lambda d: (d['start'], -d['end']))
        sr = [{'text': text[s:e], 'start': s, 'end': e, 'antecedent': a, 'article': art}
              for (s, e), (a, art) in zip(ss, short)]
        out.append({'id': f'f13-{i:03d}', 'passage': text, 'full_refs': fr, 'short_refs': sr, 'tags': tags})
    return out


def main():
    cits = build_citations()
    sfs = build_shortforms()
    # validation
    seen = set()
    for c in cits:
        assert c['sentence'] not in seen, c['sentence']; seen.add(c['sentence'])
        assert c['negative'] == (not c['refs'])
        for r in c['refs']:
            assert c['sentence'][r['start']:r['end']] == r['text']
            assert r['scope'] == scope(r['canonical'])
    for p in sfs:
        for r in p['full_refs'] + p['short_refs']:
            assert p['passage'][r['start']:r['end']] == r['text']
    with open(os.path.join(HERE, 'citations-dev.jsonl'), 'w', encoding='utf-8') as fh:
        for c in cits:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'shortforms-dev.jsonl'), 'w', encoding='utf-8') as fh:
        for p in sfs:
            fh.write(json.dumps(p, ensure_ascii=False) + '\n')
    npos = sum(not c['negative'] for c in cits)
    nrefs = [r for c in cits for r in c['refs']]
    print(f'sentences={len(cits)} positive={npos} negative={len(cits) - npos} refs={len(nrefs)} '
          f"(pe={sum(r['scope'] == 'pe' for r in nrefs)} int={sum(r['scope'] == 'int' for r in nrefs)} "
          f"foreign={sum(r['scope'] == 'foreign' for r in nrefs)})")
    nsr = [r for p in sfs for r in p['short_refs']]
    print(f"passages={len(sfs)} short_refs={len(nsr)} (null={sum(r['antecedent'] is None for r in nsr)}) "
          f"full_refs={sum(len(p['full_refs']) for p in sfs)}")


if __name__ == '__main__':
    main()
