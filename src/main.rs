//! The `legajo` binary: a thin shell over the library (see `cli.rs`).

mod cli;

/// The pipeline makes millions of small, short-lived allocations (glyph texts, words,
/// operands); with glibc's allocator they took about a quarter of the time (see
/// scripts/bench.sh and the Benchmarks section of README.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in the mimalloc 3 of `libmimalloc-sys` 0.1.49 (the crate names no
/// constant for it; the test below checks the index against the option's default).
#[cfg(feature = "mimalloc")]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once instead of after mimalloc 3's default 1 s:
/// a document's stages free what the next one does not reuse. A delay only runs out at a
/// later allocation, so memory freed before a long stretch without any (SQLite indexing a
/// large text, which allocates with the C allocator) stayed resident: with 10 ms, a 100 MB
/// text input's catalogue stage peaked at 4.5× its size, 2.9× without a delay; the seeds take
/// the same time (scripts/bench.sh).
#[cfg(feature = "mimalloc")]
fn tune_allocator() {
    // SAFETY: called first thing in `main`, before any other thread exists (the function
    // is not thread-safe); it only sets an integer option.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

fn main() -> std::process::ExitCode {
    legajo::ocr::limit_engine_threads();
    #[cfg(feature = "mimalloc")]
    tune_allocator();
    cli::main()
}

#[cfg(all(test, feature = "mimalloc"))]
mod tests {
    #[test]
    fn the_purge_delay_option_index_is_the_purge_delay() {
        // The documented default of mimalloc 3's purge delay, unless the environment
        // overrides it; a wrong index would name another option with another default.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads an integer option.
        let v = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(v, 1000);
    }
}
