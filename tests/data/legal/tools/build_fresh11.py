#!/usr/bin/env python3
"""Generator for the fresh11 blind test set (citations-dev.jsonl, shortforms-dev.jsonl).

Sentences are built from parts; a part is a plain string or a reference/short-form object.
Offsets are computed here and asserted (sentence[start:end] == text).
"""
import json
import os
import re

# Writes tests/data/legal/fresh11/ (the folder next to tools/); the blind writer's copy wrote
# beside itself.
HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'fresh11')


class R:
    """A norm reference inside a citations sentence."""

    def __init__(self, text, type_, canonical, number=None, year=None, issuer=None,
                 article=None, **extra):
        self.d = dict(text=text, type=type_, number=number, year=year, issuer=issuer,
                      article=article, canonical=canonical)
        self.extra = extra


def scope_of(cid):
    if cid.startswith('pe:'):
        return 'pe'
    if cid.startswith('int:'):
        return 'int'
    return 'foreign'


SIGNS = [  # (regex, tag) first match in a span decides
    (r'N\ufffd', 'N-fffd'), (r'Nros\.', 'Nros.'), (r'Nro\.', 'Nro.'), (r'Nro\b', 'Nro'),
    (r'N\.º', 'N.º'), (r'N\.°', 'N.°'), (r'N\.o\b', 'N.o'), (r'No\.', 'No.'), (r'No\b', 'No'),
    (r'Núm\.', 'Núm.'), (r'número', 'número'), (r'N ?°', 'degree'), (r'Nº', 'ordinal'),
]


def numsign_tags(text):
    tags = []
    for rx, tag in SIGNS:
        m = re.search(rx, text)
        if m:
            tags.append('numsign:' + tag)
            after = text[m.end():m.end() + 1]
            if after and after.isdigit():
                tags.append('numsign:nospace')
            if after == '\n':
                tags.append('numsign:eol')
            if ' ' in m.group(0):
                tags.append('typo:N-space-degree')
            return tags
    return []


def build_sentence(sid, parts, tags):
    s, refs = '', []
    for p in parts:
        if isinstance(p, str):
            s += p
        else:
            start = len(s)
            s += p.d['text']
            ref = dict(p.d)
            ref['start'], ref['end'] = start, len(s)
            ref['scope'] = scope_of(ref['canonical'])
            ref.update(p.extra)
            refs.append(ref)
    return s, refs


def C(sid, parts, tags=()):
    s, refs = build_sentence(sid, parts, tags)
    tags = list(tags)
    for r in refs:
        if r['scope'] == 'pe' and r['number'] and not r.get('implicit') and not r['text'][:1].isdigit():
            t = numsign_tags(r['text'])
            if not t and re.search(r'\d', r['text']):
                t = ['numsign:none']
            for x in t:
                if x not in tags:
                    tags.append(x)
    # keys ordered as in the shared set
    out_refs = []
    for r in sorted(refs, key=lambda r: (r['start'], r['end'])):
        o = {k: r[k] for k in ('text', 'start', 'end', 'type', 'number', 'year', 'issuer',
                               'article', 'canonical', 'scope')}
        for k in ('inciso', 'alias', 'nested', 'implicit', 'note'):
            if k in r:
                o[k] = r[k]
        out_refs.append(o)
    return {'id': sid, 'sentence': s, 'negative': not out_refs, 'tags': tags, 'refs': out_refs}


# ---------------------------------------------------------------- citations
CIT = []
n = [11000]


def add(parts, tags=()):
    CIT.append(C(n[0], parts, tags))
    n[0] += 1


# 1 numeral + article + apposition
add(["Conforme al ",
     R("numeral 3 del artículo 5 de la Ley N° 29158, Ley Orgánica del Poder Ejecutivo", 'ley',
       'pe:ley:29158', number='29158', article='5', inciso='3'),
     ", corresponde a los ministerios formular y supervisar las políticas nacionales bajo su rectoría."],
    ['article', 'subunit', 'apposition:number-name', 'thesis'])

# 2 Ley Orgánica + number
add(["Las condiciones para el otorgamiento de derechos sobre recursos naturales a particulares fueron fijadas por la ",
     R("Ley Orgánica N° 26821", 'ley', 'pe:ley:26821', number='26821'),
     ", cuyo alcance comprende tanto los recursos renovables como los no renovables."],
    ['ley-organica'])

# 3 D. Leg. + apposition, and Ley
add(["El ", R("D. Leg. N° 1440", 'decreto_legislativo', 'pe:dleg:1440', number='1440'),
     ", Decreto Legislativo del Sistema Nacional de Presupuesto Público, dejó sin efecto la mayor parte de la ",
     R("Ley N° 28411", 'ley', 'pe:ley:28411', number='28411'),
     ", salvo algunas disposiciones que mantuvieron su vigencia."],
    ['abbrev:D. Leg.', 'sentence-start'])

# 4 DLeg without sign
add(["La programación multianual de inversiones del sector agrario se sujeta a lo dispuesto en el ",
     R("DLeg 1252", 'decreto_legislativo', 'pe:dleg:1252', number='1252'),
     " y en sus normas complementarias emitidas por la Dirección General de Programación Multianual."],
    ['abbrev:DLeg', 'pesem'])

# 5 DS -PCM, approved non-norm (lineamientos)
add(["Por ",
     R("Decreto Supremo N° 054-2018-PCM", 'decreto_supremo', 'pe:ds:054-2018-pcm', number='054', year='2018', issuer='PCM'),
     " se aprobaron los Lineamientos de Organización del Estado, que orientan el diseño de las estructuras orgánicas de las entidades."],
    ['approved-nonnorm'])

# 6 DS -EF ordinal, end of sentence
add(["Para el ejercicio fiscal 2020 el valor de la Unidad Impositiva Tributaria quedó fijado en cuatro mil trescientos soles mediante ",
     R("Decreto Supremo Nº 380-2019-EF", 'decreto_supremo', 'pe:ds:380-2019-ef', number='380', year='2019', issuer='EF'),
     "."],
    ['sentence-end'])

# 7 DS MINEDU N.°
add(["La Política Nacional de Educación Superior y Técnico-Productiva, cuya implementación monitorea la Dirección General de Educación Técnico-Productiva, fue aprobada por ",
     R("Decreto Supremo N.° 012-2020-MINEDU", 'decreto_supremo', 'pe:ds:012-2020-minedu', number='012', year='2020', issuer='MINEDU'),
     "."],
    ['approved-nonnorm', 'sentence-end'])

# 8 DS SA No.
add(["El ", R("Decreto Supremo No. 008-2020-SA", 'decreto_supremo', 'pe:ds:008-2020-sa', number='008', year='2020', issuer='SA'),
     " declaró la Emergencia Sanitaria a nivel nacional por el plazo de noventa días calendario y dictó medidas de prevención y control."],
    ['sentence-start'])

# 9 D.S. without sign
add(["La actualización del padrón de hogares focalizados se efectúa según el ",
     R("D.S. 005-2017-MIDIS", 'decreto_supremo', 'pe:ds:005-2017-midis', number='005', year='2017', issuer='MIDIS'),
     ", sin perjuicio de las verificaciones de campo que realicen las unidades locales."],
    ['abbrev:D.S.'])

