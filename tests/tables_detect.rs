//! Table detection on synthetic pages: ruled grids, merged and wrapped cells, booktabs and
//! unruled numeric tables, prose and lists that must not become tables, and joining a table
//! over two pages.

use legajo::eval::adjacency::adjacency_f1;
use legajo::layout::tables::{assemble, find_tables};
use legajo::layout::Line;
use legajo::model::MergedCell;

use crate::tables_synth::*;

const S: f32 = 10.0;

fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
}

/// A three-column ruled table with a caption above and a note below, prose around it.
fn ruled_page() -> (legajo::pdf::TextPage, Vec<Line>) {
    let xs = [60.0, 120.0, 300.0, 540.0];
    let ys = [200.0, 216.0, 258.0, 300.0];
    let mut lines = prose(3, 60.0, 120.0, 480.0, S);
    lines.push(text_line("Cuadro N° 01. Etapa normativa", 230.0, 185.0, S));
    lines.push(cells_line(&[("Año", 64.0), ("Ley", 124.0), ("Contenido", 304.0)], 211.0, S, true));
    lines.push(cells_line(
        &[("2002", 64.0), ("Ley de bases de descentrali-", 124.0), ("Delimita las competencias.", 304.0)],
        228.0,
        S,
        false,
    ));
    lines.push(text_line("zación.", 124.0, 240.0, S));
    lines.push(cells_line(
        &[("2003", 64.0), ("Ley Orgánica de Municipalidades", 124.0), ("Delimita las", 304.0)],
        270.0,
        S,
        false,
    ));
    lines.push(text_line("atribuciones.", 304.0, 282.0, S));
    lines.push(text_line("Fuente: Ley de Bases. Elaboración propia.", 60.0, 315.0, 9.0));
    lines.extend(prose(3, 60.0, 345.0, 480.0, S));
    (page(14, grid_rules(&xs, &ys)), lines)
}

#[test]
fn ruled_grid_with_wrapped_cells_caption_and_note() {
    let (p, lines) = ruled_page();
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    assert_eq!(t.method, "lattice");
    assert_eq!(
        t.rows,
        strings(&[
            &["Año", "Ley", "Contenido"],
            &["2002", "Ley de bases de descentrali-\nzación.", "Delimita las competencias."],
            &["2003", "Ley Orgánica de Municipalidades", "Delimita las\natribuciones."],
        ])
    );
    assert_eq!(t.header_rows, 1);
    assert!(t.merged_cells.is_empty());
    assert_eq!(t.caption.as_ref().map(|c| c.0.as_str()), Some("Cuadro N° 01. Etapa normativa"));
    assert_eq!(
        t.notes.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
        vec!["Fuente: Ley de Bases. Elaboración propia."]
    );
    assert!((t.bbox[0] - 60.0).abs() < 1.0 && (t.bbox[3] - 300.0).abs() < 1.0, "{:?}", t.bbox);
    assert!(!t.placement.starts_page && !t.placement.ends_page);
}

#[test]
fn missing_inner_border_makes_a_spanning_cell() {
    let xs = [60.0, 160.0, 300.0, 500.0];
    let ys = [100.0, 116.0, 132.0, 148.0];
    let mut rules = grid_rules(&xs, &ys);
    // Remove the vertical between columns 1 and 2 in row 2.
    rules.retain(|r| !(r.x0 == 300.0 && r.x1 == 300.0 && r.y0 == 132.0));
    let lines = vec![
        cells_line(&[("Competencias", 64.0), ("Nacional", 164.0), ("Regional", 304.0)], 111.0, S, true),
        cells_line(&[("Exclusivas", 64.0), ("Defensa", 164.0), ("Planificar", 304.0)], 127.0, S, false),
        cells_line(&[("Compartidas", 64.0), ("Educación, salud pública y cultura", 200.0)], 143.0, S, false),
    ];
    let ts = find_tables(&page(15, rules), &lines);
    assert_eq!(ts.len(), 1);
    let t = &ts[0];
    assert_eq!(t.rows[2], vec!["Compartidas", "Educación, salud pública y cultura", ""]);
    assert_eq!(t.merged_cells, vec![MergedCell { row: 2, col: 1, rowspan: 1, colspan: 2 }]);
    assert_eq!(t.header_rows, 1);
}

#[test]
fn spanning_header_over_two_rows() {
    // "Año" spans two header rows; "Promedio" spans two columns.
    let xs = [60.0, 120.0, 220.0, 320.0];
    let ys = [100.0, 116.0, 132.0, 148.0, 164.0];
    let mut rules = grid_rules(&xs, &ys);
    rules.retain(|r| !(r.y0 == 116.0 && r.y1 == 116.0 && r.x0 == 60.0));
    rules.retain(|r| !(r.x0 == 220.0 && r.x1 == 220.0 && r.y0 == 100.0));
    let lines = vec![
        cells_line(&[("Año", 64.0), ("Promedio", 150.0)], 111.0, S, true),
        cells_line(&[("PIA", 124.0), ("PIM", 224.0)], 127.0, S, true),
        cells_line(&[("2016", 64.0), ("610 785", 124.0), ("447 003", 224.0)], 143.0, S, false),
        cells_line(&[("2017", 64.0), ("1 049 865", 124.0), ("693 655", 224.0)], 159.0, S, false),
    ];
    let ts = find_tables(&page(3, rules), &lines);
    assert_eq!(ts.len(), 1);
    let t = &ts[0];
    assert_eq!(t.rows[0], vec!["Año", "Promedio", ""]);
    assert_eq!(t.rows[1], vec!["", "PIA", "PIM"]);
    assert_eq!(t.rows[2], vec!["2016", "610 785", "447 003"]);
    assert_eq!(t.header_rows, 2);
    assert!(t.merged_cells.contains(&MergedCell { row: 0, col: 0, rowspan: 2, colspan: 1 }));
    assert!(t.merged_cells.contains(&MergedCell { row: 0, col: 1, rowspan: 1, colspan: 2 }));
}

/// An unruled numeric table: label column left-aligned, numbers right-aligned, spaces as
/// thousands separators.
fn numeric_lines(top: f32) -> Vec<Line> {
    let data: [(&str, &str, &str, &str); 6] = [
        ("Salud", "610 785", "447 003", "-27%"),
        ("Salud", "802 327", "1 049 865", "31%"),
        ("Educación", "1 953 533", "1 667 472", "-15%"),
        ("Educación", "517 968", "1 411 926", "173%"),
        ("Transporte", "4 562 810", "5 044 123", "11%"),
        ("Agricultura", "388 415", "712 004", "83%"),
    ];
    let mut out = Vec::new();
    for (i, (a, b, c, d)) in data.iter().enumerate() {
        let y = top + i as f32 * 14.0;
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, 250.0), (c, 360.0), (d, 450.0)], y, S).words);
        out.push(line(l.words));
    }
    out
}

