//! Layout over synthetic pages (no PDF): one, two and three columns with full-width
//! elements, running headers and footers, footnotes with raised marks, joins across
//! columns and pages, headings and lists. Pages are built glyph by glyph with
//! `legajo::layout::testutil`, then go through `page_lines` and `build_document`.

use legajo::layout::tables::PageTable;
use legajo::layout::testutil::{PageBuilder, BOLD};
use legajo::layout::{build_document, page_lines, LaidDocument, Line};
use legajo::model::BlockKind;
use legajo::pdf::TextPage;

const SIZE: f32 = 10.0;
const PITCH: f32 = 12.0;

fn lay(pages: Vec<PageBuilder>) -> LaidDocument {
    lay_with_tables(pages, &[])
}

fn lay_with_tables(pages: Vec<PageBuilder>, tables: &[Vec<(usize, PageTable)>]) -> LaidDocument {
    let pages: Vec<TextPage> = pages.into_iter().map(|p| p.page).collect();
    let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
    build_document(&pages, lines, tables)
}

/// Body blocks of a page: (kind, lines joined with " / ").
fn body(d: &LaidDocument, page: usize) -> Vec<(BlockKind, String)> {
    d.pages[page].blocks.iter().filter(|b| !b.kind.is_furniture()).map(|b| (b.kind, b.lines.join(" / "))).collect()
}

/// Writes a justified paragraph of `rows` rows into `[x0, x1]` from `y`, the last row short.
/// Words are `tag` + row number (the first one capitalised, as a paragraph starts) so that
/// order can be checked. Returns the next baseline.
fn paragraph(p: &mut PageBuilder, x0: f32, x1: f32, y: f32, rows: usize, tag: &str) -> f32 {
    let per_row = ((x1 - x0) / (SIZE * 0.5 * 7.0)) as usize;
    let mut y = y;
    for r in 0..rows {
        let mut words: Vec<String> = (0..per_row.max(2)).map(|k| format!("{tag}{r}w{k}")).collect();
        if r == 0 {
            words[0] = words[0].to_uppercase();
        }
        if r + 1 == rows {
            p.text(x0, y, SIZE, &words[..2].join(" "));
        } else {
            p.justified(x0, x1, y, SIZE, &words.join(" "));
        }
        y += PITCH;
    }
    y
}

fn first_words(blocks: &[(BlockKind, String)]) -> Vec<String> {
    blocks.iter().map(|(_, t)| t.split(' ').next().unwrap_or("").to_lowercase()).collect()
}

#[test]
fn one_column_paragraphs_in_order() {
    let mut p = PageBuilder::new();
    let mut y = 80.0;
    for tag in ["a", "b", "c"] {
        y = paragraph(&mut p, 72.0, 523.0, y, 4, tag) + 6.0;
    }
    let d = lay(vec![p]);
    let b = body(&d, 0);
    assert_eq!(first_words(&b), vec!["a0w0", "b0w0", "c0w0"], "{b:?}");
    assert!(b.iter().all(|(k, t)| *k == BlockKind::Paragraph && t.matches(" / ").count() == 3));
}

#[test]
fn two_columns_under_a_full_width_title_and_above_a_full_width_paragraph() {
    let mut p = PageBuilder::new();
    p.text_font(150.0, 60.0, 18.0, "Un título centrado de ancho completo", BOLD);
    // Left column: two paragraphs; right column: two paragraphs whose gap lines up.
    let yl = paragraph(&mut p, 72.0, 290.0, 100.0, 5, "l") + 6.0;
    paragraph(&mut p, 72.0, 290.0, yl, 5, "m");
    let yr = paragraph(&mut p, 305.0, 523.0, 100.0, 5, "r") + 6.0;
    paragraph(&mut p, 305.0, 523.0, yr, 5, "s");
    paragraph(&mut p, 72.0, 523.0, 260.0, 3, "f");
    let d = lay(vec![p]);
    let b = body(&d, 0);
    assert_eq!(first_words(&b), vec!["un", "l0w0", "m0w0", "r0w0", "s0w0", "f0w0"], "{b:?}");
    assert_eq!(b[0].0, BlockKind::Heading);
}

