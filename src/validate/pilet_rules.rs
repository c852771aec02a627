//! The rules of `pilet validate` (spec §5.2), run once for each shell the pilet is built for,
//! with that shell's `pilets.validators` as options. Short rules share this file; each is a
//! struct named after its rule, tested below.

use std::path::PathBuf;

use serde_json::Value;

use super::{Findings, Rule, Severity, choice, files_importing, read_sources, threshold};
use crate::manifest::project::Package;

/// What the pilet rules look at, for one shell.
pub(crate) struct PiletContext<'a> {
    pub(crate) entry: PathBuf,
    pub(crate) package: Package,
    /// The shell's installed package.
    pub(crate) shell: Package,
    /// Whether the shell is a package of the same monorepo (not from a registry).
    pub(crate) shell_is_local: bool,
    /// The names the shell shares.
    pub(crate) shell_externals: Vec<String>,
    /// Asks the registry for a package's latest version.
    pub(crate) latest_version: &'a dyn Fn(&str) -> Result<String, String>,
}

impl PiletContext<'_> {
    fn sources(&self) -> Vec<(String, String)> {
        read_sources(self.entry.parent().unwrap_or(&self.package.root))
    }
}

/// All pilet rules, in name order.
pub(crate) fn all() -> Vec<&'static dyn for<'b> Rule<PiletContext<'b>>> {
    vec![
        &HasExternalsAsPeers,
        &HasNoSelfReference,
        &HasNoThirdPartyDependency,
        &HasNonConflictingCss,
        &super::runs_this_cli::RunsThisCli,
        &StaysSmall,
        &UsesLatestPiral,
    ]
}

/// Legacy pilets without an importmap list the shell's shared dependencies as peers.
pub(crate) struct HasExternalsAsPeers;

impl Rule<PiletContext<'_>> for HasExternalsAsPeers {
    fn name(&self) -> &'static str {
        "has-externals-as-peers"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        let mode = choice(options, "ignore");
        if mode == "ignore"
            || ctx
                .package
                .manifest
                .get("importmap")
                .is_some_and(|v| !v.is_null())
        {
            return;
        }
        let peers = ctx.package.section("peerDependencies");
        let peer_modules: Vec<&str> = ctx
            .package
            .manifest
            .get("peerModules")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let sources = if mode == "only-used" {
            ctx.sources()
        } else {
            Vec::new()
        };
        let is_package_name = |name: &str| {
            !name.contains('/') || (name.starts_with('@') && name.split('/').count() < 3)
        };
        let (mut missing_peers, mut missing_modules) = (Vec::new(), Vec::new());
        for name in &ctx.shell_externals {
            let missing = if is_package_name(name) {
                !peers.contains_key(name)
            } else {
                !peer_modules.contains(&name.as_str())
            };
            if !missing || (mode == "only-used" && files_importing(&sources, name).is_empty()) {
                continue;
            }
            if is_package_name(name) {
                missing_peers.push(name.as_str())
            } else {
                missing_modules.push(name.as_str())
            }
        }
        for (label, names) in [
            ("peerDependencies", missing_peers),
            ("peerModules", missing_modules),
        ] {
            if !names.is_empty() {
                findings.error(format!(
                    "The {label} miss some of the shared dependencies.\n  Expected: <none>.\n  Received: Missing \"{}\".",
                    names.join("\", \"")
                ));
            }
        }
    }
}

/// The pilet does not import the shell or Piral itself.
pub(crate) struct HasNoSelfReference;

