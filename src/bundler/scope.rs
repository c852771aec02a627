//! Scope hoisting: the ES modules of a chunk become one scope. Each chunk's ES modules (kept as
//! syntax by `transform`, see [`EsmModule`]) are concatenated in evaluation order (the depth-first
//! post-order of their imports, which is the order ES modules run in) into one module function
//! of the registry. Imports become direct references to the exporting module's binding (live by
//! construction), `export` keywords go away, each of swc's helpers is kept once, and what
//! nothing uses is dropped (`shake`). Top-level names of different modules are told apart by
//! their syntax contexts and renamed by hygiene only where they collide.
//!
//! What stays a module of its own in the registry: CommonJS modules (and ES modules that use
//! `require`, `module`, `exports` or `eval`), JSON, styles, assets, and ES modules that two lazy
//! chunks share. A hoisted module that something outside its scope needs (the entry, an
//! `import()` target, a CommonJS module's `require`, another chunk) gets a namespace object with
//! live getters, handed out by a two-line alias definition under the module's own id.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

// Names are hashed for every identifier of every module: with Fx, not SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use swc_core::common::comments::{Comments, SingleThreadedComments};
use swc_core::common::{BytePos, DUMMY_SP, GLOBALS, Globals, Mark, Span, SyntaxContext};
use swc_core::ecma::ast::{
    BindingIdent, CallExpr, Callee, Decl, DefaultDecl, ExportSpecifier, Expr, ExprOrSpread, FnDecl,
    Ident, IdentName, ImportSpecifier, Lit, MemberExpr, MemberProp, Module, ModuleDecl,
    ModuleExportName, ModuleItem, Pat, Program, Prop, Stmt, Str, UnaryExpr, UnaryOp, VarDecl,
    VarDeclKind, VarDeclarator,
};
use swc_core::ecma::atoms::Atom;
use swc_core::ecma::transforms::base::fixer::fixer;
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use super::chunk::{Chunk, Chunks};
use super::graph::Graph;
use super::shake;
use super::sourcemap::ModuleMap;
use super::transform::{self, EsmModule, PrintOptions};

/// A module as the formats write it: code (a module body, or with `factory` a whole module
/// function), its source maps and its specifier map.
#[derive(Debug)]
pub(crate) struct Emitted<'g> {
    pub(crate) code: Cow<'g, str>,
    /// Source maps by the line of `code` they start on: a module's own at 0, a scope's one per
    /// hoisted module.
    pub(crate) maps: Vec<(u32, Cow<'g, ModuleMap>)>,
    pub(crate) deps: Cow<'g, BTreeMap<String, Option<String>>>,
    /// `code` is a function expression `(require, module, exports, __import, __asset, global)`
    /// rather than the body of one.
    pub(crate) factory: bool,
    /// A module body's parameters as its code names them (`e,t,n`); `None`: the registry's.
    pub(crate) params: Option<&'g str>,
    /// The number of lines `code` ends its last on, kept with a graph module (counted once for
    /// all the debug server's rebuilds).
    pub(crate) lines: Option<&'g std::sync::OnceLock<u32>>,
    /// The module's whole definition as unminified bundles write it, kept with a graph module.
    pub(crate) definition: Option<&'g std::sync::OnceLock<String>>,
    /// A scope's hoisted modules with the bytes of each one's code in it (empty for a module
    /// of its own), for bundle reports.
    pub(crate) parts: Vec<(String, usize)>,
}

/// The graph after scope hoisting: what each chunk defines in the registry.
#[derive(Debug)]
pub(crate) struct Linked<'g> {
    pub(crate) modules: BTreeMap<String, Emitted<'g>>,
    pub(crate) main: BTreeSet<String>,
    pub(crate) lazy: Vec<Chunk>,
    /// The shared chunks' modules (see [`Chunks::shared`]).
    pub(crate) shared: Vec<BTreeSet<String>>,
    /// Every chunk is one scope that needs nothing but shared dependencies, and no lazy chunk
    /// imports a module of the main chunk: the formats may call the scopes directly, without
    /// the registry. Then this holds, for the main chunk and each lazy chunk in order, the
    /// scope's id and the key of its root's namespace in the scope's exports.
    pub(crate) direct: Option<Vec<DirectScope>>,
    /// The key each `import()` target goes by in the scopes' code (module id → key).
    pub(crate) dynamic_keys: BTreeMap<String, String>,
    /// What the formats wrote into each JavaScript file, as they write it (for bundle reports;
    /// `None`: not noted, as in development builds, which nobody reports on).
    pub(crate) contents: Option<std::sync::Mutex<super::emit::Contents>>,
}

/// A scope that a format calls directly (see [`Linked::direct`]).
#[derive(Debug)]
pub(crate) struct DirectScope {
    pub(crate) id: String,
    /// The key of the chunk root's namespace in the scope's exports.
    pub(crate) root_key: usize,
    /// Main chunk only: the main modules that `import()` names, module id → key.
    pub(crate) exposed: BTreeMap<String, usize>,
    /// Which of the module function's parameters the scope uses.
    pub(crate) uses: Uses,
}

/// Which of the module function's parameters a scope's code uses.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Uses {
    pub(crate) import: bool,
    pub(crate) asset: bool,
    pub(crate) global: bool,
    /// Every module of the scope may have arrow functions (the build's target has them).
    pub(crate) arrows: bool,
}

/// The registry id of the scope of the chunk whose root is `root`.
fn scope_id(root: &str) -> String {
    format!("{root}+")
}

/// Hoists the ES modules of each chunk into one scope. `format_calls_scopes`: the output
/// format can call the scopes directly when nothing else needs the registry (pilets v2 and v3).
pub(crate) fn hoist<'g>(
    graph: &'g Graph,
    chunks: Chunks,
    print: PrintOptions,
    format_calls_scopes: bool,
) -> anyhow::Result<Linked<'g>> {
    if graph.modules.values().all(|module| module.esm.is_none()) {
        return registry_only(graph, chunks, print);
    }
    // Which scope each hoisted module belongs to: 0 is the main chunk, i + 1 lazy chunk i. A
    // module two lazy chunks share is in none (each chunk defines it; one instance at run time).
    let mut scope_of: HashMap<&str, usize> = HashMap::default();
    for (id, module) in &graph.modules {
        if module.esm.is_none() {
            continue;
        }
        if chunks.main.contains(id) {
            scope_of.insert(id, 0);
            continue;
        }
        let mut owners = chunks
            .lazy
            .iter()
            .enumerate()
            .filter(|(_, chunk)| chunk.modules.contains(id));
        if let (Some((index, _)), None) = (owners.next(), owners.next()) {
            scope_of.insert(id, index + 1);
        }
    }
    // What something outside a module's scope reaches: it needs a namespace and an alias.
    let mut exposed: BTreeSet<&str> = BTreeSet::new();
    exposed.insert(&graph.entry);
    for (id, module) in &graph.modules {
        let own = scope_of.get(id.as_str());
        for (specifier, target) in &module.deps {
            let Some(target) = target else { continue };
            let Some(target_scope) = scope_of.get(target.as_str()) else {
                continue;
            };
            if own != Some(target_scope) || module.dynamic.contains(specifier) {
                exposed.insert(target);
            }
        }
    }
    let roots: Vec<&str> = std::iter::once(graph.entry.as_str())
        .chain(chunks.lazy.iter().map(|chunk| chunk.target.as_str()))
        .collect();
    let members: Vec<&BTreeSet<String>> = std::iter::once(&chunks.main)
        .chain(chunks.lazy.iter().map(|chunk| &chunk.modules))
        .collect();

    // The formats can call the scopes directly when each chunk is nothing but its scope (modules
    // without code aside) and no lazy chunk reaches into the main one.
    let direct_mode = format_calls_scopes
        && chunks.shared.is_empty()
        && roots
            .iter()
            .enumerate()
            .all(|(index, root)| scope_of.get(root) == Some(&index))
        && members.iter().enumerate().all(|(index, set)| {
            set.iter().all(|id| {
                let Some(module) = graph.modules.get(id) else {
                    return true;
                };
                if is_codeless(module) {
                    return true;
                }
                scope_of.get(id.as_str()) == Some(&index)
                    && (index == 0
                        || module
                            .deps
                            .values()
                            .flatten()
                            .all(|target| !chunks.main.contains(target)))
            })
        });
    let dynamic_keys = dynamic_keys(graph, print);

    // Each scope on a thread of its own, with the stack deeply nested sources need; the modules
    // of a scope are read, rewritten and printed on a pool of such threads.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(super::limits::STACK_SIZE)
        .thread_name(|index| format!("piral-scope-{index}"))
        .build()?;
    let built: Vec<anyhow::Result<Option<BuiltScope>>> = std::thread::scope(|threads| {
        let handles: Vec<_> = (0..roots.len())
            .map(|index| {
                let plan = ScopePlan {
                    graph,
                    index,
                    root: roots[index],
                    members: members[index],
                    scope_of: &scope_of,
                    exposed: &exposed,
                    print,
                    direct: direct_mode,
                    dynamic_keys: &dynamic_keys,
                    pool: &pool,
                };
                std::thread::Builder::new()
                    .stack_size(super::limits::STACK_SIZE)
                    .spawn_scoped(threads, move || plan.build())
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| match handle {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("scope hoisting panicked"))),
                Err(error) => Err(error.into()),
            })
            .collect()
    });

    crate::timing::mark("scopes built");
    let mut modules: BTreeMap<String, Emitted<'g>> = BTreeMap::new();
    let mut sets: Vec<BTreeSet<String>> = vec![BTreeSet::new(); roots.len()];
    let mut direct: Option<Vec<DirectScope>> = direct_mode.then(Vec::new);

    for (index, scope) in built.into_iter().enumerate() {
        let Some(scope) = scope? else {
            direct = None;
            continue;
        };
        let id = scope_id(roots[index]);
        // A chunk's root is exposed (the entry, an `import()` target): its key is its namespace's.
        let root_key = scope.aliases.iter().position(|alias| alias == roots[index]);
        match (&mut direct, root_key) {
            (Some(list), Some(root_key)) => {
                list.push(DirectScope {
                    id: id.clone(),
                    root_key,
                    exposed: scope
                        .aliases
                        .iter()
                        .enumerate()
                        .filter(|_| index == 0)
                        .filter_map(|(key, alias)| Some((dynamic_keys.get(alias)?.clone(), key)))
                        .collect(),
                    uses: scope.uses,
                });
            }
            _ => direct = None,
        }
        for (key, module_id) in scope.aliases.iter().enumerate() {
            let code = if print.minify {
                format!("function(r,m){{m.exports=r(\"s\")[{key}]}}")
            } else {
                format!("function (require, module) {{ module.exports = require(\"s\")[{key}]; }}")
            };
            modules.insert(
                module_id.clone(),
                Emitted {
                    code: Cow::Owned(code),
                    maps: Vec::new(),
                    deps: Cow::Owned(BTreeMap::from([("s".to_string(), Some(id.clone()))])),
                    factory: true,
                    params: None,
                    lines: None,
                    definition: None,
                    parts: Vec::new(),
                },
            );
            sets[index].insert(module_id.clone());
        }
        modules.insert(
            id.clone(),
            Emitted {
                code: Cow::Owned(scope.code),
                maps: scope.maps,
                deps: Cow::Owned(scope.deps),
                factory: true,
                params: None,
                lines: None,
                definition: None,
                parts: scope.parts,
            },
        );
        sets[index].insert(id);
    }
    for (index, set) in members.iter().enumerate() {
        for id in set.iter() {
            if scope_of.contains_key(id.as_str()) {
                continue;
            }
            let Some(module) = graph.modules.get(id) else {
                continue;
            };
            if direct_mode && is_codeless(module) {
                continue;
            }
            sets[index].insert(id.clone());
            if modules.contains_key(id) {
                continue;
            }
            modules.insert(id.clone(), registry_module(id, module, print)?);
        }
    }
    // Shared chunks hold registry modules only: each lazy chunk that needs one loads it.
    let mut shared = Vec::with_capacity(chunks.shared.len());
    for set in &chunks.shared {
        let mut kept = BTreeSet::new();
        for id in set {
            let Some(module) = graph.modules.get(id) else {
                continue;
            };
            kept.insert(id.clone());
            if !modules.contains_key(id) {
                modules.insert(id.clone(), registry_module(id, module, print)?);
            }
        }
        shared.push(kept);
    }
    let mut sets = sets.into_iter();
    let main = sets.next().unwrap_or_default();
    let lazy = chunks
        .lazy
        .into_iter()
        .zip(sets)
        .map(|(chunk, modules)| Chunk {
            target: chunk.target,
            modules,
            shared: chunk.shared,
        })
        .collect();
    Ok(Linked {
        modules,
        main,
        lazy,
        shared,
        direct,
        dynamic_keys,
        contents: None,
    })
}

