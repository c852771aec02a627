//! Pilets v2 and v3 (spec §6.2): SystemJS modules. The marker line
//! `//@pilet v:2(<requireRef>,<dependencies>)`, then `System.register([shared…], …)` whose
//! `execute` defines the module registry, attaches the styles (v2) or exports them (v3), and
//! exports the entry's exports (`setup`). Every `import()` target is its own chunk,
//! `System.register([], …)` exporting its module definitions, loaded with `_context.import`
//! relative to the pilet's own URL.

use std::fmt::Write as _;

use serde_json::Value;

use super::{
    Definitions, Format, ModuleIds, OutputFile, PiletFormat, PiletParts, PiletSchema,
    attach_stylesheet, lines_of, pilet_parts, push_main, used_externals,
};
use crate::bundler::graph::Graph;
use crate::bundler::runtime::{GLOBAL, REGISTRY, SHARED_INTEROP};
use crate::bundler::scope::Linked;

/// A v2 or v3 pilet.
pub(super) struct System<'a>(pub(super) &'a PiletFormat);

const CHUNK_PREFIX: &str =
    "System.register([], function (_export) {\n  return { execute: function () { _export(\"m\", ";
const CHUNK_SUFFIX: &str = "); } };\n});\n";

impl Format for System<'_> {
    type Output = Vec<OutputFile>;

    fn emit(&self, graph: &Graph, chunks: &Linked<'_>) -> Vec<OutputFile> {
        if let Some(direct) = &chunks.direct {
            return self.emit_direct(graph, chunks, direct);
        }
        let format = self.0;
        let module_ids = ModuleIds::new(chunks, format.minify);
        let PiletParts {
            mut files,
            chunk_table,
            css_file,
        } = pilet_parts(
            graph,
            format,
            chunks,
            &module_ids,
            CHUNK_PREFIX,
            CHUNK_SUFFIX,
        );
        let externals = used_externals(graph, format);
        let registry_ids: Vec<Value> = externals
            .iter()
            .map(|(_, id)| Value::from(id.as_str()))
            .collect();
        let marker = match format.schema {
            PiletSchema::V3 => "v:3",
            _ => "v:2",
        };
        let dependencies =
            serde_json::to_string(&format.dependencies).unwrap_or_else(|_| "{}".into());
        let mut head = String::new();
        let _ = writeln!(
            head,
            "//@pilet {marker}({},{dependencies})",
            format.require_ref
        );
        let _ = writeln!(
            head,
            "System.register({}, function (_export, _context) {{",
            Value::Array(registry_ids)
        );
        let mut runtime = String::from("var __xs = {}, __base = _context.meta.url;\n");
        runtime.push_str(SHARED_INTEROP);
        runtime.push_str("function __x(s) { return s in __xs ? __xs[s] : __nf(s); }\n");
        let _ = writeln!(
            runtime,
            "var __c = {};",
            serde_json::to_string(&chunk_table).unwrap_or_else(|_| "{}".into())
        );
        if super::loads_several(&chunk_table) {
            runtime.push_str("function __lc(id) { return id in __c ? Promise.all([].concat(__c[id]).map(function (f) { return _context.import(\"./\" + f).then(function (ns) { __d(ns.m); }); })) : Promise.reject(new Error(\"Cannot find the chunk of \" + id)); }\n");
        } else {
            runtime.push_str("function __lc(id) { return id in __c ? _context.import(\"./\" + __c[id]).then(function (ns) { __d(ns.m); }) : Promise.reject(new Error(\"Cannot find the chunk of \" + id)); }\n");
        }
        runtime.push_str(GLOBAL);
        runtime.push_str(REGISTRY);
        runtime.push_str(super::registry_end(&chunk_table));
        head.push_str(&super::runtime_text(runtime, format.minify));
        head.push_str("return {\nsetters: [");
        for (index, (specifier, _)) in externals.iter().enumerate() {
            if index > 0 {
                head.push_str(", ");
            }
            let _ = write!(
                head,
                "function (m) {{ __xs[{}] = __cjs(m); }}",
                Value::from(specifier.as_str())
            );
        }
        head.push_str("],\nexecute: function () {\n__d(");
        let prefix_lines = lines_of(&head);
        let mut defs = Definitions::after(head, chunks, &module_ids);
        let map = defs.push_main(&chunks.main, format, prefix_lines);
        let mut code = defs.text;
        code.push_str(");\n");
        if let Some(css_file) = &css_file {
            code.push_str(&styles_statement(format, css_file));
        }
        let _ = writeln!(
            code,
            "_export(__ns(__r({})));\n}}\n}};\n}});",
            module_ids.js(&graph.entry)
        );
        push_main(&mut files, format, code, map);
        files
    }
}

