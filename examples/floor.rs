//! The floor for whole-process benchmarks: a Rust binary that starts, prints one line and
//! exits. aipapers on the embedded catalog is measured against it.

use std::io::Write;

fn main() {
    // Through stdout's lock like aipapers, and without panicking on a closed pipe.
    let _ = writeln!(std::io::stdout().lock(), "floor");
}
