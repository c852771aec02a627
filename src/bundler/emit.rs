//! Output formats. Pilets are SystemJS modules (spec §6.2): the marker line
//! `//@pilet v:2(<requireRef>,<dependencies>)`, then `System.register([shared…], …)` whose
//! `execute` defines the module registry, attaches the styles (v2) or exports them (v3), and
//! exports the entry's exports (`setup`). Every `import()` target is its own chunk,
//! `System.register([], …)` exporting its module definitions, loaded with `_context.import`
//! relative to the pilet's own URL. v1 and v0 pilets are plain scripts around the same
//! registry. The shell's script runs at once; its `import()` targets are chunks it loads with
//! script tags.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use super::runtime::{REGISTRY, SHARED_INTEROP};
use super::{Graph, collect_css, content_hash, static_closure};

/// A file to write, relative to the output folder.
#[derive(Debug, Clone)]
pub(crate) struct OutputFile {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

/// The pilet module formats this bundler writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PiletSchema {
    /// A script evaluated with `new Function('module', 'exports', 'require', …)`.
    V0,
    /// A script loaded by a `<script>` tag; it hands the pilet over as `currentScript.app` and
    /// gets shared dependencies from `window[requireRef]`.
    V1,
    V2,
    V3,
}

impl PiletSchema {
    /// `v0`…`v3`, as `--schema`, pilet.json and feeds spell them.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PiletSchema::V0 => "v0",
            PiletSchema::V1 => "v1",
            PiletSchema::V2 => "v2",
            PiletSchema::V3 => "v3",
        }
    }

    /// The schema named `text`; `None` for one this bundler does not write (`mf`, `none`).
    pub(crate) fn parse(text: &str) -> Option<PiletSchema> {
        match text {
            "v0" => Some(PiletSchema::V0),
            "v1" => Some(PiletSchema::V1),
            "v2" => Some(PiletSchema::V2),
            "v3" => Some(PiletSchema::V3),
            _ => None,
        }
    }

    fn is_system(self) -> bool {
        matches!(self, PiletSchema::V2 | PiletSchema::V3)
    }
}

/// How to write a pilet.
#[derive(Clone, Debug)]
pub(crate) struct PiletFormat {
    pub(crate) schema: PiletSchema,
    /// The pilet's package name (`data-origin` of its styles).
    pub(crate) name: String,
    pub(crate) require_ref: String,
    /// The main file's name, for example `index.js`.
    pub(crate) main: String,
    /// The header's `{"<name>@<version>": "<file or URL>"}`.
    pub(crate) dependencies: BTreeMap<String, String>,
    /// Specifier → SystemJS id of shared dependencies.
    pub(crate) externals: BTreeMap<String, String>,
    pub(crate) content_hash: bool,
    pub(crate) source_maps: bool,
    pub(crate) minify: bool,
}

/// How module ids are written into a bundle: as they are (project-relative paths, readable)
/// or, in minified bundles, as short base-36 numbers in the order of the ids.
struct ModuleIds {
    short: Option<std::collections::HashMap<String, String>>,
}

impl ModuleIds {
    fn new(graph: &Graph, minify: bool) -> Self {
        let short = minify.then(|| {
            graph
                .modules
                .keys()
                .enumerate()
                .map(|(index, id)| (id.clone(), base36(index)))
                .collect()
        });
        Self { short }
    }

    fn get<'s>(&'s self, id: &'s str) -> &'s str {
        self.short
            .as_ref()
            .and_then(|short| short.get(id))
            .map_or(id, String::as_str)
    }

    /// The id as a JavaScript string literal.
    fn js(&self, id: &str) -> Value {
        Value::from(self.get(id))
    }
}

fn base36(mut index: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[index % 36]);
        index /= 36;
        if index == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// Writes module definitions as a JS object literal, one module after another, and records
