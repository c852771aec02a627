//! Projects on disk: a package.json with the piral.json or pilet.json beside it, the app entry
//! of a shell (spec §4.1) and the entries of pilets (spec §1.3).
//!
//! A package.json is kept as an ordered JSON map with typed accessors rather than a struct with
//! a flattened remainder: a rewrite must keep every key where the user put it.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Map, Value};

use super::importmap::ImportmapVersions;
use super::{read_object, str_field};
use crate::errors::{Code, CodedError, bail_code};

/// Extensions a source entry may have (the old CLI's list).
pub(crate) const ENTRY_EXTENSIONS: &[&str] = &[
    "tsx", "ts", "jsx", "js", "mjs", "cjs", "esm", "es", "es6", "html",
];

/// A package.json and its folder.
#[derive(Debug, Clone)]
pub(crate) struct Package {
    pub(crate) root: PathBuf,
    pub(crate) manifest: Map<String, Value>,
}

impl Package {
    /// Reads `<root>/package.json`; `Ok(None)` when there is none.
    pub(crate) fn load(root: &Path) -> anyhow::Result<Option<Package>> {
        Ok(
            read_object(&root.join("package.json"))?.map(|manifest| Package {
                root: root.to_path_buf(),
                manifest,
            }),
        )
    }

    /// The nearest package.json at or above `path`.
    pub(crate) fn find_above(path: &Path) -> anyhow::Result<Option<Package>> {
        for folder in path.ancestors() {
            if folder.join("package.json").is_file() {
                return Package::load(folder);
            }
        }
        Ok(None)
    }

    pub(crate) fn name(&self) -> &str {
        str_field(&self.manifest, "name").unwrap_or("")
    }

    pub(crate) fn version(&self) -> &str {
        str_field(&self.manifest, "version").unwrap_or("0.0.0")
    }

    /// A dependency section (`dependencies`, `devDependencies`, ...); empty when missing.
    pub(crate) fn section(&self, key: &str) -> Map<String, Value> {
        match self.manifest.get(key) {
            Some(Value::Object(map)) => map.clone(),
            _ => Map::new(),
        }
    }

    /// Whether this package is an emulator (`piralCLI.generated`).
    pub(crate) fn is_emulator(&self) -> bool {
        self.manifest
            .get("piralCLI")
            .and_then(|c| c.get("generated"))
            .and_then(Value::as_bool)
            == Some(true)
    }

    /// The folder of the app's files: the folder of `app` (an emulator's `app/`).
    pub(crate) fn app_dir(&self) -> PathBuf {
        let app = str_field(&self.manifest, "app").unwrap_or("./app/index.html");
        self.root
            .join(app)
            .parent()
            .map_or_else(|| self.root.clone(), Path::to_path_buf)
    }

    /// The shell's `pilets` settings: piral.json's section with package.json's on top (shallow).
    pub(crate) fn pilets_info(&self) -> anyhow::Result<Map<String, Value>> {
        let mut info = match read_object(&self.root.join("piral.json"))?
            .and_then(|p| p.get("pilets").cloned())
        {
            Some(Value::Object(map)) => map,
            _ => Map::new(),
        };
        if let Some(Value::Object(own)) = self.manifest.get("pilets") {
            info.extend(own.clone());
        }
        Ok(info)
    }
}

