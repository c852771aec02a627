//! One module through swc: parse TypeScript/JSX, run legacy decorators and strip types, compile
//! JSX (classic or automatic runtime), replace `process.env.*` with literals, drop the branches
//! that became dead, downlevel the syntax to the project's browsers or target. An ES module is
//! then kept as syntax for `scope` to hoist ([`EsmModule`]); any other module is turned into the
//! registry's CommonJS form, optionally minified, and printed with a source map. What the
//! project's tsconfig says ([`SourceSettings`]) applies to its own sources; a browserslist
//! applies to every module.
//!
//! Printed code is the body of a module function `(require, module, exports, __import,
//! __asset, global)`; `import("x")` becomes `__import("x")`. The module's specifiers are
//! returned for the graph to resolve.

use std::collections::BTreeMap;

// Names are hashed for every identifier of every module: with Fx, not SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use swc_core::common::comments::SingleThreadedComments;
use swc_core::common::sync::Lrc;
use swc_core::common::{
    BytePos, DUMMY_SP, FileName, GLOBALS, Globals, LineCol, Mark, SourceMap, Span, Spanned,
    SyntaxContext,
};
use swc_core::ecma::ast::{
    CallExpr, Callee, EsVersion, Expr, ExprOrSpread, Ident, Lit, MemberExpr, MemberProp,
    ModuleItem, Program, Str,
};
use swc_core::ecma::atoms::Atom;
use swc_core::ecma::codegen::text_writer::JsWriter;
use swc_core::ecma::codegen::{Config as CodegenConfig, Emitter};
use swc_core::ecma::parser::{EsSyntax, Syntax, TsSyntax, parse_file_as_module};
use swc_core::ecma::transforms::base::fixer::fixer;
use swc_core::ecma::transforms::base::helpers::{HELPERS, Helpers, inject_helpers};
use swc_core::ecma::transforms::base::hygiene::hygiene;
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use super::scope::IdentIds;
use super::tsconfig::{Jsx, SourceSettings};

/// What kind of source a module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Syntaxes {
    TypeScript { tsx: bool },
    JavaScript,
}

/// Per-build options of the transform.
#[derive(Clone, Debug)]
pub(crate) struct TransformOptions {
    /// `process.env.<name>` → string literal.
    pub(crate) defines: BTreeMap<String, String>,
    pub(crate) minify: bool,
    pub(crate) source_map: bool,
    /// Compile JSX (sources only; published packages carry none).
    pub(crate) jsx: bool,
    pub(crate) development: bool,
    /// The project's tsconfig and browserslist.
    pub(crate) source: Arc<SourceSettings>,
    /// How the source file is named in source maps.
    pub(crate) source_name: String,
    /// Keep ES modules as syntax for scope hoisting ([`EsmModule`]) instead of compiling them
    /// to the registry's CommonJS form.
    pub(crate) hoist: bool,
}

/// Source maps name the original file as the bundle wants and carry its text, so devtools
/// show the TypeScript wherever the bundle is served from.
struct MapConfig<'a> {
    /// The name of every source; `None`: each file's own name (`FileName::Custom`).
    source: Option<&'a str>,
}

impl swc_core::common::source_map::SourceMapGenConfig for MapConfig<'_> {
    fn file_name_to_source(&self, name: &FileName) -> String {
        match (self.source, name) {
            (Some(source), _) => source.to_string(),
            (None, FileName::Custom(custom)) => custom.clone(),
            (None, other) => other.to_string(),
        }
    }

    fn inline_sources_content(&self, _: &FileName) -> bool {
        true
    }
}

/// A transformed module.
#[derive(Debug)]
pub(crate) struct Transformed {
    pub(crate) code: String,
    /// The source map of `code`, when asked for.
    pub(crate) map: Option<swc_sourcemap::SourceMap>,
    /// `require("x")` specifiers, in order of appearance.
    pub(crate) requires: Vec<String>,
    /// `import("x")` specifiers.
    pub(crate) dynamic: Vec<String>,
    /// The module as syntax, for scope hoisting (then `code` is empty).
    pub(crate) esm: Option<EsmModule>,
    /// The swc helpers taken out of `code` (name, declaration), which [`SHARED_HELPERS`]
    /// defines: development builds only.
    pub(crate) helpers: Vec<(String, Arc<str>)>,
    /// Minified builds: the module function's parameters as `code` names them (`e,t,n`);
    /// otherwise `code` expects the registry's full names.
    pub(crate) params: Option<Arc<str>>,
}

/// An ES module after every per-module pass (types stripped, JSX compiled, defines inlined,
/// syntax downleveled, swc's helpers inlined, names made unique by hygiene, in minified builds
/// compressed, and no nested binding named like a top-level one), kept as syntax so
/// that `scope` can concatenate it with the other ES modules of its chunk. Its imports and
/// exports are still there; spans point into `source`, which started at `start` in the
/// module's own source map.
#[derive(Clone, Debug)]
pub(crate) struct EsmModule {
    pub(crate) module: ModuleSyntax,
    pub(crate) source: Arc<str>,
    pub(crate) start: BytePos,
    /// How the file is named in source maps (`piral:///src/x.tsx`).
    pub(crate) source_name: Arc<str>,
    /// Leading and trailing comments (`/*#__PURE__*/` among them) by position.
    pub(crate) comments: Arc<ModuleComments>,
    /// The names of swc's inlined helpers (`_class_call_check`…) among the top-level functions.
    pub(crate) helpers: Vec<swc_core::ecma::atoms::Atom>,
    /// Arrow functions and block scoping may be emitted (the target has them).
    pub(crate) modern: bool,
    /// Hygiene made every name unique (always unless minified): its contexts may be cleared.
    pub(crate) names_unique: bool,
    /// What its syntax contexts mean.
    pub(crate) hygiene: Arc<Hygiene>,
}

impl EsmModule {
    /// Makes the names of a copy of the module's syntax unique, where hygiene did not, before
    /// its contexts are cleared ([`super::scope::rebase`]): with its contexts, in its globals.
    pub(crate) fn unique_names(
        &self,
        module: swc_core::ecma::ast::Module,
    ) -> swc_core::ecma::ast::Module {
        if self.names_unique {
            return module;
        }
        GLOBALS.set(&self.hygiene.globals, || {
            let mut program = Program::Module(module);
            program.mutate(unique_names(Vec::new()));
            match program {
                Program::Module(module) => module,
                Program::Script(_) => unreachable!("a module stays a module"),
            }
        })
    }
}

/// The hygiene data that a module's syntax contexts index (swc keeps marks in a [`Globals`]),
/// and the marks of its unresolved and its top-level names. Minified printing mangles the
/// module's names with them as the module's passes left them, instead of clearing every
/// context and resolving the module again.
pub(crate) struct Hygiene {
    pub(crate) globals: Arc<Globals>,
    pub(crate) unresolved_mark: Mark,
    pub(crate) top_level_mark: Mark,
    /// The context of the module's top-level bindings, which the mangler keeps.
    pub(crate) top_level: SyntaxContext,
    /// The context of the globals it uses.
    pub(crate) unresolved: SyntaxContext,
}

impl std::fmt::Debug for Hygiene {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hygiene")
            .field("unresolved_mark", &self.unresolved_mark)
            .field("top_level_mark", &self.top_level_mark)
            .finish_non_exhaustive()
    }
}

/// An ES module's syntax, shared by the copies of its [`EsmModule`] (a transform cache's
/// `Loaded` is one) until the one build that hoists it takes it.
#[derive(Debug)]
pub(crate) struct ModuleSyntax(std::sync::Mutex<Option<Arc<swc_core::ecma::ast::Module>>>);

impl Clone for ModuleSyntax {
    fn clone(&self) -> Self {
        ModuleSyntax(std::sync::Mutex::new(self.lock().clone()))
    }
}

impl ModuleSyntax {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<swc_core::ecma::ast::Module>>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The module's statements for a build to rewrite: moved out when nothing else holds them
    /// (every hoisting build today, development builds do not hoist: no copy of ten copies of
    /// three.js is made), else copied.
    pub(crate) fn take_body(&self) -> Vec<ModuleItem> {
        let mut slot = self.lock();
        let module = slot.take().expect("a module is hoisted by one build");
        match Arc::try_unwrap(module) {
            Ok(module) => module.body,
            Err(shared) => {
                let body = shared.body.clone();
                *slot = Some(shared);
                body
            }
        }
    }

    /// A copy of the module.
    pub(crate) fn cloned(&self) -> swc_core::ecma::ast::Module {
        let slot = self.lock();
        slot.as_deref()
            .expect("a module compiled to CommonJS is not hoisted")
            .clone()
    }
}

impl EsmModule {
    /// A source map holding the module's file (named for source maps), and where it starts.
    pub(crate) fn source_map(&self) -> (Lrc<SourceMap>, BytePos) {
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(
            Lrc::new(FileName::Custom(self.source_name.to_string())),
            self.source.to_string(),
        );
        (cm, fm.start_pos)
    }
}

/// The comments of a module, by position.
#[derive(Debug, Default)]
pub(crate) struct ModuleComments {
    pub(crate) leading: Vec<(BytePos, Vec<swc_core::common::comments::Comment>)>,
    pub(crate) trailing: Vec<(BytePos, Vec<swc_core::common::comments::Comment>)>,
}