/// What hands a pilet's stylesheet over: v3 exports it as `styles`, v2 attaches a `<link>`.
fn styles_statement(format: &PiletFormat, css_file: &str) -> String {
    match format.schema {
        PiletSchema::V3 => format!("_export(\"styles\", [{}]);\n", Value::from(css_file)),
        _ => attach_stylesheet(&format.name, css_file),
    }
}

impl System<'_> {
    /// Every chunk a single scope that needs only shared dependencies: each file is a SystemJS
    /// module that calls its scope with `require` bound to its setters, no registry around it.
    fn emit_direct(
        &self,
        graph: &Graph,
        chunks: &Linked<'_>,
        direct: &[crate::bundler::scope::DirectScope],
    ) -> Vec<OutputFile> {
        let format = self.0;
        let mut files = Vec::new();
        // Lazy chunks first: the main file names them.
        let mut chunk_table: std::collections::BTreeMap<String, String> = Default::default();
        for (chunk, scope) in chunks.lazy.iter().zip(direct.iter().skip(1)) {
            let (head, body, tail) = self.direct_file(chunks, scope, "", &chunk_table);
            let code = format!("{head}{body}{tail}");
            // Chunk names always carry a hash: two builds must never mix chunks.
            let name = super::hashed_name(chunk.stem(), "js", code.as_bytes(), true);
            let key = chunks
                .dynamic_keys
                .get(&chunk.target)
                .unwrap_or(&chunk.target);
            chunk_table.insert(key.clone(), name.clone());
            let starts = [(scope.id.clone(), 0)];
            let prefix_lines = lines_of(&head);
            super::push_file(
                &mut files,
                chunks,
                name,
                code,
                format.source_maps,
                prefix_lines,
                &starts,
            );
        }
        let css_file =
            super::stylesheet(graph, "main", format.minify, format.content_hash).map(|file| {
                let name = file.name.clone();
                files.push(file);
                name
            });
        files.extend(super::asset_files(graph));
        let marker = match format.schema {
            PiletSchema::V3 => "v:3",
            _ => "v:2",
        };
        let dependencies =
            serde_json::to_string(&format.dependencies).unwrap_or_else(|_| "{}".into());
        let styles = css_file
            .as_deref()
            .map(|css_file| styles_statement(format, css_file))
            .unwrap_or_default();
        let main = &direct[0];
        let header = format!("//@pilet {marker}({},{dependencies})\n", format.require_ref);
        let (head, body, tail) = self.direct_file(chunks, main, &styles, &chunk_table);
        let code = format!("{header}{head}{body}{tail}");
        super::push_file(
            &mut files,
            chunks,
            format.main.clone(),
            code,
            format.source_maps,
            lines_of(&header) + lines_of(&head),
            &[(main.id.clone(), 0)],
        );
        files
    }

    /// A directly called scope's file: the frame before its code (ending in a newline), the
    /// code, and the frame after it. The frame gives the scope `require` of shared dependencies
    /// (SystemJS namespaces, with `default` as ES interop expects), and only what it uses of
    /// `import()` (a lazy chunk through SystemJS, or a namespace of the main scope), asset URLs
    /// relative to the file and the global object.
    fn direct_file<'c>(
        &self,
        chunks: &'c Linked<'_>,
        scope: &crate::bundler::scope::DirectScope,
        styles: &str,
        chunk_table: &std::collections::BTreeMap<String, String>,
    ) -> (String, &'c str, String) {
        let format = self.0;
        let emitted = &chunks.modules[&scope.id];
        let shared: Vec<&String> = emitted
            .deps
            .iter()
            .filter(|(_, target)| target.is_none())
            .map(|(specifier, _)| specifier)
            .collect();
        let registry_ids: Vec<Value> = shared
            .iter()
            .map(|specifier| {
                Value::from(
                    format
                        .externals
                        .get(*specifier)
                        .map_or(specifier.as_str(), String::as_str),
                )
            })
            .collect();
        let (nl, sp) = if format.minify { ("", "") } else { ("\n", " ") };
        // The frame's functions as arrows where the build's target has them (minified only).
        let arrows = format.minify && scope.uses.arrows;
        let mut head = format!(
            "System.register({},{sp}function{sp}(_export,{sp}_context){sp}{{{nl}var __xs{sp}={sp}{{}},{sp}__e{sp}={sp}{{}};{nl}",
            Value::Array(registry_ids)
        );
        let assets = scope.uses.asset || !styles.is_empty();
        if assets {
            let _ = write!(
                head,
                "function __a(f){sp}{{{sp}return new URL(f,{sp}_context.meta.url).href;{sp}}}{nl}"
            );
        }
        if scope.uses.import {
            let _ = write!(
                head,
                "var __c{sp}={sp}{};{nl}",
                serde_json::to_string(chunk_table).unwrap_or_default()
            );
            if scope.exposed.is_empty() {
                let _ = write!(
                    head,
                    "function __i(i){sp}{{{sp}return _context.import(\"./\"{sp}+{sp}__c[i]);{sp}}}{nl}"
                );
            } else {
                let _ = write!(
                    head,
                    "var __n{sp}={sp}{};{nl}function __i(i){sp}{{{sp}return i in __n{sp}?{sp}Promise.resolve(__e[__n[i]]){sp}:{sp}_context.import(\"./\"{sp}+{sp}__c[i]);{sp}}}{nl}",
                    serde_json::to_string(&scope.exposed).unwrap_or_default()
                );
            }
        }
        let _ = write!(head, "return{sp}{{{nl}setters:{sp}[");
        for (index, specifier) in shared.iter().enumerate() {
            if index > 0 {
                head.push(',');
                head.push_str(sp);
            }
            let slot = if swc_core::ecma::utils::is_valid_prop_ident(specifier) {
                format!(".{specifier}")
            } else {
                format!("[{}]", Value::from(specifier.as_str()))
            };
            if arrows {
                let _ = write!(head, "m=>{{__xs{slot}=m}}");
            } else {
                let _ = write!(head, "function{sp}(m){sp}{{{sp}__xs{slot}{sp}={sp}m{sp}}}");
            }
        }
        let _ = writeln!(head, "],{nl}execute:{sp}function{sp}(){sp}{{{nl}(");
        let body = emitted.code.trim_end();
        // The module function's arguments; trailing ones it does not use are left out.
        let require = if arrows {
            "s=>__xs[s]".to_string()
        } else {
            format!("function{sp}(s){sp}{{{sp}return __xs[s];{sp}}}")
        };
        let mut args = vec![
            require.as_str(),
            "0",
            "__e",
            if scope.uses.import { "__i" } else { "0" },
            if scope.uses.asset { "__a" } else { "0" },
            if scope.uses.global {
                "typeof globalThis !== \"undefined\" ? globalThis : window"
            } else {
                "0"
            },
        ];
        while args.len() > 3 && args.last() == Some(&"0") {
            args.pop();
        }
        let mut tail = format!(")({});{nl}", args.join(&format!(",{sp}")));
        if !styles.is_empty() {
            tail.push_str(styles.trim_end());
            tail.push_str(nl);
        }
        let _ = write!(
            tail,
            "_export(__e[{}]);{nl}}}{nl}}};{nl}}});",
            scope.root_key
        );
        tail.push('\n');
        (head, body, tail)
    }
}
