//! A pilet's `index.d.ts`: TypeScript's isolated declarations (swc's `fast_dts`) of the entry,
//! and of the local TypeScript modules those declarations import, laid out beside it as the
//! sources lie beside the entry (`src/types.ts` → `dist/types.d.ts`).
//!
//! This is the declaration a package's `types` field needs, not the old CLI's `dets` bundle (which
//! also diffed the shell's API with the TypeScript compiler). What isolated declarations cannot
//! say without type inference (a function without a return type that returns a value, an
//! exported `const` without a type) is reported per place, and the type is left out there.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use swc_core::common::DUMMY_SP;
use swc_core::common::{FileName, GLOBALS, Globals, Mark, SourceMap, Spanned as _, sync::Lrc};
use swc_core::ecma::ast::{
    ArrowExpr, Class, EsVersion, Function, Ident, ModuleDecl, ModuleItem, Program, ReturnStmt,
    TsEntityName, TsKeywordType, TsKeywordTypeKind, TsType, TsTypeAnn, TsTypeParamInstantiation,
    TsTypeRef,
};
use swc_core::ecma::parser::{Syntax, TsSyntax, parse_file_as_program};
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith as _, VisitWith as _};
use swc_core::typescript::fast_dts::FastDts;

use super::emit::OutputFile;

/// The declaration files of a pilet, and what could not be declared (`file:line:col: why`).
#[derive(Debug, Default)]
pub(crate) struct Declarations {
    pub(crate) files: Vec<OutputFile>,
    pub(crate) issues: Vec<String>,
}

const EXTENSIONS: &[&str] = &["ts", "tsx", "d.ts"];

/// Declarations for the pilet whose entry is `entry`; the entry's own file is `main_dts`
/// (for example `index.d.ts`). JavaScript entries have none.
pub(crate) fn pilet_declarations(entry: &Path, main_dts: &str) -> Declarations {
    let mut out = Declarations::default();
    let Some(base) = entry.parent() else {
        return out;
    };
    let is_ts = |path: &Path| {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e == "ts" || e == "tsx")
    };
    if !is_ts(entry) {
        return out;
    }
    let mut queue = VecDeque::from([(entry.to_path_buf(), main_dts.to_string())]);
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    let mut written: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    while let Some((path, name)) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let source = match fs_err::read_to_string(&path) {
            Ok(source) => source,
            Err(error) => {
                out.issues.push(error.to_string());
                continue;
            }
        };
        let shown = path.display().to_string();
        let Declared { code, imports, .. } = GLOBALS.set(&Globals::new(), || {
            declare(&path, &source, &shown, &mut out.issues)
        });
        let Some(code) = code else {
            continue;
        };
        written.insert(name, code.into_bytes());
        let dir = path.parent().unwrap_or(base);
        for specifier in imports {
            if !(specifier.starts_with("./") || specifier.starts_with("../")) {
                continue;
            }
            let Some(target) = locate(dir, &specifier) else {
                continue; // not a TypeScript module (a stylesheet, an image): nothing to declare
            };
            match target.strip_prefix(base) {
                Ok(relative) => {
                    let relative = relative.to_string_lossy().replace('\\', "/");
                    let stem = EXTENSIONS
                        .iter()
                        .find_map(|ext| relative.strip_suffix(&format!(".{ext}")))
                        .unwrap_or(&relative);
                    queue.push_back((target.clone(), format!("{stem}.d.ts")));
                }
                Err(_) => out.issues.push(format!(
                    "{shown}: `{specifier}` lies outside `{}`; its declarations are not written",
                    base.display()
                )),
            }
        }
    }
    out.files = written
        .into_iter()
        .map(|(name, bytes)| OutputFile { name, bytes })
        .collect();
    out
}

