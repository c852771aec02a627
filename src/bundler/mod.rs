//! The bundler: turns entry modules into the files a browser loads.
//!
//! Stages: **resolve** (`resolve`, oxc_resolver) → **load** (read and classify: script, JSON,
//! style, asset, `.codegen` evaluated by Node) → **transform** (`transform`, swc) → **link**
//! (a module registry, `runtime`) → **chunk** (one chunk per `import()` target) → **emit**
//! (`emit`: pilet SystemJS formats, the shell's script). The graph is walked in waves; each
//! wave's modules are transformed in parallel. Nothing is written here: the caller gets the
//! files in memory and writes them only when everything succeeded.

mod css;
pub(crate) mod declarations;
pub(crate) mod emit;
mod resolve;
mod runtime;
mod transform;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use std::sync::Mutex;

use crate::errors::{Code, CodedError, Location, code_frame};
use resolve::{ModuleResolver, Resolved};
use transform::{Syntaxes, TransformOptions};

/// What to bundle and how.
#[derive(Clone, Debug)]
pub(crate) struct BundleOptions {
    /// Module ids are paths relative to this folder.
    pub(crate) root: PathBuf,
    pub(crate) entry: PathBuf,
    /// Specifiers that stay imports of the host's SystemJS registry: specifier → registry id.
    pub(crate) externals: BTreeMap<String, String>,
    /// `process.env.<name>` values.
    pub(crate) defines: BTreeMap<String, String>,
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) development: bool,
    /// Environment for `.codegen` modules (spec §6.1).
    pub(crate) codegen_env: BTreeMap<String, String>,
    /// Where `.codegen` modules may write files (`this.options.outDir`).
    pub(crate) out_dir: PathBuf,
    /// Transformed modules by path and source hash, kept across rebuilds by the debug server
    /// so that only changed modules go through swc again.
    pub(crate) cache: Option<TransformCache>,
    /// `.codegen` modules already being evaluated (see [`prefetch_codegen`]).
    pub(crate) prefetched: Prefetched,
}

/// Evaluations of `.codegen` modules started ahead of the graph walk.
pub(crate) type Prefetched = std::sync::Arc<
    Mutex<std::collections::HashMap<PathBuf, std::thread::JoinHandle<anyhow::Result<String>>>>,
>;

/// Starts evaluating the `.codegen` modules of `packages` (folders) at once, in the background.
/// Node takes about 100 ms to run piral-core's `app.codegen`; started here, that time overlaps
/// with transforming everything else instead of waiting in the middle of the graph walk.
pub(crate) fn prefetch_codegen(options: &BundleOptions, packages: &[PathBuf]) {
    for folder in packages {
        let Ok(entries) = fs_err::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "codegen") {
                continue;
            }
            let path = path.canonicalize().unwrap_or(path);
            let worker_options = options.clone();
            let worker_path = path.clone();
            let handle = std::thread::spawn(move || run_codegen(&worker_path, &worker_options));
            if let Ok(mut map) = options.prefetched.lock() {
                map.insert(path, handle);
            }
        }
    }
}

/// See [`BundleOptions::cache`].
pub(crate) type TransformCache =
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<PathBuf, (String, Loaded)>>>;

/// A new, empty transform cache.
pub(crate) fn new_cache() -> TransformCache {
    TransformCache::default()
}

/// One module of the graph.
#[derive(Debug)]
pub(crate) struct ModuleRecord {
    pub(crate) code: String,
    pub(crate) map: Option<swc_sourcemap::SourceMap>,
    /// Specifier → module id, or `None` for a shared dependency.
    pub(crate) deps: BTreeMap<String, Option<String>>,
    /// Static requires in code order (for style order).
    pub(crate) requires: Vec<String>,
    pub(crate) dynamic: Vec<String>,
    pub(crate) css: Option<String>,
}