#[test]
fn unruled_numeric_table_keeps_thousands_together() {
    let mut lines = prose(4, 60.0, 100.0, 420.0, S);
    lines.push(text_line("Cuadro 1. Variación promedio", 60.0, 170.0, S));
    lines.extend(numeric_lines(190.0));
    lines.push(text_line("Fuente: MEF. Elaboración: GPC.", 60.0, 290.0, 9.0));
    lines.extend(prose(4, 60.0, 320.0, 420.0, S));
    let ts = find_tables(&page(3, Vec::new()), &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    assert_eq!(t.method, "stream");
    assert_eq!(t.rows[0], vec!["Salud", "610 785", "447 003", "-27%"]);
    assert_eq!(t.rows[2], vec!["Educación", "1 953 533", "1 667 472", "-15%"]);
    assert_eq!(t.rows.len(), 6);
    assert_eq!(t.caption.as_ref().map(|c| c.0.as_str()), Some("Cuadro 1. Variación promedio"));
    assert_eq!(t.notes.len(), 1);
}

#[test]
fn booktabs_table_with_header_under_a_rule() {
    let rules = vec![hrule(60.0, 460.0, 175.0), hrule(60.0, 460.0, 196.0), hrule(60.0, 460.0, 276.0)];
    let mut lines = prose(3, 60.0, 100.0, 420.0, S);
    lines.push(line(
        right_line(&[("Año", 90.0), ("Nacional", 250.0), ("Regional", 360.0), ("Var.", 450.0)], 188.0, S).words,
    ));
    lines.extend(numeric_lines(210.0).into_iter().take(5));
    let ts = find_tables(&page(4, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    assert_eq!(t.header_rows, 1);
    assert_eq!(t.rows[0][1], "Nacional");
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn two_column_prose_is_not_a_table() {
    let mut lines = Vec::new();
    let left = prose(30, 60.0, 100.0, 220.0, S);
    let right = prose(30, 310.0, 100.0, 220.0, S);
    for (l, r) in left.into_iter().zip(right) {
        let mut ws = l.words;
        ws.extend(r.words);
        lines.push(line(ws));
    }
    assert!(find_tables(&page(2, Vec::new()), &lines).is_empty());
}

#[test]
fn lists_and_paragraphs_are_not_tables() {
    let mut lines = prose(8, 60.0, 100.0, 450.0, S);
    for i in 0..6 {
        let y = 220.0 + i as f32 * 12.0;
        let mut ws = words_of("•", 70.0, y, S, false).0;
        ws.extend(prose(1, 90.0, y, 400.0 - (i as f32) * 30.0, S).remove(0).words);
        lines.push(line(ws));
    }
    for i in 0..5 {
        let y = 320.0 + i as f32 * 12.0;
        let mut ws = words_of(&format!("{})", i + 1), 70.0, y, S, false).0;
        ws.extend(prose(1, 95.0, y, 420.0, S).remove(0).words);
        lines.push(line(ws));
    }
    assert!(find_tables(&page(2, Vec::new()), &lines).is_empty());
}

#[test]
fn a_page_frame_or_a_boxed_paragraph_is_not_a_table() {
    let rules = grid_rules(&[40.0, 555.0], &[40.0, 800.0]);
    let lines = prose(20, 60.0, 100.0, 450.0, S);
    assert!(find_tables(&page(2, rules), &lines).is_empty());
}

#[test]
fn table_over_two_pages_is_joined_once() {
    let xs = [60.0, 100.0, 400.0, 540.0];
    let head = |y: f32| cells_line(&[("N°", 64.0), ("TENDENCIA", 104.0), ("PUNTAJE", 404.0)], y, S, true);
    // Page 2: text, caption, table down to the footer.
    let ys_a: Vec<f32> = (0..=4).map(|i| 600.0 + 40.0 * i as f32).collect();
    let mut a = prose(20, 60.0, 100.0, 480.0, S);
    a.push(text_line("CUADRO 1. Matriz de valoración", 200.0, 590.0, S));
    a.push(head(612.0));
    for i in 0..3 {
        a.push(cells_line(
            &[(&format!("{}", i + 1), 64.0), ("Globalización", 104.0), ("5.00", 404.0)],
            652.0 + 40.0 * i as f32,
            S,
            false,
        ));
    }
    a.push(text_line("Página 2 de 9", 260.0, 815.0, 9.0));
    // Page 3: the header again, more rows, then text.
    let ys_b: Vec<f32> = (0..=3).map(|i| 60.0 + 40.0 * i as f32).collect();
    let mut b = vec![text_line("PESEM de Relaciones Exteriores", 200.0, 30.0, 9.0), head(72.0)];
    for i in 0..2 {
        b.push(cells_line(
            &[(&format!("{}", i + 4), 64.0), ("Multipolaridad", 104.0), ("4.50", 404.0)],
            112.0 + 40.0 * i as f32,
            S,
            false,
        ));
    }
    b.extend(prose(10, 60.0, 220.0, 480.0, S));
    let pa = find_tables(&page(2, grid_rules(&xs, &ys_a)), &a);
    let pb = find_tables(&page(3, grid_rules(&xs, &ys_b)), &b);
    assert_eq!((pa.len(), pb.len()), (1, 1));
    assert!(pa[0].placement.ends_page, "{:?}", pa[0].placement);
    assert!(pb[0].placement.starts_page, "{:?}", pb[0].placement);
    let parts: Vec<_> = pa.into_iter().chain(pb).collect();
    let (ts, idx) = assemble(&parts);
    assert_eq!(ts.len(), 1);
    assert_eq!(idx, vec![0, 0]);
    let t = &ts[0];
    assert_eq!(t.pages, [2, 3]);
    assert_eq!(t.rows.len(), 6);
    assert_eq!(t.rows[4], vec!["4", "Multipolaridad", "4.50"]);
    assert_eq!(t.header_rows, 1);
    assert_eq!(t.caption.as_deref(), Some("CUADRO 1. Matriz de valoración"));
    assert_eq!(t.id, "t1");
}

#[test]
fn adjacency_of_found_grid_is_perfect_on_the_ruled_page() {
    let (p, lines) = ruled_page();
    let ts = find_tables(&p, &lines);
    // The detector leaves line-end hyphens to the normaliser; the measure (like ICDAR's)
    // ignores whitespace but not hyphens.
    let want = strings(&[
        &["Año", "Ley", "Contenido"],
        &["2002", "Ley de bases de descentrali- zación.", "Delimita las competencias."],
        &["2003", "Ley Orgánica de Municipalidades", "Delimita las atribuciones."],
    ]);
    let s = adjacency_f1(&want, &ts[0].rows);
    assert_eq!(s.f1, 1.0, "{s:?}");
}

/// Two columns of short entries side by side (an index, a spread of credits): rows of two
/// chunks that line up, but nothing says they are a table.
fn two_short_columns(bold_left: bool) -> Vec<Line> {
    let left = ["Abbildung", "affine", "differenzierbare", "homotope", "Atlas", "Bogenlänge", "Deckbewegung"];
    let right =
        ["zusammenhängend", "Einheitsnormalenfeld", "Charakteristik", "Polyederformel", "Fläche", "Faser", "Gruppe"];
    let mut lines = Vec::new();
    for (i, (l, r)) in left.iter().zip(right).enumerate() {
        let y = 200.0 + i as f32 * 12.0;
        let mut ws = words_of(l, 90.0, y, S, bold_left).0;
        ws.extend(words_of(r, 320.0, y, S, false).0);
        lines.push(line(ws));
    }
    lines
}

#[test]
fn two_columns_of_entries_need_evidence_to_be_a_table() {
    let plain = two_short_columns(false);
    assert!(find_tables(&page(2, Vec::new()), &plain).is_empty());
    // A bold label column beside a plain one reads as labels and values.
    let labelled = two_short_columns(true);
    assert_eq!(find_tables(&page(2, Vec::new()), &labelled).len(), 1);
    // So does a labelled caption right above.
    let mut captioned = two_short_columns(false);
    captioned.push(text_line("Cuadro 4. Términos y definiciones", 90.0, 185.0, S));
    let ts = find_tables(&page(2, Vec::new()), &captioned);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0].caption.as_ref().map(|c| c.0.as_str()), Some("Cuadro 4. Términos y definiciones"));
}

#[test]
fn numbered_list_with_wide_gaps_is_not_a_table() {
    let mut lines = Vec::new();
    for i in 0..6 {
        let y = 200.0 + i as f32 * 14.0;
        let mut ws = words_of(&format!("{}.", i + 1), 90.0, y, S, false).0;
        ws.extend(words_of("Suyu Llaqta Amachaqen kamachiy", 140.0, y, S, false).0);
        lines.push(line(ws));
    }
    assert!(find_tables(&page(2, Vec::new()), &lines).is_empty());
}

#[test]
fn parallel_texts_are_not_a_table() {
    // A bilingual law: the same text in two columns, lines going on in lower case.
    let left = ["Jato axeati,", "jato akinti itan", "wetsaresibiakin", "menin akin", "jawen jakonma"];
    let right = ["Capacitación,", "asistencia e", "innovación", "tecnológica del", "artesano peruano"];
    let mut lines = vec![cells_line(&[("TÍTULO IV", 90.0), ("TÍTULO IV", 320.0)], 188.0, S, true)];
    for (i, (l, r)) in left.iter().zip(right).enumerate() {
        lines.push(cells_line(&[(l, 90.0), (r, 320.0)], 200.0 + i as f32 * 12.0, S, false));
    }
    assert!(find_tables(&page(2, Vec::new()), &lines).is_empty());
}

#[test]
fn a_plot_with_axes_ticks_and_labels_is_not_a_table() {
    // Axes through the origin, tick marks every 40 pt, and tick labels.
    let (ox, oy) = (300.0, 400.0);
    let mut rules = vec![hrule(150.0, 450.0, oy), vrule(ox, 250.0, 550.0)];
    let mut lines = Vec::new();
    for k in -3i32..=3 {
        if k == 0 {
            continue;
        }
        let x = ox + 40.0 * k as f32;
        let y = oy + 40.0 * k as f32;
        rules.push(vrule(x, oy - 2.0, oy + 2.0));
        rules.push(hrule(ox - 2.0, ox + 2.0, y));
        lines.push(text_line(&format!("{}", 2 * k), x - 3.0, oy + 12.0, 8.0));
        lines.push(text_line(&format!("{}", -2 * k), ox - 14.0, y + 3.0, 8.0));
    }
    // A frame around the plot and a box of grid lines inside it.
    rules.extend(grid_rules(&[150.0, 300.0, 450.0], &[250.0, 400.0, 550.0]));
    lines.push(text_line("x", 440.0, 392.0, 8.0));
    lines.push(text_line("y", 305.0, 258.0, 8.0));
    let ts = find_tables(&page(5, rules), &lines);
    assert!(ts.is_empty(), "{ts:#?}");
}

#[test]
fn formula_pieces_are_not_a_table() {
    // A 2 × 2 matrix typeset in aligned pieces, with its brackets and the text around it.
    let lines = vec![
        cells_line(&[("⎛", 150.0), ("⎞", 230.0)], 300.0, S, false),
        cells_line(&[("M =", 120.0), ("a", 165.0), ("b", 210.0), ("∈ SL2(R)", 250.0)], 312.0, S, false),
        cells_line(&[("⎝", 150.0), ("c", 165.0), ("d", 210.0), ("⎠", 230.0)], 324.0, S, false),
    ];
    assert!(find_tables(&page(5, Vec::new()), &lines).is_empty());
}

#[test]
fn a_title_at_the_top_of_the_next_page_starts_a_new_table() {
    let xs = [60.0, 300.0, 540.0];
    let head = |y: f32| cells_line(&[("Pollutant", 64.0), ("Threshold", 304.0)], y, S, true);
    let rows = |y0: f32, names: &[&str]| -> Vec<Line> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| cells_line(&[(n, 64.0), ("100", 304.0)], y0 + 20.0 * i as f32, S, false))
            .collect()
    };
    // Page 1: a table down to the bottom of the page.
    let ys_a: Vec<f32> = (0..=4).map(|i| 700.0 + 20.0 * i as f32).collect();
    let mut a = prose(20, 60.0, 100.0, 480.0, S);
    a.push(head(714.0));
    a.extend(rows(734.0, &["Arsenic", "Cadmium", "Copper"]));
    // Page 2: a bold title in the page's top band, then a table with the same header.
    let ys_b: Vec<f32> = (0..=3).map(|i| 80.0 + 20.0 * i as f32).collect();
    let mut b = vec![line(words_of("Pesticides", 270.0, 72.0, 12.0, true).0), head(94.0)];
    b.extend(rows(114.0, &["Alachlor", "Aldrin"]));
    b.extend(prose(10, 60.0, 200.0, 480.0, S));
    let pa = find_tables(&page(1, grid_rules(&xs, &ys_a)), &a);
    let pb = find_tables(&page(2, grid_rules(&xs, &ys_b)), &b);
    assert_eq!((pa.len(), pb.len()), (1, 1));
    assert_eq!(pb[0].caption.as_ref().map(|c| c.0.as_str()), Some("Pesticides"));
    let parts: Vec<_> = pa.into_iter().chain(pb).collect();
    assert_eq!(assemble(&parts).0.len(), 2);
}