#[test]
fn three_columns() {
    let mut p = PageBuilder::new();
    for (c, tag) in ["a", "b", "c"].iter().enumerate() {
        let x0 = 40.0 + 180.0 * c as f32;
        // Baselines shifted per column, as when columns start with different spacing.
        paragraph(&mut p, x0, x0 + 168.0, 100.0 + 3.0 * c as f32, 8, tag);
    }
    let d = lay(vec![p]);
    assert_eq!(first_words(&body(&d, 0)), vec!["a0w0", "b0w0", "c0w0"]);
}

#[test]
fn paragraph_flowing_to_the_next_column_is_one_block() {
    let mut p = PageBuilder::new();
    // Left column ends with a full row (no short last line): the text goes on at the top right.
    for r in 0..6 {
        p.justified(
            72.0,
            290.0,
            100.0 + PITCH * r as f32,
            SIZE,
            &format!("iz{r} palabra palabra palabra palabra fin{r}"),
        );
    }
    p.text(305.0, 100.0, SIZE, "sigue en minúscula y termina.");
    paragraph(&mut p, 305.0, 523.0, 100.0 + PITCH + 6.0, 5, "r");
    let d = lay(vec![p]);
    let b = body(&d, 0);
    assert_eq!(b.len(), 2, "{b:?}");
    assert!(b[0].1.starts_with("iz0") && b[0].1.ends_with("sigue en minúscula y termina."));
}

fn page_with_furniture(n: u32, total: u32) -> PageBuilder {
    let mut p = PageBuilder::numbered(n);
    p.text(220.0, 40.0, 9.0, "Las ODE en las regiones de Arequipa y Piura");
    p.text(260.0, 810.0, 9.0, &format!("Página {n} de {total}"));
    p
}

#[test]
fn running_headers_and_footers_are_furniture_and_a_paragraph_joins_across_pages() {
    let total = 4;
    let mut pages = Vec::new();
    for n in 1..=total {
        let mut p = page_with_furniture(n, total);
        let mut y = 90.0;
        let word = ["alfa", "beta", "gama", "delta"][(n as usize - 1) % 4];
        for r in 0..5 {
            p.justified(
                72.0,
                523.0,
                y,
                SIZE,
                &format!("p{n}r{r} {word} texto {word} texto texto {word} texto texto texto"),
            );
            y += PITCH;
        }
        if n < total {
            // The page ends on a full row ending in a hyphen: the paragraph goes on.
            p.justified(72.0, 523.0, y, SIZE, "última fila de la página que sigue en la próxima con guion ter-");
        } else {
            p.text(72.0, y, SIZE, "fin.");
        }
        pages.push(p);
    }
    let d = lay(pages);
    for (i, page) in d.pages.iter().enumerate() {
        let furniture: Vec<BlockKind> = page.blocks.iter().map(|b| b.kind).filter(|k| k.is_furniture()).collect();
        assert_eq!(furniture, vec![BlockKind::Header, BlockKind::PageNumber], "page {}", i + 1);
        for b in page.blocks.iter().filter(|b| !b.kind.is_furniture()) {
            assert!(b.lines.iter().all(|l| !l.contains("Página") && !l.contains("Las ODE")), "{:?}", b.lines);
        }
    }
    let first = body(&d, 0);
    assert_eq!(first.len(), 1);
    assert!(d.pages[0].blocks.iter().any(|b| b.continues));
    assert!(first[0].1.contains("p4r0") && first[0].1.ends_with("fin."), "{}", first[0].1);
    for i in 1..total as usize {
        assert!(body(&d, i).is_empty(), "page {} should hold only the continuation", i + 1);
    }
}

