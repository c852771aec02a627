//! `runs-this-cli`, a rule of both commands that the old CLI did not need: the project's
//! `piral-cli` is this CLI's package (`"piral-cli": "npm:@piral-rs/cli@…"`, as scaffolds write
//! it), not npm's old `piral-cli`, whose `piral` and `pilet` would be the ones the project's
//! scripts start (`npm start`, `npm run build`, the VS Code extension's `npx pilet debug`).
//!
//! Options: `"ignore"` switches it off, `"error"` makes it an error; a warning otherwise.

use std::path::Path;

use serde_json::Value;

use super::pilet_rules::PiletContext;
use super::piral_rules::ShellContext;
use super::{Findings, Rule, Severity, choice};
use crate::scaffold::CliPackage;

pub(crate) struct RunsThisCli;

impl Rule<ShellContext> for RunsThisCli {
    fn name(&self) -> &'static str {
        "runs-this-cli"
    }

    fn check(&self, ctx: &ShellContext, options: Option<&Value>, findings: &mut Findings<'_>) {
        check(&ctx.package.root, options, findings);
    }
}

impl Rule<PiletContext<'_>> for RunsThisCli {
    fn name(&self) -> &'static str {
        "runs-this-cli"
    }

    fn check(&self, ctx: &PiletContext<'_>, options: Option<&Value>, findings: &mut Findings<'_>) {
        check(&ctx.package.root, options, findings);
    }
}

fn check(root: &Path, options: Option<&Value>, findings: &mut Findings<'_>) {
    let severity = match choice(options, "warn") {
        "ignore" | "off" => return,
        "error" => Severity::Error,
        _ => Severity::Warning,
    };
    let Some(folder) = crate::manifest::importmap::find_package(root, CliPackage::KEY) else {
        return;
    };
    let manifest: Value = std::fs::read(folder.join("package.json"))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    // Ours (under any name an alias or a fork gives it) has another package name.
    if manifest["name"].as_str() != Some(CliPackage::KEY) {
        return;
    }
    let version = manifest["version"].as_str().unwrap_or("(no version)");
    let ours = env!("CARGO_PKG_VERSION");
    findings.push(
        severity,
        format!(
            "The project's \"piral-cli\" is npm's piral-cli {version}, so its scripts run that CLI instead of this one (piral {ours}).\n  \
             Expected: \"piral-cli\": \"npm:{}@{ours}\" in devDependencies.\n  \
             Received: piral-cli {version} in \"{}\".",
            CliPackage::NAME,
            folder.display()
        ),
        None,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::run;
    use serde_json::{Map, json};

    fn findings(installed: Option<Value>, options: Option<Value>) -> Vec<(Severity, String)> {
        let dir = tempfile::tempdir().unwrap();
        if let Some(manifest) = installed {
            let folder = dir.path().join("node_modules/piral-cli");
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join("package.json"), manifest.to_string()).unwrap();
        }
        let project = dir.path().join("shell");
        std::fs::create_dir_all(&project).unwrap();
        let ctx = ShellContext {
            entry: project.join("src/index.html"),
            package: crate::manifest::project::Package {
                root: project,
                manifest: Map::new(),
            },
            pilets: Map::new(),
            externals: Vec::new(),
        };
        let mut configured = Map::new();
        if let Some(options) = options {
            configured.insert("runs-this-cli".into(), options);
        }
        run(
            &[&RunsThisCli as &dyn Rule<ShellContext>],
            &ctx,
            &configured,
        )
        .into_iter()
        .map(|finding| (finding.severity, finding.message))
        .collect()
    }

    #[test]
    fn the_old_cli_installed_as_piral_cli_is_found_upward() {
        let old = json!({ "name": "piral-cli", "version": "0.14.3" });
        let found = findings(Some(old.clone()), None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(
            found[0].1.contains("npm's piral-cli 0.14.3"),
            "{}",
            found[0].1
        );
        assert_eq!(
            findings(Some(old.clone()), Some(json!("error")))[0].0,
            Severity::Error
        );
        assert!(findings(Some(old), Some(json!("ignore"))).is_empty());
    }

    #[test]
    fn this_cli_under_the_alias_or_nothing_installed_is_fine() {
        let ours = json!({ "name": CliPackage::NAME, "version": env!("CARGO_PKG_VERSION") });
        assert!(findings(Some(ours), None).is_empty());
        assert!(findings(None, None).is_empty());
    }
}
