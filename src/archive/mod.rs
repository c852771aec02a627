//! Reading tar and tar.gz archives (emulator packages, their `files.tar`) safely.
//!
//! An archive is read completely into memory and checked before anything is written: an entry
//! with `..`, an absolute path, or a link that points outside the archive is refused with
//! [`Code::UnsafeArchiveEntry`], and then nothing at all is extracted. Links that stay inside
//! become plain copies of their target, so extraction never creates a link on disk.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::errors::{Code, CodedError};

/// The regular files of an archive, by normalised relative path (forward slashes).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Archive {
    pub(crate) files: BTreeMap<String, Vec<u8>>,
}

impl Archive {
    /// Reads a `.tgz` file.
    pub(crate) fn read_tgz(path: &Path) -> anyhow::Result<Archive> {
        let bytes = fs_err::read(path)?;
        let mut tar = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut tar)
            .map_err(|error| {
                CodedError::new(
                    Code::InvalidPiralReference,
                    format!(
                        "`{}` is not a gzip-compressed tarball: {error}",
                        path.display()
                    ),
                )
            })?;
        Self::read_tar(&tar, &path.display().to_string())
    }

    /// Reads an uncompressed tar from memory; `name` is used in error messages.
    pub(crate) fn read_tar(bytes: &[u8], name: &str) -> anyhow::Result<Archive> {
        let mut archive = tar::Archive::new(bytes);
        let mut files = BTreeMap::new();
        let mut links: Vec<(String, String)> = Vec::new();
        let unsafe_entry = |entry: &str, why: &str| {
            CodedError::new(
                Code::UnsafeArchiveEntry,
                format!(
                    "archive `{name}` contains the unsafe entry `{entry}`: {why}; nothing was extracted"
                ),
            )
        };
        let entries = archive.entries().map_err(|e| {
            CodedError::new(
                Code::InvalidPiralReference,
                format!("cannot read archive `{name}`: {e}"),
            )
        })?;
        for entry in entries {
            let mut entry = entry.map_err(|e| {
                CodedError::new(
                    Code::InvalidPiralReference,
                    format!("cannot read archive `{name}`: {e}"),
                )
            })?;
            let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let path = normalize(&raw)
                .ok_or_else(|| unsafe_entry(&raw, "the path leaves the extraction folder"))?;
            let kind = entry.header().entry_type();
            if kind.is_dir() || path.is_empty() {
                continue;
            }
            if kind.is_symlink() || kind.is_hard_link() {
                let target = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                // Symlink targets are relative to the link's folder; hard link names are
                // relative to the archive root.
                let joined = if kind.is_symlink() && !target.starts_with('/') {
                    match path.rsplit_once('/') {
                        Some((dir, _)) => format!("{dir}/{target}"),
                        None => target.clone(),
                    }
                } else {
                    target.clone()
                };
                let resolved = normalize(&joined)
                    .filter(|p| !p.is_empty())
                    .ok_or_else(|| {
                        unsafe_entry(
                            &raw,
                            &format!("the link to `{target}` points outside the extraction folder"),
                        )
                    })?;
                links.push((path, resolved));
                continue;
            }
            if !kind.is_file()
                && kind != tar::EntryType::Continuous
                && kind != tar::EntryType::GNUSparse
            {
                // Device files, fifos and the like have no place in a package.
                continue;
            }
            let mut content = Vec::new();
            entry.read_to_end(&mut content).map_err(|e| {
                CodedError::new(
                    Code::InvalidPiralReference,
                    format!("cannot read `{raw}` in `{name}`: {e}"),
                )
            })?;
            files.insert(path, content);
        }
        for (link, target) in links {
            match files.get(&target) {
                Some(content) => {
                    let content = content.clone();
                    files.insert(link, content);
                }
                None => {
                    return Err(unsafe_entry(
                        &link,
                        &format!("the link target `{target}` is not a file in the archive"),
                    )
                    .into());
                }
            }
        }
        Ok(Archive { files })
    }

    /// The files below `prefix/`, with the prefix removed.
    pub(crate) fn subtree(&self, prefix: &str) -> Archive {
        let prefix = format!("{}/", prefix.trim_end_matches('/'));
        Archive {
            files: self
                .files
                .iter()
                .filter_map(|(path, content)| {
                    path.strip_prefix(&prefix)
                        .map(|rest| (rest.to_string(), content.clone()))
                })
                .filter(|(path, _)| !path.is_empty())
                .collect(),
        }
    }
}

