//! Everything the user sees: status lines, warnings, progress, prompts, data on stdout.
//!
//! A [`Printer`] is made once in `app` from the global flags and the environment and handed to
//! every command. Status lines and diagnostics go to stderr; stdout carries data only (`--json`,
//! `explain`, completions). Nothing else in the crate prints: domain modules report through
//! [`Reporter`], which the printer implements.

use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;
use std::time::Duration;

use anstyle::{AnsiColor, Style};

use crate::errors::Code;
use crate::errors::codes::Level;

mod error;
mod report;
mod serve;

pub(crate) use error::render_error;
pub(crate) use report::Reporter;
pub(crate) use serve::{ServeReport, open_url};

/// A path for messages: relative to `cwd` when inside it.
pub(crate) fn display_path(cwd: &std::path::Path, path: &std::path::Path) -> String {
    let shown = path.strip_prefix(cwd).unwrap_or(path);
    let text = shown.display().to_string();
    if text.is_empty() {
        ".".to_string()
    } else {
        text
    }
}

/// Semantic styles; call sites never pick raw colours.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Styles {
    pub(crate) error: Style,
    pub(crate) warning: Style,
    pub(crate) hint: Style,
    pub(crate) path: Style,
    pub(crate) success: Style,
    pub(crate) dim: Style,
}

impl Styles {
    /// Colours; `anstream` strips them again where colour is off (`NO_COLOR`, `--color never`,
    /// not a terminal).
    pub(crate) fn colored() -> Self {
        Self {
            error: AnsiColor::Red.on_default().bold(),
            warning: AnsiColor::Yellow.on_default().bold(),
            hint: AnsiColor::Cyan.on_default(),
            path: AnsiColor::Cyan.on_default(),
            success: AnsiColor::Green.on_default().bold(),
            dim: Style::new().dimmed(),
        }
    }

    #[cfg(test)]
    pub(crate) fn plain() -> Self {
        Self {
            error: Style::new(),
            warning: Style::new(),
            hint: Style::new(),
            path: Style::new(),
            success: Style::new(),
            dim: Style::new(),
        }
    }
}

/// A coded message that a command raised without failing (a warning or an info line). Kept so
/// that `--json` can list every one of them.
#[derive(Clone, Debug, serde::Serialize)]
pub(crate) struct Diagnostic {
    pub(crate) code: String,
    pub(crate) level: &'static str,
    pub(crate) message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) file: Option<String>,
}

/// How the process talks to the user.
#[derive(Debug)]
pub(crate) struct Printer {
    /// Negative: quiet; positive: verbose.
    verbosity: i8,
    json: bool,
    progress: bool,
    interactive: bool,
    pub(crate) styles: Styles,
    diagnostics: Mutex<Vec<Diagnostic>>,
}

/// What the global flags and the environment say about output.
#[derive(Debug, Default)]
pub(crate) struct PrinterOptions {
    pub(crate) quiet: u8,
    pub(crate) verbose: u8,
    pub(crate) json: bool,
    pub(crate) no_progress: bool,
}

impl Printer {
    pub(crate) fn new(options: &PrinterOptions) -> Self {
        let verbosity = i8::try_from(options.verbose).unwrap_or(i8::MAX)
            - i8::try_from(options.quiet).unwrap_or(i8::MAX);
        let stderr_tty = std::io::stderr().is_terminal();
        let env_set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        let progress = stderr_tty
            && !env_set("CI")
            && !env_set("TF_BUILD")
            && std::env::var("TERM").map_or(true, |t| t != "dumb")
            && verbosity == 0
            && !options.no_progress
            && !env_set("PIRAL_NO_PROGRESS");
        let interactive = stderr_tty && std::io::stdin().is_terminal();
        Self {
            verbosity,
            json: options.json,
            progress,
            interactive,
            styles: Styles::colored(),
            diagnostics: Mutex::new(Vec::new()),
        }
    }

    pub(crate) fn json(&self) -> bool {
        self.json
    }

    pub(crate) fn verbose(&self) -> bool {
        self.verbosity > 0
    }

    fn err_line(&self, line: &str) {
        let mut stderr = anstream::stderr().lock();
        let _ = writeln!(stderr, "{line}");
    }

    /// A cargo-style status line: the verb right-aligned to 12 columns, then the object.
    pub(crate) fn status(&self, verb: &str, message: impl std::fmt::Display) {
        if self.verbosity < 0 {
            return;
        }
        let s = self.styles.success;
        self.err_line(&format!("{s}{verb:>12}{s:#} {message}"));
    }

    /// A coded warning, printed and recorded.
    pub(crate) fn warn(&self, code: Code, message: impl Into<String>) {
        self.diagnostic(code, Level::Warning, message.into(), None);
    }

