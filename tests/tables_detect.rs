//! Table detection on synthetic pages: ruled grids, merged and wrapped cells, booktabs and
//! unruled numeric tables, prose and lists that must not become tables, and joining a table
//! over two pages.

use legajo::detect::tables::{adjacency_f1, assemble, find_tables};
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
