#!/usr/bin/env python3
"""Build the fresh12 labelled sets (citations-dev.jsonl, shortforms-dev.jsonl).

Sentences are written with inline markers; offsets are computed here, never typed:
  ⟦ … ⟧  a full norm mention (may nest: the inner one is a nested mention)
  ⟪ … ⟫  a short form (shortforms passages only)
Each sentence has a list of specs, one per ⟦ in order of opening.  A spec with
span=(i, j) takes no marker: its span runs from the start of marker i to the end of marker j
(interior numbers of a range, `implicit: true`).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

# Writes tests/data/legal/fresh12/ (the folder next to tools/); the blind writer's copy wrote
# next to itself.
OUT = Path(__file__).resolve().parent.parent / 'fresh12'

CODE_TYPE = {
    'const': 'constitucion', 'ley': 'ley', 'rleg': 'resolucion_legislativa', 'dleg': 'decreto_legislativo',
    'dl': 'decreto_ley', 'du': 'decreto_urgencia', 'ds': 'decreto_supremo', 'rs': 'resolucion_suprema',
    'rm': 'resolucion_ministerial', 'rvm': 'resolucion_viceministerial',
    'rsg': 'resolucion_secretaria_general', 'rd': 'resolucion_directoral', 'rj': 'resolucion_jefatural',
    'rpe': 'resolucion_presidencia_ejecutiva', 'rpcd': 'resolucion_presidencia_consejo_directivo',
    'rcd': 'resolucion_consejo_directivo', 'rsgd': 'resolucion_secretaria_gobierno_digital',
    'res': 'resolucion', 'or': 'ordenanza_regional', 'acr': 'acuerdo_consejo_regional',
    'dr': 'decreto_regional', 'om': 'ordenanza_municipal', 'da': 'decreto_alcaldia',
    'directiva': 'directiva', 'nt': 'norma_tecnica', 'reglamento': 'reglamento', 'tuo': 'tuo',
    'codigo': 'codigo', 'acm': 'acuerdo_concejo_municipal',
}
INTEGER_CODES = {'ley', 'rleg', 'dleg', 'dl'}
NUMBERED_CODES = {'ds', 'du', 'rm', 'rs', 'rsg', 'rvm', 'rd', 'rj', 'rpcd', 'rcd', 'rsgd', 'rpe', 'res',
                  'directiva', 'or', 'om', 'acr', 'nt', 'dr', 'da', 'acm'}
APPROVING = {'ds', 'rm', 'rs', 'rvm', 'rd', 'rj', 'rpe', 'rpcd', 'rcd', 'rsg', 'rsgd', 'res', 'om', 'or',
             'da', 'dr', 'acm', 'acr'}


def slug(name):
    s = ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


def named(code, name, scope='pe'):
    return f'{scope}:{code}:@{slug(name)}'


SLUG = r'@[a-z0-9]+(?:-[a-z0-9]+)*'
NUMKEY = r'(?:[1-9]\d{2,}|0\d{2})-\d{4}(?:-[a-z0-9]+)*'          # NNN-YYYY[-issuer]
NOYEAR = r'\d{3,}(?:-[a-z][a-z0-9]*)+'                                # 2253-mml (no year)
DATEKEY = r'f\d{4}-\d{2}-\d{2}|sn-\d{4}'


def key_ok(cid):
    """The docs' key grammar (§6, §7, §10)."""
    parts = cid.split(':')
    scope = parts[0]
    if scope == 'int':
        rest = ':'.join(parts[1:])
        return bool(re.fullmatch(r'(?:tlc:peru-[a-z0-9-]+|can-decision-\d+|onu-(?:ag|cs)-res-\d+(?:-\d+)?|'
                                 r'oit-convenio-\d+-\d{4}|[a-z0-9]+(?:-[a-z0-9]+)*-\d{4})', rest))
    if len(parts) != 3:
        return False
    code, key = parts[1], parts[2]
    if scope != 'pe':
        return bool(re.fullmatch(r'[a-z]{2}', scope)) and bool(
            re.fullmatch(r'[a-z-]+', code)) and bool(re.fullmatch(r'\d+(?:-\d{4})?|' + SLUG, key))
    if code not in CODE_TYPE:
        return False
    if code == 'const':
        return bool(re.fullmatch(r'(?:18|19|20)\d\d', key))
    if code in INTEGER_CODES:
        return bool(re.fullmatch(r'[1-9]\d*|' + SLUG, key))
    if code == 'codigo':
        return bool(re.fullmatch(SLUG, key))
    if code in NUMBERED_CODES and re.fullmatch(NUMKEY + '|' + NOYEAR + '|' + DATEKEY + '|' + SLUG, key):
        if re.fullmatch(NUMKEY, key) and not re.match(r'\d{3,}', key):
            return False
        return True
    if code in ('reglamento', 'tuo', 'directiva', 'nt'):
        m = re.fullmatch(r'([a-z]+)-(.+)', key)
        if m and m.group(1) in APPROVING:
            return key_ok(f'pe:{m.group(1)}:{m.group(2)}')
        if m and m.group(1) in INTEGER_CODES:
            return key_ok(f'pe:{m.group(1)}:{m.group(2)}')
        return bool(re.fullmatch(SLUG, key))
    return False


def R(canonical, **kw):
    return dict(canonical=canonical, **kw)


def parse(marked, open_ch='⟦', close_ch='⟧', open2='⟪', close2='⟫'):
    """Strip markers; return plain text, list of (start, end) for ⟦⟧ in opening order, same for ⟪⟫."""
    out, stack, spans, stack2, spans2 = [], [], [], [], []
    pos = 0
    for ch in marked:
        if ch == open_ch:
            stack.append(len(spans))
            spans.append([pos, None])
        elif ch == close_ch:
            spans[stack.pop()][1] = pos
        elif ch == open2:
            stack2.append(len(spans2))
            spans2.append([pos, None])
        elif ch == close2:
            spans2[stack2.pop()][1] = pos
        else:
            out.append(ch)
            pos += 1
    assert not stack and not stack2, marked
    return ''.join(out), spans, spans2