#[test]
fn a_section_row_under_the_header_is_body() {
    let xs = [60.0, 120.0, 400.0, 540.0];
    let ys: Vec<f32> = (0..=4).map(|i| 100.0 + 18.0 * i as f32).collect();
    let mut rules = grid_rules(&xs, &ys);
    // Row 1 is one cell across the whole width.
    rules.retain(|r| !(r.x0 == r.x1 && (r.x0 == 120.0 || r.x0 == 400.0) && r.y0 == ys[1]));
    let lines = vec![
        cells_line(&[("N°", 64.0), ("ACCIONES", 124.0), ("RESPONSABLES", 404.0)], 113.0, S, true),
        cells_line(&[("OBJETIVO ESTRATÉGICO N° 1: Posicionar al Perú", 64.0)], 131.0, S, true),
        cells_line(&[("1.1.", 64.0), ("Fortalecer la defensa", 124.0), ("DGM", 404.0)], 149.0, S, false),
        cells_line(&[("1.2.", 64.0), ("Fortalecer la alianza", 124.0), ("DGA", 404.0)], 167.0, S, false),
    ];
    let ts = find_tables(&page(3, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0].merged_cells, vec![MergedCell { row: 1, col: 0, rowspan: 1, colspan: 3 }]);
    assert_eq!(ts[0].header_rows, 1);
}