impl ModuleComments {
    fn take(comments: SingleThreadedComments) -> Self {
        let (leading, trailing) = comments.take_all();
        let list = |map: swc_core::common::comments::SingleThreadedCommentsMap| {
            let mut list: Vec<_> = map.take().into_iter().collect();
            list.sort_by_key(|(pos, _)| *pos);
            list
        };
        ModuleComments {
            leading: list(leading),
            trailing: list(trailing),
        }
    }
}

/// A syntax error with its position (1-based line and column).
#[derive(Debug)]
pub(crate) struct SyntaxError {
    pub(crate) message: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Transforms one module.
pub(crate) fn transform(
    path: &Path,
    source: &str,
    syntax: Syntaxes,
    options: &TransformOptions,
) -> Result<Transformed, SyntaxError> {
    let globals = Arc::new(Globals::new());
    GLOBALS.set(&globals, || {
        transform_in_globals(path, source, syntax, options, &globals)
    })
}

fn transform_in_globals(
    path: &Path,
    source: &str,
    syntax: Syntaxes,
    options: &TransformOptions,
    globals: &Arc<Globals>,
) -> Result<Transformed, SyntaxError> {
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(
        Lrc::new(FileName::Real(path.to_path_buf())),
        source.to_string(),
    );
    let comments = SingleThreadedComments::default();
    let parser_syntax = match syntax {
        Syntaxes::TypeScript { tsx } => Syntax::Typescript(TsSyntax {
            tsx,
            decorators: true,
            ..Default::default()
        }),
        Syntaxes::JavaScript => Syntax::Es(EsSyntax {
            jsx: options.jsx,
            decorators: true,
            ..Default::default()
        }),
    };
    let mut recovered = Vec::new();
    let module = parse_file_as_module(
        &fm,
        parser_syntax,
        EsVersion::latest(),
        Some(&comments),
        &mut recovered,
    )
    .map_err(|error| syntax_error(&cm, error.span(), &error.kind().msg()))?;
    if let Some(error) = recovered.into_iter().next() {
        return Err(syntax_error(&cm, error.span(), &error.kind().msg()));
    }
    let is_esm = module
        .body
        .iter()
        .any(|item| matches!(item, ModuleItem::ModuleDecl(_)));

    let unresolved_mark = Mark::new();
    let top_level_mark = Mark::new();
    let mut collector = Requires {
        unresolved: SyntaxContext::empty().apply_mark(unresolved_mark),
        requires: Vec::new(),
        dynamic: Vec::new(),
    };
    let mut params = None;
    let (program, esm, shared) = HELPERS.set(&Helpers::new(false), || {
        let mut program = Program::Module(module);
        program.mutate(resolver(
            unresolved_mark,
            top_level_mark,
            matches!(syntax, Syntaxes::TypeScript { .. }),
        ));
        let settings = &*options.source;
        // The tsconfig is about the project's own sources; published packages are compiled.
        let own = !super::is_package_path(path);
        let define_fields = settings.define_class_fields().filter(|_| own);
        // No `@` anywhere (the most sources), no decorator: the pass is skipped.
        if own && settings.experimental_decorators && source.contains('@') {
            program.mutate(swc_core::ecma::transforms::proposal::decorators::decorators(
                swc_core::ecma::transforms::proposal::decorators::Config {
                    legacy: true,
                    emit_metadata: settings.emit_decorator_metadata,
                    use_define_for_class_fields: define_fields.unwrap_or(true),
                },
            ));
        }
        let ts_config = || swc_core::ecma::transforms::typescript::Config {
            verbatim_module_syntax: own && settings.verbatim_module_syntax,
            native_class_properties: define_fields == Some(true),
            import_not_used_as_values: match settings.imports_not_used_as_values.as_deref() {
                Some("preserve" | "error") if own => {
                    swc_core::ecma::transforms::typescript::ImportsNotUsedAsValues::Preserve
                }
                _ => swc_core::ecma::transforms::typescript::ImportsNotUsedAsValues::Remove,
            },
            ..Default::default()
        };
        let classic_pragma = |name: &Option<String>| {
            name.clone()
                .filter(|_| settings.jsx == Jsx::Classic)
                .map(Into::into)
        };
        match syntax {
            Syntaxes::TypeScript { tsx: true } => {
                program.mutate(swc_core::ecma::transforms::typescript::tsx(
                    cm.clone(),
                    ts_config(),
                    swc_core::ecma::transforms::typescript::TsxConfig {
                        pragma: classic_pragma(&settings.jsx_factory),
                        pragma_frag: classic_pragma(&settings.jsx_fragment_factory),
                    },
                    &comments,
                    unresolved_mark,
                    top_level_mark,
                ))
            }
            Syntaxes::TypeScript { tsx: false } => {
                program.mutate(swc_core::ecma::transforms::typescript::typescript(
                    ts_config(),
                    unresolved_mark,
                    top_level_mark,
                ))
            }
            Syntaxes::JavaScript => {}
        }
        if define_fields == Some(false) {
            program.mutate(
                swc_core::ecma::transforms::compat::class_fields_use_set::class_fields_use_set(
                    false,
                ),
            );
        }
        if options.jsx {
            use swc_core::ecma::transforms::react::Runtime;
            // tsc's `react-jsx` is the production runtime in every build; `react-jsxdev` is the
            // development runtime in development builds.
            let (runtime, development) = match settings.jsx {
                Jsx::Classic => (Runtime::Classic, options.development),
                Jsx::Automatic => (Runtime::Automatic, false),
                Jsx::AutomaticDev => (Runtime::Automatic, options.development),
            };
            program.mutate(swc_core::ecma::transforms::react::react(
                cm.clone(),
                Some(&comments),
                swc_core::ecma::transforms::react::Options {
                    runtime: Some(runtime),
                    development: Some(development),
                    import_source: settings.jsx_import_source.as_deref().map(Into::into),
                    pragma: classic_pragma(&settings.jsx_factory),
                    pragma_frag: classic_pragma(&settings.jsx_fragment_factory),
                    ..Default::default()
                },
                top_level_mark,
                unresolved_mark,
            ));
        }
        // The automatic runtime imports `react/jsx-runtime`: that makes a module an ES module.
        let is_esm = is_esm
            || matches!(&program, Program::Module(m) if m.body.iter().any(|item| matches!(item, ModuleItem::ModuleDecl(_))));
        // Each pass only where its text can be: most modules have neither (a pass over a
        // module costs as much as a look through its text).
        if source.contains("meta") {
            program.visit_mut_with(&mut super::asset_urls::AssetUrls {
                unresolved: SyntaxContext::empty().apply_mark(unresolved_mark),
            });
        }
        if source.contains("process") {
            program.visit_mut_with(&mut Define {
                defines: &options.defines,
                unresolved: SyntaxContext::empty().apply_mark(unresolved_mark),
            });
        }
        program.mutate(
            swc_core::ecma::transforms::optimization::simplify::expr_simplifier(
                unresolved_mark,
                Default::default(),
            ),
        );
        program.mutate(
            swc_core::ecma::transforms::optimization::simplify::dead_branch_remover(
                unresolved_mark,
            ),
        );
        // Downleveling: the browserslist's browsers (every module), else the tsconfig's target
        // (the project's own sources, as tsc compiles them), else none.
        let mut modern = true;
        // Downleveling writes bindings and names of its own (loop variables, `catch`
        // parameters, helpers' globals) that only hygiene keeps apart.
        let downleveled = settings.browsers.is_some() || (own && settings.target.is_some());
        if let Some(browsers) = settings.browsers {
            use swc_core::ecma::preset_env::{Caniuse, Config, EnvConfig, Feature, Targets};
            let env = EnvConfig::from(Config {
                targets: Some(Targets::Versions(browsers)),
                ..Default::default()
            });
            let features = env.get_feature_config();
            modern = features.caniuse(Feature::ArrowFunctions)
                && features.caniuse(Feature::BlockScoping);
            program.mutate(swc_core::ecma::preset_env::transform_from_env(
                unresolved_mark,
                Some(&comments),
                env,
                Default::default(),
            ));
        } else if let Some(target) = settings.target.filter(|_| own) {
            modern = target >= EsVersion::Es2015;
            program.mutate(swc_core::ecma::preset_env::transform_from_es_version(
                unresolved_mark,
                Some(&comments),
                target,
                Default::default(),
                false,
            ));
        } else if let Some(target) = settings.target {
            // Packages are not downleveled (see compat.md, *Syntax target*), but what the bundle
            // writes around them (namespace objects, CommonJS forms) follows the target.
            modern = target >= EsVersion::Es2015;
        }
        if is_esm && options.hoist && !needs_commonjs(&program, unresolved_mark) {
            // Kept as syntax: helpers once per module here (`scope` keeps one per bundle), names
            // unique by hygiene, so that the module means the same with its marks cleared.
            let helper_ids = inject_listed(&mut program, unresolved_mark);
            let injected: HashSet<SyntaxContext> =
                helper_ids.iter().map(|(_, ctxt)| *ctxt).collect();
            // The helpers and the nested bindings that share a top-level name are told apart by
            // their contexts, which swc's `hygiene` clears: before, no helper was known as one
            // (each module kept its copies) and without minifying, a parameter named like an
            // import was taken for the import.
            // Minified, the mangler renames every nested binding by its context, so names
            // only need to be unique where `scope` goes by name: at the top level. Not so
            // where downleveling or swc's helpers wrote code of their own.
            let unresolved = SyntaxContext::empty().apply_mark(unresolved_mark);
            let names_unique = !options.minify
                || downleveled
                || !injected.is_empty()
                || !top_level_names_unique(&program, unresolved);
            if names_unique {
                program.mutate(unique_names(helper_ids.into_iter().collect()));
            }
            let Program::Module(module) = &mut program else {
                unreachable!("a module stays a module")
            };
            let helpers = separate_top_level_names(module, &injected);
            // Minified builds compress each module here, in parallel with the others (`scope`
            // mangles the names once the modules are linked), with the rewrites that need no
            // analysis (`squeeze`). Names stay as they are.
            if options.minify {
                let mut squeeze = super::squeeze::Squeeze::new(
                    &program,
                    SyntaxContext::empty().apply_mark(unresolved_mark),
                );
                program.visit_mut_with(&mut squeeze);
            }
            return (program, Some((helpers, modern, names_unique)), None);
        }
        if is_esm {
            program.mutate(to_commonjs(unresolved_mark, modern));
        }
        program.visit_mut_with(&mut DynamicImports);
        // Development builds share the helpers of all registry modules (see [`SHARED_HELPERS`]).
        let shared = if options.hoist {
            inject_listed(&mut program, unresolved_mark);
            None
        } else {
            share_helpers(&mut program, unresolved_mark)
        };
        // The specifiers, before minifying renames `require`.
        program.visit_with(&mut collector);
        if options.minify {
            // Compressed as it is; then the module function goes around the code before names
            // are mangled, so that `require`, `module` and `exports` get short names, and the
            // parameters the code does not use at the end are left out.
            program = compress(program, &cm, &comments, unresolved_mark, top_level_mark);
            // Names made unique before the syntax contexts that keep swc's bindings of one
            // name apart are cleared below (after compressing, which folds better with them).
            program.mutate(hygiene());
            let names = module_params(&program);
            wrap_in_function(&mut program, &names);
            program.visit_mut_with(&mut ClearContexts);
            let (unresolved_mark, top_level_mark) = (Mark::new(), Mark::new());
            program.mutate(resolver(unresolved_mark, top_level_mark, false));
            program = minify(program, &cm, &comments, unresolved_mark, top_level_mark);
            params = Some(unwrap_function(&mut program));
        } else {
            program.mutate(hygiene());
        }
        program.mutate(fixer(Some(&comments)));
        (program, None, shared)
    });

    if let Some((helpers, modern, names_unique)) = esm {
        let Program::Module(module) = program else {
            unreachable!("a module stays a module")
        };
        let (requires, dynamic) = module_specifiers(&module);
        return Ok(Transformed {
            code: String::new(),
            map: None,
            requires,
            dynamic,
            esm: Some(EsmModule {
                module: ModuleSyntax(std::sync::Mutex::new(Some(Arc::new(module)))),
                source: Arc::from(source),
                start: fm.start_pos,
                source_name: Arc::from(options.source_name.as_str()),
                comments: Arc::new(ModuleComments::take(comments)),
                helpers,
                modern,
                names_unique,
                hygiene: Arc::new(Hygiene {
                    globals: globals.clone(),
                    unresolved_mark,
                    top_level_mark,
                    top_level: SyntaxContext::empty().apply_mark(top_level_mark),
                    unresolved: SyntaxContext::empty().apply_mark(unresolved_mark),
                }),
            }),
            helpers: Vec::new(),
            params: None,
        });
    }
    let print_options = PrintOptions {
        minify: options.minify,
        source_map: options.source_map,
    };
    let (mut code, map) = print(
        &program,
        &cm,
        &comments,
        &print_options,
        Some(&options.source_name),
    )?;
    let shared = match shared {
        None => Arc::from([]),
        Some(SharedHelpers::Known(list)) => list,
        Some(SharedHelpers::Taken { used, taken }) => {
            let list = taken
                .into_iter()
                .map(|(name, function)| {
                    Ok((name.clone(), helper_text(&name, function, &cm, &comments)?))
                })
                .collect::<Result<Arc<[_]>, SyntaxError>>()?;
            if let Ok(mut known) = KNOWN_HELPERS.lock() {
                known.insert(used, list.clone());
            }
            list
        }
    };
    let mut helpers = Vec::new();
    if !shared.is_empty() {
        collector.requires.push(SHARED_HELPERS.to_string());
    }
    for (name, text) in shared.iter() {
        // Declarations are hoisted: a stub at the end serves the whole module, and the
        // module's own lines (and its source map) stay as printed.
        let _ = write!(
            code,
            "\nfunction {name}() {{ return require({}).{name}.apply(this, arguments); }}",
            serde_json::Value::from(SHARED_HELPERS)
        );
        helpers.push((name.to_string(), text.clone()));
    }
    Ok(Transformed {
        code,
        map,
        requires: collector.requires,
        dynamic: collector.dynamic,
        esm: None,
        helpers,
        params,
    })
}

/// The registry id of the module that defines, once per bundle, the swc helpers that the
/// registry modules of a development build use (`_interop_require_wildcard`, `_export`…):
/// inlined into each of 10,000 small modules they were most of the bundle.
pub(crate) const SHARED_HELPERS: &str = "\0helpers";

/// The `Ident`s of the top-level function declarations of a program.
fn top_level_functions(program: &Program) -> HashSet<(Atom, SyntaxContext)> {
    let Program::Module(module) = program else {
        return HashSet::default();
    };
    module
        .body
        .iter()
        .filter_map(|item| match item {
            ModuleItem::Stmt(swc_core::ecma::ast::Stmt::Decl(swc_core::ecma::ast::Decl::Fn(
                function,
            ))) => Some((function.ident.sym.clone(), function.ident.ctxt)),
            _ => None,
        })
        .collect()
}

/// `{ a }` of an object literal whose value is now `value`: `{ a: value }`, the key stays.
pub(super) fn expand_shorthand(prop: &mut swc_core::ecma::ast::Prop, value: Expr) {
    use swc_core::ecma::ast::{IdentName, KeyValueProp, Prop, PropName};
    let Prop::Shorthand(ident) = prop else {
        return;
    };
    let key = PropName::Ident(IdentName::new(ident.sym.clone(), ident.span));
    *prop = Prop::KeyValue(KeyValueProp {
        key,
        value: Box::new(value),
    });
}

/// `{ a }` of an object pattern (`const { a } = o`, `function f({ a = 1 })`) whose binding is
/// renamed to `name`: `{ a: name }` (`{ a: name = 1 }`), so that the property read stays `a`.
pub(super) fn rename_pattern_shorthand(prop: &mut swc_core::ecma::ast::ObjectPatProp, name: Atom) {
    use swc_core::ecma::ast::{
        AssignPat, IdentName, KeyValuePatProp, ObjectPatProp, Pat, PropName,
    };
    let ObjectPatProp::Assign(assign) = prop else {
        return;
    };
    let key = PropName::Ident(IdentName::new(
        assign.key.id.sym.clone(),
        assign.key.id.span,
    ));
    let mut binding = assign.key.clone();
    binding.id.sym = name;
    let value = match assign.value.take() {
        Some(default) => Pat::Assign(AssignPat {
            span: assign.span,
            left: Box::new(Pat::Ident(binding)),
            right: default,
        }),
        None => Pat::Ident(binding),
    };
    *prop = ObjectPatProp::KeyValue(KeyValuePatProp {
        key,
        value: Box::new(value),
    });
}

/// swc's `hygiene` without its last step, which clears every syntax context: bindings of one
/// name that would clash are renamed (`x`, `x1`, …), each renamed one with a context of its
/// own, the others with theirs. The bindings `kept` (swc's helpers) keep their names and
/// contexts, so that `scope` still knows them as helpers: a binding of the module named like
/// one is renamed instead.
fn unique_names(kept: Vec<swc_core::ecma::ast::Id>) -> impl swc_core::ecma::ast::Pass {
    use swc_core::ecma::transforms::base::{hygiene, rename};
    struct Numbered(Vec<swc_core::ecma::ast::Id>);
    impl rename::Renamer for Numbered {
        fn preserve_name(&self, orig: &swc_core::ecma::ast::Id) -> bool {
            self.0.contains(orig)
        }
        fn unresolved_symbols(&self) -> Vec<Atom> {
            self.0.iter().map(|(sym, _)| sym.clone()).collect()
        }
        type Target = swc_core::ecma::ast::Id;
        const MANGLE: bool = false;
        const RESET_N: bool = true;
        fn new_name_for(&self, orig: &swc_core::ecma::ast::Id, n: &mut usize) -> Atom {
            let name = if *n == 0 {
                orig.0.clone()
            } else {
                format!("{}{}", orig.0, n).into()
            };
            *n += 1;
            name
        }
    }
    rename::renamer_keep_contexts(
        hygiene::Config {
            ignore_eval: true,
            ..Default::default()
        },
        Numbered(kept),
    )
}

/// Injects the swc helpers the passes asked for; returns their declarations' names and contexts
/// (the top-level functions that were not there before).
fn inject_listed(program: &mut Program, unresolved_mark: Mark) -> HashSet<(Atom, SyntaxContext)> {
    let before = top_level_functions(program);
    program.mutate(inject_helpers(unresolved_mark));
    top_level_functions(program)
        .into_iter()
        .filter(|id| !before.contains(id))
        .collect()
}

/// Helpers by name, with their declarations' text.
type HelperList = Arc<[(Atom, Arc<str>)]>;

/// The helpers a development module calls from the shared helpers module.
enum SharedHelpers {
    /// As another module that called the same helpers found them.
    Known(HelperList),
    /// Injected and taken out of this module: the first of its kind.
    Taken {
        used: Vec<Atom>,
        taken: Vec<(Atom, swc_core::ecma::ast::FnDecl)>,
    },
}

/// The helpers each set of called helpers needs (with the helpers those call), as the first
/// module that called that set had them injected: the next thousand modules skip injecting
/// (cloning each helper's syntax), taking out and dropping them again.
static KNOWN_HELPERS: std::sync::LazyLock<std::sync::Mutex<HashMap<Vec<Atom>, HelperList>>> =
    std::sync::LazyLock::new(Default::default);

/// Which helpers a module compiled for a development build calls, to be taken from the shared
/// helpers module; `None` when it calls none, or when a name of its own is a helper's (then the
/// helpers stay in the module).
fn share_helpers(program: &mut Program, unresolved_mark: Mark) -> Option<SharedHelpers> {
    let helper = SyntaxContext::empty().apply_mark(HELPERS.with(|helpers| helpers.mark()));
    // Every helper's name starts with `_`.
    let mut names = IdentIds::starting_with("_");
    program.visit_with(&mut names);
    let mut used: Vec<Atom> = names
        .0
        .iter()
        .filter(|(_, ctxt)| *ctxt == helper)
        .map(|(name, _)| name.clone())
        .collect();
    used.sort();
    used.dedup();
    if used.is_empty() {
        return None;
    }
    let known = KNOWN_HELPERS
        .lock()
        .ok()
        .and_then(|known| known.get(&used).cloned());
    if let Some(list) = known {
        let collides = names
            .0
            .iter()
            .any(|(name, ctxt)| *ctxt != helper && list.iter().any(|(known, _)| known == name));
        if !collides {
            return Some(SharedHelpers::Known(list));
        }
    }
    let items = |program: &Program| match program {
        Program::Module(module) => module.body.len(),
        Program::Script(script) => script.body.len(),
    };
    let before = items(program);
    let injected = inject_listed(program, unresolved_mark);
    if items(program) != before + injected.len() {
        // A helper with statements besides its functions (`_async_generator`'s prototype,
        // `_class_private_field_loose_key`'s counter): the helpers stay in the module whole.
        return None;
    }
    let mut taken = take_helpers(program, &injected);
    if taken.is_empty() {
        return None;
    }
    // Only what the calls reach: a pass may have asked for a helper it did not call in the
    // end, and which module of a set comes first must not change the output.
    let mut reached: HashSet<Atom> = used.iter().cloned().collect();
    let mut next: Vec<Atom> = used.clone();
    while let Some(name) = next.pop() {
        if let Some((_, function)) = taken.iter().find(|(taken, _)| *taken == name) {
            let mut calls = IdentIds::default();
            function.visit_with(&mut calls);
            for (callee, ctxt) in calls.0 {
                if ctxt == helper && reached.insert(callee.clone()) {
                    next.push(callee);
                }
            }
        }
    }
    taken.retain(|(name, _)| reached.contains(name));
    Some(SharedHelpers::Taken { used, taken })
}

/// Takes the helpers `injected` (see [`inject_listed`]) out of the program, in order, unless
/// something else in the module goes by one of their names.
fn take_helpers(
    program: &mut Program,
    injected: &HashSet<(Atom, SyntaxContext)>,
) -> Vec<(Atom, swc_core::ecma::ast::FnDecl)> {
    use swc_core::ecma::ast::{Decl, Stmt};
    let Program::Module(module) = program else {
        return Vec::new();
    };
    if injected.is_empty() {
        return Vec::new();
    }
    let names: HashSet<&Atom> = injected.iter().map(|(name, _)| name).collect();
    let contexts: HashSet<SyntaxContext> = injected.iter().map(|(_, ctxt)| *ctxt).collect();
    let mut collector = IdentIds::default();
    module.visit_with(&mut collector);
    if collector
        .0
        .iter()
        .any(|(name, ctxt)| names.contains(name) && !contexts.contains(ctxt))
    {
        return Vec::new();
    }
    let mut taken = Vec::new();
    let body = std::mem::take(&mut module.body);
    module.body.reserve(body.len());
    for item in body {
        match item {
            ModuleItem::Stmt(Stmt::Decl(Decl::Fn(function)))
                if injected.contains(&function.ident.to_id()) =>
            {
                taken.push((function.ident.sym.clone(), function));
            }
            item => module.body.push(item),
        }
    }
    taken
}

/// The text of helper `name`, printed once per process.
fn helper_text(
    name: &Atom,
    function: swc_core::ecma::ast::FnDecl,
    cm: &Lrc<SourceMap>,
    comments: &SingleThreadedComments,
) -> Result<Arc<str>, SyntaxError> {
    static TEXTS: std::sync::LazyLock<std::sync::Mutex<HashMap<Atom, Arc<str>>>> =
        std::sync::LazyLock::new(Default::default);
    if let Some(text) = TEXTS.lock().ok().and_then(|t| t.get(name).cloned()) {
        return Ok(text);
    }
    let program = Program::Module(swc_core::ecma::ast::Module {
        span: DUMMY_SP,
        body: vec![ModuleItem::Stmt(swc_core::ecma::ast::Stmt::Decl(
            swc_core::ecma::ast::Decl::Fn(function),
        ))],
        shebang: None,
    });
    let plain = PrintOptions {
        minify: false,
        source_map: false,
    };
    let (text, _) = print(&program, cm, comments, &plain, None)?;
    let text: Arc<str> = Arc::from(text.trim_end());
    if let Ok(mut texts) = TEXTS.lock() {
        texts.insert(name.clone(), text.clone());
    }
    Ok(text)
}

/// How [`print`] writes code.
#[derive(Clone, Copy, Debug)]
pub(super) struct PrintOptions {
    pub(super) minify: bool,
    pub(super) source_map: bool,
}

/// Prints a program (minified or not) with its source map, sources named `source_name`.
pub(super) fn print(
    program: &Program,
    cm: &Lrc<SourceMap>,
    comments: &SingleThreadedComments,
    options: &PrintOptions,
    source_name: Option<&str>,
) -> Result<(String, Option<swc_sourcemap::SourceMap>), SyntaxError> {
    let mut buf = Vec::new();
    let mut mappings: Vec<(BytePos, LineCol)> = Vec::new();
    {
        let writer = JsWriter::new(
            cm.clone(),
            "\n",
            &mut buf,
            options.source_map.then_some(&mut mappings),
        );
        // Minified: no `;` before a `}` (esbuild writes none either; a shell had 2,048).
        let writer: Box<dyn swc_core::ecma::codegen::text_writer::WriteJs> = if options.minify {
            Box::new(swc_core::ecma::codegen::text_writer::omit_trailing_semi(
                writer,
            ))
        } else {
            Box::new(writer)
        };
        let mut emitter = Emitter {
            cfg: CodegenConfig::default()
                .with_minify(options.minify)
                .with_target(EsVersion::latest()),
            cm: cm.clone(),
            comments: if options.minify { None } else { Some(comments) },
            wr: writer,
        };
        if let Program::Module(module) = program {
            emitter.emit_module(module).map_err(|e| SyntaxError {
                message: e.to_string(),
                line: 1,
                column: 1,
            })?;
        }
    }
    let mut code = String::from_utf8(buf).map_err(|e| SyntaxError {
        message: e.to_string(),
        line: 1,
        column: 1,
    })?;
    // The writer also leaves out the last statement's `;`, which the code after this (the
    // next module of a scope, say) may need: `f = function () {}` before a line that starts
    // with `(` would call it.
    if options.minify && !code.is_empty() && !code.trim_end().ends_with(';') {
        code.truncate(code.trim_end().len());
        code.push(';');
    }
    let map = options.source_map.then(|| {
        cm.build_source_map(
            &mappings,
            None,
            MapConfig {
                source: source_name,
            },
        )
    });
    Ok((code, map))
}

/// Clears every syntax context (of a program whose names are right by themselves).
pub(super) struct ClearContexts;

impl VisitMut for ClearContexts {
    fn visit_mut_syntax_context(&mut self, ctxt: &mut SyntaxContext) {
        *ctxt = SyntaxContext::empty();
    }
}

/// Whether an ES module must still be compiled to CommonJS rather than hoisted: it uses the
/// CommonJS globals (`require`, `module`, `exports`) or a direct `eval`, which can see any name.
fn needs_commonjs(program: &Program, unresolved_mark: Mark) -> bool {
    struct Finder {
        unresolved: SyntaxContext,
        found: bool,
    }
    impl Visit for Finder {
        fn visit_ident(&mut self, ident: &Ident) {
            if ident.ctxt == self.unresolved
                && matches!(&*ident.sym, "require" | "module" | "exports")
            {
                self.found = true;
            }
        }
        fn visit_call_expr(&mut self, call: &CallExpr) {
            // A direct `eval(…)`; an indirect one (`(0, eval)(…)`) sees only globals.
            if let Callee::Expr(callee) = &call.callee
                && let Expr::Ident(ident) = &**callee
                && ident.ctxt == self.unresolved
                && ident.sym == *"eval"
            {
                self.found = true;
            }
            call.visit_children_with(self);
        }
    }
    let mut finder = Finder {
        unresolved: SyntaxContext::empty().apply_mark(unresolved_mark),
        found: false,
    };
    program.visit_with(&mut finder);
    finder.found
}

/// The specifiers of an ES module: static ones (imports and re-exports, in order) and the
/// string arguments of `import()`.
fn module_specifiers(module: &swc_core::ecma::ast::Module) -> (Vec<String>, Vec<String>) {
    use swc_core::ecma::ast::ModuleDecl;
    let mut requires: Vec<String> = Vec::new();
    let push = |list: &mut Vec<String>, value: &swc_core::ecma::ast::Str| {
        let text = value.value.to_atom_lossy().to_string();
        if !list.contains(&text) {
            list.push(text);
        }
    };
    for item in &module.body {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        match decl {
            ModuleDecl::Import(import) if !import.type_only => push(&mut requires, &import.src),
            ModuleDecl::ExportNamed(named) if !named.type_only => {
                if let Some(src) = &named.src {
                    push(&mut requires, src);
                }
            }
            ModuleDecl::ExportAll(all) if !all.type_only => push(&mut requires, &all.src),
            _ => {}
        }
    }
    struct Dynamic(Vec<String>);
    impl Visit for Dynamic {
        fn visit_call_expr(&mut self, call: &CallExpr) {
            call.visit_children_with(self);
            if matches!(call.callee, Callee::Import(_))
                && let Some(ExprOrSpread { spread: None, expr }) = call.args.first()
                && let Expr::Lit(Lit::Str(text)) = &**expr
            {
                let value = text.value.to_atom_lossy().to_string();
                if !self.0.contains(&value) {
                    self.0.push(value);
                }
            }
        }
    }
    let mut dynamic = Dynamic(Vec::new());
    module.visit_with(&mut dynamic);
    (requires, dynamic.0)
}

/// An [`EsmModule`] compiled to the registry's CommonJS form after all: for a module that two
/// lazy chunks share (each chunk carries its definition; the registry keeps one instance).
pub(crate) fn commonjs(
    esm: &EsmModule,
    print_options: &PrintOptions,
) -> Result<(String, Option<swc_sourcemap::SourceMap>), SyntaxError> {
    GLOBALS.set(&Globals::new(), || {
        let (cm, start) = esm.source_map();
        let comments = SingleThreadedComments::default();
        let mut module = esm.unique_names(esm.module.cloned());
        super::scope::rebase(&mut module, esm, start, &comments);
        let unresolved_mark = Mark::new();
        let top_level_mark = Mark::new();
        let program = HELPERS.set(&Helpers::new(false), || {
            let mut program = Program::Module(module);
            program.mutate(resolver(unresolved_mark, top_level_mark, false));
            program.mutate(to_commonjs(unresolved_mark, esm.modern));
            program.visit_mut_with(&mut DynamicImports);
            program.mutate(inject_helpers(unresolved_mark));
            if print_options.minify {
                program = minify(program, &cm, &comments, unresolved_mark, top_level_mark);
            } else {
                program.mutate(hygiene());
            }
            program.mutate(fixer(Some(&comments)));
            program
        });
        print(&program, &cm, &comments, print_options, None)
    })
}

/// swc's ES module → CommonJS pass, with its interop helpers, `import()` left alone; `modern`:
/// arrow functions and block scoping may be emitted.
fn to_commonjs(unresolved_mark: Mark, modern: bool) -> impl swc_core::ecma::ast::Pass {
    swc_core::ecma::transforms::module::common_js::common_js(
        swc_core::ecma::transforms::module::path::Resolver::Default,
        unresolved_mark,
        swc_core::ecma::transforms::module::util::Config {
            ignore_dynamic: true,
            import_interop: Some(swc_core::ecma::transforms::module::util::ImportInterop::Swc),
            ..default_module_config()
        },
        swc_core::ecma::transforms::module::common_js::FeatureFlag {
            support_block_scoping: modern,
            support_arrow: modern,
        },
    )
}

fn default_module_config() -> swc_core::ecma::transforms::module::util::Config {
    serde_json::from_str("{}").expect("the module config has defaults for every field")
}

fn syntax_error(cm: &SourceMap, span: Span, message: &str) -> SyntaxError {
    let loc = cm.lookup_char_pos(span.lo);
    SyntaxError {
        message: message.to_string(),
        line: loc.line,
        column: loc.col_display + 1,
    }
}

/// Minifies the formats' runtime code (whole statements, see `emit`): whitespace, local names
/// and the light compressor's folds; its top-level names stay, since the code around it uses
/// them. Code that does not parse (a bug of ours) is returned as it was.
pub(crate) fn minify_runtime(text: &str) -> String {
    GLOBALS.set(&Globals::new(), || {
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(Lrc::new(FileName::Anon), text.to_string());
        let comments = SingleThreadedComments::default();
        let mut recovered = Vec::new();
        let Ok(module) = parse_file_as_module(
            &fm,
            Syntax::Es(EsSyntax::default()),
            EsVersion::latest(),
            Some(&comments),
            &mut recovered,
        ) else {
            return text.to_string();
        };
        if !recovered.is_empty() {
            return text.to_string();
        }
        let (unresolved_mark, top_level_mark) = (Mark::new(), Mark::new());
        let mut program = Program::Module(module);
        program.mutate(resolver(unresolved_mark, top_level_mark, false));
        program = minify_with(
            program,
            &cm,
            &comments,
            unresolved_mark,
            top_level_mark,
            Some(light_compress()),
            Some(Mangle::default()),
        );
        program.mutate(fixer(Some(&comments)));
        let options = PrintOptions {
            minify: true,
            source_map: false,
        };
        print(&program, &cm, &comments, &options, None)
            .map(|(code, _)| code.trim_end().to_string())
            .unwrap_or_else(|_| text.to_string())
    })
}

/// Minifies like esbuild does: names mangled and whitespace dropped, on top of the constant
/// folding and dead-branch removal every build runs (and [`compress`]'s light passes where the
/// caller ran them). swc's full terser-style compressor is left out: on ten copies of three.js
/// it doubled the time of a build for 4% less output.
pub(super) fn minify(
    program: Program,
    cm: &Lrc<SourceMap>,
    comments: &SingleThreadedComments,
    unresolved_mark: Mark,
    top_level_mark: Mark,
) -> Program {
    minify_with(
        program,
        cm,
        comments,
        unresolved_mark,
        top_level_mark,
        None,
        Some(Mangle {
            top_level: true,
            ..Mangle::default()
        }),
    )
}

/// What swc's mangler renames, and what it may skip looking for.
#[derive(Clone, Debug, Default)]
pub(super) struct Mangle {
    /// The program's own top-level names too.
    pub(super) top_level: bool,
    /// The program has neither a direct `eval` nor `with` (a hoisted ES module: strict mode
    /// forbids `with`, and a direct `eval` keeps a module out of scope hoisting), so the
    /// mangler need not walk it once more to find out.
    pub(super) eval_free: bool,
    /// Names the mangler keeps wherever they are declared: the module's `var`s in blocks and
    /// loops at its top level, which belong to the scope all modules share.
    pub(super) reserved: Vec<Atom>,
}

/// [`minify`] with swc's compressor configured by `compress`.
pub(super) fn minify_with(
    program: Program,
    cm: &Lrc<SourceMap>,
    comments: &SingleThreadedComments,
    unresolved_mark: Mark,
    top_level_mark: Mark,
    compress: Option<swc_core::ecma::minifier::option::CompressOptions>,
    mangle: Option<Mangle>,
) -> Program {
    use swc_core::ecma::minifier::option::{ExtraOptions, MangleOptions, MinifyOptions};
    swc_core::ecma::minifier::optimize(
        program,
        cm.clone(),
        Some(comments),
        None,
        &MinifyOptions {
            compress,
            mangle: mangle.map(|mangle| MangleOptions {
                top_level: Some(mangle.top_level),
                eval: mangle.eval_free,
                reserved: mangle.reserved,
                // Names in the order `abc…` rather than by how often each character occurs in
                // the module: swc's count prints the whole module once more (0.2 s of CPU for
                // ten copies of three.js), and one order for every module gzips better (1.2%).
                disable_char_freq: true,
                ..Default::default()
            }),
            ..Default::default()
        },
        &ExtraOptions {
            unresolved_mark,
            top_level_mark,
            mangle_name_cache: None,
        },
    )
}

/// [`light_compress`]'s passes alone: names are mangled later.
fn compress(
    program: Program,
    cm: &Lrc<SourceMap>,
    comments: &SingleThreadedComments,
    unresolved_mark: Mark,
    top_level_mark: Mark,
) -> Program {
    minify_with(
        program,
        cm,
        comments,
        unresolved_mark,
        top_level_mark,
        Some(light_compress()),
        None,
    )
}

/// swc's compressor for CommonJS modules (hoisted ES modules take `squeeze`'s rewrites), with
/// only the passes that pay for themselves (measured on ten copies of three.js: 7.41 MB without
/// it, 7.20 MB with these, 7.197 MB with ten passes more, each costing time): joined `var`s,
/// sequences, conditionals, booleans, `if`/`return` folding. What needs a
/// view of the whole program (unused bindings) is `scope`'s tree shaking. Comparisons and
/// `typeof` tests are folded too (`typeof x > "u"`): a few dozen bytes of a shell, no time.
pub(super) fn light_compress() -> swc_core::ecma::minifier::option::CompressOptions {
    use swc_core::ecma::minifier::option::CompressOptions;
    let off = CompressOptions {
        passes: 1,
        inline: 0,
        arrows: false,
        bools: false,
        collapse_vars: false,
        comparisons: false,
        computed_props: false,
        conditionals: false,
        dead_code: false,
        directives: false,
        evaluate: false,
        expr: false,
        hoist_props: false,
        if_return: false,
        join_vars: false,
        loops: false,
        negate_iife: false,
        props: false,
        reduce_fns: false,
        reduce_vars: false,
        sequences: 0,
        side_effects: false,
        switches: false,
        typeofs: false,
        unused: false,
        module: true,
        ..Default::default()
    };
    CompressOptions {
        join_vars: true,
        sequences: 200,
        bools: true,
        conditionals: true,
        if_return: true,
        comparisons: true,
        typeofs: true,
        ..off
    }
}

/// The bindings a declaration introduces.
pub(super) fn decl_ids(decl: &swc_core::ecma::ast::Decl) -> Vec<swc_core::ecma::ast::Id> {
    use swc_core::ecma::ast::Decl;
    match decl {
        Decl::Fn(function) => vec![function.ident.to_id()],
        Decl::Class(class) => vec![class.ident.to_id()],
        Decl::Var(var) => swc_core::ecma::utils::find_pat_ids(&var.decls),
        Decl::Using(using) => swc_core::ecma::utils::find_pat_ids(&using.decls),
        _ => Vec::new(),
    }
}

/// The `var` bindings of a statement at a module's top level that is no declaration
/// (`if (c) { var x }`, `for (var i …) { var y }`, `try { var z } …`): they belong to the
/// module's scope as much as its declarations do. Functions and classes are not looked into.
pub(super) fn nested_var_ids(stmt: &swc_core::ecma::ast::Stmt) -> Vec<swc_core::ecma::ast::Id> {
    use swc_core::ecma::ast::{Stmt, VarDecl, VarDeclKind};
    if matches!(
        stmt,
        Stmt::Decl(_) | Stmt::Expr(_) | Stmt::Return(_) | Stmt::Empty(_)
    ) {
        return Vec::new();
    }
    struct Vars(Vec<swc_core::ecma::ast::Id>);
    impl Visit for Vars {
        fn visit_var_decl(&mut self, var: &VarDecl) {
            if var.kind == VarDeclKind::Var {
                self.0.extend(swc_core::ecma::utils::find_pat_ids::<
                    _,
                    swc_core::ecma::ast::Id,
                >(&var.decls));
            }
            var.visit_children_with(self);
        }
        fn visit_function(&mut self, _: &swc_core::ecma::ast::Function) {}
        fn visit_arrow_expr(&mut self, _: &swc_core::ecma::ast::ArrowExpr) {}
        fn visit_class(&mut self, _: &swc_core::ecma::ast::Class) {}
        fn visit_getter_prop(&mut self, _: &swc_core::ecma::ast::GetterProp) {}
        fn visit_setter_prop(&mut self, _: &swc_core::ecma::ast::SetterProp) {}
    }
    let mut vars = Vars(Vec::new());
    stmt.visit_with(&mut vars);
    vars.0
}

/// Every binding of a module's own scope: its declarations (exported or not), its imports, and
/// the `var`s of its other top-level statements.
fn top_level_ids(module: &swc_core::ecma::ast::Module) -> Vec<swc_core::ecma::ast::Id> {
    use swc_core::ecma::ast::{DefaultDecl, ImportSpecifier, ModuleDecl, Stmt};
    let mut ids = Vec::new();
    for item in &module.body {
        match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => ids.extend(decl_ids(decl)),
            ModuleItem::Stmt(stmt) => ids.extend(nested_var_ids(stmt)),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                ids.extend(decl_ids(&export.decl))
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultDecl(default)) => match &default.decl {
                DefaultDecl::Fn(f) => ids.extend(f.ident.as_ref().map(Ident::to_id)),
                DefaultDecl::Class(c) => ids.extend(c.ident.as_ref().map(Ident::to_id)),
                DefaultDecl::TsInterfaceDecl(_) => {}
            },
            ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => {
                ids.extend(import.specifiers.iter().map(|spec| match spec {
                    ImportSpecifier::Named(named) => named.local.to_id(),
                    ImportSpecifier::Default(default) => default.local.to_id(),
                    ImportSpecifier::Namespace(ns) => ns.local.to_id(),
                }))
            }
            _ => {}
        }
    }
    ids
}