/// Normalises an archive path: strips `./`, rejects absolute paths, drive prefixes and any `..`
/// that would leave the root. Returns the path with forward slashes (empty for the root).
pub(crate) fn normalize(raw: &str) -> Option<String> {
    let raw = raw.replace('\\', "/");
    if raw.starts_with('/') || raw.contains('\0') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in raw.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p if p.len() >= 2 && p.as_bytes()[1] == b':' && parts.is_empty() => return None,
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Joins a checked relative path onto `root`, making sure no existing link on the way leads
/// out of `root`. Creates the parent folders.
pub(crate) fn safe_join(root: &Path, relative: &str) -> anyhow::Result<PathBuf> {
    let normalized = normalize(relative)
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            CodedError::new(
                Code::UnsafeArchiveEntry,
                format!("the path `{relative}` leaves the target folder"),
            )
        })?;
    let target = root.join(&normalized);
    if let Some(parent) = target.parent() {
        fs_err::create_dir_all(parent)?;
        let canonical_root = fs_err::canonicalize(root)?;
        let canonical_parent = fs_err::canonicalize(parent)?;
        if !canonical_parent.starts_with(&canonical_root) {
            return Err(CodedError::new(
                Code::UnsafeArchiveEntry,
                format!(
                    "writing `{normalized}` would leave `{}` through a link",
                    root.display()
                ),
            )
            .into());
        }
    }
    if target.is_symlink() {
        return Err(CodedError::new(
            Code::UnsafeArchiveEntry,
            format!("refusing to write through the link `{}`", target.display()),
        )
        .into());
    }
    debug_assert!(
        target
            .components()
            .all(|c| !matches!(c, Component::ParentDir))
    );
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tar_with(entries: &[(&str, tar::EntryType, &[u8], Option<&str>)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, kind, content, link) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(*kind);
            header.set_size(content.len() as u64);
            header.set_mode(0o644);
            // Write the raw name so that hostile paths survive (set_path refuses `..`).
            let name = header.as_old_mut().name.as_mut();
            name[..path.len()].copy_from_slice(path.as_bytes());
            if let Some(link) = link {
                let field = header.as_old_mut().linkname.as_mut();
                field[..link.len()].copy_from_slice(link.as_bytes());
            }
            header.set_cksum();
            builder.append(&header, *content).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn reads_files_and_resolves_inner_links() {
        let tar = tar_with(&[
            ("files/", tar::EntryType::Directory, b"", None),
            ("files/a.txt", tar::EntryType::Regular, b"hello", None),
            ("files/b.txt", tar::EntryType::Symlink, b"", Some("a.txt")),
        ]);
        let archive = Archive::read_tar(&tar, "t.tar").unwrap();
        let files = archive.subtree("files").files;
        assert_eq!(files.get("a.txt").unwrap(), b"hello");
        assert_eq!(files.get("b.txt").unwrap(), b"hello");
    }

    #[test]
    fn refuses_parent_paths_absolute_paths_and_escaping_links() {
        for (path, kind, link) in [
            ("files/../../evil.txt", tar::EntryType::Regular, None),
            ("/etc/evil.txt", tar::EntryType::Regular, None),
            (
                "files/link",
                tar::EntryType::Symlink,
                Some("../../../etc/passwd"),
            ),
            ("files/link", tar::EntryType::Symlink, Some("/etc/passwd")),
            ("files/hard", tar::EntryType::Link, Some("../outside")),
        ] {
            let tar = tar_with(&[
                ("files/ok.txt", tar::EntryType::Regular, b"x", None),
                (path, kind, b"", link),
            ]);
            let error = Archive::read_tar(&tar, "evil.tar").unwrap_err();
            let coded = crate::errors::find_coded(&error).unwrap();
            assert_eq!(coded.code, Code::UnsafeArchiveEntry, "{path}");
        }
    }

    #[test]
    fn normalize_keeps_inner_parents() {
        assert_eq!(normalize("./a/b/../c").as_deref(), Some("a/c"));
        assert_eq!(normalize("a/../../b"), None);
        assert_eq!(normalize("C:/x"), None);
    }

    #[test]
    fn safe_join_refuses_links_out_of_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        fs_err::create_dir_all(&root).unwrap();
        std::os::unix::fs::symlink(dir.path(), root.join("out")).unwrap();
        assert!(safe_join(&root, "out/x.txt").is_err());
        assert!(safe_join(&root, "in/x.txt").is_ok());
    }
}