/// where each module's code starts for the source map.
struct Definitions<'a> {
    graph: &'a Graph,
    ids: &'a ModuleIds,
    text: String,
    /// (module id, first line of its code in `text`).
    starts: Vec<(String, u32)>,
    /// Newlines in `text` so far (counted as text is added, never by rescanning it).
    lines: u32,
}

impl<'a> Definitions<'a> {
    fn new(graph: &'a Graph, ids: &'a ModuleIds) -> Self {
        Self {
            graph,
            ids,
            text: String::new(),
            starts: Vec::new(),
            lines: 0,
        }
    }

    fn push(&mut self, ids: &BTreeSet<String>) {
        self.text.push('{');
        for (index, id) in ids.iter().enumerate() {
            let Some(module) = self.graph.modules.get(id) else {
                continue;
            };
            if index > 0 {
                self.text.push(',');
            }
            let mut deps = serde_json::Map::new();
            for (specifier, target) in &module.deps {
                deps.insert(
                    specifier.clone(),
                    target.as_ref().map_or(Value::from(1), |t| self.ids.js(t)),
                );
            }
            let wrapper = if self.ids.short.is_some() {
                "function(require,module,exports,__import,__asset,global){"
            } else {
                "function (require, module, exports, __import, __asset, global) {"
            };
            let _ = write!(self.text, "\n{}: [{wrapper}\n", self.ids.js(id));
            self.lines += 2;
            self.starts.push((id.clone(), self.lines));
            let code = module.code.trim_end();
            self.text.push_str(code);
            self.lines += u32::try_from(code.matches('\n').count()).unwrap_or(u32::MAX) + 1;
            let _ = write!(self.text, "\n}}, {}]", Value::Object(deps));
        }
        self.text.push_str("\n}");
        self.lines += 1;
    }
}

/// Builds a bundle's source map from the modules' maps and the line each starts on.
///
/// The mappings are encoded here in one pass over the modules' raw tokens (base64 VLQ, deltas
/// carried from module to module), with each module's sources and names numbered once: no
/// per-token lookups or copies.
fn bundle_map(
    graph: &Graph,
    file: &str,
    prefix_lines: u32,
    starts: &[(String, u32)],
) -> Option<Vec<u8>> {
    let mut sources = Interned::default();
    let mut contents: Vec<Value> = Vec::new();
    let mut names = Interned::default();
    let mut mappings = String::new();
    let mut encoder = VlqState::default();
    for (id, start) in starts {
        let Some(map) = graph.modules.get(id).and_then(|m| m.map.as_ref()) else {
            continue;
        };
        let module_sources: Vec<u32> = (0..map.get_source_count())
            .map(|local| {
                let path = map
                    .get_source(local)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                sources.index(path, || {
                    contents.push(
                        map.get_source_contents(local)
                            .map_or(Value::Null, |c| Value::from(c.as_str())),
                    );
                })
            })
            .collect();
        let module_names: Vec<u32> = (0..map.get_name_count())
            .map(|local| {
                let name = map
                    .get_name(local)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                names.index(name, || {})
            })
            .collect();
        for index in 0..map.get_token_count() {
            let Some(token) = map.get_token(index as usize) else {
                continue;
            };
            let raw = token.get_raw_token();
            let Some(&source) = module_sources.get(raw.src_id as usize) else {
                continue;
            };
            let name = module_names.get(raw.name_id as usize).copied();
            encoder.push(
                &mut mappings,
                raw.dst_line + start + prefix_lines,
                raw.dst_col,
                source,
                raw.src_line,
                raw.src_col,
                name,
            );
        }
    }
    let document = serde_json::json!({
        "version": 3,
        "file": file,
        "sources": sources.values,
        "sourcesContent": contents,
        "names": names.values,
        "mappings": mappings,
    });
    serde_json::to_vec(&document).ok()
}

/// Strings numbered in the order they are first seen (a source map's `sources` and `names`).
#[derive(Default)]
struct Interned {
    values: Vec<String>,
    numbers: std::collections::HashMap<String, u32>,
}

