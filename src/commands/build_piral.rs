//! `piral build [source]`: the app shell's release site and its emulator
//! (`crate::build::shell`).

use crate::build::BuildPiralSettings;
use crate::context::{Context, Outcome};

pub(crate) fn build_piral(settings: BuildPiralSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    for note in &settings.bundle.ignored {
        ctx.printer.note(note);
    }
    let report = crate::build::shell::build(&settings, &ctx.printer, &ctx.cwd)?;
    ctx.printer.status(
        "Finished",
        format_args!("in {:.2}s", ctx.started.elapsed().as_secs_f64()),
    );
    Ok(Outcome::success(report))
}
