//! `pilet new [source]`: scaffolds a pilet for an app shell (`crate::scaffold::pilet`).

use crate::context::{Context, Outcome};
use crate::scaffold::NewPiletSettings;

pub(crate) fn new_pilet(settings: NewPiletSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    if let Some(bundler) = &settings.common.bundler {
        ctx.printer.note(format_args!(
            "`--bundler {bundler}` is ignored: piral bundles natively and needs no bundler plugin"
        ));
    }
    let report = crate::scaffold::pilet::scaffold(&settings, &ctx.printer)?;
    ctx.printer.status(
        "Finished",
        format_args!(
            "pilet `{}` for `{}` in {:.2}s",
            settings.common.name,
            report["shell"]["name"].as_str().unwrap_or_default(),
            ctx.started.elapsed().as_secs_f64()
        ),
    );
    Ok(Outcome::success(report))
}