impl Interned {
    /// The number of `value`; `first` runs when it is new.
    fn index(&mut self, value: String, first: impl FnOnce()) -> u32 {
        if let Some(&number) = self.numbers.get(&value) {
            return number;
        }
        first();
        let number = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.numbers.insert(value.clone(), number);
        self.values.push(value);
        number
    }
}

/// The running state of a source map's `mappings` while segments are appended in order.
#[derive(Default)]
struct VlqState {
    line: u32,
    column: i64,
    source: i64,
    source_line: i64,
    source_column: i64,
    name: i64,
    /// Whether the current line has a segment already.
    started: bool,
}

impl VlqState {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        out: &mut String,
        line: u32,
        column: u32,
        source: u32,
        source_line: u32,
        source_column: u32,
        name: Option<u32>,
    ) {
        if line < self.line {
            return; // out of order: the format cannot say it
        }
        while self.line < line {
            out.push(';');
            self.line += 1;
            self.column = 0;
            self.started = false;
        }
        if self.started {
            out.push(',');
        }
        self.started = true;
        vlq(out, i64::from(column) - self.column);
        self.column = i64::from(column);
        vlq(out, i64::from(source) - self.source);
        self.source = i64::from(source);
        vlq(out, i64::from(source_line) - self.source_line);
        self.source_line = i64::from(source_line);
        vlq(out, i64::from(source_column) - self.source_column);
        self.source_column = i64::from(source_column);
        if let Some(name) = name {
            vlq(out, i64::from(name) - self.name);
            self.name = i64::from(name);
        }
    }
}

/// Appends one base64 VLQ number.
fn vlq(out: &mut String, value: i64) {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut rest = if value < 0 {
        ((-value) << 1) | 1
    } else {
        value << 1
    } as u64;
    loop {
        let mut digit = (rest & 31) as usize;
        rest >>= 5;
        if rest > 0 {
            digit |= 32;
        }
        out.push(DIGITS[digit] as char);
        if rest == 0 {
            break;
        }
    }
}

fn hashed(stem: &str, extension: &str, bytes: &[u8], with_hash: bool) -> String {
    if with_hash {
        format!("{stem}.{}.{extension}", &content_hash(bytes)[..8])
    } else {
        format!("{stem}.{extension}")
    }
}

/// One chunk per `import()` target that is not part of the main file: the target and what it
/// needs beyond the main file, between `prefix` (which ends its only line) and `suffix`.
/// Returns the chunk files (with maps) and the table module id → chunk file.
fn emit_chunks(
    graph: &Graph,
    module_ids: &ModuleIds,
    main_modules: &BTreeSet<String>,
    source_maps: bool,
    prefix: &str,
    suffix: &str,
) -> (Vec<OutputFile>, BTreeMap<String, String>) {
    let mut files = Vec::new();
    let mut targets: BTreeSet<String> = BTreeSet::new();
    for module in graph.modules.values() {
        for specifier in &module.dynamic {
            if let Some(Some(target)) = module.deps.get(specifier)
                && !main_modules.contains(target)
            {
                targets.insert(target.clone());
            }
        }
    }
    let mut chunk_table = BTreeMap::new();
    for target in &targets {
        let ids: BTreeSet<String> = static_closure(graph, target)
            .difference(main_modules)
            .cloned()
            .collect();
        let mut defs = Definitions::new(graph, module_ids);
        defs.push(&ids);
        let body = format!("{prefix}{}{suffix}", defs.text);
        let stem = target
            .rsplit('/')
            .next()
            .unwrap_or(target)
            .split('.')
            .next()
            .unwrap_or("chunk");
        // Chunk names always carry a hash: two builds must never mix chunks.
        let name = hashed(stem, "js", body.as_bytes(), true);
        let mut code = body;
        if source_maps && let Some(map) = bundle_map(graph, &name, 1, &defs.starts) {
            let _ = writeln!(code, "//# sourceMappingURL={name}.map");
            files.push(OutputFile {
                name: format!("{name}.map"),
                bytes: map,
            });
        }
        chunk_table.insert(module_ids.get(target).to_string(), name.clone());
        files.push(OutputFile {
            name,
            bytes: code.into_bytes(),
        });
    }
    (files, chunk_table)
}