/// A graph without ES modules to hoist (development builds): every module as the registry
/// defines it, the chunks as planned.
fn registry_only(
    graph: &Graph,
    mut chunks: Chunks,
    print: PrintOptions,
) -> anyhow::Result<Linked<'_>> {
    chunks.main.retain(|id| graph.modules.contains_key(id));
    for chunk in &mut chunks.lazy {
        chunk.modules.retain(|id| graph.modules.contains_key(id));
    }
    for set in &mut chunks.shared {
        set.retain(|id| graph.modules.contains_key(id));
    }
    let modules = graph
        .modules
        .iter()
        .map(|(id, module)| Ok((id.clone(), registry_module(id, module, print)?)))
        .collect::<anyhow::Result<_>>()?;
    Ok(Linked {
        modules,
        main: chunks.main,
        lazy: chunks.lazy,
        shared: chunks.shared,
        direct: None,
        dynamic_keys: dynamic_keys(graph, print),
        contents: None,
    })
}

/// The key each `import()` target goes by in the code: its id, or in minified builds a short
/// number.
fn dynamic_keys(graph: &Graph, print: PrintOptions) -> BTreeMap<String, String> {
    graph
        .modules
        .values()
        .flat_map(|module| {
            module
                .dynamic
                .iter()
                .filter_map(|specifier| module.deps.get(specifier).cloned().flatten())
        })
        .collect::<BTreeSet<String>>()
        .into_iter()
        .enumerate()
        .map(|(index, id)| {
            let key = if print.minify {
                index.to_string()
            } else {
                id.clone()
            };
            (id, key)
        })
        .collect()
}

/// A module that stays a function of the registry, as the formats write it.
fn registry_module<'g>(
    id: &str,
    module: &'g super::graph::ModuleRecord,
    print: PrintOptions,
) -> anyhow::Result<Emitted<'g>> {
    Ok(match &module.esm {
        Some(esm) => {
            let (code, map) = transform::commonjs(esm, &print)
                .map_err(|error| anyhow::anyhow!("{} (in `{id}`)", error.message))?;
            Emitted {
                code: Cow::Owned(code),
                maps: map
                    .map(|map| (0, Cow::Owned(ModuleMap::new(map))))
                    .into_iter()
                    .collect(),
                deps: Cow::Borrowed(&module.deps),
                factory: false,
                params: None,
                lines: None,
                definition: None,
                parts: Vec::new(),
            }
        }
        None => Emitted {
            code: Cow::Borrowed(&module.code),
            maps: module
                .map
                .iter()
                .map(|map| (0, Cow::Borrowed(map)))
                .collect(),
            deps: Cow::Borrowed(&module.deps),
            factory: false,
            params: module.params.as_deref(),
            lines: Some(&module.lines),
            definition: Some(&module.definition),
            parts: Vec::new(),
        },
    })
}

/// What one scope is built from.
struct ScopePlan<'a> {
    graph: &'a Graph,
    index: usize,
    root: &'a str,
    members: &'a BTreeSet<String>,
    scope_of: &'a HashMap<&'a str, usize>,
    exposed: &'a BTreeSet<&'a str>,
    print: PrintOptions,
    /// The formats call the scopes directly (see [`Linked::direct`]): shared dependencies arrive
    /// as SystemJS namespaces, and namespaces need no `__esModule`.
    direct: bool,
    /// The key each `import()` target goes by in the scopes' code.
    dynamic_keys: &'a BTreeMap<String, String>,
    pool: &'a rayon::ThreadPool,
}

/// Whether a module has nothing to evaluate (a stylesheet, the empty module).
fn is_codeless(module: &super::graph::ModuleRecord) -> bool {
    module.esm.is_none() && module.code.trim().is_empty()
}

/// A scope, printed.
struct BuiltScope {
    code: String,
    /// The modules' source maps, by the line of the scope's code each starts on.
    maps: Vec<(u32, Cow<'static, ModuleMap>)>,
    deps: BTreeMap<String, Option<String>>,
    /// The exposed modules, by their key in the scope's exports.
    aliases: Vec<String>,
    uses: Uses,
    /// Each hoisted module and the bytes of its code in `code`.
    parts: Vec<(String, usize)>,
}

/// A hoisted module of a scope: its syntax and what it imports, exports and declares, by name
/// (`transform` left no nested binding named like a top-level one).
struct Hoisted<'a> {
    id: &'a str,
    esm: &'a EsmModule,
    deps: &'a BTreeMap<String, Option<String>>,
    body: Vec<ModuleItem>,
    /// Import bindings: local → (specifier, imported name or `None` for a namespace).
    imports: BTreeMap<Atom, (String, Option<Atom>)>,
    exports: BTreeMap<Atom, Export>,
    /// `export * from` specifiers, in order.
    stars: Vec<String>,
    /// Top-level bindings other than imports.
    tops: Vec<Atom>,
    /// Every name the module's code uses or declares, with how often it occurs.
    names: HashMap<Atom, u32>,
    /// Namespace imports: the members read (`ns.name`), and whether it is used as a value.
    namespace_uses: HashMap<Atom, (BTreeSet<Atom>, bool)>,
    side_effects: bool,
    uses: Uses,
}

#[derive(Clone)]
enum Export {
    Local(Atom),
    From(String, Atom),
    NamespaceFrom(String),
}

/// What a name of a module resolves to.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    /// A top-level binding of a hoisted module (index, name in it).
    Local(usize, Atom),
    /// The namespace object of a hoisted module of this scope.
    Namespace(usize),
    /// A module outside the scope, by key: one of its exports or its namespace (`None`).
    Foreign(String, Option<Atom>),
    Missing,
}

/// What a reference becomes in the printed scope.
#[derive(Clone, Debug)]
enum Replacement {
    Name(Atom),
    Member(Atom, Atom),
    Undefined,
}

/// What a scope gets for a module outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ForeignKind {
    /// An ES namespace (`__esModule`, `default` as an export).
    Es,
    /// CommonJS exports: `default` is the exports unless they say `__esModule`.
    CommonJs,
    /// A SystemJS namespace of a shared dependency: `default` when it has one, else itself.
    Shared,
    /// Nothing to evaluate (a stylesheet): what it gives is `undefined`.
    Codeless,
}