# 10 issuer hyphenated over a line break
add(["Los parámetros urbanísticos del distrito deberán adecuarse a lo establecido en el Decreto Supremo N° 012-2022-VIVIEN-\nDA, en un plazo no mayor de seis meses."],
    ['issuer-hyphenation', 'linebreak'])
s = CIT[-1]['sentence']
t = "Decreto Supremo N° 012-2022-VIVIEN-\nDA"
i = s.index(t)
CIT[-1]['refs'] = [dict(text=t, start=i, end=i + len(t), type='decreto_supremo', number='012', year='2022',
                        issuer='VIVIENDA', article=None, canonical='pe:ds:012-2022-vivienda', scope='pe')]
CIT[-1]['negative'] = False
CIT[-1]['tags'].append('numsign:degree')

# 11 DU with N° at end of line
add(["Mediante ",
     R("Decreto de Urgencia N°\n014-2019", 'decreto_urgencia', 'pe:du:014-2019', number='014', year='2019'),
     " se aprobó el Presupuesto del Sector Público para el Año Fiscal 2020, ante la disolución del Congreso de la República."],
    ['linebreak'])

# 12 DU old numbering
add(["Las medidas extraordinarias de reactivación del agro dispuestas por el ",
     R("Decreto de Urgencia N° 058-97", 'decreto_urgencia', 'pe:du:058-1997', number='058', year='1997'),
     " tuvieron vigencia hasta el cierre de aquel ejercicio presupuestal."],
    ['old-numbering'])

# 13 RM with slash issuer
add(["De acuerdo con la ",
     R("Resolución Ministerial N° 850-2016/MINSA", 'resolucion_ministerial', 'pe:rm:850-2016-minsa', number='850', year='2016', issuer='MINSA'),
     ", todo documento normativo del sector debe sustentarse en un informe técnico emitido por el órgano proponente."],
    ['issuer-slash'])

# 14 RM EF/10
add(["El Anexo de la ",
     R("Resolución Ministerial N° 195-2019-EF/10", 'resolucion_ministerial', 'pe:rm:195-2019-ef-10', number='195', year='2019', issuer='EF/10'),
     " detalla los indicadores de desempeño que serán reportados trimestralmente."],
    ['issuer-office'])

# 15 RM sector first
add(["Con ",
     R("R.M. N° 0318/RE-2019", 'resolucion_ministerial', 'pe:rm:318-2019-re', number='0318', year='2019', issuer='RE'),
     " se designó a los representantes de la Cancillería ante la comisión multisectorial encargada del informe."],
    ['sector-first', 'abbrev:R.M.', 'zero-padding'])

# 16 RD with office
add(["El registro de la fase de ejecución en el aplicativo informático se realiza conforme a la ",
     R("Resolución Directoral N° 0023-2020-EF/63.01", 'resolucion_directoral', 'pe:rd:023-2020-ef-63-01', number='0023', year='2020', issuer='EF/63.01'),
     "."],
    ['zero-padding', 'sentence-end'])

# 17 RD Regional
add(["El cuadro de plazas vacantes para contrato docente fue aprobado por ",
     R("Resolución Directoral Regional N° 1542-2022-GRP/DREP", 'resolucion_directoral', 'pe:rd:1542-2022-grp-drep', number='1542', year='2022', issuer='GRP/DREP'),
     ", previa evaluación del comité."],
    ['rd-regional'])

# 18 RJ
add(["La metodología de cálculo de la pobreza monetaria provincial se oficializó mediante ",
     R("Resolución Jefatural N° 076-2021-INEI", 'resolucion_jefatural', 'pe:rj:076-2021-inei', number='076', year='2021', issuer='INEI'),
     ", según consta en el portal institucional."],
    [])

# 19 RS
add([R("Resolución Suprema N° 015-2020-IN", 'resolucion_suprema', 'pe:rs:015-2020-in', number='015', year='2020', issuer='IN'),
     ": autorizan la intervención de las Fuerzas Armadas en apoyo de la Policía Nacional en las provincias de la zona de frontera."],
    ['gazette', 'sentence-start'])

# 20 RL approving ILO convention + int
add(["El Estado peruano aprobó el ",
     R("Convenio 169 de la OIT", 'tratado', 'int:oit-convenio-169-1989', number='169'),
     " sobre pueblos indígenas y tribales mediante la ",
     R("Resolución Legislativa N° 26253", 'resolucion_legislativa', 'pe:rleg:26253', number='26253'),
     ", publicada en diciembre de 1993."],
    ['international', 'treaty', 'mixed-scope'])

# 21 Resolución de Superintendencia
add(["Los sujetos obligados a emitir comprobantes electrónicos fueron designados por la ",
     R("Resolución de Superintendencia N° 000112-2021/SUNAT", 'resolucion', 'pe:res:112-2021-sunat', number='000112', year='2021', issuer='SUNAT'),
     ", con efecto a partir del primer día del mes siguiente."],
    ['zero-padding'])

# 22 RCD OS/CD
add(["El procedimiento de fiscalización de las instalaciones de gas natural se rige por la ",
     R("Resolución de Consejo Directivo N° 035-2022-OS/CD", 'resolucion_consejo_directivo', 'pe:rcd:035-2022-os-cd', number='035', year='2022', issuer='OS/CD'),
     ", publicada en el diario oficial."],
    [])

# 23 RCD SUNASS, Nº glued
add(["Las condiciones de calidad de la prestación de los servicios de saneamiento se encuentran en la Resolución de Consejo Directivo Nº011-2007-SUNASS-CD y sus normas modificatorias."],
    ['modificatorias'])
s = CIT[-1]['sentence']; t = "Resolución de Consejo Directivo Nº011-2007-SUNASS-CD"; i = s.index(t)
CIT[-1]['refs'] = [dict(text=t, start=i, end=i + len(t), type='resolucion_consejo_directivo', number='011', year='2007',
                        issuer='SUNASS-CD', article=None, canonical='pe:rcd:011-2007-sunass-cd', scope='pe')]
CIT[-1]['negative'] = False
CIT[-1]['tags'] += ['numsign:ordinal', 'numsign:nospace']

# 24 Resolución Ejecutiva Regional
add(["Que, mediante ",
     R("Resolución Ejecutiva Regional N° 0456-2021-GR-PUNO/GR", 'resolucion', 'pe:res:456-2021-gr-puno-gr', number='0456', year='2021', issuer='GR-PUNO/GR'),
     ", se conformó la Comisión Regional de Lucha contra la Trata de Personas;"],
    ['considerando', 'zero-padding'])

# 25 Resolución de Alcaldía
add(["La designación del Gerente de Desarrollo Social se formalizó con ",
     R("Resolución de Alcaldía N° 245-2023-MDLV", 'resolucion', 'pe:res:245-2023-mdlv', number='245', year='2023', issuer='MDLV'),
     ", de conformidad con el Reglamento de Organización y Funciones vigente."],
    ['municipal'])

