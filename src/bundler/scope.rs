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
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use swc_core::common::comments::{Comments, SingleThreadedComments};
use swc_core::common::sync::Lrc;
use swc_core::common::{
    BytePos, DUMMY_SP, FileName, GLOBALS, Globals, Mark, SourceMap, Span, SyntaxContext,
};
use swc_core::ecma::ast::{
    BindingIdent, CallExpr, Callee, Decl, DefaultDecl, ExportSpecifier, Expr, ExprOrSpread,
    ExprStmt, FnDecl, Id, Ident, IdentName, ImportSpecifier, KeyValueProp, Lit, MemberExpr,
    MemberProp, Module, ModuleDecl, ModuleExportName, ModuleItem, Pat, Program, Prop,
    PropName, Stmt, Str, UnaryExpr, UnaryOp, VarDecl, VarDeclKind, VarDeclarator,
};
use swc_core::ecma::atoms::Atom;
use swc_core::ecma::transforms::base::fixer::fixer;
use swc_core::ecma::transforms::base::hygiene::hygiene;
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use super::chunk::{Chunk, Chunks};
use super::graph::Graph;
use super::shake;
use super::transform::{self, EsmModule, PrintOptions};

/// A module as the formats write it: code (a module body, or with `factory` a whole module
/// function), its source map and its specifier map.
#[derive(Debug)]
pub(crate) struct Emitted<'g> {
    pub(crate) code: Cow<'g, str>,
    pub(crate) map: Option<Cow<'g, swc_sourcemap::SourceMap>>,
    pub(crate) deps: Cow<'g, BTreeMap<String, Option<String>>>,
    /// `code` is a function expression `(require, module, exports, __import, __asset, global)`
    /// rather than the body of one.
    pub(crate) factory: bool,
    /// How many columns the first line of `code` was cut by after its map was made.
    pub(crate) column_shift: u32,
}

/// The graph after scope hoisting: what each chunk defines in the registry.
#[derive(Debug)]
pub(crate) struct Linked<'g> {
    pub(crate) modules: BTreeMap<String, Emitted<'g>>,
    pub(crate) main: BTreeSet<String>,
    pub(crate) lazy: Vec<Chunk>,
    /// Every chunk is one scope that needs nothing but shared dependencies, and no lazy chunk
    /// imports a module of the main chunk: the formats may call the scopes directly, without
    /// the registry. Then this holds, for the main chunk and each lazy chunk in order, the
    /// scope's id and the key of its root's namespace in the scope's exports.
    pub(crate) direct: Option<Vec<DirectScope>>,
    /// The key each `import()` target goes by in the scopes' code (module id → key).
    pub(crate) dynamic_keys: BTreeMap<String, String>,
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
}

/// The registry id of the scope of the chunk whose root is `root`.
fn scope_id(root: &str) -> String {
    format!("{root}+")
}

/// Hoists the ES modules of each chunk into one scope.
pub(crate) fn hoist<'g>(
    graph: &'g Graph,
    chunks: Chunks,
    print: PrintOptions,
) -> anyhow::Result<Linked<'g>> {
    // Which scope each hoisted module belongs to: 0 is the main chunk, i + 1 lazy chunk i. A
    // module two lazy chunks share is in none (each chunk defines it; one instance at run time).
    let mut scope_of: HashMap<&str, usize> = HashMap::new();
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
    let direct_mode = roots
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
    // Minified builds name `import()` targets by short keys.
    let dynamic_keys: BTreeMap<String, String> = graph
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
        .collect();

    // Each scope on a thread of its own, with the stack deeply nested sources need.
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

    let mut modules: BTreeMap<String, Emitted<'g>> = BTreeMap::new();
    let mut sets: Vec<BTreeSet<String>> = vec![BTreeSet::new(); roots.len()];
    let mut direct: Option<Vec<DirectScope>> = direct_mode.then(Vec::new);

    let main_ids: BTreeSet<&str> = chunks.main.iter().map(String::as_str).collect();
    for (index, scope) in built.into_iter().enumerate() {
        let Some(scope) = scope? else {
            direct = None;
            continue;
        };
        let id = scope_id(roots[index]);
        let root_key = scope.aliases.iter().position(|alias| alias == roots[index]);
        // A lazy chunk's `import()` of a main module needs the registry.
        let reaches_main = index > 0
            && scope
                .deps
                .values()
                .flatten()
                .any(|target| main_ids.contains(target.as_str()));
        match (&mut direct, root_key) {
            (Some(list), Some(root_key)) if !scope.requires_modules && !reaches_main => {
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
                    map: None,
                    deps: Cow::Owned(BTreeMap::from([("s".to_string(), Some(id.clone()))])),
                    factory: true,
                    column_shift: 0,
                },
            );
            sets[index].insert(module_id.clone());
        }
        modules.insert(
            id.clone(),
            Emitted {
                code: Cow::Owned(scope.code),
                map: scope.map.map(Cow::Owned),
                deps: Cow::Owned(scope.deps),
                factory: true,
                column_shift: SCOPE_CALL.len() as u32,
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
            direct = None;
            if modules.contains_key(id) {
                continue;
            }
            let emitted = match &module.esm {
                Some(esm) => {
                    let (code, map) = transform::commonjs(esm, &print)
                        .map_err(|error| anyhow::anyhow!("{} (in `{id}`)", error.message))?;
                    Emitted {
                        code: Cow::Owned(code),
                        map: map.map(Cow::Owned),
                        deps: Cow::Borrowed(&module.deps),
                        factory: false,
                        column_shift: 0,
                    }
                }
                None => Emitted {
                    code: Cow::Borrowed(&module.code),
                    map: module.map.as_ref().map(Cow::Borrowed),
                    deps: Cow::Borrowed(&module.deps),
                    factory: false,
                    column_shift: 0,
                },
            };
            modules.insert(id.clone(), emitted);
        }
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
        })
        .collect();
    Ok(Linked {
        modules,
        main,
        lazy,
        direct,
        dynamic_keys,
    })
}

