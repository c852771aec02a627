//! Start-up: parse the command line, set up output, run one command, render its result.
//!
//! Everything that ends the process goes through here: the JSON document of `--json`, the one
//! rendering of an error, and the mapping to an exit status.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser as _};

use crate::cli::{Cli, ColorChoice, GlobalArgs, PiletCli, object_flags};
use crate::commands::{self, Action};
use crate::context::Context;
use crate::errors::{self, ExitStatus};
use crate::ui::{Printer, PrinterOptions, render_error};

/// Which program the user ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// `piral <command>`.
    Piral,
    /// `pilet <command>`, the same as `piral pilet <command>`.
    Pilet,
}

/// Runs the program with the process's arguments.
pub fn main(flavor: Flavor) -> ExitCode {
    crate::timing::mark("start");
    let args: Vec<OsString> = std::env::args_os().collect();
    // A `piral` binary linked or copied as `pilet` behaves as `pilet`.
    let flavor = match args
        .first()
        .map(Path::new)
        .and_then(Path::file_stem)
        .and_then(|s| s.to_str())
    {
        Some("pilet") => Flavor::Pilet,
        _ => flavor,
    };
    let code = run(flavor, args);
    crate::timing::mark("exit");
    ExitCode::from(code as u8)
}

fn run(flavor: Flavor, args: Vec<OsString>) -> ExitStatus {
    let (args, mut objects) = object_flags::extract(args);
    let parsed = match flavor {
        Flavor::Piral => {
            Cli::try_parse_from(args).map(|cli| (cli.global, Action::from(cli.command)))
        }
        Flavor::Pilet => {
            PiletCli::try_parse_from(args).map(|cli| (cli.global, Action::from(cli.command)))
        }
    };
    let (global, mut action) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return clap_exit(&error),
    };
    action.take_object_flags(&mut objects);
    if let Some(flag) = objects.leftover() {
        let mut command = match flavor {
            Flavor::Piral => Cli::command(),
            Flavor::Pilet => PiletCli::command(),
        };
        let error = command.error(
            clap::error::ErrorKind::UnknownArgument,
            format!("unexpected argument '{flag}' found"),
        );
        return clap_exit(&error);
    }

    match global.color {
        ColorChoice::Always => anstream::ColorChoice::Always.write_global(),
        ColorChoice::Never => anstream::ColorChoice::Never.write_global(),
        ColorChoice::Auto => {}
    }
    let printer = Printer::new(&printer_options(&global));
    let cwd = match working_folder(&global, action.scaffolds()) {
        Ok(cwd) => cwd,
        Err(error) => {
            printer.error(&render_error(&error, &printer.styles));
            return ExitStatus::Failure;
        }
    };
    let ctx = Context::new(cwd, printer);
    let name = action.name();

    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        commands::dispatch(action, &ctx)
    }));
    let printer = &ctx.printer;
    match result {
        Ok(Ok(outcome)) => {
            if printer.json() {
                let mut document = serde_json::Map::new();
                document.insert("command".into(), name.into());
                document.insert(
                    "success".into(),
                    (outcome.status == ExitStatus::Success).into(),
                );
                document.extend(outcome.data);
                document.insert(
                    "diagnostics".into(),
                    serde_json::to_value(printer.take_diagnostics()).unwrap_or_default(),
                );
                printer.data(&format!("{}\n", serde_json::Value::Object(document)));
            }
            outcome.status
        }
        Ok(Err(error)) => {
            printer.error(&render_error(&error, &printer.styles));
            if printer.json() {
                let document = serde_json::json!({
                    "command": name,
                    "success": false,
                    "error": errors::error_json(&error),
                    "diagnostics": printer.take_diagnostics(),
                });
                printer.data(&format!("{document}\n"));
            }
            ExitStatus::Failure
        }
        Err(_) => {
            // The panic message was printed by the default hook already.
            printer.error(&format!(
                "error: internal error in piral {}: this is a bug, please report it with the command you ran\n",
                env!("CARGO_PKG_VERSION")
            ));
            ExitStatus::Internal
        }
    }
}

/// Prints a clap error or help text and picks the exit status: 0 for `--help`/`--version`,
/// 2 for a command line that does not parse.
fn clap_exit(error: &clap::Error) -> ExitStatus {
    let _ = error.print();
    if error.use_stderr() {
        ExitStatus::Usage
    } else {
        ExitStatus::Success
    }
}

fn printer_options(global: &GlobalArgs) -> PrinterOptions {
    let (mut quiet, mut verbose) = (global.quiet, global.verbose);
    match global.log_level {
        Some(0..=2) => quiet = quiet.max(1),
        Some(4) => verbose = verbose.max(1),
        Some(5) => verbose = verbose.max(2),
        _ => {}
    }
    PrinterOptions {
        quiet,
        verbose,
        json: global.json,
        no_progress: global.no_progress,
    }
}

/// The folder the command runs in: `--base` (against the process's folder), else the process's.
/// The scaffolding commands create a `--base` that does not exist yet, as the old CLI did.
fn working_folder(global: &GlobalArgs, creates: bool) -> anyhow::Result<PathBuf> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one place that reads the process's folder"
    )]
    let cwd = std::env::current_dir()?;
    Ok(match &global.base {
        Some(base) => {
            let base = cwd.join(base);
            if creates && !base.exists() {
                fs_err::create_dir_all(&base)?;
            }
            if !base.is_dir() {
                anyhow::bail!(
                    "the folder `{}` given with `--base` does not exist",
                    base.display()
                );
            }
            base
        }
        None => cwd,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_object_flags_are_usage_errors() {
        let args = ["piral", "explain", "0045", "--vars.x", "1"]
            .map(OsString::from)
            .to_vec();
        assert_eq!(run(Flavor::Piral, args), ExitStatus::Usage);
    }

    #[test]
    fn log_levels_map_onto_verbosity() {
        let global = |level| GlobalArgs {
            base: None,
            log_level: Some(level),
            quiet: 0,
            verbose: 0,
            color: ColorChoice::Auto,
            no_progress: false,
            json: false,
        };
        let options = printer_options(&global(1));
        assert_eq!((options.quiet, options.verbose), (1, 0));
        let options = printer_options(&global(5));
        assert_eq!((options.quiet, options.verbose), (0, 2));
    }
}
