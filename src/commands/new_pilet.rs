//! `pilet new [source]`: scaffolds a pilet for an app shell (spec §12.2).
//!
//! The source names the shell: an npm package (`sample-piral@1.11.0`, installed as an exact
//! devDependency), an emulator `.tgz` or a folder (a built emulator or a shell's sources; both
//! linked with `file:`). The shell tells the pilet its shared dependencies, scripts, extra
//! devDependencies, package overrides and the files to copy (`files.tar`/`files_once.tar` of an
//! emulator, `pilets.files` of a source shell). Archives are checked entry by entry before
//! anything is extracted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Map, Value, json};

use crate::app::{Context, Outcome};
use crate::archive::Archive;
use crate::cli::NewPiletArgs;
use crate::cli::new::Language;
use crate::errors::{Code, CodedError, bail_code};
use crate::manifest::{self, str_field};
use crate::templates::{self, Kind};

use super::scaffold::{Common, CommonArgs, relative_path, set_default, update_manifest};

/// Files by relative path.
pub(super) type Files = BTreeMap<String, Vec<u8>>;

/// Where the shell comes from.
#[derive(Debug, PartialEq, Eq)]
enum Source {
    Npm {
        name: String,
        version: Option<String>,
    },
    Tgz(PathBuf),
    Folder(PathBuf),
    /// A website emulator: the URL of its `emulator.json`.
    Website(String),
}

