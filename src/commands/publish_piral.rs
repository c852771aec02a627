//! `piral publish [source]`: the emulator package to an npm registry, or the release to an
//! upload URL or blob storage; `crate::publish::release` does the work.

use crate::context::{Context, Outcome};
use crate::errors::ExitStatus;
use crate::publish::PublishPiralSettings;

pub(crate) fn publish_piral(
    settings: PublishPiralSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let (failed, data) = crate::publish::release::publish(&settings, &ctx.printer)?;
    let mut outcome = Outcome::success(data);
    if failed {
        outcome.status = ExitStatus::Failure;
    }
    Ok(outcome)
}