/// The names a foreign module is bound to in a scope.
#[derive(Clone, Default)]
struct ForeignNames {
    /// `require(key)`'s result.
    module: Atom,
    /// Its default export through interop, when used.
    def: Option<Atom>,
    /// Its namespace through interop, when used.
    wildcard: Option<Atom>,
}

/// The names of the module function's parameters and the scope's helpers: readable, or in
/// minified builds the shortest names, taken before any other.
struct Frame {
    require: Atom,
    module: Atom,
    exports: Atom,
    import: Atom,
    def: Atom,
    wildcard: Atom,
    star: Atom,
}

impl Frame {
    fn new(names: &mut Names) -> Self {
        let mut name = |readable: &str| {
            if names.minify {
                names.fresh(readable)
            } else {
                Atom::from(readable)
            }
        };
        Frame {
            require: name("require"),
            module: name("module"),
            exports: name("exports"),
            import: name("__import"),
            def: name("__def"),
            wildcard: name("__wildcard"),
            star: name("__star"),
        }
    }
}

/// The scope's names: every name any module uses is taken, and each new one is fresh.
struct Names {
    taken: HashSet<Atom>,
    minify: bool,
    next_short: usize,
}

/// Names a scope's code never gets: its module function's parameters and keywords.
const RESERVED: &[&str] = &[
    "require",
    "module",
    "exports",
    "__import",
    "__asset",
    "global",
    "arguments",
    "eval",
    "undefined",
    "NaN",
    "Infinity",
    "do",
    "if",
    "in",
    "for",
    "let",
    "new",
    "try",
    "var",
    "case",
    "else",
    "enum",
    "null",
    "this",
    "true",
    "void",
    "with",
    "break",
    "catch",
    "class",
    "const",
    "false",
    "super",
    "throw",
    "while",
    "yield",
    "delete",
    "export",
    "import",
    "public",
    "return",
    "static",
    "switch",
    "typeof",
    "default",
    "extends",
    "finally",
    "package",
    "private",
    "continue",
    "debugger",
    "function",
    "interface",
    "protected",
    "implements",
    "instanceof",
    "await",
    "async",
    "of",
];

