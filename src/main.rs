//! The `legajo` binary: a thin shell over the library (see `cli.rs`).

mod cli;

/// The pipeline makes millions of small, short-lived allocations (glyph texts, words,
/// operands); with glibc's allocator they took about a quarter of the time (see
/// scripts/bench.sh and the Benchmarks section of README.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
