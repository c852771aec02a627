//! `piral new [target]`: scaffolds an app shell (`crate::scaffold::piral`).

use crate::context::{Context, Outcome};
use crate::scaffold::NewPiralSettings;

pub(crate) fn new_piral(settings: NewPiralSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    if let Some(bundler) = &settings.common.bundler {
        ctx.printer.note(format_args!(
            "`--bundler {bundler}` is ignored: piral bundles natively and needs no bundler plugin"
        ));
    }
    let report = crate::scaffold::piral::scaffold(&settings, &ctx.printer, &ctx.cwd)?;
    ctx.printer.status(
        "Finished",
        format_args!(
            "app shell `{}` in {:.2}s",
            settings.common.name,
            ctx.started.elapsed().as_secs_f64()
        ),
    );
    Ok(Outcome::success(report))
}
