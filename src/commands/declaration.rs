//! `piral declaration` and `pilet declaration`: a project's `index.d.ts`
//! (`crate::build::declaration`).

use crate::build::declaration::{self, DeclarationSettings};
use crate::context::{Context, Outcome};

pub(crate) fn declaration_piral(
    settings: DeclarationSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    Ok(Outcome::success(declaration::shell(
        &settings,
        &ctx.printer,
    )?))
}

pub(crate) fn declaration_pilet(
    settings: DeclarationSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    Ok(Outcome::success(declaration::pilet(
        &settings,
        &ctx.printer,
    )?))
}