/// Emits a pilet: main file (+ map), chunks (+ maps), the stylesheet and assets.
pub(crate) fn emit_pilet(graph: &Graph, format: &PiletFormat) -> Vec<OutputFile> {
    let mut files = Vec::new();
    let main_modules = static_closure(graph, &graph.entry);

    let (prefix, suffix) = match format.schema {
        PiletSchema::V2 | PiletSchema::V3 => (
            "System.register([], function (_export) {\n  return { execute: function () { _export(\"m\", ".to_string(),
            "); } };\n});\n",
        ),
        PiletSchema::V1 => (
            format!("window[{}](\n", Value::from(chunk_callback(&format.require_ref))),
            ");\n",
        ),
        PiletSchema::V0 => ("module.exports = (\n".to_string(), ");\n"),
    };
    let module_ids = ModuleIds::new(graph, format.minify);
    let (chunk_files, chunk_table) = emit_chunks(
        graph,
        &module_ids,
        &main_modules,
        format.source_maps,
        &prefix,
        suffix,
    );
    files.extend(chunk_files);

    let css = collect_css(graph);
    let css_file = (!css.trim().is_empty()).then(|| {
        let css = if format.minify {
            super::css::minify(&css)
        } else {
            css
        };
        let name = hashed("main", "css", css.as_bytes(), format.content_hash);
        files.push(OutputFile {
            name: name.clone(),
            bytes: css.into_bytes(),
        });
        name
    });
    for asset in &graph.assets {
        files.push(OutputFile {
            name: asset.name.clone(),
            bytes: asset.bytes.clone(),
        });
    }

    let externals: Vec<(&String, &String)> = format
        .externals
        .iter()
        .filter(|(specifier, _)| graph.used_externals.contains(*specifier))
        .collect();
    let registry_ids: Vec<Value> = externals
        .iter()
        .map(|(_, id)| Value::from(id.as_str()))
        .collect();
    if !format.schema.is_system() {
        return emit_script_pilet(
            graph,
            format,
            &module_ids,
            files,
            &main_modules,
            &chunk_table,
            css_file,
        );
    }
    let marker = match format.schema {
        PiletSchema::V3 => "v:3",
        _ => "v:2",
    };
    let dependencies = serde_json::to_string(&format.dependencies).unwrap_or_else(|_| "{}".into());
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
    let prefix_lines = head.matches('\n').count() as u32;
    let mut defs = Definitions::new(graph, &module_ids);
    defs.push(&main_modules);
    let mut code = head;
    code.push_str(&defs.text);
    code.push_str(");\n");
    if let Some(css_file) = &css_file {
        match format.schema {
            PiletSchema::V0 | PiletSchema::V1 | PiletSchema::V2 => {
                code.push_str(&attach_stylesheet(&format.name, css_file));
            }
            PiletSchema::V3 => {
                let _ = writeln!(
                    code,
                    "_export(\"styles\", [{}]);",
                    Value::from(css_file.as_str())
                );
            }
        }
    }
    let _ = writeln!(
        code,
        "_export(__ns(__r({})));\n}}\n}};\n}});",
        module_ids.js(&graph.entry)
    );
    push_main(&mut files, graph, format, code, prefix_lines, &defs.starts);
    files
}

/// Adds a pilet's main file (and its source map) to `files`.
fn push_main(
    files: &mut Vec<OutputFile>,
    graph: &Graph,
    format: &PiletFormat,
    mut code: String,
    prefix_lines: u32,
    starts: &[(String, u32)],
) {
    if format.source_maps
        && let Some(map) = bundle_map(graph, &format.main, prefix_lines, starts)
    {
        let _ = writeln!(code, "//# sourceMappingURL={}.map", format.main);
        files.push(OutputFile {
            name: format!("{}.map", format.main),
            bytes: map,
        });
    }
    files.push(OutputFile {
        name: format.main.clone(),
        bytes: code.into_bytes(),
    });
}