impl Names {
    fn fresh(&mut self, base: &str) -> Atom {
        if self.minify {
            loop {
                let name = Atom::from(short_name(self.next_short));
                self.next_short += 1;
                if self.taken.insert(name.clone()) {
                    return name;
                }
            }
        }
        let base = if base.is_empty() { "_" } else { base };
        let mut candidate = Atom::from(base);
        let mut counter = 1;
        while self.taken.contains(&candidate) {
            candidate = Atom::from(format!("{base}${counter}"));
            counter += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// The `index`th short identifier: `a`…`Z`, `$`, `_`, then two characters and so on.
fn short_name(mut index: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_";
    const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_0123456789";
    let mut name = String::new();
    name.push(FIRST[index % FIRST.len()] as char);
    index /= FIRST.len();
    while index > 0 {
        index -= 1;
        name.push(REST[index % REST.len()] as char);
        index /= REST.len();
    }
    name
}

impl ScopePlan<'_> {
    fn build(&self) -> anyhow::Result<Option<BuiltScope>> {
        let scope = self.index;
        let here = |id: &str| self.scope_of.get(id) == Some(&scope);
        if !self.members.iter().any(|id| here(id)) {
            return Ok(None);
        }
        // Evaluation order: the depth-first post-order of static imports from the root.
        let mut order: Vec<&str> = Vec::new();
        let mut state: HashMap<&str, bool> = HashMap::default();
        let mut foreign_steps: Vec<(usize, String)> = Vec::new();
        self.visit(self.root, &mut state, &mut order, &mut foreign_steps);
        self.build_scope(&order, foreign_steps).map(Some)
    }

    /// Depth-first walk; `foreign` gets (position in `order` before which to require, key).
    fn visit<'s>(
        &'s self,
        id: &'s str,
        state: &mut HashMap<&'s str, bool>,
        order: &mut Vec<&'s str>,
        foreign: &mut Vec<(usize, String)>,
    ) {
        if state.contains_key(id) {
            return;
        }
        state.insert(id, false);
        let Some(module) = self.graph.modules.get(id) else {
            return;
        };
        let hoisted = self.scope_of.get(id) == Some(&self.index);
        for specifier in &module.requires {
            let Some(target) = module.deps.get(specifier) else {
                continue;
            };
            match target {
                Some(target)
                    if self
                        .graph
                        .modules
                        .get(target)
                        .is_some_and(|module| is_codeless(module)) => {}
                Some(target) if self.members.contains(target) => {
                    self.visit(target, state, order, foreign);
                    if hoisted && self.scope_of.get(target.as_str()) != Some(&self.index) {
                        foreign.push((order.len(), target.clone()));
                    }
                }
                Some(target) => {
                    if hoisted {
                        foreign.push((order.len(), target.clone()));
                    }
                }
                None => {
                    if hoisted {
                        foreign.push((order.len(), specifier.clone()));
                    }
                }
            }
        }
        state.insert(id, true);
        if hoisted {
            order.push(id);
        }
    }

    fn kind(&self, key: &str) -> ForeignKind {
        match self.graph.modules.get(key) {
            Some(module) if is_codeless(module) => ForeignKind::Codeless,
            // Hoisted modules of other scopes are namespaces.
            Some(_) if self.scope_of.contains_key(key) => ForeignKind::Es,
            Some(_) => ForeignKind::CommonJs,
            // Shared dependencies: the registry's `__cjs` makes them namespaces; called
            // directly, a scope gets SystemJS's namespace as it is.
            None if self.direct => ForeignKind::Shared,
            None => ForeignKind::Es,
        }
    }

    fn build_scope(
        &self,
        order: &[&str],
        foreign_steps: Vec<(usize, String)>,
    ) -> anyhow::Result<BuiltScope> {
        use rayon::prelude::*;
        let minify = self.print.minify;
        let nl = if minify { "" } else { "\n" };

        // 1. Each module read, in parallel: imports, exports, top-level names, every name.
        let mut modules: Vec<Hoisted<'_>> = self.pool.install(|| {
            order
                .par_iter()
                .map(|&id| {
                    let record = &self.graph.modules[id];
                    let esm = record.esm.as_ref().expect("hoisted modules are ES modules");
                    analyze(id, esm, &record.deps, record.side_effects)
                })
                .collect()
        });
        crate::timing::mark("scope: analyze");
        let index_of: HashMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(index, id)| (*id, index))
            .collect();

        // 2. Names and links, in order.
        let mut census: HashMap<&Atom, u32> = HashMap::default();
        for module in &modules {
            for name in module.names.keys() {
                *census.entry(name).or_default() += 1;
            }
        }
        let mut names = Names {
            taken: modules
                .iter()
                .flat_map(|module| module.names.keys().cloned())
                .chain(RESERVED.iter().map(|name| Atom::from(*name)))
                .collect(),
            minify,
            next_short: 0,
        };
        let frame = Frame::new(&mut names);
        // swc's helpers: the first module's copy of each stays.
        let mut helper_names: HashMap<Atom, Atom> = HashMap::default();
        let mut dropped_helpers: Vec<HashSet<Atom>> = vec![HashSet::default(); modules.len()];
        let mut renames: Vec<HashMap<Atom, Atom>> = vec![HashMap::default(); modules.len()];
        // Minified, the names most used get the shortest names.
        let mut tops: Vec<(usize, &Atom, u32)> = modules
            .iter()
            .enumerate()
            .flat_map(|(index, module)| {
                module
                    .tops
                    .iter()
                    .map(move |top| (index, top, module.names.get(top).copied().unwrap_or(0)))
            })
            .collect();
        if minify {
            tops.sort_by_key(|(index, _, count)| (std::cmp::Reverse(*count), *index));
        }
        for (index, top, _) in tops {
            let module = &modules[index];
            {
                if module.esm.helpers.contains(top)
                    && let Some(kept) = helper_names.get(top)
                {
                    dropped_helpers[index].insert(top.clone());
                    renames[index].insert(top.clone(), kept.clone());
                    continue;
                }
                // A name only this module uses keeps it (unless minified); others get fresh ones.
                let keep =
                    !minify && census.get(top).copied() == Some(1) && !RESERVED.contains(&&**top);
                let name = if keep { top.clone() } else { names.fresh(top) };
                if module.esm.helpers.contains(top) {
                    helper_names.insert(top.clone(), name.clone());
                }
                renames[index].insert(top.clone(), name);
            }
        }
        let mut linker = Linker {
            modules: &modules,
            index_of: &index_of,
            renames: &renames,
            names: &mut names,
            namespaces: BTreeMap::new(),
            foreign: BTreeMap::new(),
            uses_def: false,
            uses_wildcard: false,
            uses_star: false,
            namespace_helper: None,
            plan: self,
            frame: &frame,
        };
        // Each module's imports (and the members of its namespace imports) resolved.
        let mut references: Vec<HashMap<Atom, Replacement>> = Vec::new();
        let mut members: Vec<Members> = Vec::new();
        for (index, module) in modules.iter().enumerate() {
            let mut own = HashMap::default();
            let mut own_members = Members::default();
            for (local, (specifier, imported)) in &module.imports {
                let target = linker.resolve_specifier(index, specifier, imported.clone(), 0);
                if let Target::Namespace(target_index) = &target
                    && let Some((read, as_value)) = module.namespace_uses.get(local)
                {
                    for member in read {
                        let resolved = linker.resolve_export(*target_index, member, 0);
                        let replacement = linker.replacement(&resolved);
                        own_members
                            .entry(local.clone())
                            .or_default()
                            .insert(member.clone(), replacement);
                    }
                    if !as_value {
                        continue;
                    }
                }
                own.insert(local.clone(), linker.replacement(&target));
            }
            references.push(own);
            members.push(own_members);
        }
        // Namespace objects of the exposed modules.
        let aliases: Vec<String> = order
            .iter()
            .filter(|id| self.exposed.contains(**id))
            .map(|id| id.to_string())
            .collect();
        for id in &aliases {
            linker.namespace(index_of[id.as_str()]);
        }
        // Namespace objects may name more namespaces: until none is new.
        let mut namespace_items: Vec<shake::Item> = Vec::new();
        let mut done: BTreeSet<usize> = BTreeSet::new();
        loop {
            let pending: Vec<(usize, Atom)> = linker
                .namespaces
                .iter()
                .filter(|(index, _)| !done.contains(index))
                .map(|(index, name)| (*index, name.clone()))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (index, ns) in pending {
                done.insert(index);
                namespace_items.extend(linker.namespace_items(index, &ns, nl));
            }
        }
        let (uses_def, uses_wildcard, uses_star) =
            (linker.uses_def, linker.uses_wildcard, linker.uses_star);
        let namespace_helper = linker.namespace_helper.clone();
        let namespaces = linker.namespaces.clone();
        let foreign = linker.foreign.clone();
        drop(linker);
        let scope_names: HashSet<Atom> = renames
            .iter()
            .flat_map(|map| map.values().cloned())
            .chain(namespaces.values().cloned())
            .chain(foreign.values().flat_map(|names| {
                std::iter::once(names.module.clone())
                    .chain(names.def.clone())
                    .chain(names.wildcard.clone())
            }))
            .collect();

        crate::timing::mark("scope: names+links");
        // 3. Each module rewritten, in parallel: its own top-level names renamed, imports
        // replaced by what they resolve to, `export` and `import` gone; one record per statement.
        let rewritten: Vec<Rewritten> = self.pool.install(|| {
            modules
                .par_iter_mut()
                .enumerate()
                .map(|(index, module)| {
                    rewrite_module(
                        module,
                        index,
                        &dropped_helpers[index],
                        &renames[index],
                        &references[index],
                        &members[index],
                        self.dynamic_keys,
                        &scope_names,
                        &frame.import,
                    )
                })
                .collect()
        });

        // 4. The scope's own statements, then tree shaking over all of them.
        let mut deps: BTreeMap<String, Option<String>> = BTreeMap::new();
        let mut generated: Vec<shake::Item> = Vec::new();
        let sp = if minify { "" } else { " " };
        if uses_def {
            let text = if self.direct {
                format!(
                    "function {}(m){sp}{{{sp}return m{sp}&&{sp}\"default\" in m{sp}?{sp}m[\"default\"]{sp}:{sp}m;{sp}}}",
                    frame.def
                )
            } else {
                format!(
                    "function {}(m){sp}{{{sp}return m{sp}&&{sp}m.__esModule{sp}?{sp}m[\"default\"]{sp}:{sp}m;{sp}}}",
                    frame.def
                )
            };
            generated.push(helper_item(text, &frame.def));
        }
        if uses_wildcard {
            let text = format!(
                "function {}(m){sp}{{{sp}if{sp}(m{sp}&&{sp}m.__esModule){sp}return m;{sp}var n{sp}={sp}{{}};{sp}if{sp}(m{sp}!={sp}null){sp}for{sp}(var k in m){sp}n[k]{sp}={sp}m[k];{sp}n[\"default\"]{sp}={sp}m;{sp}return Object.defineProperty(n,{sp}\"__esModule\",{sp}{{{sp}value:{sp}true{sp}}});{sp}}}",
                frame.wildcard
            );
            generated.push(helper_item(text, &frame.wildcard));
        }
        if uses_star {
            let text = format!(
                "function {}(n,{sp}m){sp}{{{sp}Object.keys(m).forEach(function{sp}(k){sp}{{{sp}if{sp}(k{sp}!=={sp}\"default\"{sp}&&{sp}k{sp}!=={sp}\"__esModule\"{sp}&&{sp}!(k in n)){sp}Object.defineProperty(n,{sp}k,{sp}{{{sp}enumerable:{sp}true,{sp}get:{sp}function{sp}(){sp}{{{sp}return m[k];{sp}}}{sp}}});{sp}}});{sp}}}",
                frame.star
            );
            generated.push(helper_item(text, &frame.star));
        }
        if let Some(helper) = &namespace_helper {
            // Own keys only: what a page adds to `Object.prototype` is not an export.
            let text = format!(
                "function {helper}(o){sp}{{{sp}var n{sp}={sp}{{}};{sp}Object.keys(o).forEach(function{sp}(k){sp}{{{sp}Object.defineProperty(n,{sp}k,{sp}{{{sp}get:{sp}o[k],{sp}enumerable:{sp}true{sp}}});{sp}}});{sp}return Object.defineProperty(n,{sp}\"__esModule\",{sp}{{{sp}value:{sp}true{sp}}});{sp}}}"
            );
            generated.push(helper_item(text, helper));
        }
        generated.extend(namespace_items);
        for (key, id) in aliases.iter().enumerate() {
            let ns = namespaces[&index_of[id.as_str()]].clone();
            generated.push(shake::Item::generated(
                format!("{}[{key}]{sp}={sp}{ns};", frame.exports),
                Vec::new(),
                vec![ns],
                shake::Kind::Root,
            ));
        }
        // The steps: modules, with the modules outside the scope required where ES semantics
        // evaluate them.
        let mut items: Vec<shake::Item> = generated;
        let mut pieces: Vec<Piece> = (0..items.len()).map(Piece::Generated).collect();
        let mut foreign_steps = foreign_steps.into_iter().peekable();
        let mut required: BTreeSet<String> = BTreeSet::new();
        let mut short_keys = 0usize;
        let mut module_stmts: Vec<Vec<Stmt>> = Vec::new();
        // The index of each module's first item among `items`.
        let mut firsts: Vec<usize> = Vec::new();
        let mut uses = Uses {
            arrows: modules.iter().all(|module| module.esm.modern),
            ..Uses::default()
        };
        for (position, (stmts, records, dynamic)) in rewritten.into_iter().enumerate() {
            while let Some((_, key)) = foreign_steps.next_if(|(at, _)| *at <= position) {
                if !required.insert(key.clone()) {
                    continue;
                }
                let target = self.dep_target(&key);
                let bound = foreign.get(&key).cloned().unwrap_or_default();
                // Minified, a module of the bundle goes by a short key (`_0`), not its path;
                // shared dependencies keep their specifiers, which the runtime looks up.
                let key = if minify && target.is_some() {
                    short_keys += 1;
                    format!("_{}", short_keys - 1)
                } else {
                    key
                };
                deps.insert(key.clone(), target);
                let quoted = serde_json::Value::from(key.as_str());
                let mut push = |item: shake::Item| {
                    items.push(item);
                    pieces.push(Piece::Generated(items.len() - 1));
                };
                if bound.module.is_empty() {
                    push(shake::Item::generated(
                        format!("{}({quoted});", frame.require),
                        Vec::new(),
                        Vec::new(),
                        shake::Kind::Root,
                    ));
                    continue;
                }
                push(shake::Item::generated(
                    format!("var {}{sp}={sp}{}({quoted});", bound.module, frame.require),
                    vec![bound.module.clone()],
                    Vec::new(),
                    shake::Kind::Root,
                ));
                // The interop views of it (`default`, the namespace), each kept when used.
                for (view, helper) in [(&bound.def, &frame.def), (&bound.wildcard, &frame.wildcard)]
                {
                    if let Some(view) = view {
                        push(shake::Item::generated(
                            format!("var {view}{sp}={sp}{helper}({});", bound.module),
                            vec![view.clone()],
                            vec![bound.module.clone(), helper.clone()],
                            shake::Kind::Pure,
                        ));
                    }
                }
            }
            firsts.push(items.len());
            items.extend(records);
            pieces.push(Piece::Module);
            module_stmts.push(stmts);
            deps.extend(dynamic);
            let module_uses = modules[position].uses;
            uses.import |= module_uses.import;
            uses.asset |= module_uses.asset;
            uses.global |= module_uses.global;
        }
        let kept = shake::shake(&items);
        crate::timing::mark("scope: rewrite+items+shake");

        // 5. The kept statements of each module printed, in parallel, each with its source map.
        let printed: Vec<anyhow::Result<(String, Option<ModuleMap>)>> = self.pool.install(|| {
            module_stmts
                .into_par_iter()
                .enumerate()
                .map(|(position, stmts)| {
                    let first = firsts[position];
                    let stmts: Vec<Stmt> = stmts
                        .into_iter()
                        .enumerate()
                        .filter(|(offset, _)| kept[first + offset])
                        .map(|(_, stmt)| stmt)
                        .collect();
                    // swc's map made small here, in parallel (and its tokens freed).
                    print_module(modules[position].esm, stmts, &self.print)
                        .map(|(text, map)| (text, map.map(ModuleMap::new)))
                })
                .collect()
        });

        // The modules' syntax was freed on the pool's threads as they printed: given back to
        // the system now, before the bundle's text and map are made elsewhere.
        self.pool
            .broadcast(|_| crate::allocator::give_back_freed_memory());
        crate::timing::mark("scope: print");
        // 6. The module function: `"use strict"`, then every piece on lines of its own.
        let mut code = if minify {
            // Trailing parameters the code does not use are left out; a caller may still pass
            // them. The others keep their places: the registry calls every module alike.
            let mut params = vec![
                frame.require.clone(),
                frame.module.clone(),
                frame.exports.clone(),
            ];
            let used = [
                (uses.import, frame.import.clone()),
                (uses.asset, Atom::from("__asset")),
                (uses.global, Atom::from("global")),
            ];
            let last = used.iter().rposition(|(used, _)| *used);
            for (index, (used, name)) in used.into_iter().enumerate() {
                if last.is_some_and(|last| index <= last) {
                    params.push(if used { name } else { names.fresh("") });
                }
            }
            format!(
                "function({}){{\"use strict\";\n",
                params
                    .iter()
                    .map(|name| &**name)
                    .collect::<Vec<_>>()
                    .join(",")
            )
        } else {
            String::from(
                "function (require, module, exports, __import, __asset, global) {\n\"use strict\";\n",
            )
        };
        let mut line = code.matches('\n').count() as u32;
        // Room for every piece at once (ten copies of three.js: 7 MB, copied again and again
        // while the text grew).
        code.reserve(
            printed
                .iter()
                .map(|result| result.as_ref().map_or(0, |(text, _)| text.len() + 1))
                .sum::<usize>()
                + items
                    .iter()
                    .zip(&kept)
                    .filter(|(_, kept)| **kept)
                    .map(|(item, _)| item.text().len() + 1)
                    .sum::<usize>()
                + 1,
        );
        let mut maps = Vec::new();
        // Modules' pieces come in the order they were printed in.
        let mut printed = printed.into_iter();
        let mut parts = Vec::new();
        let mut position = 0;
        for piece in &pieces {
            match piece {
                Piece::Generated(index) => {
                    if kept[*index] {
                        code.push_str(items[*index].text());
                        code.push('\n');
                        line += 1 + items[*index].text().matches('\n').count() as u32;
                    }
                }
                Piece::Module => {
                    let Some(result) = printed.next() else {
                        continue;
                    };
                    let hoisted = modules[position].id;
                    position += 1;
                    let (text, map) = result?;
                    let text = text.trim_end();
                    if text.is_empty() {
                        continue;
                    }
                    if let Some(map) = map {
                        maps.push((line, Cow::Owned(map)));
                    }
                    code.push_str(text);
                    code.push('\n');
                    parts.push((hoisted.to_string(), text.len() + 1));
                    line += 1 + text.matches('\n').count() as u32;
                }
            }
        }
        code.push('}');
        Ok(BuiltScope {
            code,
            maps,
            deps,
            aliases,
            uses,
            parts,
        })
    }

    /// What a key of the scope's specifier map stands for: a module id, or `None` for a shared
    /// dependency (keys of those are their specifiers).
    fn dep_target(&self, key: &str) -> Option<String> {
        self.graph
            .modules
            .contains_key(key)
            .then(|| key.to_string())
    }
}

