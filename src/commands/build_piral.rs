//! `piral build [source]`: the app shell's release site and its emulator
//! (`crate::build::shell`).

use crate::build::BuildPiralSettings;
use crate::context::{Context, Outcome};

pub(crate) fn build_piral(settings: BuildPiralSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    crate::allocator::return_freed_memory_soon();
    for note in &settings.bundle.ignored {
        ctx.printer.note(note);
    }
    let (report, root, read) =
        crate::build::shell::build_reading(&settings, &ctx.printer, &ctx.cwd)?;
    ctx.printer.status(
        "Finished",
        format_args!("in {:.2}s", ctx.started.elapsed().as_secs_f64()),
    );
    if settings.watch {
        let (printer, cwd) = (&ctx.printer, ctx.cwd.as_path());
        let server = crate::ui::ServeReport { printer };
        // Told once the watcher runs: an edit from then on is seen.
        let ready = || {
            printer.status(
                "Watching",
                format_args!("`{}`; press Ctrl-C to stop", root.display()),
            )
        };
        crate::build::watch(&root, read, &ready, &server, &|| {
            crate::build::shell::build_reading(&settings, printer, cwd).map(|built| built.2)
        })?;
    }
    Ok(Outcome::success(report))
}
