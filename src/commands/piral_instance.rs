//! `pilet add-piral-instance <app> [source]` and `pilet remove-piral-instance <app> [source]`:
//! the app shells of a pilet (spec §1.2). The work is `crate::scaffold::instance`'s.

use crate::context::{Context, Outcome};
use crate::scaffold::instance::{self, AddInstance, RemoveInstance};

pub(crate) fn add(settings: AddInstance, ctx: &Context) -> anyhow::Result<Outcome> {
    let report = instance::add(&settings, &ctx.printer)?;
    Ok(Outcome::success(report))
}

pub(crate) fn remove(settings: RemoveInstance, ctx: &Context) -> anyhow::Result<Outcome> {
    let report = instance::remove(&settings, &ctx.printer)?;
    Ok(Outcome::success(report))
}