    /// Records and prints a coded message at the given level.
    pub(crate) fn diagnostic(
        &self,
        code: Code,
        level: Level,
        message: String,
        file: Option<String>,
    ) {
        let style = match level {
            Level::Error => self.styles.error,
            Level::Warning => self.styles.warning,
            _ => self.styles.hint,
        };
        let shown = match level {
            Level::Error | Level::Warning => true,
            Level::Info => self.verbosity >= 0,
            Level::Debug | Level::Verbose => self.verbosity > 0,
        };
        if shown {
            let location = file
                .as_deref()
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            self.err_line(&format!(
                "{style}{}{style:#}: [{}] {message}{location}",
                level.as_str(),
                code.number()
            ));
        }
        self.diagnostics
            .lock()
            .expect("diagnostics lock is never poisoned")
            .push(Diagnostic {
                code: code.number(),
                level: level.as_str(),
                message,
                file,
            });
    }

    /// A plain note for people (not recorded for `--json`).
    pub(crate) fn note(&self, message: impl std::fmt::Display) {
        if self.verbosity >= 0 {
            let d = self.styles.hint;
            self.err_line(&format!("{d}note{d:#}: {message}"));
        }
    }

    /// A line shown only with `-v`.
    pub(crate) fn debug(&self, message: impl std::fmt::Display) {
        if self.verbosity > 0 {
            let d = self.styles.dim;
            self.err_line(&format!("{d}debug: {message}{d:#}"));
        }
    }

    /// Raw text for stderr (for example the captured output of a failed child process).
    pub(crate) fn raw_stderr(&self, text: &str) {
        let mut stderr = anstream::stderr().lock();
        let _ = stderr.write_all(text.as_bytes());
    }

    /// An error, rendered by [`render_error`].
    pub(crate) fn error(&self, rendered: &str) {
        let mut stderr = anstream::stderr().lock();
        let _ = stderr.write_all(rendered.as_bytes());
    }

    /// Data for stdout. A closed pipe is not an error.
    pub(crate) fn data(&self, text: &str) {
        let mut stdout = anstream::stdout().lock();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }

    pub(crate) fn take_diagnostics(&self) -> Vec<Diagnostic> {
        std::mem::take(
            &mut *self
                .diagnostics
                .lock()
                .expect("diagnostics lock is never poisoned"),
        )
    }

    /// A spinner while something slow runs; hidden unless progress is allowed (see `new`).
    pub(crate) fn spinner(&self, message: impl Into<String>) -> Spinner {
        let message = message.into();
        if self.progress {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner:.green} {msg} {elapsed:.dim}")
                    .expect("the template is valid"),
            );
            bar.set_message(message);
            bar.enable_steady_tick(Duration::from_millis(100));
            Spinner { bar: Some(bar) }
        } else {
            Spinner { bar: None }
        }
    }

    /// A progress bar over `total` bytes while files upload; hidden unless progress is allowed.
    pub(crate) fn bytes_bar(&self, total: u64, message: impl Into<String>) -> Progress {
        if !self.progress {
            return Progress::none();
        }
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner:.green} {msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
            )
            .expect("the template is valid")
            .progress_chars("=> "),
        );
        bar.set_message(message.into());
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar: Some(bar) }
    }

    /// Asks a yes/no question when interactive; `None` when prompting is not possible.
    pub(crate) fn confirm(&self, question: &str, default: bool) -> Option<bool> {
        if !self.interactive {
            return None;
        }
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(default)
            .interact()
            .ok()
    }

    /// Asks for a line of text when interactive; `None` when prompting is not possible.
    pub(crate) fn input(&self, question: &str) -> Option<String> {
        if !self.interactive {
            return None;
        }
        dialoguer::Input::<String>::new()
            .with_prompt(question)
            .interact_text()
            .ok()
    }
}

/// A running spinner; cleared when dropped.
pub(crate) struct Spinner {
    bar: Option<indicatif::ProgressBar>,
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// A running progress bar; cleared when dropped.
pub(crate) struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    pub(crate) fn advance(&self, amount: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(amount);
        }
    }

    /// No bar at all (a small upload).
    pub(crate) fn none() -> Self {
        Self { bar: None }
    }

    /// A listener that moves the bar to an absolute position (for uploads that may restart);
    /// `None` when no bar is drawn.
    pub(crate) fn position_listener(&self) -> Option<std::sync::Arc<dyn Fn(u64) + Send + Sync>> {
        let bar = self.bar.clone()?;
        Some(std::sync::Arc::new(move |position| {
            bar.set_position(position)
        }))
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
