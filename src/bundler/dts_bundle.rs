//! A shell's declaration (`piral declaration`, an emulator's `app/index.d.ts`): one
//! self-contained file that gives a pilet author's editor the shell's Pilet API — the framework's
//! `PiletApi`, every extension that the shell's plugins and its own sources add to it, and the
//! types they reference — without the shell's packages installed in the pilet.
//!
//! The old CLI's `dets` rewrote the TypeScript compiler's view of those types into one module.
//! This does it with the declarations as they are: every declaration file reached from the shell
//! (its own sources through isolated declarations, the framework package, the packages they
//! import) becomes an ambient module named by its package path (`declare module
//! "piral-core/lib/types/api" { … }`), with relative and package specifiers rewritten to those
//! names. Module augmentations (`declare module 'piral-core/lib/types/custom' { interface
//! PiletCustomApi extends PiletDashboardApi {} }`) cannot nest in an ambient module: they are
//! lifted out as blocks of the same name, which TypeScript merges, taking the imports and the
//! exported names of the file they came from along. Packages a pilet installs itself (the shared
//! dependencies, their `@types` and what those depend on) are imported, not copied. The shell's
//! own module exports the framework's types: `declare module "<shell>" { export type * from … }`.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::{Component, Path, PathBuf};

use serde_json::Value;
use swc_core::common::{FileName, GLOBALS, Globals, SourceMap, sync::Lrc};
use swc_core::ecma::ast::{
    Decl, EsVersion, ImportSpecifier, Module, ModuleDecl, ModuleExportName, ModuleItem, Pat,
    Program, Stmt, Str, TsImportType, TsModuleName, TsModuleRef, TsNamespaceBody,
};
use swc_core::ecma::parser::{Syntax, TsSyntax, parse_file_as_program};
use swc_core::ecma::visit::{VisitMut, VisitMutWith as _};

/// How every declaration this module writes starts: a file that does is never read as a source.
pub(crate) const HEADER: &str = "// The Pilet API of ";

/// What the shell's declaration is made from.
pub(crate) struct ShellTypes<'a> {
    /// The shell's package name: the module pilets import (`import type { PiletApi } from
    /// '<name>'`).
    pub(crate) name: &'a str,
    /// The shell's folder (with `package.json` and `node_modules`).
    pub(crate) root: &'a Path,
    /// The shell's own TypeScript sources to take augmentations and types from.
    pub(crate) sources: Vec<PathBuf>,
    /// The package whose types the shell's module exports (`piral`, `piral-core`, `piral-base`).
    pub(crate) framework: Option<&'a str>,
    /// Packages a pilet of this shell installs itself: imported, never copied.
    pub(crate) installed_by_pilets: BTreeSet<String>,
    /// Files whose types the shell's module exports as well (`extraTypes`).
    pub(crate) extra_types: Vec<PathBuf>,
}

/// The declaration file, and what could not be read (`file: why`).
pub(crate) struct Bundled {
    pub(crate) code: String,
    pub(crate) issues: Vec<String>,
}

/// Builds the shell's declaration file.
pub(crate) fn bundle(shell: &ShellTypes<'_>) -> Bundled {
    GLOBALS.set(&Globals::new(), || Bundler::new(shell).run())
}

/// The packages a pilet has in its own `node_modules`: `direct` (the shared dependencies and the
/// shell's `pilets.devDependencies`), their `@types/*`, and what those depend on, as installed
/// below `root`.
pub(crate) fn installed_by_pilets(root: &Path, direct: &[String]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = direct.iter().cloned().collect();
    while let Some(name) = queue.pop_front() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if !name.starts_with("@types/") {
            queue.push_back(types_package(&name));
        }
        let manifest = root.join("node_modules").join(&name).join("package.json");
        let Ok(text) = fs_err::read_to_string(&manifest) else {
            continue;
        };
        let Ok(Value::Object(pkg)) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        for section in ["dependencies", "peerDependencies"] {
            if let Some(Value::Object(deps)) = pkg.get(section) {
                queue.extend(deps.keys().cloned());
            }
        }
    }
    seen
}

