//! The catalogue at scale: the records of an ingested folder indexed COPIES times under
//! made-up ids, then search and cites timed (best and median of 7 runs each) and the size
//! reported.
//!
//! ```sh
//! legajo ingest corpus ../shared/corpus/real -o /tmp/src
//! cargo run --release --example catalogue_scale -- /tmp/src 300 /tmp/scale
//! ```

use std::path::PathBuf;
use std::time::Instant;

use legajo::catalogue::{self, query};
use legajo::sink;

/// (best, median) of 7 runs of `f`, in ms, and what it returned.
fn time_ms(mut f: impl FnMut() -> usize) -> (f64, f64, usize) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..7 {
        let t = Instant::now();
        n = f();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[0], times[times.len() / 2], n)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: catalogue_scale SOURCE_OUT COPIES DEST");
        std::process::exit(2);
    }
    let (src, copies, dst) = (PathBuf::from(&args[1]), args[2].parse::<usize>().unwrap_or(1), PathBuf::from(&args[3]));
    std::fs::create_dir_all(&dst).unwrap();
    // COPIES 0: time the queries on the catalogue DEST already has.
    if copies > 0 {
        let _ = std::fs::remove_file(catalogue::path(&dst));
    }
    let records: Vec<_> = if copies == 0 {
        Vec::new()
    } else {
        sink::record_ids(&src).iter().filter_map(|id| sink::read_record(&src, id)).collect()
    };
    let pages: usize = records.iter().map(|r| r.pages.len()).sum::<usize>() * copies;
    let t = Instant::now();
    let docs = catalogue::insert_records(
        &dst,
        (0..copies).flat_map(|k| {
            records.iter().map(move |r| {
                let mut r = r.clone();
                r.id = legajo::pipeline::sha256_hex(format!("{k}:{}", r.id).as_bytes());
                r.source.path = format!("copy{k}/{}", r.source.path);
                r.source.paths = vec![r.source.path.clone()];
                r
            })
        }),
    )
    .unwrap();
    let build = t.elapsed().as_secs_f64();
    let size = std::fs::metadata(catalogue::path(&dst)).map(|m| m.len()).unwrap_or(0);
    println!(
        "{docs} documents, {pages} pages indexed in {build:.1} s; {:.1} MiB, {:.1} KiB per page",
        size as f64 / 1048576.0,
        size as f64 / 1024.0 / pages.max(1) as f64
    );
    let conn = catalogue::open_existing(&dst).unwrap();
    for q in ["cooperación técnica", "descentralizacion", "\"gobierno regional\"", "ley", "de", "xyzzy"] {
        let f = query::Filters { limit: 20, ..Default::default() };
        let (best, median, n) = time_ms(|| query::search(&conn, q, &f).unwrap().len());
        println!("search {q:<24} {n:>3} hits  best {best:>8.2} ms  median {median:>8.2} ms");
    }
    for q in ["cooperación técnica", "ley"] {
        let f = query::Filters { limit: 20, doc_type: Some("tesis".into()), years: Some((2010, 2020)) };
        let (best, median, n) = time_ms(|| query::search(&conn, q, &f).unwrap().len());
        println!("search {q} --type tesis --year 2010..2020: {n} hits best {best:.2} ms median {median:.2} ms");
    }
    for c in ["pe:ley:27444", "pe:ley:27783"] {
        let (best, median, n) = time_ms(|| query::cites(&conn, c).unwrap().len());
        println!("cites {c:<20} {n:>6} mentions  best {best:>8.2} ms  median {median:>8.2} ms");
    }
}