def derive(ref, text):
    """number / year / issuer from the canonical id and the surface (as written where possible)."""
    cid = ref['canonical']
    parts = cid.split(':')
    scope = 'pe' if parts[0] == 'pe' else ('int' if parts[0] == 'int' else 'foreign')
    code = parts[1]
    key = parts[2] if len(parts) > 2 else parts[1]
    number = year = issuer = None
    if scope == 'pe':
        typ = CODE_TYPE[code]
        if code in INTEGER_CODES and not key.startswith('@'):
            m = re.search(r'(?<!\d)0*' + key + r'(?!\d)', text)
            number = m.group(0) if m else key
        elif code == 'const':
            year = key
        elif code in NUMBERED_CODES and not key.startswith('@'):
            m = re.fullmatch(r'(\d+)-(\d{4})(?:-(.+))?', key)
            if m:
                n = str(int(m.group(1)))
                mm = re.search(r'(?<!\d)0*' + n + r'(?!\d)', text)
                number = mm.group(0) if mm else m.group(1)
                year = m.group(2)
                issuer = m.group(3).upper() if m.group(3) else None
            elif key.startswith('f'):
                year = key[1:5]
            elif key.startswith('sn-'):
                number, year = 's/n', key[3:]
            else:
                m = re.fullmatch(r'(\d+)-(.+)', key)
                if m:
                    number, issuer = m.group(1), m.group(2).upper()
    elif scope == 'int':
        typ = 'resolucion_internacional' if ('decision' in key or 'res' in key.split('-')[:3]) else 'tratado'
    else:
        typ = 'norma_extranjera'
        m = re.match(r'(\d+)(?:-(\d{4}))?$', key)
        if m:
            number, year = m.group(1), m.group(2)
    return scope, typ, number, year, issuer


def build_refs(sentence, spans, specs, sid):
    markers = iter(range(len(spans)))
    refs = []
    for spec in specs:
        spec = dict(spec)
        if 'span' in spec:
            i, j = spec.pop('span')
            start, end = spans[i][0], spans[j][1]
            spec['implicit'] = True
        else:
            k = next(markers)
            start, end = spans[k]
        text = sentence[start:end]
        scope, typ, number, year, issuer = derive(spec, text)
        ref = {'text': text, 'start': start, 'end': end,
               'type': spec.pop('type', typ),
               'number': spec.pop('number', number),
               'year': spec.pop('year', year),
               'issuer': spec.pop('issuer', issuer),
               'article': spec.pop('article', None),
               'canonical': spec.pop('canonical'),
               'scope': scope}
        ref.update(spec)
        refs.append(ref)
    left = list(markers)
    assert not left, f'{sid}: {len(left)} markers without spec'
    # nested flag: inside another ref's span (not an implicit range interior)
    for r in refs:
        if r.get('implicit'):
            continue
        for o in refs:
            if o is not r and not o.get('implicit') and o['start'] <= r['start'] and r['end'] <= o['end'] \
                    and (o['start'], o['end']) != (r['start'], r['end']):
                r['nested'] = True
    refs.sort(key=lambda r: (r['start'], -r['end']))
    return refs


SHY = '\u00ad'
FFFD = '\ufffd'

# --------------------------------------------------------------------------------------------
# Sentences: (marked sentence, [specs], [tags])
# --------------------------------------------------------------------------------------------
S = []


def add(marked, specs, tags):
    S.append((marked, specs, tags))


# ---- thesis register ------------------------------------------------------------------------
add('De acuerdo con la ⟦Ley N° 27972, Ley Orgánica de Municipalidades⟧, las municipalidades distritales '
    'planifican el desarrollo urbano y rural de su circunscripción en concordancia con las provinciales.',
    [R('pe:ley:27972')], ['thesis', 'apposition:number-name'])
add('La ⟦Ley Orgánica del Poder Ejecutivo, Ley N.º 29158⟧, distingue las funciones rectoras de los '
    'ministerios de las funciones de ejecución que corresponden a los organismos públicos.',
    [R('pe:ley:29158')], ['thesis', 'apposition:name-number', 'ley-organica'])
add('La bonificación temporal a los servidores se otorgó al amparo del ⟦Decreto de Urgencia N° 037-94⟧, '
    'norma que los tribunales laborales interpretaron de manera dispar durante dos décadas.',
    [R('pe:du:037-1994', year='1994')], ['thesis', 'old-numbering'])
add('El investigador contrastó el ⟦artículo 2, inciso 5, de la Constitución Política del Perú⟧ con la '
    'práctica de los portales de transparencia de las universidades públicas.',
    [R('pe:const:1993', article='2', inciso='5')], ['thesis', 'article', 'subunit'])
add('A diferencia de la ⟦Constitución de 1979⟧, la ⟦Carta Política⟧ vigente no reconoce la estabilidad '
    'laboral absoluta, según ha advertido la doctrina nacional.',
    [R('pe:const:1979'), R('pe:const:1993')], ['thesis', 'constitution'])
add('La responsabilidad extracontractual del Estado se analiza a partir del ⟦artículo 1969 del Código '
    'Civil⟧, aplicado supletoriamente por los jueces contencioso-administrativos.',
    [R(named('codigo', 'Código Civil'), article='1969', alias=['pe:dleg:295'])],
    ['thesis', 'named', 'codigo', 'article'])
add('Las reglas sobre la reparación civil se encuentran dispersas en los ⟦Códigos Penal⟧ y ⟦Procesal '
    'Penal⟧, lo que dificulta su aplicación uniforme por las fiscalías.',
    [R(named('codigo', 'Código Penal'), alias=['pe:dleg:635']),
     R(named('codigo', 'Código Procesal Penal'), alias=['pe:dleg:957'])],
    ['thesis', 'plural-head', 'ellipsis', 'codigo'])
add('El ⟦D.L. N° 25593⟧ reguló la negociación colectiva en el sector privado, mientras que el '
    '⟦D.L. 1023⟧ creó la autoridad rectora del sistema de recursos humanos.',
    [R('pe:dl:25593', type='decreto_ley'), R('pe:dleg:1023')], ['thesis', 'dl-ambiguous', 'numsign:none'])
add('Los trabajadores contratados bajo el ⟦DLeg 1057⟧ reportaron menor satisfacción laboral que los '
    'nombrados, según la encuesta aplicada en la región.',
    [R('pe:dleg:1057')], ['thesis', 'abbrev:DLeg', 'numsign:none'])
add('La ⟦Ley número 29973, Ley General de la Persona con Discapacidad⟧, fija una cuota de empleo del '
    '5 % para las entidades públicas.',
    [R('pe:ley:29973')], ['thesis', 'numsign:número', 'apposition:number-name'])
add('El acceso a la información pública es un derecho fundamental (⟦Ley N° 27806, 2002, Art. 5⟧) '
    'cuyo ejercicio no requiere expresar la causa del pedido.',
    [R('pe:ley:27806', year='2002', article='5')], ['thesis', 'author-year', 'article'])
add('El ⟦artículo 3 de la Ley N° 30057⟧, modificado por el ⟦Decreto Legislativo N° 1450⟧, define a los '
    'funcionarios públicos de libre designación y remoción.',
    [R('pe:ley:30057', article='3'), R('pe:dleg:1450')], ['thesis', 'article', 'amendment'])