/// The app shell `name` as installed for the project in `from`: its folder and package.json
/// (`[0010]` when it is not installed, `[0011]` when it has no package.json).
pub(crate) fn installed_shell(from: &Path, name: &str) -> anyhow::Result<Package> {
    let folder = super::importmap::find_package(from, name).ok_or_else(|| {
        CodedError::new(
            Code::AppInstanceNotFound,
            format!("the app shell `{name}` could not be found"),
        )
        .with_hint("install the pilet's dependencies (`npm install`)")
    })?;
    Package::load(&folder)?.ok_or_else(|| {
        CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{name}` has no package.json"),
        )
        .into()
    })
}

/// pilet.json (schema pilet-v0).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PiletJson {
    pub(crate) schema_version: Option<String>,
    pub(crate) importmap_versions: Option<ImportmapVersions>,
    #[serde(default)]
    pub(crate) piral_instances: Map<String, Value>,
}

impl PiletJson {
    /// The pilet.json nearest above `dir`, if any.
    pub(crate) fn find_above(dir: &Path) -> anyhow::Result<Option<(PathBuf, PiletJson)>> {
        for folder in dir.ancestors() {
            let path = folder.join("pilet.json");
            if let Some(map) = read_object(&path)? {
                let parsed: PiletJson =
                    serde_json::from_value(Value::Object(map)).map_err(|e| {
                        CodedError::new(
                            Code::InvalidManifest,
                            format!("`{}` is not a valid pilet.json: {e}", path.display()),
                        )
                    })?;
                return Ok(Some((path, parsed)));
            }
        }
        Ok(None)
    }

    /// The website emulator URL recorded for the shell `name` (`piralInstances.<name>.url`).
    pub(crate) fn instance_url(&self, name: &str) -> Option<String> {
        self.piral_instances
            .get(name)
            .and_then(|instance| instance.get("url"))
            .and_then(Value::as_str)
            .map(String::from)
    }

    /// The shells a pilet works with: `--app`, else the ones marked `selected`, else the first
    /// one, else package.json's legacy `piral.name`.
    pub(crate) fn selected_shells(&self, app: Option<&str>, package: &Package) -> Vec<String> {
        if let Some(app) = app {
            return vec![app.to_string()];
        }
        let selected: Vec<String> = self
            .piral_instances
            .iter()
            .filter(|(_, v)| v.get("selected").and_then(Value::as_bool) == Some(true))
            .map(|(k, _)| k.clone())
            .collect();
        if !selected.is_empty() {
            return selected;
        }
        if let Some(first) = self.piral_instances.keys().next() {
            return vec![first.clone()];
        }
        package
            .manifest
            .get("piral")
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
            .map(|name| vec![name.to_string()])
            .unwrap_or_default()
    }
}

/// A shell's app entry and its project.
#[derive(Debug)]
pub(crate) struct AppEntry {
    /// The HTML (or script) file the app starts from.
    pub(crate) entry: PathBuf,
    pub(crate) package: Package,
}

/// Finds a shell's entry from a source path (spec §4.1): a file with an HTML or script
/// extension is the entry; a folder names the `app` of the package.json in it or above it.
pub(crate) fn resolve_app(source: &Path) -> anyhow::Result<AppEntry> {
    let has_entry_extension = source
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "html" | "pug" | "ts" | "tsx" | "js" | "jsx"));
    if has_entry_extension {
        if !source.is_file() {
            bail_code!(
                Code::EntryPointDoesNotExist,
                "the app entry `{}` does not exist",
                source.display()
            );
        }
        let Some(package) = Package::find_above(source.parent().unwrap_or(source))? else {
            bail_code!(
                Code::EntryPointMissing,
                "no package.json found above `{}`",
                source.display()
            );
        };
        return Ok(AppEntry {
            entry: source.to_path_buf(),
            package,
        });
    }
    // The nearest package.json at or above the folder, as the old CLI looked it up (a source
    // that does not exist, such as `piral validate some-name`, finds the project around it).
    let Some(package) = Package::find_above(source)? else {
        bail_code!(
            Code::EntryPointMissing,
            "no package.json found in `{}` or above it",
            source.display()
        );
    };
    let Some(app) = str_field(&package.manifest, "app") else {
        return Err(CodedError::new(
            Code::EntryPointAppFieldMissing,
            format!(
                "the package.json in `{}` has no `app` field",
                package.root.display()
            ),
        )
        .with_hint("set `\"app\": \"./src/index.html\"` in package.json")
        .into());
    };
    let entry = package.root.join(app.trim_start_matches("./"));
    if !entry.is_file() {
        bail_code!(
            Code::EntryPointDoesNotExist,
            "the app entry `{}` (from `app` in package.json) does not exist",
            entry.display()
        );
    }
    Ok(AppEntry { entry, package })
}

/// A pilet found by its entry.
#[derive(Debug, Clone)]
pub(crate) struct PiletEntry {
    pub(crate) entry: PathBuf,
    pub(crate) package: Package,
}

