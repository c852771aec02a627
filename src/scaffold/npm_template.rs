//! Template packages from npm (spec §12.3), as the old CLI ran them: `--template angular` names
//! `@smapiot/pilet-template-angular` (a name with `/` is a package, one starting with `.` a
//! local module), installed at `latest` unless a version is given into a cache folder of this
//! CLI, then loaded by Node: its export (or `default`) is called as `(root, data, details)` and
//! returns `[{ path, content }]`. The files come back as a tree like the built-in templates',
//! so they are written (and a returned `package.json` merged) the same way.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine as _;
use serde_json::{Value, json};

use crate::npm::{NpmClient, NpmOptions};
use crate::templates::{FileTree, ForceOverwrite, Kind};
use crate::ui::Reporter;

/// Calls the template factory and prints its files as JSON (`content` in base64).
const RUNNER: &str = r#"
const [, modulePath, root, data, details] = process.argv;
const loaded = require(modulePath);
const factory = typeof loaded === 'function' ? loaded
  : loaded && typeof loaded.default === 'function' ? loaded.default : undefined;
if (!factory) {
  console.error(`the package does not export a template factory function`);
  process.exit(3);
}
Promise.resolve(factory(root, JSON.parse(data), JSON.parse(details))).then((files) => {
  const out = (files || [])
    .filter((f) => f && typeof f.path === 'string' && f.content !== undefined)
    .map((f) => ({ path: f.path, content: Buffer.from(f.content).toString('base64') }));
  process.stdout.write(JSON.stringify(out));
}, (error) => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
"#;

/// The package a template name stands for (`angular` → `@smapiot/pilet-template-angular`).
pub(crate) fn package_name(kind: Kind, template: &str) -> String {
    if template.contains('/') || template.starts_with('.') {
        template.to_string()
    } else {
        let kind = match kind {
            Kind::Piral => "piral",
            Kind::Pilet => "pilet",
        };
        format!("@smapiot/{kind}-template-{template}")
    }
}

/// What the template package is called with.
pub(crate) struct TemplateCall<'a> {
    pub(crate) kind: Kind,
    pub(crate) template: &'a str,
    pub(crate) root: &'a Path,
    pub(crate) cwd: &'a Path,
    /// The old CLI's `data`: `--vars`, `root`, `src`, `language` and the kind's own fields.
    pub(crate) data: Value,
    pub(crate) force_overwrite: ForceOverwrite,
    pub(crate) npm: &'a NpmOptions,
}

/// Installs (or finds) the template package and runs it; the error says why it could not.
pub(crate) fn render(call: &TemplateCall<'_>, reporter: &dyn Reporter) -> anyhow::Result<FileTree> {
    let name = package_name(call.kind, call.template);
    let module = if name.starts_with('.') {
        call.cwd.join(&name)
    } else {
        install(&name, call.npm, reporter)?
    };
    let details = json!({
        "forceOverwrite": match call.force_overwrite {
            ForceOverwrite::No => 0,
            ForceOverwrite::Yes => 1,
            ForceOverwrite::Prompt => 2,
        },
        "cliVersion": env!("CARGO_PKG_VERSION"),
        "isWindows": cfg!(windows),
        "logLevel": if reporter.verbose() { 4 } else { 3 },
    });
    let output = Command::new("node")
        .args(["-e", RUNNER])
        .arg(&module)
        .arg(call.root)
        .arg(call.data.to_string())
        .arg(details.to_string())
        .current_dir(call.root)
        .stdin(Stdio::null())
        .output()
        .map_err(|error| anyhow::anyhow!("could not start `node`: {error}"))?;
    if !output.status.success() {
        anyhow::bail!(
            "the template `{name}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let files: Vec<Value> = serde_json::from_slice(&output.stdout)?;
    let mut tree = FileTree::new();
    for file in files {
        let (Some(path), Some(content)) = (file["path"].as_str(), file["content"].as_str()) else {
            continue;
        };
        let bytes = base64::engine::general_purpose::STANDARD.decode(content)?;
        // Templates return paths below the root, often made absolute with it.
        let path = Path::new(path);
        let relative = path.strip_prefix(call.root).unwrap_or(path);
        // `./package.json` is the `package.json` that is merged, not a file beside it.
        let relative: PathBuf = relative
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        let relative = relative.to_string_lossy().replace('\\', "/");
        // Checked like archive entries: nothing may land outside the project.
        crate::archive::safe_join(call.root, &relative)?;
        tree.insert(relative, String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(tree)
}

/// Installs `name` (`@latest` unless a version is given) into this CLI's template cache and
/// returns the installed package's folder.
fn install(name: &str, npm: &NpmOptions, reporter: &dyn Reporter) -> anyhow::Result<PathBuf> {
    let (package, version) = super::source::split_package_spec(name);
    let spec = format!("{package}@{}", version.unwrap_or("latest"));
    let cache = cache_folder();
    fs_err::create_dir_all(&cache)?;
    let manifest = cache.join("package.json");
    if !manifest.is_file() {
        fs_err::write(&manifest, "{\"private\": true}\n")?;
    }
    crate::npm::add_dev(reporter, NpmClient::Npm, &cache, &spec, npm)?;
    Ok(cache.join("node_modules").join(package))
}

/// `$XDG_CACHE_HOME/piral/templates`, else under `~/.cache`, else the temporary folder.
fn cache_folder() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("piral")
        .join("templates")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_become_packages() {
        assert_eq!(
            package_name(Kind::Pilet, "angular"),
            "@smapiot/pilet-template-angular"
        );
        assert_eq!(
            package_name(Kind::Piral, "default"),
            "@smapiot/piral-template-default"
        );
        assert_eq!(package_name(Kind::Pilet, "@corp/tpl@2"), "@corp/tpl@2");
        assert_eq!(
            package_name(Kind::Pilet, "./tpl/lib/index.js"),
            "./tpl/lib/index.js"
        );
    }
}
