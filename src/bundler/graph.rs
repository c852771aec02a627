//! The module graph and the walk that builds it. Each module is a task on rayon's pool: it is
//! loaded (`load`, through the [`TransformCache`] when there is one), its specifiers are bound
//! (`link`), it is recorded, and the files not seen before become tasks of their own, so both
//! cores stay busy however deep the import graph is. The first failure stops the walk.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

// Paths are hashed 10,000 times a rebuild: with Fx, not SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::diagnostics::BundleDiagnostic;
use super::load::{AssetFile, Loaded, load};
use super::resolve::ModuleResolver;
use super::transform::SHARED_HELPERS;
use super::{BundleOptions, content_hash, link, module_id, resolution_folders};
use crate::errors::{Code, CodedError};

/// One module of the graph.
#[derive(Debug)]
pub(crate) struct ModuleRecord {
    pub(crate) code: String,
    pub(crate) map: Option<super::sourcemap::ModuleMap>,
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
    /// The swc helpers `code` calls from the shared helpers module (development builds).
    pub(crate) helpers: Vec<(String, Arc<str>)>,
    /// The module function's parameters as `code` names them (minified builds); `None`: the
    /// registry's full names.
    pub(crate) params: Option<Arc<str>>,
    /// The newlines of `code` (trimmed), counted when first emitted.
    pub(crate) lines: std::sync::OnceLock<u32>,
    /// Its definition in unminified bundles, written when first emitted.
    pub(crate) definition: std::sync::OnceLock<String>,
}

/// The linked graph.
#[derive(Debug)]
pub(crate) struct Graph {
    pub(crate) entry: String,
    /// Shared with the debug server's cache: a rebuild reuses every module that did not change.
    pub(crate) modules: BTreeMap<String, Arc<ModuleRecord>>,
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
    /// The debug server's last chunk plan, and whether it still holds: every module of this
    /// build is one of the last, with the same specifiers bound to the same modules.
    pub(crate) last_plan: Option<(super::chunk::PlanSlot, bool)>,
    /// The swc helpers the registry modules call (development builds), by name: gathered as
    /// the modules are added, for [`add_shared_helpers`].
    helpers: BTreeMap<String, Arc<str>>,
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

/// What the debug server keeps from one build to the next (see [`BundleOptions::cache`]):
/// transformed modules by path and source hash, and the last good build's linked modules with
/// the state of the folders their imports resolved in, so that a rebuild loads and links only
/// what changed.
#[derive(Clone, Debug, Default)]
pub(crate) struct TransformCache {
    /// Every kind of build made with this cache, by [`build_key`]: what one build transformed
    /// or linked is reused by the same build only (a changed define, external or tsconfig
    /// setting makes another key).
    builds: Arc<Mutex<HashMap<String, Arc<CacheState>>>>,
    /// This handle's build (see [`TransformCache::scoped`]).
    state: Arc<CacheState>,
}

#[derive(Debug, Default)]
struct CacheState {
    transformed: Mutex<super::persist::Transformed>,
    /// Where `transformed` is kept on disk (see `persist`), and whether it has been written.
    disk: Option<PathBuf>,
    written: std::sync::atomic::AtomicBool,
    /// When a build of this kind was last under way (the writer waits for a quiet moment).
    last_build: Mutex<Option<std::time::Instant>>,
    /// The modules of the last good build, by path.
    linked: Mutex<Arc<HashMap<OsString, Arc<LinkedModule>>>>,
    /// The files of those modules (the module part of [`Graph::read`]).
    files: Mutex<Arc<BTreeSet<PathBuf>>>,
    /// The folders of the last good build's modules and their parents, with their modification
    /// times when it started: a file created, removed or renamed in one of them may change what
    /// an import resolves to.
    folders: Mutex<HashMap<OsString, Option<SystemTime>>>,
    /// The last good build's chunk plan (see [`Graph::last_plan`]).
    plan: super::chunk::PlanSlot,
}

/// One module of a build as a rebuild may take it again.
#[derive(Debug)]
struct LinkedModule {
    /// `None` for a file that could not be stamped: never taken again.
    stamp: Option<Stamp>,
    id: String,
    record: Arc<ModuleRecord>,
    /// The files its specifiers resolved to.
    targets: Vec<PathBuf>,
    externals: Vec<String>,
    warnings: Vec<BundleDiagnostic>,
    assets: Vec<AssetFile>,
}

/// A file's size, modification time and inode: changed by every write and every replacement.
#[derive(Debug, PartialEq, Eq)]
struct Stamp(u64, SystemTime, u64);

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt as _;
        let metadata = std::fs::metadata(path).ok()?;
        Some(Stamp(
            metadata.len(),
            metadata.modified().ok()?,
            metadata.ino(),
        ))
    }
}

