//! Importmap resolution: which dependencies an app shell shares and a pilet receives
//! (spec §6.3, the old CLI's `readImportmap`).
//!
//! Keys are `name`, `name@spec` and an optional trailing `?` (loaded lazily). Values are a
//! remote URL, the key itself (or `""`, `.`, `...`) for the installed package, another package
//! name (an alias), or a path to a package folder or a file. `inherit` pulls in the importmaps
//! of other packages (a shell, `piral-core`, ...), `exclude` drops names. The result is the
//! list of [`SharedDependency`] that the bundler turns into externals and side bundles and the
//! debug server puts into pilet metadata.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::semver_range::NpmRange;
use super::{read_object, str_field};
use crate::errors::{Code, CodedError};

/// How the version in a `requireId` is written (pilet.json `importmapVersions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum ImportmapVersions {
    /// `*`
    All,
    /// `^M.0.0`
    MatchMajor,
    /// `~M.m.0`
    AnyPatch,
    /// the installed version; the default when pilet.json says nothing
    #[default]
    Exact,
}

/// Where a shared dependency comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum DependencyKind {
    /// Bundled from a local package or file (a side bundle in a pilet).
    Local,
    /// Loaded from a URL; never bundled.
    Remote,
}

/// One shared dependency.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SharedDependency {
    /// `name@<installed version>` (or `name@<sha1>` for files and URLs).
    pub(crate) id: String,
    /// The id the pilet imports it by: `name@<spec>`.
    pub(crate) require_id: String,
    pub(crate) name: String,
    /// `<assetName>.js` for local entries, the URL for remote ones.
    #[serde(rename = "ref")]
    pub(crate) reference: String,
    #[serde(rename = "type")]
    pub(crate) kind: DependencyKind,
    /// The module file a local entry resolves to (`None` for remote entries).
    pub(crate) entry: Option<PathBuf>,
    /// The inherited packages this entry came from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) parents: Vec<String>,
    /// The package actually resolved, when it differs from the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) alias: Option<String>,
    pub(crate) is_async: bool,
}

/// Whose importmap is resolved: a pilet's own (versions from `importmapVersions`, unresolvable
/// entries are errors), or a shell's (exact versions, unresolvable inherited entries skipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Pilet,
    Host,
}

/// Options of one resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ImportmapOptions {
    pub(crate) versions: ImportmapVersions,
    pub(crate) mode: Mode,
}

/// What a resolution found, and the coded notes it had along the way.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    pub(crate) dependencies: Vec<SharedDependency>,
    /// `[0054]` (inherited entry not installed) and `[0029]` (a `piral-*` package shared).
    pub(crate) notes: Vec<(Code, String)>,
}

/// The asset name of a dependency name: no leading `@`, `/` and `.` become `-`, and (as in the
/// old CLI) only the first run of dashes is collapsed.
pub(crate) fn asset_name(name: &str) -> String {
    let replaced = name
        .strip_prefix('@')
        .unwrap_or(name)
        .replace(['/', '.'], "-");
    match replaced.find('-') {
        Some(start) => {
            let end = replaced[start..]
                .find(|c| c != '-')
                .map_or(replaced.len(), |offset| start + offset);
            format!("{}-{}", &replaced[..start], &replaced[end..])
        }
        None => replaced,
    }
}

/// `name@spec?` → (name, spec, async).
fn split_key(key: &str) -> (&str, Option<&str>, bool) {
    let is_async = key.ends_with('?');
    let key = key.trim_end_matches('?');
    match key[1.min(key.len())..].find('@') {
        Some(offset) => {
            let at = offset + 1;
            (
                &key[..at],
                Some(&key[at + 1..]).filter(|s| !s.is_empty()),
                is_async,
            )
        }
        None => (key, None, is_async),
    }
}

