//! Validation of projects on disk: the shell rules and the pilet rules run with the options
//! their projects give them, findings reported through [`Reporter`].

use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::errors::{Code, CodedError};
use crate::manifest::importmap::{self, ImportmapOptions, ImportmapVersions, Mode};
use crate::manifest::project::{Package, match_pilets, resolve_app};
use crate::ui::{Reporter, display_path};

use super::pilet_rules::{self, PiletContext};
use super::piral_rules::{self, ShellContext};
use super::report::Report;

/// `piral validate`: the shell rules (spec §5.1) with the options of `validators` in
/// `.piralrc`. Unlike the old CLI (quirk 1), the positional is honoured.
pub(crate) fn shell(
    settings: &ValidatePiralSettings,
    reporter: &dyn Reporter,
    cwd: &Path,
) -> anyhow::Result<Report> {
    let app = resolve_app(&settings.source)?;
    let root = app.package.root.clone();
    reporter.status(
        "Validating",
        format_args!(
            "app shell `{}` in `{}`",
            app.package.name(),
            display_path(cwd, &root)
        ),
    );
    let resolved = importmap::resolve(
        &root,
        &app.package.manifest,
        ImportmapOptions {
            versions: ImportmapVersions::Exact,
            mode: Mode::Host,
        },
    )?;
    for (code, note) in &resolved.notes {
        reporter.info(*code, note.clone());
    }
    let shell = ShellContext {
        entry: app.entry,
        pilets: app.package.pilets_info()?,
        package: app.package,
        externals: resolved.dependencies,
    };
    let findings = super::run(&piral_rules::all(), &shell, &settings.validators);
    Ok(super::report::report(
        findings,
        json!({ "name": shell.package.name(), "root": root }),
        reporter,
    ))
}

/// `pilet validate`: the pilet rules (spec §5.2) once for each selected app shell, with that
/// shell's `pilets.validators` as options. Unlike the old CLI (quirk 1), the positional is
/// honoured.
pub(crate) fn pilets(
    settings: &ValidatePiletSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Report> {
    let pilets = match_pilets(&settings.cwd, std::slice::from_ref(&settings.source))?;
    let app = settings.app.clone();
    let mut findings = Vec::new();
    let mut subjects = Vec::new();
    for pilet in pilets {
        let root = pilet.package.root.clone();
        let pilet_json = pilet.pilet_json()?;
        // The pilet's own importmap must resolve: bad specs and missing packages are errors.
        let versions = pilet_json.importmap_versions.unwrap_or_default();
        let own = importmap::resolve(
            &root,
            &pilet.package.manifest,
            ImportmapOptions {
                versions,
                mode: Mode::Pilet,
            },
        )?;
        for (code, note) in &own.notes {
            reporter.info(*code, note.clone());
        }
        let shells = pilet_json.selected_shells(app.as_deref(), &pilet.package);
        if shells.is_empty() {
            return Err(CodedError::new(
                Code::AppInstancesNotGiven,
                format!("the pilet `{}` names no app shell", pilet.package.name()),
            )
            .with_hint("add the shell to `piralInstances` in pilet.json, or pass `--app <name>`")
            .into());
        }
        for shell_name in shells {
            reporter.status(
                "Validating",
                format_args!("pilet `{}` for `{shell_name}`", pilet.package.name()),
            );
            let Some(folder) = importmap::find_package(&root, &shell_name) else {
                return Err(CodedError::new(
                    Code::AppInstanceNotFound,
                    format!(
                        "the app shell `{shell_name}` could not be found from `{}`",
                        display_path(&settings.cwd, &root)
                    ),
                )
                .with_hint("install the pilet's dependencies (`npm install`)")
                .into());
            };
            let Some(shell) = Package::load(&folder)? else {
                continue;
            };
            let options = match shell.pilets_info()?.get("validators") {
                Some(Value::Object(map)) => map.clone(),
                _ => serde_json::Map::new(),
            };
            let declared = pilet
                .package
                .section("devDependencies")
                .get(&shell_name)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let lookup_root = root.clone();
            let latest = move |name: &str| crate::npm::latest_version(&lookup_root, name);
            let context = PiletContext {
                entry: pilet.entry.clone(),
                package: pilet.package.clone(),
                shell_externals: shared_names(&shell),
                shell_is_local: declared == "*"
                    || declared.starts_with("workspace:")
                    || declared.starts_with("link:"),
                shell,
                latest_version: &latest,
            };
            findings.extend(super::run(&pilet_rules::all(), &context, &options));
            subjects.push(json!({
                "name": pilet.package.name(),
                "root": root,
                "shell": shell_name,
                "importmap": own.dependencies,
            }));
        }
    }
    Ok(super::report::report(
        findings,
        Value::Array(subjects),
        reporter,
    ))
}

/// The names a shell shares: its resolved importmap, or its list when that cannot be resolved
/// (an emulator whose shared packages are not installed next to it).
fn shared_names(shell: &Package) -> Vec<String> {
    let options = ImportmapOptions {
        versions: ImportmapVersions::Exact,
        mode: Mode::Host,
    };
    let mut names: Vec<String> = importmap::resolve(&shell.root, &shell.manifest, options)
        .map(|resolved| resolved.dependencies.into_iter().map(|d| d.name).collect())
        .unwrap_or_default();
    if let Some(Value::Array(list)) = shell.manifest.get("sharedDependencies") {
        for name in list.iter().filter_map(Value::as_str) {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// `piral validate`.
#[derive(Debug)]
pub(crate) struct ValidatePiralSettings {
    pub(crate) source: PathBuf,
    /// Rule options: `validators` of `.piralrc`.
    pub(crate) validators: Map<String, Value>,
}

/// `pilet validate`.
#[derive(Debug)]
pub(crate) struct ValidatePiletSettings {
    pub(crate) cwd: PathBuf,
    pub(crate) source: String,
    pub(crate) app: Option<String>,
}