/// What `lock` holds (nothing, should a thread have panicked with it).
fn copy_of<T: Clone + Default>(lock: &Mutex<T>) -> T {
    lock.lock().map(|value| value.clone()).unwrap_or_default()
}

fn modified(folder: &Path) -> Option<SystemTime> {
    std::fs::metadata(folder).and_then(|m| m.modified()).ok()
}

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
        let cached = self.state.transformed.lock().ok().and_then(|map| {
            map.get(path)
                .filter(|(h, _)| *h == hash)
                .map(|(_, l)| l.clone())
        });
        if let Some(loaded) = cached {
            return Ok(loaded);
        }
        let loaded = transform()?;
        if let Ok(mut map) = self.state.transformed.lock() {
            map.insert(path.to_path_buf(), (hash, loaded.clone()));
        }
        Ok(loaded)
    }

    /// The part of the cache for builds like `options` describes.
    fn scoped(&self, options: &BundleOptions) -> TransformCache {
        let key = build_key(options);
        let state = self
            .builds
            .lock()
            .map(|mut builds| {
                builds
                    .entry(key.clone())
                    .or_insert_with(|| {
                        // A new kind of build starts from what the last server kept on disk.
                        let disk = super::persist::location(&options.root, &key);
                        let transformed = disk
                            .as_deref()
                            .and_then(super::persist::read)
                            .unwrap_or_default();
                        Arc::new(CacheState {
                            transformed: Mutex::new(transformed),
                            disk,
                            ..Default::default()
                        })
                    })
                    .clone()
            })
            .unwrap_or_default();
        TransformCache {
            builds: self.builds.clone(),
            state,
        }
    }

    /// What a build may take from the last good one: its modules, and the folders that changed
    /// since it started (with the times seen now).
    fn previous(&self) -> Previous {
        let linked = copy_of(&self.state.linked);
        let folders = copy_of(&self.state.folders);
        let mut now = HashMap::default();
        let mut changed = HashSet::default();
        for (folder, then) in folders {
            let time = modified(Path::new(&folder));
            if time != then || time.is_none() {
                changed.insert(folder.clone());
            }
            now.insert(folder, time);
        }
        let files = copy_of(&self.state.files);
        Previous {
            linked,
            files,
            changed,
            now,
        }
    }

    /// Notes that a build of this kind is under way (see [`TransformCache::write_once`]).
    fn busy(&self) {
        if let Ok(mut last) = self.state.last_build.lock() {
            *last = Some(std::time::Instant::now());
        }
    }

    /// Writes the transformed modules to disk after the first good build of its kind, on a
    /// thread of its own, once no build of its kind has started for [`WRITE_DELAY`]: on two
    /// cores, writing 10,000 modules beside the first bundle's emission delayed the server's
    /// first answer, and beside an edit's rebuild (which waits for the table) that rebuild.
    fn write_once(&self) {
        use std::sync::atomic::Ordering;
        let Some(disk) = self.state.disk.clone() else {
            return;
        };
        if self.state.written.swap(true, Ordering::SeqCst) {
            return;
        }
        let state = self.state.clone();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(WRITE_DELAY);
                let quiet = state
                    .last_build
                    .lock()
                    .map(|last| last.is_none_or(|last| last.elapsed() >= WRITE_DELAY))
                    .unwrap_or(true);
                if quiet {
                    break;
                }
            }
            if let Ok(transformed) = state.transformed.lock() {
                // Only time is lost when this fails: the next server transforms again.
                let _ = super::persist::write(&disk, &transformed);
            }
        });
    }

    /// Keeps a good build's modules, their files and folders for the next one.
    fn remember(
        &self,
        previous: &Previous,
        linked: HashMap<OsString, Arc<LinkedModule>>,
        files: Arc<BTreeSet<PathBuf>>,
    ) {
        if let Ok(mut f) = self.state.files.lock() {
            *f = files;
        }
        let mut folders = HashMap::default();
        for path in linked.keys() {
            for folder in resolution_folders(Path::new(path)) {
                let folder = folder.as_os_str();
                if !folders.contains_key(folder) {
                    let time = match previous.now.get(folder) {
                        Some(time) => *time,
                        None => modified(Path::new(folder)),
                    };
                    folders.insert(folder.to_owned(), time);
                }
            }
        }
        if let Ok(mut f) = self.state.folders.lock() {
            *f = folders;
        }
        if let Ok(mut l) = self.state.linked.lock() {
            *l = Arc::new(linked);
        }
    }
}