/// The statement that adds the pilet's stylesheet to the page, relative to the pilet (`__a`).
fn attach_stylesheet(name: &str, css_file: &str) -> String {
    format!(
        "(function (l) {{ l.rel = \"stylesheet\"; l.type = \"text/css\"; l.setAttribute(\"data-origin\", {}); l.href = __a({}); document.head.appendChild(l); }})(document.createElement(\"link\"));\n",
        Value::from(name),
        Value::from(css_file)
    )
}

/// The global a v1 pilet's chunk scripts hand their modules to.
fn chunk_callback(require_ref: &str) -> String {
    format!("{require_ref}_chunk")
}

/// A v0 or v1 pilet's main file: a plain script around the same registry. Shared dependencies
/// come from the shell's SystemJS registry through the loader (`require` for v0,
/// `window[requireRef]` for v1), chunks are loaded relative to the pilet's URL (v1: script tags
/// that call back; v0: fetched and evaluated like the pilet itself).
fn emit_script_pilet(
    graph: &Graph,
    format: &PiletFormat,
    module_ids: &ModuleIds,
    mut files: Vec<OutputFile>,
    main_modules: &BTreeSet<String>,
    chunk_table: &BTreeMap<String, String>,
    css_file: Option<String>,
) -> Vec<OutputFile> {
    let ids: serde_json::Map<String, Value> = format
        .externals
        .iter()
        .filter(|(specifier, _)| graph.used_externals.contains(*specifier))
        .map(|(specifier, id)| (specifier.clone(), Value::from(id.as_str())))
        .collect();
    let mut head = String::new();
    match format.schema {
        PiletSchema::V1 => {
            let _ = writeln!(head, "//@pilet v:1({})", format.require_ref);
            head.push_str("(function () {\n");
            head.push_str("var __cs = document.currentScript, __base = (__cs && __cs.src) || location.href;\n");
            // Shared modules straight from the shell's SystemJS registry, resolved against this
            // script's absolute URL: piral-base's `window[requireRef]` (and v0's `require`)
            // resolve against the feed's link as written, and SystemJS never returns from
            // resolving a bare name against a root-relative parent (`/p/index.js`): the page
            // freezes. Only without SystemJS the loader's function is used.
            let _ = writeln!(
                head,
                "function __get(id) {{ var S = window.System; if (S && S.get && S.resolve) {{ var m = S.get(S.resolve(id, __base)); if (m) return m; }} return window[{}](id); }}",
                Value::from(format.require_ref.as_str())
            );
            head.push_str(SCRIPT_CHUNK_LOADER);
        }
        _ => {
            head.push_str("//@pilet v:0\n");
            // Evaluated from a string: the pilet's URL is the `sourceURL` the loader gives it,
            // which the stack of an error names (the "set-path" algorithm of the pilet spec).
            head.push_str("var __base = (function () { try { throw new Error(); } catch (e) { var lines = String(e.stack || \"\").split(\"\\n\"); for (var i = 0; i < lines.length; i++) { var m = /(?:\\(|@|at )((?:[a-z][a-z0-9+.-]*:\\/\\/|\\/)[^\\s()]*?)(?::\\d+){1,2}\\)?$/i.exec(lines[i].trim()); var here = typeof location !== \"undefined\" ? location.href : undefined; if (m) return new URL(m[1], here).href; } return here; } })();\n");
            head.push_str("function __get(id) { var S = typeof System !== \"undefined\" ? System : undefined; if (S && S.get && S.resolve) { var m = S.get(S.resolve(id, __base)); if (m) return m; } return require(id); }\n");
            head.push_str("function __lc(id) { if (!(id in __c)) return Promise.reject(new Error(\"Cannot find the chunk of \" + id)); var url = __a(__c[id]); return fetch(url).then(function (r) { if (!r.ok) throw new Error(\"Cannot load \" + url); return r.text(); }).then(function (text) { var m = { exports: {} }; new Function(\"module\", \"exports\", text + \"\\n//# sourceURL=\" + url)(m, m.exports); __d(m.exports); }); }\n");
        }
    }
    let _ = writeln!(head, "var __xs = {{}}, __ids = {};", Value::Object(ids));
    head.push_str(SHARED_INTEROP);
    head.push_str("function __x(s) { if (!(s in __xs)) { if (!(s in __ids)) __nf(s); __xs[s] = __cjs(__get(__ids[s])); } return __xs[s]; }\n");
    let _ = writeln!(
        head,
        "var __c = {};",
        serde_json::to_string(chunk_table).unwrap_or_else(|_| "{}".into())
    );
    head.push_str(REGISTRY);
    if format.schema == PiletSchema::V1 {
        let _ = writeln!(
            head,
            "window[{}] = __d;",
            Value::from(chunk_callback(&format.require_ref))
        );
    }
    head.push_str("__d(");
    let prefix_lines = head.matches('\n').count() as u32;
    let mut defs = Definitions::new(graph, module_ids);
    defs.push(main_modules);
    let mut code = head;
    code.push_str(&defs.text);
    code.push_str(");\n");
    if let Some(css_file) = &css_file {
        code.push_str(&attach_stylesheet(&format.name, css_file));
    }
    let entry = module_ids.js(&graph.entry);
    match format.schema {
        PiletSchema::V1 => {
            let _ = writeln!(code, "if (__cs) __cs.app = __ns(__r({entry}));\n}})();");
        }
        _ => {
            let _ = writeln!(code, "module.exports = __ns(__r({entry}));");
        }
    }
    push_main(&mut files, graph, format, code, prefix_lines, &defs.starts);
    files
}

