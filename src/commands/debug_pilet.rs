//! `pilet debug [sources..]`: builds the pilets for development, serves them with their app
//! shell on one port, and rebuilds each pilet when its files change (spec §9.2). The shell's
//! emulator re-injects a rebuilt pilet from the WebSocket message, without reloading the page.

use std::path::PathBuf;
use std::time::Duration;

use super::serve_common::{Report, listen, open_browser};

use serde_json::{Map, Value};

use crate::app::{Context, Outcome};
use crate::cli::debug::DebugPiletArgs;
use crate::devserver::{BuiltPilet, DevServerOptions, Injection, PiletSource, serve};
use crate::errors::{Code, CodedError};
use crate::manifest::project::{Package, PiletJson, match_pilets};

use super::build_pilet::{PiletBuild, bundle_pilet};

pub(crate) fn debug_pilet(args: &DebugPiletArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let config = ctx.config()?;
    let printer = &ctx.printer;
    let pilets = match_pilets(&ctx.cwd, &args.sources)?;
    let app = args.app.clone().flatten();
    let forced_schema = args
        .schema
        .flatten()
        .map(|s| format!("{s:?}").to_ascii_lowercase());
    let config_schema = config.string("schemaVersion");

    let mut sources = Vec::new();
    let mut app_dir: Option<PathBuf> = args.app_dir.clone().flatten().map(|dir| ctx.cwd.join(dir));
    let mut source_shell: Option<PathBuf> = None;
    for pilet in pilets {
        let root = pilet.package.root.clone();
        let entry = pilet.entry.clone();
        // A website emulator is fetched again at each start, as the old CLI did.
        if let Some((_, pilet_json)) = PiletJson::find_above(entry.parent().unwrap_or(&root))? {
            super::emulator_website::ensure(&root, &pilet_json, true, printer)?;
        }
        if app_dir.is_none() && source_shell.is_none() {
            match shell_files(&pilet, app.as_deref())? {
                ShellFiles::Emulator(dir) => app_dir = Some(dir),
                ShellFiles::Sources(root) => source_shell = Some(root),
            }
        }
        let forced_schema = forced_schema.clone();
        let config_schema = config_schema.clone();
        let app = app.clone();
        let cache = crate::bundler::new_cache();
        // Rebuilds run on the server's watcher thread, where `ctx` is out of reach: the bundler's
        // warnings go through a printer of the closure's own (warnings show at every verbosity).
        let build_printer = crate::ui::Printer::new(&crate::ui::PrinterOptions::default());
        // Each build reads package.json and pilet.json again: edits to them apply at once.
        let build = move || -> anyhow::Result<BuiltPilet> {
            let package = Package::load(&root)?.ok_or_else(|| {
                CodedError::new(
                    Code::PackageJsonNotFound,
                    "the pilet's package.json is gone",
                )
            })?;
            let pilet = crate::manifest::project::PiletEntry {
                entry: entry.clone(),
                package,
            };
            let pilet_json = PiletJson::find_above(entry.parent().unwrap_or(&root))?
                .map(|(_, p)| p)
                .unwrap_or_default();
            let schema = forced_schema
                .clone()
                .or_else(|| pilet_json.schema_version.clone())
                .or_else(|| config_schema.clone());
            let schema = super::build_pilet::parse_schema(schema.as_deref().unwrap_or("v2"))?;
            let settings = PiletBuild {
                schema,
                minify: false,
                source_maps: true,
                content_hash: false,
                development: true,
                cache: Some(cache.clone()),
            };
            let target = root.join("dist/index.js");
            let (files, report) = bundle_pilet(
                &pilet,
                &pilet_json,
                app.as_deref(),
                &target,
                &settings,
                &build_printer,
            )?;
            let mut meta = Map::new();
            meta.insert("name".into(), report["name"].clone());
            meta.insert("version".into(), report["version"].clone());
            meta.insert("spec".into(), report["schema"].clone());
            meta.insert("requireRef".into(), report["requireRef"].clone());
            meta.insert("dependencies".into(), report["dependencies"].clone());
            meta.insert(
                "custom".into(),
                pilet
                    .package
                    .manifest
                    .get("custom")
                    .cloned()
                    .unwrap_or(Value::Null),
            );
            meta.insert(
                "config".into(),
                pilet
                    .package
                    .manifest
                    .get("piletConfig")
                    .cloned()
                    .unwrap_or(Value::Null),
            );
            Ok(BuiltPilet {
                files: files.into_iter().map(|f| (f.name, f.bytes)).collect(),
                main: "index.js".into(),
                meta,
            })
        };
        printer.status(
            "Bundling",
            format_args!("pilet `{}` for development", pilet.package.name()),
        );
        sources.push(PiletSource {
            root: pilet.package.root.clone(),
            build: Box::new(build),
        });
    }
    // A shell of the same monorepo (not an emulator) is built from its sources and watched.
    let shell = source_shell.map(|root| {
        super::debug_piral::shell_source(
            root.clone(),
            root,
            super::build_manifest::normalize_public_url(&args.public_url),
        )
    });
    let Some(app_dir) = app_dir.or_else(|| shell.as_ref().map(|s| s.root.clone())) else {
        return Err(CodedError::new(
            Code::AppInstancesNotGiven,
            "no app shell to debug the pilets in",
        )
        .into());
    };
    let (host, port, strict_port) = listen(&args.serve, ctx)?;
    let options = DevServerOptions {
        host,
        port,
        strict_port,
        app_dir,
        shell,
        public_url: super::build_manifest::normalize_public_url(&args.public_url),
        injection: Injection::LocalFeed,
        feeds: args.feed.clone(),
        pilets: sources,
        debounce: Duration::from_millis(args.debounce),
    };
    open_browser(&args.serve, ctx);
    serve(options, &Report { printer })?;
    printer.status("Stopped", "the debug server");
    Ok(Outcome::success(serde_json::json!({})))
}

/// Where the shell's files come from.
enum ShellFiles {
    /// An emulator package's `app/` folder.
    Emulator(PathBuf),
    /// A shell's sources (in a monorepo): built by the server.
    Sources(PathBuf),
}

fn shell_files(
    pilet: &crate::manifest::project::PiletEntry,
    app: Option<&str>,
) -> anyhow::Result<ShellFiles> {
    let root = &pilet.package.root;
    let pilet_json = PiletJson::find_above(pilet.entry.parent().unwrap_or(root))?
        .map(|(_, p)| p)
        .unwrap_or_default();
    let Some(shell) = pilet_json
        .selected_shells(app, &pilet.package)
        .into_iter()
        .next()
    else {
        return Err(CodedError::new(Code::AppInstancesNotGiven, "the pilet names no app shell")
            .with_hint("add it to `piralInstances` in pilet.json, or pass `--app <name>` or `--app-dir <folder>`")
            .into());
    };
    let package = crate::manifest::project::installed_shell(root, &shell)?;
    let folder = package.root.clone();
    if !package.is_emulator() {
        // Follow the link into the monorepo, so that watching sees the real files.
        return Ok(ShellFiles::Sources(folder.canonicalize().unwrap_or(folder)));
    }
    Ok(ShellFiles::Emulator(package.app_dir()))
}
