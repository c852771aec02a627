//! `pilet pack [source]`: packs a pilet into an npm-compatible `.tgz` (spec §8.1). The rules
//! live in `crate::pack`; this file reports.

use crate::config::settings::PackPiletSettings;
use crate::context::{Context, Outcome};
use crate::pack;

pub(crate) fn pack_pilet(settings: PackPiletSettings, ctx: &Context) -> anyhow::Result<Outcome> {
    ctx.printer.status(
        "Packing",
        format_args!("`{}`", ctx.display_path(&settings.source)),
    );
    let packed = pack::pack(&settings.source, &settings.target)?;
    ctx.printer.status(
        "Packed",
        format_args!(
            "{} v{} into `{}` ({} files, {} bytes)",
            packed.name,
            packed.version,
            ctx.display_path(&packed.path),
            packed.files.len(),
            packed.size
        ),
    );
    Ok(Outcome::success(serde_json::to_value(&packed)?))
}
