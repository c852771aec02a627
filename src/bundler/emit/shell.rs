//! The app shell's script: it runs at once (no loader around it), with the modules it needs at
//! start in one registry; each `import()` target is a chunk that it loads with a script tag
//! relative to itself, which hands its modules to a global callback. Script and stylesheet are
//! named after the HTML's script reference, with a content hash for releases.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use super::{
    Definitions, Format, ModuleIds, OutputFile, asset_files, chunk_files, lines_of, push_file,
    stylesheet,
};
use crate::bundler::chunk::hashed_name;
use crate::bundler::graph::Graph;
use crate::bundler::runtime::REGISTRY;
use crate::bundler::scope::Linked;

/// How to write an app shell's script.
#[derive(Clone, Debug)]
pub(crate) struct ShellFormat {
    /// The script's file stem, for example `index`.
    pub(crate) stem: String,
    pub(crate) content_hash: bool,
    pub(crate) source_maps: bool,
    pub(crate) minify: bool,
    /// Subresource integrity for the chunks it loads (releases): their script tags get the
    /// `integrity` of each file.
    pub(crate) integrity: bool,
}

/// The shell's outputs: its script, optional stylesheet, assets.
#[derive(Debug)]
pub(crate) struct ShellOutput {
    pub(crate) script: String,
    pub(crate) stylesheet: Option<String>,
    /// What each JavaScript file holds, for bundle reports.
    pub(crate) contents: super::Contents,
    pub(crate) files: Vec<OutputFile>,
}

/// The global a shell's chunk scripts hand their modules to.
const SHELL_CHUNK_CALLBACK: &str = "__piralShellChunk";

/// The shell's script.
pub(super) struct Shell<'a>(pub(super) &'a ShellFormat);

impl Format for Shell<'_> {
    type Output = ShellOutput;

    fn emit(&self, graph: &Graph, chunks: &Linked<'_>) -> ShellOutput {
        let format = self.0;
        let prefix = format!("window[{}](\n", Value::from(SHELL_CHUNK_CALLBACK));
        let module_ids = ModuleIds::new(chunks, format.minify);
        let (mut files, chunk_table) =
            chunk_files(chunks, &module_ids, format.source_maps, &prefix, ");\n");
        let mut head = String::from(if format.minify {
            "(function(){\n"
        } else {
            "(function () {\n"
        });
        let mut runtime = String::new();
        runtime.push_str(
            "var __base = (document.currentScript && document.currentScript.src) || location.href;\n",
        );
        runtime.push_str("function __x(s) { return __nf(s); }\n");
        if chunk_table.is_empty() {
            // Nothing to load: an `import()` the build could not resolve still rejects.
            runtime.push_str(super::NO_CHUNKS);
        } else {
            let _ = writeln!(
                runtime,
                "var __c = {};",
                serde_json::to_string(&chunk_table).unwrap_or_else(|_| "{}".into())
            );
            if format.integrity {
                let hashes: BTreeMap<&str, String> = files
                    .iter()
                    .filter(|file| file.name.ends_with(".js"))
                    .map(|file| (file.name.as_str(), crate::digest::sri_sha384(&file.bytes)))
                    .collect();
                let _ = writeln!(
                    runtime,
                    "var __i = {};",
                    serde_json::to_string(&hashes).unwrap_or_else(|_| "{}".into())
                );
            }
            runtime.push_str(&super::script_chunk_loader(
                format.integrity,
                super::loads_several(&chunk_table),
            ));
        }
        // A page's script: the global object is the window.
        runtime.push_str("var __g = window;\n");
        runtime.push_str(REGISTRY);
        runtime.push_str(super::registry_end(&chunk_table));
        if !chunk_table.is_empty() {
            let _ = writeln!(
                runtime,
                "window[{}] = __d;",
                Value::from(SHELL_CHUNK_CALLBACK)
            );
        }
        head.push_str(&super::runtime_text(runtime, format.minify));
        head.push_str("__d(");
        let prefix_lines = lines_of(&head);
        let mut defs = Definitions::after(head, chunks, &module_ids);
        defs.push(&chunks.main);
        let mut code = std::mem::take(&mut defs.text);
        let _ = writeln!(code, ");\n__r({});\n}})();", module_ids.js(&graph.entry));
        let script = hashed_name(&format.stem, "js", code.as_bytes(), format.content_hash);
        push_file(
            &mut files,
            chunks,
            script.clone(),
            code,
            format.source_maps,
            prefix_lines,
            &defs.starts,
        );
        let stylesheet =
            stylesheet(graph, &format.stem, format.minify, format.content_hash).map(|file| {
                let name = file.name.clone();
                files.push(file);
                name
            });
        files.extend(asset_files(graph));
        ShellOutput {
            script,
            stylesheet,
            contents: Default::default(),
            files,
        }
    }
}