add('La ⟦Ley N° 31433⟧, que modifica la ⟦Ley N° 27972, Ley Orgánica de Municipalidades⟧, y la '
    '⟦Ley N° 27867, Ley Orgánica de Gobiernos Regionales⟧, fortaleció la función fiscalizadora de los '
    'consejeros y regidores.',
    [R('pe:ley:31433'), R('pe:ley:27972'), R('pe:ley:27867')], ['thesis', 'amendment', 'apposition:number-name'])
add('Las ⟦leyes orgánicas del Poder Ejecutivo⟧, de ⟦Gobiernos Regionales⟧ y de '
    '⟦Municipalidades⟧ reconocen la existencia de competencias compartidas entre niveles de gobierno.',
    [R(named('ley', 'Ley Orgánica del Poder Ejecutivo'), alias=['pe:ley:29158']),
     R(named('ley', 'Ley Orgánica de Gobiernos Regionales'), alias=['pe:ley:27867']),
     R(named('ley', 'Ley Orgánica de Municipalidades'), alias=['pe:ley:27972'])],
    ['thesis', 'plural-head', 'ellipsis', 'named', 'lowercase'])
add('La ⟦Ley Orgánica de Gobiernos Regionales⟧ y la de ⟦Municipalidades⟧ asignan a ambos niveles '
    'funciones en materia de educación, salud y saneamiento.',
    [R(named('ley', 'Ley Orgánica de Gobiernos Regionales'), alias=['pe:ley:27867']),
     R(named('ley', 'Ley Orgánica de Municipalidades'), alias=['pe:ley:27972'])],
    ['thesis', 'ellipsis', 'named'])
add('Según la ⟦ley general del ambiente⟧, toda persona tiene el deber de contribuir a una efectiva '
    'gestión ambiental.',
    [R(named('ley', 'Ley General del Ambiente'), alias=['pe:ley:28611'])], ['thesis', 'named', 'lowercase'])
add('La ⟦Ley Universitaria⟧ exige que los docentes ordinarios cuenten, como mínimo, con el grado de '
    'maestro para el ejercicio de la docencia en pregrado.',
    [R(named('ley', 'Ley Universitaria'), alias=['pe:ley:30220'])], ['thesis', 'named', 'single-adjective'])
add('En la sentencia recaída en el Expediente N° 0003-2021-PI/TC, el Tribunal Constitucional examinó '
    'el ⟦artículo 2 de la Ley N° 31018⟧, que suspendió el cobro de peajes durante la emergencia.',
    [R('pe:ley:31018', article='2')], ['thesis', 'jurisprudence:tc', 'article'])
add('El ⟦Código Procesal Penal (Decreto Legislativo N° 957)⟧ introdujo el modelo acusatorio de manera '
    'progresiva por distritos judiciales.',
    [R('pe:dleg:957', alias=[named('codigo', 'Código Procesal Penal')])], ['thesis', 'apposition:parens', 'codigo'])
add('La ⟦Ley N.ᵒ 31035⟧ dispuso la aplicación de un factor de cálculo transitorio para las pensiones '
    'de los docentes cesantes.',
    [R('pe:ley:31035')], ['thesis', 'numsign:N.ᵒ'])
add('El ⟦Decreto N° 1252⟧ sustituyó el antiguo sistema de inversión pública por un esquema de '
    'programación multianual.',
    [R('pe:dleg:1252', type='decreto_legislativo')], ['thesis', 'bare-decreto'])
add('La cooperación no reembolsable se canaliza conforme a la ⟦Ley N° 719⟧ y a las normas de la '
    'Agencia Peruana de Cooperación Internacional.',
    [R('pe:dleg:719', type='decreto_legislativo', alias=['pe:ley:719'])], ['thesis', 'dleg-cited-as-ley'])
add('El ⟦Reglamento de la ⟦Ley N° 30364⟧⟧ precisa las medidas de protección que dicta el juzgado de '
    'familia en las primeras setenta y dos horas.',
    [R('pe:reglamento:ley-30364', type='reglamento'), R('pe:ley:30364')], ['thesis', 'unnumbered', 'nested'])

# ---- PESEM / plans ----------------------------------------------------------------------------
add('El presente PESEM se elaboró conforme a la ⟦Directiva N° 001-2017-CEPLAN/PCD⟧, aprobada por '
    '⟦Resolución de Presidencia del Consejo Directivo Nº 026-2017-CEPLAN/PCD⟧, y sus modificatorias.',
    [R('pe:directiva:001-2017-ceplan-pcd'), R('pe:rpcd:026-2017-ceplan-pcd')],
    ['pesem', 'approved-by', 'numsign:ordinal'])
add('La actualización de la política se realizó en el marco del ⟦D.S. N° 054-2018-PCM⟧, que aprobó '
    'los Lineamientos de Organización del Estado.',
    [R('pe:ds:054-2018-pcm')], ['pesem', 'abbrev:D.S.', 'management-doc'])
add('El sector se rige por los ⟦Decretos Supremos N° 004-2013-PCM⟧, ⟦N° 123-2018-PCM⟧ y '
    '⟦103-2022-PCM⟧, que conforman el marco de la modernización de la gestión pública.',
    [R('pe:ds:004-2013-pcm'), R('pe:ds:123-2018-pcm'), R('pe:ds:103-2022-pcm')],
    ['pesem', 'plural-head', 'list'])
add('La reforma de la administración financiera se sustenta en los ⟦Decretos Legislativos N° 1436⟧ al '
    '⟦1441⟧, publicados en setiembre de 2018.',
    [R('pe:dleg:1436'), R('pe:dleg:1441'),
     R('pe:dleg:1437', span=(0, 1)), R('pe:dleg:1438', span=(0, 1)),
     R('pe:dleg:1439', span=(0, 1)), R('pe:dleg:1440', span=(0, 1))],
    ['pesem', 'plural-head', 'range'])
add('La gestión del riesgo de desastres y la acción climática se articulan a partir de las '
    '⟦Leyes N°s 29664⟧ y ⟦30754⟧, cuyo cumplimiento reporta el sector cada año.',
    [R('pe:ley:29664'), R('pe:ley:30754')], ['pesem', 'plural-head', 'numsign:N°s', 'list'])
add('Las metas del indicador se establecieron considerando las ⟦Resoluciones Jefaturales N° '
    '031-2021-INEI⟧ a la ⟦033-2021-INEI⟧, que aprobaron las metodologías de medición de la pobreza.',
    [R('pe:rj:031-2021-inei'), R('pe:rj:033-2021-inei'), R('pe:rj:032-2021-inei', span=(0, 1))],
    ['pesem', 'plural-head', 'range', 'yeared-range'])
add('La ⟦Resolución de Presidencia de Consejo Directivo N.° 00016-2021-CEPLAN/PCD⟧ modificó la guía '
    'para el planeamiento institucional.',
    [R('pe:rpcd:016-2021-ceplan-pcd')], ['pesem', 'numsign:N.°', 'zero-padding'])