#[test]
fn footnotes_are_separated_numbered_and_their_marks_removed() {
    let mut p = PageBuilder::new();
    let mut y = 90.0;
    for r in 0..4 {
        p.justified(72.0, 523.0, y, 11.0, &format!("fila{r} texto normal del cuerpo de la página con varias palabras"));
        y += 13.0;
    }
    let end = p.text(72.0, y, 11.0, "la Gestión Pública");
    p.text(end, y - 3.5, 6.5, "1");
    p.text(end + 3.5, y, 11.0, ", y sigue otra cosa.");
    p.rule(72.0, 700.0, 200.0);
    let e = p.text(72.0, 709.0, 5.5, "1");
    p.text(e + 1.0, 712.0, 9.0, "El intercambio tuvo lugar en Lima.");
    p.text(72.0, 723.0, 9.0, "2 Otra nota sin referencia en el texto.");
    let d = lay(vec![p]);
    let kinds: Vec<BlockKind> = d.pages[0].blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, vec![BlockKind::Paragraph, BlockKind::Footnote, BlockKind::Footnote]);
    let para = &d.pages[0].blocks[0];
    assert_eq!(para.footnote_refs, vec![1]);
    assert!(para.lines.last().is_some_and(|l| l == "la Gestión Pública, y sigue otra cosa."), "{:?}", para.lines);
    let notes: Vec<(u32, String)> = d.footnotes.iter().map(|f| (f.number, f.lines.join(" "))).collect();
    assert_eq!(
        notes,
        vec![
            (1, "El intercambio tuvo lugar en Lima.".to_string()),
            (2, "Otra nota sin referencia en el texto.".to_string())
        ]
    );
}

#[test]
fn headings_lists_and_levels() {
    let mut p = PageBuilder::numbered(1);
    p.text_font(72.0, 80.0, 15.0, "CAPÍTULO II", BOLD);
    paragraph(&mut p, 72.0, 523.0, 110.0, 2, "a");
    p.text_font(72.0, 150.0, 12.5, "2.1. Estructura y gestión", BOLD);
    paragraph(&mut p, 72.0, 523.0, 175.0, 2, "b");
    p.text_font(72.0, 215.0, 11.0, "2.1.1. Avances y logros", BOLD);
    p.text(82.0, 240.0, SIZE, "•");
    p.text(97.0, 240.0, SIZE, "primer punto.");
    p.text(82.0, 252.0, SIZE, "•");
    p.text(97.0, 252.0, SIZE, "segundo punto.");
    let mut q = PageBuilder::numbered(2);
    q.text_font(72.0, 80.0, 15.0, "CAPÍTULO III", BOLD);
    let d = lay(vec![p, q]);
    let got: Vec<(BlockKind, Option<u8>, String)> =
        d.pages.iter().flat_map(|pg| pg.blocks.iter().map(|b| (b.kind, b.level, b.lines.join(" / ")))).collect();
    let heads: Vec<(Option<u8>, &str)> =
        got.iter().filter(|g| g.0 == BlockKind::Heading).map(|g| (g.1, g.2.as_str())).collect();
    assert_eq!(
        heads,
        vec![
            (Some(1), "CAPÍTULO II"),
            (Some(2), "2.1. Estructura y gestión"),
            (Some(3), "2.1.1. Avances y logros"),
            (Some(1), "CAPÍTULO III")
        ]
    );
    let items: Vec<&str> = got.iter().filter(|g| g.0 == BlockKind::ListItem).map(|g| g.2.as_str()).collect();
    assert_eq!(items, vec!["primer punto.", "segundo punto."]);
}

#[test]
fn lines_inside_a_table_become_one_table_block_in_reading_order() {
    let mut p = PageBuilder::new();
    paragraph(&mut p, 72.0, 523.0, 90.0, 2, "a");
    p.text(72.0, 140.0, SIZE, "Cuadro N° 4: Ejecución");
    p.text(72.0, 160.0, SIZE, "Región");
    p.text(300.0, 160.0, SIZE, "Monto");
    p.text(72.0, 172.0, SIZE, "Lima");
    p.text(300.0, 172.0, SIZE, "610 785");
    p.text(72.0, 190.0, 9.0, "Fuente: MEF.");
    paragraph(&mut p, 72.0, 523.0, 215.0, 2, "b");
    let t = PageTable {
        page: 1,
        bbox: [70.0, 150.0, 530.0, 176.0],
        rows: vec![vec!["Región".into(), "Monto".into()], vec!["Lima".into(), "610 785".into()]],
        merged_cells: Vec::new(),
        header_rows: 1,
        method: "lattice",
        caption: Some(("Cuadro N° 4: Ejecución".into(), [70.0, 130.0, 300.0, 143.0])),
        notes: vec![("Fuente: MEF.".into(), [70.0, 182.0, 200.0, 193.0])],
        placement: Default::default(),
        weak: false,
    };
    let d = lay_with_tables(vec![p], &[vec![(0, t)]]);
    let b = body(&d, 0);
    let kinds: Vec<BlockKind> = b.iter().map(|x| x.0).collect();
    assert_eq!(
        kinds,
        vec![BlockKind::Paragraph, BlockKind::Caption, BlockKind::Table, BlockKind::Caption, BlockKind::Paragraph],
        "{b:?}"
    );
    assert_eq!(b[2].1, "Región\tMonto / Lima\t610 785");
    assert_eq!(d.pages[0].blocks.iter().find(|x| x.kind == BlockKind::Table).and_then(|x| x.table), Some(0));
}