/// `@types/<name>` of a package (`@scope/x` → `@types/scope__x`).
fn types_package(name: &str) -> String {
    format!(
        "@types/{}",
        name.trim_start_matches('@').replacen('/', "__", 1)
    )
}

struct Bundler<'a> {
    shell: &'a ShellTypes<'a>,
    /// Module name of each file that is (or will be) written.
    names: HashMap<PathBuf, String>,
    queue: VecDeque<PathBuf>,
    modules: Vec<String>,
    augmentations: Vec<String>,
    /// What the lifted augmentations add to `PiletCustomApi`, by the module they augment: (name,
    /// module it comes from).
    custom_apis: Vec<(String, Vec<(String, String)>)>,
    globals: Vec<String>,
    issues: Vec<String>,
}

impl<'a> Bundler<'a> {
    fn new(shell: &'a ShellTypes<'a>) -> Self {
        Self {
            shell,
            names: HashMap::new(),
            queue: VecDeque::new(),
            modules: Vec::new(),
            augmentations: Vec::new(),
            custom_apis: Vec::new(),
            globals: Vec::new(),
            issues: Vec::new(),
        }
    }

    fn run(mut self) -> Bundled {
        let framework = self.shell.framework.and_then(|name| {
            let file = resolve(self.shell.root, name)?;
            Some(self.name_of(&file))
        });
        for source in self.shell.sources.iter().chain(&self.shell.extra_types) {
            if !self.names.contains_key(source) {
                let name = self.own_name(source);
                self.names.insert(source.clone(), name);
                self.queue.push_back(source.clone());
            }
        }
        let extra: Vec<String> = self
            .shell
            .extra_types
            .iter()
            .map(|file| self.names[file].clone())
            .collect();
        while let Some(file) = self.queue.pop_front() {
            self.write_module(&file);
        }
        let mut code = format!(
            "{HEADER}`{name}`, with the types it references: generated by piral from the\n\
             // shell's sources and packages. Import it as `import type {{ PiletApi }} from '{name}';`.\n",
            name = self.shell.name
        );
        code.push_str(&format!(
            "declare module {} {{\n",
            Value::from(self.shell.name)
        ));
        if let Some(framework) = &framework {
            code.push_str(&format!(
                "  export type * from {};\n",
                Value::from(framework.as_str())
            ));
        }
        for name in &extra {
            code.push_str(&format!(
                "  export type * from {};\n",
                Value::from(name.as_str())
            ));
        }
        code.push_str("}\n");
        let custom: Vec<String> = self
            .custom_apis
            .iter()
            .map(|(target, apis)| custom_api_block(target, apis))
            .collect();
        for block in self
            .globals
            .iter()
            .chain(&self.modules)
            .chain(&custom)
            .chain(&self.augmentations)
        {
            code.push('\n');
            code.push_str(block);
        }
        Bundled {
            code,
            issues: self.issues,
        }
    }

