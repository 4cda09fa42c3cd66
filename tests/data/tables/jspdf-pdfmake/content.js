'use strict';
// Invented material for the blind JavaScript table set (jsPDF + jspdf-autotable, pdfmake).
// Every figure, name, CUI code and norm number is fictitious.

const NBSP = '\u00a0';

function rng(seed) {
  // mulberry32: small, seeded, reproducible
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const shuffle = (xs) => {
    const ys = xs.slice();
    for (let i = ys.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [ys[i], ys[j]] = [ys[j], ys[i]];
    }
    return ys;
  };
  const sample = (xs, k) => shuffle(xs).slice(0, k);
  return { next, int, pick, shuffle, sample };
}

const SENTENCES = [
  'El gasto en mantenimiento de la infraestructura hospitalaria creció respecto del año {y}.',
  'La unidad formuladora registró {n} ideas de inversión en el banco de proyectos.',
  'El consejo regional aprobó la reprogramación de metas en su sesión de {m}.',
  'La anemia en niñas y niños de seis a treinta y cinco meses descendió {p} en el periodo.',
  'Varios procedimientos de contratación quedaron suspendidos por observaciones a las bases.',
  'La gerencia de desarrollo social atendió a {n} familias en situación de pobreza extrema.',
  'Los recursos determinados financiaron la mayor parte de las obras de saneamiento.',
  'Las heladas del mes de {m} afectaron los cultivos de papa en las zonas altas.',
  'La actualización del inventario vial permitió priorizar los tramos más deteriorados.',
  'El personal de salud recibió {n} horas de capacitación en atención primaria.',
  'La conectividad a internet de las instituciones educativas rurales sigue siendo limitada.',
  'El avance físico de las obras fue verificado por los supervisores de campo.',
  'La recaudación del impuesto predial superó lo previsto para el año {y}.',
  'El archivo regional transfirió {n} expedientes al repositorio digital.',
  'Los acuerdos de gestión con las redes de salud incluyeron metas de cobertura.',
  'La tasa de deserción escolar en secundaria se redujo {p} frente al año previo.',
  'Las compras corporativas permitieron obtener mejores precios en medicamentos.',
  'El plan de desarrollo concertado se alineó con las políticas nacionales vigentes.',
  'La ejecución presupuestal del primer trimestre fue menor a la esperada.',
  'Los comités de vigilancia ciudadana presentaron {n} observaciones a las obras.',
  'Se habilitaron nuevos puntos de atención para el registro de productores.',
  'El sistema de trámite documentario se integró con la plataforma nacional.',
  'La oficina de recursos humanos concluyó el proceso de evaluación de desempeño.',
  'Las brigadas de respuesta atendieron {n} emergencias durante la temporada de lluvias.',
  'La cobertura de agua clorada en los centros poblados alcanzó {p} de las viviendas.',
  'El presupuesto de apertura se incrementó mediante créditos suplementarios.',
  'La evaluación anual identificó retrasos en la liquidación de obras concluidas.',
  'El fondo de estímulo al desempeño premió a las municipalidades con mejores resultados.',
  'La producción de leche fresca en la cuenca ganadera creció de manera sostenida.',
  'Las rondas campesinas colaboraron en la vigilancia de los caminos rurales.',
  'Se suscribieron {n} convenios con universidades para prácticas preprofesionales.',
  'El padrón nominal de niños se actualizó con información de los establecimientos de salud.',
  'La gerencia de infraestructura reportó {n} obras paralizadas por falta de expediente.',
  'La demanda de servicios de salud materna se concentró en los hospitales de referencia.',
  'El plan anual de contrataciones fue modificado en el mes de {m}.',
  'La participación de mujeres en los cargos directivos aumentó ligeramente.',
  'El índice de cumplimiento de transparencia alcanzó {p} al cierre del año.',
  'Las mesas de concertación propusieron prioridades para el siguiente ejercicio.',
  'El seguimiento de las recomendaciones de control se registró en el aplicativo respectivo.',
  'La población atendida por los programas alimentarios se mantuvo sin variaciones.',
  'Se reportaron demoras en la entrega de uniformes y material educativo.',
  'La inversión en riego menor benefició a {n} hectáreas de cultivos andinos.',
  'Los proyectos con financiamiento de endeudamiento mostraron un avance moderado.',
  'La red de laboratorios amplió su capacidad de procesamiento de muestras.',
  'El gasto de capital representó {p} del presupuesto ejecutado.',
  'Los informes de gestión se remitieron al órgano rector dentro del plazo.',
  'Se elaboró un protocolo para la atención de denuncias por violencia familiar.',
  'La reforestación con especies nativas cubrió {n} hectáreas en las microcuencas.',
  'El número de estudiantes con acceso a tabletas aumentó en las zonas de frontera.',
  'La entidad aplicó medidas de austeridad en bienes y servicios.',
  'Los establecimientos de salud de primer nivel recibieron equipamiento básico.',
  'La oficina de asesoría jurídica emitió {n} opiniones legales en el año.',
  'La elaboración de expedientes técnicos se tercerizó en la mayoría de los casos.',
  'El comité de gestión de riesgos se reunió de manera extraordinaria en {m}.',
  'Las transferencias financieras a los gobiernos locales se publicaron en el diario oficial.',
  'La cobertura del seguro integral de salud alcanzó {p} de la población objetivo.',
  'Se recomienda consolidar la programación multianual con enfoque territorial.',
  'El presente documento tiene fines de prueba y sus cifras son inventadas.',
  'La brecha de docentes de educación intercultural bilingüe persiste en la selva.',
  'La morosidad en el pago de arbitrios municipales se redujo en el segundo semestre.',
  'La capacitación en gestión de inversiones llegó a {n} funcionarios locales.',
  'El mantenimiento rutinario de caminos vecinales generó empleo temporal en las comunidades.',
  'Los reportes de ejecución se contrastaron con los registros del sistema financiero.',
  'La implementación del control interno avanzó en sus tres ejes.',
  'Los saldos no ejecutados revirtieron al tesoro público al cierre del ejercicio.',
];

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'setiembre', 'octubre', 'noviembre', 'diciembre'];
const REGIONS = ['Amazonas', 'Áncash', 'Apurímac', 'Arequipa', 'Ayacucho', 'Cajamarca', 'Cusco',
  'Huancavelica', 'Huánuco', 'Ica', 'Junín', 'La Libertad', 'Lambayeque', 'Loreto',
  'Madre de Dios', 'Moquegua', 'Pasco', 'Piura', 'Puno', 'San Martín', 'Tacna', 'Tumbes', 'Ucayali'];
