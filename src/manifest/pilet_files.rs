//! `pilets.files` of a source shell: the files every pilet gets (strings or
//! `{from, to, deep, once}` entries, globs allowed), read into memory so that an emulator can
//! pack them and `pilet new` can write them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::errors::{Code, CodedError, bail_code};
use crate::manifest::{self, str_field};

/// Files by relative path.
pub(crate) type Files = BTreeMap<String, Vec<u8>>;

/// Reads `pilets.files` of a source shell: strings or `{from, to, deep, once}`, globs allowed.
/// A file whose target is the pilet's package.json is merged into `packageOverrides` instead.
pub(crate) fn collect_pilet_files(
    shell_root: &Path,
    entries: Option<Value>,
    pilets: &mut Map<String, Value>,
) -> anyhow::Result<(Files, Files)> {
    let mut always = BTreeMap::new();
    let mut once = BTreeMap::new();
    let Some(Value::Array(entries)) = entries else {
        return Ok((always, once));
    };
    for entry in &entries {
        let (from, to, deep, is_once) = match entry {
            Value::String(from) => (from.clone(), from.clone(), true, false),
            Value::Object(spec) => {
                let Some(from) = str_field(spec, "from") else {
                    continue;
                };
                let to = str_field(spec, "to").unwrap_or(from);
                let deep = spec.get("deep").and_then(Value::as_bool).unwrap_or(true);
                let is_once = spec.get("once").and_then(Value::as_bool).unwrap_or(false);
                (from.to_string(), to.to_string(), deep, is_once)
            }
            _ => continue,
        };
        let target = if is_once { &mut once } else { &mut always };
        for (source, relative) in expand_files(shell_root, &from, deep)? {
            let destination = if relative.is_empty() {
                to.clone()
            } else {
                format!("{}/{relative}", to.trim_end_matches('/'))
            };
            let destination = crate::archive::normalize(&destination)
                .filter(|d| !d.is_empty())
                .ok_or_else(|| {
                    CodedError::new(
                        Code::UnsafeArchiveEntry,
                        format!("`pilets.files` target `{destination}` leaves the pilet"),
                    )
                })?;
            let bytes = fs_err::read(&source)?;
            if destination == "package.json" {
                let overrides = manifest::parse_json(&source, &String::from_utf8_lossy(&bytes))?;
                if let Value::Object(overrides) = overrides {
                    crate::manifest::deep_merge(
                        manifest::object_mut(pilets, "packageOverrides"),
                        overrides,
                    );
                }
                continue;
            }
            target.insert(destination, bytes);
        }
    }
    Ok((always, once))
}

/// The files one `pilets.files` entry names: (path on disk, path relative to the entry).
fn expand_files(
    shell_root: &Path,
    from: &str,
    deep: bool,
) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let Some(from_norm) = crate::archive::normalize(from) else {
        bail_code!(
            Code::UnsafeArchiveEntry,
            "`pilets.files` source `{from}` leaves the shell"
        );
    };
    if from.contains(['*', '?', '[', '{']) {
        let glob = globset::Glob::new(&from_norm)?.compile_matcher();
        let mut out = Vec::new();
        walk(shell_root, shell_root, true, &mut |path, relative| {
            if glob.is_match(relative) {
                out.push((path.to_path_buf(), String::new()));
            }
        })?;
        // A glob match keeps its own path below the entry's target.
        return Ok(out
            .into_iter()
            .map(|(path, _)| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (path, name)
            })
            .collect());
    }
    let source = shell_root.join(&from_norm);
    if source.is_file() {
        return Ok(vec![(source, String::new())]);
    }
    if !source.is_dir() {
        bail_code!(
            Code::CannotFindFile,
            "the scaffold file `{}` does not exist",
            source.display()
        );
    }
    let mut out = Vec::new();
    walk(&source, &source, deep, &mut |path, relative| {
        out.push((path.to_path_buf(), relative.to_string()))
    })?;
    Ok(out)
}

fn walk(
    root: &Path,
    dir: &Path,
    deep: bool,
    visit: &mut dyn FnMut(&Path, &str),
) -> anyhow::Result<()> {
    let mut entries: Vec<_> = fs_err::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(fs_err::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        if entry.file_name() == "node_modules" || entry.file_type()?.is_symlink() {
            continue;
        }
        if path.is_dir() {
            if deep {
                walk(root, &path, deep, visit)?;
            }
        } else {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            visit(&path, &relative);
        }
    }
    Ok(())
}
