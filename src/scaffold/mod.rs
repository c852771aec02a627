//! Scaffolding: new app shells ([`piral`]) and pilets ([`pilet`]).
//!
//! A pilet's scaffold starts from where its shell comes from ([`source`]), reads what the
//! shell hands on ([`shell`], `manifest::pilet_files`), writes manifests and templates, installs through the
//! user's npm client and runs the shell's hooks ([`hooks`]). The settings (flags, `.piralrc`)
//! are resolved before, in `config::settings`; what happens is reported through
//! [`crate::ui::Reporter`].

pub(crate) mod hooks;
pub(crate) mod instance;
pub(crate) mod npm_template;
pub(crate) mod pilet;
pub(crate) mod piral;
pub(crate) mod shell;
pub(crate) mod source;
pub(crate) mod upgrade;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::errors::Code;
use crate::manifest;
use crate::npm::NpmClient;
use crate::npm::{self, NpmOptions};
use crate::templates::ForceOverwrite;
use crate::templates::write_atomic;
use crate::ui::Reporter;

/// The language of the scaffolded sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Language {
    /// TypeScript (`.ts`, `.tsx`)
    Ts,
    /// JavaScript (`.js`, `.jsx`)
    Js,
}

/// The Piral package an app shell is built on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
pub(crate) enum Framework {
    /// piral: piral-core plus the standard plugins (menu, dashboard, notifications, ...)
    #[value(name = "piral")]
    #[serde(rename = "piral")]
    Piral,
    /// piral-core: the React core without plugins
    #[value(name = "piral-core")]
    #[serde(rename = "piral-core")]
    PiralCore,
    /// piral-base: the framework-independent pilet loader
    #[value(name = "piral-base")]
    #[serde(rename = "piral-base")]
    PiralBase,
}

/// npm options of a scaffold: its registry.
pub(crate) fn npm_options(settings: &ScaffoldSettings) -> NpmOptions {
    NpmOptions {
        registry: settings.registry.clone(),
        extra_args: Vec::new(),
    }
}

/// Installs a new project's dependencies. Should the install fail because the registry lacks
/// this CLI's own package (a mirror without it, a build of this CLI that was never published),
/// the dependency is taken out with a `[0181]` warning and the install runs again: a scaffold
/// does not fail over the tool that made it.
pub(crate) fn install_project(
    common: &ScaffoldSettings,
    options: &NpmOptions,
    reporter: &dyn Reporter,
) -> anyhow::Result<()> {
    let failed = match npm::try_install(reporter, common.npm_client, &common.root, options)? {
        Ok(()) => return Ok(()),
        Err(failed) => failed,
    };
    let Some(cli) = &common.cli_package else {
        return Err(failed.report(reporter));
    };
    // `file:`, `git+…` and URLs are no registry look-ups: their failure is the user's to see.
    let from_registry = !cli.spec.contains(':');
    if !from_registry || npm::registry_has(&common.root, &cli.name, &cli.spec, options) {
        return Err(failed.report(reporter));
    }
    reporter.warn(
        Code::CliPackageUnavailable,
        format!(
            "the registry has no `{}@{}`: installed without it, so the project's scripts need `piral` and `pilet` on the PATH",
            cli.name, cli.spec
        ),
    );
    update_manifest(&common.root.join("package.json"), |pkg| {
        manifest::object_mut(pkg, "devDependencies").remove(CliPackage::KEY);
        // Without the package no `piral` runs at install time.
        let scripts = manifest::object_mut(pkg, "scripts");
        if scripts
            .get("postinstall")
            .and_then(Value::as_str)
            .is_some_and(|s| s == POSTINSTALL_PIRAL || s == POSTINSTALL_PILET)
        {
            scripts.remove("postinstall");
        }
    })?;
    npm::install(reporter, common.npm_client, &common.root, options)
}

/// The `postinstall` scripts of new shells and pilets, as the old CLI wrote them.
pub(crate) const POSTINSTALL_PIRAL: &str = "piral declaration";
pub(crate) const POSTINSTALL_PILET: &str = "pilet declaration";

