//! `pilet validate [source]`: the pilet rules, once per selected shell
//! (`crate::validate::project::pilets`).

use crate::context::{Context, Outcome};
use crate::errors::ExitStatus;
use crate::validate::project::ValidatePiletSettings;

pub(crate) fn validate_pilet(
    settings: ValidatePiletSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let report = crate::validate::project::pilets(&settings, &ctx.printer)?;
    let mut outcome = Outcome::success(report.data);
    if report.failed {
        outcome.status = ExitStatus::Failure;
    }
    Ok(outcome)
}
