//! The rules of `piral validate` (spec §5.1). They are short, so they share this file; each is
//! a struct named after its rule and tested below with a clean, a warning and an error case.
//! Texts are the old CLI's, so that people searching for them find the same thing.

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::{Findings, Rule, type_of};
use crate::manifest::importmap::SharedDependency;
use crate::manifest::project::Package;

/// What the shell rules look at.
pub(crate) struct ShellContext {
    pub(crate) entry: PathBuf,
    pub(crate) package: Package,
    /// The `pilets` section (piral.json under package.json).
    pub(crate) pilets: Map<String, Value>,
    /// The resolved importmap of the shell.
    pub(crate) externals: Vec<SharedDependency>,
}

impl ShellContext {
    fn declares(&self, name: &str) -> bool {
        ["dependencies", "devDependencies"]
            .iter()
            .any(|s| self.package.section(s).contains_key(name))
    }
}

/// All shell rules, in name order.
pub(crate) fn all() -> Vec<&'static dyn Rule<ShellContext>> {
    vec![
        &DependsOnPiral,
        &EntryEndsWithHtml,
        &HasValidDevDependencies,
        &HasValidExternals,
        &HasValidFiles,
        &HasValidScripts,
        &super::runs_this_cli::RunsThisCli,
    ]
}

/// The shell depends on one of the Piral packages. (The old rule checked camelCase keys, so
/// only `piral` counted; this one accepts all three, as its text says.)
pub(crate) struct DependsOnPiral;

impl Rule<ShellContext> for DependsOnPiral {
    fn name(&self) -> &'static str {
        "depends-on-piral"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        let deps = ctx.package.section("dependencies");
        if !["piral", "piral-core", "piral-base"]
            .iter()
            .any(|p| deps.contains_key(*p))
        {
            findings.warning(
                "The dependencies of the Piral instance should list either piral, piral-core, or piral-base.\n  \
                 Expected: \"piral\" | \"piral-core\" | \"piral-base\" in dependencies.\n  Received: <none>.",
            );
        }
    }
}

/// The app entry is an HTML file.
pub(crate) struct EntryEndsWithHtml;

impl Rule<ShellContext> for EntryEndsWithHtml {
    fn name(&self) -> &'static str {
        "entry-ends-with-html"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        if ctx.entry.extension().and_then(|e| e.to_str()) != Some("html") {
            let ext = ctx
                .entry
                .extension()
                .map(|e| format!(".{}", e.to_string_lossy()))
                .unwrap_or_default();
            findings.warning(format!(
                "The resolved app should be an HTML file, otherwise it may be an invalid bundler entry point.\n  \
                 Expected: Ends with \".html\".\n  Received: Ends with \"{ext}\"."
            ));
        }
    }
}

/// `pilets.devDependencies` is an object of versions or `true`, and `true` entries exist.
pub(crate) struct HasValidDevDependencies;

impl Rule<ShellContext> for HasValidDevDependencies {
    fn name(&self) -> &'static str {
        "has-valid-devDependencies"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        let value = ctx.pilets.get("devDependencies");
        let Some(Value::Object(dev)) = value else {
            if value.is_some() {
                findings.error(format!(
                    "The scripts in pilets.devDependencies are invalid.\n  Expected: <object>.\n  Received: <{}>.",
                    type_of(value)
                ));
            }
            return;
        };
        let invalid = dev
            .values()
            .filter(|v| !matches!(v, Value::String(_) | Value::Bool(true)))
            .count();
        if invalid > 0 {
            findings.error(format!(
                "The scaffold dev dependencies in pilets.devDependencies are invalid.\n  \
                 Expected: Only names (<string>) in the array.\n  Received: Found {invalid} non-<string> entries."
            ));
        }
        for (name, _) in dev.iter().filter(|(_, v)| **v == Value::Bool(true)) {
            if !ctx.declares(name) {
                findings.warning(format!(
                    "The scaffold dev dependency \"{name}\" refers to any dependency in the app, but none found.\n  \
                     Expected: A dependency named \"{name}\" in dependencies or devDependencies.\n  Received: <none>."
                ));
            }
        }
    }
}

/// Every shared dependency the shell declares itself is one of its dependencies.
pub(crate) struct HasValidExternals;

impl Rule<ShellContext> for HasValidExternals {
    fn name(&self) -> &'static str {
        "has-valid-externals"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        for dependency in ctx.externals.iter().filter(|d| d.parents.is_empty()) {
            if !ctx.declares(&dependency.name) {
                let name = &dependency.name;
                findings.warning(format!(
                    "The shared dependency \"{name}\" is not listed in the \"dependencies\" and \"devDependencies\".\n  \
                     Expected: \"{name}\" in dependencies.\n  Received: <none>."
                ));
            }
        }
    }
}

