//! Command line: `legajo ingest | extract | text | eval | cites | schema`.
//!
//! In: the process arguments. Out: the exit code. Data goes to stdout or files, messages
//! to stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use legajo::config::{Config, Limits};
use legajo::run::{self, ExitStatus, IngestOptions, Progress};
use legajo::{discover, eval, schema, sink};

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
        #[command(flatten)]
        limits: LimitArgs,
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
    /// List the documents of an ingested corpus that cite a norm (e.g. pe:ley:27444).
    Cites {
        /// Canonical id of the norm.
        canonical: String,
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
}

impl LimitArgs {
    fn config(&self) -> Config {
        let mut cfg = Config { password: self.password.clone(), ..Config::default() };
        cfg.limits.max_seconds = std::time::Duration::from_secs(self.max_seconds.max(1));
        cfg.limits.max_stream_bytes = self.max_stream_mib.max(1) << 20;
        cfg.limits.max_pages = self.max_pages.max(1);
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
        Command::Ingest { paths, out, jobs, force, quiet, limits } => ingest(&paths, &out, jobs, force, quiet, &limits),
        Command::Extract { file, jobs, limits } => one_file(&file, jobs, &limits, |rec| {
            let mut s = serde_json::to_string_pretty(rec).unwrap_or_default();
            s.push('\n');
            s
        }),
        Command::Text { file, jobs, limits, mark } => {
            let show = if mark { legajo::detect::legal::mark::render } else { legajo::pipeline::render_text };
            one_file(&file, jobs, &limits, show)
        }
        Command::Eval { dir } => match eval::run(&dir) {
            Ok(report) => print_out(&report),
            Err(e) => fatal(&e),
        },
        Command::Cites { canonical, out } => match sink::lookup_citations(&out, &canonical) {
            Ok(Some(v)) => print_out(&format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())),
            Ok(None) => {
                run::say(&format!("no document in {} cites {canonical}", out.display()));
                ExitStatus::SomeFailed
            }
            Err(e) => fatal(&format!("cannot read {}/citations.jsonl (run `legajo ingest` first): {e}", out.display())),
        },
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
    jobs: usize,
    force: bool,
    quiet: bool,
    limits: &LimitArgs,
) -> ExitStatus {
    let (inputs, errors) = discover::discover(paths);
    for e in &errors {
        run::say(&format!("legajo: {e}"));
    }
    if inputs.is_empty() && !errors.is_empty() {
        return ExitStatus::Fatal;
    }
    let opts = IngestOptions { jobs, force, progress: if quiet { Progress::Quiet } else { Progress::Auto } };
    match run::ingest(&inputs, out, &limits.config(), &opts) {
        Ok((manifest, status)) => {
            run::say(&run::summary(&manifest, out));
            if !errors.is_empty() {
                return ExitStatus::Fatal;
            }
            status
        }
        Err(e) => fatal(&e),
    }
}

fn one_file(
    file: &std::path::Path,
    jobs: usize,
    limits: &LimitArgs,
    show: impl Fn(&legajo::model::Record) -> String,
) -> ExitStatus {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fatal(&format!("cannot read {}: {e}", file.display())),
    };
    let cfg = limits.config();
    let display = file.to_string_lossy().replace('\\', "/");
    let rec = match run::with_pool(run::resolve_jobs(jobs), || run::process_isolated(&display, &bytes, &cfg)) {
        Ok(r) => r,
        Err(e) => return fatal(&e),
    };
    for d in rec.diagnostics.iter().filter(|d| d.level <= legajo::model::Level::Warning) {
        let page = d.page.map(|p| format!(" (page {p})")).unwrap_or_default();
        run::say(&format!("{display}: {:?} {}{page}: {}", d.level, d.code, d.message));
    }
    let status = print_out(&show(&rec));
    if rec.status == legajo::model::Status::Failed {
        ExitStatus::SomeFailed
    } else {
        status
    }
}

/// Writes to stdout; a closed pipe (`legajo text f.pdf | head`) is not an error.
fn print_out(s: &str) -> ExitStatus {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => ExitStatus::Success,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(e) => fatal(&format!("cannot write to stdout: {e}")),
    }
}

fn fatal(msg: &str) -> ExitStatus {
    run::say(&format!("legajo: {msg}"));
    ExitStatus::Fatal
}