/// Whether each top-level name of a module means one binding wherever it is used: no two
/// top-level bindings share a name (a helper or an import that a pass added, and the module's
/// own binding of that name), and no use of a global has the name of a top-level binding (a
/// helper's `Symbol` where the module declares one). Nested bindings named like top-level ones
/// are [`separate_top_level_names`]' concern.
fn top_level_names_unique(program: &Program, unresolved: SyntaxContext) -> bool {
    let Program::Module(module) = program else {
        return false;
    };
    let mut tops: HashMap<Atom, SyntaxContext> = HashMap::default();
    for (sym, ctxt) in top_level_ids(module) {
        if tops.insert(sym, ctxt).is_some_and(|other| other != ctxt) {
            return false;
        }
    }
    struct Globals<'a> {
        tops: &'a HashMap<Atom, SyntaxContext>,
        unresolved: SyntaxContext,
        clash: bool,
    }
    impl Visit for Globals<'_> {
        fn visit_stmt(&mut self, stmt: &swc_core::ecma::ast::Stmt) {
            if !self.clash {
                stmt.visit_children_with(self);
            }
        }
        fn visit_ident(&mut self, ident: &Ident) {
            self.clash |= ident.ctxt == self.unresolved && self.tops.contains_key(&ident.sym);
        }
    }
    let mut globals = Globals {
        tops: &tops,
        unresolved,
        clash: false,
    };
    module.visit_with(&mut globals);
    !globals.clash
}