/// A helper function of the scope, kept when used.
fn helper_item(text: String, name: &Atom) -> shake::Item {
    shake::Item::generated(text, vec![name.clone()], Vec::new(), shake::Kind::Pure)
}

/// A piece of the scope's code, in order.
enum Piece {
    /// A statement the scope generated (index into the shaken items).
    Generated(usize),
    /// The next module's statements.
    Module,
}

/// Resolves names across the hoisted modules of a scope.
struct Linker<'a, 'p> {
    modules: &'a [Hoisted<'a>],
    index_of: &'a HashMap<&'a str, usize>,
    renames: &'a [HashMap<Atom, Atom>],
    names: &'a mut Names,
    /// Namespace objects wanted: module index → binding.
    namespaces: BTreeMap<usize, Atom>,
    foreign: BTreeMap<String, ForeignNames>,
    uses_def: bool,
    uses_wildcard: bool,
    uses_star: bool,
    /// The helper that makes namespace objects from arrow getters, once one needs it.
    namespace_helper: Option<Atom>,
    plan: &'p ScopePlan<'p>,
    frame: &'a Frame,
}

/// A binding name for a module: `import_<file stem>`.
fn module_binding_name(key: &str) -> String {
    let stem = key
        .rsplit('/')
        .find(|part| !part.is_empty() && !part.starts_with("index."))
        .unwrap_or(key);
    let stem = stem.split('.').next().unwrap_or(stem);
    let mut name: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    format!("import_{name}")
}

impl Linker<'_, '_> {
    fn foreign_names(&mut self, key: &str) -> &mut ForeignNames {
        if !self.foreign.contains_key(key) {
            let module = self.names.fresh(&module_binding_name(key));
            self.foreign.insert(
                key.to_string(),
                ForeignNames {
                    module,
                    def: None,
                    wildcard: None,
                },
            );
        }
        self.foreign.get_mut(key).expect("just inserted")
    }

    fn namespace(&mut self, index: usize) -> Atom {
        if let Some(name) = self.namespaces.get(&index) {
            return name.clone();
        }
        let name = self.names.fresh(&format!(
            "{}_ns",
            module_binding_name(self.modules[index].id)
        ));
        self.namespaces.insert(index, name.clone());
        name
    }

    /// What `specifier` of module `index` gives for `imported` (`None`: its namespace).
    fn resolve_specifier(
        &mut self,
        index: usize,
        specifier: &str,
        imported: Option<Atom>,
        depth: usize,
    ) -> Target {
        let module = &self.modules[index];
        let key = match module.deps.get(specifier) {
            Some(Some(target)) => target.clone(),
            Some(None) => specifier.to_string(),
            None => return Target::Missing,
        };
        match self.index_of.get(key.as_str()) {
            Some(&target) => match imported {
                Some(name) => self.resolve_export(target, &name, depth + 1),
                None => Target::Namespace(target),
            },
            None if self.plan.kind(&key) == ForeignKind::Codeless => Target::Missing,
            None => Target::Foreign(key, imported),
        }
    }

    /// What export `name` of module `index` is.
    fn resolve_export(&mut self, index: usize, name: &Atom, depth: usize) -> Target {
        if depth > 100 {
            return Target::Missing;
        }
        let module = &self.modules[index];
        if let Some(export) = module.exports.get(name).cloned() {
            return match export {
                Export::Local(local) => match module.imports.get(&local).cloned() {
                    Some((specifier, imported)) => {
                        self.resolve_specifier(index, &specifier, imported, depth)
                    }
                    None => Target::Local(index, local),
                },
                Export::From(specifier, imported) => {
                    self.resolve_specifier(index, &specifier, Some(imported), depth)
                }
                Export::NamespaceFrom(specifier) => {
                    self.resolve_specifier(index, &specifier, None, depth)
                }
            };
        }
        if &**name == "default" {
            return Target::Missing;
        }
        for specifier in module.stars.clone() {
            match self.resolve_specifier(index, &specifier, Some(name.clone()), depth) {
                Target::Missing => continue,
                found => return found,
            }
        }
        Target::Missing
    }

    /// Every export name of module `index` with its target, `export *` included (local ones
    /// statically; foreign ones come back as keys to copy at run time).
    fn all_exports(
        &mut self,
        index: usize,
        seen: &mut BTreeSet<usize>,
        names: &mut BTreeMap<Atom, Target>,
        foreign_stars: &mut Vec<String>,
    ) {
        if !seen.insert(index) {
            return;
        }
        let module = &self.modules[index];
        let own: Vec<Atom> = module.exports.keys().cloned().collect();
        let stars = module.stars.clone();
        for name in own {
            if let std::collections::btree_map::Entry::Vacant(entry) = names.entry(name.clone()) {
                entry.insert(self.resolve_export(index, &name, 0));
            }
        }
        for specifier in stars {
            let key = match self.modules[index].deps.get(&specifier) {
                Some(Some(target)) => target.clone(),
                Some(None) => specifier.clone(),
                None => continue,
            };
            match self.index_of.get(key.as_str()) {
                Some(&target) => {
                    let mut inner = BTreeMap::new();
                    self.all_exports(target, seen, &mut inner, foreign_stars);
                    for (name, target) in inner {
                        if &*name != "default" {
                            names.entry(name).or_insert(target);
                        }
                    }
                }
                None => foreign_stars.push(key),
            }
        }
    }

    /// The statements that create module `index`'s namespace object `ns`.
    fn namespace_items(&mut self, index: usize, ns: &Atom, nl: &str) -> Vec<shake::Item> {
        let minify = self.names.minify;
        let sp = if minify { "" } else { " " };
        let mut names = BTreeMap::new();
        let mut foreign_stars = Vec::new();
        self.all_exports(index, &mut BTreeSet::new(), &mut names, &mut foreign_stars);
        // With arrow functions (every module of the scope may have them), a helper makes the
        // object from `name: () => binding`, 11 bytes less per export than a getter.
        let arrows = !self.plan.direct && self.modules.iter().all(|module| module.esm.modern);
        let mut getters = Vec::new();
        let mut refs = Vec::new();
        for (name, target) in names {
            let key = if swc_core::ecma::utils::is_valid_prop_ident(&name) && &*name != "__proto__"
            {
                name.to_string()
            } else {
                serde_json::Value::from(name.to_string()).to_string()
            };
            let replacement = self.replacement(&target);
            refs.extend(replacement.names());
            getters.push(if arrows {
                // A computed key: `"__proto__": …` would set the prototype.
                let key = if &*name == "__proto__" {
                    format!("[{key}]")
                } else {
                    key
                };
                format!("{key}:{sp}(){sp}=>{sp}{}", replacement.text())
            } else {
                format!("get {key}(){sp}{{{sp}return {};{sp}}}", replacement.text())
            });
        }
        let object = format!("{{{sp}{}{sp}}}", getters.join(&format!(",{nl}{sp}")));
        let text = if self.plan.direct {
            format!("var {ns}{sp}={sp}{object};")
        } else if arrows {
            let names = &mut *self.names;
            let helper = self
                .namespace_helper
                .get_or_insert_with(|| names.fresh("__namespace"))
                .clone();
            refs.push(helper.clone());
            format!("var {ns}{sp}={sp}{helper}({object});")
        } else {
            format!(
                "var {ns}{sp}={sp}Object.defineProperty({object},{sp}\"__esModule\",{sp}{{{sp}value:{sp}true{sp}}});"
            )
        };
        let mut items = vec![shake::Item::generated(
            text,
            vec![ns.clone()],
            refs,
            shake::Kind::Pure,
        )];
        for key in foreign_stars {
            self.uses_star = true;
            let module = self.foreign_names(&key).module.clone();
            items.push(shake::Item::generated(
                format!("{}({ns},{sp}{module});", self.frame.star),
                Vec::new(),
                vec![ns.clone(), module, self.frame.star.clone()],
                shake::Kind::Tied(ns.clone()),
            ));
        }
        items
    }

