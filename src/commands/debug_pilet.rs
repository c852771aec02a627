//! `pilet debug [sources..]`: builds the pilets for development, serves them with their app
//! shell on one port, and rebuilds each pilet when its files change (spec §9.2). The shell's
//! emulator re-injects a rebuilt pilet from the WebSocket message, without reloading the page.

use crate::build::pilet::{ShellFiles, dev_source, shell_files};
use crate::config::settings::DebugPiletSettings;
use crate::context::{Context, Outcome};
use crate::devserver::{DevServerOptions, Injection, serve};
use crate::errors::{Code, CodedError};
use crate::manifest::project::{PiletJson, match_pilets};
use crate::ui::ServeReport;

pub(crate) fn debug_pilet(settings: DebugPiletSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let pilets = match_pilets(&settings.cwd, &settings.sources)?;
    let mut sources = Vec::new();
    let mut app_dir = settings.app_dir.clone();
    let mut source_shell = None;
    let (mut mock_sources, mut rc_files) = (Vec::new(), Vec::new());
    let mock_cwd = pilets
        .first()
        .map_or_else(|| settings.cwd.clone(), |p| p.package.root.clone());
    for pilet in pilets {
        let root = pilet.package.root.clone();
        // As the old CLI: each pilet's `<entry folder>/mocks` and `.krasrc`.
        if let Some(folder) = pilet.entry.parent() {
            mock_sources.push(folder.join("mocks"));
        }
        rc_files.push(root.join(".krasrc"));
        // A website emulator is fetched again at each start, as the old CLI did.
        if let Some((_, pilet_json)) = PiletJson::find_above(pilet.entry.parent().unwrap_or(&root))?
        {
            crate::emulator::website::ensure(&root, &pilet_json, true, printer)?;
        }
        if app_dir.is_none() && source_shell.is_none() {
            match shell_files(&pilet, settings.app.as_deref())? {
                ShellFiles::Emulator(dir) => app_dir = Some(dir),
                ShellFiles::Sources(root) => source_shell = Some(root),
            }
        }
        printer.status(
            "Bundling",
            format_args!("pilet `{}` for development", pilet.package.name()),
        );
        sources.push(dev_source(
            &pilet,
            settings.schema.clone(),
            settings.app.clone(),
        ));
    }
    // A shell of the same monorepo (not an emulator) is built from its sources and watched.
    let shell = source_shell.map(|root| {
        crate::build::shell::dev_source(root.clone(), root, settings.public_url.clone(), true)
    });
    let Some(app_dir) = app_dir.or_else(|| shell.as_ref().map(|s| s.root.clone())) else {
        return Err(CodedError::new(
            Code::AppInstancesNotGiven,
            "no app shell to debug the pilets in",
        )
        .into());
    };
    // The shell's `.krasrc` comes first (an emulator's package folder, or the source shell's).
    if let Some(package) = app_dir.parent() {
        rc_files.insert(0, package.join(".krasrc"));
    }
    let mocks = super::mock_config(&settings.serve, mock_sources, rc_files, &["/$pilet-api"])?;
    super::warn_if_exposed(&settings.serve, ctx);
    let options = DevServerOptions {
        host: settings.serve.host.clone(),
        port: settings.serve.port,
        strict_port: settings.serve.strict_port,
        app_dir,
        shell,
        public_url: settings.public_url.clone(),
        injection: Injection::LocalFeed,
        feeds: settings.feeds.clone(),
        pilets: sources,
        debounce: settings.debounce,
        mocks,
        mock_cwd,
    };
    super::open_browser(&settings.serve, ctx);
    serve(options, &ServeReport { printer })?;
    printer.status("Stopped", "the debug server");
    Ok(Outcome::success(serde_json::json!({})))
}