/// Renames every nested binding that shares its name with a top-level one, so that within the
/// module a name at the top level always means the top-level binding: `scope` then links and
/// renames by name alone. Returns the final names of the helpers whose contexts are `helpers`.
fn separate_top_level_names(
    module: &mut swc_core::ecma::ast::Module,
    helpers: &HashSet<SyntaxContext>,
) -> Vec<swc_core::ecma::atoms::Atom> {
    use swc_core::ecma::ast::{Decl, Id, ModuleDecl, Stmt};
    use swc_core::ecma::atoms::Atom;
    let tops: HashSet<Id> = top_level_ids(module).into_iter().collect();
    let helper_names: Vec<Atom> = module
        .body
        .iter()
        .filter_map(|item| match item {
            ModuleItem::Stmt(Stmt::Decl(Decl::Fn(function))) => Some(function),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
                Decl::Fn(function) => Some(function),
                _ => None,
            },
            _ => None,
        })
        .filter(|function| helpers.contains(&function.ident.ctxt))
        .map(|function| function.ident.sym.clone())
        .collect();
    let top_names: HashSet<Atom> = tops.iter().map(|(sym, _)| sym.clone()).collect();
    // Most modules have no nested binding named like a top-level one: one look through them
    // instead of collecting every name and visiting them again.
    struct Shadows<'a> {
        tops: &'a HashSet<Id>,
        top_names: &'a HashSet<Atom>,
        found: bool,
    }
    impl Visit for Shadows<'_> {
        fn visit_stmt(&mut self, stmt: &Stmt) {
            if !self.found {
                stmt.visit_children_with(self);
            }
        }
        fn visit_ident(&mut self, ident: &Ident) {
            self.found |=
                self.top_names.contains(&ident.sym) && !self.tops.contains(&ident.to_id());
        }
    }
    let mut shadows = Shadows {
        tops: &tops,
        top_names: &top_names,
        found: false,
    };
    module.visit_with(&mut shadows);
    if !shadows.found {
        return helper_names;
    }
    struct Names(HashSet<Atom>);
    impl Visit for Names {
        fn visit_ident(&mut self, ident: &Ident) {
            self.0.insert(ident.sym.clone());
        }
    }
    let mut names = Names(HashSet::default());
    module.visit_with(&mut names);
    struct Separate<'a> {
        tops: &'a HashSet<Id>,
        top_names: &'a HashSet<Atom>,
        used: HashSet<Atom>,
        renamed: HashMap<Id, Atom>,
    }
    impl VisitMut for Separate<'_> {
        // Names of exports (`import { a as b }`'s `a`, `export { b as c }`'s `c`) are no bindings.
        fn visit_mut_import_named_specifier(
            &mut self,
            spec: &mut swc_core::ecma::ast::ImportNamedSpecifier,
        ) {
            spec.local.visit_mut_with(self);
        }
        fn visit_mut_export_named_specifier(
            &mut self,
            spec: &mut swc_core::ecma::ast::ExportNamedSpecifier,
        ) {
            spec.orig.visit_mut_with(self);
        }
        fn visit_mut_export_namespace_specifier(
            &mut self,
            _: &mut swc_core::ecma::ast::ExportNamespaceSpecifier,
        ) {
        }
        fn visit_mut_export_default_specifier(
            &mut self,
            _: &mut swc_core::ecma::ast::ExportDefaultSpecifier,
        ) {
        }
        // `{ a }` of a binding that is renamed: `{ a: a$1 }`, the key stays.
        fn visit_mut_prop(&mut self, prop: &mut swc_core::ecma::ast::Prop) {
            if let swc_core::ecma::ast::Prop::Shorthand(ident) = prop
                && self.renames(ident)
            {
                let mut value = ident.clone();
                self.visit_mut_ident(&mut value);
                expand_shorthand(prop, Expr::Ident(value));
                return;
            }
            prop.visit_mut_children_with(self);
        }
        fn visit_mut_object_pat_prop(&mut self, prop: &mut swc_core::ecma::ast::ObjectPatProp) {
            if let swc_core::ecma::ast::ObjectPatProp::Assign(assign) = prop
                && self.renames(&assign.key.id)
            {
                let mut renamed = assign.key.id.clone();
                self.visit_mut_ident(&mut renamed);
                rename_pattern_shorthand(prop, renamed.sym);
            }
            prop.visit_mut_children_with(self);
        }
        fn visit_mut_ident(&mut self, ident: &mut Ident) {
            if !self.renames(ident) {
                return;
            }
            let id = ident.to_id();
            let name = match self.renamed.get(&id) {
                Some(name) => name.clone(),
                None => {
                    let mut counter = 1;
                    let name = loop {
                        let candidate = Atom::from(format!("{}${counter}", ident.sym));
                        if !self.used.contains(&candidate) {
                            break candidate;
                        }
                        counter += 1;
                    };
                    self.used.insert(name.clone());
                    self.renamed.insert(id, name.clone());
                    name
                }
            };
            ident.sym = name;
        }
    }
    impl Separate<'_> {
        /// Whether `ident` is a nested binding (or a use of one) named like a top-level one.
        fn renames(&self, ident: &Ident) -> bool {
            self.top_names.contains(&ident.sym) && !self.tops.contains(&ident.to_id())
        }
    }
    module.visit_mut_with(&mut Separate {
        tops: &tops,
        top_names: &top_names,
        used: names.0,
        renamed: HashMap::default(),
    });
    helper_names
}

