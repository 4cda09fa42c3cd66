'use strict';
// Builds the blind JavaScript table set: jsPDF + jspdf-autotable (blind_js_001-008) and pdfmake
// (blind_js_009-016), each PDF with its *.truth.json. Usage: node build.js [N ...]
// Modules are resolved from ./node_modules or from NODE_PATH (e.g. NODE_PATH=../node-js/node_modules).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const K = require('./content');

const HERE = __dirname;
const req = (m) => require(require.resolve(m, { paths: [HERE, ...(process.env.NODE_PATH || '').split(':').filter(Boolean)] }));
const { jsPDF } = req('jspdf');
const { autoTable } = req('jspdf-autotable');
const PdfPrinter = req('pdfmake');
const VFS = req('pdfmake/build/vfs_fonts');
const PDFKit = req('@foliojs-fork/pdfkit');
function pkgVersion(name) {
  const bases = [path.join(HERE, 'node_modules'), ...(process.env.NODE_PATH || '').split(':').filter(Boolean)];
  for (const b of bases) {
    const f = path.join(b, name, 'package.json');
    if (fs.existsSync(f)) return JSON.parse(fs.readFileSync(f, 'utf8')).version;
  }
  throw new Error('no version for ' + name);
}
const VERSIONS = {
  jspdf: 'jspdf ' + pkgVersion('jspdf') + ' + jspdf-autotable ' + pkgVersion('jspdf-autotable'),
  pdfmake: 'pdfmake ' + pkgVersion('pdfmake'),
};