/// A three-column table between a top, a middle and a bottom rule (no vertical rule), whose
/// first and last cells wrap over two lines, rows padded apart.
fn booktabs_wrapped() -> Vec<Line> {
    let mut lines = vec![cells_line(&[("Norma", 60.0), ("Fecha", 230.0), ("Materia", 350.0)], 112.0, 10.0, true)];
    let rows = [
        ("Decreto Legislativo", "N° 1268", "14 de marzo", "Aprueba la política", "regional de género."),
        ("Resolución Directoral", "N° 0010-2003", "5 de abril", "Regula la rendición", "de cuentas."),
        ("Decreto Supremo", "N° 067-2003", "23 de abril", "Modifica la estructura", "programática."),
    ];
    let mut y = 136.0;
    for (a1, a2, d, m1, m2) in rows {
        lines.push(cells_line(&[(a1, 60.0), (d, 230.0), (m1, 350.0)], y, 10.0, false));
        lines.push(cells_line(&[(a2, 60.0), (m2, 350.0)], y + 12.0, 10.0, false));
        y += 30.0;
    }
    lines
}

#[test]
fn booktabs_rules_bound_a_table_with_wrapped_cells() {
    let rules = vec![hrule(55.0, 520.0, 100.0), hrule(55.0, 520.0, 120.0), hrule(55.0, 520.0, 210.0)];
    let ts = find_tables(&page(4, rules), &booktabs_wrapped());
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 4, "{:?}", t.rows);
    assert_eq!(t.header_rows, 1);
    assert_eq!(t.rows[1][0].replace('\n', " "), "Decreto Legislativo N° 1268");
    assert_eq!(t.rows[1][2].replace('\n', " "), "Aprueba la política regional de género.");
    assert_eq!(t.rows[3][1], "23 de abril");
}

#[test]
fn zebra_bands_without_rules_bound_a_table() {
    let mut p = page(5, Vec::new());
    let lines = booktabs_wrapped();
    // A band behind the header and behind every other body row.
    for (top, bottom) in [(100.0, 120.0), (153.0, 183.0)] {
        p.rects.push(legajo::pdf::FilledRect { bbox: [55.0, top, 520.0, bottom], color: 0xDD_EE_FF });
    }
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    assert_eq!(ts[0].rows.len(), 4, "{:?}", ts[0].rows);
    assert_eq!(ts[0].rows[2][0].replace('\n', " "), "Resolución Directoral N° 0010-2003");
}

#[test]
fn prose_between_two_rules_is_not_a_table() {
    // A boxed paragraph or text between a running-head rule and a footer rule.
    let rules = vec![hrule(55.0, 520.0, 100.0), hrule(55.0, 520.0, 200.0)];
    let lines = prose(6, 60.0, 115.0, 450.0, 10.0);
    assert!(find_tables(&page(2, rules), &lines).is_empty());
}

/// A table of norms whose cells wrap, rows set without extra space between them (the second
/// line of a row is as far from the first as the next row is).
fn evenly_wrapped(y0: f32) -> Vec<Line> {
    let mut lines = vec![cells_line(&[("Norma", 60.0), ("Fecha", 230.0), ("Materia", 350.0)], y0, 10.0, true)];
    let rows = [
        (
            "Ordenanza Regional N°",
            "054-2003-GRLL/CR",
            "24 de enero",
            "Establece medidas para la",
            "integridad pública.",
        ),
        ("Decreto Supremo N°", "022-2011-MC", "6 de marzo", "Regula las cuentas del año", "fiscal y dicta medidas."),
        (
            "Resolución Directoral N°",
            "0001-2009-EF/50.01",
            "13 de marzo",
            "Aprueba el Plan Regional y",
            "Convivencia Social.",
        ),
    ];
    let mut y = y0 + 16.0;
    for (a1, a2, d, m1, m2) in rows {
        lines.push(cells_line(&[(a1, 60.0), (d, 230.0), (m1, 350.0)], y, 10.0, false));
        lines.push(cells_line(&[(a2, 60.0), (m2, 350.0)], y + 12.0, 10.0, false));
        y += 24.0;
    }
    lines
}

#[test]
fn evenly_set_wrapped_cells_between_booktabs_rules_stay_one_row() {
    let rules = vec![hrule(55.0, 540.0, 100.0), hrule(55.0, 540.0, 120.0), hrule(55.0, 540.0, 196.0)];
    let ts = find_tables(&page(4, rules), &evenly_wrapped(112.0));
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 4, "{:?}", t.rows);
    assert_eq!(t.rows[1][0].replace('\n', " "), "Ordenanza Regional N° 054-2003-GRLL/CR");
    assert_eq!(t.rows[3][2].replace('\n', " "), "Aprueba el Plan Regional y Convivencia Social.");
}

#[test]
fn a_rule_under_every_row_separates_rows_not_tables() {
    // Upper-case continuation lines: only the rules tell where a row ends.
    let mut lines = vec![cells_line(&[("Norma", 60.0), ("Fecha", 230.0), ("Materia", 350.0)], 112.0, 10.0, true)];
    let mut rules = vec![hrule(55.0, 540.0, 100.0), hrule(55.0, 540.0, 117.0)];
    let mut y = 130.0;
    for (a1, a2, d, m1, m2) in [
        ("Resolución de Presidencia", "Consejo Directivo", "03/10/2002", "Aprueba la política", "Nacional."),
        ("Decreto Supremo N°", "MINCETUR", "12/07/2009", "Regula la rendición", "Pública."),
        ("Ordenanza Regional", "GRA/CR", "14/09/2011", "Establece disposiciones", "Generales."),
    ] {
        lines.push(cells_line(&[(a1, 60.0), (d, 230.0), (m1, 350.0)], y, 10.0, false));
        lines.push(cells_line(&[(a2, 60.0), (m2, 350.0)], y + 12.0, 10.0, false));
        rules.push(hrule(55.0, 540.0, y + 17.0));
        y += 30.0;
    }
    let ts = find_tables(&page(4, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    assert_eq!(ts[0].rows.len(), 4, "{:?}", ts[0].rows);
    assert_eq!(ts[0].rows[2][0].replace('\n', " "), "Decreto Supremo N° MINCETUR");
    assert_eq!(ts[0].rows[2][2].replace('\n', " "), "Regula la rendición Pública.");
}

#[test]
fn a_caption_between_two_ruled_tables_keeps_them_apart() {
    // Two booktabs tables of the same width, the second's caption between them.
    let mut lines = evenly_wrapped(112.0);
    lines.push(text_line("Cuadro 2. Normas del periodo siguiente", 150.0, 222.0, 10.0));
    lines.extend(evenly_wrapped(252.0));
    let mut rules = vec![hrule(55.0, 540.0, 100.0), hrule(55.0, 540.0, 120.0), hrule(55.0, 540.0, 196.0)];
    rules.extend([hrule(55.0, 540.0, 240.0), hrule(55.0, 540.0, 260.0), hrule(55.0, 540.0, 336.0)]);
    let ts = find_tables(&page(4, rules), &lines);
    assert_eq!(ts.len(), 2, "{ts:?}");
    assert_eq!(ts[1].caption.as_ref().map(|c| c.0.as_str()), Some("Cuadro 2. Normas del periodo siguiente"));
    assert_eq!(ts[1].rows.len(), 4, "{:?}", ts[1].rows);
}

/// An unruled table with wrapped cells and a header label over two lines ("Unidad de" /
/// "medida"), x from 60 to about 470, y from 112 to about 232.
fn wrapped_cells_table() -> Vec<Line> {
    let mut lines = vec![cells_line(
        &[("Actividad", 60.0), ("Unidad de", 230.0), ("Meta", 350.0), ("Avance", 430.0)],
        112.0,
        10.0,
        true,
    )];
    lines.push(cells_line(&[("medida", 230.0)], 124.0, 10.0, true));
    let mut y = 142.0;
    for (a1, a2, u, m, v) in [
        ("Supervisión de obras de", "riego en ejecución", "Kilómetro", "27", "33"),
        ("Campañas de sensibilización", "ambiental", "Documento", "28", "35"),
        ("Entrega de kits de abrigo", "familias vulnerables", "Informe", "13", "29"),
        ("Visitas de fiscalización de", "obras", "Informe", "26", "72"),
    ] {
        lines.push(cells_line(&[(a1, 60.0), (u, 230.0), (m, 350.0), (v, 430.0)], y, 10.0, false));
        lines.push(cells_line(&[(a2, 60.0)], y + 12.0, 10.0, false));
        y += 24.0;
    }
    lines
}

#[test]
fn unruled_wrapped_cells_stay_one_row() {
    // No rule at all: the columns come from the whitespace, the wrapped lines read as the
    // rest of the cells above (lower case, connectors).
    let lines = wrapped_cells_table();
    let ts = find_tables(&page(3, Vec::new()), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 5, "{:?}", t.rows);
    assert_eq!(t.rows[0][1].replace('\n', " "), "Unidad de medida");
    assert_eq!(t.rows[1][0].replace('\n', " "), "Supervisión de obras de riego en ejecución");
    assert_eq!(t.rows[4], vec!["Visitas de fiscalización de\nobras", "Informe", "26", "72"]);
}

/// Regions with two amounts and a share, thousands separated by word spaces.
const REGION_ROWS: [(&str, &str, &str, &str); 5] = [
    ("Amazonas", "33 931 720", "53 932 097", "72,1 %"),
    ("Cusco", "10 984 270", "14 368 014", "75,6 %"),
    ("La Libertad", "29 404 170", "31 002 275", "70,9 %"),
    ("Piura", "7 386 340", "9 638 125", "82,2 %"),
    ("Total", "171 158 960", "233 833 986", "73,6 %"),
];

/// One line per row from y = 160 every 13 pt: the label left-aligned at x = 60, the other
/// three cells right-aligned at `right` (their right edges).
fn number_rows(rows: &[(&str, &str, &str, &str)], right: [f32; 3]) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, (a, b, c, d)) in rows.iter().enumerate() {
        let y = 160.0 + i as f32 * 13.0;
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, right[0]), (c, right[1]), (d, right[2])], y, S).words);
        lines.push(line(l.words));
    }
    lines
}

