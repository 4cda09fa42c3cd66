//! Paragraphs across page breaks on built pages: what goes on with the paragraph before it
//! (a lower-case continuation, across a page of floats only) and what stands alone (a row of
//! a figure's labels, a short title row after a finished sentence); where the page break
//! falls inside a joined paragraph, and the page furniture printed there.

use legajo::config::Config;
use legajo::layout::tables::PageTable;
use legajo::layout::testutil::PageBuilder;
use legajo::layout::{build_document, page_lines, LaidDocument, Line};
use legajo::model::BlockKind;
use legajo::pdf::TextPage;
use legajo::pipeline;

const SIZE: f32 = 10.0;
const PITCH: f32 = 12.0;

fn lay(pages: Vec<PageBuilder>, tables: &[Vec<(usize, PageTable)>]) -> LaidDocument {
    let pages: Vec<TextPage> = pages.into_iter().map(|p| p.page).collect();
    let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
    build_document(&pages, lines, tables)
}

/// Body blocks of a page, lines joined with " / ".
fn body(d: &LaidDocument, page: usize) -> Vec<String> {
    d.pages[page].blocks.iter().filter(|b| !b.kind.is_furniture()).map(|b| b.lines.join(" / ")).collect()
}

/// A page numbered `n` with five full rows, the last one `last` (full, justified).
fn page_ending(n: u32, last: &str) -> PageBuilder {
    let mut p = PageBuilder::numbered(n);
    let mut y = 90.0;
    for r in 0..4 {
        p.justified(72.0, 523.0, y, SIZE, &format!("fila{r} del texto corrido con varias palabras largas y otras más"));
        y += PITCH;
    }
    p.justified(72.0, 523.0, y, SIZE, last);
    p
}

/// A page numbered `n` that opens with `first` (a row at `x`) and then a paragraph.
fn page_opening(n: u32, x: f32, first: &str) -> PageBuilder {
    let mut p = PageBuilder::numbered(n);
    p.text(x, 90.0, SIZE, first);
    let mut y = 90.0 + 2.0 * PITCH;
    for r in 0..3 {
        p.justified(
            72.0,
            523.0,
            y,
            SIZE,
            &format!("Otra{r} fila de un párrafo nuevo con varias palabras largas y más"),
        );
        y += PITCH;
    }
    p
}

#[test]
fn a_short_title_row_after_a_finished_sentence_starts_its_own_block() {
    let a = page_ending(1, "y la métrica discreta induce la topología discreta sobre el conjunto.");
    let b = page_opening(2, 72.0, "Ejemplo 10");
    let d = lay(vec![a, b], &[]);
    assert!(d.pages[0].blocks.iter().all(|b| !b.continues));
    assert_eq!(body(&d, 1).first().map(String::as_str), Some("Ejemplo 10"), "{:?}", body(&d, 1));
    // A continuation in lower case goes on with the paragraph.
    let a = page_ending(1, "y la métrica discreta induce la topología discreta sobre el conjunto");
    let b = page_opening(2, 72.0, "de todos los puntos del plano.");
    let d = lay(vec![a, b], &[]);
    assert!(d.pages[0].blocks.iter().any(|b| b.continues));
    assert!(body(&d, 0).last().is_some_and(|t| t.ends_with("de todos los puntos del plano.")), "{:?}", body(&d, 0));
}

#[test]
fn a_row_of_labels_at_the_top_of_a_page_is_no_continuation() {
    // The label "z" of a drawing opens the page, in lower case, under a full row.
    let a = page_ending(1, "y la métrica discreta induce la topología discreta sobre el conjunto");
    let b = page_opening(2, 290.0, "z");
    let d = lay(vec![a, b], &[]);
    assert!(d.pages[0].blocks.iter().all(|b| !b.continues), "{:?}", body(&d, 0));
    assert_eq!(body(&d, 1).first().map(String::as_str), Some("z"));
}

#[test]
fn a_paragraph_goes_on_across_a_page_of_floats_only() {
    let a = page_ending(1, "la meta anual se establece a partir de la tendencia histórica y de la");
    let mut t = PageBuilder::numbered(2);
    t.text(72.0, 100.0, SIZE, "Región");
    t.text(300.0, 100.0, SIZE, "Monto");
    t.text(72.0, 112.0, SIZE, "Lima");
    t.text(300.0, 112.0, SIZE, "610 785");
    let table = PageTable {
        page: 2,
        bbox: [70.0, 90.0, 530.0, 116.0],
        rows: vec![vec!["Región".into(), "Monto".into()], vec!["Lima".into(), "610 785".into()]],
        merged_cells: Vec::new(),
        header_rows: 1,
        method: "lattice",
        caption: None,
        notes: Vec::new(),
        placement: Default::default(),
        weak: false,
    };
    let c = page_opening(3, 72.0, "capacidad operativa de la entidad.");
    let d = lay(vec![a, t, c], &[vec![], vec![(0, table)], vec![]]);
    assert!(d.pages[1].blocks.iter().any(|b| b.kind == BlockKind::Table));
    assert!(
        body(&d, 0).last().is_some_and(|t| t.ends_with("capacidad operativa de la entidad.")),
        "{:?} / {:?}",
        body(&d, 0),
        body(&d, 2)
    );
}

