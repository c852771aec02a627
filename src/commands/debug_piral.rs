//! `piral debug [source]`: builds the app shell for development (as its emulator is built),
//! serves it from memory on one port, and rebuilds it when its files change; the page reloads
//! itself after a successful rebuild and shows an overlay after a failed one (spec §9.1).

use crate::config::settings::DebugPiralSettings;
use crate::context::{Context, Outcome};
use crate::devserver::{DevServerOptions, Injection, serve};
use crate::manifest::project::resolve_app;
use crate::ui::ServeReport;

pub(crate) fn debug_piral(settings: DebugPiralSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let app = resolve_app(&settings.source)?;
    let root = app.package.root.clone();
    printer.status(
        "Bundling",
        format_args!("app shell `{}` for development", app.package.name()),
    );
    let mocks = super::mock_config(
        &settings.serve,
        app.entry
            .parent()
            .map(|f| f.join("mocks"))
            .into_iter()
            .collect(),
        vec![root.join(".krasrc")],
        &[],
    )?;
    super::warn_if_exposed(&settings.serve, ctx);
    let options = DevServerOptions {
        host: settings.serve.host.clone(),
        port: settings.serve.port,
        strict_port: settings.serve.strict_port,
        app_dir: root.clone(),
        mock_cwd: root.clone(),
        shell: Some(crate::build::shell::dev_source(
            root,
            settings.source.clone(),
            settings.public_url.clone(),
            // `--feed` replaces the shell's feed, which only piral-debug-utils' pilet loader
            // (`DEBUG_PILET`) can do; without it the shell loads its own, as with the old CLI.
            settings.feed.is_some(),
        )),
        public_url: settings.public_url.clone(),
        injection: settings
            .feed
            .clone()
            .map_or(Injection::Nothing, Injection::Feed),
        feeds: Vec::new(),
        pilets: Vec::new(),
        debounce: settings.debounce,
        mocks,
    };
    super::open_browser(&settings.serve, ctx);
    serve(options, &ServeReport { printer })?;
    printer.status("Stopped", "the debug server");
    Ok(Outcome::success(serde_json::json!({})))
}
