//! What `piral new` and `pilet new` share: resolving the common settings (flag > `piral_*`
//! environment > `.piralrc` > default), package names, `.npmrc`, and writing manifests.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::app::Context;
use crate::cli::negatable;
use crate::cli::new::{InstallArgs, Language};
use crate::config::Config;
use crate::manifest;
use crate::npm::{self, NpmClient, NpmOptions};
use crate::templates::{ForceOverwrite, write_atomic};

/// Settings both scaffolding commands resolve the same way.
#[derive(Debug)]
pub(super) struct Common {
    pub(super) root: PathBuf,
    pub(super) name: String,
    pub(super) language: Language,
    pub(super) force_overwrite: ForceOverwrite,
    pub(super) registry: Option<String>,
    pub(super) npm_client: NpmClient,
    pub(super) install: bool,
    pub(super) vars: BTreeMap<String, String>,
}

pub(super) struct CommonArgs<'a> {
    pub(super) target: &'a Path,
    pub(super) name: &'a Option<Option<String>>,
    pub(super) language: Option<Option<Language>>,
    pub(super) force_overwrite: ForceOverwrite,
    pub(super) install: &'a InstallArgs,
    pub(super) bundler: &'a Option<Option<String>>,
    pub(super) vars: &'a BTreeMap<String, String>,
}

impl Common {
    pub(super) fn resolve(args: CommonArgs<'_>, ctx: &Context) -> anyhow::Result<Self> {
        let config = ctx.config()?;
        let root = normalize_path(&ctx.cwd.join(args.target));
        let name = match args.name.clone().flatten() {
            Some(name) => name,
            None => package_name_for(&root),
        };
        let language = match args.language.flatten() {
            Some(language) => language,
            None => config_language(config),
        };
        let registry = match args.install.registry.clone().flatten() {
            Some(url) => Some(url),
            None => config.string("registry"),
        };
        let npm_client = match args.install.npm_client.flatten() {
            Some(client) => client,
            None => npm::detect(&root)
                .or_else(|| {
                    config
                        .string("npmClient")
                        .as_deref()
                        .and_then(NpmClient::parse)
                })
                .unwrap_or(NpmClient::Npm),
        };
        if let Some(bundler) = args.bundler {
            let shown = bundler.as_deref().unwrap_or("(default)");
            ctx.printer.note(format_args!(
                "`--bundler {shown}` is ignored: piral bundles natively and needs no bundler plugin"
            ));
        }
        Ok(Self {
            root,
            name,
            language,
            force_overwrite: args.force_overwrite,
            registry,
            npm_client,
            install: negatable(args.install.install, args.install.no_install).unwrap_or(true),
            vars: args.vars.clone(),
        })
    }

    pub(super) fn npm_options(&self) -> NpmOptions {
        NpmOptions {
            registry: self.registry.clone(),
            extra_args: Vec::new(),
        }
    }

    /// The variables every template sees; `--vars.*` come last and win.
    pub(super) fn template_vars(&self, extra: Value) -> Value {
        let (js, jsx) = match self.language {
            Language::Ts => ("ts", "tsx"),
            Language::Js => ("js", "jsx"),
        };
        let mut vars = serde_json::json!({
            "name": self.name,
            "language": self.language,
            "src": "src",
            "js": js,
            "jsx": jsx,
        });
        if let (Value::Object(vars), Value::Object(extra)) = (&mut vars, extra) {
            vars.extend(extra);
            for (key, value) in &self.vars {
                vars.insert(key.clone(), Value::String(value.clone()));
            }
        }
        vars
    }

    /// Writes `.npmrc` with the registry when one was asked for and it is not the one the
    /// user's npm uses anyway (the old CLI compared against its default registry).
    pub(super) fn write_npmrc(&self) -> anyhow::Result<Option<String>> {
        let Some(registry) = &self.registry else {
            return Ok(None);
        };
        if npm::configured_registry(&self.root)
            .is_some_and(|current| npm::same_registry(&current, registry))
        {
            return Ok(None);
        }
        write_atomic(
            &self.root.join(".npmrc"),
            format!("registry={registry}\n").as_bytes(),
        )?;
        Ok(Some(".npmrc".to_string()))
    }
}

fn config_language(config: &Config) -> Language {
    match config.string("language").as_deref() {
        Some("js") => Language::Js,
        _ => Language::Ts,
    }
}

/// An npm package name from a folder name: lowercase, with anything npm would refuse replaced.
pub(super) fn package_name_for(root: &Path) -> String {
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

/// Removes `.` and resolves `..` lexically, so paths in messages and `file:` links look as
/// people write them.
pub(super) use crate::manifest::project::lexical as normalize_path;

/// A relative path from `from` (a folder) to `to`, with forward slashes.
pub(super) fn relative_path(from: &Path, to: &Path) -> String {
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
pub(super) fn update_manifest(
    path: &Path,
    patch: impl FnOnce(&mut Map<String, Value>),
) -> anyhow::Result<()> {
    let mut map = manifest::read_object(path)?.unwrap_or_default();
    patch(&mut map);
    write_atomic(path, manifest::to_pretty(&Value::Object(map)).as_bytes())
}

/// Inserts `key` only when it is missing.
pub(super) fn set_default(map: &mut Map<String, Value>, key: &str, value: Value) {
    if !map.contains_key(key) {
        map.insert(key.to_string(), value);
    }
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
    fn relative_paths() {
        assert_eq!(
            relative_path(Path::new("/a/b/pilet"), Path::new("/a/shell/x.tgz")),
            "../../shell/x.tgz"
        );
        assert_eq!(relative_path(Path::new("/a"), Path::new("/a/b")), "b");
        assert_eq!(
            normalize_path(Path::new("/a/./b/../c")),
            PathBuf::from("/a/c")
        );
    }
}
