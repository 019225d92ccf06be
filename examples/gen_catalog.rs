//! Writes a synthetic catalog of N papers to stdout, for benchmarks:
//! `cargo run --release --example gen_catalog -- 100000 > big.json`.

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let arg = std::env::args().nth(1);
    let Some(papers) = arg.as_deref().and_then(|a| a.parse::<usize>().ok()) else {
        eprintln!("usage: gen_catalog N   (N papers, written to stdout as JSON)");
        return ExitCode::from(2);
    };
    let json = aipapers::catalog::synthetic::json(papers);
    let mut out = io::stdout().lock();
    match out.write_all(json.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the catalog: {e}");
            ExitCode::FAILURE
        }
    }
}