/// A pilet header's dependencies (`{"<id>": "<file or URL>"}`) as the URLs a feed lists:
/// files relative to the pilet's `base` URL, absolute URLs as they are.
pub(crate) fn dependency_urls(dependencies: Option<&Value>, base: &str) -> Map<String, Value> {
    dependencies
        .and_then(Value::as_object)
        .map(|deps| {
            deps.iter()
                .map(|(id, reference)| {
                    let reference = reference.as_str().unwrap_or_default();
                    let url = if reference.contains("://") {
                        reference.to_string()
                    } else {
                        format!("{base}{reference}")
                    };
                    (id.clone(), Value::from(url))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Finds an installed package folder by walking up `node_modules` folders from `dir`.
pub(crate) fn find_package(dir: &Path, name: &str) -> Option<PathBuf> {
    dir.ancestors()
        .map(|folder| folder.join("node_modules").join(name))
        .find(|candidate| candidate.join("package.json").is_file())
}

/// The module file of a package folder: `browser`, `module`, then `main` (strings), else
/// `index.js`, with the usual extensions tried.
pub(crate) fn package_entry(folder: &Path, package: &Map<String, Value>) -> Option<PathBuf> {
    let fields = ["browser", "module", "main"];
    let declared = fields.iter().filter_map(|field| str_field(package, field));
    for candidate in declared.chain(std::iter::once("index.js")) {
        let base = folder.join(candidate);
        for path in [
            base.clone(),
            base.with_extension("js"),
            base.join("index.js"),
            PathBuf::from(format!("{}.mjs", base.display())),
            PathBuf::from(format!("{}.cjs", base.display())),
        ] {
            if path.is_file() {
                return Some(path);
            }
        }
    }
    None
}

/// Resolves the importmap of the package whose manifest is `package` in `dir`.
pub(crate) fn resolve(
    dir: &Path,
    package: &Map<String, Value>,
    options: ImportmapOptions,
) -> anyhow::Result<Resolved> {
    let mut resolved = Resolved::default();
    let Some(importmap) = load_importmap(dir, package)? else {
        return Ok(resolved);
    };
    resolve_into(dir, &importmap, options, &[], &mut resolved)?;
    for dependency in &resolved.dependencies {
        if dependency.kind == DependencyKind::Local
            && dependency.name.starts_with("piral-")
            && dependency.name != "piral-ng-common"
        {
            resolved.notes.push((
                Code::InvalidSharedDependency,
                format!(
                    "the Piral package `{}` should not be shared; it is part of the shell",
                    dependency.name
                ),
            ));
        }
    }
    Ok(resolved)
}

/// The `importmap` field: an object, or a path to a JSON file with one ([0028] when missing).
fn load_importmap(
    dir: &Path,
    package: &Map<String, Value>,
) -> anyhow::Result<Option<Map<String, Value>>> {
    match package.get("importmap") {
        Some(Value::Object(map)) => Ok(Some(map.clone())),
        Some(Value::String(file)) => {
            let path = dir.join(file);
            match read_object(&path)? {
                Some(map) => Ok(Some(map)),
                None => Err(CodedError::new(
                    Code::ImportMapFileNotFound,
                    format!("the importmap file `{}` does not exist", path.display()),
                )
                .into()),
            }
        }
        _ => Ok(None),
    }
}

fn resolve_into(
    dir: &Path,
    importmap: &Map<String, Value>,
    options: ImportmapOptions,
    parents: &[String],
    resolved: &mut Resolved,
) -> anyhow::Result<()> {
    let excluded: Vec<String> = importmap
        .get("exclude")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    if let Some(Value::Object(imports)) = importmap.get("imports") {
        for (key, value) in imports {
            let (name, spec, is_async) = split_key(key);
            if excluded.iter().any(|e| e == name) {
                continue;
            }
            let Value::String(value) = value else {
                resolved.notes.push((
                    Code::GeneralInfo,
                    format!("the importmap entry `{key}` is not a string; it is ignored"),
                ));
                continue;
            };
            match resolve_entry(dir, name, value, spec, is_async, options)? {
                Some(mut dependency) => {
                    dependency.parents = parents.to_vec();
                    add(resolved, dependency);
                }
                None if parents.is_empty() => {
                    // As the old CLI: a shorthand (`""`, `.`, `...`, or the name itself) names
                    // the package, anything else the reference as written.
                    let reference = if ["", ".", "...", name].contains(&value.as_str()) {
                        name
                    } else {
                        value.as_str()
                    };
                    return Err(CodedError::new(
                        Code::ImportMapReferenceNotFound,
                        format!("The reference to \"{reference}\" could not be resolved from \"{}\". Are you sure the file or package exists?", dir.display()),
                    )
                    .with_hint(format!("install it (`npm install {name}`) or remove `{key}` from the importmap"))
                    .into());
                }
                None => resolved.notes.push((
                    Code::SkipUnresolvedDependency,
                    format!("the shared dependency `{name}` inherited from `{}` is not installed; it is skipped", parents.join("`, `")),
                )),
            }
        }
    }
    if let Some(Value::Array(inherit)) = importmap.get("inherit") {
        for parent in inherit.iter().filter_map(Value::as_str) {
            if excluded.iter().any(|e| e == parent) {
                continue;
            }
            let Some(folder) = find_package(dir, parent) else {
                resolved.notes.push((
                    Code::SkipUnresolvedDependency,
                    format!("the inherited package `{parent}` is not installed; its shared dependencies are skipped"),
                ));
                continue;
            };
            let Some(parent_package) = read_object(&folder.join("package.json"))? else {
                continue;
            };
            let parent_map = match load_importmap(&folder, &parent_package)? {
                Some(map) => map,
                None => importmap_from_list(&parent_package),
            };
            let mut inner = Resolved::default();
            let host = ImportmapOptions {
                versions: ImportmapVersions::Exact,
                mode: Mode::Host,
            };
            // Inherited entries are resolved as their owner does: exact versions.
            resolve_into(
                &folder,
                &parent_map,
                host,
                &[parent.to_string()],
                &mut inner,
            )?;
            resolved.notes.extend(inner.notes);
            for dependency in inner.dependencies {
                add(resolved, dependency);
            }
        }
    }
    Ok(())
}

/// `sharedDependencies` (else legacy `pilets.externals`) as an importmap of `name: name`.
fn importmap_from_list(package: &Map<String, Value>) -> Map<String, Value> {
    let list = package
        .get("sharedDependencies")
        .or_else(|| package.get("pilets").and_then(|p| p.get("externals")))
        .and_then(Value::as_array);
    let mut imports = Map::new();
    for name in list.into_iter().flatten().filter_map(Value::as_str) {
        imports.insert(name.to_string(), Value::String(name.to_string()));
    }
    let mut map = Map::new();
    map.insert("imports".into(), Value::Object(imports));
    map
}

/// An entry already present wins; its `parents` grow.
fn add(resolved: &mut Resolved, dependency: SharedDependency) {
    match resolved
        .dependencies
        .iter_mut()
        .find(|d| d.name == dependency.name)
    {
        Some(existing) => {
            for parent in dependency.parents {
                if !existing.parents.contains(&parent) {
                    existing.parents.push(parent);
                }
            }
        }
        None => resolved.dependencies.push(dependency),
    }
}

fn resolve_entry(
    dir: &Path,
    name: &str,
    value: &str,
    explicit: Option<&str>,
    is_async: bool,
    options: ImportmapOptions,
) -> anyhow::Result<Option<SharedDependency>> {
    if value.starts_with("http://") || value.starts_with("https://") {
        let id = format!("{name}@{}", &crate::digest::sha1_hex(value.as_bytes())[..7]);
        return Ok(Some(SharedDependency {
            id: id.clone(),
            require_id: id,
            name: name.to_string(),
            reference: value.to_string(),
            kind: DependencyKind::Remote,
            entry: None,
            parents: Vec::new(),
            alias: None,
            is_async,
        }));
    }
    let is_path = value.starts_with("./")
        || value.starts_with("../")
        || value.starts_with('/')
        || value.starts_with(".\\");
    let (folder, alias) = if matches!(value, "" | "." | "...") || value == name {
        (find_package(dir, name), None)
    } else if is_path && !matches!(value, "." | "...") {
        let path = dir.join(value);
        if path.is_file() {
            // A plain file: versioned by its content.
            let bytes = fs_err::read(&path)?;
            let id = format!("{name}@{}", crate::digest::sha1_hex(&bytes));
            return Ok(Some(SharedDependency {
                id: id.clone(),
                require_id: id,
                name: name.to_string(),
                reference: format!("{}.js", asset_name(name)),
                kind: DependencyKind::Local,
                entry: Some(path),
                parents: Vec::new(),
                alias: None,
                is_async,
            }));
        }
        (path.join("package.json").is_file().then_some(path), None)
    } else {
        (find_package(dir, value), Some(value.to_string()))
    };
    let Some(folder) = folder else {
        return Ok(None);
    };
    let Some(package) = read_object(&folder.join("package.json"))? else {
        return Ok(None);
    };
    let version_text = str_field(&package, "version").unwrap_or("0.0.0");
    let version = semver::Version::parse(version_text).ok();
    let require_version = match explicit {
        Some(spec) => {
            let Some(range) = NpmRange::parse(spec) else {
                return Err(CodedError::new(
                    Code::ImportMapVersionSpecInvalid,
                    format!("the version spec `{spec}` of `{name}` in the importmap is not valid"),
                )
                .into());
            };
            if version.as_ref().is_some_and(|v| !range.matches(v)) {
                return Err(CodedError::new(
                    Code::ImportMapVersionSpecNotSatisfied,
                    format!("the installed version {version_text} of `{name}` does not satisfy `{spec}` from the importmap"),
                )
                .into());
            }
            spec.to_string()
        }
        None => {
            let versions = if options.mode == Mode::Host {
                ImportmapVersions::Exact
            } else {
                options.versions
            };
            match (&version, versions) {
                (_, ImportmapVersions::All) => "*".to_string(),
                (Some(v), ImportmapVersions::MatchMajor) => format!("^{}.0.0", v.major),
                (Some(v), ImportmapVersions::AnyPatch) => format!("~{}.{}.0", v.major, v.minor),
                _ => version_text.to_string(),
            }
        }
    };
    Ok(Some(SharedDependency {
        id: format!("{name}@{version_text}"),
        require_id: format!("{name}@{require_version}"),
        name: name.to_string(),
        reference: format!("{}.js", asset_name(name)),
        kind: DependencyKind::Local,
        entry: package_entry(&folder, &package),
        parents: Vec::new(),
        alias,
        is_async,
    }))
}

/// What a shell shares with its pilets: its resolved importmap (exact versions) without the
/// Piral packages and the shell itself.
pub(crate) fn shared_with_pilets(
    package: &super::project::Package,
) -> anyhow::Result<Vec<SharedDependency>> {
    let options = ImportmapOptions {
        versions: ImportmapVersions::Exact,
        mode: Mode::Host,
    };
    let resolved = resolve(&package.root, &package.manifest, options)?;
    Ok(resolved
        .dependencies
        .into_iter()
        .filter(|d| {
            !matches!(d.name.as_str(), "piral" | "piral-core" | "piral-base")
                && d.name != package.name()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn project(
        package: serde_json::Value,
        installed: &[(&str, serde_json::Value)],
    ) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs_err::write(dir.path().join("package.json"), package.to_string()).unwrap();
        for (name, manifest) in installed {
            let folder = dir.path().join("node_modules").join(name);
            fs_err::create_dir_all(&folder).unwrap();
            fs_err::write(folder.join("package.json"), manifest.to_string()).unwrap();
            fs_err::write(folder.join("index.js"), "module.exports = {};").unwrap();
        }
        dir
    }

    fn run(dir: &Path, versions: ImportmapVersions) -> anyhow::Result<Resolved> {
        let package = read_object(&dir.join("package.json")).unwrap().unwrap();
        resolve(
            dir,
            &package,
            ImportmapOptions {
                versions,
                mode: Mode::Pilet,
            },
        )
    }

    fn emojis() -> (&'static str, serde_json::Value) {
        (
            "emojis-list",
            json!({"name": "emojis-list", "version": "3.0.0", "main": "index.js"}),
        )
    }

    #[test]
    fn a_local_package_by_name() {
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list": "emojis-list"}}}),
            &[emojis()],
        );
        let resolved = run(dir.path(), ImportmapVersions::Exact).unwrap();
        let d = &resolved.dependencies[0];
        assert_eq!(d.id, "emojis-list@3.0.0");
        assert_eq!(d.require_id, "emojis-list@3.0.0");
        assert_eq!(d.reference, "emojis-list.js");
        assert_eq!(d.kind, DependencyKind::Local);
        assert_eq!(
            d.entry.as_deref(),
            Some(
                dir.path()
                    .join("node_modules/emojis-list/index.js")
                    .as_path()
            )
        );
    }

    #[test]
    fn version_policies() {
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list": ""}}}),
            &[emojis()],
        );
        let id = |v| {
            run(dir.path(), v).unwrap().dependencies[0]
                .require_id
                .clone()
        };
        assert_eq!(id(ImportmapVersions::MatchMajor), "emojis-list@^3.0.0");
        assert_eq!(id(ImportmapVersions::AnyPatch), "emojis-list@~3.0.0");
        assert_eq!(id(ImportmapVersions::All), "emojis-list@*");
        assert_eq!(id(ImportmapVersions::Exact), "emojis-list@3.0.0");
    }

    #[test]
    fn a_remote_url() {
        let url = "https://unpkg.com/browse/emojis-list@3.0.0/index.js";
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list": url}}}),
            &[],
        );
        let d = &run(dir.path(), ImportmapVersions::Exact)
            .unwrap()
            .dependencies[0];
        assert_eq!(d.id, "emojis-list@b881d6c");
        assert_eq!(d.require_id, "emojis-list@b881d6c");
        assert_eq!(d.reference, url);
        assert_eq!(d.kind, DependencyKind::Remote);
    }

    #[test]
    fn explicit_specs_are_checked() {
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list@^3.0.0?": "emojis-list"}}}),
            &[emojis()],
        );
        let d = &run(dir.path(), ImportmapVersions::Exact)
            .unwrap()
            .dependencies[0];
        assert_eq!(d.require_id, "emojis-list@^3.0.0");
        assert!(d.is_async);
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list@^4.0.0": "emojis-list"}}}),
            &[emojis()],
        );
        let error = run(dir.path(), ImportmapVersions::Exact).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::ImportMapVersionSpecNotSatisfied
        );
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"emojis-list@not~valid": "emojis-list"}}}),
            &[emojis()],
        );
        let error = run(dir.path(), ImportmapVersions::Exact).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::ImportMapVersionSpecInvalid
        );
    }

    #[test]
    fn missing_own_entries_fail_and_inherited_ones_are_skipped() {
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"nope": "nope"}}}),
            &[],
        );
        let error = run(dir.path(), ImportmapVersions::Exact).unwrap_err();
        let coded = crate::errors::find_coded(&error).unwrap();
        assert_eq!(coded.code, Code::ImportMapReferenceNotFound);
        assert!(
            coded
                .message
                .starts_with("The reference to \"nope\" could not be resolved from")
        );
        // A shorthand names the key's package, as the old CLI's message does.
        let dir = project(
            json!({"name": "p", "importmap": {"imports": {"invalid-external": ""}}}),
            &[],
        );
        let error = run(dir.path(), ImportmapVersions::Exact).unwrap_err();
        let message = &crate::errors::find_coded(&error).unwrap().message;
        assert!(
            message.starts_with("The reference to \"invalid-external\" could not be resolved"),
            "{message}"
        );

        let shell = json!({"name": "shell", "version": "1.0.0", "importmap": {"imports": {"emojis-list": "emojis-list", "gone": "gone"}}});
        let dir = project(
            json!({"name": "p", "importmap": {"inherit": ["shell", "missing-shell"]}}),
            &[emojis(), ("shell", shell)],
        );
        let resolved = run(dir.path(), ImportmapVersions::MatchMajor).unwrap();
        assert_eq!(resolved.dependencies.len(), 1);
        let d = &resolved.dependencies[0];
        assert_eq!(d.parents, ["shell"]);
        assert_eq!(
            d.require_id, "emojis-list@3.0.0",
            "inherited entries use exact versions"
        );
        let codes: Vec<Code> = resolved.notes.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            codes,
            [
                Code::SkipUnresolvedDependency,
                Code::SkipUnresolvedDependency
            ]
        );
    }

    #[test]
    fn inheritance_falls_back_to_shared_dependencies_and_merges_parents() {
        let a = json!({"name": "a", "version": "1.0.0", "sharedDependencies": ["emojis-list"]});
        let b = json!({"name": "b", "version": "1.0.0", "pilets": {"externals": ["emojis-list"]}});
        let dir = project(
            json!({"name": "p", "importmap": {"inherit": ["a", "b"], "exclude": []}}),
            &[emojis(), ("a", a), ("b", b)],
        );
        let resolved = run(dir.path(), ImportmapVersions::Exact).unwrap();
        assert_eq!(resolved.dependencies.len(), 1);
        assert_eq!(resolved.dependencies[0].parents, ["a", "b"]);
    }

    #[test]
    fn aliases_files_exclusions_and_piral_packages() {
        let dir = project(
            json!({"name": "p", "importmap": {
                "imports": {"emoji": "emojis-list", "local-file": "./lib/x.js", "skipped": "skipped", "piral-core": "piral-core"},
                "exclude": ["skipped"]}}),
            &[
                emojis(),
                (
                    "piral-core",
                    json!({"name": "piral-core", "version": "1.10.3"}),
                ),
            ],
        );
        fs_err::create_dir_all(dir.path().join("lib")).unwrap();
        fs_err::write(dir.path().join("lib/x.js"), "export default 1;").unwrap();
        let resolved = run(dir.path(), ImportmapVersions::Exact).unwrap();
        let names: Vec<&str> = resolved
            .dependencies
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(names, ["emoji", "local-file", "piral-core"]);
        assert_eq!(resolved.dependencies[0].id, "emoji@3.0.0");
        assert_eq!(
            resolved.dependencies[0].alias.as_deref(),
            Some("emojis-list")
        );
        assert_eq!(
            resolved.dependencies[1].id,
            format!(
                "local-file@{}",
                crate::digest::sha1_hex(b"export default 1;")
            )
        );
        assert_eq!(resolved.notes[0].0, Code::InvalidSharedDependency);
    }

    #[test]
    fn importmap_from_a_missing_file() {
        let dir = project(json!({"name": "p", "importmap": "importmap.json"}), &[]);
        let error = run(dir.path(), ImportmapVersions::Exact).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::ImportMapFileNotFound
        );
    }

    #[test]
    fn asset_names() {
        assert_eq!(asset_name("@scope/a.b"), "scope-a-b");
        assert_eq!(asset_name("emojis-list"), "emojis-list");
        assert_eq!(asset_name("a//b.c"), "a-b-c");
        assert_eq!(
            asset_name("a.b--c"),
            "a-b--c",
            "only the first run of dashes collapses"
        );
        assert_eq!(
            split_key("@scope/x@^1.0.0?"),
            ("@scope/x", Some("^1.0.0"), true)
        );
        assert_eq!(split_key("x"), ("x", None, false));
    }
}
