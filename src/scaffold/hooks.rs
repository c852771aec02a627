//! The shell's scaffolding hooks (`preScaffold`, `postScaffold`): commands run in the pilet.

use std::path::Path;

use serde_json::{Map, Value};

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
    crate::npm::run_script(reporter, root, hook, command)
}