add('La gestión de residuos sólidos del sector se orienta por el ⟦Decreto Supremo N° 014-2017-MINAM⟧12, '
    'que aprobó el ⟦Reglamento del ⟦Decreto Legislativo N° 1278⟧⟧.',
    [R('pe:ds:014-2017-minam'), R('pe:reglamento:ds-014-2017-minam', type='reglamento'),
     R('pe:dleg:1278')], ['pesem', 'footnote-marker', 'approved-by', 'nested'])

# ---- ministerial report -----------------------------------------------------------------------
add('El ⟦Reglamento de la ⟦Ley de Cooperación Técnica Internacional⟧⟧, aprobado por ⟦Decreto Supremo '
    'N° 015-92-PCM⟧, regula la inscripción de las organizaciones no gubernamentales en el registro.',
    [R('pe:reglamento:ds-015-1992-pcm', type='reglamento'),
     R(named('ley', 'Ley de Cooperación Técnica Internacional'), alias=['pe:dleg:719']),
     R('pe:ds:015-1992-pcm', year='1992')], ['report', 'approved-by', 'nested', 'named', 'old-numbering'])
add('Los procedimientos se tramitan conforme al ⟦Texto Único Ordenado de la ⟦Ley N° 27444⟧⟧, aprobado '
    'por ⟦Decreto Supremo N° 004-2019-JUS⟧, en lo que no se oponga a las normas especiales.',
    [R('pe:tuo:ds-004-2019-jus', type='tuo'), R('pe:ley:27444'), R('pe:ds:004-2019-jus')],
    ['report', 'approved-by', 'nested', 'tuo'])
add('Mediante el ⟦Decreto Supremo Núm. 040-2014-PCM⟧ se aprobó el ⟦Reglamento General de la ⟦Ley del '
    'Servicio Civil⟧⟧, cuyo libro I rige para todas las entidades.',
    [R('pe:ds:040-2014-pcm'), R('pe:reglamento:ds-040-2014-pcm', type='reglamento'),
     R(named('ley', 'Ley del Servicio Civil'), alias=['pe:ley:30057'])],
    ['report', 'numsign:Núm.', 'approved-by', 'nested', 'named'])
add('La ⟦Norma Técnica de Salud para la Gestión de la Historia Clínica⟧, aprobada por ⟦Resolución '
    'Ministerial N° 214-2018/MINSA⟧, es de cumplimiento obligatorio en los establecimientos del primer nivel.',
    [R('pe:rm:214-2018-minsa', type='norma_tecnica', alias=['pe:nt:rm-214-2018-minsa'],
       note='approved object keyed by its approver (docs §10.2); nt form as alias'),
     R('pe:rm:214-2018-minsa')], ['report', 'approved-by', 'norma-tecnica'])
add('La ⟦Directiva para la Elaboración del Plan de Desarrollo de las Personas⟧, aprobada mediante '
    '⟦Resolución de Presidencia Ejecutiva N° 141-2016-SERVIR-PE⟧, orienta la capacitación de los servidores.',
    [R('pe:directiva:rpe-141-2016-servir-pe', type='directiva'), R('pe:rpe:141-2016-servir-pe')],
    ['report', 'approved-by', 'unnumbered'])
add('Con ⟦Resolución Ministerial N° 0745/RE-2019⟧ se aprobó el plan de trabajo de la Cancillería para '
    'la atención de connacionales en el exterior.',
    [R('pe:rm:745-2019-re', year='2019', issuer='RE')], ['report', 'sector-first'])
add('La delegación de facultades se efectuó por ⟦Resolución Ministerial N° 0502-RE, de 7 de mayo de '
    '2013⟧, vigente hasta la aprobación del nuevo texto.',
    [R('pe:rm:502-2013-re', year='2013', issuer='RE')], ['report', 'dated', 'no-year-number'])
add('El traslado del personal diplomático se dispuso mediante ⟦Resolución de Secretaría General '
    'N° 1130-2017/RE⟧ y se comunicó a las misiones en el exterior.',
    [R('pe:rsg:1130-2017-re', issuer='RE')], ['report'])
add('La ⟦Resolución Directoral N° 0012-2021-EF/63.01⟧ aprobó los instrumentos metodológicos para la '
    'formulación de proyectos de inversión.',
    [R('pe:rd:012-2021-ef-63-01', issuer='EF/63.01')], ['report', 'zero-padding'])
add('El regulador fijó las tarifas tope mediante ⟦Resolución de Consejo Directivo N° 056-2019-CD/OSIPTEL⟧, '
    'publicada en el diario oficial.',
    [R('pe:rcd:056-2019-cd-osiptel', issuer='CD/OSIPTEL')], ['report'])
add('El modelo de gestión documental se implementó según la ⟦Resolución de Secretaría de Gobierno '
    'Digital N° 001-2019-PCM/SEGDI⟧.',
    [R('pe:rsgd:001-2019-pcm-segdi', issuer='PCM/SEGDI')], ['report'])
add('Las cajas municipales aplican la ⟦Resolución SBS N° 0272-2017⟧ en la gestión integral de riesgos.',
    [R('pe:res:272-2017-sbs', issuer='SBS')], ['report', 'issuer-before-number'])
add('La ⟦Directiva N° 013-2022-CG/NORM⟧, aprobada por ⟦Resolución de Contraloría N° 218-2022-CG⟧, '
    'regula el servicio de control simultáneo.',
    [R('pe:directiva:013-2022-cg-norm'), R('pe:res:218-2022-cg')], ['report', 'approved-by'])
add('Durante la crisis hídrica se invocó el ⟦Decreto Supremo Extraordinario N° 016-PCM-96⟧, que '
    'declaró en emergencia el abastecimiento de agua.',
    [R('pe:ds:016-1996-pcm', year='1996', issuer='PCM')], ['report', 'old-numbering', 'sector-first'])
add('El ⟦D.S.N°005-2017-MIMP⟧ aprobó el protocolo de actuación conjunta en los centros de emergencia mujer.',
    [R('pe:ds:005-2017-mimp')], ['report', 'numsign:nospace', 'abbrev:D.S.'])
add('El control interno se rige por la ⟦Ley N' + FFFD + ' 28716, Ley de Control Interno de las Entidades '
    'del Estado⟧, y por las normas que emite la Contraloría.',
    [R('pe:ley:28716')], ['report', 'fffd', 'apposition:number-name'])
add('Las medidas para el transporte público se aprobaron con el ⟦Decreto de Urgencia N° 016‐2020⟧.',
    [R('pe:du:016-2020')], ['report', 'u2010'])
add('El reconocimiento oficial de la comunidad se remonta a la ⟦Resolución Suprema de 23 de agosto '
    'de 1974⟧, inscrita luego en los registros públicos.',
    [R('pe:rs:f1974-08-23', year='1974')], ['report', 'date-id', 'unnumbered'])
