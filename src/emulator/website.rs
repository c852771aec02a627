//! Using a website emulator (spec §8.2): a shell published as a web site with an
//! `emulator.json` (what `piral build --type emulator-website` writes). Its files are
//! downloaded into `node_modules/<name>` as an emulator package, so that the rest of the CLI
//! treats it like one installed from npm; pilet.json remembers the URL
//! (`piralInstances.<name>.url`) so that builds and debug sessions can fetch it again.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::errors::{Code, CodedError};
use crate::manifest::project::PiletJson;
use crate::ui::Reporter;

fn client() -> anyhow::Result<reqwest::blocking::Client> {
    Ok(reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?)
}

fn get(client: &reqwest::blocking::Client, url: &str) -> anyhow::Result<Vec<u8>> {
    let failed = |why: String| {
        CodedError::new(
            Code::FailedHttpGet,
            format!("could not download `{url}`: {why}"),
        )
    };
    let response = client.get(url).send().map_err(|e| failed(e.to_string()))?;
    if !response.status().is_success() {
        return Err(failed(response.status().to_string()).into());
    }
    Ok(response
        .bytes()
        .map_err(|e| failed(e.to_string()))?
        .to_vec())
}

/// Downloads the website emulator whose `emulator.json` is at `url` into
/// `<root>/node_modules/<name>` and returns that folder. When the folder already holds the same
/// emulator (same source and timestamp), nothing but the manifest is downloaded.
pub(crate) fn install(url: &str, root: &Path, reporter: &dyn Reporter) -> anyhow::Result<PathBuf> {
    let client = client()?;
    let manifest: Map<String, Value> =
        serde_json::from_slice(&get(&client, url)?).map_err(|e| {
            CodedError::new(
                Code::InvalidPiralReference,
                format!("`{url}` is not an emulator.json: {e}"),
            )
        })?;
    let field = |key: &str| manifest.get(key).and_then(Value::as_str);
    let (Some(name), Some(version)) = (field("name"), field("version")) else {
        return Err(CodedError::new(
            Code::InvalidPiralReference,
            format!("the emulator.json at `{url}` names no `name` and `version`"),
        )
        .into());
    };
    let files = manifest.get("files").cloned().unwrap_or_default();
    let file = |key: &str, default: &str| {
        files
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_string()
    };
    let timestamp = manifest.get("timestamp").cloned().unwrap_or(Value::Null);
    let folder = root.join("node_modules").join(name);
    let current = crate::manifest::read_object(&folder.join("package.json"))?;
    let cli = current.as_ref().and_then(|p| p.get("piralCLI"));
    if cli.and_then(|c| c.get("source")) == Some(&Value::from(url))
        && cli.and_then(|c| c.get("timestamp")) == Some(&timestamp)
        && folder.join("app/index.html").is_file()
    {
        return Ok(folder);
    }
    reporter.status(
        "Downloading",
        format_args!("website emulator `{name}` v{version} from {url}"),
    );
    let base = match url.rfind('/') {
        Some(at) => &url[..=at],
        None => url,
    };
    let main = file("main", "index.js");
    // Where each file goes in the package: the app's files under `app/`, the tars at the top.
    let mut downloads: Vec<(String, String)> = vec![
        (file("typings", "index.d.ts"), "app/index.d.ts".into()),
        (main.clone(), format!("app/{main}")),
        (file("app", "index.html"), "app/index.html".into()),
        (file("always", "files.tar"), "files.tar".into()),
        (file("once", "files_once.tar"), "files_once.tar".into()),
    ];
    for asset in files
        .get("assets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !downloads.iter().any(|(from, _)| from == asset) {
            downloads.push((asset.to_string(), format!("app/{asset}")));
        }
    }
    let mut contents = Vec::new();
    for (from, to) in downloads {
        let (Some(from_path), Some(to_path)) = (
            crate::archive::normalize(&from),
            crate::archive::normalize(&to),
        ) else {
            return Err(CodedError::new(
                Code::UnsafeArchiveEntry,
                format!("the emulator at `{url}` lists the unsafe file `{from}`"),
            )
            .into());
        };
        contents.push((to_path, get(&client, &format!("{base}{from_path}"))?));
    }

    let imports = manifest
        .get("importmap")
        .and_then(|m| m.get("imports"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let scaffolding = manifest.get("scaffolding").cloned().unwrap_or_default();
    let dependencies = manifest.get("dependencies").cloned().unwrap_or_default();
    let package = json!({
        "name": name,
        "version": version,
        "description": manifest.get("description").cloned().unwrap_or_else(|| Value::from("")),
        "main": "./app/index.js",
        "typings": "./app/index.d.ts",
        "app": "./app/index.html",
        "piralCLI": {
            "version": scaffolding.get("cli").cloned().unwrap_or(Value::Null),
            "generated": true,
            "source": url,
            "timestamp": timestamp,
        },
        "importmap": { "imports": imports },
        "pilets": scaffolding.get("pilets").cloned().unwrap_or_else(|| json!({})),
        "files": ["app", "files.tar", "files_once.tar"],
        "devDependencies": dependencies.get("included").cloned().unwrap_or_else(|| json!({})),
        "optionalDependencies": dependencies.get("optional").cloned().unwrap_or_else(|| json!({})),
        // The names it shares, flat (the old CLI wrote them as a nested array).
        "sharedDependencies": imports.values().cloned().collect::<Vec<_>>(),
    });
    if folder.exists() {
        fs_err::remove_dir_all(&folder)?;
    }
    for (path, bytes) in contents {
        let target = folder.join(path);
        fs_err::create_dir_all(target.parent().unwrap_or(&folder))?;
        fs_err::write(target, bytes)?;
    }
    fs_err::write(
        folder.join("app/index.js"),
        super::package::stub(name, &main),
    )?;
    fs_err::write(
        folder.join("package.json"),
        crate::manifest::to_pretty(&package),
    )?;
    Ok(folder)
}

/// Downloads the website emulators a pilet names with a `url` in pilet.json when they are not
/// installed (`refresh`: also when the site has a newer one).
pub(crate) fn ensure(
    root: &Path,
    pilet_json: &PiletJson,
    refresh: bool,
    reporter: &dyn Reporter,
) -> anyhow::Result<()> {
    for (name, instance) in &pilet_json.piral_instances {
        let Some(url) = instance.get("url").and_then(Value::as_str) else {
            continue;
        };
        let installed = root.join("node_modules").join(name).join("package.json");
        if !installed.is_file() {
            install(url, root, reporter)?;
        } else if refresh && let Err(error) = install(url, root, reporter) {
            // Offline: the emulator downloaded before still serves.
            reporter.warn(
                Code::SkipEmulatorUpdate,
                format!("the website emulator `{name}` was not updated: {error:#}"),
            );
        }
    }
    Ok(())
}