/// Places `s` centred on the axis `mid` (test glyphs advance half a size each).
fn centred(p: &mut PageBuilder, mid: f32, y: f32, size: f32, s: &str, font: u32) {
    let w = 0.5 * size * s.chars().count() as f32;
    p.text_font(mid - 0.5 * w, y, size, s, font);
}

#[test]
fn a_title_page_gives_one_level_1_heading_for_its_title() {
    let mut t = PageBuilder::numbered(1);
    let mid = 297.0;
    centred(&mut t, mid, 200.0, 20.0, "La participación de las Oficinas", BOLD);
    centred(&mut t, mid, 224.0, 20.0, "en Arequipa y Piura", BOLD);
    centred(&mut t, mid, 280.0, 14.0, "Tesis para optar el grado de Magíster", BOLD);
    centred(&mut t, mid, 330.0, 12.0, "Academia Diplomática del Perú", 0);
    centred(&mut t, mid, 360.0, 11.0, "Lima, 2018", 0);
    let mut q = PageBuilder::numbered(2);
    q.text_font(72.0, 80.0, 16.0, "Introducción", BOLD);
    paragraph(&mut q, 72.0, 523.0, 110.0, 6, "a");
    q.text_font(72.0, 200.0, 13.0, "Antecedentes", BOLD);
    paragraph(&mut q, 72.0, 523.0, 230.0, 6, "b");
    let d = lay(vec![t, q]);
    let got: Vec<(BlockKind, Option<u8>, String)> =
        d.pages[0].blocks.iter().map(|b| (b.kind, b.level, b.lines.join(" / "))).collect();
    assert_eq!(
        got,
        vec![
            (BlockKind::Heading, Some(1), "La participación de las Oficinas / en Arequipa y Piura".to_string()),
            (BlockKind::Paragraph, None, "Tesis para optar el grado de Magíster".to_string()),
            (BlockKind::Paragraph, None, "Academia Diplomática del Perú".to_string()),
            (BlockKind::Paragraph, None, "Lima, 2018".to_string()),
        ]
    );
    let heads: Vec<(Option<u8>, String)> = d.pages[1]
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.lines.join(" ")))
        .collect();
    assert_eq!(heads, vec![(Some(1), "Introducción".to_string()), (Some(2), "Antecedentes".to_string())]);
}

#[test]
fn a_first_page_that_opens_a_chapter_is_not_a_title_page() {
    let mut p = PageBuilder::numbered(1);
    centred(&mut p, 297.0, 80.0, 16.0, "CAPÍTULO I", BOLD);
    centred(&mut p, 297.0, 110.0, 16.0, "INTRODUCCIÓN", BOLD);
    paragraph(&mut p, 72.0, 523.0, 150.0, 5, "a");
    let d = lay(vec![p]);
    let kinds: Vec<BlockKind> = d.pages[0].blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, vec![BlockKind::Heading, BlockKind::Heading, BlockKind::Paragraph]);
}

#[test]
fn numbered_questions_set_as_one_paragraph_join_across_pages() {
    let mut p = page_with_furniture(1, 2);
    paragraph(&mut p, 72.0, 523.0, 90.0, 4, "a");
    p.justified(72.0, 523.0, 150.0, SIZE, "1. ¿En qué medida la deficiente identificación de las prioridades afectan");
    p.justified(72.0, 523.0, 162.0, SIZE, "al desarrollo del país? 2. ¿En qué medida la dispersión de las funcio-");
    let mut q = page_with_furniture(2, 2);
    q.justified(72.0, 523.0, 90.0, SIZE, "nes y el tipo de oficinas afectan al desarrollo del país? 3. ¿En qué medida");
    q.text(72.0, 102.0, SIZE, "los recursos afectan?");
    paragraph(&mut q, 72.0, 523.0, 126.0, 3, "b");
    let d = lay(vec![p, q]);
    let first = body(&d, 0);
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(first[1].1.starts_with("1. ¿En") && first[1].1.ends_with("los recursos afectan?"), "{first:?}");
    assert_eq!(first_words(&body(&d, 1)), vec!["b0w0"]);
}

