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
use crate::bundler::runtime::{REGISTRY, SHARED_INTEROP};
use crate::bundler::scope::Linked;

/// A v2 or v3 pilet.
pub(super) struct System<'a>(pub(super) &'a PiletFormat);

const CHUNK_PREFIX: &str =
    "System.register([], function (_export) {\n  return { execute: function () { _export(\"m\", ";
const CHUNK_SUFFIX: &str = "); } };\n});\n";

impl Format for System<'_> {
    type Output = Vec<OutputFile>;

    fn emit(&self, graph: &Graph, chunks: &Linked<'_>) -> Vec<OutputFile> {
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
        head.push_str("var __xs = {}, __base = _context.meta.url;\n");
        head.push_str(SHARED_INTEROP);
        head.push_str("function __x(s) { return s in __xs ? __xs[s] : __nf(s); }\n");
        let _ = writeln!(
            head,
            "var __c = {};",
            serde_json::to_string(&chunk_table).unwrap_or_else(|_| "{}".into())
        );
        head.push_str("function __lc(id) { return id in __c ? _context.import(\"./\" + __c[id]).then(function (ns) { __d(ns.m); }) : Promise.reject(new Error(\"Cannot find the chunk of \" + id)); }\n");
        head.push_str(REGISTRY);
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
        let mut defs = Definitions::new(chunks, &module_ids);
        defs.push(&chunks.main);
        let mut code = head;
        code.push_str(&defs.text);
        code.push_str(");\n");
        if let Some(css_file) = &css_file {
            match format.schema {
                PiletSchema::V3 => {
                    let _ = writeln!(
                        code,
                        "_export(\"styles\", [{}]);",
                        Value::from(css_file.as_str())
                    );
                }
                _ => code.push_str(&attach_stylesheet(&format.name, css_file)),
            }
        }
        let _ = writeln!(
            code,
            "_export(__ns(__r({})));\n}}\n}};\n}});",
            module_ids.js(&graph.entry)
        );
        push_main(&mut files, chunks, format, code, prefix_lines, &defs.starts);
        files
    }
}