# 26 Resolución Gerencial Regional
add(["Los beneficiarios del programa de vivienda rural fueron priorizados por ",
     R("Resolución Gerencial Regional N° 112-2020-GRSM/GRDS", 'resolucion', 'pe:res:112-2020-grsm-grds', number='112', year='2020', issuer='GRSM/GRDS'),
     "."],
    ['regional', 'sentence-end'])

# 27 Ordenanza Municipal with year
add(["La ",
     R("Ordenanza Municipal N° 012-2021-MPA", 'ordenanza_municipal', 'pe:om:012-2021-mpa', number='012', year='2021', issuer='MPA'),
     " regula el funcionamiento de los mercados de abastos y establece el régimen de infracciones y sanciones administrativas."],
    ['municipal'])

# 28 Ordenanza Regional
add(["Mediante ",
     R("Ordenanza Regional N° 008-2020-GRJ/CR", 'ordenanza_regional', 'pe:or:008-2020-grj-cr', number='008', year='2020', issuer='GRJ/CR'),
     " el Consejo Regional declaró de interés público la conservación de las cabeceras de cuenca."],
    [])

# 29 Acuerdo de Concejo
add(["El ",
     R("Acuerdo de Concejo N° 054-2022-MDSMP", 'acuerdo_concejo_municipal', 'pe:acm:054-2022-mdsmp', number='054', year='2022', issuer='MDSMP'),
     " autorizó al alcalde a suscribir el convenio de cooperación con la universidad nacional de la provincia."],
    ['acuerdo-concejo'])

# 30 Acuerdo de Consejo Regional
add(["Por ",
     R("Acuerdo de Consejo Regional N° 112-2019-GRA/CR", 'acuerdo_consejo_regional', 'pe:acr:112-2019-gra-cr', number='112', year='2019', issuer='GRA/CR'),
     " se aprobó la transferencia financiera a favor de las municipalidades distritales afectadas por las heladas."],
    [])

# 31 Directiva + approving RD
add(["La ",
     R("Directiva N° 001-2017-EF/63.01", 'directiva', 'pe:directiva:001-2017-ef-63-01', number='001', year='2017', issuer='EF/63.01'),
     ", aprobada por la ",
     R("Resolución Directoral N° 002-2017-EF/63.01", 'resolucion_directoral', 'pe:rd:002-2017-ef-63-01', number='002', year='2017', issuer='EF/63.01'),
     ", establece las pautas para la formulación de las fichas técnicas."],
    ['approved-by', 'numbered-directive'])

# 32 Constitution with article and subunits
add(["El principio de presunción de inocencia está consagrado en el ",
     R("literal e) del inciso 24 del artículo 2 de la Constitución Política del Perú", 'constitucion', 'pe:const:1993', year='1993', article='2', inciso='24 e)'),
     ", y vincula a todas las autoridades administrativas."],
    ['article', 'subunit', 'constitution'])

# 33 Carta Magna
add(["Como lo dispone el ",
     R("artículo 195 de la Carta Magna", 'constitucion', 'pe:const:1993', year='1993', article='195'),
     ", los gobiernos locales promueven el desarrollo y la economía local y la prestación de los servicios públicos de su responsabilidad."],
    ['article', 'constitution', 'abbrev:Carta Magna'])

# 34 Código Civil article
add(["La responsabilidad extracontractual del municipio se analizó a la luz del ",
     R("artículo 1969 del Código Civil", 'codigo', 'pe:codigo:@codigo-civil', article='1969', alias=['pe:dleg:295']),
     ", que obliga a indemnizar a quien causa un daño por dolo o culpa."],
    ['article', 'codigo', 'named'])

# 35 Código Penal article, parentheses
add(["El funcionario que se concierta con los interesados para defraudar al Estado incurre en colusión (",
     R("artículo 384 del Código Penal", 'codigo', 'pe:codigo:@codigo-penal', article='384', alias=['pe:dleg:635']),
     ")."],
    ['article', 'codigo', 'named', 'parens'])

# 36 named: Ley General de Salud
add(["La ",
     R("Ley General de Salud", 'ley', 'pe:ley:@ley-general-de-salud', alias=['pe:ley:26842']),
     " reconoce que la protección de la salud es de interés público y, por tanto, responsabilidad del Estado regularla, vigilarla y promoverla."],
    ['named'])

# 37 named: Ley Universitaria
add(["A partir de la entrada en vigencia de la ",
     R("Ley Universitaria", 'ley', 'pe:ley:@ley-universitaria', alias=['pe:ley:30220']),
     ", las universidades debieron obtener el licenciamiento institucional otorgado por la SUNEDU."],
    ['named', 'thesis'])

# 38 named: Ley del Servicio Civil
add(["El tránsito de las entidades al régimen previsto en la ",
     R("Ley del Servicio Civil", 'ley', 'pe:ley:@ley-del-servicio-civil', alias=['pe:ley:30057']),
     " avanza con lentitud en los gobiernos regionales, según el informe de seguimiento."],
    ['named'])

# 39 list of laws
add(["El marco normativo aplicable está conformado por las ",
     R("Leyes N° 27444", 'ley', 'pe:ley:27444', number='27444'), ", ",
     R("27972", 'ley', 'pe:ley:27972', number='27972'), " y ",
     R("28411", 'ley', 'pe:ley:28411', number='28411'),
     ", así como por sus respectivas normas reglamentarias."],
    ['list', 'plural-head'])

# 40 list of DS
add(["Las medidas sanitarias fueron prorrogadas por los ",
     R("Decretos Supremos N° 001-2019-SA", 'decreto_supremo', 'pe:ds:001-2019-sa', number='001', year='2019', issuer='SA'), " y ",
     R("002-2019-SA", 'decreto_supremo', 'pe:ds:002-2019-sa', number='002', year='2019', issuer='SA'),
     ", en atención al incremento de casos reportados por la DIRESA."],
    ['list', 'plural-head'])

# 41 range of DLeg
t_range = "Decretos Legislativos N° 1436 al 1438"
add(["En el marco de la delegación de facultades se expidieron los ",
     R("Decretos Legislativos N° 1436", 'decreto_legislativo', 'pe:dleg:1436', number='1436'),
     " al ",
     R("1438", 'decreto_legislativo', 'pe:dleg:1438', number='1438'),
     ", que reestructuraron la administración financiera del sector público."],
    ['range', 'plural-head'])
r0 = CIT[-1]
st = r0['sentence'].index(t_range)
r0['refs'].insert(1, dict(text=t_range, start=st, end=st + len(t_range), type='decreto_legislativo', number='1437',
                          year=None, issuer=None, article=None, canonical='pe:dleg:1437', scope='pe', implicit=True))

# 42 Reglamento approved by DS (three mentions)
add(["El ",
     R("Reglamento General de la Ley N° 30057", 'reglamento', 'pe:reglamento:ds-040-2014-pcm'),
     ", aprobado por ",
     R("Decreto Supremo N° 040-2014-PCM", 'decreto_supremo', 'pe:ds:040-2014-pcm', number='040', year='2014', issuer='PCM'),
     ", desarrolla el régimen disciplinario aplicable a todos los servidores civiles."],
    ['approved-by', 'nested'])
