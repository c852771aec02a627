//! `pilet upgrade [version]`: the pilet moves to a new version of its shells
//! (`crate::scaffold::upgrade`).

use crate::context::{Context, Outcome};
use crate::scaffold::upgrade::{self, UpgradePiletSettings};

pub(crate) fn upgrade_pilet(
    settings: UpgradePiletSettings,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    Ok(Outcome::success(upgrade::upgrade(&settings, &ctx.printer)?))
}