impl PiletEntry {
    /// The pilet.json nearest above the entry (or the package), or the defaults without one.
    pub(crate) fn pilet_json(&self) -> anyhow::Result<PiletJson> {
        let start = self.entry.parent().unwrap_or(&self.package.root);
        Ok(PiletJson::find_above(start)?
            .map(|(_, p)| p)
            .unwrap_or_default())
    }
}

/// Expands entry patterns as the old CLI's `matchAnyPilet` (spec §1.3) and resolves each match
/// to its entry file and package. Results are unique by package name; none → `[0077]`.
pub(crate) fn match_pilets(base: &Path, patterns: &[String]) -> anyhow::Result<Vec<PiletEntry>> {
    let mut found: Vec<PiletEntry> = Vec::new();
    for pattern in patterns {
        for candidate in expand_pattern(pattern) {
            for path in matching_paths(base, &candidate)? {
                let Some(pilet) = resolve_match(&path)? else {
                    continue;
                };
                if !found
                    .iter()
                    .any(|f| f.package.name() == pilet.package.name())
                {
                    found.push(pilet);
                }
            }
        }
    }
    if found.is_empty() {
        return Err(CodedError::new(Code::EntryFileMissing, format!("no pilet entry matches `{}` in `{}`", patterns.join("`, `"), base.display()))
            .with_hint("run the command in a pilet's folder, or name its entry (for example `./src/index.tsx`)")
            .into());
    }
    Ok(found)
}

fn expand_pattern(pattern: &str) -> Vec<String> {
    let known = |p: &str| {
        p.rsplit_once('.')
            .is_some_and(|(_, ext)| ENTRY_EXTENSIONS.contains(&ext) || ext == "json")
    };
    let with_all = |stem: &str| {
        let mut out = vec![stem.to_string()];
        out.extend(ENTRY_EXTENSIONS.iter().map(|ext| format!("{stem}.{ext}")));
        out
    };
    if pattern.ends_with('/') || pattern == "." || pattern == ".." {
        let folder = pattern.trim_end_matches('/');
        let folder = if folder.is_empty() { "." } else { folder };
        let mut out: Vec<String> = ENTRY_EXTENSIONS
            .iter()
            .map(|ext| format!("{folder}/index.{ext}"))
            .collect();
        out.push(format!("{folder}/package.json"));
        out.push(format!("{folder}/pilet.json"));
        return out;
    }
    let last = pattern.chars().last().unwrap_or('/');
    if (last.is_ascii_alphanumeric() || last == '-' || last == '*') && !known(pattern) {
        let mut out = with_all(pattern);
        out.push(format!("{pattern}/package.json"));
        out.push(format!("{pattern}/pilet.json"));
        return out;
    }
    vec![pattern.to_string()]
}

/// The existing files a candidate names; globs are matched below `base`.
fn matching_paths(base: &Path, candidate: &str) -> anyhow::Result<Vec<PathBuf>> {
    if !candidate.contains(['*', '?', '[', '{']) {
        let path = lexical(&base.join(candidate));
        return Ok(if path.is_file() {
            vec![path]
        } else {
            Vec::new()
        });
    }
    let glob = globset::Glob::new(candidate.trim_start_matches("./"))?.compile_matcher();
    Ok(files_below(base)
        .into_iter()
        .filter(|path| {
            path.strip_prefix(base)
                .is_ok_and(|relative| glob.is_match(relative))
        })
        .collect())
}