/// What the printed scope starts with and the formats cut off: its code is the function.
pub(crate) const SCOPE_CALL: &str = "__scope(";

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
}

/// Whether a module has nothing to evaluate (a stylesheet, the empty module).
fn is_codeless(module: &super::graph::ModuleRecord) -> bool {
    module.esm.is_none() && module.code.trim().is_empty()
}

/// A scope, printed.
struct BuiltScope {
    code: String,
    map: Option<swc_sourcemap::SourceMap>,
    deps: BTreeMap<String, Option<String>>,
    /// The exposed modules, by their key in the scope's exports.
    aliases: Vec<String>,
    /// A static require names a module (not only shared dependencies).
    requires_modules: bool,
    uses: Uses,
}

/// One step of a scope, in evaluation order.
enum Step {
    /// A hoisted module's body (index into the scope's modules).
    Module(usize),
    /// A module outside the scope (CommonJS, shared, another chunk's), by its key in the
    /// scope's specifier map: required here, where ES semantics evaluate it.
    Require(String),
}

/// A hoisted module of the scope, re-resolved in the scope's globals.
struct Hoisted<'a> {
    id: &'a str,
    esm: &'a EsmModule,
    deps: &'a BTreeMap<String, Option<String>>,
    body: Vec<ModuleItem>,
    /// Import bindings: local → (specifier, imported name or `None` for a namespace).
    imports: HashMap<Id, (String, Option<Atom>)>,
    exports: HashMap<Atom, Export>,
    /// `export * from` specifiers, in order.
    stars: Vec<String>,
    side_effects: bool,
}

#[derive(Clone)]
enum Export {
    Local(Id),
    From(String, Atom),
    NamespaceFrom(String),
}