/// Adds this CLI's package to a scaffold's devDependencies under the old CLI's name
/// (`"piral-cli": "npm:@piral-rs/cli@0.1.0"`), replacing the npm `piral-cli` and its bundler
/// plugins, which the project no longer needs.
pub(crate) fn depend_on_cli(dev_dependencies: &mut Map<String, Value>, common: &ScaffoldSettings) {
    let Some(cli) = &common.cli_package else {
        return;
    };
    dev_dependencies.retain(|name, _| name != CliPackage::KEY && !name.starts_with("piral-cli-"));
    dev_dependencies.insert(CliPackage::KEY.to_string(), Value::String(cli.dependency()));
}

/// The files of the template `requested` and the name it was used by: a built-in template
/// (`default`, `empty`), else the npm template package it names (`angular` →
/// `@smapiot/<kind>-template-angular`). One that cannot be installed or run is a `[0034]`
/// error, as the old CLI (1.10.3, run on this machine) failed then.
pub(crate) fn template_files(
    kind: crate::templates::Kind,
    requested: &str,
    vars: &Value,
    data: Value,
    common: &ScaffoldSettings,
    cwd: &Path,
    reporter: &dyn Reporter,
) -> anyhow::Result<(String, crate::templates::FileTree)> {
    let names = crate::templates::names(kind);
    if names.iter().any(|name| name == requested) {
        return Ok((
            requested.to_string(),
            crate::templates::render(kind, requested, vars)?,
        ));
    }
    let npm = npm_options(common);
    let call = npm_template::TemplateCall {
        kind,
        template: requested,
        root: &common.root,
        cwd,
        data,
        force_overwrite: common.force_overwrite,
        npm: &npm,
    };
    match npm_template::render(&call, reporter) {
        Ok(tree) => Ok((npm_template::package_name(kind, requested), tree)),
        // As the old CLI: a template that can be neither found nor installed ends the command
        // (its `[0002]`), and nothing of the template is written.
        Err(error) => Err(crate::errors::CodedError::new(
            Code::TemplateNotFound,
            format!(
                "the template `{requested}` is not one of the templates built into piral ({}) and its package `{}` could not be used: {}",
                names.join(", "),
                npm_template::package_name(kind, requested),
                error.to_string().lines().next().unwrap_or_default()
            ),
        )
        .with_hint("use `--template default` or `--template empty`, or name a template package that can be installed")
        .into()),
    }
}

/// The old CLI's template `data`: `--vars`, then `root`, `src` and `language`.
pub(crate) fn template_data(settings: &ScaffoldSettings, src: &Path, extra: Value) -> Value {
    let mut data: Map<String, Value> = settings
        .vars
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    data.insert(
        "root".into(),
        Value::String(settings.root.to_string_lossy().into_owned()),
    );
    data.insert(
        "src".into(),
        Value::String(src.to_string_lossy().into_owned()),
    );
    data.insert(
        "language".into(),
        serde_json::to_value(settings.language).unwrap_or(Value::Null),
    );
    if let Value::Object(extra) = extra {
        data.extend(extra);
    }
    Value::Object(data)
}

/// The variables every template sees; `--vars.*` come last and win.
pub(crate) fn template_vars(settings: &ScaffoldSettings, extra: Value) -> Value {
    let (js, jsx) = match settings.language {
        Language::Ts => ("ts", "tsx"),
        Language::Js => ("js", "jsx"),
    };
    let mut vars = serde_json::json!({
        "name": settings.name,
        "language": settings.language,
        "src": "src",
        "js": js,
        "jsx": jsx,
    });
    if let (Value::Object(vars), Value::Object(extra)) = (&mut vars, extra) {
        vars.extend(extra);
        for (key, value) in &settings.vars {
            vars.insert(key.clone(), Value::String(value.clone()));
        }
    }
    vars
}

