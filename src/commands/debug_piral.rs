//! `piral debug [source]`: builds the app shell for development (as its emulator is built),
//! serves it from memory on one port, and rebuilds it when its files change; the page reloads
//! itself after a successful rebuild and shows an overlay after a failed one (spec §9.1).

use std::time::Duration;

use crate::app::{Context, Outcome};
use crate::cli::debug::DebugPiralArgs;
use crate::devserver::{DevServerOptions, Injection, ShellSource, serve};
use crate::manifest::project::resolve_app;

use super::build_piral::{ShellBuild, bundle_shell};

/// The shell at `source` (a folder or its HTML entry), built for development on every call.
/// Each build resolves the app again: edits to package.json or piral.json apply at once.
pub(super) fn shell_source(
    root: std::path::PathBuf,
    source: std::path::PathBuf,
    public_url: String,
) -> ShellSource {
    // Rebuilds run on the server's watcher thread, where `ctx` is out of reach: the bundler's
    // warnings go through a printer of the closure's own (warnings show at every verbosity).
    let printer = crate::ui::Printer::new(&crate::ui::PrinterOptions::default());
    let build = move || -> anyhow::Result<std::collections::BTreeMap<String, Vec<u8>>> {
        let app = resolve_app(&source)?;
        let settings = ShellBuild {
            minify: false,
            source_maps: true,
            content_hash: false,
            public_url: public_url.clone(),
            development: true,
            emulator: true,
        };
        let out_dir = app.package.root.join("dist");
        let files = bundle_shell(&app.entry, &app.package, &settings, &out_dir, &printer)?;
        Ok(files.into_iter().map(|f| (f.name, f.bytes)).collect())
    };
    ShellSource {
        root,
        build: Box::new(build),
    }
}

pub(crate) fn debug_piral(args: &DebugPiralArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let source = ctx.cwd.join(&args.source);
    let app = resolve_app(&source)?;
    let root = app.package.root.clone();
    printer.status(
        "Bundling",
        format_args!("app shell `{}` for development", app.package.name()),
    );
    let (host, port, strict_port) = super::serve_common::listen(&args.serve, ctx)?;
    let public_url = super::build_manifest::normalize_public_url(&args.public_url);
    let options = DevServerOptions {
        host,
        port,
        strict_port,
        app_dir: root.clone(),
        shell: Some(shell_source(root, source, public_url.clone())),
        public_url,
        injection: args
            .feed
            .clone()
            .map_or(Injection::Nothing, Injection::Feed),
        feeds: Vec::new(),
        pilets: Vec::new(),
        debounce: Duration::from_millis(args.debounce),
    };
    super::serve_common::open_browser(&args.serve, ctx);
    serve(options, &super::serve_common::Report { printer })?;
    printer.status("Stopped", "the debug server");
    Ok(Outcome::success(serde_json::json!({})))
}