#[test]
fn a_paragraph_goes_on_past_a_figure_set_at_the_foot_of_its_page() {
    // The page ends in a broken word; under it, a figure box's label and its caption.
    let mut a = page_ending(1, "la propuesta incorpora metas explícitas sobre la gestión descentra-");
    a.text(280.0, 700.0, SIZE, "(ilustración)");
    a.text(230.0, 740.0, SIZE, "Figura 1. Esquema del modelo de gestión");
    let b = page_opening(2, 72.0, "lizada. Durante mayo se aprobó el plan operativo.");
    let d = lay(vec![a, b], &[]);
    let first = body(&d, 0);
    assert!(
        first.iter().any(|t| t.ends_with("descentra- / lizada. Durante mayo se aprobó el plan operativo.")),
        "{first:?}"
    );
    assert!(first.iter().any(|t| t == "Figura 1. Esquema del modelo de gestión"), "{first:?}");
    // A paragraph that ends the page with a finished sentence stays finished.
    let mut a = page_ending(1, "la propuesta incorpora metas explícitas sobre la gestión pública.");
    a.text(280.0, 700.0, SIZE, "(ilustración)");
    a.text(230.0, 740.0, SIZE, "Figura 1. Esquema del modelo de gestión");
    let b = page_opening(2, 90.0, "Durante mayo se aprobó el plan operativo.");
    let d = lay(vec![a, b], &[]);
    assert!(d.pages[0].blocks.iter().all(|b| !b.continues), "{:?}", body(&d, 0));
}

#[test]
fn a_joined_paragraph_knows_where_the_next_page_begins() {
    let a = page_ending(1, "y la métrica discreta induce la topología discreta sobre el conjunto");
    let b = page_opening(2, 72.0, "de todos los puntos del plano.");
    let d = lay(vec![a, b], &[]);
    let joined = d.pages[0].blocks.iter().find(|b| b.continues).expect("a joined paragraph");
    let [(line, page)] = joined.page_breaks[..] else { panic!("one break: {:?}", joined.page_breaks) };
    assert_eq!(page, 2);
    assert_eq!(joined.lines[line], "de todos los puntos del plano.");
    assert!(d.pages[0].blocks.iter().filter(|b| !b.continues).all(|b| b.page_breaks.is_empty()));
}

/// Three pages of plain text (form feeds) with a running head and a folio on each, and a
/// paragraph whose last word is broken across the first page break.
fn paged_text() -> String {
    let page = |n: u32, body: &str| format!("Informe anual de gestión\n\n{body}\n\nPágina {n} de 3\n");
    [
        page(1, "Primer párrafo completo.\n\nEl plan regional se aprobó en marzo con la conti-"),
        page(2, "nuación de la palabra partida y la meta de cobertura.\n\nOtro párrafo."),
        page(3, "Último párrafo."),
    ]
    .join("\x0c")
}

#[test]
fn furniture_is_printed_where_a_joined_paragraph_crosses_the_page() {
    let rec = pipeline::process("informe.txt", paged_text().as_bytes(), &Config::default());
    let blocks: Vec<_> = rec.pages.iter().flat_map(|p| &p.blocks).collect();
    let at: Vec<(u32, &str)> = blocks
        .iter()
        .filter(|b| b.continues)
        .flat_map(|b| b.page_breaks.iter().map(|x| (x.page, &b.text[x.at..])))
        .collect();
    // The word broken across the pages is whole on this side of the break.
    let [(2, rest)] = at[..] else { panic!("one break, to page 2: {blocks:?}") };
    assert!(rest.starts_with("de la palabra partida y la meta"), "{rest:?}");
    let with = pipeline::render_text_with_furniture(&rec);
    let want = "con la continuación\n\nPágina 1 de 3\n\nInforme anual de gestión\n\nde la palabra partida";
    assert!(with.contains(want), "{with:?}");
    // Every furniture line once, and in page order.
    assert_eq!(with.matches("Informe anual de gestión").count(), 3, "{with:?}");
    let folios: Vec<usize> = (1..=3).map(|n| with.find(&format!("Página {n} de 3")).unwrap()).collect();
    assert!(folios.windows(2).all(|w| w[0] < w[1]), "{with:?}");
    // Without furniture the paragraph reads on.
    let text = pipeline::render_text(&rec);
    assert!(text.contains("con la continuación de la palabra partida"), "{text:?}");
}