/// Writes `.npmrc` with the registry when one was asked for and it is not the one the
/// user's npm uses anyway (the old CLI compared against its default registry).
pub(crate) fn write_npmrc(settings: &ScaffoldSettings) -> anyhow::Result<Option<String>> {
    let Some(registry) = &settings.registry else {
        return Ok(None);
    };
    if npm::configured_registry(&settings.root)
        .is_some_and(|current| npm::same_registry(&current, registry))
    {
        return Ok(None);
    }
    write_atomic(
        &settings.root.join(".npmrc"),
        format!("registry={registry}\n").as_bytes(),
    )?;
    Ok(Some(".npmrc".to_string()))
}

/// An npm package name from a folder name: lowercase, with anything npm would refuse replaced.
pub(crate) fn package_name_for(root: &Path) -> String {
    let raw = root.file_name().and_then(|n| n.to_str()).unwrap_or("app");
    let mut name: String = raw
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~') {
                c
            } else {
                '-'
            }
        })
        .collect();
    name = name.trim_start_matches(['.', '_']).to_string();
    if name.is_empty() {
        "app".to_string()
    } else {
        name
    }
}

/// A relative path from `from` (a folder) to `to`, with forward slashes.
pub(crate) fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> =
        std::iter::repeat_n("..".to_string(), from.len() - common).collect();
    parts.extend(
        to_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// Reads a manifest (or starts from `{}`), lets `patch` change it, and writes it back in
/// place with its key order kept.
pub(crate) fn update_manifest(
    path: &Path,
    patch: impl FnOnce(&mut Map<String, Value>),
) -> anyhow::Result<()> {
    let mut map = manifest::read_object(path)?.unwrap_or_default();
    patch(&mut map);
    write_atomic(path, manifest::to_pretty(&Value::Object(map)).as_bytes())
}

/// Inserts `key` only when it is missing.
pub(crate) fn set_default(map: &mut Map<String, Value>, key: &str, value: Value) {
    if !map.contains_key(key) {
        map.insert(key.to_string(), value);
    }
}

/// What both scaffolding commands resolve the same way.
#[derive(Debug)]
pub(crate) struct ScaffoldSettings {
    pub(crate) root: PathBuf,
    pub(crate) name: String,
    /// `--language`, else `language` of `.piralrc`, else TypeScript.
    pub(crate) language: Language,
    pub(crate) force_overwrite: ForceOverwrite,
    /// `--registry`, else `registry` of `.piralrc`.
    pub(crate) registry: Option<String>,
    /// `--npm-client`, else the one the target's lock file shows, else `npmClient` of
    /// `.piralrc`, else npm.
    pub(crate) npm_client: NpmClient,
    pub(crate) install: bool,
    pub(crate) vars: BTreeMap<String, String>,
    /// `--bundler` was given (it is ignored, with a note).
    pub(crate) bundler: Option<String>,
    /// The npm package of this CLI that scaffolds depend on (`cliPackage`), unless switched off.
    pub(crate) cli_package: Option<CliPackage>,
}

/// The npm package that runs this CLI (`@piral-rs/cli`), added to every scaffold's
/// devDependencies so that `npm ci && npm start` works on a machine without Rust.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CliPackage {
    pub(crate) name: String,
    /// A version or any npm spec (`0.1.0`, `^0.1.0`, `file:../cli.tgz`).
    pub(crate) spec: String,
}

impl CliPackage {
    /// The package published beside this binary, at the running version.
    pub(crate) const NAME: &'static str = "@piral-rs/cli";

    /// The name projects depend on it by: the old CLI's. Tools and scripts that look for
    /// `piral-cli` (in package.json, in `node_modules`) find this CLI there, and its `piral`
    /// and `pilet` are the ones `npm run` starts.
    pub(crate) const KEY: &'static str = "piral-cli";

    /// The devDependency's spec: an npm alias (`npm:@piral-rs/cli@0.1.0`) for a registry
    /// version, the spec itself for a `file:`, git or URL one (npm installs those under the
    /// key's name whatever their package is called).
    pub(crate) fn dependency(&self) -> String {
        if self.spec.contains(':') {
            self.spec.clone()
        } else {
            format!("npm:{}@{}", self.name, self.spec)
        }
    }