/// How long a kind of build must have been quiet before its transforms are written to disk (a
/// server stopped before then writes nothing; the next one transforms again).
const WRITE_DELAY: std::time::Duration = std::time::Duration::from_secs(1);

/// What makes two builds transform or link a file differently: everything in `options` but
/// the cache itself and the build's time (`BUILD_TIME`, `BUILD_TIME_FULL`: each build has its
/// own; a module the debug server takes again keeps the time it was transformed at).
fn build_key(options: &BundleOptions) -> String {
    let BundleOptions {
        root,
        entry,
        externals,
        defines,
        minify,
        source_maps,
        development,
        source,
        codegen_env: _,
        out_dir,
        cache: _,
        prefetched: _,
    } = options;
    let defines: Vec<_> = defines
        .iter()
        .filter(|(name, _)| !name.starts_with("BUILD_TIME"))
        .collect();
    content_hash(
        format!(
            "{root:?}|{entry:?}|{externals:?}|{defines:?}|{minify}|{source_maps}|{development}|{source:?}|{out_dir:?}"
        )
        .as_bytes(),
    )
}

/// The last good build, as a new one starts.
#[derive(Default)]
struct Previous {
    linked: Arc<HashMap<OsString, Arc<LinkedModule>>>,
    files: Arc<BTreeSet<PathBuf>>,
    /// Folders whose entries changed since.
    changed: HashSet<OsString>,
    /// The folders' modification times as this build started.
    now: HashMap<OsString, Option<SystemTime>>,
}