impl Source {
    /// Classifies a source as the old CLI did: paths start with `./`, `../`, `/`, `~/` or
    /// `file:` (or end in `.tgz`), URLs are website emulators; git sources are named as
    /// unsupported.
    fn classify(text: &str, cwd: &Path) -> anyhow::Result<Source> {
        let text = text.trim();
        if text.starts_with("git+") || text.ends_with(".git") {
            bail_code!(
                Code::ProjectReferenceNotSupported,
                "git sources such as `{text}` are not supported yet: build the shell's emulator and pass its `.tgz`"
            );
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
        let path = super::scaffold::normalize_path(&path);
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
fn split_package_spec(spec: &str) -> (&str, Option<&str>) {
    let search_from = usize::from(spec.starts_with('@'));
    match spec[search_from..].find('@') {
        Some(index) => {
            let (name, version) = spec.split_at(index + search_from);
            (name, Some(&version[1..]).filter(|v| !v.is_empty()))
        }
        None => (spec, None),
    }
}

/// What the pilet learns from its shell.
#[derive(Debug, Default)]
struct Shell {
    name: String,
    version: String,
    package: Map<String, Value>,
    /// `pilets` of piral.json and package.json, package.json winning (shallow, as the old CLI).
    pilets: Map<String, Value>,
    /// The shell's devDependency entry in the pilet.
    dev_spec: String,
    /// Files copied on every scaffold (`files.tar`, `pilets.files`).
    files: BTreeMap<String, Vec<u8>>,
    /// Files copied only by `pilet new` (`files_once.tar`, `once` entries).
    files_once: BTreeMap<String, Vec<u8>>,
    /// The shell's TypeScript declarations, to see which plugin APIs it offers.
    typings: Option<String>,
    /// Where the shell's packages are installed, to look up versions.
    node_modules: Vec<PathBuf>,
}

impl Shell {
    /// A shell as an unpacked package folder (installed from npm, or given as a folder).
    fn from_folder(
        dir: &Path,
        dev_spec: Option<String>,
        pilet_root: &Path,
    ) -> anyhow::Result<Shell> {
        let package_path = dir.join("package.json");
        let Some(package) = manifest::read_object(&package_path)? else {
            bail_code!(
                Code::InvalidPiralReference,
                "`{}` has no package.json: it is not an app shell",
                dir.display()
            );
        };
        let mut shell = Shell::from_package(package)?;
        shell.dev_spec =
            dev_spec.unwrap_or_else(|| format!("file:{}", relative_path(pilet_root, dir)));
        if is_emulator(&shell.package) {
            for (file, prefix, target) in [
                ("files.tar", "files", &mut shell.files),
                ("files_once.tar", "files_once", &mut shell.files_once),
            ] {
                let path = dir.join(file);
                if path.is_file() {
                    *target =
                        Archive::read_tar(&fs_err::read(&path)?, &path.display().to_string())?
                            .subtree(prefix)
                            .files;
                }
            }
        } else {
            if let Some(piral_json) = manifest::read_object(&dir.join("piral.json"))?
                && let Some(Value::Object(pilets)) = piral_json.get("pilets")
            {
                let mut merged = pilets.clone();
                merged.extend(shell.pilets);
                shell.pilets = merged;
            }
            let (files, once) =
                collect_pilet_files(dir, shell.pilets.get("files").cloned(), &mut shell.pilets)?;
            shell.files = files;
            shell.files_once = once;
        }
        if let Some(typings) =
            str_field(&shell.package, "typings").or_else(|| str_field(&shell.package, "types"))
        {
            shell.typings = fs_err::read_to_string(dir.join(typings)).ok();
        }
        shell.node_modules = dir
            .ancestors()
            .map(|d| d.join("node_modules"))
            .filter(|d| d.is_dir())
            .collect();
        shell
            .node_modules
            .insert(0, pilet_root.join("node_modules"));
        Ok(shell)
    }

    /// A shell as an emulator `.tgz`, read without unpacking it to disk.
    fn from_tgz(path: &Path, pilet_root: &Path) -> anyhow::Result<Shell> {
        let archive = Archive::read_tgz(path)?;
        // npm packs under `package/`; other packers use the package's name. Take the folder
        // that holds a package.json.
        let prefix = archive
            .files
            .keys()
            .filter_map(|p| p.strip_suffix("/package.json"))
            .filter(|p| !p.contains('/'))
            .min()
            .map(String::from)
            .ok_or_else(|| {
                CodedError::new(
                    Code::InvalidPiralReference,
                    format!("`{}` holds no package.json", path.display()),
                )
            })?;
        let package_files = archive.subtree(&prefix);
        let package_path = path.join("package.json");
        let package = match manifest::parse_json(
            &package_path,
            &String::from_utf8_lossy(&package_files.files["package.json"]),
        )? {
            Value::Object(map) => map,
            _ => bail_code!(
                Code::InvalidPiralReference,
                "the package.json in `{}` is not an object",
                path.display()
            ),
        };
        let mut shell = Shell::from_package(package)?;
        shell.dev_spec = format!("file:{}", relative_path(pilet_root, path));
        for (file, sub, target) in [
            ("files.tar", "files", &mut shell.files),
            ("files_once.tar", "files_once", &mut shell.files_once),
        ] {
            if let Some(bytes) = package_files.files.get(file) {
                *target = Archive::read_tar(bytes, &format!("{}:{file}", path.display()))?
                    .subtree(sub)
                    .files;
            }
        }
        if let Some(typings) =
            str_field(&shell.package, "typings").or_else(|| str_field(&shell.package, "types"))
        {
            let key = crate::archive::normalize(typings).unwrap_or_default();
            shell.typings = package_files
                .files
                .get(&key)
                .map(|b| String::from_utf8_lossy(b).into_owned());
        }
        shell.node_modules = vec![pilet_root.join("node_modules")];
        Ok(shell)
    }

    fn from_package(package: Map<String, Value>) -> anyhow::Result<Shell> {
        let Some(name) = str_field(&package, "name").map(String::from) else {
            bail_code!(
                Code::InvalidPiralReference,
                "the app shell's package.json has no `name`"
            );
        };
        let version = str_field(&package, "version")
            .unwrap_or("0.0.0")
            .to_string();
        let pilets = match package.get("pilets") {
            Some(Value::Object(pilets)) => pilets.clone(),
            _ => Map::new(),
        };
        Ok(Shell {
            name,
            version,
            package,
            pilets,
            ..Shell::default()
        })
    }

    /// The version the shell declares for a package (dependencies, then devDependencies).
    fn declared(&self, name: &str) -> Option<String> {
        ["dependencies", "devDependencies", "peerDependencies"]
            .iter()
            .find_map(|section| {
                self.package
                    .get(*section)
                    .and_then(|deps| deps.get(name))
                    .and_then(Value::as_str)
                    .map(String::from)
            })
    }

    /// The version of a package installed next to the shell or the pilet.
    fn installed(&self, name: &str) -> Option<String> {
        self.node_modules.iter().find_map(|dir| {
            let package = manifest::read_object(&dir.join(name).join("package.json"))
                .ok()
                .flatten()?;
            str_field(&package, "version").map(String::from)
        })
    }

    /// The shell's shared dependencies with the version each should have in the pilet.
    fn shared_dependencies(&self) -> Vec<(String, Option<String>)> {
        let mut names: Vec<(String, Option<String>)> = Vec::new();
        let mut add = |name: &str, version: Option<&str>| {
            if name != self.name && !names.iter().any(|(n, _)| n == name) {
                names.push((name.to_string(), version.map(String::from)));
            }
        };
        let importmap = self.package.get("importmap");
        if let Some(Value::Object(imports)) = importmap.and_then(|m| m.get("imports")) {
            for key in imports.keys() {
                let key = key.trim_end_matches('?');
                let (name, version) = split_package_spec(key);
                add(name, version);
            }
        }
        if let Some(Value::Array(shared)) = self.package.get("sharedDependencies") {
            for name in shared.iter().filter_map(Value::as_str) {
                add(name, None);
            }
        }
        if !is_emulator(&self.package) {
            // A source shell also shares what its inherited packages declare as shared.
            if let Some(Value::Array(inherit)) = importmap.and_then(|m| m.get("inherit")) {
                for package in inherit.iter().filter_map(Value::as_str) {
                    let found = self.node_modules.iter().find_map(|dir| {
                        manifest::read_object(&dir.join(package).join("package.json"))
                            .ok()
                            .flatten()
                    });
                    if let Some(Value::Array(shared)) =
                        found.as_ref().and_then(|p| p.get("sharedDependencies"))
                    {
                        for name in shared.iter().filter_map(Value::as_str) {
                            add(name, None);
                        }
                    }
                }
            }
        }
        let excluded: Vec<&str> = importmap
            .and_then(|m| m.get("exclude"))
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        names.retain(|(name, _)| !excluded.contains(&name.as_str()));
        names
    }

    /// Which optional plugin APIs the default template may use. Without typings, a shell that
    /// depends on `piral` has them all.
    fn plugins(&self) -> Value {
        let offers = |api: &str| match &self.typings {
            Some(typings) => typings
                .lines()
                .any(|l| l.contains("interface PiletCustomApi") && l.contains(api)),
            None => self.declared("piral").is_some(),
        };
        json!({
            "dashboard": offers("PiletDashboardApi"),
            "menu": offers("PiletMenuApi"),
            "notifications": offers("PiletNotificationsApi"),
        })
    }
}

fn is_emulator(package: &Map<String, Value>) -> bool {
    package
        .get("piralCLI")
        .and_then(|c| c.get("generated"))
        .and_then(Value::as_bool)
        == Some(true)
}

/// Reads `pilets.files` of a source shell: strings or `{from, to, deep, once}`, globs allowed.
/// A file whose target is the pilet's package.json is merged into `packageOverrides` instead.
pub(super) fn collect_pilet_files(
    shell_root: &Path,
    entries: Option<Value>,
    pilets: &mut Map<String, Value>,
) -> anyhow::Result<(Files, Files)> {
    let mut always = BTreeMap::new();
    let mut once = BTreeMap::new();
    let Some(Value::Array(entries)) = entries else {
        return Ok((always, once));
    };
    for entry in &entries {
        let (from, to, deep, is_once) = match entry {
            Value::String(from) => (from.clone(), from.clone(), true, false),
            Value::Object(spec) => {
                let Some(from) = str_field(spec, "from") else {
                    continue;
                };
                let to = str_field(spec, "to").unwrap_or(from);
                let deep = spec.get("deep").and_then(Value::as_bool).unwrap_or(true);
                let is_once = spec.get("once").and_then(Value::as_bool).unwrap_or(false);
                (from.to_string(), to.to_string(), deep, is_once)
            }
            _ => continue,
        };
        let target = if is_once { &mut once } else { &mut always };
        for (source, relative) in expand_files(shell_root, &from, deep)? {
            let destination = if relative.is_empty() {
                to.clone()
            } else {
                format!("{}/{relative}", to.trim_end_matches('/'))
            };
            let destination = crate::archive::normalize(&destination)
                .filter(|d| !d.is_empty())
                .ok_or_else(|| {
                    CodedError::new(
                        Code::UnsafeArchiveEntry,
                        format!("`pilets.files` target `{destination}` leaves the pilet"),
                    )
                })?;
            let bytes = fs_err::read(&source)?;
            if destination == "package.json" {
                let overrides = manifest::parse_json(&source, &String::from_utf8_lossy(&bytes))?;
                if let Value::Object(overrides) = overrides {
                    crate::config::deep_merge(
                        manifest::object_mut(pilets, "packageOverrides"),
                        overrides,
                    );
                }
                continue;
            }
            target.insert(destination, bytes);
        }
    }
    Ok((always, once))
}

/// The files one `pilets.files` entry names: (path on disk, path relative to the entry).
fn expand_files(
    shell_root: &Path,
    from: &str,
    deep: bool,
) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let Some(from_norm) = crate::archive::normalize(from) else {
        bail_code!(
            Code::UnsafeArchiveEntry,
            "`pilets.files` source `{from}` leaves the shell"
        );
    };
    if from.contains(['*', '?', '[', '{']) {
        let glob = globset::Glob::new(&from_norm)?.compile_matcher();
        let mut out = Vec::new();
        walk(shell_root, shell_root, true, &mut |path, relative| {
            if glob.is_match(relative) {
                out.push((path.to_path_buf(), String::new()));
            }
        })?;
        // A glob match keeps its own path below the entry's target.
        return Ok(out
            .into_iter()
            .map(|(path, _)| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (path, name)
            })
            .collect());
    }
    let source = shell_root.join(&from_norm);
    if source.is_file() {
        return Ok(vec![(source, String::new())]);
    }
    if !source.is_dir() {
        bail_code!(
            Code::CannotFindFile,
            "the scaffold file `{}` does not exist",
            source.display()
        );
    }
    let mut out = Vec::new();
    walk(&source, &source, deep, &mut |path, relative| {
        out.push((path.to_path_buf(), relative.to_string()))
    })?;
    Ok(out)
}

fn walk(
    root: &Path,
    dir: &Path,
    deep: bool,
    visit: &mut dyn FnMut(&Path, &str),
) -> anyhow::Result<()> {
    let mut entries: Vec<_> = fs_err::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(fs_err::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        if entry.file_name() == "node_modules" || entry.file_type()?.is_symlink() {
            continue;
        }
        if path.is_dir() {
            if deep {
                walk(root, &path, deep, visit)?;
            }
        } else {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            visit(&path, &relative);
        }
    }
    Ok(())
}

pub(crate) fn new_pilet(args: NewPiletArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let common = Common::resolve(
        CommonArgs {
            target: &args.target,
            name: &args.name,
            language: args.language,
            force_overwrite: args.force_overwrite,
            install: &args.install,
            bundler: &args.bundler,
            vars: &args.vars,
        },
        ctx,
    )?;
    let printer = &ctx.printer;
    let requested_template = args.template.clone().flatten();
    if let Some(template) = &requested_template {
        // Fail before anything is written or installed.
        if !templates::names(Kind::Pilet).contains(template) {
            templates::render(Kind::Pilet, template, &Value::Null)?;
        }
    }
    let source_text = match args.source.clone() {
        Some(source) => source,
        None => match printer.input("App shell (npm package, folder or emulator .tgz)") {
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
    let source = Source::classify(&source_text, &ctx.cwd)?;
    let mut npm_options = common.npm_options();
    npm_options.extra_args = tls_args(&args);

    // Read what can be read before touching the disk.
    let preloaded = match &source {
        Source::Tgz(path) => Some(Shell::from_tgz(path, &common.root)?),
        Source::Folder(path) => Some(Shell::from_folder(path, None, &common.root)?),
        Source::Npm { .. } | Source::Website(_) => None,
    };

    printer.status(
        "Creating",
        format_args!(
            "pilet `{}` in `{}`",
            common.name,
            ctx.display_path(&common.root)
        ),
    );
    fs_err::create_dir_all(&common.root)?;
    let mut written = Vec::new();
    if let Some(file) = common.write_npmrc()? {
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
            printer.status(
                "Installing",
                format_args!("app shell `{spec}` with {}", common.npm_client.name()),
            );
            crate::npm::add_dev(
                printer,
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
            let installed = super::emulator_website::install(url, &common.root, printer)?;
            Shell::from_folder(&installed, Some(String::new()), &common.root)?
        }
        (None, _) => unreachable!("paths are read before"),
    };
    printer.status(
        "Found",
        format_args!("app shell `{}` v{}", shell.name, shell.version),
    );

    run_hook(printer, &common.root, &shell.pilets, "preScaffold")?;

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
    for (name, version) in &shared {
        let version = version
            .clone()
            .or_else(|| shell.declared(name))
            .or_else(|| shell.installed(name));
        let version = version.unwrap_or_else(|| {
            printer.warn(
                Code::CannotResolveDependency,
                format!("could not find a version of `{name}`; using `latest`"),
            );
            "latest".to_string()
        });
        dev_dependencies.push((name.clone(), version));
    }
    if let Some(Value::Object(extra)) = shell.pilets.get("devDependencies") {
        for (name, value) in extra {
            let version = match value {
                Value::String(version) => version.clone(),
                Value::Bool(true) => shell.declared(name).unwrap_or_else(|| {
                    printer.warn(
                        Code::CannotResolveVersion,
                        format!("the shell declares no version of `{name}`; using `latest`"),
                    );
                    "latest".to_string()
                }),
                _ => continue,
            };
            dev_dependencies.push((name.clone(), version));
        }
    }
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

    let template = requested_template
        .or_else(|| str_field(&shell.pilets, "template").map(String::from))
        .unwrap_or_else(|| "default".to_string());
    let vars =
        common.template_vars(json!({ "sourceName": shell.name, "plugins": shell.plugins() }));
    let tree = templates::render(Kind::Pilet, &template, &vars)?;
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
        // The old CLI removes it; this CLI never needs the npm one.
        manifest::object_mut(pkg, "dependencies").remove("piral-cli");
        pkg.insert(
            "importmap".into(),
            json!({ "imports": {}, "inherit": [shell.name] }),
        );
        let scripts = manifest::object_mut(pkg, "scripts");
        scripts.insert("start".into(), json!("pilet debug"));
        scripts.insert("build".into(), json!("pilet build"));
        if let Some(Value::Object(extra)) = shell.pilets.get("scripts") {
            for (key, value) in extra {
                scripts.insert(key.clone(), value.clone());
            }
        }
        if let Some(Value::Object(fragment)) = template_package.clone() {
            crate::config::deep_merge(pkg, fragment);
        }
        if let Some(Value::Object(overrides)) = shell.pilets.get("packageOverrides") {
            crate::config::deep_merge(pkg, overrides.clone());
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
    let report = templates::write_tree(&common.root, &files, common.force_overwrite, printer)?;
    written.extend(report.written);
    let mut kept = report.kept;
    let mut scaffold_files = shell.files.clone();
    scaffold_files.extend(shell.files_once.clone());
    let report = templates::write_tree(
        &common.root,
        &scaffold_files,
        common.force_overwrite,
        printer,
    )?;
    written.extend(report.written);
    kept.extend(report.kept);

    if common.install {
        printer.status(
            "Installing",
            format_args!("dependencies with {}", common.npm_client.name()),
        );
        crate::npm::install(printer, common.npm_client, &common.root, &npm_options)?;
        // npm removes what no package.json lists, the downloaded emulator too.
        if let Some(url) = &website {
            super::emulator_website::install(url, &common.root, printer)?;
        }
    }
    run_hook(printer, &common.root, &shell.pilets, "postScaffold")?;
    printer.status(
        "Finished",
        format_args!(
            "pilet `{}` for `{}` in {:.2}s",
            common.name,
            shell.name,
            ctx.started.elapsed().as_secs_f64()
        ),
    );
    Ok(Outcome::success(json!({
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
    })))
}

/// npm flags for `--ca-cert` and `--allow-self-signed`.
fn tls_args(args: &NewPiletArgs) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(Some(cert)) = &args.ca_cert {
        out.push("--cafile".to_string());
        out.push(cert.display().to_string());
    }
    if crate::cli::negatable(args.allow_self_signed, args.no_allow_self_signed) == Some(true) {
        out.push("--strict-ssl=false".to_string());
    }
    out
}

/// Runs the shell's `preScaffold`/`postScaffold` command in the pilet, with the pilet's
/// `node_modules/.bin` first on PATH.
fn run_hook(
    printer: &crate::ui::Printer,
    root: &Path,
    pilets: &Map<String, Value>,
    hook: &str,
) -> anyhow::Result<()> {
    let Some(command) = str_field(pilets, hook).filter(|c| !c.trim().is_empty()) else {
        return Ok(());
    };
    printer.status("Running", format_args!("{hook} `{command}`"));
    let bin = root.join("node_modules").join(".bin");
    let path = match std::env::var_os("PATH") {
        Some(path) => {
            std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))?
        }
        None => bin.into_os_string(),
    };
    let status = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(root)
        .env("PATH", path)
        .stdin(Stdio::null())
        .status()?;
    if !status.success() {
        bail_code!(
            Code::GeneralError,
            "the shell's {hook} script `{command}` failed ({status})"
        );
    }
    Ok(())
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
        let error = Source::classify("git+https://example.invalid/x.git", cwd).unwrap_err();
        assert_eq!(
            crate::errors::find_coded(&error).unwrap().code,
            Code::ProjectReferenceNotSupported
        );
        assert_eq!(
            Source::classify("http://127.0.0.1:8080/site/emulator.json", cwd).unwrap(),
            Source::Website("http://127.0.0.1:8080/site/emulator.json".into())
        );
    }

