//! Where a pilet's app shell comes from, classified from what the user typed as the old CLI
//! did: an npm package, an emulator `.tgz`, a folder, or a website emulator's URL.

use std::path::{Path, PathBuf};

use crate::errors::{Code, CodedError};

/// Where the shell comes from.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Npm {
        name: String,
        version: Option<String>,
    },
    Tgz(PathBuf),
    Folder(PathBuf),
    /// A website emulator: the URL of its `emulator.json`.
    Website(String),
    /// A git repository (`git+https://…`, `git+file://…`, `github:owner/repo`, `….git`) that
    /// the npm client installs.
    Git(String),
}

impl Source {
    /// Classifies a source as the old CLI did: paths start with `./`, `../`, `/`, `~/` or
    /// `file:` (or end in `.tgz`), URLs are website emulators, git URLs and hosted shortcuts
    /// (`github:…`) are installed by the npm client.
    pub(crate) fn classify(text: &str, cwd: &Path) -> anyhow::Result<Source> {
        let text = text.trim();
        let git_host = ["github:", "gitlab:", "bitbucket:", "gist:"]
            .iter()
            .any(|p| text.starts_with(p));
        if text.starts_with("git+")
            || text.starts_with("git://")
            || text.ends_with(".git")
            || git_host
        {
            return Ok(Source::Git(text.to_string()));
        }
        if text.starts_with("http://") || text.starts_with("https://") {
            return Ok(Source::Website(text.to_string()));
        }
        let is_path = ["./", "../", "/", "~/", "file:", ".\\", "..\\"]
            .iter()
            .any(|p| text.starts_with(p))
            || text == "."
            || text == ".."
            || text.ends_with(".tgz");
        if !is_path {
            let (name, version) = split_package_spec(text);
            return Ok(Source::Npm {
                name: name.to_string(),
                version: version.map(String::from),
            });
        }
        let raw = text.strip_prefix("file:").unwrap_or(text);
        let path = match raw.strip_prefix("~/") {
            Some(rest) => std::env::var_os("HOME")
                .map_or_else(|| PathBuf::from(raw), |home| PathBuf::from(home).join(rest)),
            None => cwd.join(raw),
        };
        let path = crate::manifest::project::lexical(&path);
        if path.is_file() {
            Ok(Source::Tgz(path))
        } else if path.is_dir() {
            Ok(Source::Folder(path))
        } else {
            Err(CodedError::new(
                Code::ScaffoldPathDoesNotExist,
                format!("the app shell `{}` does not exist", path.display()),
            )
            .into())
        }
    }
}

/// `@scope/name@1.2.3` → (`@scope/name`, `1.2.3`).
pub(crate) fn split_package_spec(spec: &str) -> (&str, Option<&str>) {
    let search_from = usize::from(spec.starts_with('@'));
    match spec[search_from..].find('@') {
        Some(index) => {
            let (name, version) = spec.split_at(index + search_from);
            (name, Some(&version[1..]).filter(|v| !v.is_empty()))
        }
        None => (spec, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_sources() {
        let cwd = Path::new("/nonexistent");
        assert_eq!(
            Source::classify("sample-piral@1.11.0", cwd).unwrap(),
            Source::Npm {
                name: "sample-piral".into(),
                version: Some("1.11.0".into())
            }
        );
        assert_eq!(
            Source::classify("@scope/shell", cwd).unwrap(),
            Source::Npm {
                name: "@scope/shell".into(),
                version: None
            }
        );
        assert_eq!(
            split_package_spec("@scope/shell@^2"),
            ("@scope/shell", Some("^2"))
        );
        let error = Source::classify("./missing.tgz", cwd).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::ScaffoldPathDoesNotExist
        );
        for git in [
            "git+https://example.invalid/x.git",
            "git+file:///srv/shell",
            "github:owner/shell",
            "https://example.invalid/shell.git",
        ] {
            assert_eq!(Source::classify(git, cwd).unwrap(), Source::Git(git.into()));
        }
        assert_eq!(
            Source::classify("http://127.0.0.1:8080/site/emulator.json", cwd).unwrap(),
            Source::Website("http://127.0.0.1:8080/site/emulator.json".into())
        );
    }
}