/// `pilets.files` lists files that exist and will survive packaging.
pub(crate) struct HasValidFiles;

impl Rule<ShellContext> for HasValidFiles {
    fn name(&self) -> &'static str {
        "has-valid-files"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        let value = ctx.pilets.get("files");
        let Some(Value::Array(files)) = value else {
            if value.is_some() {
                findings.error(format!(
                    "The scaffolding files in pilets.files are invalid.\n  Expected: <Array>.\n  Received: <{}>.",
                    type_of(value)
                ));
            }
            return;
        };
        let valid = |entry: &Value| match entry {
            Value::String(_) => true,
            Value::Object(map) => {
                map.get("from").is_some_and(Value::is_string)
                    && map.get("to").is_some_and(Value::is_string)
            }
            _ => false,
        };
        let invalid = files.iter().filter(|e| !valid(e)).count();
        if invalid > 0 {
            findings.error(format!(
                "The scaffolding files in pilets.files are invalid.\n  Expected: Only names (<string>) and explicit \
                 location mappings (<{{ from: string, to: string }}>) in the array.\n  Received: Found {invalid} invalid entries."
            ));
        }
        for entry in files.iter().filter(|e| valid(e)) {
            let (from, deep) = match entry {
                Value::String(from) => (from.as_str(), None),
                _ => (
                    entry["from"].as_str().unwrap_or_default(),
                    entry.get("deep"),
                ),
            };
            let shown = entry.to_string();
            let target = ctx.package.root.join(from);
            let name = target
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !target.exists() {
                findings.error(format!(
                    "The scaffolding file {shown} is listed in pilets.files but cannot be found.\n  \
                     Expected: \"{from}\" exists on disk.\n  Received: File \"{}\" not found.",
                    target.display()
                ));
            } else if target.is_dir() && deep.is_none() && has_subfolders(&target) {
                findings.warning(format!(
                    "The scaffolding directory {shown} listed in pilets.files has sub-directories, but does not explicitly set deep.\n  \
                     Expected: <true> | <false>.\n  Received: <undefined>."
                ));
            } else if matches!(name, ".gitignore" | ".npmignore") {
                findings.error(format!(
                    "The scaffolding file {shown} is listed in pilets.files but will be ignored when packaging.\n  \
                     Expected: \"{from}\" has a different name.\n  Received: Ignored name \"{from}\"."
                ));
            }
        }
    }
}

fn has_subfolders(dir: &std::path::Path) -> bool {
    fs_err::read_dir(dir)
        .map(|entries| entries.flatten().any(|e| e.path().is_dir()))
        .unwrap_or(false)
}

/// `pilets.scripts` is an object of commands.
pub(crate) struct HasValidScripts;