r0 = CIT[-1]; s = r0['sentence']; t = "Ley N° 30057"; st = s.index(t)
r0['refs'].insert(1, dict(text=t, start=st, end=st + len(t), type='ley', number='30057', year=None, issuer=None,
                          article=None, canonical='pe:ley:30057', scope='pe', nested=True))

# 43 TUO with article + approving DS abbreviated
add(["Conforme al ",
     R("artículo 86 del Texto Único Ordenado de la Ley N° 27444", 'tuo', 'pe:tuo:ds-004-2019-jus', article='86'),
     ", aprobado por ",
     R("D.S. N° 004-2019-JUS", 'decreto_supremo', 'pe:ds:004-2019-jus', number='004', year='2019', issuer='JUS'),
     ", las autoridades deben actuar dentro del ámbito de su competencia."],
    ['approved-by', 'nested', 'article', 'tuo'])
r0 = CIT[-1]; s = r0['sentence']; t = "Ley N° 27444"; st = s.index(t)
r0['refs'].insert(1, dict(text=t, start=st, end=st + len(t), type='ley', number='27444', year=None, issuer=None,
                          article=None, canonical='pe:ley:27444', scope='pe', nested=True))

# 44 TUO without approving DS
add(["Los impedimentos para ser participante, postor o contratista se encuentran enumerados en el ",
     R("TUO de la Ley N° 30225", 'tuo', 'pe:tuo:ley-30225', alias=['pe:tuo:ds-082-2019-ef']),
     "."],
    ['tuo', 'nested', 'sentence-end'])
r0 = CIT[-1]; s = r0['sentence']; t = "Ley N° 30225"; st = s.index(t)
r0['refs'].append(dict(text=t, start=st, end=st + len(t), type='ley', number='30225', year=None, issuer=None,
                       article=None, canonical='pe:ley:30225', scope='pe', nested=True))

# 45 old DS 2-digit year, TUO
add(["El ",
     R("Texto Único Ordenado de la Ley Orgánica del Poder Judicial", 'tuo', 'pe:tuo:ds-017-1993-jus'),
     ", aprobado por ",
     R("D.S. N° 017-93-JUS", 'decreto_supremo', 'pe:ds:017-1993-jus', number='017', year='1993', issuer='JUS'),
     ", regula la estructura de los órganos jurisdiccionales."],
    ['approved-by', 'old-numbering', 'tuo', 'nested', 'named'])
r0 = CIT[-1]; s_ = r0['sentence']; t = "Ley Orgánica del Poder Judicial"; st = s_.index(t)
r0['refs'].insert(1, dict(text=t, start=st, end=st + len(t), type='ley', number=None, year=None, issuer=None,
                          article=None, canonical='pe:ley:@ley-organica-del-poder-judicial', scope='pe', nested=True))

# 46 Andean decision
add(["El régimen de acceso a los recursos genéticos se rige por la ",
     R("Decisión 391 de la Comunidad Andina", 'resolucion_internacional', 'int:can-decision-391', number='391'),
     ", de aplicación directa en los países miembros."],
    ['international', 'can'])

# 47 Andean decision + Peruvian DLeg
add(["Las variedades vegetales se protegen según la ",
     R("Decisión N° 345 de la Comisión del Acuerdo de Cartagena", 'resolucion_internacional', 'int:can-decision-345', number='345'),
     ", mientras que en propiedad industrial el ",
     R("Decreto Legislativo N° 1075", 'decreto_legislativo', 'pe:dleg:1075', number='1075'),
     " aprueba disposiciones complementarias a la ",
     R("Decisión 486", 'resolucion_internacional', 'int:can-decision-486', number='486'),
     "."],
    ['international', 'can', 'mixed-scope'])

# 48 Convention
add(["El derecho a la accesibilidad de las personas con discapacidad se reconoce en la ",
     R("Convención sobre los Derechos de las Personas con Discapacidad", 'tratado', 'int:convencion-derechos-personas-discapacidad-2006'),
     ", ratificada por el Perú en 2008."],
    ['international', 'treaty'])

# 49 American Convention + Constitution
add(["El control de convencionalidad exige interpretar la ",
     R("Constitución", 'constitucion', 'pe:const:1993', year='1993'),
     " de conformidad con la ",
     R("Convención Americana sobre Derechos Humanos", 'tratado', 'int:convencion-americana-derechos-humanos-1969'),
     " y la jurisprudencia de la Corte Interamericana."],
    ['international', 'treaty', 'mixed-scope', 'constitution'])

# 50 Foreign: Colombia + Chile
add(["En el derecho comparado destacan la ",
     R("Ley 1712 de 2014", 'norma_extranjera', 'co:ley:1712-2014', number='1712', year='2014'),
     " de Colombia y la ",
     R("Ley N° 20.285", 'norma_extranjera', 'cl:ley:20285', number='20.285'),
     " de Chile, ambas sobre transparencia y acceso a la información pública."],
    ['foreign', 'foreign:co', 'foreign:cl'])

# 51 Foreign Spain + Peruvian law
add(["A diferencia de la ",
     R("Ley N° 27806", 'ley', 'pe:ley:27806', number='27806'),
     ", la ",
     R("Ley 19/2013", 'norma_extranjera', 'es:ley:19-2013', number='19/2013', year='2013'),
     " española creó un consejo independiente encargado de resolver las reclamaciones de los ciudadanos."],
    ['foreign', 'foreign:es', 'mixed-scope'])

# 52 typo N ° and double spaces
add(["La entidad  publicó  su  información presupuestal  conforme  a la  Ley N ° 27806  y  su  reglamento."],
    ['typo', 'double-space'])
r0 = CIT[-1]; s = r0['sentence']; t = "Ley N ° 27806"; st = s.index(t)
r0['refs'] = [dict(text=t, start=st, end=st + len(t), type='ley', number='27806', year=None, issuer=None,
                   article=None, canonical='pe:ley:27806', scope='pe')]
r0['negative'] = False
r0['tags'] += numsign_tags(t)

# 53 double space inside a citation
add(["El personal de la municipalidad se encuentra sujeto al ",
     R("Decreto  Legislativo  N°  1057", 'decreto_legislativo', 'pe:dleg:1057', number='1057'),
     ", régimen especial de contratación administrativa de servicios."],
    ['double-space'])

# 54 upper-case running text
add(["QUE, EL ",
     R("ARTÍCULO 194 DE LA CONSTITUCIÓN POLÍTICA DEL PERÚ", 'constitucion', 'pe:const:1993', year='1993', article='194'),
     ", MODIFICADO POR LA ",
     R("LEY N° 30305", 'ley', 'pe:ley:30305', number='30305'),
     ", ESTABLECE QUE LAS MUNICIPALIDADES PROVINCIALES Y DISTRITALES SON LOS ÓRGANOS DE GOBIERNO LOCAL;"],
    ['uppercase', 'article', 'amendment', 'considerando'])

# 55 footnote-like text
add(["12 ",
     R("Decreto Legislativo N° 1088, Ley del Sistema Nacional de Planeamiento Estratégico y del Centro Nacional de Planeamiento Estratégico", 'decreto_legislativo', 'pe:dleg:1088', number='1088'),
     ", publicado en el diario oficial El Peruano el 28 de junio de 2008."],
    ['footnote', 'apposition:number-name'])

