//! What the three serving commands share: turning [`ServeArgs`] into the server's listening
//! options (with the warning for non-loopback hosts), opening the browser, and reporting.

use std::time::Duration;

use crate::app::Context;
use crate::cli::debug::ServeArgs;
use crate::devserver::Reporter;
use crate::errors::{Code, render_error};
use crate::ui::Printer;

/// (host, port, strict port) to listen with.
pub(super) fn listen(args: &ServeArgs, ctx: &Context) -> anyhow::Result<(String, u16, bool)> {
    let config = ctx.config()?;
    if !matches!(args.host.as_str(), "127.0.0.1" | "localhost" | "::1") {
        ctx.printer.warn(
            Code::GeneralWarning,
            format!(
                "serving on `{}`: other machines on the network can reach this server",
                args.host
            ),
        );
    }
    let host = if args.host == "localhost" {
        "127.0.0.1".to_string()
    } else {
        args.host.clone()
    };
    let strict = args
        .strict_port
        .unwrap_or_else(|| config.bool("strictPort").unwrap_or(false));
    Ok((host, args.port, strict))
}

/// `--open`: the system's browser, or a warning where there is none.
pub(super) fn open_browser(args: &ServeArgs, ctx: &Context) {
    if args.open != Some(true) {
        return;
    }
    open_url(&format!("http://localhost:{}/", args.port), &ctx.printer);
}

/// Opens `url` in the user's browser (`xdg-open`); `[0170]` when that is not possible.
pub(super) fn open_url(url: &str, printer: &Printer) {
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
pub(super) struct Report<'a> {
    pub(super) printer: &'a Printer,
}

impl Reporter for Report<'_> {
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

    fn watched(&self, root: &std::path::Path, files: usize, changed: bool) {
        let outcome = if changed {
            "content changed, rebuilt"
        } else {
            "content unchanged, nothing rebuilt"
        };
        self.printer.debug(format_args!(
            "watched {files} changed file(s) in {}: {outcome}",
            root.display()
        ));
    }
}
