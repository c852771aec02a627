//! `pilet add-piral-instance` and `pilet remove-piral-instance` (spec §1.2): the app shells a
//! pilet is debugged, built and validated with, in pilet.json `piralInstances`.
//!
//! Adding installs the shell as an exact devDependency (an npm package, an emulator `.tgz`, a
//! shell folder) or downloads a website emulator, names it in `piralInstances` (with `url`
//! for a website) and in package.json `importmap.inherit`, and copies the shell's scaffold
//! files (`files.tar`, `files_once.tar`, `pilets.files`) over the pilet's. Removing takes it
//! out of `piralInstances` and `importmap.inherit` and uninstalls the package.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::shell::Shell;
use super::source::Source;
use super::update_manifest;
use crate::errors::Code;
use crate::manifest;
use crate::npm::{NpmClient, NpmOptions};
use crate::templates::{self, ForceOverwrite};
use crate::ui::Reporter;

/// What `pilet add-piral-instance` was asked.
#[derive(Debug)]
pub(crate) struct AddInstance {
    pub(crate) cwd: PathBuf,
    /// The shell, as `pilet new` takes it.
    pub(crate) app: String,
    /// The pilet's folder.
    pub(crate) root: PathBuf,
    pub(crate) selected: bool,
    pub(crate) npm_client: NpmClient,
    pub(crate) npm: NpmOptions,
}

/// What `pilet remove-piral-instance` was asked.
#[derive(Debug)]
pub(crate) struct RemoveInstance {
    /// The shell's package name.
    pub(crate) app: String,
    pub(crate) root: PathBuf,
    pub(crate) npm_client: NpmClient,
    pub(crate) npm: NpmOptions,
}

/// Adds the shell; returns the `--json` report.
pub(crate) fn add(settings: &AddInstance, reporter: &dyn Reporter) -> anyhow::Result<Value> {
    let root = &settings.root;
    let source = Source::classify(&settings.app, &settings.cwd)?;
    let (shell, url) = match &source {
        Source::Tgz(path) => (Shell::from_tgz(path, root)?, None),
        Source::Folder(path) => (Shell::from_folder(path, None, root)?, None),
        Source::Npm { name, version } => {
            let spec = format!("{name}@{}", version.as_deref().unwrap_or("latest"));
            install(settings, reporter, &spec)?;
            let installed = root.join("node_modules").join(name);
            let mut shell = Shell::from_folder(&installed, Some(String::new()), root)?;
            shell.dev_spec = shell.version.clone();
            (shell, None)
        }
        Source::Git(url) => (
            Shell::from_git(reporter, settings.npm_client, root, url, &settings.npm)?,
            None,
        ),
        Source::Website(url) => {
            let installed = crate::emulator::website::install(url, root, reporter)?;
            (
                Shell::from_folder(&installed, Some(String::new()), root)?,
                Some(url.clone()),
            )
        }
    };
    if matches!(source, Source::Tgz(_) | Source::Folder(_)) {
        install(settings, reporter, &shell.dev_spec)?;
    }
    reporter.status(
        "Adding",
        format_args!("app shell `{}` v{}", shell.name, shell.version),
    );
    let pilet_json = root.join("pilet.json");
    if pilet_json.is_file() {
        update_manifest(&pilet_json, |pilet| {
            let instances = manifest::object_mut(pilet, "piralInstances");
            if settings.selected {
                for other in instances.values_mut() {
                    if let Value::Object(other) = other {
                        other.insert("selected".into(), json!(false));
                    }
                }
            }
            let mut instance = json!({ "selected": settings.selected });
            if let Some(url) = &url {
                instance["url"] = json!(url);
            }
            instances.insert(shell.name.clone(), instance);
        })?;
    } else {
        reporter.warn(
            Code::PiletJsonNotAvailable,
            "no pilet.json next to the pilet's package.json: the shell is installed but not named in `piralInstances`"
                .to_string(),
        );
    }
    update_manifest(&root.join("package.json"), |pkg| {
        let importmap = manifest::object_mut(pkg, "importmap");
        let inherit = importmap.entry("inherit").or_insert_with(|| json!([]));
        if let Value::Array(names) = inherit
            && !names
                .iter()
                .any(|n| n.as_str() == Some(shell.name.as_str()))
        {
            names.push(json!(shell.name));
        }
    })?;
    let mut files = shell.files.clone();
    files.extend(shell.files_once.clone());
    let written = templates::write_tree(root, &files, ForceOverwrite::Yes, reporter)?;
    Ok(json!({
        "shell": { "name": shell.name, "version": shell.version, "devDependency": shell.dev_spec },
        "selected": settings.selected,
        "url": url,
        "files": written.written,
    }))
}

fn install(settings: &AddInstance, reporter: &dyn Reporter, spec: &str) -> anyhow::Result<()> {
    reporter.status(
        "Installing",
        format_args!("app shell `{spec}` with {}", settings.npm_client.name()),
    );
    crate::npm::add_dev(
        reporter,
        settings.npm_client,
        &settings.root,
        spec,
        &settings.npm,
    )
}

/// Removes the shell; returns the `--json` report.
pub(crate) fn remove(settings: &RemoveInstance, reporter: &dyn Reporter) -> anyhow::Result<Value> {
    let root = &settings.root;
    let name = &settings.app;
    let pilet_json = root.join("pilet.json");
    let mut listed = false;
    if pilet_json.is_file() {
        update_manifest(&pilet_json, |pilet| {
            listed = manifest::object_mut(pilet, "piralInstances")
                .remove(name)
                .is_some();
        })?;
    } else {
        reporter.warn(
            Code::PiletJsonNotAvailable,
            "no pilet.json next to the pilet's package.json: only the package is removed"
                .to_string(),
        );
    }
    // Unlike the old CLI, the shell leaves `importmap.inherit` too: a name there that is not
    // installed would fail the next build.
    update_manifest(&root.join("package.json"), |pkg| {
        if let Some(Value::Object(importmap)) = pkg.get_mut("importmap")
            && let Some(Value::Array(names)) = importmap.get_mut("inherit")
        {
            names.retain(|n| n.as_str() != Some(name.as_str()));
        }
    })?;
    let installed = crate::manifest::project::Package::load(root)?.is_some_and(|pkg| {
        ["devDependencies", "dependencies"].iter().any(|field| {
            pkg.manifest
                .get(*field)
                .and_then(|deps| deps.get(name.as_str()))
                .is_some()
        })
    });
    if installed {
        reporter.status(
            "Uninstalling",
            format_args!("app shell `{name}` with {}", settings.npm_client.name()),
        );
        crate::npm::remove(reporter, settings.npm_client, root, name, &settings.npm)?;
    } else if root.join("node_modules").join(name).is_dir() {
        // A downloaded website emulator is no dependency: its folder goes.
        fs_err::remove_dir_all(root.join("node_modules").join(name))?;
    }
    reporter.status("Removed", format_args!("app shell `{name}`"));
    Ok(json!({ "shell": name, "listed": listed, "uninstalled": installed }))
}