/// Every file below `dir`, sorted, without `node_modules` and `.git`.
pub(crate) fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = fs_err::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name() == "node_modules" || entry.file_name() == ".git" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `a/./b/../c` → `a/c`, without touching the disk.
pub(crate) fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn resolve_match(path: &Path) -> anyhow::Result<Option<PiletEntry>> {
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if file_name == "package.json" || file_name == "pilet.json" {
        let root = path.parent().unwrap_or(path);
        let Some(package) = Package::load(root)? else {
            return Ok(None);
        };
        let from_source = str_field(&package.manifest, "source")
            .map(|s| root.join(s))
            .filter(|p| p.is_file());
        let entry = from_source.or_else(|| {
            ENTRY_EXTENSIONS
                .iter()
                .map(|ext| root.join(format!("src/index.{ext}")))
                .find(|p| p.is_file())
        });
        return Ok(entry.map(|entry| PiletEntry { entry, package }));
    }
    let Some(package) = Package::find_above(path.parent().unwrap_or(path))? else {
        return Ok(None);
    };
    Ok(Some(PiletEntry {
        entry: path.to_path_buf(),
        package,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, relative: &str, text: &str) {
        let path = root.join(relative);
        fs_err::create_dir_all(path.parent().unwrap()).unwrap();
        fs_err::write(path, text).unwrap();
    }

    #[test]
    fn app_entries() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "package.json",
            r#"{"name":"shell","app":"./src/index.html"}"#,
        );
        write(root, "src/index.html", "<html></html>");
        let app = resolve_app(root).unwrap();
        assert_eq!(app.entry, root.join("src/index.html"));
        assert_eq!(app.package.name(), "shell");
        let app = resolve_app(&root.join("src/index.html")).unwrap();
        assert_eq!(app.package.root, root);

        let code = |p: &Path| {
            crate::errors::find_coded(&resolve_app(p).unwrap_err())
                .unwrap()
                .code
        };
        assert_eq!(
            code(&root.join("src/missing.html")),
            Code::EntryPointDoesNotExist
        );
        write(root, "b/package.json", r#"{"name":"b"}"#);
        assert_eq!(code(&root.join("b")), Code::EntryPointAppFieldMissing);
        // A folder without package.json, there or not, belongs to the project above it (as
        // the old CLI looked it up); with none above, the entry is missing.
        fs_err::create_dir_all(root.join("c")).unwrap();
        assert_eq!(resolve_app(&root.join("c")).unwrap().package.root, root);
        assert_eq!(
            resolve_app(&root.join("not-there")).unwrap().package.root,
            root
        );
        let lone = tempfile::tempdir().unwrap();
        assert_eq!(code(lone.path()), Code::EntryPointMissing);
    }

    #[test]
    fn pilet_patterns() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "a/package.json",
            r#"{"name":"a","source":"src/main.tsx"}"#,
        );
        write(root, "a/src/main.tsx", "");
        write(root, "a/src/index.tsx", "");
        write(root, "b/package.json", r#"{"name":"b"}"#);
        write(root, "b/src/index.jsx", "");
        let found = match_pilets(root, &["a".into(), "b/".into()]).unwrap();
        let entries: Vec<_> = found
            .iter()
            .map(|p| p.entry.strip_prefix(root).unwrap().to_path_buf())
            .collect();
        assert_eq!(
            entries,
            [
                PathBuf::from("a/src/main.tsx"),
                PathBuf::from("b/src/index.jsx")
            ]
        );

        let found = match_pilets(&root.join("a"), &["./src/index".into()]).unwrap();
        assert_eq!(found[0].entry, root.join("a/src/index.tsx"));
        assert_eq!(found[0].package.name(), "a");

        let found = match_pilets(root, &["*/package.json".into()]).unwrap();
        assert_eq!(found.len(), 2);

        let error = match_pilets(root, &["nothing".into()]).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::EntryFileMissing
        );
    }

    #[test]
    fn selected_shells() {
        let package = Package {
            root: PathBuf::new(),
            manifest: serde_json::from_str(r#"{"piral":{"name":"legacy"}}"#).unwrap(),
        };
        let pilet: PiletJson =
            serde_json::from_str(r#"{"piralInstances":{"a":{},"b":{"selected":true}}}"#).unwrap();
        assert_eq!(pilet.selected_shells(None, &package), ["b"]);
        assert_eq!(pilet.selected_shells(Some("x"), &package), ["x"]);
        let pilet: PiletJson =
            serde_json::from_str(r#"{"piralInstances":{"a":{},"b":{}}}"#).unwrap();
        assert_eq!(pilet.selected_shells(None, &package), ["a"]);
        assert_eq!(
            PiletJson::default().selected_shells(None, &package),
            ["legacy"]
        );
    }
}
