//! `pilet new`: scaffolds a pilet for an app shell (spec §12.2).
//!
//! The source names the shell: an npm package (`sample-piral@1.11.0`, installed as an exact
//! devDependency), an emulator `.tgz` or a folder (a built emulator or a shell's sources; both
//! linked with `file:`), or a website emulator's URL. The shell tells the pilet its shared
//! dependencies, scripts, extra devDependencies, package overrides and the files to copy.
//! Archives are checked entry by entry before anything is extracted.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Language;
use super::NewPiletSettings;
use crate::errors::{Code, CodedError};
use crate::manifest::{self, str_field};
use crate::templates::{self, Kind};
use crate::ui::{Reporter, display_path};

use super::hooks::run_hook;
use super::shell::Shell;
use super::source::Source;
use super::{set_default, update_manifest};

/// `pilet new`: scaffolds a pilet for the shell that `settings.source` names. Returns the
/// `--json` report.
pub(crate) fn scaffold(
    settings: &NewPiletSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let common = &settings.common;
    let source_text = match settings.source.clone() {
        Some(source) => source,
        None => match reporter.input("App shell (npm package, folder or emulator .tgz)") {
            Some(source) if !source.trim().is_empty() => source,
            _ => {
                return Err(CodedError::new(
                    Code::PromptNotPossible,
                    "no app shell given to scaffold the pilet for",
                )
                .with_hint("name it as the first argument, for example `pilet new sample-piral`")
                .into());
            }
        },
    };
    let source = Source::classify(&source_text, &settings.cwd)?;
    let mut npm_options = super::npm_options(common);
    npm_options.extra_args = settings.npm_tls_args.clone();

    // Read what can be read before touching the disk.
    let preloaded = match &source {
        Source::Tgz(path) => Some(Shell::from_tgz(path, &common.root)?),
        Source::Folder(path) => Some(Shell::from_folder(path, None, &common.root)?),
        Source::Npm { .. } | Source::Website(_) | Source::Git(_) => None,
    };

    reporter.status(
        "Creating",
        format_args!(
            "pilet `{}` in `{}`",
            common.name,
            display_path(&settings.cwd, &common.root)
        ),
    );
    fs_err::create_dir_all(&common.root)?;
    let mut written = Vec::new();
    if let Some(file) = super::write_npmrc(common)? {
        written.push(file);
    }
    let package_path = common.root.join("package.json");
    update_manifest(&package_path, |pkg| {
        set_default(pkg, "name", json!(common.name));
        set_default(pkg, "version", json!("1.0.0"));
        set_default(pkg, "description", json!(""));
        set_default(pkg, "keywords", json!(["pilet"]));
        set_default(pkg, "dependencies", json!({}));
        set_default(pkg, "devDependencies", json!({}));
        set_default(pkg, "peerDependencies", json!({}));
        set_default(pkg, "scripts", json!({}));
        set_default(pkg, "main", json!("dist/index.js"));
        set_default(pkg, "types", json!("dist/index.d.ts"));
        set_default(pkg, "files", json!(["dist"]));
    })?;

    let shell = match (preloaded, &source) {
        (Some(shell), _) => shell,
        (None, Source::Npm { name, version }) => {
            let spec = format!("{name}@{}", version.as_deref().unwrap_or("latest"));
            reporter.status(
                "Installing",
                format_args!("app shell `{spec}` with {}", common.npm_client.name()),
            );
            crate::npm::add_dev(
                reporter,
                common.npm_client,
                &common.root,
                &spec,
                &npm_options,
            )?;
            let installed = common.root.join("node_modules").join(name);
            let mut shell = Shell::from_folder(&installed, Some(String::new()), &common.root)?;
            shell.dev_spec = shell.version.clone();
            shell
        }
        (None, Source::Website(url)) => {
            let installed = crate::emulator::website::install(url, &common.root, reporter)?;
            Shell::from_folder(&installed, Some(String::new()), &common.root)?
        }
        (None, Source::Git(url)) => {
            Shell::from_git(reporter, common.npm_client, &common.root, url, &npm_options)?
        }
        (None, _) => unreachable!("paths are read before"),
    };
    reporter.status(
        "Found",
        format_args!("app shell `{}` v{}", shell.name, shell.version),
    );

    run_hook(reporter, &common.root, &shell.pilets, "preScaffold")?;

    // package.json: the shell, its shared dependencies, its pilet settings.
    let shared = shell.shared_dependencies();
    let website = match &source {
        Source::Website(url) => Some(url.clone()),
        _ => None,
    };
    // A website emulator is downloaded, not installed: it is no dependency.
    let mut dev_dependencies: Vec<(String, String)> = if website.is_some() {
        Vec::new()
    } else {
        vec![(shell.name.clone(), shell.dev_spec.clone())]
    };
    dev_dependencies.extend(shell.pilet_dev_dependencies(reporter));
    if common.language == Language::Ts {
        for (name, _) in &shared {
            let types = format!("@types/{}", name.trim_start_matches('@').replace('/', "__"));
            if let Some(version) = shell.declared(&types) {
                dev_dependencies.push((types, version));
            }
        }
        dev_dependencies.push((
            "typescript".to_string(),
            shell
                .declared("typescript")
                .unwrap_or_else(|| "^5.9.3".to_string()),
        ));
    }

    let requested = settings
        .template
        .clone()
        .or_else(|| str_field(&shell.pilets, "template").map(String::from))
        .unwrap_or_else(|| "default".to_string());
    let vars = super::template_vars(
        common,
        json!({ "sourceName": shell.name, "plugins": shell.plugins() }),
    );
    let data = super::template_data(
        common,
        &common.root.join("src"),
        json!({ "sourceName": shell.name }),
    );
    let (template, tree) = super::template_files(
        Kind::Pilet,
        &requested,
        &vars,
        data,
        common,
        &settings.cwd,
        reporter,
    )?;
    let template_package = tree
        .get("package.json")
        .map(|text| manifest::parse_json(&package_path, text))
        .transpose()?;

    update_manifest(&package_path, |pkg| {
        let dev = manifest::object_mut(pkg, "devDependencies");
        for (name, version) in &dev_dependencies {
            if !dev.contains_key(name) || (name == &shell.name && website.is_none()) {
                dev.insert(name.clone(), json!(version));
            }
        }
        super::depend_on_cli(dev, common);
        // The old CLI removes it; this CLI never needs the npm one.
        manifest::object_mut(pkg, "dependencies").remove("piral-cli");
        pkg.insert(
            "importmap".into(),
            json!({ "imports": {}, "inherit": [shell.name] }),
        );
        let scripts = manifest::object_mut(pkg, "scripts");
        scripts.insert("start".into(), json!("pilet debug"));
        scripts.insert("build".into(), json!("pilet build"));
        scripts.insert("upgrade".into(), json!("pilet upgrade"));
        if common.cli_package.is_some() {
            scripts.insert("postinstall".into(), json!(super::POSTINSTALL_PILET));
        }
        if let Some(Value::Object(extra)) = shell.pilets.get("scripts") {
            for (key, value) in extra {
                scripts.insert(key.clone(), value.clone());
            }
        }
        if let Some(Value::Object(fragment)) = template_package.clone() {
            crate::manifest::deep_merge(pkg, fragment);
        }
        if let Some(Value::Object(overrides)) = shell.pilets.get("packageOverrides") {
            crate::manifest::deep_merge(pkg, overrides.clone());
        }
    })?;
    written.push("package.json".to_string());

    update_manifest(&common.root.join("pilet.json"), |pilet| {
        set_default(
            pilet,
            "$schema",
            json!("https://docs.piral.io/schemas/pilet-v0.json"),
        );
        set_default(pilet, "schemaVersion", json!("v2"));
        set_default(pilet, "importmapVersions", json!("match-major"));
        set_default(pilet, "remoteTypesTarget", json!("./src/remote.d.ts"));
        let instances = manifest::object_mut(pilet, "piralInstances");
        let instance = match &website {
            Some(url) => json!({ "selected": true, "url": url }),
            None => json!({ "selected": true }),
        };
        instances.insert(shell.name.clone(), instance);
    })?;
    written.push("pilet.json".to_string());

    let files: BTreeMap<String, Vec<u8>> = tree
        .into_iter()
        .filter(|(path, _)| path != "package.json")
        .map(|(p, t)| (p, t.into_bytes()))
        .collect();
    let report = templates::write_tree(&common.root, &files, common.force_overwrite, reporter)?;
    written.extend(report.written);
    let mut kept = report.kept;
    let mut scaffold_files = shell.files.clone();
    scaffold_files.extend(shell.files_once.clone());
    let report = templates::write_tree(
        &common.root,
        &scaffold_files,
        common.force_overwrite,
        reporter,
    )?;
    written.extend(report.written);
    kept.extend(report.kept);

    if common.install {
        reporter.status(
            "Installing",
            format_args!("dependencies with {}", common.npm_client.name()),
        );
        super::install_project(common, &npm_options, reporter)?;
        // npm removes what no package.json lists, the downloaded emulator too.
        if let Some(url) = &website {
            crate::emulator::website::install(url, &common.root, reporter)?;
        }
    }
    run_hook(reporter, &common.root, &shell.pilets, "postScaffold")?;
    Ok(json!({
        "root": common.root,
        "name": common.name,
        "language": common.language,
        "template": template,
        "shell": { "name": shell.name, "version": shell.version, "devDependency": shell.dev_spec },
        "sharedDependencies": shared.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        "npmClient": common.npm_client,
        "installed": common.install,
        "files": written,
        "kept": kept,
    }))
}