add('La zona fue declarada intangible por el ⟦Decreto Supremo N° 21 de 18 de junio de 1965⟧, cuyo '
    'texto no figura en el archivo digital del ministerio.',
    [R('pe:ds:021-1965', year='1965')], ['report', 'dated', 'old-numbering'])
add('El inventario de los fondos documentales se rige todavía por la ⟦Resolución Jefatural s/n de '
    '1996⟧ del Archivo General de la Nación.',
    [R('pe:rj:sn-1996', year='1996')], ['report', 'unnumbered', 's/n'])
add('A diferencia de la ⟦Ley N° 27806⟧, la ⟦Ley 1712 de 2014⟧ de Colombia y la ⟦Ley 19/2013⟧ española '
    'crearon órganos garantes dotados de autonomía.',
    [R('pe:ley:27806'), R('co:ley:1712-2014'), R('es:ley:19-2013')], ['report', 'foreign', 'mixed-scope'])
add('El informe de derecho comparado destaca la ⟦Ley N° 21.180⟧ chilena y la ⟦Ley 25.326⟧ de '
    'Argentina como referentes en gobierno digital y protección de datos.',
    [R('cl:ley:21180'), R('ar:ley:25326')], ['report', 'foreign'])
add('El país aplica las ⟦Decisiones 584⟧ y ⟦547⟧ de la Comunidad Andina en materia de seguridad y '
    'salud en el trabajo y de migración laboral.',
    [R('int:can-decision-584'), R('int:can-decision-547')], ['report', 'international', 'can', 'list'])
add('La ⟦Resolución 64/292 de la Asamblea General de las Naciones Unidas⟧ reconoció el acceso al agua '
    'potable como un derecho humano.',
    [R('int:onu-ag-res-64-292')], ['report', 'international', 'un-resolution'])
add('La consulta previa se realiza conforme al ⟦Convenio 169 de la OIT⟧, aprobado por ⟦Resolución '
    'Legislativa N° 26253⟧, y a la ⟦Ley N° 29785⟧.',
    [R('int:oit-convenio-169-1989'), R('pe:rleg:26253'), R('pe:ley:29785')],
    ['report', 'international', 'treaty', 'mixed-scope'])
add('El Perú suscribió la ⟦Convención Interamericana contra la Corrupción⟧, aprobada por ⟦Resolución '
    'Legislativa N° 26757⟧, y la incorporó a su derecho interno.',
    [R('int:convencion-interamericana-contra-corrupcion-1996'), R('pe:rleg:26757')],
    ['report', 'international', 'treaty', 'mixed-scope'])
add('Las exportaciones agrícolas a Chile crecieron tras la entrada en vigor del ⟦Acuerdo de Libre '
    'Comercio Perú-Chile⟧.',
    [R('int:tlc:peru-chile')], ['report', 'international', 'tlc'])

# ---- municipal / regional considerandos ------------------------------------------------------
add('Que, el ⟦artículo 194 de la Constitución Política del Perú⟧, modificado por la ⟦Ley N° 30305⟧, '
    'reconoce a las municipalidades autonomía política, económica y administrativa;',
    [R('pe:const:1993', article='194'), R('pe:ley:30305')], ['ordinance', 'article', 'amendment'])
add('Que, con ⟦Acuerdo de Concejo N° 045-2022-MDSJL⟧, el Concejo Municipal autorizó la suscripción del '
    'convenio con la empresa prestadora de servicios de saneamiento;',
    [R('pe:acm:045-2022-mdsjl', type='acuerdo_concejo_municipal')], ['ordinance', 'acuerdo-concejo'])
add('Que, mediante ⟦Acuerdo de Consejo Regional Nº 112-2021-GRA/CR⟧, se declaró de interés regional la '
    'conservación de las lagunas altoandinas;',
    [R('pe:acr:112-2021-gra-cr', issuer='GRA/CR')], ['ordinance', 'numsign:ordinal'])
add('Que, la ⟦Ordenanza Regional N° 008-2020-GRC/CR⟧ aprobó el Plan Regional de Seguridad Ciudadana, '
    'el cual requiere ser actualizado;',
    [R('pe:or:008-2020-grc-cr', issuer='GRC/CR')], ['ordinance', 'management-doc'])
add('Que, por ⟦Decreto Regional N° 003-2019-GRJ/GR⟧ se aprobaron los lineamientos para la priorización '
    'de inversiones;',
    [R('pe:dr:003-2019-grj-gr', issuer='GRJ/GR')], ['ordinance'])
add('Que, mediante ⟦Decreto de Alcaldía N° 011-2023-MPT⟧ se prorrogó el plazo del beneficio de '
    'regularización tributaria;',
    [R('pe:da:011-2023-mpt')], ['ordinance'])
add('Que, a través de la ⟦Resolución de Alcaldía N° 0356-2022-MDL⟧ se conformó el comité de gestión '
    'del programa de vaso de leche;',
    [R('pe:res:356-2022-mdl', type='resolucion')], ['ordinance', 'municipal-resolution'])
add('Que, la ⟦Resolución Ejecutiva Regional N° 0145-2021-GR-PUNO/GR⟧ designó al responsable de la '
    'implementación del sistema de control interno;',
    [R('pe:res:145-2021-gr-puno-gr', type='resolucion', issuer='GR-PUNO/GR')], ['ordinance', 'regional-resolution'])
add('Que, el ⟦Reglamento Interno del Concejo Municipal⟧, aprobado por ⟦Ordenanza Municipal N° '
    '015-2019-MPCH⟧, regula el desarrollo de las sesiones ordinarias;',
    [R('pe:reglamento:om-015-2019-mpch', type='reglamento'), R('pe:om:015-2019-mpch')],
    ['ordinance', 'approved-by', 'unnumbered'])
add('Que, la ⟦Ordenanza N° 2253-MML⟧ establece el procedimiento para la aprobación de los planes '
    'específicos en el Cercado de Lima;',
    [R('pe:om:2253-mml', type='ordenanza_municipal', issuer='MML')], ['ordinance', 'no-year-ordinance'])
add('Que, el ⟦numeral 6 del artículo 20 de la Ley N° 27972⟧ faculta al alcalde a dictar decretos y '
    'resoluciones de alcaldía con sujeción a las leyes y ordenanzas;',
    [R('pe:ley:27972', article='20', inciso='6')], ['ordinance', 'article', 'subunit'])
add('Que, el ⟦literal a) del numeral 2.1 del artículo 2 del Decreto de Urgencia N° 014-2019⟧ autoriza '
    'las transferencias para el mantenimiento de locales escolares;',
    [R('pe:du:014-2019', article='2', inciso='2.1 a)')], ['ordinance', 'article', 'subunit'])

