//! User configuration: `.piralrc` files and `piral_*` environment variables, found and merged
//! the way the old CLI's `rc` loader did.
//!
//! Sources, lowest precedence first: `/etc/piralrc`, `/etc/piral/config`, `~/.piralrc`,
//! `~/.piral/config`, `~/.config/piral`, `~/.config/piral/config`, the nearest `.piralrc` walking
//! up from the working directory, then `piral_<key>` environment variables (any case; `__`
//! nests: `piral_apiKeys__https://feed=key`). Flags beat all of them; commands apply that last
//! step when they resolve their settings. Files are JSON or INI. `PIRAL_NO_USER_CONFIG=1` skips
//! the system and user files (tests set it).

mod ini;
pub(crate) mod settings;

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::manifest::{deep_merge, parse_json};

/// The merged configuration and where each layer came from.
#[derive(Debug, Default)]
pub(crate) struct Config {
    values: Map<String, Value>,
    /// The files that were read, lowest precedence first.
    pub(crate) files: Vec<PathBuf>,
}

impl Config {
    /// Loads every source for a command run in `cwd`.
    pub(crate) fn load(cwd: &Path) -> anyhow::Result<Self> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let skip_user =
            std::env::var("PIRAL_NO_USER_CONFIG").is_ok_and(|v| v == "1" || v == "true");
        let env: Vec<(String, String)> = std::env::vars().collect();
        Self::load_from(
            cwd,
            if skip_user { None } else { home.as_deref() },
            !skip_user,
            &env,
        )
    }

    fn load_from(
        cwd: &Path,
        home: Option<&Path>,
        system: bool,
        env: &[(String, String)],
    ) -> anyhow::Result<Self> {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if system {
            candidates.push(PathBuf::from("/etc/piralrc"));
            candidates.push(PathBuf::from("/etc/piral/config"));
        }
        if let Some(home) = home {
            for rel in [
                ".piralrc",
                ".piral/config",
                ".config/piral",
                ".config/piral/config",
            ] {
                candidates.push(home.join(rel));
            }
        }
        if let Some(found) = cwd
            .ancestors()
            .map(|dir| dir.join(".piralrc"))
            .find(|p| p.is_file())
            && !candidates.contains(&found)
        {
            candidates.push(found);
        }
        let mut config = Config::default();
        for path in candidates {
            if !path.is_file() {
                continue;
            }
            let text = fs_err::read_to_string(&path)?;
            let value = parse_rc(&path, &text)?;
            deep_merge(&mut config.values, value);
            config.files.push(path);
        }
        merge_ignoring_case(&mut config.values, env_layer(env));
        Ok(config)
    }

    /// A configuration of these merged values, as if read from files (for tests).
    #[cfg(test)]
    pub(crate) fn from_values(values: Map<String, Value>) -> Self {
        Self {
            values,
            files: Vec::new(),
        }
    }

    /// The value of a key, looked up without regard to case (`PIRAL_NPMCLIENT` sets `npmClient`).
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        self.values.get(key).or_else(|| {
            self.values
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }

    /// A string setting; numbers and booleans are given as text.
    pub(crate) fn string(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) if !s.is_empty() => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// A boolean setting; accepts `true`/`false` as text too (INI and environment values).
    pub(crate) fn bool(&self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            Value::String(s) => match s.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Some(true),
                "false" | "0" | "no" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Parses one rc file: JSON when it looks like JSON, INI otherwise (as `rc` does).
fn parse_rc(path: &Path, text: &str) -> anyhow::Result<Map<String, Value>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        let value = parse_json(path, text)?;
        match value {
            Value::Object(map) => Ok(map),
            _ => Ok(Map::new()),
        }
    } else {
        Ok(ini::parse(text))
    }
}

/// `piral_<key>` variables in any case; `__` separates nested keys.
fn env_layer(env: &[(String, String)]) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, value) in env {
        let Some(prefix) = name.get(..6) else {
            continue;
        };
        if !prefix.eq_ignore_ascii_case("piral_") || name.len() == 6 {
            continue;
        }
        let mut path: Vec<&str> = name[6..].split("__").filter(|s| !s.is_empty()).collect();
        let Some(last) = path.pop() else { continue };
        let mut cursor = &mut out;
        for part in path {
            let entry = cursor
                .entry(part.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            cursor = entry.as_object_mut().expect("just made an object");
        }
        cursor.insert(last.to_string(), Value::String(value.clone()));
    }
    out
}

/// Merges environment values: `PIRAL_NPMCLIENT` replaces a file's `npmClient` rather than
/// standing beside it. Keys of nested objects (URLs in `apiKeys`) keep their case.
fn merge_ignoring_case(base: &mut Map<String, Value>, overlay: Map<String, Value>) {
    for (key, value) in overlay {
        let existing = base.keys().find(|k| k.eq_ignore_ascii_case(&key)).cloned();
        let key = existing.unwrap_or(key);
        let mut single = Map::new();
        single.insert(key, value);
        deep_merge(base, single);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    #[test]
    fn nearest_project_rc_beats_user_rc_and_env_beats_both() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        let project = dir.path().join("work/project/sub");
        fs_err::create_dir_all(&home).unwrap();
        fs_err::create_dir_all(&project).unwrap();
        fs_err::write(
            home.join(".piralrc"),
            "npmClient = yarn\nport = 1000\nlanguage = js\n",
        )
        .unwrap();
        fs_err::write(dir.path().join("work/.piralrc"), r#"{"port": 2000}"#).unwrap();
        fs_err::write(
            dir.path().join("work/project/.piralrc"),
            r#"{"port": 3000, "apiKeys": {"a": "1"}}"#,
        )
        .unwrap();
        let config = Config::load_from(
            &project,
            Some(&home),
            false,
            &env(&[
                ("PIRAL_LANGUAGE", "ts"),
                ("piral_apiKeys__b", "2"),
                ("PATH", "/bin"),
            ]),
        )
        .unwrap();
        assert_eq!(config.string("port").as_deref(), Some("3000"));
        assert_eq!(config.string("npmClient").as_deref(), Some("yarn"));
        assert_eq!(config.string("language").as_deref(), Some("ts"));
        assert_eq!(
            config.get("apiKeys").unwrap(),
            &serde_json::json!({"a": "1", "b": "2"})
        );
        assert_eq!(config.files.len(), 2, "only the nearest project rc is read");
    }

    #[test]
    fn malformed_json_rc_names_the_file_and_position() {
        let dir = tempfile::tempdir().unwrap();
        fs_err::write(dir.path().join(".piralrc"), "{\n  \"port\": ,\n}").unwrap();
        let error = Config::load_from(dir.path(), None, false, &[]).unwrap_err();
        let coded = crate::errors::find_coded(&error).unwrap();
        assert_eq!(coded.code, crate::errors::Code::InvalidManifest);
        let location = coded.location.as_ref().unwrap();
        assert_eq!((location.line, location.column), (2, 11));
    }
}
