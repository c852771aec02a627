//! `piral new`: scaffolds an app shell (spec §12.1).
//!
//! Everything is computed in memory first (template, manifests), so an unknown template or a
//! broken manifest fails before a single file is written. The project's scripts call this CLI
//! (`piral debug`, `piral build`) through this CLI's own npm package in devDependencies; no
//! npm `piral-cli` or bundler plugin is added.

use std::path::Path;

use serde_json::{Value, json};

use super::NewPiralSettings;
use super::{Framework, Language};
use crate::templates::{self, Kind};
use crate::ui::{Reporter, display_path};

use super::{set_default, update_manifest};

/// The feed a new shell asks for pilets unless `--vars.feedUrl` says otherwise.
const DEFAULT_FEED_URL: &str = "https://feed.piral.cloud/api/v1/pilet/empty";

/// `piral new`: scaffolds an app shell into `settings.common.root`. Returns the `--json`
/// report.
pub(crate) fn scaffold(
    settings: &NewPiralSettings,
    reporter: &dyn Reporter,
    cwd: &Path,
) -> anyhow::Result<Value> {
    let common = &settings.common;
    let tag = settings.tag.clone();
    let framework = settings.framework;
    let react_version: u32 = common
        .vars
        .get("reactVersion")
        .and_then(|v| v.parse().ok())
        .unwrap_or(18);
    let router_version: u32 = common
        .vars
        .get("reactRouterVersion")
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);

    let vars = super::template_vars(
        common,
        json!({
            "title": "My Piral Instance",
            "framework": framework,
            "feedUrl": DEFAULT_FEED_URL,
            "reactVersion": react_version,
            "reactRouterVersion": router_version,
        }),
    );
    let src = crate::manifest::project::lexical(&common.root.join(&settings.app));
    let src = src.parent().unwrap_or(&common.root).to_path_buf();
    let data = super::template_data(
        common,
        &src,
        json!({
            "packageName": common.name,
            "reactVersion": react_version,
            "reactRouterVersion": router_version,
        }),
    );
    let (template, tree) = super::template_files(
        Kind::Piral,
        &settings.template,
        &vars,
        data,
        common,
        cwd,
        reporter,
    )?;
    reporter.status(
        "Creating",
        format_args!(
            "app shell `{}` in `{}`",
            common.name,
            display_path(cwd, &common.root)
        ),
    );

    fs_err::create_dir_all(&common.root)?;
    let mut written = Vec::new();
    if let Some(file) = super::write_npmrc(common)? {
        written.push(file);
    }

    let package_json = common.root.join("package.json");
    let template_package = tree
        .get("package.json")
        .map(|text| crate::manifest::parse_json(&package_json, text))
        .transpose()?;
    update_manifest(&package_json, |pkg| {
        set_default(pkg, "name", json!(common.name));
        set_default(pkg, "version", json!("1.0.0"));
        set_default(pkg, "description", json!(""));
        set_default(pkg, "keywords", json!(["piral"]));
        set_default(pkg, "dependencies", json!({}));
        set_default(pkg, "scripts", json!({}));
        pkg.insert("app".into(), json!(settings.app));
        let scripts = crate::manifest::object_mut(pkg, "scripts");
        scripts.insert("start".into(), json!("piral debug"));
        scripts.insert("build".into(), json!("piral build"));
        // As the old CLI: the shell's declaration after every install. Only when the project
        // depends on this CLI's package, whose `piral` the install puts on the script's PATH.
        if common.cli_package.is_some() {
            scripts.insert("postinstall".into(), json!(super::POSTINSTALL_PIRAL));
        }
        pkg.insert("types".into(), json!("dist/index.d.ts"));
        pkg.insert(
            "importmap".into(),
            json!({ "imports": {}, "inherit": inherited(framework) }),
        );
        let dependencies = crate::manifest::object_mut(pkg, "dependencies");
        for package in inherited(framework) {
            dependencies.insert(package.to_string(), json!(tag));
        }
        if framework != Framework::PiralBase {
            let react = if react_version < 18 {
                "^17.0.0"
            } else {
                "^18.0.0"
            };
            let router = if router_version >= 6 {
                "^6.0.0"
            } else {
                "^5.3.4"
            };
            dependencies.insert("react".into(), json!(react));
            dependencies.insert("react-dom".into(), json!(react));
            dependencies.insert("react-router".into(), json!(router));
            dependencies.insert("react-router-dom".into(), json!(router));
        }
        let dev = crate::manifest::object_mut(pkg, "devDependencies");
        for (name, version) in
            dev_dependencies(framework, common.language, react_version, router_version)
        {
            dev.insert(name.to_string(), json!(version));
        }
        super::depend_on_cli(dev, common);
        if let Some(Value::Object(fragment)) = template_package {
            crate::manifest::deep_merge(pkg, fragment);
        }
    })?;
    written.push("package.json".to_string());

    let has_mocks = tree.iter().any(|(path, _)| path.starts_with("src/mocks/"));
    update_manifest(&common.root.join("piral.json"), |piral| {
        set_default(
            piral,
            "$schema",
            json!("https://docs.piral.io/schemas/piral-v0.json"),
        );
        set_default(piral, "isolation", json!("modern"));
        let pilets = crate::manifest::object_mut(piral, "pilets");
        // The template's mock backend goes to every new pilet, where `pilet debug` runs it.
        let files = if has_mocks {
            json!([{ "from": "src/mocks", "to": "src/mocks" }])
        } else {
            json!([])
        };
        for (key, value) in [
            ("files", files),
            ("scripts", json!({})),
            ("template", json!("default")),
            ("validators", json!({})),
            ("devDependencies", json!({})),
            ("preScaffold", json!("")),
            ("postScaffold", json!("")),
            ("preUpgrade", json!("")),
            ("postUpgrade", json!("")),
            ("packageOverrides", json!({})),
        ] {
            set_default(pilets, key, value);
        }
    })?;
    written.push("piral.json".to_string());

    let files = tree
        .into_iter()
        .filter(|(path, _)| path != "package.json")
        .map(|(path, text)| (path, text.into_bytes()))
        .collect();
    let report = templates::write_tree(&common.root, &files, common.force_overwrite, reporter)?;
    written.extend(report.written);

    if common.install {
        reporter.status(
            "Installing",
            format_args!("dependencies with {}", common.npm_client.name()),
        );
        super::install_project(common, &super::npm_options(common), reporter)?;
    }
    Ok(json!({
        "root": common.root,
        "name": common.name,
        "language": common.language,
        "framework": framework,
        "template": template,
        "tag": tag,
        "npmClient": common.npm_client,
        "installed": common.install,
        "files": written,
        "kept": report.kept,
    }))
}

/// The framework packages the shell depends on and shares with its pilets.
fn inherited(framework: Framework) -> Vec<&'static str> {
    match framework {
        Framework::Piral => vec!["piral-base", "piral-core", "piral"],
        Framework::PiralCore => vec!["piral-base", "piral-core"],
        Framework::PiralBase => vec!["piral-base"],
    }
}

fn dev_dependencies(
    framework: Framework,
    language: Language,
    react: u32,
    router: u32,
) -> Vec<(&'static str, &'static str)> {
    if language != Language::Ts {
        return Vec::new();
    }
    let mut dev = Vec::new();
    if framework != Framework::PiralBase {
        let react_types = if react < 18 { "^17.0.0" } else { "^18.0.0" };
        dev.push(("@types/react", react_types));
        dev.push(("@types/react-dom", react_types));
        if router < 6 {
            dev.push(("@types/react-router", "^5.1.8"));
            dev.push(("@types/react-router-dom", "^5.1.6"));
        }
    }
    dev.push(("@types/node", "^20.0.0"));
    dev.push(("typescript", "^5.9.3"));
    dev
}