#[test]
fn tight_unruled_columns_come_from_the_runs_whitespace() {
    // Columns only 0.6 em apart, thousands separated by word spaces: the gap that splits
    // columns is measured against the table's own word spaces, not a fixed width.
    let mut lines = prose(3, 60.0, 100.0, 420.0, S);
    lines.extend(number_rows(&REGION_ROWS, [185.0, 241.0, 274.5]));
    lines.extend(prose(3, 60.0, 250.0, 420.0, S));
    let ts = find_tables(&page(2, Vec::new()), &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    assert_eq!(t.rows[0], vec!["Amazonas", "33 931 720", "53 932 097", "72,1 %"]);
    assert_eq!(t.rows[3], vec!["Piura", "7 386 340", "9 638 125", "82,2 %"]);
}

#[test]
fn wrapped_label_lines_do_not_make_an_unruled_table_sparse() {
    // Row labels wrap onto lines of their own: counted line by line, most positions of the
    // grid are empty; counted by the rows a reader sees, they are not.
    let mut lines = vec![cells_line(
        &[("Genérica de gasto", 60.0), ("PIA", 200.0), ("PIM", 260.0), ("Devengado", 320.0), ("Avance", 400.0)],
        112.0,
        S,
        false,
    )];
    let rows: [(&[&str], [&str; 4]); 4] = [
        (
            &["Personal y obligaciones", "sociales del régimen", "laboral público"],
            ["16,178,421", "23,309,133", "19,487,609", "83.6%"],
        ),
        (
            &["Pensiones y otras", "prestaciones sociales", "del Estado"],
            ["45,922,049", "30,066,961", "20,066,961", "65.5%"],
        ),
        (&["Donaciones y", "transferencias"], ["48,940,074", "80,237,686", "50,776,990", "63.3%"]),
        (&["Adquisición de activos", "no financieros"], ["41,476,527", "55,115,517", "40,980,181", "74.4%"]),
    ];
    let mut y = 130.0;
    for (label, v) in rows {
        let cells = [(label[0], 60.0), (v[0], 200.0), (v[1], 260.0), (v[2], 320.0), (v[3], 400.0)];
        lines.push(cells_line(&cells, y, S, false));
        for (k, more) in label.iter().enumerate().skip(1) {
            lines.push(cells_line(&[(more, 60.0)], y + 11.5 * k as f32, S, false));
        }
        y += 11.5 * label.len() as f32 + 8.0;
    }
    let ts = find_tables(&page(3, Vec::new()), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 5, "{:?}", t.rows);
    assert_eq!(t.rows[2][0].replace('\n', " "), "Pensiones y otras prestaciones sociales del Estado");
    assert_eq!(t.rows[4][4], "74.4%");
}

#[test]
fn a_header_wider_than_its_numbers_stays_over_their_column() {
    // Right-aligned numbers under long labels: each label starts left of the middle of the
    // gutter before its column, yet belongs to the column whose numbers it stands over.
    let rules = vec![hrule(55.0, 340.0, 96.0), hrule(55.0, 340.0, 116.0), hrule(55.0, 340.0, 160.0)];
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let mut head = cells_line(&[("Grupo", 60.0)], 110.0, S, true);
    head.words.extend(right_line(&[("Población masculina", 200.0), ("Población femenina", 330.0)], 110.0, S).words);
    lines.push(line(head.words));
    for (i, (a, b, c)) in
        [("Niños", "665", "835"), ("Adultos", "618", "642"), ("Mayores", "301", "377")].iter().enumerate()
    {
        let y = 128.0 + 12.0 * i as f32;
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, 200.0), (c, 330.0)], y, S).words);
        lines.push(line(l.words));
    }
    let ts = find_tables(&page(2, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows[0], vec!["Grupo", "Población masculina", "Población femenina"]);
    assert_eq!(t.rows[2], vec!["Adultos", "618", "642"]);
    assert_eq!(t.header_rows, 1);
}

#[test]
fn a_header_starting_with_a_note_word_is_not_a_note() {
    // "Fuente de financiamiento" heads a column; "Fuente:" under the table is a note.
    let rules = vec![hrule(55.0, 460.0, 96.0), hrule(55.0, 460.0, 116.0), hrule(55.0, 460.0, 160.0)];
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let mut head = cells_line(&[("Fuente de financiamiento", 60.0)], 110.0, S, false);
    head.words.extend(right_line(&[("PIM (S/)", 330.0), ("%", 450.0)], 110.0, S).words);
    lines.push(line(head.words));
    for (i, (a, b, c)) in [
        ("Recursos ordinarios", "57,974,384.77", "53,6%"),
        ("Donaciones", "7,039,172.22", "77,5%"),
        ("Canon", "4,555,962.01", "55,9%"),
    ]
    .iter()
    .enumerate()
    {
        let y = 128.0 + 12.0 * i as f32;
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, 330.0), (c, 450.0)], y, S).words);
        lines.push(line(l.words));
    }
    lines.push(text_line("Fuente: MEF, consulta amigable.", 60.0, 172.0, 9.0));
    let ts = find_tables(&page(2, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 4, "{:?}", t.rows);
    assert_eq!(t.rows[0], vec!["Fuente de financiamiento", "PIM (S/)", "%"]);
    assert_eq!(t.header_rows, 1);
    assert_eq!(t.notes.len(), 1);
}

