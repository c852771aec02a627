//! The mock server's configuration, read as kras reads it: the `.krasrc` files of the project
//! (JSON), merged in order over the defaults of the old CLI. Relative folders resolve against
//! the file that names them. What is kept: `directory`, `map` (targets, proxied or ignored) and
//! `injectors` (`script`, `har`, `json` with `active` and `directory`, `proxy` with `active`),
//! in the order their keys first appear, as kras runs them.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::errors::{Code, CodedError};

/// The injectors that answer from files, in the order kras tries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Script,
    Har,
    Json,
}

impl Kind {
    /// Whether a file of this folder belongs to the injector.
    pub(crate) fn reads(self, path: &Path) -> bool {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match self {
            Kind::Script => matches!(extension, "js" | "cjs" | "mjs"),
            Kind::Har => extension == "har",
            Kind::Json => extension == "json",
        }
    }
}

/// One file injector: which folders it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Injector {
    pub(crate) kind: Kind,
    pub(crate) directories: Vec<PathBuf>,
}

/// Where a request prefix of `map` goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// `""`: served here (the app, the feed, the pilets).
    Local,
    /// An `http(s)://` or `ws(s)://` address: proxied.
    Remote(String),
    /// `false`: nothing answers.
    Ignored,
}

/// The merged configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct MockConfig {
    /// The file injectors, in order; inactive ones are left out.
    pub(crate) injectors: Vec<Injector>,
    /// `map` without trailing slashes, longest prefix first.
    pub(crate) map: Vec<(String, Target)>,
    /// Whether the proxy injector forwards requests of remote targets.
    pub(crate) proxy: bool,
    /// The `.krasrc` files that were read (the watcher restarts nothing for them; they are read
    /// once at start, as the old CLI re-read them only on restart).
    pub(crate) files: Vec<PathBuf>,
}

impl MockConfig {
    /// Every folder a file injector reads.
    pub(crate) fn directories(&self) -> Vec<PathBuf> {
        let mut all: Vec<PathBuf> = self
            .injectors
            .iter()
            .flat_map(|i| i.directories.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// The `map` entry a request path falls under (longest prefix, ending at `/`, `?` or the
    /// end) and the rest of the URL, as kras splits `target` and `url`.
    pub(crate) fn target<'u>(&self, url: &'u str) -> (&str, &Target, &'u str) {
        for (prefix, target) in &self.map {
            if let Some(rest) = url.strip_prefix(prefix.as_str())
                && (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
            {
                return (prefix, target, rest);
            }
        }
        ("", &Target::Local, url)
    }
}

/// What the serving command knows before any `.krasrc` is read.
pub(crate) struct MockSetup {
    /// The mock folders of the project (`<entry folder>/mocks` of each pilet or of the shell)
    /// that exist; kras calls them `sources`.
    pub(crate) sources: Vec<PathBuf>,
    /// Where a plain `directory` points by default (`<cwd>/mocks`).
    pub(crate) directory: PathBuf,
    /// Targets the server itself answers (`/$pilet-api`).
    pub(crate) local: Vec<String>,
    /// `.krasrc` candidates, merged in this order (missing ones are skipped).
    pub(crate) rc_files: Vec<PathBuf>,
    /// `--krasrc`: must exist.
    pub(crate) explicit: Option<PathBuf>,
    /// `--proxy /api=https://host` entries, merged last.
    pub(crate) proxies: Vec<(String, String)>,
}

/// Reads and merges the configuration; `[0037]` for a `.krasrc` that is not JSON or not of
/// the expected shape.
pub(crate) fn load(setup: &MockSetup) -> anyhow::Result<MockConfig> {
    let mut merged = Map::new();
    let mut injectors = Map::new();
    for kind in ["script", "har", "json"] {
        injectors.insert(kind.into(), serde_json::json!({ "active": true }));
    }
    merged.insert("injectors".into(), Value::Object(injectors));
    let mut map = Map::new();
    map.insert("/".into(), Value::from(""));
    for local in &setup.local {
        map.insert(local.clone(), Value::from(""));
    }
    merged.insert("map".into(), Value::Object(map));
    let directory = setup.directory.clone();
    let mut sources: Vec<PathBuf> = setup.sources.clone();

    let mut files = Vec::new();
    let mut explicit = setup.explicit.iter().map(|p| (p, true));
    for (file, required) in setup
        .rc_files
        .iter()
        .map(|p| (p, false))
        .chain(&mut explicit)
    {
        if files.contains(file) {
            continue;
        }
        let text = match fs_err::read_to_string(file) {
            Ok(text) => text,
            Err(_) if !required => continue,
            Err(error) => {
                return Err(CodedError::new(
                    Code::CannotFindFile,
                    format!("cannot read the kras configuration: {error}"),
                )
                .into());
            }
        };
        let value: Value = serde_json::from_str(&text).map_err(|error| {
            CodedError::new(
                Code::InvalidManifest,
                format!("{} is not valid JSON: {error}", file.display()),
            )
        })?;
        let Value::Object(mut object) = value else {
            return Err(CodedError::new(
                Code::InvalidManifest,
                format!("{} must hold a JSON object", file.display()),
            )
            .into());
        };
        let base = file.parent().unwrap_or(Path::new("."));
        absolutize(&mut object, base);
        if let Some(Value::Array(more)) = object.remove("sources") {
            sources.extend(more.iter().filter_map(Value::as_str).map(PathBuf::from));
        }
        deep_merge(&mut merged, object);
        files.push(file.clone());
    }
    for (prefix, address) in &setup.proxies {
        let map = crate::manifest::object_mut(&mut merged, "map");
        map.insert(prefix.clone(), Value::from(address.as_str()));
    }
    build(&merged, &directory, &sources, files)
}

/// `directory` entries made absolute against the `.krasrc` that holds them.
fn absolutize(object: &mut Map<String, Value>, base: &Path) {
    let absolute = |value: &mut Value| match value {
        Value::String(path) => *path = base.join(&*path).display().to_string(),
        Value::Array(paths) => {
            for path in paths.iter_mut() {
                if let Value::String(p) = path {
                    *p = base.join(&*p).display().to_string();
                }
            }
        }
        _ => {}
    };
    if let Some(directory) = object.get_mut("directory") {
        absolute(directory);
    }
    if let Some(Value::Array(sources)) = object.get_mut("sources") {
        for source in sources.iter_mut() {
            if let Value::String(p) = source {
                *p = base.join(&*p).display().to_string();
            }
        }
    }
    if let Some(Value::Object(injectors)) = object.get_mut("injectors") {
        for injector in injectors.values_mut() {
            if let Some(directory) = injector.get_mut("directory") {
                absolute(directory);
            }
        }
    }
}

/// kras' merge: objects key by key, arrays concatenated, everything else replaced.
fn deep_merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (Some(Value::Object(old)), Value::Object(new)) => deep_merge(old, new),
            (Some(Value::Array(old)), Value::Array(new)) => old.extend(new),
            (_, value) => {
                into.insert(key, value);
            }
        }
    }
}

