//! `piral feed <list|promote|rollback|remove|history|verify>`: `crate::publish::manage` does
//! the work.

use crate::context::{Context, Outcome};
use crate::errors::ExitStatus;
use crate::publish::manage::ManageSettings;

pub(crate) fn feed(settings: ManageSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    let managed = crate::publish::manage::run(&settings, &ctx.printer)?;
    if !ctx.printer.json() && !managed.text.is_empty() {
        ctx.printer.data(&managed.text);
    }
    let mut outcome = Outcome::success(managed.data);
    if managed.failed {
        outcome.status = ExitStatus::Failure;
    }
    Ok(outcome)
}