    /// What a reference to `target` becomes.
    fn replacement(&mut self, target: &Target) -> Replacement {
        match target {
            Target::Local(index, name) => Replacement::Name(
                self.renames[*index]
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| name.clone()),
            ),
            Target::Namespace(index) => Replacement::Name(self.namespace(*index)),
            Target::Foreign(key, member) => {
                let kind = self.plan.kind(key);
                let es = kind == ForeignKind::Es;
                let module = self.foreign_names(key).module.clone();
                let bound = self.foreign.get_mut(key).expect("bound just now");
                let names = &mut *self.names;
                match member {
                    Some(name) if &**name == "default" && !es => {
                        self.uses_def = true;
                        let def = bound
                            .def
                            .get_or_insert_with(|| names.fresh(&format!("{module}_default")));
                        Replacement::Name(def.clone())
                    }
                    Some(name) => Replacement::Member(module, name.clone()),
                    None if es || kind == ForeignKind::Shared => Replacement::Name(module),
                    None => {
                        self.uses_wildcard = true;
                        let wildcard = bound
                            .wildcard
                            .get_or_insert_with(|| names.fresh(&format!("{module}_ns")));
                        Replacement::Name(wildcard.clone())
                    }
                }
            }
            Target::Missing => Replacement::Undefined,
        }
    }
}

impl Replacement {
    fn names(&self) -> Vec<Atom> {
        match self {
            Replacement::Name(name) | Replacement::Member(name, _) => vec![name.clone()],
            Replacement::Undefined => Vec::new(),
        }
    }

    fn text(&self) -> String {
        match self {
            Replacement::Name(name) => name.to_string(),
            Replacement::Member(object, name) => {
                if swc_core::ecma::utils::is_valid_prop_ident(name) {
                    format!("{object}.{name}")
                } else {
                    format!("{object}[{}]", serde_json::Value::from(name.to_string()))
                }
            }
            Replacement::Undefined => "void 0".to_string(),
        }
    }

    fn expr(&self, span: Span) -> Expr {
        match self {
            Replacement::Name(name) => {
                Expr::Ident(Ident::new(name.clone(), span, SyntaxContext::empty()))
            }
            Replacement::Member(object, name) => member_expr(
                Expr::Ident(Ident::new(object.clone(), span, SyntaxContext::empty())),
                name,
                span,
            ),
            Replacement::Undefined => void_zero(span),
        }
    }
}

fn void_zero(span: Span) -> Expr {
    Expr::Unary(UnaryExpr {
        span,
        op: UnaryOp::Void,
        arg: Box::new(Expr::Lit(Lit::Num(swc_core::ecma::ast::Number {
            span: DUMMY_SP,
            value: 0.0,
            raw: None,
        }))),
    })
}

/// `object.name`, or `object["name"]` when the name is no identifier.
fn member_expr(object: Expr, name: &Atom, span: Span) -> Expr {
    let valid = swc_core::ecma::utils::is_valid_prop_ident(name);
    Expr::Member(MemberExpr {
        span,
        obj: Box::new(object),
        prop: if valid {
            MemberProp::Ident(IdentName::new(name.clone(), span))
        } else {
            MemberProp::Computed(swc_core::ecma::ast::ComputedPropName {
                span,
                expr: Box::new(Expr::Lit(Lit::Str(Str {
                    span,
                    value: name.clone().into(),
                    raw: None,
                }))),
            })
        },
    })
}

/// Reads a module's imports, exports and names.
fn analyze<'a>(
    id: &'a str,
    esm: &'a EsmModule,
    deps: &'a BTreeMap<String, Option<String>>,
    side_effects: bool,
) -> Hoisted<'a> {
    let mut body = esm.module.take_body();
    // The names a default export's binding must not take.
    let mut taken = IdentIds::starting_with("_default");
    body.visit_with(&mut taken);
    let taken: HashSet<Atom> = taken.0.into_iter().map(|(name, _)| name).collect();
    let mut imports = BTreeMap::new();
    let mut exports = BTreeMap::new();
    let mut stars = Vec::new();
    let mut tops = Vec::new();
    let text = |name: &ModuleExportName| -> Atom {
        match name {
            ModuleExportName::Ident(ident) => ident.sym.clone(),
            ModuleExportName::Str(text) => text.value.to_atom_lossy().into_owned(),
        }
    };
    // `export default <expression>` and anonymous default declarations get a binding.
    let default_name = || -> Atom {
        let mut counter = 0;
        loop {
            let name = Atom::from(if counter == 0 {
                "_default".to_string()
            } else {
                format!("_default${counter}")
            });
            counter += 1;
            if !taken.contains(&name) {
                return name;
            }
        }
    };
    for item in &mut body {
        match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => tops.extend(decl_names(decl)),
            ModuleItem::Stmt(stmt) => tops.extend(
                transform::nested_var_ids(stmt)
                    .into_iter()
                    .map(|(sym, _)| sym),
            ),
            ModuleItem::ModuleDecl(decl) => match decl {
                ModuleDecl::Import(import) => {
                    let specifier = import.src.value.to_atom_lossy().to_string();
                    for spec in &import.specifiers {
                        match spec {
                            ImportSpecifier::Named(named) => {
                                let imported = named
                                    .imported
                                    .as_ref()
                                    .map_or_else(|| named.local.sym.clone(), &text);
                                imports.insert(
                                    named.local.sym.clone(),
                                    (specifier.clone(), Some(imported)),
                                );
                            }
                            ImportSpecifier::Default(default) => {
                                imports.insert(
                                    default.local.sym.clone(),
                                    (specifier.clone(), Some(Atom::from("default"))),
                                );
                            }
                            ImportSpecifier::Namespace(ns) => {
                                imports.insert(ns.local.sym.clone(), (specifier.clone(), None));
                            }
                        }
                    }
                }
                ModuleDecl::ExportDecl(export) => {
                    for name in decl_names(&export.decl) {
                        exports.insert(name.clone(), Export::Local(name.clone()));
                        tops.push(name);
                    }
                }
                ModuleDecl::ExportNamed(named) => {
                    let from = named
                        .src
                        .as_ref()
                        .map(|src| src.value.to_atom_lossy().to_string());
                    for spec in &named.specifiers {
                        match spec {
                            ExportSpecifier::Named(spec) => {
                                let exported = spec.exported.as_ref().unwrap_or(&spec.orig);
                                let entry = match &from {
                                    Some(from) => Export::From(from.clone(), text(&spec.orig)),
                                    None => match &spec.orig {
                                        ModuleExportName::Ident(ident) => {
                                            Export::Local(ident.sym.clone())
                                        }
                                        ModuleExportName::Str(_) => continue,
                                    },
                                };
                                exports.insert(text(exported), entry);
                            }
                            ExportSpecifier::Namespace(spec) => {
                                if let Some(from) = &from {
                                    exports.insert(
                                        text(&spec.name),
                                        Export::NamespaceFrom(from.clone()),
                                    );
                                }
                            }
                            ExportSpecifier::Default(spec) => {
                                if let Some(from) = &from {
                                    exports.insert(
                                        spec.exported.sym.clone(),
                                        Export::From(from.clone(), Atom::from("default")),
                                    );
                                }
                            }
                        }
                    }
                }
                ModuleDecl::ExportAll(all) => {
                    stars.push(all.src.value.to_atom_lossy().to_string());
                }
                ModuleDecl::ExportDefaultDecl(default) => {
                    let name = match &mut default.decl {
                        DefaultDecl::Fn(function) => function
                            .ident
                            .get_or_insert_with(|| {
                                Ident::new(default_name(), DUMMY_SP, esm.hygiene.top_level)
                            })
                            .sym
                            .clone(),
                        DefaultDecl::Class(class) => class
                            .ident
                            .get_or_insert_with(|| {
                                Ident::new(default_name(), DUMMY_SP, esm.hygiene.top_level)
                            })
                            .sym
                            .clone(),
                        DefaultDecl::TsInterfaceDecl(_) => continue,
                    };
                    exports.insert(Atom::from("default"), Export::Local(name.clone()));
                    tops.push(name);
                }
                ModuleDecl::ExportDefaultExpr(default) => {
                    let name = default_name();
                    let expr = std::mem::replace(
                        &mut default.expr,
                        Box::new(Expr::Invalid(swc_core::ecma::ast::Invalid {
                            span: DUMMY_SP,
                        })),
                    );
                    let span = default.span;
                    *item = ModuleItem::Stmt(Stmt::Decl(Decl::Var(Box::new(VarDecl {
                        span,
                        ctxt: SyntaxContext::empty(),
                        kind: VarDeclKind::Var,
                        declare: false,
                        decls: vec![VarDeclarator {
                            span,
                            name: Pat::Ident(BindingIdent {
                                id: Ident::new(name.clone(), span, esm.hygiene.top_level),
                                type_ann: None,
                            }),
                            init: Some(expr),
                            definite: false,
                        }],
                    }))));
                    exports.insert(Atom::from("default"), Export::Local(name.clone()));
                    tops.push(name);
                }
                _ => {}
            },
        }
    }
    let mut census = Census {
        names: HashMap::default(),
        namespaces: imports
            .iter()
            .filter(|(_, (_, imported))| imported.is_none())
            .map(|(local, _)| (local.clone(), (BTreeSet::new(), false)))
            .collect(),
        uses: Uses::default(),
    };
    for item in &body {
        item.visit_with(&mut census);
    }
    // Import bindings are replaced by what they import: their names leave the module.
    for local in imports.keys() {
        census.names.remove(local);
    }
    Hoisted {
        id,
        esm,
        deps,
        body,
        imports,
        exports,
        stars,
        tops,
        names: census.names,
        namespace_uses: census.namespaces,
        side_effects,
        uses: census.uses,
    }
}

