//! Paragraphs across page breaks on built pages: what goes on with the paragraph before it
//! (a lower-case continuation, across a page of floats only) and what stands alone (a row of
//! a figure's labels, a short title row after a finished sentence).

use legajo::layout::tables::PageTable;
use legajo::layout::testutil::PageBuilder;
use legajo::layout::{build_document, page_lines, LaidDocument, Line};
use legajo::model::BlockKind;
use legajo::pdf::TextPage;

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
