//! Command line: `legajo ingest | merge | extract | text | eval | search | cites | show | catalogue | schema`.
//!
//! In: the process arguments. Out: the exit code. Data goes to stdout or files, messages
//! to stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use legajo::config::{Config, Limits};
use legajo::run::{self, ExitStatus, IngestOptions, Progress};
use legajo::{catalogue, discover, eval, schema, sink};

/// Turns Spanish-language public-sector PDFs into structured JSON records.
///
/// Exit codes: 0 every document ok or partial; 1 the run finished but some document
/// failed; 2 fatal error (bad arguments, unreadable input list, unwritable output).
#[derive(Debug, Parser)]
#[command(name = "legajo", version, about, long_about = None)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Process PDFs and .txt files (folders recursively) into OUT (default: corpus/ → output/).
    Ingest {
        /// Files and folders to read.
        #[arg(default_value = "corpus")]
        paths: Vec<PathBuf>,
        /// Output folder.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Worker threads (default: all cores).
        #[arg(long, short, default_value_t = 0)]
        jobs: usize,
        /// Reprocess documents whose records are up to date.
        #[arg(long)]
        force: bool,
        /// No progress bar; only failures and the summary.
        #[arg(long, short)]
        quiet: bool,
        /// Only the inputs of shard K of N (by content hash), e.g. 0/4; see `legajo merge`.
        #[arg(long, value_name = "K/N")]
        shard: Option<legajo::shard::Shard>,
        #[command(flatten)]
        collection: CollectionArgs,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Combine the outputs of `ingest --shard K/N` for every K into OUT.
    Merge {
        /// Output folder.
        out: PathBuf,
        /// The shards' output folders.
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Worker threads copying files (default: all cores).
        #[arg(long, short, default_value_t = 0)]
        jobs: usize,
    },
    /// Print one file's record as JSON.
    Extract {
        /// The file.
        file: PathBuf,
        /// Threads reading the file's pages (default: all cores).
        #[arg(long, short, default_value_t = 0)]
        jobs: usize,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Print one file's text in reading order, without running headers, footers and page numbers.
    ///
    /// Only the stages the text needs run (pages, layout, tables, footnotes, normalisation):
    /// not the title-page metadata, the legal-reference detectors or the file's hash, which
    /// change no block's text. With --mark the whole record is built.
    Text {
        /// The file.
        file: PathBuf,
        /// Mark every legal reference with its canonical id (`[Ley N° 27444]{pe:ley:27444}`)
        /// and every short form with its antecedent (`[la citada Ley]{→ pe:ley:27444}`).
        #[arg(long)]
        mark: bool,
        /// Threads reading the file's pages (default: all cores).
        #[arg(long, short, default_value_t = 0)]
        jobs: usize,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Score the pipeline against every *.truth.json in DIR (and pdftotext, when installed).
    Eval {
        /// Folder with PDFs and their truth files.
        #[arg(default_value = "corpus")]
        dir: PathBuf,
    },
    /// Which documents of a collection cite a norm: "Ley 27444", "D.S. 004-2019-JUS" or pe:ley:27444.
    Cites {
        /// The norm, as people write it or as a canonical id.
        norm: String,
        /// Output folder of the ingest.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Print JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search of a collection (accents and case ignored), best documents first.
    Search {
        /// Words to find (all of them; in double quotes, as a phrase).
        query: String,
        /// Output folder of the ingest.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Only documents of this type (tesis, plan, informe, libro, norma, otro).
        #[arg(long = "type")]
        doc_type: Option<String>,
        /// Only documents of these years: 2015..2020, 2015.., ..2020 or 2019.
        #[arg(long)]
        year: Option<String>,
        /// Most documents shown.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print a stored record as readable text (by id or by a path it was found at).
    Show {
        /// Record id, or a path of the document.
        what: String,
        /// Output folder of the ingest.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Print the record as a static HTML page instead.
        #[arg(long)]
        html: bool,
    },
    /// Manage the SQLite catalogue beside the JSON output.
    Catalogue {
        /// Build it again from the record files.
        #[arg(long)]
        rebuild: bool,
        /// Output folder of the ingest.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
    },
    /// Print the JSON Schemas of the output files, or rewrite schemas/ with --write.
    Schema {
        /// Write schemas/*.json instead of printing.
        #[arg(long)]
        write: bool,
    },
}

#[derive(Debug, Default, clap::Args)]
struct CollectionArgs {
    /// Process failed documents again even when the options are unchanged.
    #[arg(long)]
    retry_failed: bool,
    /// Remove the records of files that no longer exist (they are listed).
    #[arg(long)]
    prune: bool,
    /// Keep only the records of this run's inputs: the output mirrors the inputs.
    #[arg(long)]
    mirror: bool,
    /// Do not keep the SQLite catalogue (catalogue.sqlite) in step.
    #[arg(long)]
    no_catalogue: bool,
    /// Write a static HTML page per document and an index page into OUT/html (kept in step
    /// by every later run while the folder exists).
    #[arg(long)]
    html: bool,
}

#[derive(Debug, clap::Args)]
struct LimitArgs {
    /// Password for encrypted PDFs (the empty password is always tried first).
    #[arg(long)]
    password: Option<String>,
    /// Seconds allowed per document before its remaining pages are dropped.
    #[arg(long, default_value_t = Limits::DEFAULT_MAX_SECONDS)]
    max_seconds: u64,
    /// Largest size one stream may decompress to, in MiB.
    #[arg(long, default_value_t = Limits::DEFAULT_MAX_STREAM_MIB)]
    max_stream_mib: usize,
    /// Most pages read per document.
    #[arg(long, default_value_t = Limits::DEFAULT_MAX_PAGES)]
    max_pages: usize,
    /// Which pages are recognised by OCR: images without a text layer (auto), every page
    /// covered by an image (always), none (never). Needs a build with `--features ocr`.
    #[arg(long, value_enum, default_value_t = legajo::config::OcrMode::Auto)]
    ocr: legajo::config::OcrMode,
    /// OCR languages (Tesseract's names, joined with +).
    #[arg(long, default_value = "spa+eng")]
    ocr_lang: String,
}

impl LimitArgs {
    fn config(&self) -> Config {
        let mut cfg = Config { password: self.password.clone(), ..Config::default() };
        cfg.limits.max_seconds = std::time::Duration::from_secs(self.max_seconds.max(1));
        cfg.limits.max_stream_bytes = self.max_stream_mib.max(1) << 20;
        cfg.limits.max_pages = self.max_pages.max(1);
        cfg.ocr = legajo::config::OcrOptions { mode: self.ocr, lang: self.ocr_lang.clone() };
        cfg
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let args = Args::parse();
    // No command is `legajo ingest` with every default (clap's, so they are written once).
    let command = args.command.or_else(|| Args::try_parse_from(["legajo", "ingest"]).ok()?.command);
    let Some(command) = command else { return ExitCode::from(fatal("no command").code()) };
    let status = match command {
        Command::Ingest { paths, out, jobs, force, quiet, shard, collection, limits } => {
            let opts = IngestOptions {
                jobs,
                force,
                retry_failed: collection.retry_failed,
                prune: collection.prune,
                mirror: collection.mirror,
                catalogue: !collection.no_catalogue,
                html: collection.html,
                progress: if quiet { Progress::Quiet } else { Progress::Auto },
                ..IngestOptions::default()
            };
            ingest(&paths, &out, opts, shard, &limits)
        }
        Command::Merge { out, parts, jobs } => match legajo::merge::merge(&out, &parts, jobs) {
            Ok((manifest, status)) => {
                run::say(&legajo::merge::summary(&manifest, parts.len(), &out));
                status
            }
            Err(e) => fatal(&e),
        },
        Command::Extract { file, jobs, limits } => one_file(&file, jobs, &limits, false, |rec, out| {
            serde_json::to_writer_pretty(&mut *out, rec).map_err(std::io::Error::from)?;
            out.write_all(b"\n")
        }),
        Command::Text { file, jobs, limits, mark } if mark => one_file(&file, jobs, &limits, false, |rec, out| {
            out.write_all(legajo::detect::legal::mark::render(rec).as_bytes())
        }),
        Command::Text { file, jobs, limits, .. } => one_file(&file, jobs, &limits, true, legajo::pipeline::write_text),
        Command::Eval { dir } => match eval::run(&dir) {
            Ok(report) => print_out(&report),
            Err(e) => fatal(&e),
        },
        Command::Cites { norm, out, json } => cites(&norm, &out, json),
        Command::Search { query, out, doc_type, year, limit, json } => {
            let years = match year.as_deref().map(catalogue::query::parse_years) {
                Some(None) => {
                    return ExitCode::from(fatal("--year: expected 2015..2020, 2015.., ..2020 or 2019").code())
                }
                Some(y) => y,
                None => None,
            };
            search(&query, &out, catalogue::query::Filters { doc_type, years, limit }, json)
        }
        Command::Show { what, out, html } => match catalogue::show::find(&out, &what) {
            Ok(rec) if html => print_out(&sink::html::document_page(&rec)),
            Ok(rec) => print_out(&catalogue::show::render(&rec)),
            Err(e) => fatal(&e),
        },
        Command::Catalogue { rebuild, out } => {
            let done = if rebuild { catalogue::rebuild(&out) } else { catalogue::sync(&out) };
            match done {
                Ok(c) => {
                    run::say(&format!(
                        "catalogue of {}: {} records indexed, {} removed",
                        out.display(),
                        c.indexed,
                        c.removed
                    ));
                    ExitStatus::Success
                }
                Err(e) => fatal(&e),
            }
        }
        Command::Schema { write } => {
            if write {
                for (name, body) in schema::all() {
                    let path = PathBuf::from("schemas").join(name);
                    if let Err(e) = sink::write_atomic(&path, body.as_bytes()) {
                        return ExitCode::from(fatal(&format!("cannot write {}: {e}", path.display())).code());
                    }
                    run::say(&format!("wrote {}", path.display()));
                }
                ExitStatus::Success
            } else {
                print_out(&schema::all().into_iter().map(|(_, b)| b).collect::<Vec<_>>().join("\n"))
            }
        }
    };
    ExitCode::from(status.code())
}

fn ingest(
    paths: &[PathBuf],
    out: &std::path::Path,
    mut opts: IngestOptions,
    shard: Option<legajo::shard::Shard>,
    limits: &LimitArgs,
) -> ExitStatus {
    let found = discover::discover(paths);
    for e in &found.errors {
        run::say(&format!("legajo: {e}"));
    }
    if found.inputs.is_empty() && !found.errors.is_empty() {
        return ExitStatus::Fatal;
    }
    if !found.errors.is_empty() && (opts.prune || opts.mirror) {
        run::say("legajo: some inputs could not be read, so nothing is pruned in this run");
    }
    opts.discovery_failed = !found.errors.is_empty();
    opts.ignored = found
        .ignored
        .iter()
        .map(|i| legajo::model::IgnoredFile { path: i.display.clone(), reason: i.reason.clone() })
        .collect();
    let done = match shard {
        Some(s) => legajo::shard::ingest(&found.inputs, s, out, &limits.config(), &opts),
        None => run::ingest(&found.inputs, out, &limits.config(), &opts),
    };
    match done {
        Ok((manifest, status)) => {
            run::say(&run::summary(&manifest, out));
            if !found.errors.is_empty() {
                return ExitStatus::Fatal;
            }
            status
        }
        Err(e) => fatal(&e),
    }
}

fn cites(norm: &str, out: &std::path::Path, json: bool) -> ExitStatus {
    let Some(canonical) = catalogue::query::canonical_of(norm) else {
        return fatal(&format!(
            "{norm:?} does not name a norm (try \"Ley 27444\", \"D.S. 004-2019-JUS\" or pe:ley:27444)"
        ));
    };
    let found = catalogue::open_existing(out).and_then(|c| catalogue::query::cites(&c, &canonical));
    let found = match found {
        Ok(f) => f,
        Err(e) => return fatal(&e),
    };
    if found.is_empty() {
        run::say(&format!("no document in {} cites {canonical}", out.display()));
        return ExitStatus::SomeFailed;
    }
    let mut s = String::new();
    if json {
        for c in &found {
            s.push_str(&serde_json::to_string(c).unwrap_or_default());
            s.push('\n');
        }
    } else {
        let docs = found.iter().map(|c| &c.id).collect::<std::collections::BTreeSet<_>>().len();
        s.push_str(&format!("{canonical}: {} mentions in {docs} documents\n", found.len()));
        let mut last = "";
        for c in &found {
            if c.id != last {
                s.push_str(&format!("\n{}", c.path));
                if let Some(t) = &c.title {
                    s.push_str(&format!(" — {t}"));
                }
                s.push('\n');
                last = &c.id;
            }
            let page = c.page.map(|p| format!("p. {p}")).unwrap_or_else(|| "text".into());
            s.push_str(&format!("  {page}: {}\n", c.context));
        }
    }
    print_out(&s)
}

fn search(query: &str, out: &std::path::Path, filters: catalogue::query::Filters, json: bool) -> ExitStatus {
    let found = catalogue::open_existing(out).and_then(|c| catalogue::query::search(&c, query, &filters));
    let hits = match found {
        Ok(h) => h,
        Err(e) => return fatal(&e),
    };
    if hits.is_empty() {
        run::say(&format!("nothing in {} matches {query:?}", out.display()));
        return ExitStatus::SomeFailed;
    }
    let mut s = String::new();
    for (i, h) in hits.iter().enumerate() {
        if json {
            s.push_str(&serde_json::to_string(h).unwrap_or_default());
            s.push('\n');
            continue;
        }
        let title = h.title.as_deref().unwrap_or("(untitled)");
        let facts: Vec<String> = [h.doc_type.clone(), h.year.map(|y| y.to_string())].into_iter().flatten().collect();
        let page = h.page.map(|p| format!(", p. {p}")).unwrap_or_default();
        s.push_str(&format!(
            "{}. {title} [{}]{page}\n   {}\n   {}\n",
            i + 1,
            facts.join(", "),
            h.path,
            h.snippet.replace('\n', " ")
        ));
    }
    print_out(&s)
}

/// Processes `file` and writes what `show` makes of its record; `text_only`: only the stages
/// that make the blocks' text run (`Config::text_only`).
fn one_file(
    file: &std::path::Path,
    jobs: usize,
    limits: &LimitArgs,
    text_only: bool,
    show: impl Fn(&legajo::model::Record, &mut dyn Write) -> std::io::Result<()>,
) -> ExitStatus {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fatal(&format!("cannot read {}: {e}", file.display())),
    };
    let cfg = Config { text_only, ..limits.config() };
    let display = file.to_string_lossy().replace('\\', "/");
    // The bytes go to the pipeline, which frees them as soon as it can; the output is written
    // as it is made (a large text is not held a third time).
    let rec = match run::with_pool(run::resolve_jobs(jobs), || run::process_isolated_owned(&display, bytes, &cfg)) {
        Ok(r) => r,
        Err(e) => return fatal(&e),
    };
    for d in rec.diagnostics.iter().filter(|d| d.level <= legajo::model::Level::Warning) {
        let page = d.page.map(|p| format!(" (page {p})")).unwrap_or_default();
        run::say(&format!("{display}: {:?} {}{page}: {}", d.level, d.code, d.message));
    }
    let status = write_out(|out| show(&rec, out));
    if rec.status == legajo::model::Status::Failed {
        ExitStatus::SomeFailed
    } else {
        status
    }
}

/// Writes to stdout; a closed pipe (`legajo text f.pdf | head`) is not an error.
fn print_out(s: &str) -> ExitStatus {
    write_out(|out| out.write_all(s.as_bytes()))
}

/// [`print_out`] of what `write` writes, buffered.
fn write_out(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> ExitStatus {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => ExitStatus::Success,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(e) => fatal(&format!("cannot write to stdout: {e}")),
    }
}

fn fatal(msg: &str) -> ExitStatus {
    run::say(&format!("legajo: {msg}"));
    ExitStatus::Fatal
}