    /// The name of a shell source: `<shell>/src/plugin`.
    fn own_name(&self, file: &Path) -> String {
        let relative = file
            .strip_prefix(self.shell.root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        format!("{}/{}", self.shell.name, strip_extension(&relative))
    }

    /// The module name of a declaration file in `node_modules` (queued to be written), by the
    /// package it lies in: the package itself for its types entry, else `<package>/<path>`.
    fn name_of(&mut self, file: &Path) -> String {
        if let Some(name) = self.names.get(file) {
            return name.clone();
        }
        let name = match package_of(file) {
            Some((package, dir, relative)) => {
                if resolve_package_entry(&dir).as_deref() == Some(file) {
                    package
                } else {
                    format!("{package}/{}", strip_extension(&relative))
                }
            }
            None => self.own_name(file),
        };
        self.names.insert(file.to_path_buf(), name.clone());
        self.queue.push_back(file.to_path_buf());
        name
    }

    /// Whether a bare specifier names a package that pilets install themselves.
    fn is_installed_by_pilets(&self, specifier: &str) -> bool {
        let package = package_name(specifier);
        let installed = &self.shell.installed_by_pilets;
        installed.contains(package) || installed.contains(&types_package(package))
    }

    /// The name a specifier in `from` becomes: a written module's name, or the specifier itself
    /// (a package pilets install, or one that cannot be found).
    fn rename(&mut self, from: &Path, specifier: &str) -> Option<String> {
        let relative = specifier.starts_with("./") || specifier.starts_with("../");
        if !relative && self.is_installed_by_pilets(specifier) {
            return None;
        }
        let dir = from.parent().unwrap_or(Path::new("."));
        let target = if relative {
            resolve_relative(dir, specifier)
        } else {
            resolve(dir, specifier)
        }?;
        Some(self.name_of(&target))
    }

    fn write_module(&mut self, file: &Path) {
        let Some(module) = self.parse(file) else {
            return;
        };
        let name = self.names[file].clone();
        let is_module = module
            .body
            .iter()
            .any(|item| matches!(item, ModuleItem::ModuleDecl(_)));
        let mut module = module;
        let mut renamer = Renamer {
            bundler: self,
            file: file.to_path_buf(),
        };
        module.visit_mut_with(&mut renamer);
        if !is_module {
            // A package's global script stays global; the shell's own (`declare module '*.png'`
            // for its bundler) are no business of its pilets.
            if package_of(file).is_some() {
                self.globals.push(print(&module.body));
            }
            return;
        }
        let imports: Vec<ModuleItem> = module
            .body
            .iter()
            .filter(|item| {
                matches!(
                    item,
                    ModuleItem::ModuleDecl(ModuleDecl::Import(_) | ModuleDecl::TsImportEquals(_))
                )
            })
            .cloned()
            .collect();
        let exported = exported_names(&module.body);
        let mut body = Vec::with_capacity(module.body.len());
        for mut item in std::mem::take(&mut module.body) {
            match &mut item {
                ModuleItem::Stmt(Stmt::Decl(Decl::TsModule(decl)))
                    if matches!(decl.id, TsModuleName::Str(_)) && !decl.global =>
                {
                    let TsModuleName::Str(target) = &decl.id else {
                        unreachable!()
                    };
                    let target = target.value.to_string_lossy().into_owned();
                    // In this ambient file, `declare module "react"` would declare the module,
                    // hiding the real `@types/react` the pilet has, not augment it: left out.
                    if self.is_installed_by_pilets(&target) {
                        self.issues.push(format!(
                            "{}: the augmentation of `{target}` is left out (pilets install that package themselves)",
                            file.display()
                        ));
                        continue;
                    }
                    if let Some(TsNamespaceBody::TsModuleBlock(block)) = decl.body.take() {
                        for api in custom_api_extensions(&block.body) {
                            let source = imported_from(&imports, &api).or_else(|| {
                                exported.contains(&api).then(|| (name.clone(), api.clone()))
                            });
                            let Some((from, imported)) = source else {
                                continue;
                            };
                            let position = match self
                                .custom_apis
                                .iter()
                                .position(|(known, _)| *known == target)
                            {
                                Some(position) => position,
                                None => {
                                    self.custom_apis.push((target.clone(), Vec::new()));
                                    self.custom_apis.len() - 1
                                }
                            };
                            // Named as they were declared (`PiletMenuApi`, not a local alias).
                            let apis = &mut self.custom_apis[position].1;
                            if !apis.iter().any(|(known, ..)| *known == imported) {
                                apis.push((imported, from));
                            }
                        }
                        self.augmentations.push(augmentation(
                            &target, &name, &imports, &exported, block.body,
                        ));
                    }
                    continue;
                }
                ModuleItem::ModuleDecl(ModuleDecl::TsNamespaceExport(_)) => continue,
                ModuleItem::Stmt(Stmt::Decl(decl)) => clear_declare(decl),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                    clear_declare(&mut export.decl);
                }
                _ => {}
            }
            body.push(item);
        }
        self.modules.push(format!(
            "declare module {} {{\n{}}}\n",
            Value::from(name.as_str()),
            print(&body)
        ));
    }

