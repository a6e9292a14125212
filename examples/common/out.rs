//! Lines on standard output for the examples that print tables as they go.

use std::io::{ErrorKind, Write};

/// Writes one line: `Ok(false)` when the reader closed the pipe (`| head -3`), which wants
/// no more and is no error, where `println!` panicked; the caller stops there.
pub fn line(out: &mut impl Write, args: std::fmt::Arguments<'_>) -> Result<bool, String> {
    match out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.to_string()),
    }
}
