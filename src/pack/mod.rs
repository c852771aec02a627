//! `pilet pack`: an npm-compatible, reproducible `.tgz` of a pilet (spec §8.1).
//!
//! The file selection follows the old CLI: `package.json`, the folder of the main file (§8.3),
//! every entry of `files`, and `README.md`. The archive follows npm: entries under `package/`,
//! sorted, mode 0644 (0755 when executable), uid/gid 0 without names, every mtime
//! 1985-10-26T08:15:00Z, gzip level 9. Packing the same input twice gives the same bytes.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::errors::{Code, CodedError, bail_code};
use crate::manifest::{self, str_field};

/// npm's fixed timestamp for tarball entries: 1985-10-26T08:15:00Z.
const NPM_MTIME: u64 = 499_162_500;

/// What a pack produced.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Packed {
    pub(crate) path: PathBuf,
    pub(crate) name: String,
    pub(crate) version: String,
    /// Paths inside the package, sorted.
    pub(crate) files: Vec<String>,
    pub(crate) size: u64,
    /// `sha512-<base64>`, as npm's `integrity`.
    pub(crate) integrity: String,
    /// The sha1 hex digest, as npm's `shasum`.
    pub(crate) shasum: String,
}

/// `@org/a` `1.0.0` → `org-a-1.0.0.tgz`. The only place that names a tarball.
pub(crate) fn tarball_name(name: &str, version: &str) -> String {
    format!(
        "{}-{version}.tgz",
        name.trim_start_matches('@').replace('/', "-")
    )
}

/// Where the main file is looked for, in order (spec §8.3).
pub(crate) fn main_candidates(package: &Map<String, Value>) -> Vec<String> {
    let main = str_field(package, "main")
        .unwrap_or("index.js")
        .trim_start_matches("./")
        .to_string();
    vec![
        main.clone(),
        format!("dist/{main}"),
        format!("{main}/index.js"),
        format!("dist/{main}/index.js"),
        "index.js".to_string(),
        "dist/index.js".to_string(),
    ]
}

/// The first main candidate that exists as a file below `root`.
pub(crate) fn find_main(root: &Path, package: &Map<String, Value>) -> Option<String> {
    main_candidates(package)
        .into_iter()
        .filter_map(|candidate| crate::archive::normalize(&candidate))
        .find(|candidate| !candidate.is_empty() && root.join(candidate).is_file())
}

/// Packs the pilet at `root` into `target` (a folder, or a path ending in `.tgz`).
pub(crate) fn pack(root: &Path, target: &Path) -> anyhow::Result<Packed> {
    let package_path = root.join("package.json");
    let Some(package) = manifest::read_object(&package_path)? else {
        bail_code!(
            Code::PackageJsonNotFound,
            "no package.json found in `{}`",
            root.display()
        );
    };
    let Some(name) = str_field(&package, "name")
        .filter(|n| !n.is_empty())
        .map(String::from)
    else {
        bail_code!(
            Code::PackageJsonMissingName,
            "the package.json in `{}` has no `name`",
            root.display()
        );
    };
    let Some(version) = str_field(&package, "version")
        .filter(|v| !v.is_empty())
        .map(String::from)
    else {
        bail_code!(
            Code::PackageJsonMissingVersion,
            "the package.json in `{}` has no `version`",
            root.display()
        );
    };
    let file_name = tarball_name(&name, &version);
    let output = if target.extension().is_some_and(|e| e == "tgz") {
        target.to_path_buf()
    } else {
        target.join(&file_name)
    };

    let files = select_files(root, &package, &name, &output)?;
    let bytes = write_tgz(&files)?;
    if let Some(parent) = output.parent() {
        fs_err::create_dir_all(parent)?;
    }
    crate::templates::write_atomic(&output, &bytes)?;

    use base64::Engine as _;
    use sha1::Digest as _;
    let integrity = format!(
        "sha512-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha512::digest(&bytes))
    );
    let shasum = crate::digest::sha1_hex(&bytes);
    Ok(Packed {
        path: output,
        name,
        version,
        files: files.keys().cloned().collect(),
        size: bytes.len() as u64,
        integrity,
        shasum,
    })
}

