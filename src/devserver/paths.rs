//! Request paths to files: decoded, normalised and confined to a root folder. `..` segments
//! (also percent-encoded), encoded slashes and links that lead out of the root are refused.

use std::path::{Path, PathBuf};

/// Why a path was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    /// Malformed or climbing out (`..`, `%2e%2e`, `%2f`): 400/403.
    Forbidden,
}

/// Decodes `%XX` escapes; `None` for broken escapes or non-UTF-8 results.
pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The relative file path a URL path names, checked segment by segment.
pub(crate) fn relative_path(url_path: &str) -> Result<String, Refused> {
    let mut parts = Vec::new();
    for raw in url_path.split('/') {
        // An encoded slash or backslash would join segments after decoding: refuse it.
        let lower = raw.to_ascii_lowercase();
        if lower.contains("%2f") || lower.contains("%5c") {
            return Err(Refused::Forbidden);
        }
        let segment = percent_decode(raw).ok_or(Refused::Forbidden)?;
        match segment.as_str() {
            "" | "." => {}
            ".." => return Err(Refused::Forbidden),
            s if s.contains(['\\', '\0']) => return Err(Refused::Forbidden),
            s => parts.push(s.to_string()),
        }
    }
    Ok(parts.join("/"))
}

/// The file below `root` that `relative` names, if it exists and stays inside the root after
/// following links.
pub(crate) fn confined_file(root: &Path, relative: &str) -> Result<Option<PathBuf>, Refused> {
    let candidate = if relative.is_empty() {
        root.join("index.html")
    } else {
        root.join(relative)
    };
    let Ok(canonical) = candidate.canonicalize() else {
        return Ok(None);
    };
    let Ok(canonical_root) = root.canonicalize() else {
        return Ok(None);
    };
    if !canonical.starts_with(&canonical_root) {
        return Err(Refused::Forbidden);
    }
    Ok(canonical.is_file().then_some(canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_traversal_in_every_spelling() {
        assert_eq!(relative_path("/a/b.js").unwrap(), "a/b.js");
        assert_eq!(relative_path("/a%20b/c.js").unwrap(), "a b/c.js");
        for path in [
            "/../etc/passwd",
            "/a/%2e%2e/%2e%2e/etc/passwd",
            "/a%2f..%2f..%2fetc",
            "/a/..%5c..%5cx",
            "/%2E%2E/x",
            "/a\\..\\b",
            "/bad%zz",
        ] {
            assert_eq!(relative_path(path), Err(Refused::Forbidden), "{path}");
        }
    }

    #[test]
    fn links_out_of_the_root_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        fs_err::create_dir_all(&root).unwrap();
        fs_err::write(root.join("index.html"), "x").unwrap();
        fs_err::write(dir.path().join("secret.txt"), "s").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("leak.txt")).unwrap();
        assert!(confined_file(&root, "").unwrap().is_some());
        assert_eq!(confined_file(&root, "leak.txt"), Err(Refused::Forbidden));
        assert_eq!(confined_file(&root, "missing.js"), Ok(None));
    }
}
