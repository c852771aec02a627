//! `pilet build --type manifest|standalone` (spec §1.2, §7.5): the built pilets in folders of
//! their own with a `pilets.json`; for `standalone`, the app shell beside them, reading that
//! `pilets.json` as its feed.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::BuildPiletSettings;
use super::PiletBuildType;
use crate::errors::{Code, CodedError};
use crate::manifest::project::PiletEntry;
use crate::ui::{Reporter, display_path};

/// The id of a pilet in manifests: its name without characters outside `[A-Za-z0-9-]`.
pub(crate) fn pilet_id(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Writes the `pilets.json` of `--type manifest|standalone` (and, for `standalone`, the shell
/// beside it); returns the `--json` report.
pub(super) fn write(
    settings: &BuildPiletSettings,
    built: &[(PiletEntry, PathBuf, Value)],
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let Some((first, first_out, _)) = built.first() else {
        return Ok(Value::Null);
    };
    let dist = first_out.clone();
    let base = match settings.build_type {
        PiletBuildType::Standalone => dist.join("standalone"),
        _ => dist.clone(),
    };
    let public_url = settings.bundle.public_url.clone();
    let mut items = Vec::new();
    for (pilet, out_dir, report) in built {
        let id = pilet_id(pilet.package.name());
        let folder = base.join(&id);
        copy_files(out_dir, &folder, &[&base])?;
        let main = report["main"].as_str().unwrap_or("index.js");
        let base_path = format!("{public_url}{id}/");
        let dependencies =
            crate::manifest::importmap::dependency_urls(report.get("dependencies"), &base_path);
        let mut item = json!({
            "name": pilet.package.name(),
            "version": pilet.package.version(),
            "link": format!("{base_path}{main}"),
            "spec": report["schema"],
            "requireRef": report["requireRef"],
            "dependencies": dependencies,
        });
        if report["schema"] == "v0" {
            // piral-base loads v0 only with a `hash`, and any item with `requireRef` as v1.
            let code = fs_err::read(out_dir.join(main))?;
            item["hash"] = Value::from(crate::bundler::content_hash(&code));
            if let Some(object) = item.as_object_mut() {
                object.remove("requireRef");
            }
        }
        items.push(item);
    }
    let mut feed = serde_json::to_string(&items)?;
    feed.push('\n');
    crate::templates::write_atomic(&base.join("pilets.json"), feed.as_bytes())?;
    if settings.build_type == PiletBuildType::Standalone {
        copy_shell(first, settings.app.as_deref(), &base, &public_url, reporter)?;
    }
    reporter.status(
        "Wrote",
        format_args!(
            "`{}`",
            display_path(&settings.cwd, &base.join("pilets.json"))
        ),
    );
    Ok(json!({ "folder": base, "pilets": items }))
}

/// Copies the files of `from` into `to`, skipping the folders in `skip` (the output itself).
fn copy_files(from: &Path, to: &Path, skip: &[&Path]) -> anyhow::Result<()> {
    fs_err::create_dir_all(to)?;
    for entry in fs_err::read_dir(from)?.flatten() {
        let path = entry.path();
        if skip.iter().any(|s| *s == path) || path == to {
            continue;
        }
        if path.is_dir() {
            copy_files(&path, &to.join(entry.file_name()), skip)?;
        } else {
            fs_err::copy(&path, to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// The app shell of a standalone build: an emulator's `app/` files, with the feed pointed at
/// the `pilets.json` beside them.
fn copy_shell(
    pilet: &PiletEntry,
    app: Option<&str>,
    base: &Path,
    public_url: &str,
    reporter: &dyn Reporter,
) -> anyhow::Result<()> {
    let pilet_json = pilet.pilet_json()?;
    let Some(shell) = pilet_json
        .selected_shells(app, &pilet.package)
        .into_iter()
        .next()
    else {
        return Err(CodedError::new(
            Code::AppInstancesNotGiven,
            "a standalone build needs an app shell, and the pilet names none",
        )
        .into());
    };
    let package = crate::manifest::project::installed_shell(&pilet.package.root, &shell)?;
    if !package.is_emulator() {
        return Err(CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{shell}` is not an emulator package; a standalone build needs the shell's emulator"),
        )
        .with_hint("build the shell with `piral build --type emulator` and install that package in the pilet")
        .into());
    }
    let app_dir = package.app_dir();
    copy_files(&app_dir, base, &[])?;
    let index = base.join("index.html");
    let html = fs_err::read_to_string(&index)?;
    let injection =
        format!("<script>window['dbg:pilet-api'] = \"{public_url}pilets.json\";</script>");
    let html = match html.find("<script") {
        Some(at) => format!("{}{injection}{}", &html[..at], &html[at..]),
        None => html.replace("</body>", &format!("{injection}</body>")),
    };
    crate::templates::write_atomic(&index, html.as_bytes())?;
    reporter.status(
        "Copied",
        format_args!("app shell `{shell}` v{}", package.version()),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids() {
        assert_eq!(super::pilet_id("@org/my-pilet"), "orgmy-pilet");
    }
}
