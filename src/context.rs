//! What every command is handed ([`Context`]) and what it hands back ([`Outcome`]).
//!
//! Kept apart from `app` (which runs commands) so that commands depend on this module and
//! nothing in them points back at start-up.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::Config;
use crate::errors::ExitStatus;
use crate::ui::Printer;

/// What a command hands back: its exit status and the data of its `--json` document.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) status: ExitStatus,
    pub(crate) data: serde_json::Map<String, serde_json::Value>,
}

impl Outcome {
    pub(crate) fn success(data: serde_json::Value) -> Self {
        let data = match data {
            serde_json::Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        Self {
            status: ExitStatus::Success,
            data,
        }
    }
}

/// What every command gets: where it runs, how it prints, and the configuration.
pub(crate) struct Context {
    pub(crate) cwd: PathBuf,
    pub(crate) printer: Printer,
    pub(crate) started: Instant,
    config: OnceCell<Config>,
}

impl Context {
    pub(crate) fn new(cwd: PathBuf, printer: Printer) -> Self {
        Self {
            cwd,
            printer,
            started: Instant::now(),
            config: OnceCell::new(),
        }
    }

    /// The merged `.piralrc` files and `piral_*` variables, loaded on first use so that commands
    /// that do not need them (`explain`, `completions`) never fail on a broken rc file.
    pub(crate) fn config(&self) -> anyhow::Result<&Config> {
        if let Some(config) = self.config.get() {
            return Ok(config);
        }
        let config = Config::load(&self.cwd)?;
        Ok(self.config.get_or_init(|| config))
    }

    /// A path for messages: relative to the working folder when inside it.
    pub(crate) fn display_path(&self, path: &Path) -> String {
        crate::ui::display_path(&self.cwd, path)
    }
}