/// How to write an app shell's script.
#[derive(Clone, Debug)]
pub(crate) struct ShellFormat {
    /// The script's file stem, for example `index`.
    pub(crate) stem: String,
    pub(crate) content_hash: bool,
    pub(crate) source_maps: bool,
    pub(crate) minify: bool,
}

/// The shell's outputs: its script, optional stylesheet, assets.
#[derive(Debug)]
pub(crate) struct ShellOutput {
    pub(crate) script: String,
    pub(crate) stylesheet: Option<String>,
    pub(crate) files: Vec<OutputFile>,
}

/// `__lc` for scripts in pages: a chunk is a script tag (relative to the bundle) that hands its
/// modules to a global callback.
const SCRIPT_CHUNK_LOADER: &str = "function __lc(id) { if (!(id in __c)) return Promise.reject(new Error(\"Cannot find the chunk of \" + id)); return new Promise(function (resolve, reject) { var s = document.createElement(\"script\"); s.src = __a(__c[id]); s.onload = function () { resolve(); }; s.onerror = function () { reject(new Error(\"Cannot load \" + s.src)); }; document.head.appendChild(s); }); }\n";

/// The global a shell's chunk scripts hand their modules to.
const SHELL_CHUNK_CALLBACK: &str = "__piralShellChunk";