const CITIES = ['Huamanga', 'Abancay', 'Huaraz', 'Cajamarca', 'Chachapoyas', 'Tarapoto', 'Juliaca',
  'Moyobamba', 'Puerto Maldonado', 'Cerro de Pasco', 'Tingo María', 'Jaén', 'Sullana', 'Ilo'];
const PLACES = ['Acobamba', 'Lircay', 'Huanta', 'Chincheros', 'Yunguyo', 'Azángaro', 'Lauricocha',
  'Oxapampa', 'Satipo', 'Bagua', 'Celendín', 'Cutervo', 'Huari', 'Recuay', 'Espinar', 'Calca',
  'Urubamba', 'Caravelí', 'Candarave', 'Contumazá', 'Pallasca', 'Sihuas', 'Aija', 'Vilcashuamán'];
const ORGS = ['Gobierno Regional de {r}', 'Municipalidad Provincial de {c}',
  'Dirección Regional de Salud {r}', 'Dirección Regional de Educación {r}',
  'Dirección Regional de Transportes de {r}', 'Gerencia Regional de Desarrollo Social de {r}'];
const FIRST = ['Rosa', 'Juan', 'Elena', 'Víctor', 'Marleni', 'Percy', 'Yesenia', 'Wilber', 'Nélida',
  'Edgar', 'Luz', 'Fredy', 'Maribel', 'Hugo', 'Gladys', 'Ronald'];