    #[test]
    fn shared_dependencies_of_an_emulator() {
        let package = json!({
            "name": "shell", "version": "1.0.0", "piralCLI": {"generated": true},
            "importmap": {"imports": {"react@18.3.1": "react", "tslib": "tslib", "opt?": "opt"}},
            "sharedDependencies": ["react", "tslib", "opt", "extra"],
            "devDependencies": {"tslib": "2.8.1"}
        });
        let Value::Object(package) = package else {
            unreachable!()
        };
        let shell = Shell::from_package(package).unwrap();
        assert_eq!(
            shell.shared_dependencies(),
            vec![
                ("react".to_string(), Some("18.3.1".to_string())),
                ("tslib".to_string(), None),
                ("opt".to_string(), None),
                ("extra".to_string(), None)
            ]
        );
        assert_eq!(shell.declared("tslib").as_deref(), Some("2.8.1"));
    }

    #[test]
    fn plugins_follow_the_typings() {
        let mut shell = Shell {
            typings: Some("export interface PiletCustomApi extends PiletMenuApi {}".into()),
            ..Shell::default()
        };
        assert_eq!(
            shell.plugins(),
            json!({"dashboard": false, "menu": true, "notifications": false})
        );
        shell.typings = None;
        assert_eq!(
            shell.plugins(),
            json!({"dashboard": false, "menu": false, "notifications": false})
        );
    }
}