#[test]
fn a_header_cell_filled_over_two_rows_joins_the_header_band() {
    // Zebra table filled cell by cell: the first header cell spans both header rows, the
    // other header cells are filled row by row beside it.
    let mut p = page(6, Vec::new());
    let fill = |p: &mut legajo::pdf::TextPage, b: [f32; 4]| {
        p.rects.push(legajo::pdf::FilledRect { bbox: b, color: 0xCC_DD_EE });
    };
    fill(&mut p, [55.0, 100.0, 160.0, 132.0]);
    fill(&mut p, [160.0, 100.0, 520.0, 116.0]);
    fill(&mut p, [160.0, 116.0, 520.0, 132.0]);
    fill(&mut p, [55.0, 145.0, 520.0, 159.0]);
    fill(&mut p, [55.0, 173.0, 520.0, 187.0]);
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    lines.push(cells_line(&[("Nivel", 60.0), ("Matrícula", 300.0), ("Var. %", 450.0)], 111.0, S, true));
    lines.push(cells_line(&[("2019", 200.0), ("2020", 300.0), ("2021", 380.0), ("2021/2020", 450.0)], 127.0, S, true));
    for (i, (a, b, c, d, e)) in [
        ("Inicial", "117 602", "126 620", "129 528", "2.3%"),
        ("Primaria", "6 378", "6 067", "5 435", "-10.4%"),
        ("Secundaria", "62 448", "59 002", "62 696", "6.3%"),
        ("Superior", "8 851", "8 107", "8 620", "1.8%"),
    ]
    .iter()
    .enumerate()
    {
        let y = 155.0 + 14.0 * i as f32;
        lines.push(cells_line(&[(a, 60.0), (b, 200.0), (c, 300.0), (d, 380.0), (e, 450.0)], y, S, false));
    }
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 6, "{:?}", t.rows);
    assert_eq!(t.rows[0][0], "Nivel");
    assert_eq!(t.rows[1][1], "2019");
    assert_eq!(t.rows[5], vec!["Superior", "8 851", "8 107", "8 620", "1.8%"]);
}

#[test]
fn a_plots_grid_lines_with_panel_labels_are_not_a_table() {
    // Panels of a chart: grey grid lines across the panels with nothing between them, the
    // panel names in strips above and below, year ticks on top.
    let rules: Vec<legajo::pdf::Rule> = (0..6).map(|i| hrule(127.0, 447.0, 160.0 + 10.5 * i as f32)).collect();
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let small = 5.7;
    let names = ["Czech Republic", "Germany", "Hungary", "Sweden", "United Kingdom"];
    let ticks: Vec<(&str, f32)> =
        (0..5).flat_map(|k| [("2004", 131.0 + 64.0 * k as f32), ("2007", 176.0 + 64.0 * k as f32)]).collect();
    lines.push(cells_line(&ticks, 140.0, 5.0, false));
    let cells: Vec<(&str, f32)> = names.iter().enumerate().map(|(k, n)| (*n, 140.0 + 64.0 * k as f32)).collect();
    lines.push(cells_line(&cells, 151.0, small, false));
    let below = ["Austria", "Belgium", "Denmark", "Finland", "Netherlands"];
    let cells: Vec<(&str, f32)> = below.iter().enumerate().map(|(k, n)| (*n, 140.0 + 64.0 * k as f32)).collect();
    lines.push(cells_line(&cells, 220.0, small, false));
    lines.extend(prose(3, 60.0, 260.0, 420.0, S));
    let ts = find_tables(&page(1, rules), &lines);
    assert!(ts.is_empty(), "{ts:#?}");
}

#[test]
fn a_column_filled_once_keeps_its_header_label() {
    // A rule under a two-line header only; the first quarter's column holds one number,
    // under its own label ("I / Trim."): a column, not a stray gap of "Unidad de medida".
    let mut lines = prose(2, 60.0, 70.0, 450.0, S);
    lines.push(cells_line(&[("Actividad operativa", 60.0), ("Unidad de", 200.0)], 110.0, S, false));
    lines
        .last_mut()
        .unwrap()
        .words
        .extend(right_line(&[("I", 330.0), ("II", 380.0), ("III", 430.0), ("Total", 490.0)], 110.0, S).words);
    lines.push(cells_line(&[("medida", 200.0)], 122.0, S, false));
    lines
        .last_mut()
        .unwrap()
        .words
        .extend(right_line(&[("Trim.", 330.0), ("Trim.", 380.0), ("Trim.", 430.0)], 122.0, S).words);
    type Row<'a> = (&'a str, &'a str, &'a [(&'a str, f32)]);
    let body: [Row; 5] = [
        ("Capacitación docente", "Acción", &[("17", 380.0), ("27", 430.0), ("84", 490.0)]),
        ("Asistencia técnica", "Informe", &[("26", 380.0), ("64", 490.0)]),
        ("Supervisión de obras", "Kilómetro", &[("14", 330.0), ("32", 430.0), ("46", 490.0)]),
        ("Talleres", "Informe", &[("1", 380.0), ("11", 490.0)]),
        ("Visitas", "Acción", &[("17", 380.0), ("28", 430.0), ("53", 490.0)]),
    ];
    for (k, (a, u, nums)) in body.iter().enumerate() {
        let y = 140.0 + 14.0 * k as f32;
        let mut l = cells_line(&[(a, 60.0), (u, 200.0)], y, S, false);
        l.words.extend(right_line(nums, y, S).words);
        lines.push(l);
    }
    lines.extend(prose(2, 60.0, 230.0, 450.0, S));
    let ts = find_tables(&page(4, vec![hrule(55.0, 500.0, 127.0)]), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows[0].len(), 6, "{:?}", t.rows);
    let kilometre = t.rows.iter().find(|r| r[1] == "Kilómetro").expect("the row of Kilómetro");
    assert_eq!(kilometre[2], "14", "{:?}", t.rows);
}

#[test]
fn a_zebra_tables_last_row_keeps_its_wrapped_line() {
    // Bands behind the header and every other body row; the last row is plain, under the
    // last band, its label wrapped onto a second line, a note right under it.
    let mut p = page(3, Vec::new());
    for (top, bottom) in [(100.0, 118.0), (121.0, 147.0), (165.0, 181.0)] {
        p.rects.push(legajo::pdf::FilledRect { bbox: [55.0, top, 420.0, bottom], color: 0xEE_EE_EE });
    }
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let mut head = cells_line(&[("Genérica de gasto", 60.0)], 111.0, S, true);
    head.words.extend(right_line(&[("PIM", 300.0), ("Avance %", 410.0)], 111.0, S).words);
    lines.push(line(head.words));
    let body = [
        ("Personal y obligaciones", "2 756 560", "55,9%", 131.0),
        ("Bienes y servicios", "38 883 401", "72,9%", 159.0),
        ("Otros gastos", "66 984 829", "81,2%", 175.0),
        ("Servicio de la deuda", "49 185 477", "63,0%", 191.0),
    ];
    for (a, b, c, y) in body {
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, 300.0), (c, 410.0)], y, S).words);
        lines.push(line(l.words));
        if y == 131.0 {
            lines.push(text_line("sociales", 60.0, 143.0, S));
        }
    }
    lines.push(text_line("pública", 60.0, 203.0, S));
    lines.push(text_line("Fuente: Consulta Amigable del MEF.", 60.0, 222.0, 9.0));
    lines.extend(prose(3, 60.0, 250.0, 420.0, S));
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 5, "{:?}", t.rows);
    assert_eq!(t.rows[1][0].replace('\n', " "), "Personal y obligaciones sociales");
    assert_eq!(t.rows[4][0].replace('\n', " "), "Servicio de la deuda pública");
    assert_eq!(t.rows[4][2], "63,0%");
    assert_eq!(t.notes.len(), 1, "{:?}", t.notes);
}