/// Emits the shell's script: the modules it needs at start in one registry, and one chunk per
/// `import()` target, loaded by a script tag relative to the script when first imported.
pub(crate) fn emit_shell(graph: &Graph, format: &ShellFormat) -> ShellOutput {
    let mut files = Vec::new();
    let main_modules = static_closure(graph, &graph.entry);
    let prefix = format!("window[{}](\n", Value::from(SHELL_CHUNK_CALLBACK));
    let module_ids = ModuleIds::new(graph, format.minify);
    let (chunk_files, chunk_table) = emit_chunks(
        graph,
        &module_ids,
        &main_modules,
        format.source_maps,
        &prefix,
        ");\n",
    );
    files.extend(chunk_files);
    let mut head = String::from("(function () {\n");
    head.push_str(
        "var __base = (document.currentScript && document.currentScript.src) || location.href;\n",
    );
    head.push_str("function __x(s) { return __nf(s); }\n");
    let _ = writeln!(
        head,
        "var __c = {};",
        serde_json::to_string(&chunk_table).unwrap_or_else(|_| "{}".into())
    );
    head.push_str(SCRIPT_CHUNK_LOADER);
    head.push_str(REGISTRY);
    let _ = writeln!(head, "window[{}] = __d;", Value::from(SHELL_CHUNK_CALLBACK));
    head.push_str("__d(");
    let prefix_lines = head.matches('\n').count() as u32;
    let mut defs = Definitions::new(graph, &module_ids);
    defs.push(&main_modules);
    let mut code = head;
    code.push_str(&defs.text);
    let _ = writeln!(code, ");\n__r({});\n}})();", module_ids.js(&graph.entry));
    let script = hashed(&format.stem, "js", code.as_bytes(), format.content_hash);
    if format.source_maps
        && let Some(map) = bundle_map(graph, &script, prefix_lines, &defs.starts)
    {
        let _ = writeln!(code, "//# sourceMappingURL={script}.map");
        files.push(OutputFile {
            name: format!("{script}.map"),
            bytes: map,
        });
    }
    files.push(OutputFile {
        name: script.clone(),
        bytes: code.into_bytes(),
    });
    let css = collect_css(graph);
    let stylesheet = (!css.trim().is_empty()).then(|| {
        let css = if format.minify {
            super::css::minify(&css)
        } else {
            css
        };
        let name = hashed(&format.stem, "css", css.as_bytes(), format.content_hash);
        files.push(OutputFile {
            name: name.clone(),
            bytes: css.into_bytes(),
        });
        name
    });
    for asset in &graph.assets {
        files.push(OutputFile {
            name: asset.name.clone(),
            bytes: asset.bytes.clone(),
        });
    }
    ShellOutput {
        script,
        stylesheet,
        files,
    }
}

#[cfg(test)]
mod map_tests {
    use super::*;

    #[test]
    fn short_ids_count_in_base_36() {
        assert_eq!(
            [0, 9, 10, 35, 36, 1295, 1296].map(base36),
            ["0", "9", "a", "z", "10", "zz", "100"]
        );
    }

    #[test]
    fn vlq_numbers_match_the_spec_examples() {
        for (value, text) in [
            (0, "A"),
            (1, "C"),
            (-1, "D"),
            (15, "e"),
            (16, "gB"),
            (-16, "hB"),
            (1000, "w+B"),
        ] {
            let mut out = String::new();
            vlq(&mut out, value);
            assert_eq!(out, text, "{value}");
        }
    }

    #[test]
    fn segments_carry_deltas_across_lines() {
        let mut out = String::new();
        let mut state = VlqState::default();
        state.push(&mut out, 0, 0, 0, 0, 0, None);
        state.push(&mut out, 0, 4, 0, 0, 4, Some(0));
        state.push(&mut out, 2, 2, 1, 3, 1, None);
        // Decoded again by the sourcemap crate: the same positions.
        let map = swc_sourcemap::SourceMap::from_slice(
            format!(r#"{{"version":3,"sources":["a","b"],"names":["x"],"mappings":"{out}"}}"#)
                .as_bytes(),
        )
        .unwrap();
        let tokens: Vec<(u32, u32, u32, u32, u32)> = map
            .tokens()
            .map(|t| {
                (
                    t.get_dst_line(),
                    t.get_dst_col(),
                    t.get_src_id(),
                    t.get_src_line(),
                    t.get_src_col(),
                )
            })
            .collect();
        assert_eq!(tokens, [(0, 0, 0, 0, 0), (0, 4, 0, 0, 4), (2, 2, 1, 3, 1)]);
        assert_eq!(
            map.get_token(1).unwrap().get_name().map(|n| n.to_string()),
            Some("x".into())
        );
    }
}