    /// A declaration file as a module; a TypeScript source through its isolated declarations.
    fn parse(&mut self, file: &Path) -> Option<Module> {
        let shown = file.display().to_string();
        let source = match fs_err::read_to_string(file) {
            Ok(source) => source,
            Err(error) => {
                self.issues.push(error.to_string());
                return None;
            }
        };
        let source = if file.to_string_lossy().ends_with(".d.ts") {
            source
        } else {
            // What isolated declarations cannot say is left out; the shell's types still are.
            let mut ignored = Vec::new();
            let declared = super::declarations::declare(file, &source, &shown, &mut ignored);
            // Plugins the shell only calls (`createAuthApi()` of `piral-auth`) still extend the
            // Pilet API: every package the source imports is read, used in types or not.
            for specifier in &declared.source_imports {
                if !specifier.starts_with('.') {
                    let _ = self.rename(file, specifier);
                }
            }
            declared.code?
        };
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(Lrc::new(FileName::Real(file.to_path_buf())), source);
        let mut recovered = Vec::new();
        match parse_file_as_program(
            &fm,
            Syntax::Typescript(TsSyntax {
                dts: true,
                ..Default::default()
            }),
            EsVersion::latest(),
            None,
            &mut recovered,
        ) {
            Ok(Program::Module(module)) => Some(module),
            Ok(Program::Script(script)) => Some(Module {
                span: script.span,
                body: script.body.into_iter().map(ModuleItem::Stmt).collect(),
                shebang: None,
            }),
            Err(error) => {
                self.issues.push(format!("{shown}: {}", error.kind().msg()));
                None
            }
        }
    }
}

/// Rewrites the module specifiers of one file to the names of the written modules.
struct Renamer<'b, 'a> {
    bundler: &'b mut Bundler<'a>,
    file: PathBuf,
}

impl Renamer<'_, '_> {
    fn rename(&mut self, src: &mut Str) {
        let specifier = src.value.to_string_lossy().into_owned();
        if let Some(name) = self.bundler.rename(&self.file, &specifier) {
            *src = Str {
                span: src.span,
                value: name.as_str().into(),
                raw: None,
            };
        }
    }
}

impl VisitMut for Renamer<'_, '_> {
    fn visit_mut_module_decl(&mut self, decl: &mut ModuleDecl) {
        match decl {
            ModuleDecl::Import(import) => self.rename(&mut import.src),
            ModuleDecl::ExportAll(export) => self.rename(&mut export.src),
            ModuleDecl::ExportNamed(export) => {
                if let Some(src) = &mut export.src {
                    self.rename(src);
                }
            }
            ModuleDecl::TsImportEquals(import) => {
                if let TsModuleRef::TsExternalModuleRef(reference) = &mut import.module_ref {
                    self.rename(&mut reference.expr);
                }
            }
            _ => {}
        }
        decl.visit_mut_children_with(self);
    }

    fn visit_mut_ts_import_type(&mut self, import: &mut TsImportType) {
        self.rename(&mut import.arg);
        import.visit_mut_children_with(self);
    }

    fn visit_mut_ts_module_decl(&mut self, decl: &mut swc_core::ecma::ast::TsModuleDecl) {
        if let TsModuleName::Str(target) = &mut decl.id {
            self.rename(target);
        }
        decl.visit_mut_children_with(self);
    }
}

/// The names an augmentation's `interface PiletCustomApi extends A, B {}` lists.
fn custom_api_extensions(body: &[ModuleItem]) -> Vec<String> {
    let mut names = Vec::new();
    for item in body {
        let decl = match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => decl,
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => &export.decl,
            _ => continue,
        };
        if let Decl::TsInterface(interface) = decl
            && interface.id.sym == *"PiletCustomApi"
        {
            for extended in &interface.extends {
                if let swc_core::ecma::ast::Expr::Ident(ident) = &*extended.expr {
                    names.push(ident.sym.to_string());
                }
            }
        }
    }
    names
}

