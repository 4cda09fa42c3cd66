use legajo::config::Limits;
use legajo::pdf;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let limits = Limits::default();
    let doc = pdf::load(&bytes, &limits, None).unwrap();
    for i in 1..5 {
        let page = pdf::extract_page(&doc, i, &limits);
        let mut lines = legajo::layout::page_lines(&page);
        lines.sort_by(|a, b| a.bbox[1].total_cmp(&b.bbox[1]));
        println!("page {} {}x{} lines {}", i + 1, page.width, page.height, lines.len());
        for l in lines.iter().take(4) {
            println!(
                "  {:?} size {} base {} {:?}",
                l.bbox,
                l.size,
                l.baseline,
                l.text().chars().take(60).collect::<String>()
            );
        }
    }
}