/// Replaces `process.env.NAME` (with `process` a global) by a string literal; unknown names
/// become `undefined`, so that bundles never touch a `process` that browsers lack.
struct Define<'a> {
    defines: &'a BTreeMap<String, String>,
    unresolved: SyntaxContext,
}

impl VisitMut for Define<'_> {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Member(MemberExpr {
            obj,
            prop: MemberProp::Ident(name),
            span,
        }) = expr
            && let Expr::Member(MemberExpr {
                obj: inner,
                prop: MemberProp::Ident(env),
                ..
            }) = &**obj
            && let Expr::Ident(process) = &**inner
        {
            // `process` is matched by name: TypeScript's `declare const process` gives it a
            // binding of its own, but it still means the global, as for webpack's define.
            if process.sym == *"process" && env.sym == *"env" {
                let value = self.defines.get(name.sym.as_str());
                *expr = match value {
                    Some(value) => Expr::Lit(Lit::Str(Str {
                        span: *span,
                        value: value.as_str().into(),
                        raw: None,
                    })),
                    None => Expr::Ident(Ident::new("undefined".into(), *span, self.unresolved)),
                };
                return;
            }
        }
        expr.visit_mut_children_with(self);
    }
}

/// The registry's parameters of a module function, from `require` up to the last one the code
/// names (`__import`, `__asset`, `global`).
const MODULE_PARAMS: [&str; 6] = [
    "require", "module", "exports", "__import", "__asset", "global",
];