# 56 parenthetical apposition
add(["Toda persona tiene derecho a solicitar información a cualquier entidad de la Administración Pública sin expresar la causa de su pedido (",
     R("Ley N° 27806", 'ley', 'pe:ley:27806', number='27806'),
     ")."],
    ['apposition:parens', 'parens', 'sentence-end'])

# 57 gazette summary upper-case header
add([R("DECRETO DE URGENCIA N° 011-2023", 'decreto_urgencia', 'pe:du:011-2023', number='011', year='2023'),
     ".- Decreto de Urgencia que establece medidas extraordinarias en materia económica y financiera para la atención de la emergencia por lluvias intensas"],
    ['gazette', 'uppercase', 'sentence-start'])

# 58 gazette summary RM MINAM
add([R("RESOLUCIÓN MINISTERIAL Nº 0345-2023-MINAM", 'resolucion_ministerial', 'pe:rm:345-2023-minam', number='0345', year='2023', issuer='MINAM'),
     ".- Disponen la prepublicación del proyecto de lineamientos para la gestión de residuos de aparatos eléctricos y electrónicos"],
    ['gazette', 'uppercase', 'zero-padding', 'sentence-start'])

# 59 table of legal bases with line breaks
add(["BASE LEGAL\n- ",
     R("Ley N°\n27972, Ley Orgánica de\nMunicipalidades", 'ley', 'pe:ley:27972', number='27972'),
     ".\n- ",
     R("Decreto Legislativo\nN° 1252", 'decreto_legislativo', 'pe:dleg:1252', number='1252'),
     ".\n- ",
     R("Decreto Supremo N° 284-\n2018-EF", 'decreto_supremo', 'pe:ds:284-2018-ef', number='284', year='2018', issuer='EF'),
     "."],
    ['table', 'linebreak', 'apposition:number-name'])

# 60 RVM
add(["Las orientaciones para el desarrollo del año escolar fueron establecidas en la ",
     R("Resolución Viceministerial N° 094-2020-MINEDU", 'resolucion_viceministerial', 'pe:rvm:094-2020-minedu', number='094', year='2020', issuer='MINEDU'),
     ", que regula la evaluación de las competencias de los estudiantes."],
    [])

# 61 RPE SERVIR
add(["La gestión del rendimiento en la entidad se implementa de acuerdo con la ",
     R("Resolución de Presidencia Ejecutiva N° 000101-2022-SERVIR/PE", 'resolucion_presidencia_ejecutiva', 'pe:rpe:101-2022-servir-pe', number='000101', year='2022', issuer='SERVIR/PE'),
     " y las guías metodológicas de SERVIR."],
    ['zero-padding'])

# 62 RPCD CEPLAN, PESEM register
add(["La Guía para el Planeamiento Institucional, modificada con ",
     R("Resolución de Presidencia de Consejo Directivo N° 00016-2021/CEPLAN/PCD", 'resolucion_presidencia_consejo_directivo', 'pe:rpcd:016-2021-ceplan-pcd', number='00016', year='2021', issuer='CEPLAN/PCD'),
     ", orienta la elaboración del PEI y del POI en las entidades del sector."],
    ['pesem', 'zero-padding', 'approved-nonnorm'])

# 63 Decreto Ley with apposition
add(["El ",
     R("Decreto Ley N° 25844, Ley de Concesiones Eléctricas", 'decreto_ley', 'pe:dl:25844', number='25844'),
     ", divide las actividades del sector eléctrico en generación, transmisión y distribución."],
    ['apposition:number-name'])

# 64 D.L. ambiguous, 5 digits -> Decreto Ley
add(["Los territorios de las comunidades nativas de la selva fueron reconocidos por el ",
     R("D.L. N° 22175", 'decreto_ley', 'pe:dl:22175', number='22175'),
     ", Ley de Comunidades Nativas y de Desarrollo Agrario de la Selva y de Ceja de Selva."],
    ['dl-ambiguous'])

# 65 Decreto de Alcaldía
add(["El horario de atención de los establecimientos comerciales durante las festividades fue fijado por ",
     R("Decreto de Alcaldía N° 006-2021-MDJM", 'decreto_alcaldia', 'pe:da:006-2021-mdjm', number='006', year='2021', issuer='MDJM'),
     "."],
    ['municipal', 'sentence-end'])

# 66 Decreto Regional
add(["Con ",
     R("Decreto Regional N° 003-2022-GRSM/GR", 'decreto_regional', 'pe:dr:003-2022-grsm-gr', number='003', year='2022', issuer='GRSM/GR'),
     " se aprobaron los lineamientos regionales para la gestión de bosques locales."],
    ['regional'])

# 67 author-year
add(["La educación es un derecho fundamental de la persona y de la sociedad (",
     R("Ley Nº 28044, 2003, art. 3", 'ley', 'pe:ley:28044', number='28044', year='2003', article='3'),
     ")."],
    ['author-year', 'thesis', 'article'])

# 68 amendment: article of DLeg modified by Ley
add(["El ",
     R("artículo 8 del Decreto Legislativo N° 1057", 'decreto_legislativo', 'pe:dleg:1057', number='1057', article='8'),
     ", modificado por la ",
     R("Ley N° 29849", 'ley', 'pe:ley:29849', number='29849'),
     ", establece que el acceso al régimen se realiza obligatoriamente mediante concurso público."],
    ['amendment', 'article'])

# 69 dated RM without year in number
add(["La ",
     R("Resolución Ministerial N° 0547-RE, de 20 de mayo de 2013", 'resolucion_ministerial', 'pe:rm:547-2013-re', number='0547', year='2013', issuer='RE'),
     ", aprobó la relación de funcionarios acreditados ante el organismo regional."],
    ['dated', 'zero-padding'])

# 70 glued D.S.N°
add(["El Plan de Implementación de la política se formuló en el marco del ",
     R("D.S.N°004-2013-PCM", 'decreto_supremo', 'pe:ds:004-2013-pcm', number='004', year='2013', issuer='PCM'),
     ", que aprueba la Política Nacional de Modernización de la Gestión Pública."],
    ['glued', 'abbrev:D.S.N°', 'approved-nonnorm'])

# 71 hyphenation inside type word
add(["La prestación de los servicios de saneamiento en el ámbito rural se rige por el ",
     R("Decreto Legisla-\ntivo N° 1280", 'decreto_legislativo', 'pe:dleg:1280', number='1280'),
     ", Ley Marco de la Gestión y Prestación de los Servicios de Saneamiento."],
    ['hyphenation', 'linebreak'])

# 72 Ley title with nested laws
add(["La ",
     R("Ley N° 31433", 'ley', 'pe:ley:31433', number='31433'),
     " modificó la ",
     R("Ley 27972", 'ley', 'pe:ley:27972', number='27972'),
     " y la ",
     R("Ley 27867", 'ley', 'pe:ley:27867', number='27867'),
     " en lo relativo a las atribuciones de fiscalización de regidores y consejeros regionales."],
    ['amendment'])