// ------------------------------------------------------------------ text keys (for locating pages)
function norm(s) {
  return s.normalize('NFC').replace(/[\u00a0\u202f\u2007\u2009\u200a\u2002-\u2006\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}
function key(s) {
  return norm(norm(s).replace(/\s*\.{3,}\s*/g, ' ')).replace(/([-/\u2013])\s+/g, '$1');
}
function pdftext(pdf, opt) {
  const args = ['-enc', 'UTF-8'].concat(opt ? [opt] : []).concat([pdf, '-']);
  let pages = execFileSync('pdftotext', args, { encoding: 'utf8' }).split('\f');
  if (pages.length && !pages[pages.length - 1].trim()) pages = pages.slice(0, -1);
  return pages;
}
function pageTexts(pdf) {
  const lay = pdftext(pdf, '-layout');
  const raw = pdftext(pdf, '-raw');
  const dfl = pdftext(pdf, null);
  return {
    n: lay.length,
    any: lay.map((p, i) => [key(p), key(raw[i]), key(dfl[i])]),
    lines: lay.map((p) => p.split('\n').map(key)),
  };
}

// ------------------------------------------------------------------ shared recipe helpers
const STYLE = {
  grid: ['ruled grid', 'grid'],
  booktabs: ['booktabs (horizontal rules only)', 'booktabs'],
  header_rule: ['header rule only', 'header_rule'],
  zebra: ['zebra (banded fill, no rules)', 'zebra'],
  none: ['no rules', 'none'],
  header_fill: ['header fill only', 'header_fill'],
  box: ['outer box only', 'box'],
  hlines: ['horizontal rules between rows', 'hlines'],
};
const CAPTIONS = {
  budget_region: 'Ejecución presupuestal por región, {y}',
  budget_generica: 'Presupuesto por genérica de gasto, {y}',
  budget_fuente: 'Presupuesto por fuente de financiamiento, {y}',
  budget_units: 'Gasto por unidad ejecutora y provincia, {y}',
  indicators: 'Indicadores de los objetivos estratégicos institucionales',
  norms: 'Normas regionales aprobadas en el periodo',
  staff: 'Personal por régimen laboral y sexo, {y}',
  projects: 'Cartera de inversiones en ejecución, {y}',
  targets: 'Programación trimestral de metas físicas, {y}',
  risk_list: 'Principales riesgos identificados y medidas de tratamiento',
  enrolment: 'Matrícula escolar por nivel, provincia y sexo, {y}',
  small: 'Resumen de {w}',
};
const NOTES = {
  budget_region: 'Fuente: Consulta amigable del gasto (datos ficticios).',
  budget_generica: 'Nota: el guion indica que no hubo asignación; la celda vacía, que no hubo certificación.',
  budget_fuente: 'Fuente: Oficina de Presupuesto (cifras inventadas).',
  budget_units: 'Fuente: Reporte de ejecución por unidad ejecutora (prueba).',
  indicators: 'Fuente: Plan Estratégico Institucional (versión de prueba).',
  norms: 'Fuente: Secretaría del Consejo Regional (registro ficticio).',
  staff: 'Fuente: Oficina de Recursos Humanos (planilla de prueba).',
  projects: 'Fuente: Banco de inversiones (códigos CUI inventados).',
  targets: 'Nota: el guion indica que no se programó meta en el trimestre.',
  risk_list: 'Elaboración propia.',
  enrolment: 'Fuente: Padrón de matrícula (datos ficticios).',
  small: 'Elaboración propia con registros administrativos de prueba.',
};

function makeTable(R, ns, t) {
  const spec = K[t.g](R, ns, ...(t.a || []));
  const year = R.int(2021, 2024);
  return Object.assign(spec, { t, year });
}
function caption(fmt, k, spec, R) {
  const title = CAPTIONS[spec.kind].replace('{y}', String(spec.year)).replace('{w}', spec.what || '');
  return fmt.replace('{k}', String(k)).replace('{t}', title);
}

// ------------------------------------------------------------------ jsPDF + autotable
const PAPER_PT = { a4: [595.28, 841.89], letter: [612, 792] };

function renderJs(D, R, plan, tocPages) {
  const doc = new jsPDF({ unit: 'pt', format: D.paper });
  const [PW, PH] = PAPER_PT[D.paper];
  const X = D.mx, W = PW - 2 * D.mx, TOP = D.my, BOT = PH - D.my;
  const LH = D.size * 1.15;
  let y = TOP;
  const setF = (style, size) => { doc.setFont(D.font, style || 'normal'); doc.setFontSize(size || D.size); };
  const page = () => doc.getCurrentPageInfo().pageNumber;
  const ensure = (h) => { if (y + h > BOT) { doc.addPage(); y = TOP; } };
  const furnished = new Set();
  const furniture = (p, total) => {
    if (p < D.furn.from || furnished.has(p)) return;
    furnished.add(p);
    const cur = page();
    doc.setPage(p);
    setF('normal', 8);
    doc.text(D.org, PW - X, TOP - 24, { align: 'right' });
    doc.setLineWidth(0.5); doc.setDrawColor(0);
    doc.line(X, TOP - 18, PW - X, TOP - 18);
    doc.text(D.furn.fmt.replace('{p}', String(p)).replace('{n}', String(total)), PW / 2, PH - D.my / 2, { align: 'center' });
    doc.setPage(cur);
    setF();
  };
  const rec = { headingPages: [] };
  const text = (s, style, size, gapAfter, opts = {}) => {
    setF(style, size);
    const w = opts.w || W;
    const lines = doc.splitTextToSize(s, w);
    const lh = (size || D.size) * 1.15;
    ensure(lines.length * lh + (opts.keep || 0));
    doc.text(s, (opts.x || X), y + (size || D.size), { maxWidth: w, align: opts.align || 'left' });
    y += lines.length * lh + gapAfter;
    setF();
  };
  // title block
  text(D.title, 'bold', D.size + 6, 6);
  text(D.org, 'normal', D.size + 1, 2);
  text(D.place, 'normal', D.size, 2);
  text('Documento de prueba: cifras y nombres ficticios', 'italic', D.size, 14);
  let tcount = 0;
  for (const it of plan) {
    if (it.type === 'heading') {
      text(it.text, 'bold', D.size + 2, 6, { keep: 3 * LH });
      rec.headingPages.push(page());
    } else if (it.type === 'paragraph') {
      text(it.text, 'normal', D.size, LH * 0.6, { align: D.justify ? 'justify' : 'left' });
    } else if (it.type === 'list_item') {
      setF();
      const lines = doc.splitTextToSize(it.text, W - 18);
      ensure(lines.length * LH);
      doc.text(it.num + '.', X + 4, y + D.size);
      doc.text(it.text, X + 18, y + D.size, { maxWidth: W - 18 });
      y += lines.length * LH + 3;
      if (it.last) y += LH * 0.5;
    } else if (it.type === 'form') {
      ensure(LH + 2);
      setF('bold'); doc.text(it.label + ':', X, y + D.size);
      setF(); doc.text(it.value, X + 150, y + D.size);
      y += LH + 2;
    } else if (it.type === 'amount') {
      ensure(LH + 2);
      setF();
      doc.text(it.num + '.', X + 4, y + D.size);
      doc.text(it.label, X + 18, y + D.size);
      doc.text(it.value, PW - X, y + D.size, { align: 'right' });
      y += LH + 3;
    } else if (it.type === 'leader') {
      ensure(LH + 2);
      setF();
      const lw = doc.getTextWidth(it.label + ' '), vw = doc.getTextWidth(' ' + it.value);
      const dot = doc.getTextWidth('.');
      const n = Math.floor((W - lw - vw) / dot);
      doc.text(it.label + ' ' + '.'.repeat(n), X, y + D.size);
      doc.text(it.value, PW - X, y + D.size, { align: 'right' });
      y += LH + 3;
    } else if (it.type === 'toc') {
      ensure(LH + 2);
      setF();
      const pg = String(tocPages ? tocPages[it.hi] : 0);
      const lw = doc.getTextWidth(it.label + ' '), vw = doc.getTextWidth(' ' + pg);
      const n = Math.floor((W - 20 - lw - vw) / doc.getTextWidth('.'));
      doc.text(it.label + ' ' + '.'.repeat(n), X, y + D.size);
      doc.text(pg, PW - X, y + D.size, { align: 'right' });
      it.page = page();
      y += LH + 3;
    } else if (it.type === 'twocol') {
      setF();
      const cw = (W - 24) / 2;
      const lines = [];
      it.paras.forEach((p, i) => { if (i) lines.push(''); lines.push(...doc.splitTextToSize(p, cw)); });
      const half = Math.ceil(lines.length / 2);
      ensure(half * LH);
      lines.slice(0, half).forEach((ln, i) => ln && doc.text(ln, X, y + D.size + i * LH));
      lines.slice(half).forEach((ln, i) => ln && doc.text(ln, X + cw + 24, y + D.size + i * LH));
      y += half * LH + LH;
    } else if (it.type === 'sign') {
      ensure(5 * LH);
      y += 2 * LH;
      doc.setLineWidth(0.5); doc.line(X + W / 2 - 90, y, X + W / 2 + 90, y);
      y += 4;
      for (const s of it.lines) { doc.text(s, X + W / 2, y + D.size, { align: 'center' }); y += LH; }
    } else if (it.type === 'table') {
      tcount += 1;
      drawJsTable(doc, D, it, { X, W, TOP, BOT, LH, get y() { return y; }, set y(v) { y = v; }, ensure, setF, page, furniture });
    }
  }
  const total = doc.getNumberOfPages();
  if (D.totalAlias) doc.putTotalPages('{total}');
  for (let p = 1; p <= total; p++) furniture(p, total);
  return { bytes: Buffer.from(doc.output('arraybuffer')), rec, total };
}

function drawJsTable(doc, D, it, F) {
  const spec = it.spec, st = it.t.style, nh = spec.head.length, nb = spec.body.length;
  const fs = it.t.small ? D.size - 1.5 : D.size - 0.5;
  const capH = it.caption ? F.LH + 4 : 0;
  const notesH = it.notes.length * 2 * D.size;
  const conv = (c, section) => {
    const o = { content: c.t, styles: { halign: c.al } };
    if (c.cs > 1) o.colSpan = c.cs;
    if (c.rs > 1) o.rowSpan = c.rs;
    if (c.b) o.styles.fontStyle = 'bold';
    return o;
  };
  const opts = {
    startY: F.y,
    margin: { left: F.X, right: F.X, top: F.TOP, bottom: D.my },
    head: spec.head.map((r) => r.map((c) => conv(c, 'head'))),
    body: spec.body.map((r) => r.map((c) => conv(c, 'body'))),
    theme: 'plain',
    styles: { font: D.font, fontSize: fs, textColor: 20, cellPadding: 3, valign: 'top' },
    headStyles: { fontStyle: 'bold' },
    columnStyles: it.t.colw || {},
    tableWidth: it.t.wrap ? 'wrap' : 'auto',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    willDrawCell: (d) => {
      const raw = d.cell.raw && typeof d.cell.raw === 'object' ? d.cell.raw.content : d.cell.raw;
      const joined = d.cell.text.join(' ').replace(/\s+/g, ' ').trim();
      if (joined !== String(raw).replace(/\s+/g, ' ').trim()) throw new Error(`${D.id}: autotable broke a word: ${JSON.stringify(d.cell.text)}`);
    },
  };
  const black = [0, 0, 0];
  const place = () => {
    // a table meant to fit on one page is kept whole with its caption and notes: measure it on a scratch document
    const scratch = new jsPDF({ unit: 'pt', format: D.paper });
    autoTable(scratch, Object.assign({}, opts, { startY: F.TOP, willDrawCell: undefined, didDrawPage: undefined }));
    const h = scratch.getNumberOfPages() === 1 ? scratch.lastAutoTable.finalY - F.TOP : null;
    if (it.t.long || h === null) F.ensure(capH + 4 * (fs * 1.15 + 8));
    else F.ensure(capH + h + notesH + 8);
    opts.startY = F.y + (it.caption && it.t.cap === 'above' ? capH : 0);
    if (it.caption && it.t.cap === 'above') {
      F.setF('bold', D.size - 0.5);
      doc.text(it.caption, F.X, F.y + D.size);
      F.y += capH;
      F.setF();
    }
  };
  if (st === 'grid') {
    opts.theme = 'grid';
    if (it.t.variant === 'grey') Object.assign(opts.headStyles, { fillColor: [225, 225, 225], textColor: 20, lineColor: 80 });
    opts.styles.lineColor = 80;
    opts.styles.lineWidth = 0.5;
  } else if (st === 'zebra') {
    if (it.t.variant === 'striped') {
      opts.theme = 'striped';
    } else {
      opts.alternateRowStyles = { fillColor: [236, 236, 236] };
    }
  } else if (st === 'header_rule') {
    opts.headStyles.lineWidth = { bottom: 0.8 };
    opts.headStyles.lineColor = black;
  } else if (st === 'booktabs') {
    opts.didParseCell = (d) => {
      if (d.section === 'head') {
        const lw = {};
        if (d.row.index === 0) lw.top = 1.2;
        if (d.row.index + (d.cell.rowSpan || 1) === nh) lw.bottom = 0.6;
        d.cell.styles.lineWidth = lw; d.cell.styles.lineColor = black;
      } else if (d.section === 'body' && d.row.index + (d.cell.rowSpan || 1) === nb) {
        d.cell.styles.lineWidth = { bottom: 1.2 }; d.cell.styles.lineColor = black;
      }
    };
  } else if (st === 'hlines') {
    opts.styles.lineWidth = { bottom: 0.4 };
    opts.styles.lineColor = 90;
    opts.headStyles.lineWidth = { top: 0.4, bottom: 0.4 };
  } else if (st === 'header_fill') {
    opts.headStyles.fillColor = [210, 210, 210];
  } else if (st === 'box') {
    opts.tableLineWidth = 0.8;
    opts.tableLineColor = black;
  } else if (st !== 'none') {
    throw new Error('style ' + st);
  }
  if (it.t.runningHead) {
    // running head/footer drawn from the table's didDrawPage hook (total pages by alias)
    opts.didDrawPage = (d) => F.furniture(d.pageNumber, '{total}');
  }
  place();
  autoTable(doc, opts);
  F.y = doc.lastAutoTable.finalY + 4;
  if (it.caption && it.t.cap === 'below') {
    F.setF('bold', D.size - 0.5);
    doc.text(it.caption, F.X, F.y + D.size);
    F.y += F.LH + 2;
    F.setF();
  }
  for (const n of it.notes) {
    F.setF('italic', D.size - 1.5);
    doc.text(n, F.X, F.y + D.size - 1.5, { maxWidth: F.W });
    F.y += (D.size - 1.5) * 1.15 * doc.splitTextToSize(n, F.W).length;
    F.setF();
  }
  F.y += F.LH;
}

// ------------------------------------------------------------------ pdfmake
const ROBOTO = {
  Roboto: {
    normal: Buffer.from(VFS['Roboto-Regular.ttf'], 'base64'),
    bold: Buffer.from(VFS['Roboto-Medium.ttf'], 'base64'),
    italics: Buffer.from(VFS['Roboto-Italic.ttf'], 'base64'),
    bolditalics: Buffer.from(VFS['Roboto-MediumItalic.ttf'], 'base64'),
  },
};
const PT = (mm) => mm * 72 / 25.4;

function pdfmakeTable(D, it) {
  const spec = it.spec, st = it.t.style, nh = spec.head.length;
  const { grid, ncols } = K.toGrid(spec);
  const body = grid.map((row, r) => row.map((cell) => {
    if (cell === null) return {};
    const o = { text: cell.t, alignment: cell.al };
    if (cell.cs > 1) o.colSpan = cell.cs;
    if (cell.rs > 1) o.rowSpan = cell.rs;
    if (cell.b || r < nh) o.bold = true;
    if (st === 'header_fill' && r < nh) o.fillColor = '#d4d4d4';
    return o;
  }));
  const table = { headerRows: nh, widths: it.t.widths || Array(ncols).fill('auto'), body, dontBreakRows: true };
  let layout;
  const none = { hLineWidth: () => 0, vLineWidth: () => 0 };
  if (st === 'grid') layout = undefined;
  else if (st === 'hlines') layout = 'lightHorizontalLines';
  else if (st === 'header_rule') layout = 'headerLineOnly';
  else if (st === 'none' || st === 'header_fill') layout = 'noBorders';
  else if (st === 'zebra') {
    layout = Object.assign({}, none, {
      fillColor: (i, node) => (i >= node.table.headerRows && (i - node.table.headerRows) % 2 === 1 ? '#ececec' : null),
    });
  } else if (st === 'booktabs') {
    layout = {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 1.2 : i === node.table.headerRows ? 0.6 : 0),
      vLineWidth: () => 0,
    };
  } else if (st === 'box') {
    layout = {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0),
      vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? 0.8 : 0),
    };
  } else throw new Error('style ' + st);
  const tnode = { table, fontSize: it.t.small ? D.size - 1.5 : D.size - 0.5, margin: [0, 2, 0, 2] };
  if (layout) tnode.layout = layout;
  const cap = it.caption ? { text: it.caption, bold: true, fontSize: D.size - 0.5, margin: [0, 4, 0, 2] } : null;
  const notes = it.notes.map((n) => ({ text: n, italics: true, fontSize: D.size - 1.5, margin: [0, 0, 0, 0] }));
  const parts = [];
  if (cap && it.t.cap === 'above') parts.push(cap);
  parts.push(tnode);
  if (cap && it.t.cap === 'below') parts.push(cap);
  parts.push(...notes);
  return { stack: parts, unbreakable: !it.t.long, margin: [0, 0, 0, 8] };
}