/// The files of the package: archive path → file on disk.
fn select_files(
    root: &Path,
    package: &Map<String, Value>,
    name: &str,
    output: &Path,
) -> anyhow::Result<BTreeMap<String, PathBuf>> {
    let mut selected = BTreeMap::new();
    selected.insert("package.json".to_string(), root.join("package.json"));
    if let Some(main) = find_main(root, package) {
        match main.rsplit_once('/') {
            Some((folder, _)) => add_path(root, folder, &mut selected)?,
            // A main file at the root brings only itself, not the whole project.
            None => add_path(root, &main, &mut selected)?,
        }
    }
    if let Some(Value::Array(entries)) = package.get("files") {
        for entry in entries.iter().filter_map(Value::as_str) {
            if entry.contains(['*', '?', '[', '{']) {
                let glob = globset::Glob::new(entry.trim_start_matches("./"))?.compile_matcher();
                let mut all = BTreeMap::new();
                add_path(root, "", &mut all)?;
                selected.extend(all.into_iter().filter(|(path, _)| glob.is_match(path)));
            } else {
                add_path(root, entry, &mut selected)?;
            }
        }
    }
    if root.join("README.md").is_file() {
        selected.insert("README.md".to_string(), root.join("README.md"));
    }
    // Never pack the output into itself, nor an older tarball of the same package.
    let prefix = format!("{}-", name.trim_start_matches('@').replace('/', "-"));
    let output = output.canonicalize().ok();
    selected.retain(|path, file| {
        let base = path.rsplit('/').next().unwrap_or(path);
        let is_own_tarball = base.starts_with(&prefix) && base.ends_with(".tgz");
        let is_output = output.is_some() && file.canonicalize().ok() == output;
        !is_own_tarball && !is_output
    });
    Ok(selected)
}

/// Adds a file, or a folder's files recursively (links followed), under its path in the root.
fn add_path(
    root: &Path,
    relative: &str,
    selected: &mut BTreeMap<String, PathBuf>,
) -> anyhow::Result<()> {
    let Some(relative) = crate::archive::normalize(relative.trim_start_matches("./")) else {
        bail_code!(
            Code::UnsafeArchiveEntry,
            "the path `{relative}` leaves the package folder"
        );
    };
    let path = if relative.is_empty() {
        root.to_path_buf()
    } else {
        root.join(&relative)
    };
    if path.is_file() {
        selected.insert(relative, path);
    } else if path.is_dir() {
        let mut entries: Vec<_> = fs_err::read_dir(&path)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(fs_err::DirEntry::file_name);
        for entry in entries {
            let child_name = entry.file_name().to_string_lossy().into_owned();
            // A folder packed as a whole never carries its dependencies or VCS data.
            if relative.is_empty() && matches!(child_name.as_str(), "node_modules" | ".git") {
                continue;
            }
            let child = if relative.is_empty() {
                child_name
            } else {
                format!("{relative}/{child_name}")
            };
            add_path(root, &child, selected)?;
        }
    }
    Ok(())
}

/// The deterministic tar.gz of the selected files.
fn write_tgz(files: &BTreeMap<String, PathBuf>) -> anyhow::Result<Vec<u8>> {
    let mut entries = BTreeMap::new();
    for (path, file) in files {
        let content = fs_err::read(file)?;
        let executable = {
            use std::os::unix::fs::PermissionsExt as _;
            fs_err::metadata(file)?.permissions().mode() & 0o111 != 0
        };
        entries.insert(format!("package/{path}"), (content, executable));
    }
    gzip(&tar_bytes(&entries)?)
}