# 73 UN resolution
add(["Los Objetivos de Desarrollo Sostenible fueron adoptados por la Asamblea General mediante la ",
     R("resolución A/RES/70/1", 'resolucion_internacional', 'int:onu-ag-res-70-1', number='70/1', year='2015'),
     ", de 25 de setiembre de 2015."],
    ['international', 'un-resolution'])

# 74 TLC by partner
add(["Las exportaciones de productos agrícolas no tradicionales crecieron tras la entrada en vigor del ",
     R("Tratado de Libre Comercio entre el Perú y Australia", 'tratado', 'int:tlc:peru-australia'),
     " en febrero de 2020."],
    ['international', 'treaty', 'tlc'])

# 75 Ley N° at start and Ley with article and numeral at end, Nro.
add([R("Ley Nro. 30364, en su artículo 8", 'ley', 'pe:ley:30364', number='30364', article='8'),
     ", define las formas de violencia contra las mujeres y los integrantes del grupo familiar, y el ",
     R("numeral 2 del artículo 45 de la Ley Nº 29944", 'ley', 'pe:ley:29944', number='29944', article='45', inciso='2'),
     " se refiere a la carrera del profesorado."],
    ['sentence-start', 'article', 'subunit'])

# ---------------------------------------------------------------- negatives
NEG = [
    ("El Proyecto de Ley N° 2345/2021-CR, que propone modificar el régimen de elección de los regidores, fue enviado al archivo por la Comisión de Descentralización.", ['neg:bill']),
    ("Mediante Informe N° 045-2022-MINSA/DGIESP se remitió a la Alta Dirección el diagnóstico de brechas de recursos humanos en el primer nivel de atención.", ['neg:admin-doc']),
    ("Con Oficio Múltiple N° 00034-2023-MINEDU/VMGI-DIGC se solicitó a las Direcciones Regionales de Educación actualizar el registro de instituciones educativas.", ['neg:admin-doc']),
    ("El Memorando N° 1120-2021-GRL/GRPPAT fue derivado a la Oficina de Asesoría Jurídica para que emita opinión en el plazo de cinco días hábiles.", ['neg:admin-doc']),
    ("La Licitación Pública N° 004-2022-MPC/CS, convocada para la construcción del mercado central, fue declarada desierta por falta de postores.", ['neg:procurement']),
    ("En la sentencia recaída en el Expediente N° 00014-2019-PI/TC, el Tribunal Constitucional declaró infundada la demanda interpuesta por el colegio profesional.", ['neg:jurisprudence:tc']),
    ("La Casación N° 3450-2018-Lima precisó los alcances del plazo de prescripción en los procesos de responsabilidad civil contra funcionarios.", ['neg:jurisprudence']),
    ("La ley de la oferta y la demanda explica en buena parte el alza de los precios de los alimentos entre 2019 y 2021.", ['neg:common-noun-ley', 'neg:years']),
    ("Cualquier cambio sustantivo de este régimen requerirá una ley que se apruebe con el voto favorable de la mitad más uno del número legal de congresistas.", ['neg:hypothetical']),
    ("Según el Cuadro N° 12, el 45 % de las municipalidades rurales no cuenta con un PEI 2020-2023 aprobado ni con un POI articulado.", ['neg:table-figure', 'neg:management-doc', 'neg:years']),
    ("El proyecto de mejoramiento del servicio de agua potable está registrado con el Código Único de Inversiones N° 2456789 en el Banco de Inversiones.", ['neg:code']),
    ("Entre 2011 y 2016 el Poder Ejecutivo emitió 312 normas con rango de ley, cifra muy superior a la del quinquenio anterior.", ['neg:years', 'neg:common-noun-ley']),
    ("La Resolución del Tribunal Fiscal N° 04567-3-2020 declaró fundada la apelación interpuesta por la empresa contribuyente contra la orden de pago.", ['neg:jurisprudence:tf']),
    ("El Plan Estratégico Sectorial Multianual (PESEM) 2022-2030 del Sector Salud contempla seis objetivos estratégicos y diecinueve acciones estratégicas.", ['neg:management-doc', 'neg:years']),
]
for text, tags in NEG:
    add([text], tags)

# ---------------------------------------------------------------- short forms


class F:
    def __init__(self, text, canonical):
        self.text, self.canonical = text, canonical


class S:
    def __init__(self, text, antecedent, article=None):
        self.text, self.antecedent, self.article = text, antecedent, article


SF = []


def sf(parts, tags, nested=()):
    """nested: list of (text, canonical, occurrence-in-passage) full refs located inside others."""
    p, full, short = '', [], []
    for x in parts:
        if isinstance(x, str):
            p += x
        elif isinstance(x, F):
            st = len(p); p += x.text
            full.append({'text': x.text, 'start': st, 'end': len(p), 'canonical': x.canonical})
        else:
            st = len(p); p += x.text
            short.append({'text': x.text, 'start': st, 'end': len(p), 'antecedent': x.antecedent,
                          'article': x.article})
    for text, canon in nested:
        st = p.index(text)
        full.append({'text': text, 'start': st, 'end': st + len(text), 'canonical': canon})
    full.sort(key=lambda r: (r['start'], r['end']))
    SF.append({'id': f'sf11-{len(SF) + 1:03d}', 'passage': p, 'full_refs': full, 'short_refs': short,
               'tags': tags})


sf(["La ", F("Ley N° 30364, Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar", 'pe:ley:30364'),
    ", reconoce la violencia económica o patrimonial como una forma autónoma de violencia. ",
    S("La citada Ley", 'pe:ley:30364'),
    " crea además el Sistema Nacional para la Prevención, Sanción y Erradicación de la Violencia, cuya articulación en el ámbito provincial sigue siendo débil."],
   ['citada'])

sf(["El ", F("Decreto Legislativo N° 1440", 'pe:dleg:1440'),
    " reemplazó el marco general del presupuesto público. Años después, la ",
    F("Ley N° 31365", 'pe:ley:31365'),
    " aprobó el presupuesto del año fiscal 2022 con importantes transferencias a los gobiernos locales. Sin embargo, ",
    S("el referido decreto legislativo", 'pe:dleg:1440'),
    " sigue definiendo las fases del proceso presupuestario."],
   ['referido', 'type-mismatch'])

sf(["Las reglas de notificación se hallan en el ", F("Decreto Supremo N° 004-2019-JUS", 'pe:ds:004-2019-jus'),
    ". Posteriormente, la ", F("Ley N° 31603", 'pe:ley:31603'),
    " incorporó nuevas obligaciones de las entidades en materia de plazos. ",
    S("Dicho decreto", 'pe:ds:004-2019-jus'),
    " no fue modificado en lo relativo a la notificación electrónica."],
   ['dicho', 'type-mismatch'])

sf(["La ", F("Ordenanza Municipal N° 015-2020-MDC", 'pe:om:015-2020-mdc'),
    " regula el comercio en los espacios públicos del distrito; ",
    S("la misma", 'pe:om:015-2020-mdc'),
    " establece zonas rígidas en las que no se otorgan autorizaciones temporales."],
   ['misma', 'pronoun'])