/// A file produced by an asset import.
#[derive(Debug, Clone)]
pub(crate) struct AssetFile {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

/// The linked graph.
#[derive(Debug)]
pub(crate) struct Graph {
    pub(crate) entry: String,
    pub(crate) modules: BTreeMap<String, ModuleRecord>,
    pub(crate) assets: Vec<AssetFile>,
    /// Externals actually used, by specifier.
    pub(crate) used_externals: BTreeSet<String>,
    /// Coded warnings (unresolved imports inside packages, ...).
    pub(crate) warnings: Vec<String>,
}

/// A bundling failure: coded, with a location and code frame when one is known.
pub(crate) fn bundle_error(message: String, location: Option<Location>) -> anyhow::Error {
    let error = CodedError::new(
        Code::BundlingFailed,
        format!("The bundling process failed: {message}"),
    );
    match location {
        Some(location) => error.with_location(location).into(),
        None => error.into(),
    }
}

/// Builds the module graph from the entry.
pub(crate) fn build_graph(options: &BundleOptions) -> anyhow::Result<Graph> {
    let resolver = ModuleResolver::new();
    let entry = options.entry.clone();
    if !entry.is_file() {
        return Err(CodedError::new(
            Code::EntryFileMissing,
            format!("the entry `{}` does not exist", entry.display()),
        )
        .into());
    }
    let graph = Graph {
        entry: module_id(&options.root, &entry),
        modules: BTreeMap::new(),
        assets: Vec::new(),
        used_externals: BTreeSet::new(),
        warnings: Vec::new(),
    };
    // Each module is a task: it loads, resolves its imports and spawns tasks for the modules
    // not seen before, so both cores stay busy however deep the import graph is.
    let walk = Walk {
        options,
        resolver: &resolver,
        seen: Mutex::new(BTreeSet::from([entry.clone()])),
        graph: Mutex::new(graph),
        error: Mutex::new(None),
    };
    rayon::scope(|scope| visit(scope, &walk, entry));
    if let Some(error) = walk.error.into_inner().expect("never poisoned") {
        return Err(error);
    }
    let mut graph = walk.graph.into_inner().expect("never poisoned");
    graph.assets.sort_by(|a, b| a.name.cmp(&b.name));
    graph.assets.dedup_by(|a, b| a.name == b.name);
    graph.warnings.sort();
    Ok(graph)
}

/// The shared state of a graph walk.
struct Walk<'a> {
    options: &'a BundleOptions,
    resolver: &'a ModuleResolver,
    seen: Mutex<BTreeSet<PathBuf>>,
    graph: Mutex<Graph>,
    /// The first failure; once set, no more modules are loaded.
    error: Mutex<Option<anyhow::Error>>,
}

fn visit<'s>(scope: &rayon::Scope<'s>, walk: &'s Walk<'s>, path: PathBuf) {
    if walk.error.lock().expect("never poisoned").is_some() {
        return;
    }
    match link(walk, &path) {
        Ok(new) => {
            for target in new {
                scope.spawn(move |scope| visit(scope, walk, target));
            }
        }
        Err(error) => {
            walk.error
                .lock()
                .expect("never poisoned")
                .get_or_insert(error);
        }
    }
}