/// Kinds of a page's furniture blocks with their text.
fn furniture(d: &LaidDocument, page: usize) -> Vec<(BlockKind, String)> {
    d.pages[page].blocks.iter().filter(|b| b.kind.is_furniture()).map(|b| (b.kind, b.lines.join(" / "))).collect()
}

#[test]
fn folios_far_from_the_paper_edge_are_page_numbers() {
    // Wide margins, as LaTeX sets them: the text ends 170 pt above the paper's bottom and
    // the folio sits 137 pt above it, outside a band measured from the paper alone.
    let pages: Vec<PageBuilder> = (1..=3)
        .map(|n| {
            let mut p = PageBuilder::numbered(n);
            paragraph(&mut p, 72.0, 523.0, 140.0, 40, &format!("p{n}"));
            p.text(295.0, 702.0, SIZE, &n.to_string());
            p
        })
        .collect();
    let d = lay(pages);
    for i in 0..3 {
        assert_eq!(furniture(&d, i), vec![(BlockKind::PageNumber, (i + 1).to_string())], "page {}", i + 1);
        assert!(body(&d, i).iter().all(|(_, t)| !t.split(" / ").any(|l| l == (i + 1).to_string())));
    }
}

#[test]
fn a_number_that_does_not_follow_the_pages_is_text() {
    // A title page closing with its year, then pages with folios 2 and 3 at the same place.
    let mut pages = Vec::new();
    let mut title = PageBuilder::numbered(1);
    title.text(200.0, 300.0, 16.0, "Universidad Nacional");
    title.text(270.0, 780.0, SIZE, "2019");
    pages.push(title);
    for n in 2..=3 {
        let mut p = PageBuilder::numbered(n);
        paragraph(&mut p, 72.0, 523.0, 80.0, 50, &format!("p{n}"));
        p.text(295.0, 780.0, SIZE, &n.to_string());
        pages.push(p);
    }
    let d = lay(pages);
    assert!(body(&d, 0).iter().any(|(_, t)| t == "2019"), "{:?}", d.pages[0].blocks);
    for i in 1..3 {
        assert_eq!(furniture(&d, i), vec![(BlockKind::PageNumber, (i + 1).to_string())], "page {}", i + 1);
    }
}

#[test]
fn a_running_head_a_little_bigger_than_the_text_is_furniture_a_chapter_title_is_not() {
    // Eight pages: a gazette head set at 11.5 pt over 10 pt text with a six-digit folio;
    // pages 1 and 5 open a chapter with a 12 pt title on the head's row below it.
    let pages: Vec<PageBuilder> = (1..=8)
        .map(|n| {
            let mut p = PageBuilder::numbered(n);
            p.text(72.0, 50.0, 11.5, "Diario Oficial / Normas Legales");
            p.text(480.0, 50.0, 11.5, &(563_240 + n).to_string());
            let mut y = 90.0;
            if n == 1 || n == 5 {
                p.text(72.0, 75.0, 12.0, &format!("Capítulo {}", if n == 1 { "uno" } else { "dos" }));
                y = 100.0;
            }
            // Words differ from page to page in more than digits (pages alike but for their
            // numbers count as copies of one page).
            let tag: String = ["a", "b", "c", "d", "e", "f", "g", "h"][n as usize - 1].repeat(2);
            paragraph(&mut p, 72.0, 523.0, y, 30, &tag);
            p
        })
        .collect();
    let d = lay(pages);
    for i in 0..8 {
        let kinds: Vec<BlockKind> = furniture(&d, i).into_iter().map(|(k, _)| k).collect();
        assert_eq!(kinds, vec![BlockKind::Header, BlockKind::PageNumber], "page {}: {:?}", i + 1, furniture(&d, i));
    }
    for i in [0, 4] {
        assert!(body(&d, i).iter().any(|(_, t)| t.starts_with("Capítulo")), "page {}: {:?}", i + 1, body(&d, i));
    }
}