/// The TypeScript module a relative specifier names, as TypeScript looks it up.
fn locate(dir: &Path, specifier: &str) -> Option<PathBuf> {
    // `./x.js` in TypeScript sources names `./x.ts`.
    let stem = ["js", "jsx", "mjs"]
        .iter()
        .find_map(|ext| specifier.strip_suffix(&format!(".{ext}")))
        .unwrap_or(specifier);
    let stem = dir.join(stem);
    let is_typescript = |path: &Path| {
        let name = path.to_string_lossy();
        EXTENSIONS
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
    };
    let mut candidates = vec![dir.join(specifier)];
    for ext in EXTENSIONS {
        candidates.push(PathBuf::from(format!("{}.{ext}", stem.display())));
        candidates.push(stem.join(format!("index.{ext}")));
    }
    candidates
        .into_iter()
        .find(|candidate| candidate.is_file() && is_typescript(candidate))
}

/// What [`declare`] makes of one module.
pub(super) struct Declared {
    /// The declarations, unless the module does not parse.
    pub(super) code: Option<String>,
    /// The specifiers the declarations import or re-export.
    pub(super) imports: Vec<String>,
    /// The specifiers the source imports or re-exports, used in types or not.
    pub(super) source_imports: Vec<String>,
}

/// The declarations of one module, and the specifiers it imports.
pub(super) fn declare(
    path: &Path,
    source: &str,
    shown: &str,
    issues: &mut Vec<String>,
) -> Declared {
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(
        Lrc::new(FileName::Real(path.to_path_buf())),
        source.to_string(),
    );
    let tsx = path.extension().is_some_and(|e| e == "tsx");
    let mut recovered = Vec::new();
    let parsed = parse_file_as_program(
        &fm,
        Syntax::Typescript(TsSyntax {
            tsx,
            decorators: true,
            ..Default::default()
        }),
        EsVersion::latest(),
        None,
        &mut recovered,
    );
    let mut program = match parsed {
        Ok(program) => program,
        Err(error) => {
            let at = cm.lookup_char_pos(error.span().lo);
            issues.push(format!(
                "{shown}:{}:{}: {}",
                at.line,
                at.col_display + 1,
                error.kind().msg()
            ));
            return Declared {
                code: None,
                imports: Vec::new(),
                source_imports: Vec::new(),
            };
        }
    };
    let source_imports = specifiers(&program);
    let unresolved_mark = Mark::new();
    let top_level_mark = Mark::new();
    program.mutate(resolver(unresolved_mark, top_level_mark, true));
    program.visit_mut_with(&mut VoidReturns);
    if let Program::Module(module) = &mut program {
        // `import './style.css'` says nothing about types, and the file is not beside the
        // declarations.
        let dir = path.parent().unwrap_or(Path::new("."));
        module.body.retain(|item| match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(import)) if import.specifiers.is_empty() => {
                let specifier = import.src.value.to_string_lossy();
                !(specifier.starts_with('.') && locate(dir, &specifier).is_none())
            }
            _ => true,
        });
    }
    let name = std::sync::Arc::new(FileName::Real(path.to_path_buf()));
    let mut checker = FastDts::new(name, unresolved_mark, Default::default());
    for issue in checker.transform(&mut program) {
        let at = cm.lookup_char_pos(issue.range.span.lo);
        issues.push(format!(
            "{shown}:{}:{}: {}",
            at.line,
            at.col_display + 1,
            issue.message
        ));
    }
    let imports = specifiers(&program);
    let code = swc_core::ecma::codegen::to_code(&program);
    Declared {
        code: Some(code),
        imports,
        source_imports,
    }
}

/// The specifiers a module imports or re-exports from.
fn specifiers(program: &Program) -> Vec<String> {
    match program {
        Program::Module(module) => module
            .body
            .iter()
            .filter_map(|item| match item {
                ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => Some(&import.src),
                ModuleItem::ModuleDecl(ModuleDecl::ExportAll(export)) => Some(&export.src),
                ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(export)) => export.src.as_ref(),
                _ => None,
            })
            .map(|src| src.value.to_string_lossy().into_owned())
            .collect(),
        Program::Script(_) => Vec::new(),
    }
}

/// Gives functions that return no value the return type TypeScript infers for them (`void`, or
/// `Promise<void>` when async), which isolated declarations would otherwise leave out.
struct VoidReturns;