/// Where an import of the file brings `local` from: (module, the name it has there).
fn imported_from(imports: &[ModuleItem], local: &str) -> Option<(String, String)> {
    imports.iter().find_map(|item| {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(decl)) = item else {
            return None;
        };
        decl.specifiers
            .iter()
            .find_map(|specifier| match specifier {
                ImportSpecifier::Named(named) if named.local.sym == *local => {
                    let imported = match &named.imported {
                        Some(ModuleExportName::Ident(ident)) => ident.sym.to_string(),
                        Some(ModuleExportName::Str(text)) => {
                            text.value.to_string_lossy().into_owned()
                        }
                        None => local.to_string(),
                    };
                    Some((decl.src.value.to_string_lossy().into_owned(), imported))
                }
                _ => None,
            })
    })
}

/// One augmentation of `target` that names every extension of `PiletCustomApi` at once, before
/// the others, as dets wrote it (`export interface PiletCustomApi extends PiletLocaleApi,
/// PiletDashboardApi {}`): the old CLI's pilet templates read that line to find the shell's
/// plugins.
fn custom_api_block(target: &str, apis: &[(String, String)]) -> String {
    let mut text = format!("declare module {} {{\n", Value::from(target));
    for (name, from) in apis {
        text.push_str(&format!(
            "import type {{ {name} }} from {};\n",
            Value::from(from.as_str())
        ));
    }
    let names: Vec<&str> = apis.iter().map(|(name, _)| name.as_str()).collect();
    text.push_str(&format!(
        "export interface PiletCustomApi extends {} {{}}\n}}\n",
        names.join(", ")
    ));
    text
}

/// A lifted module augmentation: the file's imports (less what the block declares itself) and
/// its exported names in scope, as they were where it stood.
fn augmentation(
    target: &str,
    from: &str,
    imports: &[ModuleItem],
    exported: &BTreeSet<String>,
    body: Vec<ModuleItem>,
) -> String {
    let declared = declared_names(&body);
    let mut items: Vec<ModuleItem> = Vec::new();
    for import in imports {
        let mut import = import.clone();
        match &mut import {
            ModuleItem::ModuleDecl(ModuleDecl::Import(decl)) => {
                if decl.specifiers.is_empty() {
                    continue;
                }
                decl.specifiers
                    .retain(|s| !declared.contains(&*specifier_local(s)));
                if decl.specifiers.is_empty() {
                    continue;
                }
            }
            ModuleItem::ModuleDecl(ModuleDecl::TsImportEquals(decl)) => {
                if declared.contains(&*decl.id.sym) {
                    continue;
                }
            }
            _ => continue,
        }
        items.push(import);
    }
    // Names the file exports but imported itself (`export { X }` of an import) come with the
    // imports above.
    let imported: BTreeSet<String> = items
        .iter()
        .flat_map(|item| match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(decl)) => {
                decl.specifiers.iter().map(specifier_local).collect()
            }
            ModuleItem::ModuleDecl(ModuleDecl::TsImportEquals(decl)) => {
                vec![decl.id.sym.to_string()]
            }
            _ => Vec::new(),
        })
        .collect();
    let own: Vec<&String> = exported
        .iter()
        .filter(|n| !declared.contains(*n) && !imported.contains(*n))
        .collect();
    let mut text = format!("declare module {} {{\n", Value::from(target));
    if !own.is_empty() {
        text.push_str(&format!(
            "import {{ {} }} from {};\n",
            own.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            Value::from(from)
        ));
    }
    let body: Vec<ModuleItem> = items
        .into_iter()
        .chain(body.into_iter().map(|item| match item {
            // Merged into the module's exports, as an augmentation's declarations are.
            ModuleItem::Stmt(Stmt::Decl(mut decl)) => {
                clear_declare(&mut decl);
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(swc_core::ecma::ast::ExportDecl {
                    span: swc_core::common::DUMMY_SP,
                    decl,
                }))
            }
            other => other,
        }))
        .collect();
    text.push_str(&print(&body));
    text.push_str("}\n");
    text
}