fn paths(value: Option<&Value>) -> Option<Vec<PathBuf>> {
    match value? {
        Value::String(path) => Some(vec![PathBuf::from(path)]),
        Value::Array(paths) => Some(
            paths
                .iter()
                .filter_map(Value::as_str)
                .map(PathBuf::from)
                .collect(),
        ),
        _ => None,
    }
}

fn build(
    merged: &Map<String, Value>,
    default_directory: &Path,
    sources: &[PathBuf],
    files: Vec<PathBuf>,
) -> anyhow::Result<MockConfig> {
    let invalid = |what: String| -> anyhow::Error {
        CodedError::new(
            Code::InvalidManifest,
            format!("the kras configuration: {what}"),
        )
        .into()
    };
    // kras: an injector's own folder, else the project's mock folders, else `directory`.
    let fallback = if sources.is_empty() {
        paths(merged.get("directory")).unwrap_or_else(|| vec![default_directory.to_path_buf()])
    } else {
        sources.to_vec()
    };
    let mut config = MockConfig {
        files,
        ..MockConfig::default()
    };
    if let Some(injectors) = merged.get("injectors") {
        let Value::Object(injectors) = injectors else {
            return Err(invalid("`injectors` must be an object".into()));
        };
        for (name, options) in injectors {
            let active = options
                .get("active")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            let kind = match name.as_str() {
                "script" => Kind::Script,
                "har" => Kind::Har,
                "json" => Kind::Json,
                "proxy" => {
                    config.proxy = active;
                    continue;
                }
                _ => continue,
            };
            if active {
                config.injectors.push(Injector {
                    kind,
                    directories: paths(options.get("directory"))
                        .unwrap_or_else(|| fallback.clone()),
                });
            }
        }
        if !injectors.contains_key("proxy") {
            config.proxy = true;
        }
    }
    if let Some(map) = merged.get("map") {
        let Value::Object(map) = map else {
            return Err(invalid("`map` must be an object".into()));
        };
        for (prefix, target) in map {
            let prefix = prefix.trim_end_matches('/').to_string();
            let target = match target {
                Value::String(address) if address.is_empty() => Target::Local,
                Value::String(address)
                    if ["http://", "https://", "ws://", "wss://"]
                        .iter()
                        .any(|scheme| address.starts_with(scheme)) =>
                {
                    Target::Remote(address.trim_end_matches('/').to_string())
                }
                Value::Bool(false) => Target::Ignored,
                other => {
                    return Err(invalid(format!(
                        "`map` entry `{prefix}` must be \"\", false or an http(s)/ws(s) address, not {other}"
                    )));
                }
            };
            config.map.retain(|(p, _)| p != &prefix);
            config.map.push((prefix, target));
        }
    }
    config
        .map
        .sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
    Ok(config)
}