/// Loads one module, resolves its imports, records it; returns the modules to visit next.
fn link(walk: &Walk<'_>, path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let options = walk.options;
    let loaded = load(path, options)?;
    let id = module_id(&options.root, path);
    let dir = path.parent().unwrap_or(&options.root).to_path_buf();
    let mut deps = BTreeMap::new();
    let mut externals = Vec::new();
    let mut warnings = Vec::new();
    let mut new = Vec::new();
    for specifier in loaded.requires.iter().chain(&loaded.dynamic) {
        if deps.contains_key(specifier) {
            continue;
        }
        if options.externals.contains_key(specifier) {
            externals.push(specifier.clone());
            deps.insert(specifier.clone(), None);
            continue;
        }
        let target = match walk.resolver.resolve(&dir, specifier) {
            Ok(Resolved::File(file)) => file,
            Ok(Resolved::Empty) => empty_module(options),
            Err(reason) if is_package_path(path) => {
                warnings.push(format!("`{specifier}` imported by `{id}` cannot be resolved ({reason}); it becomes an empty module"));
                empty_module(options)
            }
            Err(reason) => {
                let source = fs_err::read_to_string(path).unwrap_or_default();
                return Err(bundle_error(
                    format!("cannot resolve `{specifier}` from `{id}`: {reason}"),
                    Some(locate(path, &source, specifier)),
                ));
            }
        };
        deps.insert(specifier.clone(), Some(module_id(&options.root, &target)));
        if walk
            .seen
            .lock()
            .expect("never poisoned")
            .insert(target.clone())
        {
            new.push(target);
        }
    }
    let mut graph = walk.graph.lock().expect("never poisoned");
    graph.used_externals.extend(externals);
    graph.warnings.extend(warnings);
    for asset in loaded.assets {
        if !graph.assets.iter().any(|known| known.name == asset.name) {
            graph.assets.push(asset);
        }
    }
    graph.modules.insert(
        id,
        ModuleRecord {
            code: loaded.code,
            map: loaded.map,
            deps,
            requires: loaded.requires,
            dynamic: loaded.dynamic,
            css: loaded.css,
        },
    );
    Ok(new)
}

/// The id of a module: its path relative to the root, with forward slashes.
fn module_id(root: &Path, path: &Path) -> String {
    if path == Path::new(EMPTY_MODULE) {
        return EMPTY_MODULE.to_string();
    }
    let relative = pathdiff(path, root);
    relative.to_string_lossy().replace('\\', "/")
}

const EMPTY_MODULE: &str = "\0empty";

fn empty_module(_: &BundleOptions) -> PathBuf {
    PathBuf::from(EMPTY_MODULE)
}

