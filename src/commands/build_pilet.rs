//! `pilet build [source]`: bundles the matched pilets (`crate::build::pilet`) and, for
//! `--type manifest|standalone`, their `pilets.json` site.

use crate::build::BuildPiletSettings;
use crate::context::{Context, Outcome};

pub(crate) fn build_pilet(settings: BuildPiletSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    crate::allocator::return_freed_memory_soon();
    for note in &settings.bundle.ignored {
        ctx.printer.note(note);
    }
    let (report, root, read) = crate::build::pilet::build_reading(&settings, &ctx.printer)?;
    ctx.printer.status(
        "Finished",
        format_args!("in {:.2}s", ctx.started.elapsed().as_secs_f64()),
    );
    if settings.watch {
        let printer = &ctx.printer;
        let server = crate::ui::ServeReport { printer };
        // Told once the watcher runs: an edit from then on is seen.
        let ready = || {
            printer.status(
                "Watching",
                format_args!("`{}`; press Ctrl-C to stop", root.display()),
            )
        };
        crate::build::watch(&root, read, &ready, &server, &|| {
            crate::build::pilet::build_reading(&settings, printer).map(|built| built.2)
        })?;
    }
    Ok(Outcome::success(report))
}