/// What a name of a module resolves to.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    Local(Id),
    /// The namespace object of a hoisted module of this scope.
    Namespace(usize),
    /// A module outside the scope, by key: one of its exports or its namespace (`None`).
    Foreign(String, Option<Atom>),
    Missing,
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
        let mut state: HashMap<&str, bool> = HashMap::new();
        let mut foreign_steps: Vec<(usize, String)> = Vec::new();
        self.visit(self.root, &mut state, &mut order, &mut foreign_steps);
        GLOBALS.set(&Globals::new(), || {
            self.build_in_globals(&order, foreign_steps)
        })
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
                Some(target) if self.graph.modules.get(target).is_some_and(is_codeless) => {}
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

    fn build_in_globals(
        &self,
        order: &[&str],
        foreign_steps: Vec<(usize, String)>,
    ) -> anyhow::Result<Option<BuiltScope>> {
        let trace = std::env::var_os("PIRAL_TRACE_SCOPE").is_some();
        let started = std::time::Instant::now();
        let lap = |what: &str| {
            if trace {
                eprintln!("scope {:>8.1} ms  {what}", started.elapsed().as_secs_f64() * 1000.0);
            }
        };
        let cm: Lrc<SourceMap> = Lrc::default();
        let comments = SingleThreadedComments::default();
        let unresolved_mark = Mark::new();
        let unresolved = SyntaxContext::empty().apply_mark(unresolved_mark);

        // Each module into the scope's source map, re-resolved with a top-level mark of its own.
        let mut modules: Vec<Hoisted<'_>> = Vec::new();
        let mut index_of: HashMap<&str, usize> = HashMap::new();
        for &id in order {
            let record = &self.graph.modules[id];
            let esm = record.esm.as_ref().expect("hoisted modules are ES modules");
            let fm = cm.new_source_file(
                Lrc::new(FileName::Custom(esm.source_name.to_string())),
                esm.source.to_string(),
            );
            let mut module = (*esm.module).clone();
            rebase(&mut module, esm, fm.start_pos, &comments);
            let top_mark = Mark::new();
            let mut program = Program::Module(module);
            program.mutate(resolver(unresolved_mark, top_mark, false));
            let Program::Module(module) = program else {
                unreachable!("a module stays a module")
            };
            index_of.insert(id, modules.len());
            modules.push(analyze(id, esm, &record.deps, module, record.side_effects));
        }

        lap("rebased and resolved");
        let params = Params::new();
        let mut linker = Linker {
            modules: &modules,
            index_of: &index_of,
            namespaces: BTreeMap::new(),
            foreign: BTreeMap::new(),
            uses_def: false,
            uses_wildcard: false,
            uses_star: false,
            kind: |key: &str| match self.graph.modules.get(key) {
                Some(module) if is_codeless(module) => ForeignKind::Codeless,
                // Hoisted modules of other scopes are namespaces.
                Some(_) if self.scope_of.contains_key(key) => ForeignKind::Es,
                Some(_) => ForeignKind::CommonJs,
                // Shared dependencies: the registry's `__cjs` makes them namespaces; called
                // directly, a scope gets SystemJS's namespace as it is.
                None if self.direct => ForeignKind::Shared,
                None => ForeignKind::Es,
            },
            direct: self.direct,
        };
        // Every hoisted module's imports resolved, and its body rewritten.
        let mut bodies: Vec<Vec<Stmt>> = Vec::new();
        let mut helper_ids: HashMap<Atom, Id> = HashMap::new();
        let mut renames: HashMap<Id, Id> = HashMap::new();
        let mut dynamic: BTreeMap<String, Option<String>> = BTreeMap::new();
        let mut uses = Uses::default();
        for index in 0..modules.len() {
            let module = &modules[index];
            // swc's inlined helpers: the first of each name stays, the others are dropped.
            let mut skip = HashSet::new();
            for (position, item) in module.body.iter().take(module.esm.helpers).enumerate() {
                if let ModuleItem::Stmt(Stmt::Decl(Decl::Fn(FnDecl { ident, .. }))) = item {
                    match helper_ids.get(&ident.sym) {
                        Some(first) => {
                            renames.insert(ident.to_id(), first.clone());
                            skip.insert(position);
                        }
                        None => {
                            helper_ids.insert(ident.sym.clone(), ident.to_id());
                        }
                    }
                }
            }
            let mut references: HashMap<Id, Target> = HashMap::new();
            for (local, (specifier, imported)) in &module.imports {
                let target = linker.resolve_specifier(index, specifier, imported.clone(), 0);
                references.insert(local.clone(), target);
            }
            let mut body = Vec::new();
            for (position, item) in module.body.iter().enumerate() {
                if skip.contains(&position) {
                    continue;
                }
                if let Some(stmt) = strip_module_syntax(item.clone()) {
                    body.push(stmt);
                }
            }
            let mut rewriter = Rewriter {
                references: &references,
                linker: &mut linker,
                params: &params,
                unresolved,
                deps: module.deps,
                dynamic: &mut dynamic,
                uses: &mut uses,
                dynamic_keys: self.dynamic_keys,
            };
            for stmt in &mut body {
                stmt.visit_mut_with(&mut rewriter);
                stmt.visit_mut_with(&mut TopLevelThis);
            }
            bodies.push(body);
        }
        if !renames.is_empty() {
            for body in &mut bodies {
                for stmt in body.iter_mut() {
                    stmt.visit_mut_with(&mut Renamer(&renames));
                }
            }
        }
        // Namespace objects of the exposed modules (and those used as values).
        let aliases: Vec<String> = order
            .iter()
            .filter(|id| self.exposed.contains(**id))
            .map(|id| id.to_string())
            .collect();
        for id in &aliases {
            linker.namespace(index_of[id.as_str()]);
        }

        // The scope's body: helpers, namespaces, then each step in order.
        lap("linked and rewritten");
        let mut items: Vec<shake::Item> = Vec::new();
        let mut deps: BTreeMap<String, Option<String>> = BTreeMap::new();
        let generated = |text: &str, names: &[(&str, Id)]| snippet(&cm, text, names);
        items.push(shake::Item::root(Stmt::Expr(ExprStmt {
            span: DUMMY_SP,
            expr: Box::new(Expr::Lit(Lit::Str(Str {
                span: DUMMY_SP,
                value: "use strict".into(),
                raw: None,
            }))),
        })));
        // Namespaces may name modules of any kind, helpers included: resolved until none is new.
        let mut namespace_stmts = Vec::new();
        let mut done: BTreeSet<usize> = BTreeSet::new();
        loop {
            let pending: Vec<(usize, Id)> = linker
                .namespaces
                .iter()
                .filter(|(index, _)| !done.contains(index))
                .map(|(index, id)| (*index, id.clone()))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (index, ns) in pending {
                done.insert(index);
                let stmts = linker.namespace_stmts(index, &ns, &params, &cm);
                namespace_stmts.push((index, ns, stmts));
            }
        }
        if linker.uses_def {
            items.push(shake::Item::pure(generated(
                if self.direct {
                    "function $def(m) { return m && \"default\" in m ? m[\"default\"] : m; }"
                } else {
                    "function $def(m) { return m && m.__esModule ? m[\"default\"] : m; }"
                },
                &[("$def", params.def.clone())],
            )));
        }
        if linker.uses_wildcard {
            items.push(shake::Item::pure(generated(
                "function $wild(m) { if (m && m.__esModule) return m; var n = {}; if (m != null) for (var k in m) n[k] = m[k]; n[\"default\"] = m; return Object.defineProperty(n, \"__esModule\", { value: true }); }",
                &[("$wild", params.wildcard.clone())],
            )));
        }
        if linker.uses_star {
            items.push(shake::Item::pure(generated(
                "function $star(n, m) { Object.keys(m).forEach(function (k) { if (k !== \"default\" && k !== \"__esModule\" && !(k in n)) Object.defineProperty(n, k, { enumerable: true, get: function () { return m[k]; } }); }); }",
                &[("$star", params.star.clone())],
            )));
        }
        for (_, _, stmts) in &mut namespace_stmts {
            for stmt in stmts.drain(..) {
                items.push(stmt);
            }
        }
        for (key, id) in aliases.iter().enumerate() {
            let ns = linker.namespaces[&index_of[id.as_str()]].clone();
            items.push(shake::Item::root(generated(
                &format!("$exports[{key}] = $ns;"),
                &[("$exports", params.exports.clone()), ("$ns", ns)],
            )));
        }
        let mut requires_modules = false;
        let mut foreign_steps = foreign_steps.into_iter().peekable();
        let mut required: BTreeSet<String> = BTreeSet::new();
        let mut steps: Vec<Step> = Vec::new();
        for position in 0..=modules.len() {
            while let Some((_, key)) = foreign_steps.next_if(|(at, _)| *at <= position) {
                if required.insert(key.clone()) {
                    steps.push(Step::Require(key));
                }
            }
            if position < modules.len() {
                steps.push(Step::Module(position));
            }
        }
        for step in steps {
            match step {
                Step::Require(key) => {
                    let target = self.dep_target(&key);
                    requires_modules |= target.is_some();
                    deps.insert(key.clone(), target);
                    let names = linker.foreign_names(&key);
                    let mut text = format!("var $m = $require({});", serde_json::Value::from(key));
                    let mut bindings = vec![
                        ("$m", names.module.clone()),
                        ("$require", params.require.clone()),
                    ];
                    if let Some(def) = &names.def {
                        text.push_str(" var $d = $def($m);");
                        bindings.push(("$d", def.clone()));
                        bindings.push(("$def", params.def.clone()));
                    }
                    if let Some(wild) = &names.wildcard {
                        text.push_str(" var $w = $wild($m);");
                        bindings.push(("$w", wild.clone()));
                        bindings.push(("$wild", params.wildcard.clone()));
                    }
                    let mut stmts = snippet_stmts(&cm, &text, &bindings);
                    let first = stmts.remove(0);
                    items.push(shake::Item::root(first));
                    for stmt in stmts {
                        items.push(shake::Item::pure(stmt));
                    }
                }
                Step::Module(index) => {
                    let side_effects = modules[index].side_effects;
                    for stmt in std::mem::take(&mut bodies[index]) {
                        items.push(shake::Item::from_module(stmt, index, side_effects));
                    }
                }
            }
        }
        deps.extend(dynamic);

        lap("assembled");
        let body = shake::shake(items, &comments, unresolved);
        lap("shaken");
        // `__scope(function (…) {…})`: a call of a global, so that the compressor keeps the
        // function; the call is cut off the printed code (`SCOPE_CALL`).
        let function = params.function(body);
        let mut program = Program::Module(Module {
            span: DUMMY_SP,
            body: vec![ModuleItem::Stmt(Stmt::Expr(ExprStmt {
                span: DUMMY_SP,
                expr: Box::new(Expr::Call(CallExpr {
                    span: DUMMY_SP,
                    ctxt: SyntaxContext::empty(),
                    callee: Callee::Expr(Box::new(Expr::Ident(Ident::new(
                        "__scope".into(),
                        DUMMY_SP,
                        unresolved,
                    )))),
                    args: vec![ExprOrSpread {
                        spread: None,
                        expr: Box::new(function),
                    }],
                    type_args: None,
                })),
            }))],
            shebang: None,
        });
        program.mutate(hygiene());
        lap("hygiene");
        if self.print.minify {
            program.visit_mut_with(&mut ClearContexts);
            let unresolved_mark = Mark::new();
            let top_level_mark = Mark::new();
            program.mutate(resolver(unresolved_mark, top_level_mark, false));
            let compress = match std::env::var("PIRAL_COMPRESS").as_deref() {
                Ok("full") => Some(swc_core::ecma::minifier::option::CompressOptions {
                    passes: 1,
                    ..Default::default()
                }),
                Ok("light") => Some(light_compress()),
                _ => None,
            };
            program = transform::minify_with(
                program,
                &cm,
                &comments,
                unresolved_mark,
                top_level_mark,
                compress,
            );
        }
        lap("minified");
        program.mutate(fixer(Some(&comments)));
        let (code, map) = transform::print(&program, &cm, &comments, &self.print, None)
            .map_err(|error| anyhow::anyhow!("cannot print a scope: {}", error.message))?;
        lap("printed");
        let code = code
            .trim_end()
            .trim_end_matches(';')
            .strip_prefix(SCOPE_CALL)
            .and_then(|code| code.strip_suffix(')'))
            .ok_or_else(|| anyhow::anyhow!("a scope printed unexpectedly"))?
            .to_string();
        Ok(Some(BuiltScope {
            code,
            map,
            deps,
            aliases,
            requires_modules,
            uses,
        }))
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

/// The module function's parameters and the scope's own helpers, as bindings of their own.
struct Params {
    require: Id,
    module: Id,
    exports: Id,
    import: Id,
    asset: Id,
    global: Id,
    def: Id,
    wildcard: Id,
    star: Id,
}

impl Params {
    fn new() -> Self {
        let fresh = |name: &str| -> Id {
            (
                Atom::from(name),
                SyntaxContext::empty().apply_mark(Mark::new()),
            )
        };
        Params {
            require: fresh("require"),
            module: fresh("module"),
            exports: fresh("exports"),
            import: fresh("__import"),
            asset: fresh("__asset"),
            global: fresh("global"),
            def: fresh("__def"),
            wildcard: fresh("__wildcard"),
            star: fresh("__star"),
        }
    }

    fn function(&self, body: Vec<Stmt>) -> Expr {
        use swc_core::ecma::ast::{FnExpr, Function, FunctionBody, Param};
        let param = |id: &Id| Param {
            span: DUMMY_SP,
            decorators: Vec::new(),
            pat: Pat::Ident(BindingIdent {
                id: Ident::new(id.0.clone(), DUMMY_SP, id.1),
                type_ann: None,
            }),
        };
        Expr::Fn(FnExpr {
            ident: None,
            function: Box::new(Function {
                params: [
                    &self.require,
                    &self.module,
                    &self.exports,
                    &self.import,
                    &self.asset,
                    &self.global,
                ]
                .into_iter()
                .map(param)
                .collect(),
                decorators: Vec::new(),
                span: DUMMY_SP,
                ctxt: SyntaxContext::empty(),
                body: Some(FunctionBody {
                    span: DUMMY_SP,
                    stmts: body,
                }),
                this_param: None,
                is_generator: false,
                is_async: false,
                type_params: None,
                return_type: None,
            }),
        })
    }
}

/// The names a foreign module is bound to in a scope.
#[derive(Clone)]
struct ForeignNames {
    /// `require(key)`'s result.
    module: Id,
    /// Its default export through interop (`__esModule ? default : the module`), when used.
    def: Option<Id>,
    /// Its namespace through interop, when used.
    wildcard: Option<Id>,
}

/// Resolves names across the hoisted modules of a scope.
struct Linker<'a, F: Fn(&str) -> ForeignKind> {
    modules: &'a [Hoisted<'a>],
    index_of: &'a HashMap<&'a str, usize>,
    /// Namespace objects wanted: module index → binding.
    namespaces: BTreeMap<usize, Id>,
    foreign: BTreeMap<String, ForeignNames>,
    uses_def: bool,
    uses_wildcard: bool,
    uses_star: bool,
    /// What kind of module a foreign key names.
    kind: F,
    direct: bool,
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

