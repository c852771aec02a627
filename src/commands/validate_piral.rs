//! `piral validate [source]`: runs the shell rules (spec §5.1) with the options of
//! `validators` in `.piralrc`. Unlike the old CLI (quirk 1), the positional is honoured.

use serde_json::{Value, json};

use crate::app::{Context, Outcome};
use crate::cli::ValidatePiralArgs;
use crate::manifest::importmap::{self, ImportmapOptions, ImportmapVersions, Mode};
use crate::manifest::project::resolve_app;
use crate::validate::piral_rules::{self, ShellContext};

pub(crate) fn validate_piral(args: &ValidatePiralArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let config = ctx.config()?;
    let app = resolve_app(&ctx.cwd.join(&args.source))?;
    let root = app.package.root.clone();
    ctx.printer.status(
        "Validating",
        format_args!(
            "app shell `{}` in `{}`",
            app.package.name(),
            ctx.display_path(&root)
        ),
    );
    let resolved = importmap::resolve(
        &root,
        &app.package.manifest,
        ImportmapOptions {
            versions: ImportmapVersions::Exact,
            mode: Mode::Host,
        },
    )?;
    for (code, note) in &resolved.notes {
        ctx.printer.info(*code, note.clone());
    }
    let shell = ShellContext {
        entry: app.entry,
        pilets: app.package.pilets_info()?,
        package: app.package,
        externals: resolved.dependencies,
    };
    let options = match config.get("validators") {
        Some(Value::Object(map)) => map.clone(),
        _ => serde_json::Map::new(),
    };
    let findings = crate::validate::run(&piral_rules::all(), &shell, &options);
    Ok(super::validate_report::report(
        findings,
        json!({ "name": shell.package.name(), "root": root }),
        ctx,
    ))
}