sf(["El presente estudio analiza la ", F("Ley N° 27972, Ley Orgánica de Municipalidades", 'pe:ley:27972'),
    # Corrected by the detector's author (not the blind writer): the alias definition is
    # itself a short form of its mention (docs §10.3, "What counts": "a defined alias (`…
    # (en adelante, la Ley)`)"; the shared set labels it so).
    " (en adelante, ", S("la Ley", 'pe:ley:27972'), "). Aunque la ", F("Ley N° 27867", 'pe:ley:27867'),
    " regula a los gobiernos regionales, ", S("la Ley", 'pe:ley:27972'),
    " otorga a los concejos municipales la facultad de aprobar el plan de desarrollo local concertado."],
   ['alias', 'en-adelante', 'alias-beats-nearer'])

sf(["El ", F("artículo 1 de la Ley N° 29783", 'pe:ley:29783'),
    " dispone que «", S("la presente Ley", 'pe:ley:29783'),
    " tiene como objetivo promover una cultura de prevención de riesgos laborales en el país». Esta finalidad orienta la interpretación de todas sus disposiciones."],
   ['self', 'quoted-article'])

sf(["El Proyecto de Ley N° 1520/2021-CR",
    " propone, en su artículo 2, que «", S("la presente Ley", None),
    " se aplica a todas las entidades de la administración pública». La iniciativa aún no ha sido dictaminada."],
   ['self', 'bill', 'no-antecedent'])

sf(["La ", F("Ley N° 29944, Ley de Reforma Magisterial", 'pe:ley:29944'),
    ", regula las relaciones entre el Estado y los profesores de la educación básica. ",
    S("El citado Reglamento", None),
    " precisa, a su vez, los requisitos para el ascenso en la carrera pública magisterial."],
   ['no-antecedent', 'implied-only', 'citada'])

sf(["Los gobiernos regionales vienen implementando sus planes de gestión de riesgo con escaso presupuesto. Conforme a ",
    S("la referida norma", None),
    ", deben además coordinar con el INDECI la elaboración de sus mapas de peligros."],
   ['no-antecedent', 'referida'])

sf(["La ", F("Ley N° 28044, Ley General de Educación", 'pe:ley:28044'),
    ", define la educación como un proceso de aprendizaje que se desarrolla a lo largo de toda la vida. Por su parte, ",
    S("el artículo 13 de la citada ley", 'pe:ley:28044', '13'),
    " enumera los factores que intervienen en la calidad educativa. ",
    S("Dicha norma", 'pe:ley:28044'),
    " fue reglamentada en el año 2012."],
   ['article', 'citada', 'dicha-norma'])

sf(["Con ", F("Resolución Ministerial N° 195-2020-MINSA", 'pe:rm:195-2020-minsa'),
    " se aprobó la directiva sanitaria para la vigilancia epidemiológica en los establecimientos de salud. ",
    S("El mencionado dispositivo", 'pe:rm:195-2020-minsa'),
    " asigna a las DIRIS la responsabilidad de consolidar la información semanal."],
   ['mencionado', 'dispositivo'])

sf(["Mediante el ", F("Decreto de Urgencia N° 026-2020", 'pe:du:026-2020'),
    " se autorizó el trabajo remoto en el sector público. La ", F("Ley N° 31572", 'pe:ley:31572'),
    " regula hoy el teletrabajo con carácter permanente; no obstante, ",
    S("el referido Decreto", 'pe:du:026-2020'),
    " fue el primer antecedente normativo de esta modalidad."],
   ['referido', 'type-mismatch'])

sf(["El ", F("Reglamento General de la Ley N° 30057", 'pe:reglamento:ds-040-2014-pcm'),
    ", aprobado por ", F("Decreto Supremo N° 040-2014-PCM", 'pe:ds:040-2014-pcm'),
    ", desarrolla el procedimiento administrativo disciplinario. ",
    S("El citado Reglamento", 'pe:reglamento:ds-040-2014-pcm'),
    " distingue entre autoridades instructoras y sancionadoras, y ",
    S("dicho decreto supremo", 'pe:ds:040-2014-pcm'),
    " dispuso su vigencia progresiva. Con todo, ",
    S("el artículo 85 de la citada Ley", 'pe:ley:30057', '85'),
    " es el que tipifica las faltas de carácter disciplinario."],
   ['approved-by', 'instrument-vs-approver', 'nested-antecedent', 'article'],
   nested=[("Ley N° 30057", 'pe:ley:30057')])

sf(["La ", F("Ley N° 27867", 'pe:ley:27867'), " y la ", F("Ley N° 27972", 'pe:ley:27972'),
    " fueron modificadas en varias oportunidades. ",
    S("Esta última", 'pe:ley:27972'),
    " fue objeto de la reforma más reciente sobre las funciones de los regidores."],
   ['ultima', 'ordinal'])

sf(["El ", F("artículo 2 de la Constitución Política del Perú", 'pe:const:1993'),
    " enumera los derechos fundamentales de la persona. ",
    S("La mencionada Carta Magna", 'pe:const:1993'),
    " reconoce también, en su artículo 3, derechos de naturaleza análoga no enumerados."],
   ['carta-magna', 'mencionada'])

sf(["El ", F("Convenio 169 de la OIT", 'int:oit-convenio-169-1989'),
    " exige consultar a los pueblos indígenas las medidas que los afecten directamente. En el Perú, la ",
    F("Ley N° 29785", 'pe:ley:29785'),
    " desarrolla el derecho a la consulta previa, aunque ",
    S("dicho convenio", 'int:oit-convenio-169-1989'),
    " es de aplicación directa desde 1995."],
   ['international', 'dicho', 'type-mismatch'])

sf(["Conforme a ley, toda entidad debe publicar su información presupuestal. La ",
    F("Ley N° 27806", 'pe:ley:27806'),
    " establece el procedimiento de acceso. Como suele decirse, la ley debe ser clara, y ",
    S("la citada Ley", 'pe:ley:27806'),
    " lo es en cuanto al plazo de diez días hábiles."],
   ['generic-distractors', 'citada'])

sf(["La ", F("Resolución Directoral N° 0031-2021-EF/50.01", 'pe:rd:031-2021-ef-50-01'),
    " aprobó los lineamientos de programación. Ese mismo año se aprobó una estrategia de seguimiento del gasto, la misma que no fue implementada. ",
    S("Dicha resolución", 'pe:rd:031-2021-ef-50-01'),
    " fijó además el calendario de la fase de formulación."],
   ['misma-not-norm', 'dicha'])

sf(["La ", F("Ordenanza Regional N° 010-2019-GRA/CR", 'pe:or:010-2019-gra-cr'),
    " declaró prioritaria la reducción de la anemia infantil en la región. Para su financiamiento, el ",
    F("Decreto Supremo N° 068-2019-EF", 'pe:ds:068-2019-ef'),
    " autorizó una transferencia de partidas. ",
    S("La acotada Ordenanza", 'pe:or:010-2019-gra-cr'),
    " encarga a la Gerencia de Desarrollo Social su seguimiento."],
   ['acotada', 'type-mismatch'])