fn module_params(program: &Program) -> Vec<&'static str> {
    struct Used {
        last: usize,
    }
    // Any name of them counts, also a module's own `var global = global || …`, which reads
    // the parameter before the declaration takes over.
    impl Visit for Used {
        fn visit_ident(&mut self, ident: &Ident) {
            if let Some(index) = MODULE_PARAMS.iter().position(|name| ident.sym == **name) {
                self.last = self.last.max(index);
            }
        }
    }
    let mut used = Used { last: 2 };
    program.visit_with(&mut used);
    MODULE_PARAMS[..=used.last].to_vec()
}

/// The program's statements become the body of `(function (<names>) { … })`.
fn wrap_in_function(program: &mut Program, names: &[&str]) {
    use swc_core::ecma::ast::{
        ExprStmt, FnExpr, Function, FunctionBody, Module, Param, ParenExpr, Pat, Stmt,
    };
    let empty = Program::Module(Module {
        span: DUMMY_SP,
        body: Vec::new(),
        shebang: None,
    });
    let stmts: Vec<Stmt> = match std::mem::replace(program, empty) {
        Program::Script(script) => script.body,
        Program::Module(module) => module
            .body
            .into_iter()
            .filter_map(|item| match item {
                ModuleItem::Stmt(stmt) => Some(stmt),
                // A CommonJS module has no import or export left.
                ModuleItem::ModuleDecl(_) => None,
            })
            .collect(),
    };
    let function = Function {
        params: names
            .iter()
            .map(|name| Param {
                span: DUMMY_SP,
                decorators: Vec::new(),
                pat: Pat::Ident(Ident::new_no_ctxt((*name).into(), DUMMY_SP).into()),
            })
            .collect(),
        body: Some(FunctionBody {
            span: DUMMY_SP,
            stmts,
        }),
        ..Default::default()
    };
    let expr = Expr::Paren(ParenExpr {
        span: DUMMY_SP,
        expr: Box::new(Expr::Fn(FnExpr {
            ident: None,
            function: Box::new(function),
        })),
    });
    if let Program::Module(module) = program {
        module.body.push(ModuleItem::Stmt(Stmt::Expr(ExprStmt {
            span: DUMMY_SP,
            expr: Box::new(expr),
        })));
    }
}