impl Previous {
    /// The module at `path` as the last build linked it, when neither its file nor a folder its
    /// imports resolved in (or their parents: `./x` → `x/index.ts` until `x.ts` appears) changed.
    fn reuse(&self, path: &Path, stamp: Option<&Stamp>) -> Option<&Arc<LinkedModule>> {
        let old = self.linked.get(path.as_os_str())?;
        if old.stamp.is_none() || old.stamp.as_ref() != stamp {
            return None;
        }
        let touched = |file: &Path| {
            resolution_folders(file).any(|folder| self.changed.contains(folder.as_os_str()))
        };
        if !self.changed.is_empty() && (touched(path) || old.targets.iter().any(|t| touched(t))) {
            return None;
        }
        Some(old)
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
        last_plan: None,
        helpers: BTreeMap::new(),
    };
    let scoped;
    let options = match &options.cache {
        Some(cache) => {
            scoped = BundleOptions {
                cache: Some(cache.scoped(options)),
                ..options.clone()
            };
            &scoped
        }
        None => options,
    };
    if let Some(cache) = &options.cache {
        cache.busy();
    }
    let previous = options.cache.as_ref().map(TransformCache::previous);
    let walk = Walk {
        options,
        resolver: &resolver,
        seen: Mutex::new(HashSet::from_iter([entry.clone().into_os_string()])),
        packages: Default::default(),
        graph: Mutex::new(graph),
        error: Mutex::new(None),
        previous: previous.as_ref(),
        linked: Mutex::new(HashMap::default()),
        paths: Mutex::new(Vec::new()),
        reshaped: std::sync::atomic::AtomicBool::new(false),
    };
    // Parsing is recursive: the walk runs on threads with a stack for deeply nested sources
    // (`limits` refuses anything deeper, with a coded error).
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(super::limits::STACK_SIZE)
        .thread_name(|index| format!("piral-bundle-{index}"))
        .build()?;
    pool.scope(|scope| visit(scope, &walk, entry));
    crate::timing::mark("walk");
    // A walk that took longer than the writer's wait is not a quiet moment either.
    if let Some(cache) = &options.cache {
        cache.busy();
    }
    if let Some(error) = walk.error.into_inner().expect("never poisoned") {
        return Err(error);
    }
    let mut graph = walk.graph.into_inner().expect("never poisoned");
    let paths = walk.paths.into_inner().expect("never poisoned");
    let linked = walk.linked.into_inner().expect("never poisoned");
    // The same modules as last time (an edit): their files are the same set, taken as it was
    // rather than sorted again.
    let same_modules = previous.as_ref().is_some_and(|previous| {
        paths.len() == previous.files.len()
            && linked.len() == previous.linked.len()
            && linked.keys().all(|path| previous.linked.contains_key(path))
    });
    let files = match &previous {
        Some(previous) if same_modules => previous.files.clone(),
        _ => Arc::new(paths.into_iter().collect()),
    };
    if let Some(cache) = &options.cache {
        let unchanged = same_modules && !walk.reshaped.into_inner();
        if !unchanged && let Ok(mut plan) = cache.state.plan.lock() {
            // Whatever plan this build makes, no other may be taken for it.
            *plan = None;
        }
        graph.last_plan = Some((cache.state.plan.clone(), unchanged));
    }
    let mut config = std::mem::take(&mut graph.read);
    graph.read = (*files).clone();
    graph.read.append(&mut config);
    if let (Some(cache), Some(previous)) = (&options.cache, &previous) {
        cache.remember(previous, linked, files);
        cache.write_once();
    }
    add_shared_helpers(&mut graph);
    graph.assets.sort_by(|a, b| a.name.cmp(&b.name));
    graph.assets.dedup_by(|a, b| a.name == b.name);
    graph.warnings.sort_by(|a, b| a.message.cmp(&b.message));
    crate::timing::mark("graph done");
    Ok(graph)
}

/// The shared state of a graph walk.
struct Walk<'a> {
    options: &'a BundleOptions,
    resolver: &'a ModuleResolver,
    /// By the path's bytes (hashing a `Path` walks its components).
    seen: Mutex<HashSet<OsString>>,
    /// `"sideEffects"` of the package.json files seen.
    packages: super::side_effects::Packages,
    graph: Mutex<Graph>,
    /// The first failure; once set, no more modules are loaded.
    error: Mutex<Option<anyhow::Error>>,
    /// The last good build, when the debug server keeps one.
    previous: Option<&'a Previous>,
    /// This build's modules, for the next one.
    linked: Mutex<HashMap<OsString, Arc<LinkedModule>>>,
    /// The files of this build's modules.
    paths: Mutex<Vec<PathBuf>>,
    /// Whether a module was linked anew with other specifiers or bindings than last time, or
    /// is new.
    reshaped: std::sync::atomic::AtomicBool,
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