/// Every name of a module, how its namespace imports are used, and which of the module
/// function's parameters its code needs.
struct Census {
    names: HashMap<Atom, u32>,
    namespaces: HashMap<Atom, (BTreeSet<Atom>, bool)>,
    uses: Uses,
}

impl Visit for Census {
    fn visit_ident(&mut self, ident: &Ident) {
        match &*ident.sym {
            "__asset" => self.uses.asset = true,
            "global" => self.uses.global = true,
            _ => {}
        }
        *self.names.entry(ident.sym.clone()).or_default() += 1;
    }

    fn visit_expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Member(MemberExpr {
                obj,
                prop: MemberProp::Ident(name),
                ..
            }) if matches!(&**obj, Expr::Ident(object) if self.namespaces.contains_key(&object.sym)) =>
            {
                if let Expr::Ident(object) = &**obj
                    && let Some((read, _)) = self.namespaces.get_mut(&object.sym)
                {
                    read.insert(name.sym.clone());
                }
                obj.visit_with(self);
                return;
            }
            Expr::Ident(ident) => {
                if let Some((_, as_value)) = self.namespaces.get_mut(&ident.sym) {
                    *as_value = true;
                }
            }
            _ => {}
        }
        expr.visit_children_with(self);
    }

    fn visit_prop(&mut self, prop: &Prop) {
        if let Prop::Shorthand(ident) = prop
            && let Some((_, as_value)) = self.namespaces.get_mut(&ident.sym)
        {
            *as_value = true;
        }
        prop.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if matches!(call.callee, Callee::Import(_)) {
            self.uses.import = true;
        }
        call.visit_children_with(self);
    }
}

/// The names a declaration introduces.
pub(super) fn decl_names(decl: &Decl) -> Vec<Atom> {
    transform::decl_ids(decl)
        .into_iter()
        .map(|(sym, _)| sym)
        .collect()
}

/// A module rewritten: its statements, a shaking record for each, and its `import()` keys.
type Rewritten = (
    Vec<Stmt>,
    Vec<shake::Item>,
    BTreeMap<String, Option<String>>,
);

/// A module's statements for the scope, with a shaking record for each.
#[allow(clippy::too_many_arguments)]
fn rewrite_module(
    module: &mut Hoisted<'_>,
    index: usize,
    dropped_helpers: &HashSet<Atom>,
    renames: &HashMap<Atom, Atom>,
    references: &HashMap<Atom, Replacement>,
    members: &Members,
    dynamic_keys: &BTreeMap<String, String>,
    scope_names: &HashSet<Atom>,
    import: &Atom,
) -> Rewritten {
    let mut stmts = Vec::new();
    for item in std::mem::take(&mut module.body) {
        let Some(stmt) = strip_module_syntax(item) else {
            continue;
        };
        if let Stmt::Decl(Decl::Fn(function)) = &stmt
            && dropped_helpers.contains(&function.ident.sym)
        {
            continue;
        }
        // One declarator per statement, so that each can go on its own.
        match stmt {
            Stmt::Decl(Decl::Var(var)) if var.decls.len() > 1 => {
                let VarDecl {
                    span,
                    ctxt,
                    kind,
                    declare,
                    decls,
                } = *var;
                for decl in decls {
                    stmts.push(Stmt::Decl(Decl::Var(Box::new(VarDecl {
                        span,
                        ctxt,
                        kind,
                        declare,
                        decls: vec![decl],
                    }))));
                }
            }
            stmt => stmts.push(stmt),
        }
    }
    let mut dynamic = BTreeMap::new();
    let mut rewriter = Rewriter {
        renames,
        references,
        members,
        deps: module.deps,
        dynamic_keys,
        dynamic: &mut dynamic,
        import,
    };
    let purity = shake::Purity {
        comments: &module.esm.comments,
        scope_names,
    };
    let mut records = Vec::with_capacity(stmts.len());
    for stmt in &mut stmts {
        stmt.visit_mut_with(&mut rewriter);
        stmt.visit_mut_with(&mut TopLevelThis);
        let declared = shake::declared_names(stmt);
        let refs = idents(stmt);
        let kind = if declared.is_empty() || !purity.stmt(stmt) {
            shake::Kind::Effect
        } else {
            shake::Kind::Pure
        };
        records.push(shake::Item::statement(
            declared,
            refs,
            kind,
            (!module.side_effects).then_some(index),
        ));
    }
    (stmts, records, dynamic)
}

/// A module item without its module syntax: imports and re-exports go, `export` keywords go,
/// `export default` declarations become declarations.
fn strip_module_syntax(item: ModuleItem) -> Option<Stmt> {
    match item {
        ModuleItem::Stmt(stmt) => Some(stmt),
        ModuleItem::ModuleDecl(decl) => match decl {
            ModuleDecl::ExportDecl(export) => Some(Stmt::Decl(export.decl)),
            ModuleDecl::ExportDefaultDecl(default) => match default.decl {
                DefaultDecl::Fn(function) => Some(Stmt::Decl(Decl::Fn(FnDecl {
                    ident: function.ident.expect("named when analyzed"),
                    declare: false,
                    function: function.function,
                }))),
                DefaultDecl::Class(class) => {
                    Some(Stmt::Decl(Decl::Class(swc_core::ecma::ast::ClassDecl {
                        ident: class.ident.expect("named when analyzed"),
                        declare: false,
                        class: class.class,
                    })))
                }
                DefaultDecl::TsInterfaceDecl(_) => None,
            },
            _ => None,
        },
    }
}

/// Renames a module's top-level bindings, replaces references to its imports, and turns
/// `import()` into `__import(key)`.
/// What the members of a module's namespace imports resolve to: namespace → member → what.
type Members = HashMap<Atom, HashMap<Atom, Replacement>>;

struct Rewriter<'r> {
    renames: &'r HashMap<Atom, Atom>,
    references: &'r HashMap<Atom, Replacement>,
    members: &'r Members,
    deps: &'r BTreeMap<String, Option<String>>,
    dynamic_keys: &'r BTreeMap<String, String>,
    /// The keys `import()` calls use, for the scope's specifier map.
    dynamic: &'r mut BTreeMap<String, Option<String>>,
    /// The name `import()` calls become a call of.
    import: &'r Atom,
}

impl VisitMut for Rewriter<'_> {
    fn visit_mut_ident(&mut self, ident: &mut Ident) {
        if let Some(name) = self.renames.get(&ident.sym) {
            ident.sym = name.clone();
        }
    }

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Ident(ident) => {
                if let Some(replacement) = self.references.get(&ident.sym) {
                    *expr = replacement.expr(ident.span);
                    return;
                }
            }
            Expr::Member(MemberExpr {
                obj,
                prop: MemberProp::Ident(name),
                span,
            }) => {
                if let Expr::Ident(object) = &**obj
                    && let Some(replacement) = self
                        .members
                        .get(&object.sym)
                        .and_then(|members| members.get(&name.sym))
                {
                    *expr = replacement.expr(*span);
                    return;
                }
            }
            _ => {}
        }
        expr.visit_mut_children_with(self);
    }

    fn visit_mut_prop(&mut self, prop: &mut Prop) {
        if let Prop::Shorthand(ident) = prop {
            let value = if let Some(replacement) = self.references.get(&ident.sym) {
                Some(replacement.expr(ident.span))
            } else {
                self.renames.get(&ident.sym).map(|name| {
                    Expr::Ident(Ident::new(name.clone(), ident.span, SyntaxContext::empty()))
                })
            };
            if let Some(value) = value {
                transform::expand_shorthand(prop, value);
                return;
            }
        }
        prop.visit_mut_children_with(self);
    }

    // `{ a }` of a pattern whose top-level binding is renamed: `{ a: n }`, the key stays.
    fn visit_mut_object_pat_prop(&mut self, prop: &mut swc_core::ecma::ast::ObjectPatProp) {
        use swc_core::ecma::ast::ObjectPatProp;
        if let ObjectPatProp::Assign(assign) = prop
            && let Some(name) = self.renames.get(&assign.key.id.sym)
        {
            transform::rename_pattern_shorthand(prop, name.clone());
            // The binding has its name; only a default value is left to rewrite.
            if let ObjectPatProp::KeyValue(key_value) = prop
                && let Pat::Assign(assign) = &mut *key_value.value
            {
                assign.right.visit_mut_with(self);
            }
            return;
        }
        prop.visit_mut_children_with(self);
    }

    fn visit_mut_call_expr(&mut self, call: &mut CallExpr) {
        call.visit_mut_children_with(self);
        if matches!(call.callee, Callee::Import(_)) {
            call.callee = Callee::Expr(Box::new(Expr::Ident(Ident::new(
                self.import.clone(),
                call.span,
                SyntaxContext::empty(),
            ))));
            if let Some(ExprOrSpread { spread: None, expr }) = call.args.first_mut()
                && let Expr::Lit(Lit::Str(text)) = &mut **expr
            {
                let specifier = text.value.to_atom_lossy().to_string();
                match self.deps.get(&specifier) {
                    Some(Some(target)) => {
                        let key = self.dynamic_keys.get(target).unwrap_or(target);
                        self.dynamic.insert(key.clone(), Some(target.clone()));
                        text.value = key.as_str().into();
                        text.raw = None;
                    }
                    Some(None) => {
                        self.dynamic.insert(specifier, None);
                    }
                    None => {}
                }
            }
        }
    }
}