# ---- El Peruano summaries (upper case) -------------------------------------------------------
add('⟦DECRETO SUPREMO N° 053-2022-PCM⟧.- APRUEBAN EL ⟦REGLAMENTO DE LA ⟦LEY N° 31419⟧⟧, LEY QUE '
    'ESTABLECE DISPOSICIONES PARA GARANTIZAR LA IDONEIDAD EN EL ACCESO Y EJERCICIO DE LA FUNCIÓN PÚBLICA',
    [R('pe:ds:053-2022-pcm'), R('pe:reglamento:ds-053-2022-pcm', type='reglamento'), R('pe:ley:31419')],
    ['peruano', 'upper', 'approved-by', 'nested'])
add('⟦RESOLUCIÓN MINISTERIAL Nº 0123-2023-MINAM⟧.- DESIGNAN DIRECTORA GENERAL DE LA DIRECCIÓN GENERAL '
    'DE ECONOMÍA Y FINANCIAMIENTO AMBIENTAL',
    [R('pe:rm:123-2023-minam')], ['peruano', 'upper', 'numsign:ordinal'])
add('⟦LEY Nº 31814⟧.- LEY QUE PROMUEVE EL USO DE LA INTELIGENCIA ARTIFICIAL EN FAVOR DEL DESARROLLO '
    'ECONÓMICO Y SOCIAL DEL PAÍS',
    [R('pe:ley:31814')], ['peruano', 'upper', 'numsign:ordinal'])

# ---- tables of legal bases broken across lines -----------------------------------------------
add('BASE LEGAL\n⟦Ley N°\n27783\nLey de Bases de la\nDescentralización⟧\n2002',
    [R('pe:ley:27783')], ['table', 'linebreak', 'eol', 'apposition:number-name'])
add('⟦Decreto Su-\npremo N° 004-\n2013-PCM⟧\nPolítica Nacional de Modernización\nde la Gestión Pública',
    [R('pe:ds:004-2013-pcm')], ['table', 'hyphenation', 'space-after-hyphen', 'linebreak', 'management-doc'])
add('2002 ⟦Ley Orgánica de\nGobiernos Regionales\nLey N° 27867⟧\n18/11/2002',
    [R('pe:ley:27867')], ['table', 'linebreak', 'apposition:name-number'])
add('⟦Resolución Viceministerial\nN° 0273-2020-MIN-\nEDU⟧\nAprueba orientaciones para la\nevaluación formativa',
    [R('pe:rvm:273-2020-minedu', issuer='MINEDU')], ['table', 'issuer-hyphenation', 'linebreak'])
add('⟦Resolución Ministerial N°\n0318/RE-\n2016⟧\nDelegación de facultades',
    [R('pe:rm:318-2016-re', issuer='RE')], ['table', 'eol', 'sector-first', 'linebreak'])
add('⟦Decreto Legisla-\ntivo N° 1440\nDecreto Legislativo del Sistema Nacional\nde Presupuesto Público⟧',
    [R('pe:dleg:1440')], ['table', 'hyphenation', 'linebreak', 'apposition:number-name'])
add('Base normativa: ⟦Constitu' + SHY + 'ción Política del Perú⟧; ⟦Ley N° 27658⟧, Ley Marco de '
    'Moderniza-\nción de la Gestión del Estado; ⟦D. Leg. N° 1088⟧.',
    [R('pe:const:1993'), R('pe:ley:27658'), R('pe:dleg:1088')], ['table', 'soft-hyphen', 'hyphenation', 'list'])

# ---- negatives ---------------------------------------------------------------------------------
add('La comisión recomendó que una futura ley de carrera pública unifique los regímenes laborales '
    'hoy dispersos en el Estado.', [], ['neg', 'hypothetical'])
add('El Proyecto de Ley N° 2356/2021-CR, que propone crear una autoridad nacional de infraestructura '
    'hospitalaria, fue archivado por la Comisión de Salud.', [], ['neg', 'bill'])
add('Mediante Oficio N° 0187-2022-MINEDU/VMGP, el viceministerio remitió el Informe N° '
    '045-2022-MINEDU/VMGP-DIGEBR con las observaciones al padrón.', [], ['neg', 'admin-doc'])
add('Conforme a ley, las entidades deben publicar su información presupuestal en el portal '
    'institucional, bajo responsabilidad de sus titulares.', [], ['neg', 'common-noun-ley'])
add('La sentencia recaída en el Expediente N° 00018-2019-PI/TC fue invocada por la Procuraduría en su '
    'escrito de alegatos.', [], ['neg', 'jurisprudence:tc'])
add('Mediante la Resolución del Tribunal Fiscal N° 04120-3-2022, la Sala declaró fundada la apelación '
    'interpuesta por la empresa contribuyente.', [], ['neg', 'jurisprudence:tf'])
add('Resulta necesario aprobar un nuevo decreto supremo que reglamente el teletrabajo en las entidades '
    'del Poder Ejecutivo.', [], ['neg', 'hypothetical'])
add('La Licitación Pública N° 004-2022-GRA/CS para la construcción del hospital regional fue declarada '
    'desierta.', [], ['neg', 'procurement'])
add('El ROF y el TUPA de la municipalidad se encuentran en actualización, según consta en el Acta de '
    'Sesión N° 012-2023-CM.', [], ['neg', 'management-doc', 'admin-doc'])
add('Los comerciantes entrevistados señalaron que en los mercados mayoristas rige la ley del más fuerte.',
    [], ['neg', 'common-noun-ley'])
add('El dictamen recaído en los Proyectos de Ley 1543/2021-CR y 1789/2021-CR propone una ley de '
    'fortalecimiento de la gestión municipal.', [], ['neg', 'bill'])
add('Cuadro N° 4: Ejecución presupuestal por fuente de financiamiento, 2018-2022 (en soles)',
    [], ['neg', 'table-figure', 'years'])


# --------------------------------------------------------------------------------------------
# Short-form passages: (marked passage, [full specs], [short specs (antecedent, article)], tags)
# --------------------------------------------------------------------------------------------
P = []


def passage(marked, full, short, tags):
    P.append((marked, full, short, tags))


passage('La investigación parte de la ⟦Ley N° 29783, Ley de Seguridad y Salud en el Trabajo⟧. '
        '⟪La citada Ley⟫ impone al empleador el deber de prevención en todas las actividades. Además, '
        'el ⟪artículo 35 de la citada Ley⟫ exige capacitar a los trabajadores al menos cuatro veces al año.',
        ['pe:ley:29783'], [('pe:ley:29783', None), ('pe:ley:29783', '35')], ['citada', 'article'])