/// Undoes [`wrap_in_function`]: the program is the function's body again; returns the
/// parameters' names as they are now, joined by commas.
fn unwrap_function(program: &mut Program) -> Arc<str> {
    use swc_core::ecma::ast::{Pat, Stmt};
    let Program::Module(module) = program else {
        unreachable!("wrapped code is a module")
    };
    let Some(ModuleItem::Stmt(Stmt::Expr(stmt))) = module.body.pop() else {
        unreachable!("wrapped code is one expression")
    };
    let mut expr = *stmt.expr;
    while let Expr::Paren(paren) = expr {
        expr = *paren.expr;
    }
    let Expr::Fn(function) = expr else {
        unreachable!("wrapped code is a function")
    };
    let function = *function.function;
    let names: Vec<String> = function
        .params
        .iter()
        .map(|param| match &param.pat {
            Pat::Ident(ident) => ident.sym.to_string(),
            _ => unreachable!("parameters are names"),
        })
        .collect();
    module.body = function
        .body
        .map(|body| body.stmts.into_iter().map(ModuleItem::Stmt).collect())
        .unwrap_or_default();
    Arc::from(names.join(","))
}

/// `import("x")` → `__import("x")`, which the linker's runtime turns into a chunk load.
struct DynamicImports;

impl VisitMut for DynamicImports {
    fn visit_mut_call_expr(&mut self, call: &mut CallExpr) {
        call.visit_mut_children_with(self);
        if matches!(call.callee, Callee::Import(_)) {
            call.callee = Callee::Expr(Box::new(Expr::Ident(Ident::new(
                "__import".into(),
                call.span,
                SyntaxContext::empty(),
            ))));
        }
    }
}

/// Collects the string arguments of `require(...)` (a global `require`) and `__import(...)`.
struct Requires {
    unresolved: SyntaxContext,
    requires: Vec<String>,
    dynamic: Vec<String>,
}

