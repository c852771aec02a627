//! `pilet upgrade [version]` (spec §1.2): moves a pilet to a new version of each selected shell.
//!
//! For each shell in pilet.json `piralInstances` that is selected: the new version is installed
//! (an npm package at `<version>` or `latest`; a git URL again; a `file:` emulator `.tgz` or
//! folder is read again where it lies, since it is rebuilt in place; a website emulator is
//! downloaded again), then its
//! `preUpgrade` hook runs. The scaffold files (`files.tar`, `pilets.files`) are copied again: a
//! file the author has not changed since the last scaffold (it equals the old shell's copy) is
//! replaced, a changed one follows `--force-overwrite`; once-files (`files_once.tar`) are never
//! copied again. package.json gets the new shared dependency versions, `pilets.devDependencies`,
//! `pilets.scripts` and `packageOverrides` (merged again, as the old CLI does). Then the
//! project is installed and each `postUpgrade` hook runs.
//!
//! `piral upgrade [version]` moves a shell's Piral packages (every dependency whose installed
//! package.json names the Piral repository: `piral`, `piral-core`, `piral-base`, the `piral-*`
//! plugins) to one release.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::hooks::run_hook;
use super::shell::Shell;
use super::source::Source;
use super::update_manifest;
use crate::errors::{Code, CodedError};
use crate::manifest;
use crate::manifest::project::{Package, PiletJson};
use crate::npm::{NpmClient, NpmOptions};
use crate::templates::{self, ForceOverwrite};
use crate::ui::Reporter;

/// What `pilet upgrade` was asked.
#[derive(Debug)]
pub(crate) struct UpgradePiletSettings {
    /// The pilet's folder.
    pub(crate) root: PathBuf,
    /// The shell version or tag to move to (npm shells); `latest` without.
    pub(crate) version: Option<String>,
    pub(crate) install: bool,
    pub(crate) force_overwrite: ForceOverwrite,
    pub(crate) npm_client: NpmClient,
    pub(crate) npm: NpmOptions,
}

/// Upgrades the pilet; returns the `--json` report.
pub(crate) fn upgrade(
    settings: &UpgradePiletSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let root = &settings.root;
    let Some(package) = Package::load(root)? else {
        return Err(CodedError::new(
            Code::AppInstancesNotGiven,
            format!("`{}` has no package.json", root.display()),
        )
        .into());
    };
    let pilet_json = PiletJson::find_above(root)?
        .map(|(_, p)| p)
        .unwrap_or_default();
    let names = pilet_json.selected_shells(None, &package);
    if names.is_empty() {
        return Err(CodedError::new(
            Code::AppInstancesNotGiven,
            "the pilet names no app shell to upgrade (pilet.json `piralInstances`)",
        )
        .with_hint("add one with `pilet add-piral-instance <shell>`")
        .into());
    }
    let dev_specs = package.section("devDependencies");
    let mut upgraded = Vec::new();
    let mut hooks = Vec::new();
    for name in &names {
        let installed = root.join("node_modules").join(name);
        // The shell as the pilet was last scaffolded from it: what "unchanged" means.
        let old = installed
            .join("package.json")
            .is_file()
            .then(|| Shell::from_folder(&installed, Some(String::new()), root))
            .transpose()?;
        let url = pilet_json.instance_url(name);
        let spec = dev_specs.get(name).and_then(Value::as_str).unwrap_or("");
        let shell = match (&url, spec.strip_prefix("file:")) {
            (Some(url), _) => {
                let folder = crate::emulator::website::install(url, root, reporter)?;
                Shell::from_folder(&folder, Some(String::new()), root)?
            }
            (None, Some(path)) => match Source::classify(&format!("file:{path}"), root)? {
                Source::Tgz(path) => Shell::from_tgz(&path, root)?,
                Source::Folder(path) => Shell::from_folder(&path, None, root)?,
                _ => unreachable!("a file: spec is a path"),
            },
            (None, None) => {
                // A git shell moves with its repository (installing the URL again takes the
                // commit it names); an npm shell to the version, else `latest`.
                let git = matches!(Source::classify(spec, root), Ok(Source::Git(_)));
                let target = if git {
                    spec.to_string()
                } else {
                    format!("{name}@{}", settings.version.as_deref().unwrap_or("latest"))
                };
                reporter.status(
                    "Installing",
                    format_args!("app shell `{target}` with {}", settings.npm_client.name()),
                );
                crate::npm::add_dev(reporter, settings.npm_client, root, &target, &settings.npm)?;
                let mut shell = Shell::from_folder(&installed, Some(String::new()), root)?;
                shell.dev_spec = if git {
                    spec.to_string()
                } else {
                    shell.version.clone()
                };
                shell
            }
        };
        reporter.status(
            "Upgrading",
            format_args!(
                "to app shell `{}` v{}{}",
                shell.name,
                shell.version,
                old.as_ref()
                    .map(|o| format!(" (was v{})", o.version))
                    .unwrap_or_default()
            ),
        );
        run_hook(reporter, root, &shell.pilets, "preUpgrade")?;

        // Scaffold files: unchanged ones follow the shell, changed ones the flag.
        let mut follow = BTreeMap::new();
        let mut changed = BTreeMap::new();
        for (path, bytes) in &shell.files {
            match fs_err::read(crate::archive::safe_join(root, path)?) {
                Err(_) => {
                    follow.insert(path.clone(), bytes.clone());
                }
                Ok(current) if current == *bytes => {}
                Ok(current) if old.as_ref().and_then(|o| o.files.get(path)) == Some(&current) => {
                    follow.insert(path.clone(), bytes.clone());
                }
                Ok(_) => {
                    changed.insert(path.clone(), bytes.clone());
                }
            }
        }
        let mut written = templates::write_tree(root, &follow, ForceOverwrite::Yes, reporter)?;
        let report = templates::write_tree(root, &changed, settings.force_overwrite, reporter)?;
        written.written.extend(report.written);
        written.kept.extend(report.kept);

        let dev_dependencies = shell.pilet_dev_dependencies(reporter);
        update_manifest(&root.join("package.json"), |pkg| {
            let dev = manifest::object_mut(pkg, "devDependencies");
            if url.is_none() {
                dev.insert(shell.name.clone(), json!(shell.dev_spec));
            }
            for (name, version) in &dev_dependencies {
                dev.insert(name.clone(), json!(version));
            }
            let scripts = manifest::object_mut(pkg, "scripts");
            if let Some(Value::Object(extra)) = shell.pilets.get("scripts") {
                for (key, value) in extra {
                    scripts.insert(key.clone(), value.clone());
                }
            }
            if let Some(Value::Object(overrides)) = shell.pilets.get("packageOverrides") {
                manifest::deep_merge(pkg, overrides.clone());
            }
        })?;
        upgraded.push(json!({
            "name": shell.name,
            "version": shell.version,
            "from": old.as_ref().map(|o| o.version.clone()),
            "files": written.written,
            "kept": written.kept,
        }));
        hooks.push(shell.pilets);
    }

    if settings.install {
        reporter.status(
            "Installing",
            format_args!("dependencies with {}", settings.npm_client.name()),
        );
        crate::npm::install(reporter, settings.npm_client, root, &settings.npm)?;
        // npm removes what no package.json lists, a downloaded website emulator too.
        for name in &names {
            if let Some(url) = pilet_json.instance_url(name) {
                crate::emulator::website::install(&url, root, reporter)?;
            }
        }
    }
    for pilets in &hooks {
        run_hook(reporter, root, pilets, "postUpgrade")?;
    }
    Ok(json!({ "shells": upgraded, "installed": settings.install }))
}

