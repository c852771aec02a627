//! What the serving commands show: the debug server's events as status lines, and the
//! browser opened for `--open`.

use std::time::Duration;

use crate::bundler::BundleDiagnostic;
use crate::devserver::Reporter as ServerReporter;
use crate::errors::Code;
use crate::errors::codes::Level;

use super::{Printer, render_error};

/// Opens `url` in the user's browser (`xdg-open`); `[0170]` when that is not possible.
pub(crate) fn open_url(url: &str, printer: &Printer) {
    if std::process::Command::new("xdg-open")
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_err()
    {
        printer.warn(
            Code::FailedToOpenBrowser,
            format!("could not open a browser; open {url} yourself"),
        );
    }
}

/// Status lines for the debug server's events.
pub(crate) struct ServeReport<'a> {
    pub(crate) printer: &'a Printer,
}

impl ServerReporter for ServeReport<'_> {
    fn serving(&self, url: &str) {
        self.printer.status("Serving", url);
        self.printer.status("Ready", "Press Ctrl-C to stop");
    }

    fn port_changed(&self, wanted: u16, got: u16) {
        self.printer.warn(
            Code::PortChanged,
            format!("the port {wanted} is busy; serving on {got} instead"),
        );
    }

    fn rebuilt(&self, name: &str, elapsed: Duration) {
        self.printer.status(
            "Rebuilt",
            format_args!("`{name}` in {}ms", elapsed.as_millis()),
        );
    }

    fn failed(&self, error: &anyhow::Error) {
        self.printer
            .error(&render_error(error, &self.printer.styles));
    }

    fn warned(&self, warning: &BundleDiagnostic) {
        self.printer.diagnostic(
            warning.code,
            Level::Warning,
            warning.message.clone(),
            warning.file(),
        );
    }

    fn mock(&self, notice: &crate::devserver::mocks::MockNotice) {
        use crate::devserver::mocks::MockNotice;
        match notice {
            MockNotice::Loaded { scripts, recorded } => self.printer.debug(format_args!(
                "mock injectors loaded: {scripts} script(s), {recorded} recorded answer(s)"
            )),
            MockNotice::Warning { file, message } if file.is_empty() => {
                self.printer.warn(Code::MockFileSkipped, message.clone());
            }
            MockNotice::Warning { file, message } => self
                .printer
                .warn(Code::MockFileSkipped, format!("{file}: {message}")),
            MockNotice::ScriptFailed { file, message, url } => self.printer.warn(
                Code::MockScriptFailed,
                format!("the mock script {file} failed on {url} (answered 500):\n{message}"),
            ),
            MockNotice::ProxyFailed { url, message } => self.printer.warn(
                Code::ProxyTargetFailed,
                format!("proxying to {url} failed (answered 502): {message}"),
            ),
        }
    }

    fn watched(
        &self,
        root: &std::path::Path,
        files: usize,
        outcome: crate::devserver::WatchOutcome,
    ) {
        let outcome = watch_outcome(outcome);
        self.printer.debug(format_args!(
            "watched {files} changed file(s) in {}: {outcome}",
            root.display()
        ));
    }
}

/// The end of the `-v` line about a batch of changed files.
pub(crate) fn watch_outcome(outcome: crate::devserver::WatchOutcome) -> &'static str {
    use crate::devserver::WatchOutcome;
    match outcome {
        WatchOutcome::Rebuilt => "content changed, rebuilt",
        WatchOutcome::Unchanged => "content unchanged, nothing rebuilt",
        WatchOutcome::NotRead => "not read by the build, nothing rebuilt",
    }
}
