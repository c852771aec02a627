//! [`Reporter`]: how domain modules tell the user what happens without printing themselves.
//!
//! Scaffolding, building, emulators, publishing and validation take a `&dyn Reporter`; the
//! [`Printer`] implements it (status lines, coded diagnostics, prompts, spinners), and a test can
//! implement it to record what was reported. The generic helpers on `dyn Reporter` keep call
//! sites as short as the printer's own (`reporter.status("Bundled", format_args!(…))`).

use std::fmt::Display;

use crate::errors::Code;
use crate::errors::codes::Level;

use super::{Printer, Progress, Spinner};

/// What a domain module may tell the user, and ask them.
pub(crate) trait Reporter: Sync {
    /// A status line: a fixed verb, then the object.
    fn status_line(&self, verb: &str, message: &dyn Display);
    /// A coded message at a level, with the file it is about.
    fn coded(&self, code: Code, level: Level, message: String, file: Option<String>);
    /// A plain note.
    fn note_line(&self, message: &dyn Display);
    /// A line shown only when verbose.
    fn debug_line(&self, message: &dyn Display);
    /// Whether the user asked for more detail.
    fn is_verbose(&self) -> bool;
    /// Text a child process wrote, passed on as it is.
    fn child_output(&self, text: &str);
    /// A yes/no question; `None` when nobody can answer (not a terminal).
    fn ask_confirm(&self, question: &str, default: bool) -> Option<bool>;
    /// A line of text; `None` when nobody can answer.
    fn ask_input(&self, question: &str) -> Option<String>;
    /// A spinner while something slow runs (hidden where progress is not shown).
    fn start_spinner(&self, message: String) -> Spinner;
    /// A progress bar over bytes (hidden where progress is not shown).
    fn start_bytes_bar(&self, total: u64, message: String) -> Progress;
    /// Opens a page in the user's browser (a warning where that is not possible).
    fn open_url(&self, url: &str);
}

impl dyn Reporter + '_ {
    pub(crate) fn status(&self, verb: &str, message: impl Display) {
        self.status_line(verb, &message);
    }

    pub(crate) fn warn(&self, code: Code, message: impl Into<String>) {
        self.coded(code, Level::Warning, message.into(), None);
    }

    pub(crate) fn info(&self, code: Code, message: impl Into<String>) {
        self.coded(code, Level::Info, message.into(), None);
    }

    pub(crate) fn diagnostic(
        &self,
        code: Code,
        level: Level,
        message: String,
        file: Option<String>,
    ) {
        self.coded(code, level, message, file);
    }

    pub(crate) fn note(&self, message: impl Display) {
        self.note_line(&message);
    }

    pub(crate) fn debug(&self, message: impl Display) {
        self.debug_line(&message);
    }

    pub(crate) fn verbose(&self) -> bool {
        self.is_verbose()
    }

    pub(crate) fn raw_stderr(&self, text: &str) {
        self.child_output(text);
    }

    pub(crate) fn confirm(&self, question: &str, default: bool) -> Option<bool> {
        self.ask_confirm(question, default)
    }

    pub(crate) fn input(&self, question: &str) -> Option<String> {
        self.ask_input(question)
    }

    pub(crate) fn spinner(&self, message: impl Into<String>) -> Spinner {
        self.start_spinner(message.into())
    }

    pub(crate) fn bytes_bar(&self, total: u64, message: impl Into<String>) -> Progress {
        self.start_bytes_bar(total, message.into())
    }
}

impl Reporter for Printer {
    fn status_line(&self, verb: &str, message: &dyn Display) {
        self.status(verb, message);
    }

    fn coded(&self, code: Code, level: Level, message: String, file: Option<String>) {
        self.diagnostic(code, level, message, file);
    }

    fn note_line(&self, message: &dyn Display) {
        self.note(message);
    }

    fn debug_line(&self, message: &dyn Display) {
        self.debug(message);
    }

    fn is_verbose(&self) -> bool {
        self.verbose()
    }

    fn child_output(&self, text: &str) {
        self.raw_stderr(text);
    }

    fn ask_confirm(&self, question: &str, default: bool) -> Option<bool> {
        self.confirm(question, default)
    }

    fn ask_input(&self, question: &str) -> Option<String> {
        self.input(question)
    }

    fn start_spinner(&self, message: String) -> Spinner {
        self.spinner(message)
    }

    fn start_bytes_bar(&self, total: u64, message: String) -> Progress {
        self.bytes_bar(total, message)
    }

    fn open_url(&self, url: &str) {
        super::open_url(url, self);
    }
}