#[test]
fn labels_right_aligned_over_two_columns_split_where_their_numbers_end() {
    // "Devengado" and "Avance %" set a word space apart, each right-aligned over its own
    // column of right-aligned numbers: two header cells, not one spanning both columns.
    let rules = vec![hrule(55.0, 380.0, 96.0), hrule(55.0, 380.0, 116.0), hrule(55.0, 380.0, 172.0)];
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let mut head = cells_line(&[("Unidad ejecutora", 60.0)], 110.0, S, true);
    head.words.extend(right_line(&[("PIA", 240.0)], 110.0, S).words);
    head.words.extend(right_line(&[("Devengado", 330.0)], 110.0, S).words);
    head.words.extend(right_line(&[("Avance %", 370.5)], 110.0, S).words);
    lines.push(line(head.words));
    let body = [
        ("Red de Salud", "18,994,135", "26,683,254", "95,1%"),
        ("Hospital Regional", "47,466,210", "25,798,804", "50,3%"),
        ("Dirección de Educación", "82,921,248", "82,394,508", "87,2%"),
    ];
    for (i, (a, b, c, d)) in body.iter().enumerate() {
        let y = 128.0 + 14.0 * i as f32;
        let mut l = cells_line(&[(a, 60.0)], y, S, false);
        l.words.extend(right_line(&[(b, 240.0), (c, 330.0), (d, 370.5)], y, S).words);
        lines.push(line(l.words));
    }
    let ts = find_tables(&page(2, rules), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows[0], vec!["Unidad ejecutora", "PIA", "Devengado", "Avance %"]);
    assert!(t.merged_cells.is_empty(), "{:?}", t.merged_cells);
    assert_eq!(t.rows[3], vec!["Dirección de Educación", "82,921,248", "82,394,508", "87,2%"]);
}

/// Unruled tables (wrapped cells, a two-line header label, tight right-aligned numbers,
/// labels wrapped over lines), each with the box that would frame it.
fn unruled_examples() -> Vec<(Vec<Line>, [f32; 4])> {
    let mut out = Vec::new();
    // Wrapped cells, a header label over two lines.
    let lines = wrapped_cells_table();
    out.push((lines, [54.0, 100.0, 470.0, 232.0]));
    // Tight columns of right-aligned numbers.
    let mut rows = vec![("Región", "PIM", "Devengado", "Avance")];
    rows.extend(REGION_ROWS);
    let lines = number_rows(&rows, [185.0, 250.0, 290.0]);
    out.push((lines, [54.0, 148.0, 296.0, 230.0]));
    // Labels wrapped over several lines.
    let mut lines = vec![cells_line(
        &[("Genérica de gasto", 60.0), ("PIA", 200.0), ("PIM", 260.0), ("Devengado", 320.0), ("Avance", 400.0)],
        112.0,
        S,
        false,
    )];
    let rows: [(&[&str], [&str; 4]); 3] = [
        (&["Personal y obligaciones", "sociales del régimen"], ["16,178,421", "23,309,133", "19,487,609", "83.6%"]),
        (&["Donaciones y", "transferencias"], ["48,940,074", "80,237,686", "50,776,990", "63.3%"]),
        (&["Adquisición de activos", "no financieros"], ["41,476,527", "55,115,517", "40,980,181", "74.4%"]),
    ];
    let mut y = 130.0;
    for (label, v) in rows {
        let cells = [(label[0], 60.0), (v[0], 200.0), (v[1], 260.0), (v[2], 320.0), (v[3], 400.0)];
        lines.push(cells_line(&cells, y, S, false));
        for (k, more) in label.iter().enumerate().skip(1) {
            lines.push(cells_line(&[(more, 60.0)], y + 11.5 * k as f32, S, false));
        }
        y += 11.5 * label.len() as f32 + 8.0;
    }
    out.push((lines, [54.0, 100.0, 460.0, y]));
    out
}

