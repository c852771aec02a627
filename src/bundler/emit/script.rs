//! Pilets v0 and v1: plain scripts around the same registry (see compat.md). Shared dependencies
//! come from the shell's SystemJS registry through the loader (`require` for v0,
//! `window[requireRef]` for v1); chunks are loaded relative to the pilet's URL (v1: script tags
//! that call back; v0: fetched and evaluated like the pilet itself).

use std::fmt::Write as _;

use serde_json::Value;

use super::{
    Definitions, Format, ModuleIds, OutputFile, PiletFormat, PiletParts, PiletSchema,
    attach_stylesheet, lines_of, pilet_parts, push_main, used_externals,
};
use crate::bundler::graph::Graph;
use crate::bundler::runtime::{GLOBAL, REGISTRY, SHARED_INTEROP};
use crate::bundler::scope::Linked;

/// A v0 or v1 pilet.
pub(super) struct Script<'a>(pub(super) &'a PiletFormat);

/// The global a v1 pilet's chunk scripts hand their modules to.
fn chunk_callback(require_ref: &str) -> String {
    format!("{require_ref}_chunk")
}

impl Format for Script<'_> {
    type Output = Vec<OutputFile>;

    fn emit(&self, graph: &Graph, chunks: &Linked<'_>) -> Vec<OutputFile> {
        let format = self.0;
        let v1 = format.schema == PiletSchema::V1;
        let prefix = if v1 {
            format!(
                "window[{}](\n",
                Value::from(chunk_callback(&format.require_ref))
            )
        } else {
            "module.exports = (\n".to_string()
        };
        let module_ids = ModuleIds::new(chunks, format.minify);
        let PiletParts {
            mut files,
            chunk_table,
            css_file,
        } = pilet_parts(graph, format, chunks, &module_ids, &prefix, ");\n");
        let ids: serde_json::Map<String, Value> = used_externals(graph, format)
            .into_iter()
            .map(|(specifier, id)| (specifier.clone(), Value::from(id.as_str())))
            .collect();
        let mut head = String::new();
        let mut runtime = String::new();
        if v1 {
            let _ = writeln!(head, "//@pilet v:1({})", format.require_ref);
            head.push_str("(function () {\n");
            runtime.push_str("var __cs = document.currentScript, __base = (__cs && __cs.src) || location.href;\n");
            // Shared modules straight from the shell's SystemJS registry, resolved against this
            // script's absolute URL: piral-base's `window[requireRef]` (and v0's `require`)
            // resolve against the feed's link as written, and SystemJS never returns from
            // resolving a bare name against a root-relative parent (`/p/index.js`): the page
            // freezes. Only without SystemJS the loader's function is used.
            let _ = writeln!(
                runtime,
                "function __get(id) {{ var S = window.System; if (S && S.get && S.resolve) {{ var m = S.get(S.resolve(id, __base)); if (m) return m; }} return window[{}](id); }}",
                Value::from(format.require_ref.as_str())
            );
            runtime.push_str(&super::script_chunk_loader(
                false,
                super::loads_several(&chunk_table),
            ));
        } else {
            if format.schema == PiletSchema::V0 {
                head.push_str("//@pilet v:0\n");
            }
            // Evaluated from a string: the pilet's URL is the `sourceURL` the loader gives it,
            // which the stack of an error names (the "set-path" algorithm of the pilet spec).
            runtime.push_str("var __base = (function () { try { throw new Error(); } catch (e) { var lines = String(e.stack || \"\").split(\"\\n\"); for (var i = 0; i < lines.length; i++) { var m = /(?:\\(|@|at )((?:[a-z][a-z0-9+.-]*:\\/\\/|\\/)[^\\s()]*?)(?::\\d+){1,2}\\)?$/i.exec(lines[i].trim()); var here = typeof location !== \"undefined\" ? location.href : undefined; if (m) return new URL(m[1], here).href; } return here; } })();\n");
            runtime.push_str("function __get(id) { var S = typeof System !== \"undefined\" ? System : undefined; if (S && S.get && S.resolve) { var m = S.get(S.resolve(id, __base)); if (m) return m; } return require(id); }\n");
            // Each file fetched once; a chunk is a file, or a list of them (see `chunk_files`).
            runtime.push_str("var __ps = {};\nfunction __ls(f) { var url = __a(f); return __ps[f] || (__ps[f] = fetch(url).then(function (r) { if (!r.ok) throw new Error(\"Cannot load \" + url); return r.text(); }).then(function (text) { var m = { exports: {} }; new Function(\"module\", \"exports\", text + \"\\n//# sourceURL=\" + url)(m, m.exports); __d(m.exports); }, function (e) { delete __ps[f]; throw e; })); }\n");
            runtime.push_str("function __lc(id) { if (!(id in __c)) return Promise.reject(new Error(\"Cannot find the chunk of \" + id)); return Promise.all([].concat(__c[id]).map(__ls)); }\n");
        }
        let _ = writeln!(runtime, "var __xs = {{}}, __ids = {};", Value::Object(ids));
        runtime.push_str(SHARED_INTEROP);
        runtime.push_str("function __x(s) { if (!(s in __xs)) { if (!(s in __ids)) __nf(s); __xs[s] = __cjs(__get(__ids[s])); } return __xs[s]; }\n");
        let _ = writeln!(
            runtime,
            "var __c = {};",
            serde_json::to_string(&chunk_table).unwrap_or_else(|_| "{}".into())
        );
        runtime.push_str(GLOBAL);
        runtime.push_str(REGISTRY);
        runtime.push_str(super::registry_end(&chunk_table));
        if v1 {
            let _ = writeln!(
                runtime,
                "window[{}] = __d;",
                Value::from(chunk_callback(&format.require_ref))
            );
        }
        head.push_str(&super::runtime_text(runtime, format.minify));
        head.push_str("__d(");
        let prefix_lines = lines_of(&head);
        let mut defs = Definitions::after(head, chunks, &module_ids);
        let map = defs.push_main(&chunks.main, format, prefix_lines);
        let mut code = defs.text;
        code.push_str(");\n");
        if let Some(css_file) = &css_file {
            code.push_str(&attach_stylesheet(&format.name, css_file));
        }
        let entry = module_ids.js(&graph.entry);
        if v1 {
            // `__cs` is the script still running: the assignment keeps the old CLI's text,
            // `currentScript.app=` (its acceptance suite looks for it in v1 pilets).
            let _ = writeln!(
                code,
                "if (__cs) document.currentScript.app=__ns(__r({entry}));\n}})();"
            );
        } else if format.schema == PiletSchema::Bare {
            // No pilet format: the bundle runs, and hands nothing over (as the old CLI's).
            let _ = writeln!(code, "__r({entry});");
        } else {
            let _ = writeln!(code, "module.exports = __ns(__r({entry}));");
        }
        push_main(&mut files, format, code, map);
        files
    }
}
