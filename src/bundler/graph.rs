//! The module graph and the walk that builds it. Each module is a task on rayon's pool: it is
//! loaded (`load`, through the [`TransformCache`] when there is one), its specifiers are bound
//! (`link`), it is recorded, and the files not seen before become tasks of their own, so both
//! cores stay busy however deep the import graph is. The first failure stops the walk.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::diagnostics::BundleDiagnostic;
use super::load::{AssetFile, Loaded, load};
use super::resolve::ModuleResolver;
use super::{BundleOptions, content_hash, link, module_id};
use crate::errors::{Code, CodedError};

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
    /// The module as syntax, when it is an ES module that scope hoisting may concatenate.
    pub(crate) esm: Option<super::transform::EsmModule>,
    /// Whether evaluating the module may matter when nothing it exports is used: `false` when
    /// its package's `"sideEffects"` says so.
    pub(crate) side_effects: bool,
}

/// The linked graph.
#[derive(Debug)]
pub(crate) struct Graph {
    pub(crate) entry: String,
    pub(crate) modules: BTreeMap<String, ModuleRecord>,
    pub(crate) assets: Vec<AssetFile>,
    /// Externals actually used, by specifier.
    pub(crate) used_externals: BTreeSet<String>,
    /// What went wrong without failing the build (unresolved imports inside packages, ...),
    /// sorted by message.
    pub(crate) warnings: Vec<BundleDiagnostic>,
    /// Every file the build read: each module's file (sources, styles, assets, packages'
    /// files) and the configuration files that apply to the entry and the root
    /// ([`CONFIG_FILES`], the nearest of each walking up). The debug server watches these.
    pub(crate) read: BTreeSet<PathBuf>,
}

/// The files that shape a build besides its modules: the nearest of each, walking up from the
/// entry's folder and from the root, is part of [`Graph::read`].
pub(crate) const CONFIG_FILES: [&str; 5] = [
    "tsconfig.json",
    "package.json",
    "pilet.json",
    "piral.json",
    ".piralrc",
];

/// The nearest of each of [`CONFIG_FILES`] above `entry` and above `root`.
fn config_files(root: &Path, entry: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    for start in [entry.parent(), Some(root)].into_iter().flatten() {
        for name in CONFIG_FILES {
            if let Some(path) = start
                .ancestors()
                .map(|folder| folder.join(name))
                .find(|path| path.is_file())
            {
                found.insert(path);
            }
        }
    }
    found
}

/// Transformed modules by path and source hash (see [`BundleOptions::cache`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct TransformCache(Arc<Mutex<HashMap<PathBuf, (String, Loaded)>>>);

/// A new, empty transform cache.
pub(crate) fn new_cache() -> TransformCache {
    TransformCache::default()
}

impl TransformCache {
    /// The module loaded from `source` last time, if the source is the same; otherwise
    /// `transform`'s result, remembered.
    pub(super) fn through(
        &self,
        path: &Path,
        source: &str,
        transform: impl FnOnce() -> anyhow::Result<Loaded>,
    ) -> anyhow::Result<Loaded> {
        let hash = content_hash(source.as_bytes());
        let cached = self.0.lock().ok().and_then(|map| {
            map.get(path)
                .filter(|(h, _)| *h == hash)
                .map(|(_, l)| l.clone())
        });
        if let Some(loaded) = cached {
            return Ok(loaded);
        }
        let loaded = transform()?;
        if let Ok(mut map) = self.0.lock() {
            map.insert(path.to_path_buf(), (hash, loaded.clone()));
        }
        Ok(loaded)
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
        read: config_files(&options.root, &entry),
    };
    let walk = Walk {
        options,
        resolver: &resolver,
        seen: Mutex::new(BTreeSet::from([entry.clone()])),
        packages: Default::default(),
        graph: Mutex::new(graph),
        error: Mutex::new(None),
    };
    // Parsing is recursive: the walk runs on threads with a stack for deeply nested sources
    // (`limits` refuses anything deeper, with a coded error).
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(super::limits::STACK_SIZE)
        .thread_name(|index| format!("piral-bundle-{index}"))
        .build()?;
    pool.scope(|scope| visit(scope, &walk, entry));
    if let Some(error) = walk.error.into_inner().expect("never poisoned") {
        return Err(error);
    }
    let mut graph = walk.graph.into_inner().expect("never poisoned");
    graph.assets.sort_by(|a, b| a.name.cmp(&b.name));
    graph.assets.dedup_by(|a, b| a.name == b.name);
    graph.warnings.sort_by(|a, b| a.message.cmp(&b.message));
    Ok(graph)
}

/// The shared state of a graph walk.
struct Walk<'a> {
    options: &'a BundleOptions,
    resolver: &'a ModuleResolver,
    seen: Mutex<BTreeSet<PathBuf>>,
    /// `"sideEffects"` of the package.json files seen.
    packages: super::side_effects::Packages,
    graph: Mutex<Graph>,
    /// The first failure; once set, no more modules are loaded.
    error: Mutex<Option<anyhow::Error>>,
}

fn visit<'s>(scope: &rayon::Scope<'s>, walk: &'s Walk<'s>, path: PathBuf) {
    if walk.error.lock().expect("never poisoned").is_some() {
        return;
    }
    match add_module(walk, &path) {
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

/// Loads and links one module and records it; returns the modules to visit next.
fn add_module(walk: &Walk<'_>, path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let options = walk.options;
    let loaded = load(path, options)?;
    let id = module_id(&options.root, path);
    let links = link::link(
        path,
        &id,
        loaded.requires.iter().chain(&loaded.dynamic),
        options,
        walk.resolver,
    )?;
    let new: Vec<PathBuf> = {
        let mut seen = walk.seen.lock().expect("never poisoned");
        links
            .targets
            .into_iter()
            .filter(|target| seen.insert(target.clone()))
            .collect()
    };
    let side_effects = super::side_effects::has_side_effects(path, &walk.packages);
    let mut graph = walk.graph.lock().expect("never poisoned");
    if path != Path::new(super::load::EMPTY_MODULE) {
        graph.read.insert(path.to_path_buf());
    }
    graph.used_externals.extend(links.externals);
    graph.warnings.extend(links.warnings);
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
            deps: links.deps,
            requires: loaded.requires,
            dynamic: loaded.dynamic,
            css: loaded.css,
            esm: loaded.esm,
            side_effects,
        },
    );
    Ok(new)
}
