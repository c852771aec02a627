//! `piral run-emulator <source>`: installs an emulator package into a temporary folder and
//! serves its app with the pilets of `--feed`, through the same debug server as `pilet debug`.

use std::time::Duration;

use crate::config::settings::RunEmulatorSettings;
use crate::context::{Context, Outcome};
use crate::devserver::{DevServerOptions, Injection, serve};
use crate::ui::ServeReport;

pub(crate) fn run_emulator(
    settings: RunEmulatorSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let emulator = crate::emulator::install_temporary(
        &settings.spec,
        &settings.source,
        settings.npm_client,
        settings.npm.clone(),
        printer,
    )?;
    // As the old CLI: the emulator's `.krasrc`, then the working folder's; no mock folder of
    // a project, but `mocks` of the working folder when there is one.
    let mocks = super::mock_config(
        &settings.serve,
        Vec::new(),
        vec![emulator.package.root.join(".krasrc")],
        &["/$pilet-api"],
    )?;
    super::warn_if_exposed(&settings.serve, ctx);
    let options = DevServerOptions {
        host: settings.serve.host.clone(),
        port: settings.serve.port,
        strict_port: settings.serve.strict_port,
        app_dir: emulator.app_dir(),
        shell: None,
        public_url: "/".into(),
        injection: Injection::LocalFeed,
        feeds: settings.feeds.clone(),
        pilets: Vec::new(),
        debounce: Duration::from_millis(20),
        mocks,
        mock_cwd: settings.serve.cwd.clone(),
    };
    super::open_browser(&settings.serve, ctx);
    serve(options, &ServeReport { printer })?;
    printer.status("Stopped", "the emulator");
    Ok(Outcome::success(serde_json::json!({
        "emulator": emulator.package.name(),
        "version": emulator.package.version(),
    })))
}
