//! Standard output and exit codes for the examples: a reader that closes the pipe early
//! (`| head`) ends the output quietly, and an error is one line on stderr.

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Whether a write went through: `Ok(false)` when the reader closed the pipe, which wants
/// no more and is no error (where `println!` panicked); the caller stops there.
pub fn written(result: std::io::Result<()>) -> Result<bool, String> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes one line, as `written` tells.
pub fn line(out: &mut impl Write, args: std::fmt::Arguments<'_>) -> Result<bool, String> {
    written(out.write_fmt(args).and_then(|()| out.write_all(b"\n")))
}

/// The exit code of the example `name` that ended with `result`; an error's message goes to
/// stderr after the example's name.
pub fn exit(name: &str, result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{name}: {message}");
            ExitCode::FAILURE
        }
    }
}