#[test]
fn an_outer_box_reads_like_the_unruled_table_inside_it() {
    // A frame (single or double, with or without a rule under the header) around a table
    // without inner rules: the same cells, header and spans as the table without it.
    let mut report = String::new();
    for (k, (table, b)) in unruled_examples().into_iter().enumerate() {
        let mut lines = prose(2, 60.0, 50.0, 420.0, S);
        lines.extend(table);
        lines.extend(prose(2, 60.0, b[3] + 30.0, 420.0, S));
        let plain = find_tables(&page(1, Vec::new()), &lines);
        assert_eq!(plain.len(), 1, "example {k}: {plain:?}");
        let frame = |d: f32| {
            vec![
                hrule(b[0] - d, b[2] + d, b[1] - d),
                hrule(b[0] - d, b[2] + d, b[3] + d),
                vrule(b[0] - d, b[1] - d, b[3] + d),
                vrule(b[2] + d, b[1] - d, b[3] + d),
            ]
        };
        let rows = |ts: &[legajo::layout::tables::PageTable]| {
            ts.iter().map(|t| (t.rows.clone(), t.header_rows, t.merged_cells.len())).collect::<Vec<_>>()
        };
        let mut double = frame(0.0);
        double.extend(frame(2.0));
        let header_y = lines.iter().find(|l| l.bbox[1] > b[1]).map_or(b[1], |l| l.bbox[3] + 2.0);
        let mut ruled_head = frame(0.0);
        ruled_head.push(hrule(b[0], b[2], header_y + 12.0 * f32::from(k == 0)));
        for (name, rules) in [("box", frame(0.0)), ("doublebox", double), ("box+head", ruled_head)] {
            let boxed = find_tables(&page(1, rules), &lines);
            if rows(&plain) != rows(&boxed) {
                report.push_str(&format!("example {k} {name}\n plain {:?}\n boxed {:?}\n", rows(&plain), rows(&boxed)));
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn an_unruled_tables_label_spans_the_rows_printed_without_it() {
    // No rule at all: each objective printed once, at the top of its indicators; the rows
    // under it leave the first column empty.
    let mut lines = prose(2, 60.0, 50.0, 440.0, S);
    let body = [
        ("OEI.01", "Anemia infantil", "2020", "10,8%", "12,9%", "44,7%", "58,0%"),
        ("", "Asistencia técnica", "2021", "33,8%", "24,1%", "42,9%", "70,6%"),
        ("", "Conclusión rural", "2020", "15,5%", "8,8%", "63,7%", "56,7%"),
        ("OEI.02", "Producción agraria", "2020", "18,1%", "30,2%", "87,6%", "76,0%"),
        ("", "Caminos vecinales", "2020", "19,7%", "24,4%", "17,7%", "17,9%"),
    ];
    for (i, (a, b, c, d, e, f, g)) in body.iter().enumerate() {
        let y = 130.0 + 14.0 * i as f32;
        let cells: Vec<(&str, f32)> =
            [(*a, 60.0), (*b, 140.0), (*c, 255.0), (*d, 295.0), (*e, 345.0), (*f, 390.0), (*g, 435.0)]
                .into_iter()
                .filter(|(t, _)| !t.is_empty())
                .collect();
        lines.push(cells_line(&cells, y, S, false));
    }
    lines.extend(prose(2, 60.0, 230.0, 440.0, S));
    let ts = find_tables(&page(2, Vec::new()), &lines);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    assert_eq!(t.rows.len(), 5, "{:?}", t.rows);
    assert_eq!(
        t.merged_cells,
        vec![
            MergedCell { row: 0, col: 0, rowspan: 3, colspan: 1 },
            MergedCell { row: 3, col: 0, rowspan: 2, colspan: 1 }
        ]
    );
}

/// A zebra table whose last two columns stand 0.45 em apart (narrower than its own column
/// gaps): percentages right-aligned at one x, states left-aligned at the next, a name
/// wrapped onto a second line. `head` is the header's last two labels.
fn close_columns_page(head: &[(&str, f32)]) -> (legajo::pdf::TextPage, Vec<Line>) {
    let mut p = page(3, Vec::new());
    for (top, bottom) in [(100.0, 132.0), (148.0, 176.0), (192.0, 206.0)] {
        p.rects.push(legajo::pdf::FilledRect { bbox: [55.0, top, 500.0, bottom], color: 0xEE_EE_EE });
    }
    let mut lines = prose(2, 60.0, 60.0, 420.0, S);
    let mut h1 = cells_line(&[("CUI", 60.0), ("Nombre del proyecto", 130.0)], 112.0, S, true);
    h1.words.extend(right_line(&[("Monto", 330.0), ("Avance", 390.0)], 112.0, S).words);
    h1.words.extend(cells_line(&head[..1], 112.0, S, true).words);
    lines.push(line(h1.words));
    let mut h2 = right_line(&[("(S/)", 330.0), ("físico", 390.0)], 124.0, S);
    h2.words.extend(cells_line(&head[1..], 124.0, S, true).words);
    lines.push(line(h2.words));
    let body = [
        ("2332442", "Creación del puente", "11,751,711", "10%", "En formulación", 140.0),
        ("2461265", "Mejoramiento del camino", "19,674,916", "22%", "Paralizado", 158.0),
        ("2518267", "Ampliación del centro", "23,812,188", "72%", "Concluido", 184.0),
        ("2275750", "Creación del servicio", "14,290,707", "34%", "En liquidación", 200.0),
    ];
    for (a, b, c, d, e, y) in body {
        let mut l = cells_line(&[(a, 60.0), (b, 130.0)], y, S, false);
        l.words.extend(right_line(&[(c, 330.0), (d, 390.0)], y, S).words);
        l.words.extend(cells_line(&[(e, 394.5)], y, S, false).words);
        lines.push(line(l.words));
    }
    lines.push(text_line("vecinal", 130.0, 170.0, S));
    lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline));
    lines.push(text_line("Fuente: Banco de Inversiones.", 60.0, 224.0, 9.0));
    lines.extend(prose(3, 60.0, 250.0, 420.0, S));
    (p, lines)
}

#[test]
fn columns_closer_than_the_areas_gaps_split_where_a_gap_runs_down_the_area() {
    let (p, lines) = close_columns_page(&[("Estado", 394.5), ("", 394.5)]);
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(
        t.rows[0],
        vec!["CUI", "Nombre del proyecto", "Monto\n(S/)", "Avance\nfísico", "Estado"],
        "{:?}",
        t.rows
    );
    assert_eq!(t.rows[1][3..], ["10%", "En formulación"], "{:?}", t.rows);
    assert_eq!(t.rows[2][1..], ["Mejoramiento del camino\nvecinal", "19,674,916", "22%", "Paralizado"], "{:?}", t.rows);
    assert_eq!(t.rows[4][3..], ["34%", "En liquidación"], "{:?}", t.rows);
    // A header label over both (its words cross the gap): one column, as the header says.
    let (p, lines) = close_columns_page(&[("", 394.5), ("y estado", 360.0)]);
    let ts = find_tables(&p, &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    assert_eq!(ts[0].rows[1].len(), 4, "{:?}", ts[0].rows);
}

#[test]
fn a_label_over_the_labels_of_the_line_below_heads_a_header_row_of_its_own() {
    // A heat matrix: `Probabilidad` on the header's first line beside `Impacto`, centred over
    // the five impact labels of the second line; a rule under the impact labels only.
    let mut lines = prose(2, 60.0, 60.0, 440.0, S);
    lines.push(text_line("Cuadro 1. Matriz de calor", 200.0, 96.0, S));
    let xs = [170.0, 240.0, 310.0, 380.0, 450.0];
    let labels = ["Insignificante", "Menor", "Moderado", "Mayor", "Catastrófico"];
    let centred = |t: &str, x: f32| x - width_of(t, S) / 2.0;
    let mut head = cells_line(&[("Probabilidad", 60.0)], 112.0, S, false);
    head.words.extend(cells_line(&[("Impacto", centred("Impacto", 310.0))], 112.0, S, false).words);
    lines.push(line(head.words));
    let cells: Vec<(&str, f32)> = labels.iter().zip(xs).map(|(t, x)| (*t, centred(t, x))).collect();
    lines.push(cells_line(&cells, 125.0, S, false));
    for (k, (name, n)) in [("Casi seguro", 5), ("Probable", 4), ("Posible", 3), ("Raro", 1)].iter().enumerate() {
        let y = 142.0 + 13.0 * k as f32;
        let nums: Vec<String> = (1..=5).map(|m| (m * n).to_string()).collect();
        let mut l = cells_line(&[(name, 60.0)], y, S, false);
        let cells: Vec<(&str, f32)> = nums.iter().zip(xs).map(|(t, x)| (t.as_str(), centred(t, x))).collect();
        l.words.extend(cells_line(&cells, y, S, false).words);
        lines.push(line(l.words));
    }
    lines.push(text_line("Fuente: metodología institucional.", 60.0, 200.0, 9.0));
    lines.extend(prose(2, 60.0, 230.0, 440.0, S));
    let ts = find_tables(&page(2, vec![hrule(135.0, 490.0, 130.0)]), &lines);
    assert_eq!(ts.len(), 1, "{ts:?}");
    let t = &ts[0];
    assert_eq!(t.rows[0], vec!["Probabilidad", "Impacto", "", "", "", ""], "{:?}", t.rows);
    assert_eq!(t.rows[1][1..], labels, "{:?}", t.rows);
    assert_eq!(t.header_rows, 2);
    assert!(t.merged_cells.contains(&MergedCell { row: 0, col: 1, rowspan: 1, colspan: 5 }), "{:?}", t.merged_cells);
}