impl Rule<ShellContext> for HasValidScripts {
    fn name(&self) -> &'static str {
        "has-valid-scripts"
    }

    fn check(&self, ctx: &ShellContext, _: Option<&Value>, findings: &mut Findings<'_>) {
        let value = ctx.pilets.get("scripts");
        let Some(Value::Object(scripts)) = value else {
            if value.is_some() {
                findings.error(format!(
                    "The scripts in pilets.scripts are invalid.\n  Expected: <object>.\n  Received: <{}>.",
                    type_of(value)
                ));
            }
            return;
        };
        let invalid = scripts.values().filter(|v| !v.is_string()).count();
        if invalid > 0 {
            findings.error(format!(
                "The scripts in pilets.scripts are invalid.\n  Expected: Only commands (<string>) in the array.\n  \
                 Received: Found {invalid} invalid entries."
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{Severity, run};
    use serde_json::json;

    fn context(package: Value, pilets: Value) -> (tempfile::TempDir, ShellContext) {
        let dir = tempfile::tempdir().unwrap();
        let Value::Object(manifest) = package else {
            unreachable!()
        };
        let Value::Object(pilets) = pilets else {
            unreachable!()
        };
        let ctx = ShellContext {
            entry: dir.path().join("src/index.html"),
            package: Package {
                root: dir.path().to_path_buf(),
                manifest,
            },
            pilets,
            externals: Vec::new(),
        };
        (dir, ctx)
    }

    fn check(rule: &dyn Rule<ShellContext>, ctx: &ShellContext) -> Vec<(Severity, String)> {
        run(&[rule], ctx, &Map::new())
            .into_iter()
            .map(|f| (f.severity, f.message))
            .collect()
    }

    #[test]
    fn depends_on_piral() {
        let (_d, ctx) = context(json!({"dependencies": {"piral-core": "1.0.0"}}), json!({}));
        assert!(check(&DependsOnPiral, &ctx).is_empty());
        let (_d, ctx) = context(json!({"dependencies": {"react": "18"}}), json!({}));
        assert_eq!(check(&DependsOnPiral, &ctx)[0].0, Severity::Warning);
    }

    #[test]
    fn entry_ends_with_html() {
        let (_d, mut ctx) = context(json!({}), json!({}));
        assert!(check(&EntryEndsWithHtml, &ctx).is_empty());
        ctx.entry = PathBuf::from("src/index.tsx");
        let found = check(&EntryEndsWithHtml, &ctx);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.ends_with("Received: Ends with \".tsx\"."));
    }

    #[test]
    fn dev_dependencies() {
        let (_d, ctx) = context(
            json!({"devDependencies": {"eslint": "9"}}),
            json!({"devDependencies": {"eslint": true, "x": "^1"}}),
        );
        assert!(check(&HasValidDevDependencies, &ctx).is_empty());
        let (_d, ctx) = context(json!({}), json!({"devDependencies": {"missing": true}}));
        assert_eq!(
            check(&HasValidDevDependencies, &ctx)[0].0,
            Severity::Warning
        );
        let (_d, ctx) = context(json!({}), json!({"devDependencies": {"bad": 1}}));
        assert_eq!(check(&HasValidDevDependencies, &ctx)[0].0, Severity::Error);
        let (_d, ctx) = context(json!({}), json!({"devDependencies": []}));
        assert_eq!(check(&HasValidDevDependencies, &ctx)[0].0, Severity::Error);
    }

    #[test]
    fn externals() {
        let dependency = |name: &str, parents: &[&str]| SharedDependency {
            id: format!("{name}@1.0.0"),
            require_id: format!("{name}@1.0.0"),
            name: name.into(),
            reference: format!("{name}.js"),
            kind: crate::manifest::importmap::DependencyKind::Local,
            entry: None,
            parents: parents.iter().map(|p| (*p).to_string()).collect(),
            alias: None,
            is_async: false,
        };
        let (_d, mut ctx) = context(json!({"dependencies": {"a": "1"}}), json!({}));
        ctx.externals = vec![
            dependency("a", &[]),
            dependency("inherited", &["piral-core"]),
        ];
        assert!(check(&HasValidExternals, &ctx).is_empty());
        ctx.externals.push(dependency("b", &[]));
        let found = check(&HasValidExternals, &ctx);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .1
                .starts_with("The shared dependency \"b\" is not listed")
        );
    }

    #[test]
    fn files() {
        let (dir, ctx) = context(
            json!({}),
            json!({"files": ["a.txt", {"from": "docs", "to": "docs"}, {"from": "flat", "to": "flat", "deep": false}]}),
        );
        fs_err::write(dir.path().join("a.txt"), "").unwrap();
        fs_err::create_dir_all(dir.path().join("docs")).unwrap();
        fs_err::create_dir_all(dir.path().join("flat/sub")).unwrap();
        assert!(check(&HasValidFiles, &ctx).is_empty());
        fs_err::create_dir_all(dir.path().join("docs/sub")).unwrap();
        assert_eq!(check(&HasValidFiles, &ctx)[0].0, Severity::Warning);
        let (dir, ctx) = context(
            json!({}),
            json!({"files": ["missing", ".gitignore", 3, {"from": "x"}]}),
        );
        fs_err::write(dir.path().join(".gitignore"), "").unwrap();
        let found = check(&HasValidFiles, &ctx);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().all(|f| f.0 == Severity::Error));
        let (_d, ctx) = context(json!({}), json!({"files": "nope"}));
        assert!(
            check(&HasValidFiles, &ctx)[0]
                .1
                .ends_with("Received: <string>.")
        );
    }

    #[test]
    fn scripts() {
        let (_d, ctx) = context(json!({}), json!({"scripts": {"start": "pilet debug"}}));
        assert!(check(&HasValidScripts, &ctx).is_empty());
        let (_d, ctx) = context(json!({}), json!({"scripts": {"start": 1}}));
        assert_eq!(check(&HasValidScripts, &ctx)[0].0, Severity::Error);
        let (_d, ctx) = context(json!({}), json!({"scripts": "x"}));
        assert_eq!(check(&HasValidScripts, &ctx)[0].0, Severity::Error);
    }
}
