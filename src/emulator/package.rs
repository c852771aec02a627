//! The emulator package of an app shell (spec §8.2): the debug build under `app/` (with the
//! `app/index.js` stub and declarations), `files.tar` and `files_once.tar` with the scaffold
//! files, and a package.json that marks it as an emulator (`piralCLI.generated`) and lists
//! the shared dependencies. `piral build --type emulator` packs it into one `.tgz`.
//!
//! The website emulator (`--type emulator-website`, or piral.json `"emulator": "website"`) is the
//! same content laid out for a web server: the debug build at the top, `index.d.ts`, the two
//! tars, and `emulator.json` describing them (spec §8.2).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::bundler::emit::OutputFile;
use crate::manifest::importmap;
use crate::manifest::project::{AppEntry, Package};

/// Keys a shell's package.json hands on to its emulator.
const INHERITED_KEYS: &[&str] = &[
    "name",
    "description",
    "version",
    "license",
    "homepage",
    "keywords",
    "repository",
    "bugs",
    "author",
    "contributors",
    "engines",
    "cpu",
    "publishConfig",
];

/// The files of the emulator package, relative to its folder.
pub(crate) fn package_files(
    app: &AppEntry,
    app_files: Vec<OutputFile>,
    compat: &str,
) -> anyhow::Result<Vec<OutputFile>> {
    let package = &app.package;
    let script = main_script(&app_files).to_string();
    let mut files: Vec<OutputFile> = app_files
        .into_iter()
        .map(|f| OutputFile {
            name: format!("app/{}", f.name),
            bytes: f.bytes,
        })
        .collect();
    files.push(OutputFile {
        name: "app/index.js".into(),
        bytes: stub(package.name(), &script).into_bytes(),
    });

    let mut pilets = package.pilets_info()?;
    let entries = pilets.get("files").cloned();
    let (always, once) =
        crate::manifest::pilet_files::collect_pilet_files(&package.root, entries, &mut pilets)?;
    let listed: Vec<Value> = always
        .keys()
        .map(|to| json!({ "from": format!("files/{to}"), "to": to }))
        .chain(
            once.keys()
                .map(|to| json!({ "from": format!("files_once/{to}"), "to": to, "once": true })),
        )
        .collect();
    pilets.insert("files".into(), Value::Array(listed));
    for (name, prefix, content) in [
        ("files.tar", "files", &always),
        ("files_once.tar", "files_once", &once),
    ] {
        // The root folder's own entry first, as the old CLI writes it: its `pilet new` (node-tar)
        // refuses an archive without entries ("TAR_BAD_ARCHIVE").
        let entries: BTreeMap<String, (Vec<u8>, bool)> =
            std::iter::once((format!("{prefix}/"), (Vec::new(), false)))
                .chain(
                    content
                        .iter()
                        .map(|(path, bytes)| (format!("{prefix}/{path}"), (bytes.clone(), false))),
                )
                .collect();
        files.push(OutputFile {
            name: name.into(),
            bytes: crate::pack::tar_bytes(&entries)?,
        });
    }

    let shared = importmap::shared_with_pilets(package)?;
    let shared_names: Vec<String> = shared.iter().map(|d| d.name.clone()).collect();
    files.push(OutputFile {
        name: "app/index.d.ts".into(),
        bytes: shell_declaration(app, &shared_names, &pilets)
            .code
            .into_bytes(),
    });
    let mut manifest = Map::new();
    for key in INHERITED_KEYS {
        if let Some(value) = package.manifest.get(*key) {
            manifest.insert((*key).to_string(), value.clone());
        }
    }
    let imports: Map<String, Value> = shared
        .iter()
        .filter(|d| d.kind == importmap::DependencyKind::Local)
        .map(|d| (d.id.clone(), Value::from(d.name.as_str())))
        .collect();
    manifest.insert("importmap".into(), json!({ "imports": imports }));
    manifest.insert("pilets".into(), Value::Object(pilets));
    manifest.insert(
        "piralCLI".into(),
        json!({ "version": crate::manifest::PIRAL_VERSION, "generated": true, "compat": compat }),
    );
    manifest.insert("main".into(), json!("./app/index.js"));
    manifest.insert("typings".into(), json!("./app/index.d.ts"));
    manifest.insert("app".into(), json!("./app/index.html"));
    manifest.insert("peerDependencies".into(), json!({}));
    let optional: Map<String, Value> = shared
        .iter()
        .filter(|d| d.is_async)
        .map(|d| (d.name.clone(), Value::from(d.name.as_str())))
        .collect();
    manifest.insert("optionalDependencies".into(), Value::Object(optional));
    let mut dev = package.section("devDependencies");
    for (name, version) in package.section("dependencies") {
        dev.insert(name, version);
    }
    for dependency in &shared {
        let version = dependency.id.rsplit_once('@').map_or("*", |(_, v)| v);
        dev.insert(dependency.name.clone(), Value::from(version));
    }
    manifest.insert("devDependencies".into(), Value::Object(dev));
    manifest.insert(
        "sharedDependencies".into(),
        shared
            .iter()
            .map(|d| Value::from(d.name.as_str()))
            .collect(),
    );
    files.push(OutputFile {
        name: "package.json".into(),
        bytes: crate::manifest::to_pretty(&Value::Object(manifest)).into_bytes(),
    });
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// The shell's own script among its build files: the one index.html loads (chunks are the
/// others).
fn main_script(app_files: &[OutputFile]) -> &str {
    let html = app_files
        .iter()
        .find(|f| f.name == "index.html")
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .unwrap_or_default();
    let scripts = || {
        app_files
            .iter()
            .map(|f| f.name.as_str())
            .filter(|name| name.ends_with(".js") && *name != "index.js" && !name.contains('/'))
    };
    scripts()
        .find(|name| html.contains(&format!("/{name}\"")) || html.contains(&format!("\"{name}\"")))
        .or_else(|| scripts().next())
        .unwrap_or("index.js")
}

/// `app/index.js`: loads the shell under test runners, refuses to be bundled otherwise.
pub(crate) fn stub(name: &str, script: &str) -> String {
    format!(
        "if (process.env.NODE_ENV === 'test') {{\n  // A test environment: load the app shell and hand out what it shares.\n  if (typeof window !== 'undefined') {{\n    require('./{script}');\n    const ctx = window['dbg:piral'];\n    const dependencies = (ctx && ctx.pilets && ctx.pilets.getDependencies({{}})) || {{}};\n    module.exports = dependencies[{name}] || {{}};\n  }} else {{\n    console.error('Your test environment does not define \"window\". Please make sure to provide a proper environment.');\n    module.exports = {{}};\n  }}\n}} else {{\n  throw new Error(\"This file should not be included anywhere. Usually, this means you've imported the Piral instance directly.\");\n}}\n",
        name = Value::from(name)
    )
}

/// The shell's declaration (`app/index.d.ts` of its emulator, `piral declaration`): its Pilet
/// API with every type it references (`bundler::dts_bundle`), from the TypeScript sources beside
/// its entry and its installed packages. `shared` are the packages pilets install themselves.
pub(crate) fn shell_declaration(
    app: &AppEntry,
    shared: &[String],
    pilets: &Map<String, Value>,
) -> crate::bundler::dts_bundle::Bundled {
    let package = &app.package;
    let framework = ["piral", "piral-core", "piral-base"]
        .into_iter()
        .find(|name| {
            package.section("dependencies").contains_key(*name)
                || package.section("devDependencies").contains_key(*name)
        });
    let mut direct: Vec<String> = shared.to_vec();
    if let Some(Value::Object(dev)) = pilets.get("devDependencies") {
        direct.extend(dev.keys().cloned());
    }
    let sources_dir = app.entry.parent().unwrap_or(&package.root);
    // `typings`/`types` and `extraTypes` (a path or a list of them, relative to the shell) add
    // their exports, as dets took them.
    let mut named: Vec<String> = ["typings", "types"]
        .iter()
        .filter_map(|key| package.manifest.get(*key).and_then(Value::as_str))
        .map(String::from)
        .collect();
    match package.manifest.get("extraTypes") {
        Some(Value::String(path)) => named.push(path.clone()),
        Some(Value::Array(paths)) => {
            named.extend(paths.iter().filter_map(Value::as_str).map(String::from))
        }
        _ => {}
    }
    let mut extra_types: Vec<PathBuf> = Vec::new();
    for path in named {
        let path = crate::manifest::project::lexical(&package.root.join(path));
        let Ok(text) = fs_err::read_to_string(&path) else {
            continue;
        };
        // A generated declaration (ours, or the old CLI's dets output that a migrating shell
        // still names in `types`) declares the shell's own module: never a source of itself.
        let generated = text.starts_with(crate::bundler::dts_bundle::HEADER)
            || text.contains(&format!("declare module \"{}\"", package.name()))
            || text.contains(&format!("declare module '{}'", package.name()));
        if !generated && !extra_types.contains(&path) {
            extra_types.push(path);
        }
    }
    let shell = crate::bundler::dts_bundle::ShellTypes {
        name: package.name(),
        root: &package.root,
        sources: typescript_sources(sources_dir),
        framework,
        installed_by_pilets: crate::bundler::dts_bundle::installed_by_pilets(
            &package.root,
            &direct,
        ),
        extra_types,
    };
    crate::bundler::dts_bundle::bundle(&shell)
}

/// The TypeScript files below `dir` (not in `node_modules` or hidden folders), sorted.
fn typescript_sources(dir: &Path) -> Vec<PathBuf> {
    crate::manifest::project::files_below(dir)
        .into_iter()
        .filter(|path| {
            let name = path.to_string_lossy();
            (name.ends_with(".ts") || name.ends_with(".tsx"))
                && !path
                    .strip_prefix(dir)
                    .unwrap_or(path)
                    .components()
                    .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
        .collect()
}

/// The website emulator's files, made from the emulator package's files: `app/*` moves to the
/// top (without the `app/index.js` stub), and `emulator.json` (built at `timestamp`) replaces
/// `package.json`.
pub(crate) fn website_files(
    package_files: Vec<OutputFile>,
    timestamp: &str,
) -> anyhow::Result<Vec<OutputFile>> {
    let manifest: Map<String, Value> = package_files
        .iter()
        .find(|f| f.name == "package.json")
        .map(|f| serde_json::from_slice(&f.bytes))
        .transpose()?
        .unwrap_or_default();
    let mut files = Vec::new();
    let mut assets = Vec::new();
    for file in package_files {
        match file.name.as_str() {
            "package.json" | "app/index.js" => {}
            "app/index.d.ts" => files.push(OutputFile {
                name: "index.d.ts".into(),
                bytes: file.bytes,
            }),
            name => {
                let name = name.strip_prefix("app/").unwrap_or(name).to_string();
                if file.name.starts_with("app/") {
                    assets.push(Value::from(name.as_str()));
                }
                files.push(OutputFile {
                    name,
                    bytes: file.bytes,
                });
            }
        }
    }
    let main = main_script(&files).to_string();
    let field = |key: &str| manifest.get(key).cloned().unwrap_or(Value::Null);
    let emulator = json!({
        "name": field("name"),
        "description": manifest.get("description").cloned().unwrap_or_else(|| Value::from("")),
        "version": field("version"),
        "timestamp": timestamp,
        "scaffolding": {
            "pilets": field("pilets"),
            "cli": crate::manifest::PIRAL_VERSION,
        },
        "files": {
            "typings": "index.d.ts",
            "main": main,
            "app": "index.html",
            "always": "files.tar",
            "once": "files_once.tar",
            "assets": assets,
        },
        "importmap": field("importmap"),
        "dependencies": {
            "optional": field("optionalDependencies"),
            "included": field("devDependencies"),
        },
    });
    files.push(OutputFile {
        name: "emulator.json".into(),
        bytes: crate::manifest::to_pretty(&emulator).into_bytes(),
    });
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// The emulator folder as `<name>-<version>.tgz` (entries under `package/`, npm's layout).
pub(crate) fn tarball(package: &Package, files: &[OutputFile]) -> anyhow::Result<OutputFile> {
    let entries: BTreeMap<String, (Vec<u8>, bool)> = files
        .iter()
        .map(|f| (format!("package/{}", f.name), (f.bytes.clone(), false)))
        .collect();
    Ok(OutputFile {
        name: crate::pack::tarball_name(package.name(), package.version()),
        bytes: crate::pack::gzip(&crate::pack::tar_bytes(&entries)?)?,
    })
}