impl Visit for Requires {
    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Callee::Expr(callee) = &call.callee else {
            return;
        };
        let Expr::Ident(ident) = &**callee else {
            return;
        };
        let Some(ExprOrSpread { spread: None, expr }) = call.args.first() else {
            return;
        };
        let Expr::Lit(Lit::Str(text)) = &**expr else {
            return;
        };
        let Some(value) = text.value.as_atom().map(|a| a.as_str().to_string()) else {
            return;
        };
        if ident.sym == *"require"
            && (ident.ctxt == self.unresolved || ident.ctxt == SyntaxContext::empty())
        {
            if !self.requires.contains(&value) {
                self.requires.push(value);
            }
        } else if ident.sym == *"__import" && !self.dynamic.contains(&value) {
            self.dynamic.push(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> TransformOptions {
        TransformOptions {
            defines: BTreeMap::from([("NODE_ENV".to_string(), "production".to_string())]),
            minify: false,
            source_map: false,
            jsx: true,
            development: false,
            source: Arc::default(),
            source_name: "x".into(),
            hoist: false,
        }
    }

    #[test]
    fn minified_commonjs_names_its_module_function_parameters() {
        let source = "'use strict';\nvar dep = require('./dep');\nfunction helper(value) { return dep.twice(value); }\nmodule.exports = function (x) { return helper(x) + (typeof global); };\nexports.loaded = this === module.exports;\n";
        let out = transform(
            Path::new("/x/node_modules/p/index.js"),
            source,
            Syntaxes::JavaScript,
            &TransformOptions {
                minify: true,
                ..options()
            },
        )
        .unwrap();
        // Every parameter up to `global` (the last the code uses), each renamed.
        let params: Vec<&str> = out.params.as_deref().unwrap().split(',').collect();
        assert_eq!(params.len(), 6, "{params:?}");
        assert!(params.iter().all(|name| name.len() <= 2), "{params:?}");
        assert_eq!(out.requires, ["./dep"]);
        // The body is kept whole, with the module's names bound to the parameters.
        let code = &out.code;
        assert!(code.starts_with("\"use strict\""), "{code}");
        assert!(
            !code.contains("require(") && !code.contains("module."),
            "{code}"
        );
        assert!(
            code.contains(&format!("{}(\"./dep\")", params[0])),
            "{code}"
        );
        assert!(code.contains(&format!("{}.exports", params[1])), "{code}");
        // Run it: the module function, called as the registry calls it.
        let function = format!("(function({}){{{code}}})", out.params.as_deref().unwrap());
        assert!(function.len() > 60, "{function}");

        // Without `global`, `__asset` or `import()`, three parameters.
        let out = transform(
            Path::new("/x/node_modules/p/small.js"),
            "module.exports = require('a') + 1;\n",
            Syntaxes::JavaScript,
            &TransformOptions {
                minify: true,
                ..options()
            },
        )
        .unwrap();
        assert_eq!(out.params.as_deref().unwrap().split(',').count(), 3);

        // Names swc's passes made alike (two imports both `_constants`) stay two bindings.
        let out = transform(
            Path::new("/x/src/uses-require.js"),
            "import { a } from './constants';\nimport { b } from '../constants';\nconst logo = require('./logo.png');\nexport default [a, b, logo];\n",
            Syntaxes::JavaScript,
            &TransformOptions {
                minify: true,
                ..options()
            },
        )
        .unwrap();
        let bound = |specifier: &str| {
            let at = out.code.find(&format!("(\"{specifier}\")")).unwrap();
            let before = &out.code[..at];
            let assign = before.rfind('=').unwrap();
            let start = before[..assign]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .map_or(0, |i| i + 1);
            before[start..assign].to_string()
        };
        assert_ne!(bound("./constants"), bound("../constants"), "{}", out.code);
    }

    #[test]
    fn development_modules_share_their_helpers() {
        let source = "import * as React from 'react';\nexport function Leaf() { return <div>{React.version}</div>; }\n";
        let out = transform(
            Path::new("/x/a.tsx"),
            source,
            Syntaxes::TypeScript { tsx: true },
            &options(),
        )
        .unwrap();
        let names: Vec<&str> = out.helpers.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            ["_getRequireWildcardCache", "_interop_require_wildcard"],
            "{}",
            out.code
        );
        assert!(
            !out.code.contains("function _interop_require_wildcard(obj"),
            "{}",
            out.code
        );
        assert!(
            out.helpers[1]
                .1
                .starts_with("function _interop_require_wildcard(")
        );
        assert_eq!(out.requires, ["react", SHARED_HELPERS]);
    }

    #[test]
    fn a_known_set_of_helpers_is_shared_as_the_first_module_had_it() {
        let source = "import * as React from 'react';\nimport * as Other from 'other';\nexport const v = [React.version, Other];\n";
        let run = |source: &str| {
            transform(
                Path::new("/x/b.ts"),
                source,
                Syntaxes::TypeScript { tsx: false },
                &options(),
            )
            .unwrap()
        };
        let key = vec![Atom::from("_interop_require_wildcard")];
        // Injected and taken out: the first module of its set (other tests may have known it).
        KNOWN_HELPERS.lock().unwrap().remove(&key);
        let first = run(source);
        assert!(KNOWN_HELPERS.lock().unwrap().contains_key(&key));
        // From the table: the same module, the same stubs and helpers.
        let again = run(source);
        assert_eq!(
            (&first.code, &first.helpers, &first.requires),
            (&again.code, &again.helpers, &again.requires)
        );
        assert_eq!(first.code.matches("return require(").count(), 2);

        // A module of its own that goes by a helper's name keeps the helpers inside.
        let own = run(&format!(
            "{source}function _getRequireWildcardCache() {{ return 1; }}\nexport const w = _getRequireWildcardCache();\n"
        ));
        assert!(own.helpers.is_empty(), "{}", own.code);
        assert!(
            own.code.contains("function _interop_require_wildcard(obj"),
            "{}",
            own.code
        );

        // Helpers with statements besides their functions stay in the module, whole.
        let generator = with_settings(SourceSettings {
            target: Some(EsVersion::Es2017),
            ..Default::default()
        });
        let source = "export async function* g() { yield 1; }\n";
        for _ in 0..2 {
            let out = transform(
                Path::new("/x/c.ts"),
                source,
                Syntaxes::TypeScript { tsx: false },
                &generator,
            )
            .unwrap();
            assert!(out.helpers.is_empty(), "{}", out.code);
            assert!(out.code.contains(".prototype.next"), "{}", out.code);
        }
    }

    #[test]
    fn defines_and_dead_branches() {
        let source = "declare const process: any;\nexport function f() { if (process.env.NODE_ENV !== 'production') { require('./dev'); } return process.env.NODE_ENV + process.env.OTHER; }\n";
        let out = transform(
            Path::new("/x/a.ts"),
            source,
            Syntaxes::TypeScript { tsx: false },
            &options(),
        )
        .unwrap();
        assert!(!out.code.contains("./dev"), "{}", out.code);
        assert!(
            out.code.contains("\"productionundefined\""),
            "unknown names are undefined: {}",
            out.code
        );
        assert_eq!(out.requires, Vec::<String>::new());
    }

    #[test]
    fn imports_become_requires_and_dynamic_imports() {
        let source = "import React from 'react';\nexport const Page = React.lazy(() => import('./Page'));\nexport default <div />;\n";
        let out = transform(
            Path::new("/x/a.tsx"),
            source,
            Syntaxes::TypeScript { tsx: true },
            &options(),
        )
        .unwrap();
        // The default import's helper comes from the shared helpers module.
        assert_eq!(out.requires, ["react", SHARED_HELPERS]);
        assert_eq!(out.dynamic, ["./Page"]);
        assert!(
            out.code.contains("__import(\"./Page\")") || out.code.contains("__import('./Page')"),
            "{}",
            out.code
        );
    }

    fn with_settings(settings: SourceSettings) -> TransformOptions {
        TransformOptions {
            source: Arc::new(settings),
            ..options()
        }
    }

    #[test]
    fn jsx_follows_the_tsconfig() {
        let source = "export const a = <><b x=\"1\" /></>;\n";
        let tsx = Syntaxes::TypeScript { tsx: true };
        let automatic = with_settings(SourceSettings {
            jsx: Jsx::Automatic,
            jsx_import_source: Some("preact".into()),
            ..Default::default()
        });
        let out = transform(Path::new("/x/a.tsx"), source, tsx, &automatic).unwrap();
        assert_eq!(out.requires, ["preact/jsx-runtime"], "{}", out.code);

        let dev = TransformOptions {
            development: true,
            ..with_settings(SourceSettings {
                jsx: Jsx::AutomaticDev,
                ..Default::default()
            })
        };
        let out = transform(Path::new("/x/a.tsx"), source, tsx, &dev).unwrap();
        assert_eq!(out.requires, ["react/jsx-dev-runtime"], "{}", out.code);

        let classic = with_settings(SourceSettings {
            jsx_factory: Some("h".into()),
            jsx_fragment_factory: Some("Fragment".into()),
            ..Default::default()
        });
        let source = "import { h, Fragment } from 'preact';\nexport const a = <><b /></>;\n";
        let out = transform(Path::new("/x/a.tsx"), source, tsx, &classic).unwrap();
        assert_eq!(out.requires, ["preact"]);
        assert!(
            out.code.contains("_preact.h)(_preact.Fragment") && !out.code.contains("React"),
            "{}",
            out.code
        );
    }

    #[test]
    fn the_target_downlevels_and_nothing_else_does() {
        let source = "export class A { #n = 1; m = 2; get n() { return this.#n ?? this.m; } }\nexport const f = async (o?: { p: number }) => [...[o?.p]];\n";
        let ts = Syntaxes::TypeScript { tsx: false };
        let out = transform(Path::new("/x/a.ts"), source, ts, &options()).unwrap();
        assert!(
            out.code.contains("?.") && out.code.contains("#n"),
            "{}",
            out.code
        );
        let es5 = with_settings(SourceSettings {
            target: Some(EsVersion::Es5),
            ..Default::default()
        });
        let out = transform(Path::new("/x/a.ts"), source, ts, &es5).unwrap();
        for modern in ["?.", "??", "#n", "=>", "async (", "class A", "const "] {
            assert!(!out.code.contains(modern), "{modern}: {}", out.code);
        }
    }

    #[test]
    fn a_helper_keeps_its_name_where_the_module_has_one_like_it() {
        // The ES5 spread needs swc's `_to_consumable_array`; the module has its own function
        // of that name, which is renamed: the helper stays known as one (and is written once
        // per bundle).
        let source = "export function _to_consumable_array() { return 'mine'; }\nexport const f = (xs: number[]) => [0, ...xs];\n";
        let es5 = with_settings(SourceSettings {
            target: Some(EsVersion::Es5),
            ..Default::default()
        });
        let hoisted = TransformOptions {
            hoist: true,
            minify: true,
            ..es5
        };
        let out = transform(
            Path::new("/x/a.ts"),
            source,
            Syntaxes::TypeScript { tsx: false },
            &hoisted,
        )
        .unwrap();
        let esm = out.esm.expect("hoisted");
        assert!(
            esm.helpers
                .iter()
                .any(|name| name == "_to_consumable_array"),
            "{:?}",
            esm.helpers
        );
        let module = esm.module.cloned();
        let names: Vec<String> = module
            .body
            .iter()
            .filter_map(|item| match item {
                ModuleItem::Stmt(swc_core::ecma::ast::Stmt::Decl(
                    swc_core::ecma::ast::Decl::Fn(function),
                )) => Some(function.ident.sym.to_string()),
                ModuleItem::ModuleDecl(swc_core::ecma::ast::ModuleDecl::ExportDecl(export)) => {
                    match &export.decl {
                        swc_core::ecma::ast::Decl::Fn(function) => {
                            Some(function.ident.sym.to_string())
                        }
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect();
        assert!(
            names.iter().any(|name| name == "_to_consumable_array1"),
            "{names:?}"
        );
    }

    #[test]
    fn syntax_errors_have_positions() {
        let error = transform(
            Path::new("/x/a.ts"),
            "let x = ;\n",
            Syntaxes::TypeScript { tsx: false },
            &options(),
        )
        .unwrap_err();
        assert_eq!((error.line, error.column), (1, 9));
    }
}
