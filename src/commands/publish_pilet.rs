//! `pilet publish [source]`: uploads pilet tarballs to a feed service (spec §10.1) or to blob
//! storage (`--to`); `crate::publish::pilets` does the work.

use crate::context::{Context, Outcome};
use crate::errors::ExitStatus;
use crate::publish::PublishPiletSettings;

pub(crate) fn publish_pilet(
    settings: PublishPiletSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let published = crate::publish::pilets::publish(&settings, &ctx.printer)?;
    if !published.failed && !settings.upload.dry_run {
        let pilets = match published.count {
            1 => "1 pilet".to_string(),
            count => format!("{count} pilets"),
        };
        ctx.printer.status(
            "Finished",
            format_args!(
                "published {pilets} in {:.2}s",
                ctx.started.elapsed().as_secs_f64()
            ),
        );
    }
    let mut outcome = Outcome::success(published.data);
    if published.failed {
        outcome.status = ExitStatus::Failure;
    }
    Ok(outcome)
}