fn specifier_local(specifier: &ImportSpecifier) -> String {
    match specifier {
        ImportSpecifier::Named(s) => s.local.sym.to_string(),
        ImportSpecifier::Default(s) => s.local.sym.to_string(),
        ImportSpecifier::Namespace(s) => s.local.sym.to_string(),
    }
}

/// `declare` is implied inside an ambient module, and an error when written there.
fn clear_declare(decl: &mut Decl) {
    match decl {
        Decl::Class(d) => d.declare = false,
        Decl::Fn(d) => d.declare = false,
        Decl::Var(d) => d.declare = false,
        Decl::TsInterface(d) => d.declare = false,
        Decl::TsTypeAlias(d) => d.declare = false,
        Decl::TsEnum(d) => d.declare = false,
        Decl::TsModule(d) => d.declare = false,
        Decl::Using(_) => {}
    }
}

fn decl_names(decl: &Decl, out: &mut BTreeSet<String>) {
    match decl {
        Decl::Class(d) => {
            out.insert(d.ident.sym.to_string());
        }
        Decl::Fn(d) => {
            out.insert(d.ident.sym.to_string());
        }
        Decl::Var(d) => {
            for declarator in &d.decls {
                if let Pat::Ident(ident) = &declarator.name {
                    out.insert(ident.id.sym.to_string());
                }
            }
        }
        Decl::TsInterface(d) => {
            out.insert(d.id.sym.to_string());
        }
        Decl::TsTypeAlias(d) => {
            out.insert(d.id.sym.to_string());
        }
        Decl::TsEnum(d) => {
            out.insert(d.id.sym.to_string());
        }
        Decl::TsModule(d) => {
            if let TsModuleName::Ident(ident) = &d.id {
                out.insert(ident.sym.to_string());
            }
        }
        Decl::Using(_) => {}
    }
}

fn declared_names(body: &[ModuleItem]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in body {
        match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => decl_names(decl, &mut out),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                decl_names(&export.decl, &mut out);
            }
            _ => {}
        }
    }
    out
}