function renderPm(D, R, plan, tocPages) {
  const [PW, PH] = PAPER_PT[D.paper];
  const content = [
    { text: D.title, bold: true, fontSize: D.size + 6, margin: [0, 0, 0, 4] },
    { text: D.org, fontSize: D.size + 1 },
    { text: D.place },
    { text: 'Documento de prueba: cifras y nombres ficticios', italics: true, margin: [0, 0, 0, 12] },
  ];
  let ol = null;
  const measure = new PDFKit({ autoFirstPage: false });
  measure.font(ROBOTO.Roboto.normal).fontSize(D.size);
  for (const it of plan) {
    if (it.type !== 'list_item') ol = null;
    if (it.type === 'heading') content.push({ text: it.text, bold: true, fontSize: D.size + 2, margin: [0, 8, 0, 4] });
    else if (it.type === 'paragraph') content.push({ text: it.text, alignment: D.justify ? 'justify' : 'left', margin: [0, 0, 0, 6] });
    else if (it.type === 'list_item') {
      if (!ol) { ol = { ol: [], margin: [10, 0, 0, 8] }; content.push(ol); }
      ol.ol.push({ text: it.text, margin: [0, 0, 0, 2] });
    } else if (it.type === 'form') {
      content.push({ columns: [{ width: 150, text: it.label + ':', bold: true }, { width: '*', text: it.value }], margin: [0, 0, 0, 3] });
    } else if (it.type === 'amount') {
      content.push({ columns: [{ width: 18, text: it.num + '.' }, { width: '*', text: it.label }, { width: 'auto', text: it.value, alignment: 'right' }], margin: [0, 0, 0, 3] });
    } else if (it.type === 'leader' || it.type === 'toc') {
      const value = it.type === 'toc' ? String(tocPages ? tocPages[it.hi] : 0) : it.value;
      const vw = measure.widthOfString(value) + 4;
      const W = PW - 2 * D.mx - vw - (it.type === 'toc' ? 20 : 6);
      const lw = measure.widthOfString(it.label + ' ');
      const n = Math.floor((W - lw) / measure.widthOfString('.')) - 1;
      content.push({ columns: [{ width: W, text: it.label + ' ' + '.'.repeat(n), noWrap: true }, { width: '*', text: value, alignment: 'right', noWrap: true }], margin: [0, 0, 0, 3] });
    } else if (it.type === 'sign') {
      content.push({ canvas: [{ type: 'line', x1: 150, y1: 30, x2: 330, y2: 30, lineWidth: 0.5 }] });
      for (const s of it.lines) content.push({ text: s, alignment: 'center' });
    } else if (it.type === 'table') content.push(pdfmakeTable(D, it));
    else throw new Error('item ' + it.type);
  }
  const W = PW - 2 * D.mx;
  const dd = {
    pageSize: D.paper.toUpperCase(),
    pageMargins: [D.mx, D.my, D.mx, D.my],
    defaultStyle: { font: 'Roboto', fontSize: D.size, lineHeight: 1.1 },
    info: { title: D.title, author: D.org },
    header: (p) => (p < D.furn.from ? null : {
      margin: [D.mx, D.my - 34, D.mx, 0],
      stack: [{ text: D.org, alignment: 'right', fontSize: 8 }, { canvas: [{ type: 'line', x1: 0, y1: 2, x2: W, y2: 2, lineWidth: 0.5 }] }],
    }),
    footer: (p, n) => (p < D.furn.from ? null : {
      text: D.furn.fmt.replace('{p}', String(p)).replace('{n}', String(n)), alignment: 'center', fontSize: 8, margin: [0, D.my / 2 - 8, 0, 0],
    }),
    content,
  };
  const printer = new PdfPrinter(ROBOTO);
  const pdf = printer.createPdfKitDocument(dd);
  return new Promise((resolve) => {
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => resolve({ bytes: Buffer.concat(chunks), rec: null }));
    pdf.end();
  });
}

