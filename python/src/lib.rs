//! Python bindings of legajo: `import legajo`.
//!
//! In: paths or bytes of documents, from Python. Out: the same records as `legajo extract`
//! (as Python dicts, lists and strings), the same text as `legajo text`, and the run
//! manifest of `legajo ingest`. The work runs with the GIL released, so Python threads (and
//! Ray, Dask or a thread pool) run documents in parallel. A document that fails raises
//! `legajo.LegajoError`, whose message is the record's reason and whose `code`, `path` and
//! `record` attributes say the rest; an unreadable path raises `OSError`.

use std::path::PathBuf;
use std::time::Duration;

use legajo_core::config::Config;
use legajo_core::model::{Level, Record, Status};
use legajo_core::run::{self, IngestOptions, Progress};
use pyo3::exceptions::{PyException, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

pyo3::create_exception!(
    legajo,
    LegajoError,
    PyException,
    "A document legajo could not read; `code` is the diagnostic's code (e.g. `input.not_pdf`), `record` the failed record."
);

/// The defaults of the limits, the command line's ([`legajo_core::config::Limits`]).
const MAX_SECONDS: u64 = legajo_core::config::Limits::DEFAULT_MAX_SECONDS;
const MAX_STREAM_MIB: usize = legajo_core::config::Limits::DEFAULT_MAX_STREAM_MIB;
const MAX_PAGES: usize = legajo_core::config::Limits::DEFAULT_MAX_PAGES;

/// The document limits, as `legajo extract`'s options.
#[derive(Clone)]
struct Limits {
    password: Option<String>,
    max_seconds: u64,
    max_stream_mib: usize,
    max_pages: usize,
}

impl Limits {
    fn config(&self) -> Config {
        let mut cfg = Config { password: self.password.clone(), ..Config::default() };
        cfg.limits.max_seconds = Duration::from_secs(self.max_seconds.max(1));
        cfg.limits.max_stream_bytes = self.max_stream_mib.max(1) << 20;
        cfg.limits.max_pages = self.max_pages.max(1);
        cfg
    }
}

/// A path (str or os.PathLike) or the document's bytes.
enum Source {
    Path(PathBuf),
    Bytes(Vec<u8>),
}

fn source(obj: &Bound<'_, PyAny>) -> PyResult<Source> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Source::Bytes(b.as_bytes().to_vec()));
    }
    if let Ok(b) = obj.extract::<Vec<u8>>() {
        if !obj.is_instance_of::<PyString>() {
            return Ok(Source::Bytes(b));
        }
    }
    obj.extract::<PathBuf>()
        .map(Source::Path)
        .map_err(|_| PyValueError::new_err("expected a path (str or os.PathLike) or the document's bytes"))
}

/// Reads and processes one document without the GIL, as `legajo extract` does; a failed
/// record raises `LegajoError` ([`check`]).
fn record(
    py: Python<'_>,
    src: &Bound<'_, PyAny>,
    name: Option<String>,
    jobs: usize,
    limits: Limits,
) -> PyResult<Record> {
    let src = source(src)?;
    let rec = py.detach(move || {
        let (display, bytes) = match src {
            Source::Path(p) => {
                let bytes =
                    std::fs::read(&p).map_err(|e| PyOSError::new_err(format!("cannot read {}: {e}", p.display())))?;
                (name.unwrap_or_else(|| p.to_string_lossy().replace('\\', "/")), bytes)
            }
            Source::Bytes(b) => (name.unwrap_or_else(|| "<bytes>".into()), b),
        };
        let cfg = limits.config();
        run::with_pool(run::resolve_jobs(jobs), || run::process_isolated(&display, &bytes, &cfg))
            .map_err(PyRuntimeError::new_err)
    })?;
    check(py, &rec)?;
    Ok(rec)
}

/// The record as Python objects (through the JSON that `legajo extract` prints).
fn to_python<'py>(py: Python<'py>, value: &(impl serde::Serialize + Sync)) -> PyResult<Bound<'py, PyAny>> {
    let json = py.detach(|| serde_json::to_string(value)).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (json,))
}

/// Raises `LegajoError` for a failed record.
fn check(py: Python<'_>, rec: &Record) -> PyResult<()> {
    if rec.status != Status::Failed {
        return Ok(());
    }
    let worst = rec.diagnostics.iter().filter(|d| d.level <= Level::Warning).min_by_key(|d| d.level);
    let (code, reason) = worst.map(|d| (d.code.clone(), d.message.clone())).unwrap_or_default();
    let err = LegajoError::new_err(format!("{}: {reason} ({code})", rec.source.path));
    let value = err.value(py);
    value.setattr("code", code)?;
    value.setattr("reason", reason)?;
    value.setattr("path", rec.source.path.clone())?;
    value.setattr("record", to_python(py, rec)?)?;
    Err(err)
}