passage('El ⟦Decreto Legislativo N° 1057⟧ creó el régimen de contratación administrativa de servicios. '
        'Años después, la ⟦Ley N° 31131⟧ dispuso la incorporación progresiva de esos trabajadores a '
        'regímenes indeterminados. Sin embargo, ⟪dicho decreto legislativo⟫ sigue rigiendo los contratos '
        'que no fueron convertidos.',
        ['pe:dleg:1057', 'pe:ley:31131'], [('pe:dleg:1057', None)],
        ['type-check', 'dicho', 'nearest'])
passage('La ⟦Resolución Ministerial N° 0387-2022-MINSA⟧ aprobó el documento técnico de vigilancia. Luego, '
        'el ⟦Decreto Supremo N° 008-2022-SA⟧ prorrogó la emergencia sanitaria. ⟪El referido Decreto⟫ '
        'fijó en noventa días calendario el nuevo plazo.',
        ['pe:rm:387-2022-minsa', 'pe:ds:008-2022-sa'], [('pe:ds:008-2022-sa', None)], ['referido', 'decreto'])
passage('El municipio aprobó la ⟦Ordenanza N° 021-2022-MPA⟧ sobre comercio en la vía pública. ⟪La misma⟫ '
        'establece un padrón único de comerciantes autorizados y prohíbe la venta en los accesos a '
        'los mercados.',
        ['pe:om:021-2022-mpa'], [('pe:om:021-2022-mpa', None)], ['pronoun', 'misma'])
passage('Se analizaron la ⟦Ley N° 27658⟧ y la ⟦Ley N° 29158⟧. ⟪La primera⟫ declaró al Estado en proceso '
        'de modernización, mientras que ⟪la segunda⟫ estableció los principios de organización del '
        'Poder Ejecutivo.',
        ['pe:ley:27658', 'pe:ley:29158'], [('pe:ley:27658', None), ('pe:ley:29158', None)], ['ordinal'])
passage('El procedimiento sancionador se rige por la ⟦Ley N° 27444⟧ (en adelante, LPAG). Conforme a la '
        '⟪LPAG⟫, la potestad sancionadora se ejerce con sujeción al principio de tipicidad. Asimismo, '
        'el ⟪artículo 248 de la LPAG⟫ enumera los demás principios aplicables.',
        ['pe:ley:27444'], [('pe:ley:27444', None), ('pe:ley:27444', '248')], ['alias', 'acronym', 'article'])
passage('Las entidades aplican la ⟦Ley N° 30225, Ley de Contrataciones del Estado⟧. ⟪Dicha norma⟫ '
        'privilegia la obtención de resultados sobre el cumplimiento formal de requisitos.',
        ['pe:ley:30225'], [('pe:ley:30225', None)], ['dicha-norma'])
passage('Los gobiernos locales enfrentan serias limitaciones presupuestales. De acuerdo con ⟪la citada '
        'norma⟫, deben priorizar los proyectos con cierre de brechas, aunque rara vez lo hacen.',
        [], [(None, None)], ['no-antecedent', 'null'])
passage('La ⟦Ley N° 28044, Ley General de Educación⟧ regula el sistema educativo nacional. ⟪El citado '
        'Reglamento⟫ desarrolla, además, la educación comunitaria.',
        ['pe:ley:28044'], [(None, None)], ['null', 'implied-only'])
passage('Mediante ⟦Decreto Supremo N° 009-2021-MIDAGRI⟧ se declaró de interés nacional la agricultura '
        'familiar. Posteriormente se emitió la ⟦Ley N° 31335⟧ sobre cooperativas agrarias. ⟪El precitado '
        'Decreto Supremo⟫ encarga al ministerio la elaboración de un plan multianual.',
        ['pe:ds:009-2021-midagri', 'pe:ley:31335'], [('pe:ds:009-2021-midagri', None)],
        ['type-check', 'precitado'])
passage('Por ⟦Decreto Supremo N° 103-2022-PCM⟧ se aprobó la política de modernización al 2030 y, por '
        '⟦Resolución de Secretaría de Gestión Pública N° 004-2023-PCM/SGP⟧, su norma técnica de '
        'implementación. ⟪La resolución antes mencionada⟫ es de cumplimiento obligatorio.',
        ['pe:ds:103-2022-pcm', 'pe:res:004-2023-pcm-sgp'], [('pe:res:004-2023-pcm-sgp', None)],
        ['resolucion', 'antes-mencionada'])
passage('El ⟦artículo 191 de la Constitución Política del Perú⟧ reconoce autonomía a los gobiernos '
        'regionales. ⟪La mencionada Carta Magna⟫ también define su estructura orgánica básica.',
        ['pe:const:1993'], [('pe:const:1993', None)], ['const', 'mencionada'])
passage('La ⟦Ley N° 30057⟧ regula el servicio civil y la ⟦Ley N° 28175⟧ establece los lineamientos '
        'generales del empleo público. ⟪Esta última⟫ sigue siendo aplicable en lo no previsto por la '
        'reforma.',
        ['pe:ley:30057', 'pe:ley:28175'], [('pe:ley:28175', None)], ['ordinal', 'ultima'])
passage('El ⟦Reglamento de la ⟦Ley N° 29338⟧⟧, aprobado por ⟦Decreto Supremo N° 001-2010-AG⟧, regula las '
        'licencias de uso de agua. ⟪El citado Reglamento⟫ distingue entre uso primario, poblacional y '
        'productivo.',
        ['pe:reglamento:ds-001-2010-ag', 'pe:ley:29338', 'pe:ds:001-2010-ag'],
        [('pe:reglamento:ds-001-2010-ag', None)], ['reglamento', 'approved-by'])
passage('El Perú es parte del ⟦Convenio 169 de la OIT⟧, aprobado por ⟦Resolución Legislativa N° 26253⟧. '
        '⟪Dicho convenio⟫ obliga al Estado a consultar las medidas que afecten a los pueblos indígenas.',
        ['int:oit-convenio-169-1989', 'pe:rleg:26253'], [('int:oit-convenio-169-1989', None)],
        ['int', 'convenio', 'type-check'])
passage('El informe cita la ⟦Ley N° 20.730⟧ de Chile sobre lobby y la ⟦Ley N° 28024⟧, que regula la '
        'gestión de intereses en el Perú. Según ⟪la citada ley chilena⟫, las audiencias deben '
        'registrarse en una plataforma pública.',
        ['cl:ley:20730', 'pe:ley:28024'], [('cl:ley:20730', None)], ['foreign', 'modifier'])
passage('El ⟦Decreto Legislativo N° 1440⟧ regula el Sistema Nacional de Presupuesto Público. '
        'El ⟪artículo 13 del referido Decreto Legislativo⟫ define la estructura de los créditos '
        'presupuestarios.',
        ['pe:dleg:1440'], [('pe:dleg:1440', '13')], ['article', 'referido'])
