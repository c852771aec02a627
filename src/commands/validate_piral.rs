//! `piral validate [source]`: the shell rules (`crate::validate::project::shell`).

use crate::context::{Context, Outcome};
use crate::errors::ExitStatus;
use crate::validate::project::ValidatePiralSettings;

pub(crate) fn validate_piral(
    settings: ValidatePiralSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let report = crate::validate::project::shell(&settings, &ctx.printer, &ctx.cwd)?;
    let mut outcome = Outcome::success(report.data);
    if report.failed {
        outcome.status = ExitStatus::Failure;
    }
    Ok(outcome)
}