// ------------------------------------------------------------------ document recipes
// items: ['h', title] | ['p', nSentences] | ['ol', n] | ['t', tableRecipe] | ['form', n] | ['amounts', n]
//        | ['leaders', n] | ['toc'] | ['twocol', nParas] | ['sign']
const JS = 'jspdf', PM = 'pdfmake';
const DOCS = [
  { n: 1, producer: JS, paper: 'a4', font: 'helvetica', size: 10, mx: 56, my: 56, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}. {t}',
    items: [['h', 'Introducción'], ['p', 4], ['p', 3], ['t', { g: 'budgetRegion', a: [7], style: 'grid', cap: 'above', note: true }],
      ['p', 3], ['h', 'Recursos humanos'], ['p', 4], ['t', { g: 'staff', style: 'zebra', variant: 'striped', cap: 'above', note: true }], ['p', 2],
      ['h', 'Conclusiones'], ['p', 4], ['ol', 3], ['p', 3], ['p', 4]] },
  { n: 2, producer: JS, paper: 'letter', font: 'times', size: 11, mx: 64, my: 60, ns: { int: 'dot', pct: 'tight' }, justify: true,
    furn: { from: 2, fmt: 'Página {p}' }, cap: 'Cuadro {k}: {t}',
    items: [['h', 'Marco normativo'], ['p', 3], ['t', { g: 'norms', a: [6], style: 'header_rule', cap: 'above', note: true }],
      ['h', 'Objetivos estratégicos'], ['p', 4], ['t', { g: 'indicators', a: [3], style: 'booktabs', cap: 'above', note: true, colw: { 0: { cellWidth: 120 }, 1: { cellWidth: 130 } } }],
      ['p', 3], ['ol', 3], ['h', 'Metas físicas'], ['p', 2], ['t', { g: 'targets', style: 'none', cap: 'above', note: true, colw: { 0: { cellWidth: 130 } } }], ['p', 3]] },
  { n: 3, producer: JS, paper: 'a4', font: 'helvetica', size: 9, mx: 50, my: 60, ns: { int: 'nbsp', pct: 'nbsp' }, totalAlias: true,
    furn: { from: 1, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}. {t}',
    items: [['h', 'Cartera de inversiones'], ['p', 3], ['t', { g: 'projects', a: [48], style: 'zebra', variant: 'striped', cap: 'above', note: true, long: true, runningHead: true, colw: { 2: { cellWidth: 230 } } }],
      ['p', 3], ['h', 'Financiamiento'], ['p', 3], ['t', { g: 'budgetFuente', style: 'box', cap: 'above', note: true }], ['p', 2]] },
  { n: 4, producer: JS, paper: 'a4', font: 'helvetica', size: 10, mx: 60, my: 60, ns: { int: 'dot', pct: 'nbsp' },
    furn: { from: 2, fmt: '- {p} -' }, cap: 'Tabla {k}. {t}',
    items: [['h', 'Personal'], ['p', 3], ['t', { g: 'staff', style: 'hlines', cap: 'above', note: true }], ['p', 2],
      ['h', 'Presupuesto institucional'], ['p', 4], ['t', { g: 'budgetGenerica', style: 'header_fill', cap: 'above', note: true }],
      ['p', 3], ['ol', 4], ['p', 2], ['t', { g: 'small', style: 'grid', variant: 'grey', cap: null, wrap: true }], ['p', 3]] },
  { n: 5, producer: JS, paper: 'letter', font: 'helvetica', size: 10, mx: 60, my: 60, ns: { int: 'nbsp', pct: 'tight' },
    furn: { from: 1, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}: {t}',
    items: [['h', 'Normas emitidas'], ['p', 3], ['t', { g: 'norms', a: [28], style: 'grid', variant: 'grey', small: true, cap: 'above', note: true, long: true, colw: { 0: { cellWidth: 26 }, 2: { cellWidth: 62 } } }],
      ['p', 3], ['h', 'Educación'], ['p', 3], ['t', { g: 'enrolment', style: 'zebra', cap: 'above', note: true }], ['p', 3]] },
  { n: 6, producer: JS, paper: 'a4', font: 'times', size: 10.5, mx: 62, my: 58, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p} de {n}' }, cap: 'Cuadro {k}. {t}',
    items: [['h', 'Ejecución del gasto'], ['p', 4], ['t', { g: 'budgetUnits', style: 'booktabs', cap: 'above', note: true }], ['p', 3],
      ['t', { g: 'small', style: 'none', cap: 'above', wrap: true }], ['h', 'Gestión de riesgos'], ['p', 3],
      ['t', { g: 'riskList', style: 'header_fill', cap: 'below', note: true, colw: { 1: { cellWidth: 150 }, 3: { cellWidth: 170 } } }], ['p', 3]] },
  { n: 7, producer: JS, paper: 'a4', font: 'helvetica', size: 10, mx: 60, my: 60, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p} de {n}' }, tablefree: true,
    items: [['toc'], ['h', 'Introducción'], ['p', 4], ['p', 3], ['p', 4], ['h', 'Datos de la entidad'], ['form', 6], ['p', 2], ['p', 4], ['p', 4],
      ['h', 'Inversiones priorizadas'], ['p', 2], ['amounts', 6], ['p', 3], ['h', 'Conclusiones'], ['p', 4], ['ol', 4], ['p', 3], ['sign']] },
  { n: 8, producer: JS, paper: 'letter', font: 'times', size: 11, mx: 64, my: 60, ns: { int: 'dot', pct: 'tight' }, columns: 2,
    furn: { from: 2, fmt: 'Página {p}' }, tablefree: true,
    items: [['h', 'Resumen ejecutivo'], ['p', 3], ['twocol', 4], ['h', 'Indicadores del periodo'], ['leaders', 6], ['p', 3],
      ['h', 'Ficha del informe'], ['form', 5], ['p', 3], ['twocol', 3], ['p', 2]] },
  // ----- pdfmake
  { n: 9, producer: PM, paper: 'a4', size: 10, mx: 57, my: 62, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}. {t}',
    items: [['h', 'Introducción'], ['p', 4], ['t', { g: 'budgetRegion', a: [8], style: 'grid', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }],
      ['p', 3], ['h', 'Personal'], ['p', 3], ['t', { g: 'staff', style: 'hlines', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }], ['p', 3],
      ['h', 'Conclusiones'], ['p', 4], ['p', 3], ['ol', 4], ['p', 4]] },
  { n: 10, producer: PM, paper: 'letter', size: 10, mx: 64, my: 62, ns: { int: 'dot', pct: 'nbsp' }, justify: true,
    furn: { from: 2, fmt: 'Página {p}' }, cap: 'Cuadro {k}: {t}',
    items: [['h', 'Marco normativo'], ['p', 3], ['t', { g: 'norms', a: [5], style: 'header_rule', cap: 'above', note: true, widths: ['auto', 120, 'auto', '*'] }],
      ['p', 2], ['h', 'Metas físicas'], ['p', 3], ['t', { g: 'targets', style: 'none', cap: 'above', note: true, widths: [110, 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'] }],
      ['ol', 3], ['p', 2], ['t', { g: 'small', style: 'zebra', cap: 'above', note: true }], ['p', 3]] },
  { n: 11, producer: PM, paper: 'a4', size: 9, mx: 50, my: 62, ns: { int: 'nbsp', pct: 'tight' },
    furn: { from: 1, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}: {t}',
    items: [['h', 'Cartera de inversiones'], ['p', 3], ['t', { g: 'projects', a: [46], style: 'hlines', small: true, cap: 'above', note: true, long: true, widths: ['auto', 'auto', '*', 'auto', 'auto'] }],
      ['p', 3], ['h', 'Planeamiento'], ['p', 3], ['t', { g: 'indicators', a: [3], style: 'booktabs', cap: 'above', note: true, widths: [120, '*', 'auto', 'auto', 'auto', 'auto', 'auto'] }], ['p', 2]] },
  { n: 12, producer: PM, paper: 'a4', size: 10, mx: 60, my: 62, ns: { int: 'dot', pct: 'nbsp' },
    furn: { from: 2, fmt: '- {p} -' }, cap: 'Tabla {k}. {t}',
    items: [['h', 'Presupuesto'], ['p', 3], ['t', { g: 'budgetGenerica', style: 'header_fill', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }],
      ['p', 3], ['t', { g: 'budgetFuente', style: 'box', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto'] }], ['p', 2], ['h', 'Seguimiento'], ['p', 3],
      ['t', { g: 'small', style: 'grid', cap: null }], ['p', 3], ['ol', 3]] },
  { n: 13, producer: PM, paper: 'letter', size: 10, mx: 60, my: 62, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 1, fmt: 'Página {p} de {n}' }, cap: 'Cuadro {k}. {t}',
    items: [['h', 'Ejecución por unidades'], ['p', 4], ['p', 4], ['p', 3], ['t', { g: 'budgetUnits', a: [7, 3, 5], style: 'grid', cap: 'above', note: true, long: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }],
      ['p', 3], ['h', 'Responsables'], ['p', 2], ['t', { g: 'small', style: 'none', cap: 'above' }], ['p', 3]] },
  { n: 14, producer: PM, paper: 'a4', size: 10, mx: 58, my: 62, ns: { int: 'dot', pct: 'tight' }, justify: true,
    furn: { from: 2, fmt: 'Página {p} de {n}' }, cap: 'Cuadro N° {k}. {t}',
    items: [['h', 'Educación'], ['p', 3], ['t', { g: 'enrolment', style: 'zebra', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }],
      ['p', 3], ['h', 'Riesgos'], ['p', 3], ['t', { g: 'riskList', style: 'booktabs', cap: 'below', note: true, widths: ['auto', '*', 'auto', 150] }], ['p', 3],
      ['h', 'Recomendaciones'], ['p', 4], ['ol', 4], ['p', 3], ['p', 4]] },
  { n: 15, producer: PM, paper: 'a4', size: 11, mx: 64, my: 62, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p}' }, cap: 'Cuadro {k}: {t}',
    items: [['h', 'Recursos humanos'], ['p', 3], ['t', { g: 'staff', style: 'header_rule', cap: 'above', note: true, widths: ['*', 'auto', 'auto', 'auto', 'auto'] }],
      ['p', 3], ['h', 'Financiamiento'], ['p', 2], ['t', { g: 'budgetFuente', style: 'header_fill', cap: 'above', widths: ['*', 'auto', 'auto', 'auto'] }], ['p', 3]] },
  { n: 16, producer: PM, paper: 'a4', size: 10, mx: 60, my: 62, ns: { int: 'nbsp', pct: 'nbsp' },
    furn: { from: 2, fmt: 'Página {p} de {n}' }, tablefree: true,
    items: [['toc'], ['h', 'Introducción'], ['p', 4], ['p', 3], ['p', 4], ['h', 'Datos generales'], ['form', 6], ['p', 3], ['p', 4],
      ['h', 'Asignaciones por componente'], ['p', 2], ['amounts', 6], ['p', 3], ['h', 'Indicadores'], ['leaders', 5], ['p', 4], ['ol', 3], ['sign']] },
];

const FORM_LABELS = ['Entidad', 'Unidad ejecutora', 'Responsable', 'Cargo', 'Periodo evaluado', 'Fecha de registro', 'Código de la entidad'];
const AMOUNT_LABELS = ['Mantenimiento de locales escolares', 'Equipamiento de puestos de salud', 'Reparación de caminos vecinales',
  'Adquisición de kits de abrigo', 'Capacitación a productores', 'Monitoreo de la calidad del agua', 'Señalización de vías'];
const LEADER_LABELS = ['Presupuesto institucional de apertura', 'Presupuesto institucional modificado', 'Avance de ejecución',
  'Proyectos en ejecución', 'Obras concluidas en el año', 'Población beneficiaria', 'Servidores capacitados'];

function makePlan(D, R) {
  const para = K.prose(R, D.ns);
  const plan = [];
  let hk = 0, tk = 0;
  const headings = D.items.filter((x) => x[0] === 'h').map((x) => x[1]);
  for (const [kind, arg] of D.items) {
    if (kind === 'h') { hk += 1; plan.push({ type: 'heading', text: `${hk}. ${arg}` }); }
    else if (kind === 'p') plan.push({ type: 'paragraph', text: para(arg) });
    else if (kind === 'ol') for (let i = 0; i < arg; i++) plan.push({ type: 'list_item', text: para(1), num: i + 1, last: i === arg - 1 });
    else if (kind === 'toc') {
      plan.push({ type: 'heading', text: 'Índice', toc_title: true });
      headings.forEach((h, i) => plan.push({ type: 'toc', label: `${i + 1}. ${h}`, hi: i }));
    } else if (kind === 'form') {
      const vals = [D.org, 'UE ' + R.int(100, 999) + ' Sede Central', R.pick(K.FIRST) + ' ' + R.pick(K.LAST) + ' ' + R.pick(K.LAST),
        'Jefe de la Oficina de Planeamiento', 'enero a diciembre de ' + D.year, String(R.int(1, 28)).padStart(2, '0') + '/0' + R.int(1, 9) + '/' + (D.year + 1),
        String(R.int(100000, 999999))];
      for (let i = 0; i < arg; i++) plan.push({ type: 'form', label: FORM_LABELS[i], value: vals[i], text: `${FORM_LABELS[i]}: ${vals[i]}` });
    } else if (kind === 'amounts') {
      R.sample(AMOUNT_LABELS, arg).forEach((l, i) => {
        const v = 'S/ ' + K.fmtInt(R.int(10, 9000) * 100, D.ns.int);
        plan.push({ type: 'amount', num: i + 1, label: l, value: v, text: `${l} ${v}`, list: true });
      });
    } else if (kind === 'leaders') {
      LEADER_LABELS.slice(0, arg).forEach((l, i) => {
        const v = i < 2 ? 'S/ ' + K.fmtInt(R.int(1000, 90000) * 1000, D.ns.int) : i === 2 ? K.fmtPct(R.int(300, 990) / 10, D.ns.pct) : K.fmtInt(R.int(5, 9000), D.ns.int);
        plan.push({ type: 'leader', label: l, value: v, text: `${l} ${v}` });
      });
    } else if (kind === 'twocol') {
      const paras = []; for (let i = 0; i < arg; i++) paras.push(para(R.int(2, 3)));
      plan.push({ type: 'twocol', paras });
    } else if (kind === 'sign') {
      plan.push({ type: 'sign', lines: [R.pick(K.FIRST) + ' ' + R.pick(K.LAST) + ' ' + R.pick(K.LAST), 'Gerente Regional de Planeamiento', D.org] });
    } else if (kind === 't') {
      tk += 1;
      const spec = makeTable(R, D.ns, arg);
      const cap = arg.cap ? caption(D.cap, tk, spec, R) : '';
      plan.push({ type: 'table', t: arg, spec, caption: cap, notes: arg.note ? [NOTES[spec.kind]] : [] });
    } else throw new Error(kind);
  }
  return plan;
}

// ------------------------------------------------------------------ truth
function locate(T, plan, D) {
  // walk forward through the pages; every block is found on or after the previous block's page
  let cur = 1;
  const found = (s, p) => { const k = key(s); return T.any[p - 1].some((x) => x.includes(k)); };
  const out = [];
  for (const it of plan) {
    if (it.type === 'heading') {
      const k = key(it.text);
      let p = cur; while (p <= T.n && !T.lines[p - 1].includes(k)) p++;
      if (p > T.n) throw new Error(`${D.id}: heading not found ${it.text}`);
      it.page = cur = p;
    } else if (it.type === 'table') {
      const grid = K.toGrid(it.spec);
      const nh = it.spec.head.length, sec = new Set(it.spec.sectionRows || []);
      const body = grid.grid.map((r) => r.map((c) => (c ? c.t : ''))).filter((r, i) => i >= nh && !sec.has(i));
      const rowOn = (row, p) => row.filter((c) => norm(c)).every((c) => found(c, p));
      let p = cur; while (p <= T.n && !rowOn(body[0], p)) p++;
      let q = p; while (q <= T.n && !rowOn(body[body.length - 1], q)) q++;
      if (q > T.n) throw new Error(`${D.id}: table rows not found ${it.caption}`);
      it.page = p; it.pages = [p, q]; cur = q;
    } else if (it.type === 'twocol') {
      for (const ptxt of it.paras) {
        let p = cur; while (p <= T.n && !found(ptxt.slice(0, 60), p)) p++;
        if (p > T.n) throw new Error(`${D.id}: paragraph not found ${ptxt.slice(0, 40)}`);
        out.push([ptxt, p]); cur = p;
      }
      it.page = cur;
    } else if (it.text) {
      let p = cur; while (p <= T.n && !found(it.text.slice(0, 60), p)) p++;
      if (p > T.n) throw new Error(`${D.id}: text not found ${it.text.slice(0, 40)}`);
      it.page = cur = p;
    } else if (it.type === 'toc') {
      // located by its own line after the pages are known (see tocLine)
      it.page = cur;
    } else it.page = cur;
  }
  return out;
}

function truth(D, plan, T, producerPdf, twocolParas) {
  const blocks = [], paragraphs = [], paragraph_pages = [], headings = [], tables = [], toc = [];
  const front = [D.place, 'Documento de prueba: cifras y nombres ficticios'];
  let twi = 0;
  for (const it of plan) {
    if (it.type === 'heading') {
      headings.push(it.text);
      blocks.push({ type: 'heading', level: 1, text: it.text, page: it.page });
    } else if (it.type === 'toc') {
      const hp = plan.filter((x) => x.type === 'heading' && !x.toc_title)[it.hi].page;
      const line = `${it.label} ${hp}`;
      toc.push({ text: line, level: 1, page: it.page });
      front.push(line);
    } else if (['paragraph', 'form', 'leader'].includes(it.type)) {
      paragraphs.push(it.text); paragraph_pages.push(it.page);
      blocks.push({ type: 'paragraph', text: it.text, page: it.page });
    } else if (it.type === 'list_item' || it.type === 'amount') {
      paragraphs.push(it.text); paragraph_pages.push(it.page);
      blocks.push({ type: 'list_item', text: it.text, page: it.page });
    } else if (it.type === 'twocol') {
      for (const p of it.paras) {
        const [txt, pg] = twocolParas[twi++];
        if (txt !== p) throw new Error('twocol order');
        paragraphs.push(txt); paragraph_pages.push(pg);
        blocks.push({ type: 'paragraph', text: txt, page: pg });
      }
    } else if (it.type === 'sign') {
      for (const s of it.lines) {
        paragraphs.push(s); paragraph_pages.push(it.page);
        blocks.push({ type: 'paragraph', text: s, page: it.page });
      }
    } else if (it.type === 'table') {
      const { grid, merged } = K.toGrid(it.spec);
      const nh = it.spec.head.length;
      const rows = grid.map((r) => r.map((c) => (c ? norm(c.t) === '' ? '' : c.t.replace(/[\u00a0\u202f]/g, ' ') : '')));
      const feats = it.spec.features.filter((f) => f !== 'wrapped cells');
      // wrapped: some non-empty cell is not whole on one pdftotext -layout line of the table's pages
      const tl = [];
      for (let p = it.pages[0]; p <= it.pages[1]; p++) tl.push(...T.lines[p - 1]);
      if (rows.some((r) => r.some((c) => key(c) && !tl.some((ln) => ln.includes(key(c)))))) feats.push('wrapped cells');
      const hasEmpty = rows.slice(nh).some((r, i) => !(it.spec.sectionRows || []).includes(i + nh) && r.some((c, j) => c === '' && !merged.some((m) => i + nh >= m.row && i + nh < m.row + m.rowspan && j >= m.col && j < m.col + m.colspan)));
      if (hasEmpty && !feats.includes('empty cells')) feats.push('empty cells');
      if (!hasEmpty && feats.includes('empty cells')) feats.splice(feats.indexOf('empty cells'), 1);
      if (it.pages[1] > it.pages[0]) feats.push('long (repeated header)');
      if (it.t.small) feats.push('small font');
      if (!it.caption) feats.push('no caption');
      else if (it.t.cap === 'below') feats.push('caption below');
      if (it.notes.length) feats.push('notes');
      const [style, family] = STYLE[it.t.style];
      blocks.push({ type: 'table', index: tables.length, page: it.page });
      tables.push({
        id: `${D.id}-T${tables.length + 1}`, page: it.page, pages: it.pages, caption: it.caption || null,
        caption_position: it.caption ? it.t.cap : null, header_rows: nh, rows, merged_cells: merged,
        notes: it.notes, style, producer: D.producer, section_rows: it.spec.sectionRows || [], style_family: family,
        kind: it.spec.kind, style_detail: styleDetail(D, it.t), features: feats, landscape: false, font_size: it.t.small ? 'small' : 'normal',
      });
    }
  }
  const furniture = [];
  const hf = [D.org];
  for (let p = D.furn.from; p <= T.n; p++) {
    const f = D.furn.fmt.replace('{p}', String(p)).replace('{n}', String(T.n));
    furniture.push({ page: p, header: [D.org], footer: [f] });
    if (!hf.includes(f)) hf.push(f);
  }
  return {
    source_seed: null, variant: 'blind', producer: D.producer, producer_pdf: producerPdf, pages: T.n,
    title: D.title, subtitle: '', author: D.org, front_matter: front,
    layout: { columns: D.columns || 1, title_page: false, paper: D.paper, font: D.producer === JS ? (D.font === 'times' ? 'Times' : 'Helvetica') : 'Roboto', font_size_pt: D.size },
    paragraphs, paragraph_pages, headings, footnotes: [], tables, figures: [], toc, table_free: tables.length === 0,
    headers_footers: furniture.length ? hf : [], page_furniture: furniture, blocks,
    generator: { tool: 'blind14/tables-js/build.js', seed: 4000 + D.n, doc_id: D.id, producer_version: VERSIONS[D.producer] },
  };
}

function styleDetail(D, t) {
  if (D.producer === JS) {
    return {
      grid: "theme 'grid' (every cell stroked)" + (t.variant === 'grey' ? ', headStyles fillColor grey' : ', default teal head fill'),
      zebra: t.variant === 'striped' ? "theme 'striped' (blue head fill, grey alternate rows, no rules)" : "theme 'plain', alternateRowStyles fillColor [236,236,236]",
      header_rule: "theme 'plain', headStyles lineWidth {bottom: 0.8}",
      booktabs: "theme 'plain', per-side lineWidth: 1.2 top of head, 0.6 under head, 1.2 under last row",
      hlines: "theme 'plain', styles lineWidth {bottom: 0.4} on every row, head top and bottom",
      header_fill: "theme 'plain', headStyles fillColor [210,210,210]",
      box: "theme 'plain', tableLineWidth 0.8 (outer border)",
      none: "theme 'plain'",
    }[t.style];
  }
  return {
    grid: 'default layout (all lines 1pt)',
    hlines: "layout 'lightHorizontalLines' (2pt under header, 1pt grey between rows, none at top/bottom)",
    header_rule: "layout 'headerLineOnly'",
    none: "layout 'noBorders'",
    header_fill: "layout 'noBorders', header cells fillColor #d4d4d4",
    zebra: 'custom layout: no lines, fillColor function #ececec on odd body rows',
    booktabs: 'custom layout: hLineWidth 1.2 top/bottom, 0.6 under header rows, no vertical lines',
    box: 'custom layout: outer lines 0.8 only',
  }[t.style];
}

async function buildDoc(D) {
  D.id = 'blind_js_' + String(D.n).padStart(3, '0');
  const R = K.rng(4000 + D.n);
  const region = R.pick(K.REGIONS), city = R.pick(K.CITIES);
  D.org = R.pick(K.ORGS).replace('{r}', region).replace('{c}', city);
  D.year = R.int(2021, 2024);
  D.title = R.pick(['Informe de gestión', 'Memoria anual', 'Informe de evaluación', 'Reporte de seguimiento']) + ' ' + D.year;
  D.place = `${R.pick(K.CITIES)}, ${R.pick(K.MONTHS)} de ${D.year + 1}`;
  const plan = makePlan(D, R);
  const pdf = path.join(HERE, D.id + '.pdf');
  const render = (tocPages) => (D.producer === JS ? Promise.resolve(renderJs(D, R, plan, tocPages)) : renderPm(D, R, plan, tocPages));
  let res = await render(null);
  fs.writeFileSync(pdf, res.bytes);
  let T = pageTexts(pdf);
  let tw = locate(T, plan, D);
  if (plan.some((x) => x.type === 'toc')) {
    const hp = plan.filter((x) => x.type === 'heading' && !x.toc_title).map((x) => x.page);
    res = await render(hp);
    fs.writeFileSync(pdf, res.bytes);
    T = pageTexts(pdf);
    tw = locate(T, plan, D);
    const hp2 = plan.filter((x) => x.type === 'heading' && !x.toc_title).map((x) => x.page);
    if (hp2.join() !== hp.join()) throw new Error(D.id + ': toc pages changed');
    for (const it of plan.filter((x) => x.type === 'toc')) {
      const line = key(`${it.label} ${hp2[it.hi]}`);
      const p = T.lines.findIndex((ls) => ls.includes(line));
      if (p < 0) throw new Error(D.id + ': toc line not found ' + line);
      it.page = p + 1;
    }
  }
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = info.match(/Producer:\s+(.*)/) || info.match(/Creator:\s+(.*)/);
  const t = truth(D, plan, T, m ? m[1].trim() : '', tw);
  // non-breaking spaces are stored as plain spaces everywhere in the truth (as in the other sets)
  const plain = (k, v) => (typeof v === 'string' ? v.replace(/[\u00a0\u202f]/g, ' ') : v);
  fs.writeFileSync(path.join(HERE, D.id + '.truth.json'), JSON.stringify(t, plain, 1) + '\n');
  console.log(`${D.id} ${D.producer} pages=${T.n} tables=${t.tables.map((x) => x.style_family + ' p' + x.pages.join('-')).join(', ')}`);
}

(async () => {
  const only = process.argv.slice(2).map(Number);
  for (const D of DOCS) if (!only.length || only.includes(D.n)) await buildDoc(D);
})().catch((e) => { console.error(e); process.exit(1); });