/// An uncompressed tar of in-memory files, npm style: sorted, 0644 (0755 when executable),
/// uid/gid 0, npm's fixed mtime. Paths ending in `/` are folder entries.
pub(crate) fn tar_bytes(entries: &BTreeMap<String, (Vec<u8>, bool)>) -> anyhow::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, (content, executable)) in entries {
        let mut header = tar::Header::new_gnu();
        // A path ending in `/` is a folder entry (node-tar refuses a tar without any entry).
        let folder = path.ends_with('/');
        header.set_entry_type(if folder {
            tar::EntryType::Directory
        } else {
            tar::EntryType::Regular
        });
        header.set_size(content.len() as u64);
        header.set_mode(if *executable || folder { 0o755 } else { 0o644 });
        header.set_mtime(NPM_MTIME);
        header.set_uid(0);
        header.set_gid(0);
        builder
            .append_data(&mut header, path, &content[..])
            .map_err(|e| {
                CodedError::new(
                    Code::GeneralError,
                    format!("cannot add `{path}` to the tarball: {e}"),
                )
            })?;
    }
    Ok(builder.into_inner()?)
}

/// Gzip at level 9, as npm packs.
pub(crate) fn gzip(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn entries(bytes: &[u8]) -> Vec<(String, u64, u32, u64)> {
        let mut tar = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut tar)
            .unwrap();
        let mut archive = tar::Archive::new(&tar[..]);
        archive
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                (
                    e.path().unwrap().display().to_string(),
                    h.mtime().unwrap(),
                    h.mode().unwrap(),
                    h.uid().unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn names_tarballs_like_npm() {
        assert_eq!(tarball_name("@org/a", "1.0.0"), "org-a-1.0.0.tgz");
        assert_eq!(
            tarball_name("my-pilet", "2.1.0-beta.1"),
            "my-pilet-2.1.0-beta.1.tgz"
        );
    }

    #[test]
    fn packs_main_folder_files_and_readme_reproducibly() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs_err::write(
            root.join("package.json"),
            r#"{"name":"@org/p","version":"1.0.0","main":"dist/index.js","files":["extra"]}"#,
        )
        .unwrap();
        fs_err::create_dir_all(root.join("dist/sub")).unwrap();
        fs_err::write(root.join("dist/index.js"), "//@pilet v:2(x,{})").unwrap();
        fs_err::write(root.join("dist/sub/chunk.js"), "x").unwrap();
        fs_err::write(root.join("dist/org-p-0.9.0.tgz"), "old").unwrap();
        fs_err::create_dir_all(root.join("extra")).unwrap();
        fs_err::write(root.join("extra/a.txt"), "a").unwrap();
        fs_err::write(root.join("README.md"), "# p").unwrap();
        fs_err::write(root.join("src.ts"), "not packed").unwrap();

        let first = pack(root, root).unwrap();
        assert_eq!(first.path, root.join("org-p-1.0.0.tgz"));
        assert_eq!(
            first.files,
            [
                "README.md",
                "dist/index.js",
                "dist/sub/chunk.js",
                "extra/a.txt",
                "package.json"
            ]
        );
        let bytes = fs_err::read(&first.path).unwrap();
        let listed = entries(&bytes);
        assert!(
            listed
                .iter()
                .all(|(p, mtime, mode, uid)| p.starts_with("package/")
                    && *mtime == NPM_MTIME
                    && *mode == 0o644
                    && *uid == 0)
        );

        // Again, with the first tarball now lying in the root: same bytes, not packed into itself.
        let second = pack(root, root).unwrap();
        assert_eq!(fs_err::read(&second.path).unwrap(), bytes);
        assert_eq!(first.integrity, second.integrity);
    }

    #[test]
    fn missing_fields_have_their_codes() {
        let dir = tempfile::tempdir().unwrap();
        let code = |dir: &Path| {
            crate::errors::find_coded(&pack(dir, dir).unwrap_err())
                .unwrap()
                .code
        };
        assert_eq!(code(dir.path()), Code::PackageJsonNotFound);
        fs_err::write(dir.path().join("package.json"), "{}").unwrap();
        assert_eq!(code(dir.path()), Code::PackageJsonMissingName);
        fs_err::write(dir.path().join("package.json"), r#"{"name":"a"}"#).unwrap();
        assert_eq!(code(dir.path()), Code::PackageJsonMissingVersion);
        fs_err::write(
            dir.path().join("package.json"),
            r#"{"name":"a","version":"1.0.0","files":["../outside"]}"#,
        )
        .unwrap();
        assert_eq!(code(dir.path()), Code::UnsafeArchiveEntry);
    }
}
