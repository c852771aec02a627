//! The shell's scaffolding hooks (`preScaffold`, `postScaffold`): commands run in the pilet.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

use crate::errors::{Code, bail_code};
use crate::manifest::str_field;
use crate::ui::Reporter;

/// Runs the shell's `preScaffold`/`postScaffold` command in the pilet, with the pilet's
/// `node_modules/.bin` first on PATH.
pub(crate) fn run_hook(
    reporter: &dyn Reporter,
    root: &Path,
    pilets: &Map<String, Value>,
    hook: &str,
) -> anyhow::Result<()> {
    let Some(command) = str_field(pilets, hook).filter(|c| !c.trim().is_empty()) else {
        return Ok(());
    };
    reporter.status("Running", format_args!("{hook} `{command}`"));
    let bin = root.join("node_modules").join(".bin");
    let path = match std::env::var_os("PATH") {
        Some(path) => {
            std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))?
        }
        None => bin.into_os_string(),
    };
    let status = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(root)
        .env("PATH", path)
        .stdin(Stdio::null())
        .status()?;
    if !status.success() {
        bail_code!(
            Code::GeneralError,
            "the shell's {hook} script `{command}` failed ({status})"
        );
    }
    Ok(())
}