/// extract(source, *, name=None, jobs=0, password=None, max_seconds=120, max_stream_mib=64, max_pages=5000)
/// --
///
/// The record of one document, as `legajo extract` prints it, as a dict. `source` is a path
/// or the document's bytes; `name` is the path the record gives (default: the path, or
/// "<bytes>"). `jobs` threads read the pages (0: all cores; use 1 when many documents run
/// in parallel). Raises LegajoError when the document fails (status "failed").
#[pyfunction]
#[pyo3(signature = (source, *, name=None, jobs=0, password=None, max_seconds=MAX_SECONDS, max_stream_mib=MAX_STREAM_MIB, max_pages=MAX_PAGES))]
#[allow(clippy::too_many_arguments)]
fn extract<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    name: Option<String>,
    jobs: usize,
    password: Option<String>,
    max_seconds: u64,
    max_stream_mib: usize,
    max_pages: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let rec = record(py, source, name, jobs, Limits { password, max_seconds, max_stream_mib, max_pages })?;
    to_python(py, &rec)
}

/// text(source, *, name=None, jobs=0, password=None, max_seconds=120, max_stream_mib=64, max_pages=5000)
/// --
///
/// The text of one document in reading order, without page furniture, as `legajo text`
/// prints it. Same arguments and errors as extract().
#[pyfunction]
#[pyo3(signature = (source, *, name=None, jobs=0, password=None, max_seconds=MAX_SECONDS, max_stream_mib=MAX_STREAM_MIB, max_pages=MAX_PAGES))]
#[allow(clippy::too_many_arguments)]
fn text(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    name: Option<String>,
    jobs: usize,
    password: Option<String>,
    max_seconds: u64,
    max_stream_mib: usize,
    max_pages: usize,
) -> PyResult<String> {
    let rec = record(py, source, name, jobs, Limits { password, max_seconds, max_stream_mib, max_pages })?;
    Ok(py.detach(|| legajo_core::pipeline::render_text(&rec)))
}

/// ingest(paths, out, *, jobs=0, force=False, shard=None, password=None, max_seconds=120, max_stream_mib=64, max_pages=5000)
/// --
///
/// `legajo ingest`: processes the files and folders `paths` into the folder `out` and
/// returns its run manifest (run.json) as a dict. Documents that fail do not raise: their
/// records and the manifest say why. `shard="K/N"` takes only shard K of N (see `legajo
/// merge`). Raises OSError for a missing path or an output folder that cannot be written.
#[pyfunction]
#[pyo3(signature = (paths, out, *, jobs=0, force=false, shard=None, password=None, max_seconds=MAX_SECONDS, max_stream_mib=MAX_STREAM_MIB, max_pages=MAX_PAGES))]
#[allow(clippy::too_many_arguments)]
fn ingest<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    out: PathBuf,
    jobs: usize,
    force: bool,
    shard: Option<String>,
    password: Option<String>,
    max_seconds: u64,
    max_stream_mib: usize,
    max_pages: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let shard: Option<legajo_core::shard::Shard> =
        shard.map(|s| s.parse()).transpose().map_err(PyValueError::new_err)?;
    let cfg = Limits { password, max_seconds, max_stream_mib, max_pages }.config();
    let manifest = py.detach(move || {
        let found = legajo_core::discover::discover(&paths);
        if !found.errors.is_empty() {
            let errors: Vec<String> = found.errors.iter().map(|e| e.to_string()).collect();
            return Err(PyOSError::new_err(errors.join("; ")));
        }
        let inputs = found.inputs;
        let opts = IngestOptions { jobs, force, progress: Progress::Quiet, ..IngestOptions::default() };
        let done = match shard {
            Some(s) => legajo_core::shard::ingest(&inputs, s, &out, &cfg, &opts),
            None => run::ingest(&inputs, &out, &cfg, &opts),
        };
        done.map(|(m, _)| m).map_err(PyOSError::new_err)
    })?;
    to_python(py, &manifest)
}

/// Records of Spanish-language public-sector PDFs (theses, PESEM plans, reports) as Python objects.
#[pymodule]
fn legajo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(text, m)?)?;
    m.add_function(wrap_pyfunction!(ingest, m)?)?;
    m.add("LegajoError", m.py().get_type::<LegajoError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSION", legajo_core::model::SCHEMA_VERSION)?;
    Ok(())
}