fn pathdiff(path: &Path, base: &Path) -> PathBuf {
    let path_parts: Vec<_> = path.components().collect();
    let base_parts: Vec<_> = base.components().collect();
    let common = path_parts
        .iter()
        .zip(&base_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = PathBuf::new();
    for _ in common..base_parts.len() {
        out.push("..");
    }
    for part in &path_parts[common..] {
        out.push(part.as_os_str());
    }
    out
}

fn is_package_path(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
}

/// Where a specifier appears in a source file, for the code frame of a resolve error.
fn locate(path: &Path, source: &str, specifier: &str) -> Location {
    let (line, column) = ["\"", "'", "`"]
        .iter()
        .find_map(|q| source.find(&format!("{q}{specifier}{q}")))
        .map_or((1, 1), |offset| {
            let before = &source[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        });
    Location {
        path: path.to_path_buf(),
        line,
        column,
        frame: Some(code_frame(source, line, column)),
    }
}

/// A module after loading and transforming.
#[derive(Clone, Debug)]
pub(crate) struct Loaded {
    code: String,
    map: Option<swc_sourcemap::SourceMap>,
    requires: Vec<String>,
    dynamic: Vec<String>,
    css: Option<String>,
    assets: Vec<AssetFile>,
}

impl Loaded {
    fn code(code: String) -> Self {
        Loaded {
            code,
            map: None,
            requires: Vec::new(),
            dynamic: Vec::new(),
            css: None,
            assets: Vec::new(),
        }
    }
}

const ASSET_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "woff", "woff2", "ttf",
    "eot", "otf", "mp4", "webm", "mp3", "wav", "ogg", "pdf", "txt",
];

fn load(path: &Path, options: &BundleOptions) -> anyhow::Result<Loaded> {
    if path == Path::new(EMPTY_MODULE) {
        return Ok(Loaded::code(String::new()));
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "css" | "scss" | "sass" => {
            let styles = css::load(path).map_err(|message| bundle_error(message, None))?;
            Ok(Loaded {
                css: Some(styles.css),
                assets: styles.assets,
                ..Loaded::code(String::new())
            })
        }
        "json" => {
            let text = fs_err::read_to_string(path)?;
            let value = crate::manifest::parse_json(path, &text)?;
            Ok(Loaded::code(format!("module.exports = {value};")))
        }
        "codegen" => {
            let prefetched = options
                .prefetched
                .lock()
                .ok()
                .and_then(|mut map| map.remove(path));
            let code = match prefetched {
                Some(pending) => pending.join().map_err(|_| {
                    bundle_error(format!("evaluating `{}` panicked", path.display()), None)
                })??,
                None => run_codegen(path, options)?,
            };
            transform_script(path, &code, Syntaxes::JavaScript, options)
        }
        ext if ASSET_EXTENSIONS.contains(&ext) => {
            let asset = asset_file(path)?;
            let code = format!(
                "module.exports = __asset({});",
                serde_json::Value::String(asset.name.clone())
            );
            Ok(Loaded {
                assets: vec![asset],
                ..Loaded::code(code)
            })
        }
        _ => {
            let source = fs_err::read_to_string(path)?;
            let hash = options
                .cache
                .as_ref()
                .map(|_| content_hash(source.as_bytes()));
            if let (Some(cache), Some(hash)) = (&options.cache, &hash) {
                let cached = cache.lock().ok().and_then(|map| {
                    map.get(path)
                        .filter(|(h, _)| h == hash)
                        .map(|(_, l)| l.clone())
                });
                if let Some(loaded) = cached {
                    return Ok(loaded);
                }
            }
            let syntax = match extension.as_str() {
                "ts" | "mts" | "cts" => Syntaxes::TypeScript { tsx: false },
                "tsx" => Syntaxes::TypeScript { tsx: true },
                _ => Syntaxes::JavaScript,
            };
            let loaded = transform_script(path, &source, syntax, options)?;
            if let (Some(cache), Some(hash)) = (&options.cache, hash)
                && let Ok(mut map) = cache.lock()
            {
                map.insert(path.to_path_buf(), (hash, loaded.clone()));
            }
            Ok(loaded)
        }
    }
}

fn transform_script(
    path: &Path,
    source: &str,
    syntax: Syntaxes,
    options: &BundleOptions,
) -> anyhow::Result<Loaded> {
    let transform_options = TransformOptions {
        defines: options.defines.clone(),
        minify: options.minify,
        source_map: options.source_maps,
        jsx: !is_package_path(path) || path.extension().is_some_and(|e| e == "jsx"),
        development: options.development,
        source_name: format!("piral:///{}", module_id(&options.root, path)),
    };
    let out = transform::transform(path, source, syntax, &transform_options).map_err(|error| {
        bundle_error(
            format!("{} (in `{}`)", error.message, path.display()),
            Some(Location {
                path: path.to_path_buf(),
                line: error.line,
                column: error.column,
                frame: Some(code_frame(source, error.line, error.column)),
            }),
        )
    })?;
    Ok(Loaded {
        code: out.code,
        map: out.map,
        requires: out.requires,
        dynamic: out.dynamic,
        css: None,
        assets: Vec::new(),
    })
}

/// Evaluates a `.codegen` module with Node: `module.exports = function () { return code }`,
/// called with `this = { name, options: { outDir, rootDir }, addDependency() }`, in the
/// project folder with the build's environment.
fn run_codegen(path: &Path, options: &BundleOptions) -> anyhow::Result<String> {
    const SCRIPT: &str = r#"
const file = process.argv[1];
const generator = require(file);
const fn = typeof generator === "function" ? generator : generator.default;
Promise.resolve(fn.call({ name: file, options: { outDir: process.argv[2], rootDir: process.cwd() }, addDependency() {} }))
  .then((code) => { process.stdout.write(String(code)); })
  .catch((error) => { console.error(error && error.stack || error); process.exit(1); });
"#;
    let mut command = std::process::Command::new("node");
    command
        .arg("-e")
        .arg(SCRIPT)
        .arg(path)
        .arg(&options.out_dir)
        .current_dir(&options.root)
        .envs(&options.codegen_env)
        .stdin(std::process::Stdio::null());
    // Node reads the whole NODE_EXTRA_CA_CERTS bundle while it starts (36 of its 59 ms on the
    // benchmark machine); generating code needs no TLS. `PIRAL_CODEGEN_CA_CERTS=keep` keeps it
    // for a `.codegen` module that fetches over HTTPS behind a private CA.
    if std::env::var_os("PIRAL_CODEGEN_CA_CERTS").is_none_or(|v| v != "keep") {
        command.env_remove("NODE_EXTRA_CA_CERTS");
    }
    let output = command.output().map_err(|error| {
        bundle_error(
            format!(
                "cannot start `node` to evaluate `{}`: {error}",
                path.display()
            ),
            None,
        )
    })?;
    if !output.status.success() {
        return Err(bundle_error(
            format!(
                "evaluating `{}` failed: {}",
                path.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
            None,
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A stylesheet referenced by an HTML entry: compiled (SCSS) and, for releases, minified.
/// A stylesheet of its own (a shell's `<link>`): its CSS, and the files its `url(…)`s point at.
pub(crate) fn css_file(path: &Path, minify: bool) -> anyhow::Result<(String, Vec<AssetFile>)> {
    let styles = css::load(path).map_err(|message| bundle_error(message, None))?;
    let css = if minify {
        css::minify(&styles.css)
    } else {
        styles.css
    };
    Ok((css, styles.assets))
}

/// A file referenced from code or styles, named `<stem>.<8 hex of sha256>.<ext>`.
pub(crate) fn asset_file(path: &Path) -> std::io::Result<AssetFile> {
    let bytes = fs_err::read(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("asset");
    let name = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{stem}.{}.{ext}", &content_hash(&bytes)[..8]),
        None => format!("{stem}.{}", &content_hash(&bytes)[..8]),
    };
    Ok(AssetFile { name, bytes })
}

/// Hex sha256 of bytes: names of emitted files.
pub(crate) fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    format!("{:x}", sha2::Sha256::digest(bytes))
}

/// The modules reachable from `start` through static requires.
pub(crate) fn static_closure(graph: &Graph, start: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_string()];
    while let Some(id) = stack.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        if let Some(module) = graph.modules.get(&id) {
            for specifier in &module.requires {
                if let Some(Some(target)) = module.deps.get(specifier) {
                    stack.push(target.clone());
                }
            }
        }
    }
    seen
}

/// Styles in import order: a depth-first walk of static requires from the entry, then the
/// chunks' modules in id order.
pub(crate) fn collect_css(graph: &Graph) -> String {
    let mut out = String::new();
    let mut seen = BTreeSet::new();
    fn walk(graph: &Graph, id: &str, seen: &mut BTreeSet<String>, out: &mut String) {
        if !seen.insert(id.to_string()) {
            return;
        }
        let Some(module) = graph.modules.get(id) else {
            return;
        };
        if let Some(css) = &module.css {
            out.push_str(css);
            if !css.ends_with('\n') {
                out.push('\n');
            }
        }
        for specifier in module.requires.iter().chain(&module.dynamic) {
            if let Some(Some(target)) = module.deps.get(specifier) {
                walk(graph, target, seen, out);
            }
        }
    }
    walk(graph, &graph.entry, &mut seen, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_ids_are_relative_with_forward_slashes() {
        assert_eq!(
            module_id(Path::new("/a/b"), Path::new("/a/b/src/x.tsx")),
            "src/x.tsx"
        );
        assert_eq!(
            module_id(Path::new("/a/b"), Path::new("/a/node_modules/r/i.js")),
            "../node_modules/r/i.js"
        );
    }
}
