//! What both build commands share: the notes for accepted-but-ignored flags, the bundler's
//! warnings, and writing the outputs only after a build succeeded.

use std::path::Path;

use crate::app::Context;
use crate::bundler::emit::OutputFile;
use crate::cli::build::BundleArgs;
use crate::templates::write_atomic;

pub(super) fn note_ignored(args: &BundleArgs, ctx: &Context) {
    if args.bundler.is_some() {
        ctx.printer
            .note("`--bundler` is ignored: piral bundles natively and needs no bundler plugin");
    }
    if args.optimize_modules.is_some() {
        ctx.printer
            .note("`--optimize-modules` is ignored: installed packages are never patched");
    }
    if args.concurrency.is_some() {
        ctx.printer
            .note("`--concurrency` is ignored: modules are transformed on every core");
    }
}

/// Prints the bundler's warnings (`[0177]` …), each with the file and position it is about.
pub(super) fn print_bundle_warnings(
    printer: &crate::ui::Printer,
    warnings: &[crate::bundler::BundleDiagnostic],
) {
    for warning in warnings {
        let level = crate::errors::codes::Level::Warning;
        printer.diagnostic(warning.code, level, warning.message.clone(), warning.file());
    }
}

/// Writes the files of a successful build into `out_dir`, each one whole (temporary file and
/// rename). With `fresh`, what else was in the folder is removed afterwards.
pub(super) fn write_outputs(
    out_dir: &Path,
    files: &[OutputFile],
    fresh: bool,
) -> anyhow::Result<Vec<String>> {
    fs_err::create_dir_all(out_dir)?;
    let mut written = Vec::new();
    for file in files {
        let path = crate::archive::safe_join(out_dir, &file.name)?;
        write_atomic(&path, &file.bytes)?;
        written.push(file.name.clone());
    }
    if fresh {
        for entry in fs_err::read_dir(out_dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if written
                .iter()
                .any(|w| w == &name || w.starts_with(&format!("{name}/")))
            {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                fs_err::remove_dir_all(&path)?
            } else {
                fs_err::remove_file(&path)?
            }
        }
    }
    written.sort();
    Ok(written)
}