impl Rule<PiletContext<'_>> for HasNoSelfReference {
    fn name(&self) -> &'static str {
        "has-no-self-reference"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        if choice(options, "ignore") == "ignore" {
            return;
        }
        let sources = ctx.sources();
        let shell = ctx.shell.name();
        let mut reported: Vec<String> = Vec::new();
        for name in ["piral", "piral-core", "piral-base", shell] {
            for file in files_importing(&sources, name) {
                if reported.contains(&file) {
                    continue;
                }
                findings.push(
                    Severity::Error,
                    format!(
                        "The Piral instance is referenced in \"{file}\".\n  Expected: No import of \"{shell}\" or Piral itself.\n  Received: Import seen."
                    ),
                    Some(file.clone()),
                );
                reported.push(file);
            }
        }
    }
}

/// The pilet bundles everything it needs: no runtime `dependencies`.
pub(crate) struct HasNoThirdPartyDependency;

impl Rule<PiletContext<'_>> for HasNoThirdPartyDependency {
    fn name(&self) -> &'static str {
        "has-no-third-party-dependency"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        if choice(options, "ignore") == "ignore" {
            return;
        }
        let deps = ctx.package.section("dependencies");
        if !deps.is_empty() {
            let names: Vec<&str> = deps.keys().map(String::as_str).collect();
            findings.error(format!(
                "The pilet references third-party dependencies.\n  Expected: <none>.\n  Received: \"{}\".",
                names.join("\", \"")
            ));
        }
    }
}

/// The built CSS next to the main file is unlikely to clash with other styles.
pub(crate) struct HasNonConflictingCss;

impl Rule<PiletContext<'_>> for HasNonConflictingCss {
    fn name(&self) -> &'static str {
        "has-non-conflicting-css"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        let Some((minimum, severity)) = threshold(options, -50.0) else {
            return;
        };
        // The folder of the first main candidate whose folder exists; the root at the latest.
        let root = &ctx.package.root;
        let folder = crate::pack::main_candidates(&ctx.package.manifest)
            .into_iter()
            .map(|candidate| {
                root.join(candidate)
                    .parent()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| root.clone())
            })
            .find(|folder| folder.is_dir())
            .unwrap_or_else(|| root.clone());
        let Ok(entries) = fs_err::read_dir(&folder) else {
            return;
        };
        let mut css: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "css"))
            .collect();
        css.sort();
        for file in css {
            let Ok(text) = fs_err::read_to_string(&file) else {
                continue;
            };
            let score = super::css_score::score(&text);
            if f64::from(score) < minimum {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                findings.push(
                    severity,
                    format!("The CSS in \"{name}\" might lead to conflicts.\n  Minimum: {minimum} points.\n  Received: {score} points."),
                    Some(file.display().to_string()),
                );
            }
        }
    }
}

/// The main bundle stays below a size in kB.
pub(crate) struct StaysSmall;

impl Rule<PiletContext<'_>> for StaysSmall {
    fn name(&self) -> &'static str {
        "stays-small"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        let Some((maximum, severity)) = threshold(options, -50.0) else {
            return;
        };
        let Some(main) = crate::pack::find_main(&ctx.package.root, &ctx.package.manifest) else {
            return;
        };
        let path = ctx.package.root.join(&main);
        let Ok(metadata) = fs_err::metadata(&path) else {
            return;
        };
        #[expect(
            clippy::cast_precision_loss,
            reason = "bundle sizes are far below 2^52 bytes"
        )]
        let size = metadata.len() as f64 / 1024.0;
        if size > maximum {
            findings.push(
                severity,
                format!("The main bundle is too large.\n  Maximum: {maximum} kB.\n  Received: {size} kB."),
                Some(path.display().to_string()),
            );
        }
    }
}

/// The pilet is developed against the shell's latest release.
pub(crate) struct UsesLatestPiral;