/// Top-level `this` of an ES module is `undefined`.
struct TopLevelThis;

impl VisitMut for TopLevelThis {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if matches!(expr, Expr::This(_)) {
            *expr = void_zero(DUMMY_SP);
            return;
        }
        expr.visit_mut_children_with(self);
    }
    fn visit_mut_function(&mut self, _: &mut swc_core::ecma::ast::Function) {}
    fn visit_mut_class(&mut self, _: &mut swc_core::ecma::ast::Class) {}
}

/// Prints a module's statements with the module's own source map and comments.
fn print_module(
    esm: &EsmModule,
    mut stmts: Vec<Stmt>,
    print: &PrintOptions,
) -> anyhow::Result<(String, Option<swc_sourcemap::SourceMap>)> {
    if stmts.is_empty() {
        return Ok((String::new(), None));
    }
    if print.minify {
        super::squeeze::join_declarations(&mut stmts);
    }
    // Minified, the names are mangled with the module's own syntax contexts, which mean
    // something in the hygiene data the module's passes made them in.
    let fresh;
    let globals = if print.minify {
        &*esm.hygiene.globals
    } else {
        fresh = Globals::new();
        &fresh
    };
    GLOBALS.set(globals, || {
        let (cm, start) = esm.source_map();
        let comments = SingleThreadedComments::default();
        let mut module = Module {
            span: DUMMY_SP,
            body: stmts.into_iter().map(ModuleItem::Stmt).collect(),
            shebang: None,
        };
        if start == esm.start {
            if !print.minify {
                for (pos, list) in &esm.comments.leading {
                    comments.add_leading_comments(*pos, list.clone());
                }
                for (pos, list) in &esm.comments.trailing {
                    comments.add_trailing_comments(*pos, list.clone());
                }
            }
        } else {
            module = esm.unique_names(module);
            rebase(&mut module, esm, start, &comments);
        }
        let mut program = Program::Module(module);
        if print.minify {
            // `var`s in blocks and loops at the top level belong to the scope: kept as named.
            let Program::Module(module) = &mut program else {
                unreachable!("a module stays a module")
            };
            let reserved: Vec<Atom> = module
                .body
                .iter()
                .filter_map(|item| item.as_stmt())
                .flat_map(transform::nested_var_ids)
                .map(|(sym, _)| sym)
                .collect();
            // Mangled here, with the scope's names fixed: the module's own top-level names are
            // the scope's, and the names of other modules it uses are globals to the mangler
            // (no binding of the module declares them). A module moved into another source
            // map had its contexts cleared: resolved again.
            let (unresolved_mark, top_level_mark) = if start == esm.start {
                settle_contexts(module, &esm.hygiene);
                (esm.hygiene.unresolved_mark, esm.hygiene.top_level_mark)
            } else {
                let marks = (Mark::new(), Mark::new());
                program.mutate(resolver(marks.0, marks.1, false));
                marks
            };
            program = transform::minify_with(
                program,
                &cm,
                &comments,
                unresolved_mark,
                top_level_mark,
                None,
                Some(transform::Mangle {
                    top_level: false,
                    eval_free: true,
                    reserved,
                }),
            );
        }
        program.mutate(fixer(Some(&comments)));
        transform::print(&program, &cm, &comments, print, None).map_err(|error| {
            anyhow::anyhow!("cannot print `{}`: {}", esm.source_name, error.message)
        })
    })
}

/// Readies a module's syntax contexts for swc's mangler, which runs with the module's own
/// contexts (`EsmModule::hygiene`):
/// - a name without a context (what linking wrote: other modules' bindings, the module
///   function's parameters; what some passes write for globals), labels aside, is a global: the mangler
///   ignores context-less names when it collects the names its new ones must not take;
/// - every top-level binding gets the top-level context, which is what the mangler keeps
///   (`top_level: false`): the bindings that passes added (swc's helpers) or renamed have
///   contexts of their own, and other modules of the scope name them. Top-level names are
///   unique in a scope, so no other binding shares one.
fn settle_contexts(module: &mut Module, hygiene: &transform::Hygiene) {
    let settled = |ctxt: SyntaxContext| {
        if ctxt == SyntaxContext::empty() {
            hygiene.unresolved
        } else {
            ctxt
        }
    };
    let others: HashSet<swc_core::ecma::ast::Id> = module
        .body
        .iter()
        .filter_map(|item| match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => Some(transform::decl_ids(decl)),
            _ => None,
        })
        .flatten()
        .map(|(sym, ctxt)| (sym, settled(ctxt)))
        .filter(|id| id.1 != hygiene.top_level)
        .collect();
    struct Contexts<'a, F> {
        others: &'a HashSet<swc_core::ecma::ast::Id>,
        top_level: SyntaxContext,
        settled: F,
    }
    impl<F: Fn(SyntaxContext) -> SyntaxContext> VisitMut for Contexts<'_, F> {
        // Labels are no bindings (the mangler names them apart).
        fn visit_mut_labeled_stmt(&mut self, stmt: &mut swc_core::ecma::ast::LabeledStmt) {
            stmt.body.visit_mut_with(self);
        }
        fn visit_mut_break_stmt(&mut self, _: &mut swc_core::ecma::ast::BreakStmt) {}
        fn visit_mut_continue_stmt(&mut self, _: &mut swc_core::ecma::ast::ContinueStmt) {}
        fn visit_mut_ident(&mut self, ident: &mut Ident) {
            ident.ctxt = (self.settled)(ident.ctxt);
            if ident.ctxt != self.top_level
                && !self.others.is_empty()
                && self.others.contains(&ident.to_id())
            {
                ident.ctxt = self.top_level;
            }
        }
    }
    module.visit_mut_with(&mut Contexts {
        others: &others,
        top_level: hygiene.top_level,
        settled,
    });
}

/// Every identifier a node uses.
pub(super) fn idents<N: VisitWith<IdentCollector>>(node: &N) -> Vec<Atom> {
    let mut collector = IdentCollector(Vec::new());
    node.visit_with(&mut collector);
    collector.0
}

pub(super) struct IdentCollector(Vec<Atom>);

/// Every identifier of a node, with its syntax context.
#[derive(Default)]
pub(super) struct IdentIds(
    pub(super) Vec<swc_core::ecma::ast::Id>,
    Option<&'static str>,
);

impl IdentIds {
    /// Only the names that start with `prefix`.
    pub(super) fn starting_with(prefix: &'static str) -> Self {
        IdentIds(Vec::new(), Some(prefix))
    }
}

impl Visit for IdentIds {
    fn visit_ident(&mut self, ident: &Ident) {
        if self.1.is_none_or(|prefix| ident.sym.starts_with(prefix)) {
            self.0.push(ident.to_id());
        }
    }
}

impl Visit for IdentCollector {
    fn visit_ident(&mut self, ident: &Ident) {
        self.0.push(ident.sym.clone());
    }
}

/// Moves a kept module into another source map: spans shifted to where its file starts there,
/// positions reserved for comments of synthesized nodes renumbered in the current globals, all
/// syntax contexts cleared (the module's names are unique), and its comments added.
pub(crate) fn rebase(
    module: &mut Module,
    esm: &EsmModule,
    start: BytePos,
    comments: &SingleThreadedComments,
) {
    struct Rebase {
        from: u32,
        to: u32,
        reserved: HashMap<BytePos, BytePos>,
    }
    impl Rebase {
        fn pos(&mut self, pos: BytePos) -> BytePos {
            if pos.is_dummy() || pos.is_pure() || pos.is_placeholder() || pos.0 == u32::MAX {
                pos
            } else if pos.is_reserved_for_comments() {
                *self
                    .reserved
                    .entry(pos)
                    .or_insert_with(|| Span::dummy_with_cmt().lo)
            } else {
                BytePos(pos.0 - self.from + self.to)
            }
        }
    }
    impl VisitMut for Rebase {
        fn visit_mut_span(&mut self, span: &mut Span) {
            span.lo = self.pos(span.lo);
            span.hi = self.pos(span.hi);
        }
        fn visit_mut_syntax_context(&mut self, ctxt: &mut SyntaxContext) {
            *ctxt = SyntaxContext::empty();
        }
    }
    let mut rebase = Rebase {
        from: esm.start.0,
        to: start.0,
        reserved: HashMap::default(),
    };
    module.visit_mut_with(&mut rebase);
    for (pos, list) in &esm.comments.leading {
        let pos = rebase.pos(*pos);
        comments.add_leading_comments(pos, list.clone());
    }
    for (pos, list) in &esm.comments.trailing {
        let pos = rebase.pos(*pos);
        comments.add_trailing_comments(pos, list.clone());
    }
}