const LAST = ['Quispe', 'Huamán', 'Mamani', 'Condori', 'Ccahuana', 'Flores', 'Paucar', 'Yupanqui',
  'Chávez', 'Rojas', 'Huillca', 'Torres', 'Cárdenas', 'Villanueva', 'Puma', 'Salas'];

function fmtInt(n, style) {
  const s = String(Math.round(n));
  if (style === 'plain') return s;
  const sep = style === 'dot' ? '.' : NBSP;
  if (s.length <= 3) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function fmtPct(x, style) {
  const s = x.toFixed(1).replace('.', ',');
  return style === 'tight' ? s + '%' : s + NBSP + '%';
}

function sentence(R, tpl, ns) {
  return tpl.replace('{y}', String(R.int(2018, 2023)))
    .replace('{n}', String(R.int(12, 480)))
    .replace('{m}', R.pick(MONTHS))
    .replace('{p}', fmtPct(R.int(30, 880) / 10, ns.pct));
}

// A paragraph source that never repeats a template inside one document.
function prose(R, ns) {
  let pool = R.shuffle(SENTENCES);
  const used = new Set();
  return function para(k) {
    const out = [];
    while (out.length < k) {
      if (!pool.length) throw new Error('sentence pool exhausted');
      const s = sentence(R, pool.pop(), ns);
      if (!used.has(s)) { used.add(s); out.push(s); }
    }
    return out.join(' ');
  };
}

// ----------------------------------------------------------------- tables
// cell: {t, cs, rs, al, b}; head/body rows list only the anchor cells (covered positions omitted)
const C = (t, o = {}) => Object.assign({ t: String(t), cs: 1, rs: 1, al: 'left', b: false }, o);
const N = (t, o = {}) => C(t, Object.assign({ al: 'right' }, o));

function budgetRegion(R, ns, nrows) {
  const regs = R.sample(REGIONS, nrows);
  const head = [
    [C('Región', { rs: 2 }), C('Presupuesto (S/)', { cs: 2, al: 'center' }), C('Ejecución', { cs: 2, al: 'center' })],
    [N('PIA'), N('PIM'), N('Devengado'), N('Avance')],
  ];
  const body = [];
  let tp = 0, tm = 0, td = 0;
  for (const r of regs) {
    const pia = R.int(40, 900) * 100000 + R.int(0, 99999);
    const pim = Math.round(pia * (1 + R.int(2, 40) / 100));
    const dev = Math.round(pim * R.int(450, 980) / 1000);
    tp += pia; tm += pim; td += dev;
    body.push([C(r), N(fmtInt(pia, ns.int)), N(fmtInt(pim, ns.int)), N(fmtInt(dev, ns.int)), N(fmtPct(dev / pim * 100, ns.pct))]);
  }
  body.push([C('Total', { b: true }), N(fmtInt(tp, ns.int), { b: true }), N(fmtInt(tm, ns.int), { b: true }),
    N(fmtInt(td, ns.int), { b: true }), N(fmtPct(td / tm * 100, ns.pct), { b: true })]);
  return { kind: 'budget_region', head, body, features: ['multi-level header', 'merged cells'] };
}

function budgetGenerica(R, ns) {
  const gen = ['2.1 Personal y obligaciones sociales', '2.2 Pensiones y otras prestaciones',
    '2.3 Bienes y servicios', '2.4 Donaciones y transferencias', '2.5 Otros gastos',
    '2.6 Adquisición de activos no financieros', '2.8 Servicio de la deuda'];
  const head = [[C('Genérica de gasto'), N('PIA'), N('PIM'), N('Certificado'), N('Devengado')]];
  const body = gen.map((g, i) => {
    const pia = R.int(5, 400) * 10000 + R.int(0, 9999);
    const pim = pia + R.int(0, 90000);
    const row = [C(g), N(fmtInt(pia, ns.int)), N(fmtInt(pim, ns.int)), N(fmtInt(Math.round(pim * 0.9), ns.int)), N(fmtInt(Math.round(pim * R.int(40, 88) / 100), ns.int))];
    if (i === 1) { row[1] = N('-'); row[3] = N(''); }
    if (i === 6) { row[1] = N('-'); row[2] = N('-'); row[3] = N('-'); row[4] = N('-'); }
    if (i === 4) { row[3] = N(''); }
    return row;
  });
  return { kind: 'budget_generica', head, body, features: ['empty cells'] };
}

function budgetFuente(R, ns) {
  const f = ['Recursos ordinarios', 'Recursos directamente recaudados', 'Recursos por operaciones oficiales de crédito',
    'Donaciones y transferencias', 'Recursos determinados'];
  const head = [[C('Fuente de financiamiento'), N('PIM (S/)'), N('Devengado (S/)'), N('Avance')]];
  const body = f.map((x) => {
    const pim = R.int(2, 900) * 10000 + R.int(0, 9999);
    const dev = Math.round(pim * R.int(300, 990) / 1000);
    return [C(x), N(fmtInt(pim, ns.int)), N(fmtInt(dev, ns.int)), N(fmtPct(dev / pim * 100, ns.pct))];
  });
  return { kind: 'budget_fuente', head, body, features: [] };
}

function budgetUnits(R, ns, nprov = 3, lo = 2, hi = 3) {
  // two-level header; full-width section rows per province
  const head = [
    [C('Unidad ejecutora', { rs: 2 }), C('Gasto corriente', { cs: 2, al: 'center' }), C('Gasto de capital', { cs: 2, al: 'center' })],
    [N('PIM'), N('Devengado'), N('PIM'), N('Devengado')],
  ];
  const body = [];
  const sectionRows = [];
  for (const pr of R.sample(PLACES, nprov)) {
    sectionRows.push(2 + body.length);
    body.push([C('Provincia ' + pr, { cs: 5, b: true })]);
    const sectors = R.sample(['Salud', 'Educación', 'Agricultura', 'Transportes', 'Sede', 'Vivienda', 'Producción'], R.int(lo, hi));
    for (const sector of sectors) {
      const ue = 'UE ' + R.int(300, 899) + ' ' + sector + ' ' + pr;
      const a = R.int(10, 900) * 1000, b = R.int(10, 900) * 1000;
      body.push([C(ue), N(fmtInt(a, ns.int)), N(fmtInt(Math.round(a * R.int(50, 95) / 100), ns.int)), N(fmtInt(b, ns.int)), N(fmtInt(Math.round(b * R.int(20, 90) / 100), ns.int))]);
    }
  }
  return { kind: 'budget_units', head, body, sectionRows, features: ['multi-level header', 'merged cells', 'section rows'] };
}

const OBJ = [
  ['OEI.01 Reducir la anemia infantil en la región', ['Prevalencia de anemia en menores de 36 meses', 'Porcentaje de gestantes con suplemento de hierro']],
  ['OEI.02 Mejorar los aprendizajes en educación básica', ['Porcentaje de estudiantes con logro en comprensión lectora', 'Tasa de conclusión de secundaria']],
  ['OEI.03 Ampliar el acceso a servicios de saneamiento', ['Cobertura de agua por red pública', 'Porcentaje de hogares con alcantarillado']],
  ['OEI.04 Fortalecer la gestión institucional', ['Índice de ejecución de inversiones', 'Porcentaje de trámites atendidos en plazo']],
];
function indicators(R, ns, nobj) {
  const head = [
    [C('Objetivo', { rs: 2 }), C('Indicador', { rs: 2 }), C('Línea base', { cs: 2, al: 'center' }), C('Metas', { cs: 3, al: 'center' })],
    [N('Año'), N('Valor'), N('2025'), N('2026'), N('2027')],
  ];
  const body = [];
  for (const [o, inds] of R.sample(OBJ, nobj)) {
    inds.forEach((ind, i) => {
      let v = R.int(150, 600) / 10;
      const row = [];
      if (i === 0) row.push(C(o, { rs: inds.length }));
      row.push(C(ind), N(String(R.int(2019, 2023))), N(fmtPct(v, ns.pct)));
      for (let k = 0; k < 3; k++) { v += R.int(5, 40) / 10; row.push(N(fmtPct(v, ns.pct))); }
      body.push(row);
    });
  }
  return { kind: 'indicators', head, body, features: ['multi-level header', 'merged cells', 'wrapped cells'] };
}

const MATTERS = [
  'Aprueban el reglamento de organización y funciones de la entidad',
  'Declaran en emergencia la red vial departamental por lluvias intensas',
  'Aprueban la directiva de gestión de bienes muebles patrimoniales',
  'Modifican el presupuesto institucional en el nivel funcional programático',
  'Aprueban el plan anual de contrataciones del ejercicio fiscal',
  'Establecen lineamientos para el teletrabajo de los servidores civiles',
  'Aprueban el texto único de procedimientos administrativos',
  'Crean la instancia regional de concertación contra la violencia',
  'Autorizan la transferencia financiera a favor de municipalidades distritales',
  'Aprueban el cuadro para asignación de personal provisional',
  'Priorizan proyectos de inversión para el año fiscal siguiente',
  'Conforman el comité de control interno de la entidad',
  'Aprueban el procedimiento de atención de quejas y reclamos',
  'Designan a los responsables del portal de transparencia estándar',
  'Aprueban el plan regional de seguridad ciudadana',
  'Reconocen a las organizaciones de productores cafetaleros',
  'Aprueban la política regional de gobierno digital',
  'Declaran de interés regional la conservación de los bofedales',
  'Aprueban el reglamento del consejo de coordinación regional',
  'Establecen el horario de atención al público durante el verano',
  'Aprueban la estrategia regional de lucha contra la anemia',
  'Crean el registro regional de artesanos',
  'Aprueban el plan de acción ambiental regional',
  'Modifican el reglamento interno de servidores civiles',
  'Aprueban la escala de multas por infracciones de transporte',
  'Autorizan viaje en comisión de servicios a la capital',
  'Aprueban el plan de gestión del riesgo de desastres',
  'Declaran en reorganización la dirección regional agraria',
  'Aprueban el programa regional de becas para estudiantes destacados',
  'Conforman la comisión de transferencia de gestión',
];
function norms(R, ns, nrows) {
  const kinds = ['Ordenanza Regional', 'Resolución Ejecutiva Regional', 'Decreto Regional', 'Resolución Gerencial'];
  const head = [[C('N°'), C('Norma'), C('Fecha'), C('Materia')]];
  const body = R.sample(MATTERS, nrows).map((m, i) => {
    const y = R.int(2019, 2024);
    const nm = R.pick(kinds) + ' N° ' + String(R.int(1, 480)).padStart(3, '0') + '-' + y + '-GR';
    const d = String(R.int(1, 28)).padStart(2, '0') + '/' + String(R.int(1, 12)).padStart(2, '0') + '/' + y;
    return [N(String(i + 1)), C(nm), C(d), C(m)];
  });
  return { kind: 'norms', head, body, features: ['wrapped cells'] };
}

function staff(R, ns) {
  const reg = ['D. Leg. 276', 'D. Leg. 728', 'D. Leg. 1057 (CAS)', 'Ley 30057 (Servicio Civil)', 'Locación de servicios'];
  const head = [[C('Régimen laboral'), N('Mujeres'), N('Hombres'), N('Total'), N('Participación')]];
  const rows = reg.map((r) => [r, R.int(3, 420), R.int(3, 420)]);
  const tot = rows.reduce((s, r) => s + r[1] + r[2], 0);
  const body = rows.map(([r, m, h]) => [C(r), N(fmtInt(m, ns.int)), N(fmtInt(h, ns.int)), N(fmtInt(m + h, ns.int)), N(fmtPct((m + h) / tot * 100, ns.pct))]);
  body.push([C('Total', { b: true }), N(fmtInt(rows.reduce((s, r) => s + r[1], 0), ns.int), { b: true }),
    N(fmtInt(rows.reduce((s, r) => s + r[2], 0), ns.int), { b: true }), N(fmtInt(tot, ns.int), { b: true }), N(fmtPct(100, ns.pct), { b: true })]);
  return { kind: 'staff', head, body, features: [] };
}

const WORKS = ['Mejoramiento del servicio de agua potable y saneamiento en la localidad de {p}',
  'Creación del puente vehicular sobre el río {p}', 'Mejoramiento de la carretera vecinal tramo {p} – {q}',
  'Ampliación del servicio educativo en la institución educativa de {p}',
  'Mejoramiento de la capacidad resolutiva del centro de salud de {p}',
  'Instalación del sistema de riego tecnificado en el sector {p}',
  'Recuperación de los servicios ecosistémicos en la microcuenca {p}',
  'Creación del servicio de protección frente a inundaciones en {p}',
  'Mejoramiento de la infraestructura deportiva del distrito de {p}',
  'Ampliación del servicio de electrificación rural en {p}'];
function projects(R, ns, nrows, opts = {}) {
  const head = [[C('N°'), C('CUI'), C('Nombre de la inversión'), N('Costo (S/)'), N('Avance físico')]];
  const body = [];
  const seen = new Set();
  while (body.length < nrows) {
    const p = R.pick(PLACES), q = R.pick(PLACES);
    if (p === q) continue;
    let name = R.pick(WORKS).replace('{p}', p).replace('{q}', q);
    if (opts.noDash) name = name.replace(' – ', ' - ');
    if (seen.has(name)) continue;
    seen.add(name);
    const cui = String(R.int(2200000, 2599999));
    const adv = R.next() < 0.12 ? '-' : fmtPct(R.int(0, 1000) / 10, ns.pct);
    body.push([N(String(body.length + 1)), C(cui), C(name), N(fmtInt(R.int(300, 90000) * 1000 + R.int(0, 999), ns.int)), N(adv)]);
  }
  return { kind: 'projects', head, body, features: ['wrapped cells'] };
}

function targets(R, ns) {
  const acts = [['Mantenimiento de caminos vecinales', 'Km'], ['Visitas de supervisión a obras', 'Informe'],
    ['Capacitación a docentes de aula', 'Docente'], ['Vacunación de ganado contra fiebre aftosa', 'Cabeza'],
    ['Atención de consultas de salud mental', 'Atención'], ['Entrega de kits de abrigo', 'Kit']];
  const head = [[C('Actividad'), C('Unidad de medida'), N('Meta anual'), N('I Trim.'), N('II Trim.'), N('III Trim.'), N('IV Trim.')]];
  const body = R.sample(acts, 5).map(([a, u], i) => {
    const q = [R.int(0, 90), R.int(0, 90), R.int(0, 90), R.int(0, 90)];
    const cells = q.map((x) => N(fmtInt(x * 10, ns.int)));
    if (i === 1) { cells[2] = N(''); cells[3] = N('-'); }
    if (i === 3) { cells[0] = N('-'); }
    if (i === 4) { cells[1] = N(''); }
    return [C(a), C(u), N(fmtInt(q.reduce((s, x) => s + x, 0) * 10, ns.int)), ...cells];
  });
  return { kind: 'targets', head, body, features: ['wrapped cells', 'empty cells'] };
}

function riskList(R, ns) {
  const risks = [
    ['Retraso en la aprobación de expedientes técnicos', 'Alta', 'Fortalecer el equipo evaluador de la unidad formuladora'],
    ['Conflictos sociales en el área de influencia de las obras', 'Media', 'Instalar mesas de diálogo con las comunidades'],
    ['Incremento de precios de materiales de construcción', 'Alta', 'Incluir cláusulas de reajuste en los contratos'],
    ['Pérdida de información por fallas en los servidores', 'Baja', 'Implementar copias de respaldo semanales'],
    ['Rotación frecuente del personal directivo', 'Media', 'Documentar los procedimientos críticos de cada área'],
  ];
  const head = [[C('Código'), C('Riesgo'), C('Probabilidad'), C('Medida de tratamiento')]];
  const body = R.sample(risks, 4).map((r, i) => [C('R-0' + (i + 1)), C(r[0]), C(r[1]), C(r[2])]);
  return { kind: 'risk_list', head, body, features: ['wrapped cells'] };
}

function enrolment(R, ns) {
  const head = [
    [C('Nivel / provincia', { rs: 2 }), C('Matrícula', { cs: 3, al: 'center' }), C('Variación', { rs: 2, al: 'right' })],
    [N('Mujeres'), N('Hombres'), N('Total')],
  ];
  const body = [];
  const sectionRows = [];
  for (const lv of ['Educación inicial', 'Educación primaria']) {
    sectionRows.push(2 + body.length);
    body.push([C(lv, { cs: 5, b: true })]);
    for (const p of R.sample(PLACES, 3)) {
      const m = R.int(300, 9000), h = R.int(300, 9000);
      body.push([C(p), N(fmtInt(m, ns.int)), N(fmtInt(h, ns.int)), N(fmtInt(m + h, ns.int)), N((R.next() < 0.5 ? '-' : '') + fmtPct(R.int(1, 90) / 10, ns.pct))]);
    }
  }
  return { kind: 'enrolment', head, body, sectionRows, features: ['multi-level header', 'merged cells', 'section rows'] };
}

function small(R, ns) {
  const k = R.int(0, 2);
  if (k === 0) {
    const head = [[C('Indicador'), N('2023'), N('2024')]];
    const body = [[C('Obras concluidas'), N(String(R.int(5, 60))), N(String(R.int(5, 60)))],
      [C('Obras paralizadas'), N(String(R.int(1, 20))), N(String(R.int(1, 20)))],
      [C('Obras liquidadas'), N(String(R.int(1, 40))), N('-')]];
    return { kind: 'small', what: 'obras', head, body, features: ['small table'] };
  }
  if (k === 1) {
    const head = [[C('Trimestre'), N('Expedientes'), N('Atendidos'), N('En plazo')]];
    const body = ['I', 'II', 'III', 'IV'].map((q) => {
      const e = R.int(80, 900);
      return [C(q), N(fmtInt(e, ns.int)), N(fmtInt(Math.round(e * 0.8), ns.int)), N(fmtPct(R.int(500, 990) / 10, ns.pct))];
    });
    return { kind: 'small', what: 'expedientes', head, body, features: ['small table'] };
  }
  const head = [[C('Responsable'), C('Cargo'), N('Informes')]];
  const body = [0, 1, 2].map((i) => [C(R.pick(FIRST) + ' ' + LAST[(i * 5 + R.int(0, 4)) % LAST.length] + ' ' + R.pick(LAST)),
    C(['Jefe de planeamiento', 'Especialista en presupuesto', 'Analista de inversiones'][i]), N(String(R.int(2, 30)))]);
  return { kind: 'small', what: 'responsables', head, body, features: ['small table'] };
}

// grid: truth rows with '' in covered positions, merged_cells, plus a map anchor -> (r, c)
function toGrid(spec) {
  const rows = spec.head.concat(spec.body);
  const grid = [];
  const merged = [];
  const anchors = [];
  rows.forEach((row, r) => {
    grid[r] = grid[r] || [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      anchors.push({ r, c, cell });
      if (cell.cs > 1 || cell.rs > 1) merged.push({ row: r, col: c, rowspan: cell.rs, colspan: cell.cs });
      for (let dr = 0; dr < cell.rs; dr++) {
        grid[r + dr] = grid[r + dr] || [];
        for (let dc = 0; dc < cell.cs; dc++) grid[r + dr][c + dc] = (dr || dc) ? null : cell;
      }
      c += cell.cs;
    }
  });
  const ncols = Math.max(...grid.map((g) => g.length));
  for (const g of grid) {
    if (g.length !== ncols || g.some((x) => x === undefined)) throw new Error('ragged table ' + spec.kind);
  }
  return { grid, merged, anchors, ncols };
}

module.exports = { NBSP, rng, prose, fmtInt, fmtPct, C, N, toGrid, REGIONS, CITIES, PLACES, ORGS, FIRST, LAST, MONTHS,
  budgetRegion, budgetGenerica, budgetFuente, budgetUnits, indicators, norms, staff, projects, targets, riskList, enrolment, small };
