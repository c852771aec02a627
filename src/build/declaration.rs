//! `piral declaration` and `pilet declaration`: a project's `index.d.ts` on its own, without a
//! build. A shell's is its Pilet API with every type it references (the emulator's
//! `app/index.d.ts`); a pilet's is the isolated declarations of its entry (as `pilet build`
//! writes them).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::errors::Code;
use crate::templates::ForceOverwrite;
use crate::ui::Reporter;

/// Where a declaration goes, and what may be overwritten.
#[derive(Debug)]
pub(crate) struct DeclarationSettings {
    pub(crate) cwd: PathBuf,
    /// The project (a folder or an entry), as given.
    pub(crate) source: String,
    /// Relative to the project's folder.
    pub(crate) target: PathBuf,
    pub(crate) force_overwrite: ForceOverwrite,
}

/// `piral declaration`: the shell's declaration into `<shell>/<target>/index.d.ts`.
pub(crate) fn shell(
    settings: &DeclarationSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let app = crate::manifest::project::resolve_app(&settings.cwd.join(&settings.source))?;
    let package = &app.package;
    let shared: Vec<String> = crate::manifest::importmap::shared_with_pilets(package)?
        .into_iter()
        .map(|d| d.name)
        .collect();
    let pilets = package.pilets_info()?;
    let bundled = crate::emulator::package::shell_declaration(&app, &shared, &pilets);
    for issue in bundled.issues {
        reporter.warn(Code::DeclarationCouldNotBeGenerated, issue);
    }
    write(
        &package.root,
        settings,
        BTreeMap::from([("index.d.ts".to_string(), bundled.code.into_bytes())]),
        reporter,
    )
}

/// `pilet declaration`: the pilet's declarations into `<pilet>/<target>/`.
pub(crate) fn pilet(
    settings: &DeclarationSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let source = if settings.source == "./" || settings.source == "." {
        "./src/index".to_string()
    } else {
        settings.source.clone()
    };
    let pilets = crate::manifest::project::match_pilets(&settings.cwd, &[source])?;
    let mut written = Vec::new();
    for pilet in &pilets {
        let files = super::pilet::declaration_files(pilet, Path::new("index.js"), reporter);
        if files.is_empty() {
            reporter.warn(
                Code::DeclarationCouldNotBeGenerated,
                format!(
                    "`{}` is no TypeScript module: nothing to declare",
                    pilet.entry.display()
                ),
            );
            continue;
        }
        let files = files.into_iter().map(|f| (f.name, f.bytes)).collect();
        written.push(write(&pilet.package.root, settings, files, reporter)?);
    }
    Ok(json!({ "pilets": written }))
}

fn write(
    root: &Path,
    settings: &DeclarationSettings,
    files: BTreeMap<String, Vec<u8>>,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let folder = crate::manifest::project::lexical(&root.join(&settings.target));
    fs_err::create_dir_all(&folder)?;
    let report = crate::templates::write_tree(&folder, &files, settings.force_overwrite, reporter)?;
    let shown = crate::ui::display_path(&settings.cwd, &folder.join("index.d.ts"));
    reporter.status("Declared", format_args!("`{shown}`"));
    Ok(json!({ "target": folder, "written": report.written, "kept": report.kept }))
}