sf(["La ", F("Ley N° 20.285 de Chile", 'cl:ley:20285'),
    " creó el Consejo para la Transparencia. En el Perú, la ", F("Ley N° 27806", 'pe:ley:27806'),
    " no previó un órgano similar, a diferencia de ",
    S("la citada ley chilena", 'cl:ley:20285'), "."],
   ['foreign', 'modifier-narrows'])

sf(["Las reglas de contratación se encuentran en el ",
    F("Texto Único Ordenado de la Ley N° 30225", 'pe:tuo:ds-082-2019-ef'),
    ", aprobado por ", F("Decreto Supremo N° 082-2019-EF", 'pe:ds:082-2019-ef'),
    ". Según ", S("el artículo 8 del mencionado TUO", 'pe:tuo:ds-082-2019-ef', '8'),
    ", el titular de la entidad puede delegar sus facultades, salvo las expresamente excluidas."],
   ['tuo', 'article', 'approved-by'],
   nested=[("Ley N° 30225", 'pe:ley:30225')])

sf(["La ", F("Ley N° 27444", 'pe:ley:27444'),
    " regula el procedimiento administrativo general. En la Resolución del Tribunal Fiscal N° 01234-5-2019 se discutió la validez de una notificación; la citada resolución declaró nula la cobranza. Finalmente, ",
    S("la citada Ley", 'pe:ley:27444'),
    " se aplica supletoriamente al procedimiento tributario."],
   ['decision-distractor', 'citada'])

sf(["La ", F("Directiva N° 002-2021-EF/63.01", 'pe:directiva:002-2021-ef-63-01'),
    " regula el seguimiento de las inversiones. ",
    S("La referida Directiva", 'pe:directiva:002-2021-ef-63-01'),
    " obliga a registrar el avance físico mensual en el sistema."],
   ['directiva', 'referida'])

sf(["El ", F("Decreto Legislativo N° 1057", 'pe:dleg:1057'),
    " regula el régimen CAS. Conforme a ",
    S("la referida Ley", None),
    ", los trabajadores tienen derecho a vacaciones remuneradas de treinta días."],
   ['no-antecedent', 'type-mismatch', 'ley-not-dleg'])


sf(["La ", F("Ley N° 27444, Ley del Procedimiento Administrativo General", 'pe:ley:27444'),
    " (en adelante, LPAG), es de aplicación a todas las entidades. La ", F("Ley N° 29158", 'pe:ley:29158'),
    " organiza el Poder Ejecutivo, pero los principios del procedimiento se encuentran en ",
    S("el artículo IV del Título Preliminar de la LPAG", 'pe:ley:27444', 'IV del Título Preliminar'),
    ", entre ellos el de legalidad y el de debido procedimiento."],
   ['alias', 'en-adelante', 'acronym', 'article'])


def write():
    with open(os.path.join(HERE, 'citations-dev.jsonl'), 'w', encoding='utf-8') as fh:
        for c in CIT:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'shortforms-dev.jsonl'), 'w', encoding='utf-8') as fh:
        for p in SF:
            fh.write(json.dumps(p, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------- validation
NUMBERED = {'ds', 'du', 'rm', 'rs', 'rsg', 'rvm', 'rd', 'rj', 'rpcd', 'rcd', 'rsgd', 'rpe', 'res',
            'directiva', 'or', 'om', 'acr', 'nt', 'dr', 'da', 'acm'}
CODE_OF_TYPE = {'ley': 'ley', 'decreto_legislativo': 'dleg', 'decreto_ley': 'dl', 'decreto_urgencia': 'du',
                'decreto_supremo': 'ds', 'resolucion_suprema': 'rs', 'resolucion_ministerial': 'rm',
                'resolucion_viceministerial': 'rvm', 'resolucion_directoral': 'rd', 'resolucion_jefatural': 'rj',
                'resolucion_presidencia_ejecutiva': 'rpe', 'resolucion_presidencia_consejo_directivo': 'rpcd',
                'resolucion_consejo_directivo': 'rcd', 'resolucion': 'res', 'ordenanza_regional': 'or',
                'acuerdo_consejo_regional': 'acr', 'decreto_regional': 'dr', 'ordenanza_municipal': 'om',
                'decreto_alcaldia': 'da', 'directiva': 'directiva', 'reglamento': 'reglamento', 'tuo': 'tuo',
                'codigo': 'codigo', 'constitucion': 'const', 'resolucion_legislativa': 'rleg',
                'acuerdo_concejo_municipal': 'acm'}


def check_pe(cid):
    m = re.fullmatch(r'pe:([a-z]+):(.+)', cid)
    assert m, cid
    code, key = m.groups()
    if code in ('ley', 'dleg', 'dl', 'rleg'):
        assert re.fullmatch(r'[1-9]\d*', key) or re.fullmatch(r'@[a-z0-9-]+', key), cid
    elif code in NUMBERED:
        assert re.fullmatch(r'(?:[1-9]\d{2,}|0[1-9]\d|00[1-9])-\d{4}(?:-[a-z0-9-]+)?', key), cid
    elif code == 'const':
        assert re.fullmatch(r'\d{4}', key), cid
    elif code in ('reglamento', 'tuo'):
        assert re.fullmatch(r'(ds|ley|dleg)-[0-9a-z-]+|@[a-z0-9-]+', key), cid
    elif code == 'codigo':
        assert re.fullmatch(r'@[a-z0-9-]+', key), cid
    else:
        raise AssertionError(cid)


def validate():
    ids = set()
    for line in open(os.path.join(HERE, 'citations-dev.jsonl'), encoding='utf-8'):
        c = json.loads(line)
        assert c['id'] not in ids and c['id'] >= 11000
        ids.add(c['id'])
        assert c['negative'] == (not c['refs'])
        for r in c['refs']:
            assert c['sentence'][r['start']:r['end']] == r['text'], (c['id'], r)
            assert r['scope'] == scope_of(r['canonical'])
            if r['scope'] == 'pe':
                check_pe(r['canonical'])
                assert CODE_OF_TYPE[r['type']] == r['canonical'].split(':')[1], (c['id'], r)
                for a in r.get('alias', []):
                    check_pe(a)
            if r['year']:
                assert re.fullmatch(r'\d{4}', r['year'])
    assert len({json.loads(l)['sentence'] for l in open(os.path.join(HERE, 'citations-dev.jsonl'))}) == len(ids)
    pids = set()
    for line in open(os.path.join(HERE, 'shortforms-dev.jsonl'), encoding='utf-8'):
        p = json.loads(line)
        assert p['id'] not in pids
        pids.add(p['id'])
        for r in p['full_refs'] + p['short_refs']:
            assert p['passage'][r['start']:r['end']] == r['text'], (p['id'], r)
        for r in p['full_refs']:
            if r['canonical'].startswith('pe:'):
                check_pe(r['canonical'])
        full_ids = {r['canonical'] for r in p['full_refs']}
        for r in p['short_refs']:
            assert r['antecedent'] is None or r['antecedent'] in full_ids, (p['id'], r)
    return len(ids), len(pids)


if __name__ == '__main__':
    write()
    print(validate())