passage('⟦ORDENANZA N° 012-2023-MDSJL⟧\nArtículo 1.- Aprobar el régimen de incentivos tributarios.\n'
        'Artículo 2.- ⟪La presente Ordenanza⟫ entra en vigencia al día siguiente de su publicación.',
        ['pe:om:012-2023-mdsjl'], [('pe:om:012-2023-mdsjl', None)], ['self', 'heading'])
passage('El proyecto de ley propuesto por la bancada señala en su artículo 1: «⟪La presente Ley⟫ tiene '
        'por objeto fortalecer las rondas campesinas».',
        [], [(None, None)], ['self', 'bill', 'null'])
passage('La ⟦Directiva N° 002-2019-CG/NORM⟧ regula el servicio de control previo. ⟪Dicha directiva⟫ '
        'fija plazos perentorios para la emisión del informe, conforme a ley.',
        ['pe:directiva:002-2019-cg-norm'], [('pe:directiva:002-2019-cg-norm', None)], ['directiva', 'generic-distractor'])
passage('La ⟦Resolución Ministerial N° 0176-2021-TR⟧ aprobó el protocolo de fiscalización. Meses después, '
        'el Tribunal Fiscal emitió la Resolución del Tribunal Fiscal N° 02211-4-2021, y la citada '
        'resolución fue publicada como precedente. Sin embargo, el referido protocolo no fue '
        'modificado.',
        ['pe:rm:176-2021-tr'], [], ['decision-trap'])
passage('El ⟦Decreto de Urgencia N° 044-2019⟧ estableció medidas para fortalecer la protección de '
        'salud. ⟪El Decreto⟫ autorizó además transferencias de partidas a favor del seguro integral.',
        ['pe:du:044-2019'], [('pe:du:044-2019', None)], ['bare'])
passage('Se revisó la ⟦Ley N° 29664⟧ en el ámbito regional. Ninguna ordenanza regional desarrolla los '
        'planes de contingencia y ⟪la acotada Ordenanza Regional⟫ no existe aún en la región.',
        ['pe:ley:29664'], [(None, None)], ['null', 'type-check'])
passage('La ⟦Ley N° 29973⟧ y el ⟦Decreto Legislativo N° 1417⟧ protegen a las personas con discapacidad. '
        '⟪La primera⟫ creó el Consejo Nacional para la Integración de la Persona con Discapacidad y '
        '⟪el segundo⟫ dictó medidas de inclusión en el empleo.',
        ['pe:ley:29973', 'pe:dleg:1417'], [('pe:ley:29973', None), ('pe:dleg:1417', None)], ['ordinal'])
passage('La ⟦Ley N° 27972⟧ rige a los gobiernos locales. El ⟦Acuerdo de Concejo N° 078-2023-MPCH⟧ '
        'aprobó la transferencia del terreno. ⟪El mismo⟫ fue observado por el órgano de control.\n'
        'Por su parte, el ⟪artículo 41 de la citada Ley⟫ define los acuerdos como decisiones sobre '
        'asuntos específicos.',
        ['pe:ley:27972', 'pe:acm:078-2023-mpch'], [('pe:acm:078-2023-mpch', None), ('pe:ley:27972', '41')],
        ['pronoun', 'mismo', 'type-check', 'article'])


def main():
    ok = True
    cites, seen_ids, seen_sent = [], set(), set()
    for i, (marked, specs, tags) in enumerate(S):
        sid = 12000 + i
        assert sid <= 12099, 'too many sentences'
        sentence, spans, spans2 = parse(marked)
        assert not spans2
        refs = build_refs(sentence, spans, specs, sid)
        for r in refs:
            if sentence[r['start']:r['end']] != r['text']:
                print(sid, 'bad span', r); ok = False
            if not key_ok(r['canonical']):
                print(sid, 'bad key', r['canonical']); ok = False
            for a in r.get('alias', []):
                if not key_ok(a):
                    print(sid, 'bad alias', a); ok = False
        neg = not refs
        if neg != ('neg' in tags):
            print(sid, 'negative/tag mismatch'); ok = False
        if sid in seen_ids or sentence in seen_sent:
            print(sid, 'duplicate'); ok = False
        seen_ids.add(sid); seen_sent.add(sentence)
        cites.append({'id': sid, 'sentence': sentence, 'negative': neg, 'tags': tags, 'refs': refs})

    sfs = []
    for i, (marked, full, short, tags) in enumerate(P, 1):
        pid = f'sf12-{i:03d}'
        text, spans, spans2 = parse(marked)
        # unmark: '⟪ordenanza⟫' in passage 23 is a generic (not a short form) placeholder: drop spans
        # flagged with antecedent sentinel below
        assert len(spans) == len(full), (pid, len(spans), len(full))
        frefs = [{'text': text[s:e], 'start': s, 'end': e, 'canonical': c} for (s, e), c in zip(spans, full)]
        assert len(spans2) == len(short), (pid, len(spans2), len(short))
        srefs = [{'text': text[s:e], 'start': s, 'end': e, 'antecedent': a, 'article': art}
                 for (s, e), (a, art) in zip(spans2, short)]
        for r in frefs + srefs:
            assert text[r['start']:r['end']] == r['text']
            c = r.get('canonical') or r.get('antecedent')
            if c and not key_ok(c):
                print(pid, 'bad key', c); ok = False
        full_ids = {norm(r['canonical']) for r in frefs}
        for r in srefs:
            a = r['antecedent']
            if a and norm(a) not in full_ids:
                print(pid, 'antecedent not among full refs', a); ok = False
        sfs.append({'id': pid, 'passage': text, 'full_refs': frefs, 'short_refs': srefs, 'tags': tags})

    with open(OUT / 'citations-dev.jsonl', 'w', encoding='utf-8') as fh:
        for c in cites:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(OUT / 'shortforms-dev.jsonl', 'w', encoding='utf-8') as fh:
        for p in sfs:
            fh.write(json.dumps(p, ensure_ascii=False) + '\n')

    # counts
    from collections import Counter
    sc = Counter(r['scope'] for c in cites for r in c['refs'])
    ty = Counter(r['type'] for c in cites for r in c['refs'])
    nres = sum(1 for p in sfs for r in p['short_refs'] if r['antecedent'])
    nnull = sum(1 for p in sfs for r in p['short_refs'] if not r['antecedent'])
    print(f'sentences={len(cites)} negatives={sum(c["negative"] for c in cites)} '
          f'refs={sum(sc.values())} by scope={dict(sc)}')
    print('types:', dict(sorted(ty.items())))
    print(f'passages={len(sfs)} short forms={nres + nnull} resolved={nres} null={nnull}')
    if not ok:
        sys.exit('CHECKS FAILED')
    print('checks ok')


def norm(c):
    parts = c.split(':')
    return ':'.join(parts).lower()


if __name__ == '__main__':
    main()