    pub(crate) fn running() -> Self {
        Self {
            name: Self::NAME.to_string(),
            spec: env!("CARGO_PKG_VERSION").to_string(),
        }
    }

    /// The `cliPackage` setting: `false`/`none` adds nothing; `name`, `name@spec` or a bare
    /// spec (`^0.1.0`, for the package of this CLI) choose what is added.
    pub(crate) fn from_setting(value: &str) -> Option<Self> {
        let value = value.trim();
        match value.to_ascii_lowercase().as_str() {
            "" | "true" => return Some(Self::running()),
            "false" | "none" | "no" | "0" => return None,
            _ => {}
        }
        let starts_name = value.starts_with('@')
            || value
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
        if !starts_name || value.contains(':') {
            return Some(Self {
                name: Self::NAME.to_string(),
                spec: value.to_string(),
            });
        }
        // `@scope/name@spec` splits at the `@` after the scope's slash.
        let search_from = if value.starts_with('@') {
            value.find('/').unwrap_or(0)
        } else {
            0
        };
        Some(match value[search_from..].find('@') {
            Some(at) => Self {
                name: value[..search_from + at].to_string(),
                spec: value[search_from + at + 1..].to_string(),
            },
            None => Self {
                name: value.to_string(),
                spec: env!("CARGO_PKG_VERSION").to_string(),
            },
        })
    }
}

/// `piral new`.
#[derive(Debug)]
pub(crate) struct NewPiralSettings {
    pub(crate) common: ScaffoldSettings,
    pub(crate) tag: String,
    pub(crate) framework: Framework,
    pub(crate) app: String,
    pub(crate) template: String,
}

/// `pilet new`.
#[derive(Debug)]
pub(crate) struct NewPiletSettings {
    pub(crate) cwd: PathBuf,
    pub(crate) common: ScaffoldSettings,
    pub(crate) source: Option<String>,
    pub(crate) template: Option<String>,
    /// npm flags for `--ca-cert` and `--allow-self-signed`.
    pub(crate) npm_tls_args: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_from_folders() {
        assert_eq!(package_name_for(Path::new("/x/My Shell")), "my-shell");
        assert_eq!(package_name_for(Path::new("/x/.hidden")), "hidden");
        assert_eq!(package_name_for(Path::new("/")), "app");
    }

    #[test]
    fn the_cli_package_setting() {
        let version = env!("CARGO_PKG_VERSION");
        let package = |name: &str, spec: &str| {
            Some(CliPackage {
                name: name.to_string(),
                spec: spec.to_string(),
            })
        };
        assert_eq!(CliPackage::from_setting(""), Some(CliPackage::running()));
        assert_eq!(CliPackage::from_setting("none"), None);
        assert_eq!(CliPackage::from_setting("false"), None);
        for (setting, name, spec) in [
            ("^0.1.0", "@piral-rs/cli", "^0.1.0"),
            ("file:../cli.tgz", "@piral-rs/cli", "file:../cli.tgz"),
            ("my-piral", "my-piral", version),
            ("my-piral@2.0.0", "my-piral", "2.0.0"),
            ("@corp/piral@next", "@corp/piral", "next"),
            ("@corp/piral", "@corp/piral", version),
        ] {
            assert_eq!(
                CliPackage::from_setting(setting),
                package(name, spec),
                "{setting}"
            );
        }
        let dependency = |setting: &str| CliPackage::from_setting(setting).unwrap().dependency();
        assert_eq!(dependency(""), format!("npm:@piral-rs/cli@{version}"));
        assert_eq!(dependency("@corp/piral@next"), "npm:@corp/piral@next");
        assert_eq!(dependency("file:../cli.tgz"), "file:../cli.tgz");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_path(Path::new("/a/b/pilet"), Path::new("/a/shell/x.tgz")),
            "../../shell/x.tgz"
        );
        assert_eq!(relative_path(Path::new("/a"), Path::new("/a/b")), "b");
    }
}