fn fresh_id(name: &str) -> Id {
    (
        Atom::from(name),
        SyntaxContext::empty().apply_mark(Mark::new()),
    )
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

impl<F: Fn(&str) -> ForeignKind> Linker<'_, F> {
    fn foreign_names(&mut self, key: &str) -> ForeignNames {
        self.foreign
            .entry(key.to_string())
            .or_insert_with(|| ForeignNames {
                module: fresh_id(&module_binding_name(key)),
                def: None,
                wildcard: None,
            })
            .clone()
    }

    fn namespace(&mut self, index: usize) -> Id {
        let name = format!("{}_ns", module_binding_name(self.modules[index].id));
        self.namespaces
            .entry(index)
            .or_insert_with(|| fresh_id(&name))
            .clone()
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
            None if (self.kind)(&key) == ForeignKind::Codeless => Target::Missing,
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
                Export::Local(id) => match module.imports.get(&id).cloned() {
                    Some((specifier, imported)) => {
                        self.resolve_specifier(index, &specifier, imported, depth)
                    }
                    None => Target::Local(id),
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
            if !names.contains_key(&name) {
                let target = self.resolve_export(index, &name, 0);
                names.insert(name, target);
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
    fn namespace_stmts(
        &mut self,
        index: usize,
        ns: &Id,
        params: &Params,
        cm: &Lrc<SourceMap>,
    ) -> Vec<shake::Item> {
        let mut names = BTreeMap::new();
        let mut foreign_stars = Vec::new();
        self.all_exports(index, &mut BTreeSet::new(), &mut names, &mut foreign_stars);
        let mut getters = Vec::new();
        let mut bindings: Vec<(String, Id)> = vec![("$ns".to_string(), ns.clone())];
        let mut exprs: Vec<(String, Expr)> = Vec::new();
        for (position, (name, target)) in names.into_iter().enumerate() {
            let placeholder = format!("$v{position}");
            let key = if swc_core::ecma::utils::is_valid_prop_ident(&name) {
                name.to_string()
            } else {
                serde_json::Value::from(name.to_string()).to_string()
            };
            getters.push(format!("get {key}() {{ return {placeholder}; }}"));
            exprs.push((placeholder, self.target_expr(&target, DUMMY_SP, params)));
        }
        let mut text = if self.direct {
            format!("var $ns = {{ {} }};", getters.join(", "))
        } else {
            format!(
                "var $ns = Object.defineProperty({{ {} }}, \"__esModule\", {{ value: true }});",
                getters.join(", ")
            )
        };
        for (position, key) in foreign_stars.iter().enumerate() {
            self.uses_star = true;
            let names = self.foreign_names(key);
            let placeholder = format!("$f{position}");
            text.push_str(&format!(" $star($ns, {placeholder});"));
            bindings.push((placeholder, names.module));
        }
        bindings.push(("$star".to_string(), params.star.clone()));
        let borrowed: Vec<(&str, Id)> = bindings
            .iter()
            .map(|(name, id)| (name.as_str(), id.clone()))
            .collect();
        let mut stmts = snippet_stmts(cm, &text, &borrowed);
        let mut replace = PlaceholderExprs(exprs.into_iter().collect());
        for stmt in &mut stmts {
            stmt.visit_mut_with(&mut replace);
        }
        let mut items = Vec::new();
        let mut stmts = stmts.into_iter();
        if let Some(first) = stmts.next() {
            items.push(shake::Item::pure(first));
        }
        for stmt in stmts {
            items.push(shake::Item::tied(stmt, ns.clone()));
        }
        items
    }

    /// The expression a reference to `target` becomes.
    fn target_expr(&mut self, target: &Target, span: Span, params: &Params) -> Expr {
        let _ = params;
        match target {
            Target::Local(id) => Expr::Ident(Ident::new(id.0.clone(), span, id.1)),
            Target::Namespace(index) => {
                let id = self.namespace(*index);
                Expr::Ident(Ident::new(id.0, span, id.1))
            }
            Target::Foreign(key, member) => {
                let kind = (self.kind)(key);
                let es = kind == ForeignKind::Es;
                let mut names = self.foreign_names(key);
                match member {
                    Some(name) if &**name == "default" && !es => {
                        self.uses_def = true;
                        let def = names.def.get_or_insert_with(|| {
                            fresh_id(&format!("{}_default", names.module.0))
                        });
                        let def = def.clone();
                        self.foreign.insert(key.clone(), names);
                        Expr::Ident(Ident::new(def.0, span, def.1))
                    }
                    Some(name) => member_expr(
                        Expr::Ident(Ident::new(names.module.0.clone(), span, names.module.1)),
                        name,
                        span,
                    ),
                    None if es || kind == ForeignKind::Shared => {
                        Expr::Ident(Ident::new(names.module.0.clone(), span, names.module.1))
                    }
                    None => {
                        self.uses_wildcard = true;
                        let wild = names
                            .wildcard
                            .get_or_insert_with(|| fresh_id(&format!("{}_ns", names.module.0)));
                        let wild = wild.clone();
                        self.foreign.insert(key.clone(), names);
                        Expr::Ident(Ident::new(wild.0, span, wild.1))
                    }
                }
            }
            Target::Missing => Expr::Unary(UnaryExpr {
                span,
                op: UnaryOp::Void,
                arg: Box::new(Expr::Lit(Lit::Num(swc_core::ecma::ast::Number {
                    span: DUMMY_SP,
                    value: 0.0,
                    raw: None,
                }))),
            }),
        }
    }
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

/// Reads a module's imports and exports.
fn analyze<'a>(
    id: &'a str,
    esm: &'a EsmModule,
    deps: &'a BTreeMap<String, Option<String>>,
    module: Module,
    side_effects: bool,
) -> Hoisted<'a> {
    let mut imports = HashMap::new();
    let mut exports = HashMap::new();
    let mut stars = Vec::new();
    let text = |name: &ModuleExportName| -> Atom {
        match name {
            ModuleExportName::Ident(ident) => ident.sym.clone(),
            ModuleExportName::Str(text) => text.value.to_atom_lossy().into_owned(),
        }
    };
    let local_of = |name: &ModuleExportName| -> Option<Id> {
        match name {
            ModuleExportName::Ident(ident) => Some(ident.to_id()),
            ModuleExportName::Str(_) => None,
        }
    };
    for item in &module.body {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        match decl {
            ModuleDecl::Import(import) => {
                let specifier = import.src.value.to_atom_lossy().to_string();
                for spec in &import.specifiers {
                    match spec {
                        ImportSpecifier::Named(named) => {
                            let imported = named
                                .imported
                                .as_ref()
                                .map_or_else(|| named.local.sym.clone(), &text);
                            imports
                                .insert(named.local.to_id(), (specifier.clone(), Some(imported)));
                        }
                        ImportSpecifier::Default(default) => {
                            imports.insert(
                                default.local.to_id(),
                                (specifier.clone(), Some(Atom::from("default"))),
                            );
                        }
                        ImportSpecifier::Namespace(ns) => {
                            imports.insert(ns.local.to_id(), (specifier.clone(), None));
                        }
                    }
                }
            }
            ModuleDecl::ExportDecl(export) => {
                for id in decl_ids(&export.decl) {
                    exports.insert(id.0.clone(), Export::Local(id));
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
                                None => match local_of(&spec.orig) {
                                    Some(id) => Export::Local(id),
                                    None => continue,
                                },
                            };
                            exports.insert(text(exported), entry);
                        }
                        ExportSpecifier::Namespace(spec) => {
                            if let Some(from) = &from {
                                exports
                                    .insert(text(&spec.name), Export::NamespaceFrom(from.clone()));
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
            ModuleDecl::ExportDefaultDecl(_) | ModuleDecl::ExportDefaultExpr(_) => {
                // Bound when the body is stripped (`default_binding`).
            }
            _ => {}
        }
    }
    let mut hoisted = Hoisted {
        id,
        esm,
        deps,
        body: module.body,
        imports,
        exports,
        stars,
        side_effects,
    };
    // `export default`: a binding of its own (the declaration's name, or `_default`).
    for item in &mut hoisted.body {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        let id = match decl {
            ModuleDecl::ExportDefaultDecl(default) => match &mut default.decl {
                DefaultDecl::Fn(function) => function
                    .ident
                    .get_or_insert_with(|| Ident::new("_default".into(), DUMMY_SP, fresh_ctxt()))
                    .to_id(),
                DefaultDecl::Class(class) => class
                    .ident
                    .get_or_insert_with(|| Ident::new("_default".into(), DUMMY_SP, fresh_ctxt()))
                    .to_id(),
                DefaultDecl::TsInterfaceDecl(_) => continue,
            },
            ModuleDecl::ExportDefaultExpr(default) => {
                let ident = Ident::new("_default".into(), default.span, fresh_ctxt());
                let id = ident.to_id();
                let expr = std::mem::replace(
                    &mut default.expr,
                    Box::new(Expr::Invalid(swc_core::ecma::ast::Invalid {
                        span: DUMMY_SP,
                    })),
                );
                *item = ModuleItem::Stmt(Stmt::Decl(Decl::Var(Box::new(VarDecl {
                    span: DUMMY_SP,
                    ctxt: SyntaxContext::empty(),
                    kind: VarDeclKind::Var,
                    declare: false,
                    decls: vec![VarDeclarator {
                        span: DUMMY_SP,
                        name: Pat::Ident(BindingIdent {
                            id: ident,
                            type_ann: None,
                        }),
                        init: Some(expr),
                        definite: false,
                    }],
                }))));
                id
            }
            _ => continue,
        };
        hoisted
            .exports
            .insert(Atom::from("default"), Export::Local(id));
    }
    hoisted
}

fn fresh_ctxt() -> SyntaxContext {
    SyntaxContext::empty().apply_mark(Mark::new())
}

/// The bindings a declaration introduces.
fn decl_ids(decl: &Decl) -> Vec<Id> {
    match decl {
        Decl::Fn(function) => vec![function.ident.to_id()],
        Decl::Class(class) => vec![class.ident.to_id()],
        Decl::Var(var) => swc_core::ecma::utils::find_pat_ids(&var.decls),
        Decl::Using(using) => swc_core::ecma::utils::find_pat_ids(&using.decls),
        _ => Vec::new(),
    }
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

/// Replaces references to imports, `import()`, and the module function's globals.
struct Rewriter<'r, 'a, F: Fn(&str) -> ForeignKind> {
    references: &'r HashMap<Id, Target>,
    linker: &'r mut Linker<'a, F>,
    params: &'r Params,
    unresolved: SyntaxContext,
    deps: &'r BTreeMap<String, Option<String>>,
    /// The keys `import()` calls use, for the scope's specifier map.
    dynamic: &'r mut BTreeMap<String, Option<String>>,
    uses: &'r mut Uses,
    dynamic_keys: &'r BTreeMap<String, String>,
}

impl<F: Fn(&str) -> ForeignKind> VisitMut for Rewriter<'_, '_, F> {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Ident(ident) => {
                if let Some(target) = self.references.get(&ident.to_id()) {
                    *expr = self.linker.target_expr(target, ident.span, self.params);
                    return;
                }
                if ident.ctxt == self.unresolved {
                    let param = match &*ident.sym {
                        "__asset" => {
                            self.uses.asset = true;
                            Some(&self.params.asset)
                        }
                        "global" => {
                            self.uses.global = true;
                            Some(&self.params.global)
                        }
                        "__import" => {
                            self.uses.import = true;
                            Some(&self.params.import)
                        }
                        _ => None,
                    };
                    if let Some(param) = param {
                        ident.ctxt = param.1;
                    }
                }
                return;
            }
            Expr::Member(MemberExpr {
                obj,
                prop: MemberProp::Ident(name),
                span,
            }) => {
                // `ns.name` of a namespace import: the export itself.
                if let Expr::Ident(object) = &**obj
                    && let Some(Target::Namespace(index)) = self.references.get(&object.to_id())
                {
                    let target = self.linker.resolve_export(*index, &name.sym, 0);
                    *expr = self.linker.target_expr(&target, *span, self.params);
                    return;
                }
            }
            _ => {}
        }
        expr.visit_mut_children_with(self);
    }

    fn visit_mut_prop(&mut self, prop: &mut Prop) {
        if let Prop::Shorthand(ident) = prop
            && let Some(target) = self.references.get(&ident.to_id())
        {
            let value = self.linker.target_expr(target, ident.span, self.params);
            *prop = Prop::KeyValue(KeyValueProp {
                key: PropName::Ident(IdentName::new(ident.sym.clone(), ident.span)),
                value: Box::new(value),
            });
            return;
        }
        prop.visit_mut_children_with(self);
    }

    fn visit_mut_call_expr(&mut self, call: &mut CallExpr) {
        call.visit_mut_children_with(self);
        if matches!(call.callee, Callee::Import(_)) {
            self.uses.import = true;
            call.callee = Callee::Expr(Box::new(Expr::Ident(Ident::new(
                self.params.import.0.clone(),
                call.span,
                self.params.import.1,
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
            *expr = Expr::Unary(UnaryExpr {
                span: DUMMY_SP,
                op: UnaryOp::Void,
                arg: Box::new(Expr::Lit(Lit::Num(swc_core::ecma::ast::Number {
                    span: DUMMY_SP,
                    value: 0.0,
                    raw: None,
                }))),
            });
            return;
        }
        expr.visit_mut_children_with(self);
    }
    fn visit_mut_function(&mut self, _: &mut swc_core::ecma::ast::Function) {}
    fn visit_mut_class(&mut self, _: &mut swc_core::ecma::ast::Class) {}
}

/// Renames bindings (the dropped copies of a helper to the one kept).
struct Renamer<'a>(&'a HashMap<Id, Id>);

impl VisitMut for Renamer<'_> {
    fn visit_mut_ident(&mut self, ident: &mut Ident) {
        if let Some((sym, ctxt)) = self.0.get(&ident.to_id()) {
            ident.sym = sym.clone();
            ident.ctxt = *ctxt;
        }
    }
}

/// Clears every syntax context (names are unique once hygiene ran).
struct ClearContexts;

impl VisitMut for ClearContexts {
    fn visit_mut_syntax_context(&mut self, ctxt: &mut SyntaxContext) {
        *ctxt = SyntaxContext::empty();
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
        reserved: HashMap::new(),
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

/// Parses generated code (a statement or two) and binds its `$name` placeholders to `names`.
fn snippet(cm: &Lrc<SourceMap>, text: &str, names: &[(&str, Id)]) -> Stmt {
    snippet_stmts(cm, text, names)
        .into_iter()
        .next()
        .expect("a snippet has a statement")
}

fn snippet_stmts(cm: &Lrc<SourceMap>, text: &str, names: &[(&str, Id)]) -> Vec<Stmt> {
    let fm = cm.new_source_file(
        Lrc::new(FileName::Custom("piral:///runtime".into())),
        text.to_string(),
    );
    let script = swc_core::ecma::parser::parse_file_as_script(
        &fm,
        Default::default(),
        Default::default(),
        None,
        &mut Vec::new(),
    )
    .expect("generated code parses");
    struct Bind<'a>(HashMap<&'a str, Id>);
    impl VisitMut for Bind<'_> {
        fn visit_mut_ident(&mut self, ident: &mut Ident) {
            if let Some((sym, ctxt)) = self.0.get(&*ident.sym) {
                ident.sym = sym.clone();
                ident.ctxt = *ctxt;
            }
            ident.span = DUMMY_SP;
        }
        fn visit_mut_span(&mut self, span: &mut Span) {
            *span = DUMMY_SP;
        }
    }
    let mut bind = Bind(names.iter().map(|(k, v)| (*k, v.clone())).collect());
    let mut body = script.body;
    for stmt in &mut body {
        stmt.visit_mut_with(&mut bind);
    }
    body
}

/// Replaces placeholder identifiers by expressions.
struct PlaceholderExprs(HashMap<String, Expr>);

impl VisitMut for PlaceholderExprs {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Ident(ident) = expr
            && let Some(value) = self.0.get(&*ident.sym)
        {
            *expr = value.clone();
            return;
        }
        expr.visit_mut_children_with(self);
    }
}

/// Every identifier a node uses.
pub(super) fn idents<N: VisitWith<IdentCollector>>(node: &N) -> Vec<Id> {
    let mut collector = IdentCollector(Vec::new());
    node.visit_with(&mut collector);
    collector.0
}

pub(super) struct IdentCollector(Vec<Id>);

impl Visit for IdentCollector {
    fn visit_ident(&mut self, ident: &Ident) {
        self.0.push(ident.to_id());
    }
}

fn light_compress() -> swc_core::ecma::minifier::option::CompressOptions {
    use swc_core::ecma::minifier::option::CompressOptions;
    CompressOptions {
        passes: 1,
        inline: 0,
        reduce_vars: false,
        reduce_fns: false,
        collapse_vars: false,
        hoist_props: false,
        evaluate: false,
        unused: false,
        props: false,
        loops: false,
        switches: false,
        typeofs: false,
        side_effects: false,
        ..Default::default()
    }
}