#[test]
fn a_folio_beside_a_two_line_running_head_is_a_page_number() {
    // The folio, bigger than the head, sits lower than the head's first row, on the row of
    // its second: not the outermost row, but only band rows lie above it.
    let pages: Vec<PageBuilder> = (1..=6)
        .map(|n| {
            let mut p = PageBuilder::numbered(n);
            let tag: String = ["a", "b", "c", "d", "e", "f"][n as usize - 1].repeat(2);
            p.text(200.0, 41.0, 10.0, &format!("LEY DEL ARTESANO {}", tag.to_uppercase()));
            p.text(if n % 2 == 0 { 42.0 } else { 540.0 }, 48.0, 16.0, &n.to_string());
            p.text(200.0, 53.0, 10.0, "DE LA ACTIVIDAD ARTESANAL");
            paragraph(&mut p, 72.0, 523.0, 90.0, 30, &tag);
            p
        })
        .collect();
    let d = lay(pages);
    for i in 0..6 {
        let folios: Vec<String> =
            furniture(&d, i).into_iter().filter(|(k, _)| *k == BlockKind::PageNumber).map(|(_, t)| t).collect();
        assert_eq!(folios, vec![(i + 1).to_string()], "page {}: {:?}", i + 1, furniture(&d, i));
    }
}

#[test]
fn run_in_enumerated_paragraphs_go_on_flush_left() {
    // "(ii) …" and "c. …" set at the paragraph indent, their next rows flush with the
    // column's left edge: each is one block, and a word broken at the row end stays whole.
    let mut p = PageBuilder::new();
    let mut y = paragraph(&mut p, 72.0, 523.0, 80.0, 3, "a");
    for (marker, tag) in [("(ii)", "b"), ("c.", "c")] {
        let first =
            format!("{marker} {tag}0w0 {tag}0w1 {tag}0w2 {tag}0w3 {tag}0w4 {tag}0w5 {tag}0w6 {tag}0w7 {tag}0w8 pala-");
        p.justified(87.0, 523.0, y, SIZE, &first);
        y += PITCH;
        let second =
            format!("bra {tag}1w1 {tag}1w2 {tag}1w3 {tag}1w4 {tag}1w5 {tag}1w6 {tag}1w7 {tag}1w8 {tag}1w9 {tag}1w10");
        p.justified(72.0, 523.0, y, SIZE, &second);
        y += PITCH;
        p.text(72.0, y, SIZE, &format!("{tag}2w0 {tag}2w1."));
        y += PITCH;
    }
    let d = lay(vec![p]);
    let b = body(&d, 0);
    assert_eq!(first_words(&b), ["a0w0", "(ii)", "c."], "{b:?}");
    assert!(b[1].1.contains("pala- / bra") && b[1].1.ends_with("b2w1."), "{b:?}");
    assert!(b[2].1.ends_with("c2w1."), "{b:?}");
}

#[test]
fn a_word_broken_across_two_blocks_is_joined() {
    // A gap bigger than the line pitch cuts a paragraph after "pala-"; the next block
    // starts with the rest of the word in lower case: one block.
    let mut p = PageBuilder::new();
    p.justified(72.0, 523.0, 80.0, SIZE, "Texto a0w1 a0w2 a0w3 a0w4 a0w5 a0w6 a0w7 a0w8 a0w9 a0w10 pala-");
    p.text(72.0, 80.0 + 3.0 * PITCH, SIZE, "bra a1w1 a1w2 fin.");
    // A block that ends with a hyphen after a digit is not joined.
    p.justified(72.0, 523.0, 80.0 + 6.0 * PITCH, SIZE, "Periodo b0w1 b0w2 b0w3 b0w4 b0w5 b0w6 b0w7 b0w8 2015-");
    p.text(72.0, 80.0 + 9.0 * PITCH, SIZE, "dos b1w1 fin.");
    let d = lay(vec![p]);
    let b = body(&d, 0);
    assert_eq!(first_words(&b), ["texto", "periodo", "dos"], "{b:?}");
    assert!(b[0].1.contains("pala- / bra"), "{b:?}");
}