/// `--proxy /api=https://host`: the prefix and the address.
pub(crate) fn parse_proxy(flag: &str) -> anyhow::Result<(String, String)> {
    let invalid = || -> anyhow::Error {
        CodedError::new(
            Code::GeneralError,
            format!("`--proxy {flag}` must read `/prefix=http(s)://host`"),
        )
        .into()
    };
    let (prefix, address) = flag.split_once('=').ok_or_else(invalid)?;
    if !prefix.starts_with('/')
        || !["http://", "https://", "ws://", "wss://"]
            .iter()
            .any(|scheme| address.starts_with(scheme))
    {
        return Err(invalid());
    }
    Ok((prefix.to_string(), address.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(dir: &Path) -> MockSetup {
        MockSetup {
            sources: vec![dir.join("src/mocks")],
            directory: dir.join("mocks"),
            local: vec!["/$pilet-api".into()],
            rc_files: vec![dir.join(".krasrc")],
            explicit: None,
            proxies: Vec::new(),
        }
    }

    #[test]
    fn defaults_are_the_old_clis() {
        let dir = tempfile::tempdir().unwrap();
        let config = load(&setup(dir.path())).unwrap();
        let kinds: Vec<Kind> = config.injectors.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [Kind::Script, Kind::Har, Kind::Json]);
        assert!(config.proxy);
        assert_eq!(
            config.injectors[0].directories,
            [dir.path().join("src/mocks")]
        );
        assert_eq!(config.target("/$pilet-api/0/index.js").2, "/0/index.js");
        assert_eq!(config.target("/$pilet-api").0, "/$pilet-api");
        assert_eq!(config.target("/$pilet-apix").0, "");
        assert!(config.files.is_empty());
    }

    #[test]
    fn krasrc_files_merge_in_order_relative_to_themselves() {
        let dir = tempfile::tempdir().unwrap();
        fs_err::create_dir_all(dir.path().join("conf")).unwrap();
        fs_err::write(
            dir.path().join(".krasrc"),
            r#"{ "map": { "/api/": "https://backend.test/v1/" },
                 "injectors": { "har": { "active": false }, "json": { "directory": "fixtures" } } }"#,
        )
        .unwrap();
        fs_err::write(
            dir.path().join("conf/extra.krasrc"),
            r#"{ "map": { "/old": false }, "injectors": { "proxy": { "active": false } } }"#,
        )
        .unwrap();
        let mut setup = setup(dir.path());
        setup.explicit = Some(dir.path().join("conf/extra.krasrc"));
        setup.proxies = vec![parse_proxy("/ws=ws://127.0.0.1:9").unwrap()];
        let config = load(&setup).unwrap();
        let kinds: Vec<Kind> = config.injectors.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [Kind::Script, Kind::Json]);
        assert_eq!(
            config.injectors[1].directories,
            [dir.path().join("fixtures")]
        );
        assert!(!config.proxy);
        assert_eq!(
            config.target("/api/users?id=1"),
            (
                "/api",
                &Target::Remote("https://backend.test/v1".into()),
                "/users?id=1"
            )
        );
        assert_eq!(config.target("/old/x").1, &Target::Ignored);
        assert_eq!(
            config.target("/ws").1,
            &Target::Remote("ws://127.0.0.1:9".into())
        );
        assert_eq!(config.files.len(), 2);
    }

    #[test]
    fn bad_files_and_flags_are_coded_errors() {
        let dir = tempfile::tempdir().unwrap();
        fs_err::write(dir.path().join(".krasrc"), "{ nope").unwrap();
        let error = load(&setup(dir.path())).unwrap_err();
        assert!(error.to_string().contains("not valid JSON"), "{error}");
        fs_err::write(dir.path().join(".krasrc"), r#"{ "map": { "/a": 3 } }"#).unwrap();
        let error = load(&setup(dir.path())).unwrap_err();
        assert!(error.to_string().contains("`map` entry `/a`"), "{error}");
        let mut missing = setup(dir.path());
        fs_err::remove_file(dir.path().join(".krasrc")).unwrap();
        missing.explicit = Some(dir.path().join("nope.krasrc"));
        assert!(load(&missing).is_err());
        assert!(parse_proxy("api=https://x").is_err());
        assert!(parse_proxy("/api=ftp://x").is_err());
    }
}