/// The names a module exports by its own declarations (not re-exports of other modules).
fn exported_names(body: &[ModuleItem]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in body {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                decl_names(&export.decl, &mut out);
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(export)) if export.src.is_none() => {
                for specifier in &export.specifiers {
                    if let swc_core::ecma::ast::ExportSpecifier::Named(named) = specifier {
                        let name = named.exported.as_ref().unwrap_or(&named.orig);
                        if let ModuleExportName::Ident(ident) = name {
                            out.insert(ident.sym.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out.remove("default");
    out
}

fn print(body: &[ModuleItem]) -> String {
    let module = Module {
        span: swc_core::common::DUMMY_SP,
        body: body.to_vec(),
        shebang: None,
    };
    let code = swc_core::ecma::codegen::to_code(&module);
    // `interface X {}` as people (and dets) write it, not `{` and `}` on two lines.
    let mut out = String::with_capacity(code.len());
    let mut rest = code.as_str();
    while let Some(open) = rest.find("{\n") {
        let after = &rest[open + 2..];
        let spaces = after.len() - after.trim_start_matches(' ').len();
        if after[spaces..].starts_with('}') {
            out.push_str(&rest[..open]);
            out.push_str("{}");
            rest = &after[spaces + 1..];
        } else {
            out.push_str(&rest[..open + 2]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn strip_extension(path: &str) -> &str {
    [".d.ts", ".d.mts", ".d.cts", ".tsx", ".ts"]
        .iter()
        .find_map(|ext| path.strip_suffix(ext))
        .unwrap_or(path)
}

/// The package of a specifier: `@scope/name` or `name`.
fn package_name(specifier: &str) -> &str {
    let mut parts = specifier.splitn(3, '/');
    let first = parts.next().unwrap_or("");
    if first.starts_with('@') {
        match parts.next() {
            Some(second) => &specifier[..first.len() + 1 + second.len()],
            None => specifier,
        }
    } else {
        first
    }
}

/// (package name, package folder, path inside it) of a file below a `node_modules` folder.
fn package_of(file: &Path) -> Option<(String, PathBuf, String)> {
    let components: Vec<Component<'_>> = file.components().collect();
    let at = components
        .iter()
        .rposition(|c| c.as_os_str() == "node_modules")?;
    let first = components
        .get(at + 1)?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let (name, taken) = if first.starts_with('@') {
        let second = components.get(at + 2)?.as_os_str().to_string_lossy();
        (format!("{first}/{second}"), 2)
    } else {
        (first, 1)
    };
    let dir: PathBuf = components[..=at + taken].iter().collect();
    let relative: PathBuf = components[at + taken + 1..].iter().collect();
    Some((name, dir, relative.to_string_lossy().replace('\\', "/")))
}

/// The declaration file of a relative specifier, as TypeScript looks it up.
fn resolve_relative(dir: &Path, specifier: &str) -> Option<PathBuf> {
    let stem = [".js", ".jsx", ".mjs", ".cjs"]
        .iter()
        .find_map(|ext| specifier.strip_suffix(ext))
        .unwrap_or(specifier);
    let base = dir.join(stem);
    let base_text = base.to_string_lossy();
    let mut candidates = Vec::new();
    for ext in ["d.ts", "ts", "tsx"] {
        candidates.push(PathBuf::from(format!("{base_text}.{ext}")));
    }
    for ext in ["d.ts", "ts", "tsx"] {
        candidates.push(base.join(format!("index.{ext}")));
    }
    candidates.push(base);
    candidates
        .into_iter()
        .find(|c| {
            c.is_file() && strip_extension(&c.to_string_lossy()).len() < c.to_string_lossy().len()
        })
        .map(|c| crate::manifest::project::lexical(&c))
}

/// The types entry of a package folder: `types`/`typings`, else `index.d.ts`.
fn resolve_package_entry(dir: &Path) -> Option<PathBuf> {
    let manifest: Value = fs_err::read_to_string(dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())?;
    let field = ["types", "typings"]
        .iter()
        .find_map(|key| manifest.get(*key).and_then(Value::as_str));
    match field {
        Some(field) => {
            let field = field.trim_start_matches("./");
            let target = dir.join(field);
            if target.is_file() {
                Some(crate::manifest::project::lexical(&target))
            } else {
                resolve_relative(dir, &format!("./{field}"))
            }
        }
        None => resolve_relative(dir, "./index"),
    }
}

/// The declaration file of a package specifier (`piral-core`, `piral-core/lib/types`), looked up
/// in the `node_modules` folders from `dir` upwards, then in `@types`.
fn resolve(dir: &Path, specifier: &str) -> Option<PathBuf> {
    let package = package_name(specifier);
    let subpath = specifier[package.len()..].trim_start_matches('/');
    for candidate in [package.to_string(), types_package(package)] {
        let mut current = Some(dir);
        while let Some(at) = current {
            let folder = at.join("node_modules").join(&candidate);
            if folder.is_dir() {
                let found = if subpath.is_empty() {
                    resolve_package_entry(&folder)
                } else {
                    resolve_relative(&folder, &format!("./{subpath}"))
                };
                if found.is_some() {
                    return found;
                }
            }
            current = at.parent();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, path: &str, text: &str) {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }

    #[test]
    fn packages_become_ambient_modules_and_augmentations_are_lifted() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "node_modules/core/package.json",
            r#"{"typings": "lib/index.d.ts"}"#,
        );
        write(
            root,
            "node_modules/core/lib/index.d.ts",
            "export * from './api';\nexport * from './custom';\n",
        );
        write(
            root,
            "node_modules/core/lib/api.d.ts",
            "import type { ReactNode } from 'react';\nimport { PiletCustomApi } from './custom';\n\
             export interface PiletApi extends PiletCustomApi { render(): ReactNode; }\n\
             export declare function helper(): void;\n",
        );
        write(
            root,
            "node_modules/core/lib/custom.d.ts",
            "export interface PiletCustomApi {}\nexport interface Nested { inner: {}; }\n",
        );
        write(
            root,
            "node_modules/tiles/package.json",
            r#"{"types": "types.d.ts"}"#,
        );
        write(
            root,
            "node_modules/tiles/types.d.ts",
            "import type { PiletApi } from 'core';\n\
             declare module 'core/lib/custom' {\n  interface PiletCustomApi extends PiletTileApi {}\n}\n\
             export interface PiletTileApi { registerTile(name: string): void; }\n\
             declare module 'react' {\n  interface CSSProperties { tileColor?: string; }\n}\n",
        );
        write(
            root,
            "node_modules/menu/package.json",
            r#"{"types": "index.d.ts"}"#,
        );
        write(
            root,
            "node_modules/menu/index.d.ts",
            "import { PiletMenuApi as Api } from './api';\n\
             declare module 'core/lib/custom' {\n  interface PiletCustomApi extends Api {}\n}\n",
        );
        write(
            root,
            "node_modules/menu/api.d.ts",
            "export interface PiletMenuApi { registerMenu(name: string): void; }\n",
        );
        write(root, "node_modules/react/package.json", "{}");
        write(
            root,
            "src/extra.d.ts",
            "export interface ShellTheme { color: string; }\n",
        );
        write(
            root,
            "src/index.tsx",
            "import 'tiles';\nimport 'menu';\nimport { createInstance } from 'core';\n\
             declare module 'core/lib/custom' {\n  interface PiletCustomApi { greet(name: string): string; }\n}\n",
        );
        let shell = ShellTypes {
            name: "my-shell",
            root,
            sources: vec![root.join("src/index.tsx")],
            framework: Some("core"),
            installed_by_pilets: installed_by_pilets(root, &["react".to_string()]),
            extra_types: vec![root.join("src/extra.d.ts")],
        };
        let out = bundle(&shell);
        let code = out.code;
        assert!(
            code.contains(
                "declare module \"my-shell\" {\n  export type * from \"core\";\n  export type * from \"my-shell/src/extra\";\n}"
            ) && code.contains("export interface ShellTheme"),
            "{code}"
        );
        assert!(code.contains("declare module \"core\" {"), "{code}");
        assert!(code.contains("export * from \"core/lib/api\";"), "{code}");
        assert!(
            code.contains("declare module \"core/lib/custom\" {"),
            "{code}"
        );
        // `declare` is implied in an ambient module.
        assert!(code.contains("export function helper(): void;"), "{code}");
        assert!(!code.contains("export declare"), "{code}");
        // Packages pilets install stay imports.
        assert!(code.contains("from 'react'"), "{code}");
        assert!(!code.contains("declare module \"react\""), "{code}");
        // The plugin's augmentation is lifted with its file's exports in scope.
        assert!(
            code.contains("import { PiletTileApi } from \"tiles\";")
                && code.contains("export interface PiletCustomApi extends PiletTileApi {"),
            "{code}"
        );
        // The shell's own augmentation too.
        assert!(code.contains("greet(name: string): string;"), "{code}");
        // Before them, one line names every extension, as dets wrote it (the old CLI's pilet
        // templates read the first such line to find the shell's plugins).
        let combined = "declare module \"core/lib/custom\" {\nimport type { PiletTileApi } from \"tiles\";\nimport type { PiletMenuApi } from \"menu/api\";\nexport interface PiletCustomApi extends PiletTileApi, PiletMenuApi {}\n}\n";
        let at = code.find(combined).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(
            code.find("export interface PiletCustomApi extends"),
            Some(at + combined.find("export interface").unwrap()),
            "{code}"
        );
        // An augmentation of a package pilets have would hide it here: left out, and said.
        assert!(!code.contains("tileColor"), "{code}");
        assert_eq!(out.issues.len(), 1, "{:?}", out.issues);
        assert!(out.issues[0].contains("`react`"), "{:?}", out.issues);
    }
}