impl Rule<PiletContext<'_>> for UsesLatestPiral {
    fn name(&self) -> &'static str {
        "uses-latest-piral"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        let mode = choice(options, "suggest");
        if mode == "ignore" || ctx.shell_is_local {
            return;
        }
        let name = ctx.shell.name();
        let declared = ctx
            .package
            .section("devDependencies")
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if declared.starts_with("git+") || declared.starts_with("file:") {
            return;
        }
        let version = ctx.shell.version();
        let latest = match (ctx.latest_version)(name) {
            Ok(latest) => latest,
            Err(error) => {
                findings.warning(format!(
                    "The used version of \"{name}\" could not be determined: {error}."
                ));
                return;
            }
        };
        if latest != version {
            let severity = if mode == "required" {
                Severity::Error
            } else {
                Severity::Warning
            };
            findings.push(
                severity,
                format!("The used version of \"{name}\" is outdated.\n  Expected: v{latest}.\n  Received: v{version}."),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::run;
    use serde_json::{Map, json};

    struct Fixture {
        dir: tempfile::TempDir,
    }

    impl Fixture {
        fn new(package: Value) -> Self {
            let dir = tempfile::tempdir().unwrap();
            fs_err::write(dir.path().join("package.json"), package.to_string()).unwrap();
            fs_err::create_dir_all(dir.path().join("src")).unwrap();
            fs_err::write(
                dir.path().join("src/index.tsx"),
                "import * as React from 'react';\n",
            )
            .unwrap();
            Self { dir }
        }

        fn write(&self, relative: &str, text: &str) {
            let path = self.dir.path().join(relative);
            fs_err::create_dir_all(path.parent().unwrap()).unwrap();
            fs_err::write(path, text).unwrap();
        }

        fn check(
            &self,
            rule: &dyn for<'b> Rule<PiletContext<'b>>,
            options: Value,
            latest: Result<&str, &str>,
        ) -> Vec<(Severity, String)> {
            let package = Package::load(self.dir.path()).unwrap().unwrap();
            let shell = Package {
                root: PathBuf::new(),
                manifest: json!({"name": "shell", "version": "1.0.0"})
                    .as_object()
                    .unwrap()
                    .clone(),
            };
            let lookup = move |_: &str| latest.map(String::from).map_err(String::from);
            let ctx = PiletContext {
                entry: self.dir.path().join("src/index.tsx"),
                package,
                shell,
                shell_is_local: false,
                shell_externals: vec!["react".into(), "react-dom/client".into()],
                latest_version: &lookup,
            };
            let mut map = Map::new();
            if !options.is_null() {
                map.insert(rule.name().to_string(), options);
            }
            run(&[rule], &ctx, &map)
                .into_iter()
                .map(|f| (f.severity, f.message))
                .collect()
        }
    }

    #[test]
    fn externals_as_peers() {
        let f = Fixture::new(
            json!({"name": "p", "peerDependencies": {"react": "*"}, "peerModules": ["react-dom/client"]}),
        );
        assert!(
            f.check(&HasExternalsAsPeers, json!("active"), Ok("1.0.0"))
                .is_empty()
        );
        let f = Fixture::new(json!({"name": "p"}));
        assert!(
            f.check(&HasExternalsAsPeers, Value::Null, Ok("1.0.0"))
                .is_empty(),
            "ignored by default"
        );
        let found = f.check(&HasExternalsAsPeers, json!("active"), Ok("1.0.0"));
        assert_eq!(found.len(), 2);
        assert!(found[0].1.contains("Missing \"react\""));
        let found = f.check(&HasExternalsAsPeers, json!("only-used"), Ok("1.0.0"));
        assert_eq!(found.len(), 1, "only react is imported");
        let f = Fixture::new(json!({"name": "p", "importmap": {"imports": {}}}));
        assert!(
            f.check(&HasExternalsAsPeers, json!("active"), Ok("1.0.0"))
                .is_empty(),
            "pilets with an importmap are not legacy"
        );
    }

    #[test]
    fn self_reference() {
        let f = Fixture::new(json!({"name": "p"}));
        assert!(
            f.check(&HasNoSelfReference, json!("active"), Ok("1.0.0"))
                .is_empty()
        );
        f.write(
            "src/other.ts",
            "import { x } from 'shell';\nimport { y } from 'piral-core';\n",
        );
        let found = f.check(&HasNoSelfReference, json!("active"), Ok("1.0.0"));
        assert_eq!(found.len(), 1, "one finding per file");
        assert_eq!(found[0].0, Severity::Error);
        assert!(
            f.check(&HasNoSelfReference, Value::Null, Ok("1.0.0"))
                .is_empty()
        );
    }

    #[test]
    fn third_party() {
        let f = Fixture::new(json!({"name": "p", "dependencies": {"lodash": "4"}}));
        assert!(
            f.check(&HasNoThirdPartyDependency, Value::Null, Ok("1.0.0"))
                .is_empty()
        );
        let found = f.check(&HasNoThirdPartyDependency, json!("active"), Ok("1.0.0"));
        assert_eq!(
            found[0].1,
            "The pilet references third-party dependencies.\n  Expected: <none>.\n  Received: \"lodash\"."
        );
    }

    #[test]
    fn css_conflicts() {
        let f = Fixture::new(json!({"name": "p", "main": "dist/index.js"}));
        f.write("dist/index.js", "x");
        f.write("dist/main.css", ".my-pilet-tile { color: red }");
        assert!(
            f.check(&HasNonConflictingCss, Value::Null, Ok("1.0.0"))
                .is_empty()
        );
        f.write("dist/main.css", "div { color: red } p { margin: 0 }");
        let found = f.check(&HasNonConflictingCss, Value::Null, Ok("1.0.0"));
        assert_eq!(found, [(Severity::Warning, "The CSS in \"main.css\" might lead to conflicts.\n  Minimum: 50 points.\n  Received: 10 points.".to_string())]);
        assert_eq!(
            f.check(&HasNonConflictingCss, json!(50), Ok("1.0.0"))[0].0,
            Severity::Error
        );
        assert!(
            f.check(&HasNonConflictingCss, json!(0), Ok("1.0.0"))
                .is_empty()
        );
    }

    #[test]
    fn stays_small() {
        let f = Fixture::new(json!({"name": "p", "main": "dist/index.js"}));
        f.write("dist/index.js", &"x".repeat(1024));
        assert!(f.check(&StaysSmall, Value::Null, Ok("1.0.0")).is_empty());
        let found = f.check(&StaysSmall, json!(-0.5), Ok("1.0.0"));
        assert_eq!(
            found,
            [(
                Severity::Warning,
                "The main bundle is too large.\n  Maximum: 0.5 kB.\n  Received: 1 kB.".to_string()
            )]
        );
        assert_eq!(
            f.check(&StaysSmall, json!(0.5), Ok("1.0.0"))[0].0,
            Severity::Error
        );
    }

    #[test]
    fn latest_piral() {
        let f = Fixture::new(json!({"name": "p", "devDependencies": {"shell": "1.0.0"}}));
        assert!(
            f.check(&UsesLatestPiral, Value::Null, Ok("1.0.0"))
                .is_empty()
        );
        let found = f.check(&UsesLatestPiral, Value::Null, Ok("2.0.0"));
        assert_eq!(found, [(Severity::Warning, "The used version of \"shell\" is outdated.\n  Expected: v2.0.0.\n  Received: v1.0.0.".to_string())]);
        assert_eq!(
            f.check(&UsesLatestPiral, json!("required"), Ok("2.0.0"))[0].0,
            Severity::Error
        );
        assert!(
            f.check(&UsesLatestPiral, json!("ignore"), Ok("2.0.0"))
                .is_empty()
        );
        let found = f.check(&UsesLatestPiral, Value::Null, Err("offline"));
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("could not be determined: offline"));
        let f =
            Fixture::new(json!({"name": "p", "devDependencies": {"shell": "file:../shell.tgz"}}));
        assert!(
            f.check(&UsesLatestPiral, Value::Null, Ok("2.0.0"))
                .is_empty()
        );
    }
}
