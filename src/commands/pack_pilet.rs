//! `pilet pack [source]`: packs a pilet into an npm-compatible `.tgz` (spec §8.1). The rules
//! live in `crate::pack`; this file resolves paths and reports.

use crate::app::{Context, Outcome};
use crate::cli::PackPiletArgs;
use crate::pack;

pub(crate) fn pack_pilet(args: &PackPiletArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    // Both paths are relative to the working folder, as in the old CLI.
    let root = ctx.cwd.join(&args.source);
    let target = ctx.cwd.join(&args.target);
    ctx.printer
        .status("Packing", format_args!("`{}`", ctx.display_path(&root)));
    let packed = pack::pack(&root, &target)?;
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