impl VisitMut for VoidReturns {
    fn visit_mut_function(&mut self, function: &mut Function) {
        function.visit_mut_children_with(self);
        let Some(body) = &function.body else {
            return;
        };
        if function.return_type.is_some() || function.is_generator {
            return;
        }
        let mut finder = ReturnsValue(false);
        body.visit_with(&mut finder);
        if finder.0 {
            return;
        }
        let void = Box::new(TsType::TsKeywordType(TsKeywordType {
            span: DUMMY_SP,
            kind: TsKeywordTypeKind::TsVoidKeyword,
        }));
        let return_type = if function.is_async {
            Box::new(TsType::TsTypeRef(TsTypeRef {
                span: DUMMY_SP,
                type_name: TsEntityName::Ident(Ident::new_no_ctxt("Promise".into(), DUMMY_SP)),
                type_params: Some(Box::new(TsTypeParamInstantiation {
                    span: DUMMY_SP,
                    params: vec![void],
                })),
            }))
        } else {
            void
        };
        function.return_type = Some(Box::new(TsTypeAnn {
            span: DUMMY_SP,
            type_ann: return_type,
        }));
    }
}

/// Whether a function body returns a value (not looking into nested functions).
struct ReturnsValue(bool);

impl Visit for ReturnsValue {
    fn visit_return_stmt(&mut self, stmt: &ReturnStmt) {
        if stmt.arg.is_some() {
            self.0 = true;
        }
    }
    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
    fn visit_class(&mut self, _: &Class) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_and_local_types_are_declared() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        fs_err::create_dir_all(src.join("api")).unwrap();
        fs_err::write(
            src.join("index.tsx"),
            "import * as React from 'react';\nimport type { PiletApi } from 'my-shell';\nimport type { Greeting } from './api';\nimport './style.css';\n\
             export { helper } from './helper';\n\
             export function setup(app: PiletApi) {\n  app.registerTile(() => <div>Hi</div>);\n}\n\
             export function greet(who: string): Greeting {\n  return { text: `Hi ${who}` };\n}\n\
             export const answer = compute();\nfunction compute() { return 42; }\n",
        )
        .unwrap();
        fs_err::write(
            src.join("api/index.ts"),
            "export interface Greeting { text: string }\n",
        )
        .unwrap();
        fs_err::write(
            src.join("helper.ts"),
            "export function helper(x: number): number { return x * 2; }\n",
        )
        .unwrap();
        fs_err::write(src.join("style.css"), ".a{}").unwrap();
        let out = pilet_declarations(&src.join("index.tsx"), "index.d.ts");
        let files: BTreeMap<&str, String> = out
            .files
            .iter()
            .map(|f| {
                (
                    f.name.as_str(),
                    String::from_utf8_lossy(&f.bytes).into_owned(),
                )
            })
            .collect();
        assert_eq!(
            files.keys().copied().collect::<Vec<_>>(),
            ["api/index.d.ts", "helper.d.ts", "index.d.ts"]
        );
        let index = &files["index.d.ts"];
        assert!(
            index.contains("export declare function setup(app: PiletApi): void;"),
            "{index}"
        );
        assert!(index.contains("export declare function greet(who: string): Greeting;"));
        assert!(
            index.contains("import type { PiletApi } from 'my-shell';"),
            "{index}"
        );
        assert!(
            !index.contains("React") && !index.contains("style.css"),
            "{index}"
        );
        assert!(files["api/index.d.ts"].contains("export interface Greeting"));
        // `answer` has no type isolated declarations can know: reported with its place.
        assert!(
            out.issues
                .iter()
                .any(|i| i.contains("index.tsx:12:14: TS9010")),
            "{:?}",
            out.issues
        );
        // JavaScript entries have no declarations.
        fs_err::write(src.join("plain.js"), "export const x = 1;").unwrap();
        assert!(
            pilet_declarations(&src.join("plain.js"), "index.d.ts")
                .files
                .is_empty()
        );
    }
}
