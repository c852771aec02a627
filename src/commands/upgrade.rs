//! `pilet upgrade [version]` (the pilet to a new version of its shells) and `piral upgrade
//! [version]` (the shell's Piral packages to a release): `crate::scaffold::upgrade`.

use crate::context::{Context, Outcome};
use crate::scaffold::upgrade::{self, UpgradePiletSettings, UpgradePiralSettings};

pub(crate) fn upgrade_pilet(
    settings: UpgradePiletSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    Ok(Outcome::success(upgrade::upgrade(&settings, &ctx.printer)?))
}

pub(crate) fn upgrade_piral(
    settings: UpgradePiralSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    Ok(Outcome::success(upgrade::upgrade_shell(
        &settings,
        &ctx.printer,
    )?))
}