/// What `piral upgrade` was asked.
#[derive(Debug)]
pub(crate) struct UpgradePiralSettings {
    /// The shell's folder.
    pub(crate) root: PathBuf,
    /// A version or dist-tag of the Piral packages; `latest` without.
    pub(crate) version: Option<String>,
    pub(crate) install: bool,
    pub(crate) npm_client: NpmClient,
    pub(crate) npm: NpmOptions,
}

/// Whether an installed package comes from the Piral repository (its `repository`).
fn from_piral_repository(root: &std::path::Path, name: &str) -> bool {
    let manifest = root.join("node_modules").join(name).join("package.json");
    let Ok(Some(pkg)) = manifest::read_object(&manifest) else {
        return false;
    };
    let url = match pkg.get("repository") {
        Some(Value::String(url)) => url.clone(),
        Some(Value::Object(repository)) => repository
            .get("url")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        _ => return false,
    };
    let url = url.trim_end_matches('/').trim_end_matches(".git");
    url.ends_with("smapiot/piral") || url == "github:smapiot/piral"
}

/// Upgrades the shell's Piral packages; returns the `--json` report.
pub(crate) fn upgrade_shell(
    settings: &UpgradePiralSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let root = &settings.root;
    let Some(package) = Package::load(root)? else {
        return Err(CodedError::new(
            Code::PackageJsonNotFound,
            format!("`{}` has no package.json", root.display()),
        )
        .into());
    };
    let wanted = settings.version.as_deref().unwrap_or("latest");
    let version = crate::npm::view_version(root, &format!("piral-base@{wanted}"), &settings.npm)
        .map_err(|reason| {
            CodedError::new(
                Code::PackageVersionInvalid,
                format!("no Piral release `{wanted}`: {reason}"),
            )
            .with_hint("pass a version that `npm view piral-base versions` lists, or a tag such as `latest`")
        })?;
    let mut updated = Vec::new();
    for section in ["dependencies", "devDependencies"] {
        for name in package.section(section).keys() {
            if from_piral_repository(root, name) {
                updated.push((section, name.clone()));
            }
        }
    }
    reporter.status(
        "Upgrading",
        format_args!(
            "{} Piral package{} to {version}",
            updated.len(),
            if updated.len() == 1 { "" } else { "s" }
        ),
    );
    update_manifest(&root.join("package.json"), |pkg| {
        for (section, name) in &updated {
            manifest::object_mut(pkg, section).insert(name.clone(), json!(version));
        }
    })?;
    if settings.install {
        reporter.status(
            "Installing",
            format_args!("dependencies with {}", settings.npm_client.name()),
        );
        crate::npm::install(reporter, settings.npm_client, root, &settings.npm)?;
    }
    Ok(json!({
        "version": version,
        "packages": updated.iter().map(|(_, name)| name).collect::<Vec<_>>(),
        "installed": settings.install,
    }))
}