/// Loads and links one module (or takes it from the last build) and records it; returns the
/// modules to visit next.
fn add_module(walk: &Walk<'_>, path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let stamp = walk.previous.and_then(|_| Stamp::of(path));
    let linked = match walk
        .previous
        .and_then(|previous| previous.reuse(path, stamp.as_ref()))
    {
        Some(old) => old.clone(),
        None => {
            let linked = load_and_link(walk, path, stamp)?;
            // The empty module (a `false` in a `browser` field) is never stamped, so it is
            // linked every time, always the same.
            let same_shape = path == Path::new(super::load::EMPTY_MODULE)
                || walk
                    .previous
                    .and_then(|previous| previous.linked.get(path.as_os_str()))
                    .is_some_and(|old| {
                        old.id == linked.id
                            && old.record.deps == linked.record.deps
                            && old.record.requires == linked.record.requires
                            && old.record.dynamic == linked.record.dynamic
                    });
            if !same_shape {
                walk.reshaped
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            Arc::new(linked)
        }
    };
    let new: Vec<PathBuf> = {
        let mut seen = walk.seen.lock().expect("never poisoned");
        linked
            .targets
            .iter()
            .filter(|target| {
                !seen.contains(target.as_os_str()) && seen.insert(target.as_os_str().to_owned())
            })
            .cloned()
            .collect()
    };
    if path != Path::new(super::load::EMPTY_MODULE) {
        walk.paths
            .lock()
            .expect("never poisoned")
            .push(path.to_path_buf());
    }
    {
        let mut graph = walk.graph.lock().expect("never poisoned");
        for external in &linked.externals {
            // Mostly known already (`react` of 10,000 modules): no copy made to be dropped.
            if !graph.used_externals.contains(external) {
                graph.used_externals.insert(external.clone());
            }
        }
        graph.warnings.extend(linked.warnings.iter().cloned());
        for asset in &linked.assets {
            if !graph.assets.iter().any(|known| known.name == asset.name) {
                graph.assets.push(asset.clone());
            }
        }
        for (name, text) in &linked.record.helpers {
            if !graph.helpers.contains_key(name) {
                graph.helpers.insert(name.clone(), text.clone());
            }
        }
        graph
            .modules
            .insert(linked.id.clone(), linked.record.clone());
    }
    if walk.previous.is_some() && linked.stamp.is_some() {
        walk.linked
            .lock()
            .expect("never poisoned")
            .insert(path.as_os_str().to_owned(), linked);
    }
    Ok(new)
}

/// Loads and links the module at `path`, whose file was `stamp` before it was read.
fn load_and_link(
    walk: &Walk<'_>,
    path: &Path,
    stamp: Option<Stamp>,
) -> anyhow::Result<LinkedModule> {
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
    let side_effects = super::side_effects::has_side_effects(path, &walk.packages);
    Ok(LinkedModule {
        stamp,
        id,
        record: Arc::new(ModuleRecord {
            code: loaded.code,
            map: loaded.map,
            deps: links.deps,
            requires: loaded.requires,
            dynamic: loaded.dynamic,
            css: loaded.css,
            esm: loaded.esm,
            side_effects,
            helpers: loaded.helpers,
            params: loaded.params,
            lines: Default::default(),
            definition: Default::default(),
        }),
        targets: links.targets,
        externals: links.externals,
        warnings: links.warnings,
        assets: loaded.assets,
    })
}

/// The module that defines the helpers the graph's registry modules share (development
/// builds), each once.
fn add_shared_helpers(graph: &mut Graph) {
    let helpers = std::mem::take(&mut graph.helpers);
    if helpers.is_empty() {
        return;
    }
    let mut code = String::new();
    for text in helpers.values() {
        code.push_str(text);
        code.push('\n');
    }
    let exports: Vec<String> = helpers
        .keys()
        .map(|name| format!("{name}: {name}"))
        .collect();
    code.push_str(&format!("module.exports = {{ {} }};", exports.join(", ")));
    graph.modules.insert(
        SHARED_HELPERS.to_string(),
        Arc::new(ModuleRecord {
            code,
            map: None,
            deps: BTreeMap::new(),
            requires: Vec::new(),
            dynamic: Vec::new(),
            css: None,
            esm: None,
            side_effects: true,
            helpers: Vec::new(),
            params: None,
            lines: Default::default(),
            definition: Default::default(),
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(root: &Path, cache: &TransformCache) -> BundleOptions {
        BundleOptions {
            root: root.to_path_buf(),
            entry: root.join("src/index.ts"),
            externals: BTreeMap::new(),
            defines: BTreeMap::new(),
            minify: false,
            source_maps: false,
            development: true,
            source: Arc::default(),
            codegen_env: BTreeMap::new(),
            out_dir: root.join("dist"),
            cache: Some(cache.clone()),
            prefetched: Default::default(),
        }
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn a_rebuild_takes_untouched_modules_and_follows_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        write(
            &root.join("src/index.ts"),
            "import { a } from './lib/a';\nimport { b } from './b';\nexport const x = a + b;\n",
        );
        write(&root.join("src/lib/a.ts"), "export const a = 1;\n");
        write(&root.join("src/b/index.ts"), "export const b = 2;\n");
        let cache = new_cache();
        // Whether the last chunk plan holds, and the main chunk's modules by the plan.
        let unchanged = |graph: &Graph| graph.last_plan.as_ref().is_some_and(|(_, same)| *same);
        let main = |graph: &Graph| crate::bundler::chunk::plan(graph).main;
        let first = build_graph(&options(&root, &cache)).unwrap();
        assert!(!unchanged(&first));
        let planned = main(&first);
        let second = build_graph(&options(&root, &cache)).unwrap();
        for id in ["src/index.ts", "src/lib/a.ts", "src/b/index.ts"] {
            assert!(Arc::ptr_eq(&first.modules[id], &second.modules[id]), "{id}");
        }
        assert!(unchanged(&second));
        assert_eq!(main(&second), planned);

        // An edit (a new inode: written elsewhere and renamed into place) is loaded again.
        // Modules in other folders are taken as they were.
        write(&root.join("src/lib/a.tmp"), "export const a = 3;\n");
        std::fs::rename(root.join("src/lib/a.tmp"), root.join("src/lib/a.ts")).unwrap();
        let third = build_graph(&options(&root, &cache)).unwrap();
        assert!(third.modules["src/lib/a.ts"].code.contains('3'));
        // Its specifiers are the same: so is the plan.
        assert!(unchanged(&third));
        assert!(Arc::ptr_eq(
            &second.modules["src/b/index.ts"],
            &third.modules["src/b/index.ts"]
        ));

        // `./b` resolves to the new `b.ts` beside the folder, once it appears.
        write(&root.join("src/b.ts"), "export const b = 4;\n");
        let fourth = build_graph(&options(&root, &cache)).unwrap();
        assert_eq!(
            fourth.modules["src/index.ts"].deps.get("./b"),
            Some(&Some("src/b.ts".to_string()))
        );
        assert!(!fourth.modules.contains_key("src/b/index.ts"));
        assert!(!unchanged(&fourth));
        assert!(main(&fourth).contains("src/b.ts"));

        // Another kind of build (here: another define) shares nothing with this one.
        let mut other = options(&root, &cache);
        other.defines.insert("NODE_ENV".into(), "production".into());
        let fifth = build_graph(&other).unwrap();
        assert!(!Arc::ptr_eq(
            &fourth.modules["src/lib/a.ts"],
            &fifth.modules["src/lib/a.ts"]
        ));
    }
}
