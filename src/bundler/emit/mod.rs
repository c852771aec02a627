//! Emit: writes a chunked graph as the files of one output format. Every format wraps the same
//! module registry (`runtime`): module definitions `{ id: [function (require, …) {…}, deps] }`
//! handed to `__d`, then the entry required with `__r`. What differs is the frame around them,
//! one [`Format`] per file: `system` (pilets v2 and v3, SystemJS modules), `script` (pilets v0
//! and v1, plain scripts) and `shell` (the app shell's script). The pieces they share live here:
//! module ids, the definitions writer, chunk files, the stylesheet and the assets.

mod script;
mod shell;
mod system;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

pub(crate) use shell::{ShellFormat, ShellOutput};

use super::chunk::{self, hashed_name};
use super::graph::Graph;
use super::scope::{self, Linked};
use super::sourcemap::bundle_map;
use super::transform::PrintOptions;

/// A file to write, relative to the output folder.
#[derive(Debug, Clone)]
pub(crate) struct OutputFile {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

/// An output format: the files of a graph split into `chunks`.
trait Format {
    type Output;

    fn emit(&self, graph: &Graph, chunks: &Linked<'_>) -> Self::Output;
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
    /// `--schema none`: no pilet format, as the old CLI wrote it: the v0 script without its
    /// marker line, which runs the entry and hands nothing over (feeds list it as v0).
    Bare,
}

impl PiletSchema {
    /// `v0`…`v3`, as `--schema`, pilet.json and feeds spell them.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PiletSchema::V0 => "v0",
            PiletSchema::V1 => "v1",
            PiletSchema::V2 => "v2",
            PiletSchema::V3 => "v3",
            PiletSchema::Bare => "none",
        }
    }

    /// The `spec` a feed lists for such a pilet: `v0` for one without a marker line.
    pub(crate) fn spec(self) -> &'static str {
        match self {
            PiletSchema::Bare => "v0",
            other => other.as_str(),
        }
    }

    /// The schema named `text`; `None` for one this bundler does not write (`mf`).
    pub(crate) fn parse(text: &str) -> Option<PiletSchema> {
        match text {
            "v0" => Some(PiletSchema::V0),
            "v1" => Some(PiletSchema::V1),
            "v2" => Some(PiletSchema::V2),
            "v3" => Some(PiletSchema::V3),
            "none" => Some(PiletSchema::Bare),
            _ => None,
        }
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
    /// For the debug server: the main file's source map is joined from each module's mappings
    /// encoded once (see `sourcemap::development_map`).
    pub(crate) development: bool,
}

/// Emits a pilet: main file (+ map), chunks (+ maps), the stylesheet and assets.
pub(crate) fn emit_pilet(
    graph: &Graph,
    format: &PiletFormat,
) -> anyhow::Result<(Vec<OutputFile>, Contents)> {
    let print = PrintOptions {
        minify: format.minify,
        source_map: format.source_maps,
    };
    let system = matches!(format.schema, PiletSchema::V2 | PiletSchema::V3);
    let mut chunks = scope::hoist(graph, chunk::plan(graph), print, system)?;
    if !format.development {
        chunks.contents = Some(Default::default());
    }
    crate::timing::mark("hoist done");
    let files = match format.schema {
        PiletSchema::V2 | PiletSchema::V3 => system::System(format).emit(graph, &chunks),
        PiletSchema::V0 | PiletSchema::V1 | PiletSchema::Bare => {
            script::Script(format).emit(graph, &chunks)
        }
    };
    crate::timing::mark("emit done");
    Ok((files, noted(chunks.contents)))
}

/// Emits the shell's script: the modules it needs at start in one registry, and one chunk per
/// `import()` target, loaded by a script tag relative to the script when first imported.
pub(crate) fn emit_shell(graph: &Graph, format: &ShellFormat) -> anyhow::Result<ShellOutput> {
    let print = PrintOptions {
        minify: format.minify,
        source_map: format.source_maps,
    };
    let mut chunks = scope::hoist(graph, chunk::plan(graph), print, false)?;
    if format.integrity {
        chunks.contents = Some(Default::default());
    }
    crate::timing::mark("hoist done");
    let mut output = shell::Shell(format).emit(graph, &chunks);
    crate::timing::mark("emit done");
    output.contents = noted(chunks.contents);
    Ok(output)
}

fn noted(contents: Option<std::sync::Mutex<Contents>>) -> Contents {
    contents
        .and_then(|contents| contents.into_inner().ok())
        .unwrap_or_default()
}

/// How module ids are written into a bundle: as they are (project-relative paths, readable)
/// or, in minified bundles, as short base-36 numbers in the order of the ids.
struct ModuleIds {
    short: Option<std::collections::HashMap<String, String>>,
}

impl ModuleIds {
    fn new(linked: &Linked<'_>, minify: bool) -> Self {
        let short = minify.then(|| {
            linked
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
    linked: &'a Linked<'a>,
    ids: &'a ModuleIds,
    text: String,
    /// (module id, first line of its code in `text`).
    starts: Vec<(String, u32)>,
    /// Newlines in `text` so far (counted as text is added, never by rescanning it).
    lines: u32,
}

impl<'a> Definitions<'a> {
    fn new(linked: &'a Linked<'a>, ids: &'a ModuleIds) -> Self {
        Self::after(String::new(), linked, ids)
    }

    /// Definitions written after `head` in `text` (lines still count from the definitions'
    /// start): a 20 MB development bundle is then never copied once more.
    fn after(head: String, linked: &'a Linked<'a>, ids: &'a ModuleIds) -> Self {
        Self {
            linked,
            ids,
            text: head,
            starts: Vec::new(),
            lines: 0,
        }
    }

    fn push(&mut self, ids: &BTreeSet<String>) {
        let (starts, end) = self.layout(ids);
        self.write(ids);
        self.starts.extend(starts);
        self.lines = end;
    }

    /// [`Definitions::push`] of the definitions that make a pilet's main file (`format.main`,
    /// whose definitions start after `prefix_lines` lines), with the file's source map, when
    /// asked, made beside the text.
    fn push_main(
        &mut self,
        ids: &BTreeSet<String>,
        format: &PiletFormat,
        prefix_lines: u32,
    ) -> Option<Vec<u8>> {
        record(self.linked, &format.main, ids.iter());
        let (starts, end) = self.layout(ids);
        let linked = self.linked;
        let ((), map) = rayon::join(
            || self.write(ids),
            || match (format.source_maps, format.development) {
                (false, _) => None,
                (true, false) => Some(bundle_map(
                    &linked.modules,
                    &format.main,
                    prefix_lines,
                    &starts,
                )),
                (true, true) => Some(super::sourcemap::development_map(
                    &linked.modules,
                    &format.main,
                    prefix_lines,
                    &starts,
                )),
            },
        );
        self.starts.extend(starts);
        self.lines = end;
        map
    }

    /// Where each module of `ids` starts when their definitions follow what was written so
    /// far, and the number of lines after them.
    fn layout(&self, ids: &BTreeSet<String>) -> (Vec<(String, u32)>, u32) {
        let mut lines = self.lines;
        let mut starts = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(module) = self.linked.modules.get(id) else {
                continue;
            };
            // `\n"id": [function (…) {\n`, the code, and (for a module body) `\n}`.
            lines += 2;
            starts.push((id.clone(), lines));
            let code = module.code.trim_end();
            let count =
                || u32::try_from(code.bytes().filter(|b| *b == b'\n').count()).unwrap_or(u32::MAX);
            let newlines = match module.lines {
                Some(lines) => *lines.get_or_init(count),
                None => count(),
            };
            lines += newlines + u32::from(!module.factory);
        }
        (starts, lines + 1)
    }

    /// Writes the definitions of `ids` (laid out by [`Definitions::layout`]).
    fn write(&mut self, ids: &BTreeSet<String>) {
        let size: usize = ids
            .iter()
            .filter_map(|id| self.linked.modules.get(id))
            .map(|module| module.code.len() + 128)
            .sum();
        // With room for what the formats write after the definitions.
        self.text.reserve(size + 4096);
        self.text.push('{');
        for (index, id) in ids.iter().enumerate() {
            let Some(module) = self.linked.modules.get(id) else {
                continue;
            };
            if index > 0 {
                self.text.push(',');
            }
            match module.definition.filter(|_| self.ids.short.is_none()) {
                // A graph module's definition is the same in every unminified bundle: the debug
                // server's rebuilds copy it.
                Some(definition) => self
                    .text
                    .push_str(definition.get_or_init(|| self.definition(id, module))),
                None => {
                    let definition = self.definition(id, module);
                    self.text.push_str(&definition);
                }
            }
        }
        self.text.push_str("\n}");
    }

    /// `\n"id": [function (…) {\n<code>\n}, {deps}]` (a factory: `[<code>, {deps}]`).
    fn definition(&self, id: &str, module: &scope::Emitted<'_>) -> String {
        let mut text = String::with_capacity(module.code.len() + 128);
        // A module body goes into the registry's module function; a factory is one itself.
        let params;
        let (open, close) = match (module.factory, module.params, self.ids.short.is_some()) {
            (true, _, _) => ("", ""),
            (false, Some(names), _) => {
                params = format!("function({names}){{");
                (params.as_str(), "\n}")
            }
            (false, None, true) => (
                "function(require,module,exports,__import,__asset,global){",
                "\n}",
            ),
            (false, None, false) => (
                "function (require, module, exports, __import, __asset, global) {",
                "\n}",
            ),
        };
        text.push('\n');
        let minified = self.ids.short.is_some();
        object_key(&mut text, self.ids.get(id), minified);
        let _ = writeln!(text, "{}[{open}", if minified { ":" } else { ": " });
        text.push_str(module.code.trim_end());
        text.push_str(close);
        text.push_str(if minified { ",{" } else { ", {" });
        for (index, (specifier, target)) in module.deps.iter().enumerate() {
            if index > 0 {
                text.push(',');
            }
            object_key(&mut text, specifier, minified);
            text.push(':');
            match target {
                Some(target) => json_string(&mut text, self.ids.get(target)),
                None => text.push('1'),
            }
        }
        text.push_str("}]");
        text
    }
}

/// Appends `text` as the key of an object literal: minified without quotes where it is a name
/// (`_0`, `d`) or a number written as JavaScript writes it (`7`).
fn object_key(out: &mut String, text: &str, minified: bool) {
    let bare = minified
        && (swc_core::ecma::utils::is_valid_prop_ident(text)
            || text == "0"
            || (!text.starts_with('0')
                && !text.is_empty()
                && text.bytes().all(|b| b.is_ascii_digit())
                && text.len() < 16));
    if bare {
        out.push_str(text);
    } else {
        json_string(out, text);
    }
}

/// Appends `text` as a JSON (and JavaScript) string literal.
fn json_string(out: &mut String, text: &str) {
    if text
        .bytes()
        .any(|b| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f)
    {
        out.push_str(&Value::from(text).to_string());
    } else {
        out.push('"');
        out.push_str(text);
        out.push('"');
    }
}

/// The lazy chunks' files (with maps): each chunk's definitions between `prefix` (which ends its
/// only line) and `suffix`, and the shared chunks' likewise. Returns them and the table module
/// id → chunk file, or the list of files to load (the chunk's first) where it needs shared ones.
fn chunk_files(
    chunks: &Linked<'_>,
    module_ids: &ModuleIds,
    source_maps: bool,
    prefix: &str,
    suffix: &str,
) -> (Vec<OutputFile>, BTreeMap<String, Value>) {
    let mut files = Vec::new();
    let mut chunk_table = BTreeMap::new();
    let write = |stem: &str, modules: &BTreeSet<String>, files: &mut Vec<OutputFile>| {
        let mut defs = Definitions::new(chunks, module_ids);
        defs.push(modules);
        let body = format!("{prefix}{}{suffix}", defs.text);
        // Chunk names always carry a hash: two builds must never mix chunks.
        let name = hashed_name(stem, "js", body.as_bytes(), true);
        push_file(
            files,
            chunks,
            name.clone(),
            body,
            source_maps,
            1,
            &defs.starts,
        );
        name
    };
    let shared: Vec<String> = chunks
        .shared
        .iter()
        .map(|modules| write("shared", modules, &mut files))
        .collect();
    for chunk in &chunks.lazy {
        let name = write(chunk.stem(), &chunk.modules, &mut files);
        let entry = if chunk.shared.is_empty() {
            Value::from(name)
        } else {
            Value::from_iter(
                std::iter::once(name).chain(chunk.shared.iter().map(|i| shared[*i].clone())),
            )
        };
        chunk_table.insert(module_ids.get(&chunk.target).to_string(), entry);
    }
    (files, chunk_table)
}

/// After the registry where chunks have several files: a module may be defined before the
/// rest of its chunk has arrived (a shared chunk that another `import()` loaded), so an
/// `import()` of a chunk's target always waits for all its files (each is loaded once).
const WAIT_FOR_ALL_FILES: &str = "var __l1 = __l;\n__l = function (id) { return id in __c ? __lc(id).then(function () { return __ns(__r(id)); }) : __l1(id); };\n";

/// The runtime's end for `chunk_table`: [`WAIT_FOR_ALL_FILES`] where a chunk has several files.
fn registry_end(chunk_table: &BTreeMap<String, Value>) -> &'static str {
    if loads_several(chunk_table) {
        WAIT_FOR_ALL_FILES
    } else {
        ""
    }
}

/// Whether a chunk table lists a chunk with shared chunks to load with it.
fn loads_several(chunk_table: &BTreeMap<String, Value>) -> bool {
    chunk_table.values().any(Value::is_array)
}

/// The bundle's styles in one file named after `stem`, or `None` when it has none.
fn stylesheet(graph: &Graph, stem: &str, minify: bool, with_hash: bool) -> Option<OutputFile> {
    let css = super::css::collect_css(graph);
    (!css.trim().is_empty()).then(|| {
        let css = if minify {
            super::css::minify(&css)
        } else {
            css
        };
        OutputFile {
            name: hashed_name(stem, "css", css.as_bytes(), with_hash),
            bytes: css.into_bytes(),
        }
    })
}

/// The files the graph's modules and styles reference.
fn asset_files(graph: &Graph) -> impl Iterator<Item = OutputFile> + '_ {
    graph.assets.iter().map(|asset| OutputFile {
        name: asset.name.clone(),
        bytes: asset.bytes.clone(),
    })
}

/// What every pilet format writes before its main file.
struct PiletParts {
    /// Chunks (+ maps), the stylesheet, assets.
    files: Vec<OutputFile>,
    /// Module id (as written) → chunk file.
    chunk_table: BTreeMap<String, Value>,
    /// The stylesheet's file name.
    css_file: Option<String>,
}

/// The chunks (framed by `prefix` and `suffix`), stylesheet and assets of a pilet.
fn pilet_parts(
    graph: &Graph,
    format: &PiletFormat,
    chunks: &Linked<'_>,
    module_ids: &ModuleIds,
    prefix: &str,
    suffix: &str,
) -> PiletParts {
    let (mut files, chunk_table) =
        chunk_files(chunks, module_ids, format.source_maps, prefix, suffix);
    let css_file = stylesheet(graph, "main", format.minify, format.content_hash).map(|file| {
        let name = file.name.clone();
        files.push(file);
        name
    });
    files.extend(asset_files(graph));
    PiletParts {
        files,
        chunk_table,
        css_file,
    }
}

/// The shared dependencies the pilet uses: specifier → SystemJS id.
fn used_externals<'f>(graph: &Graph, format: &'f PiletFormat) -> Vec<(&'f String, &'f String)> {
    format
        .externals
        .iter()
        .filter(|(specifier, _)| graph.used_externals.contains(*specifier))
        .collect()
}

/// Adds a pilet's main file and its source map (made by [`Definitions::push_main`]) to
/// `files`.
fn push_main(
    files: &mut Vec<OutputFile>,
    format: &PiletFormat,
    code: String,
    map: Option<Vec<u8>>,
) {
    push_with_map(files, format.main.clone(), code, map);
}

/// What each JavaScript file of a bundle holds: its modules (the modules a scope hoisted, each
/// on its own) with the bytes of each one's code in the file.
pub(crate) type Contents = BTreeMap<String, Vec<(String, usize)>>;

/// Notes that file `name` holds the modules `ids` (of `chunks`).
fn record<'i>(chunks: &Linked<'_>, name: &str, ids: impl Iterator<Item = &'i String>) {
    let Some(contents) = &chunks.contents else {
        return;
    };
    let mut held = Vec::new();
    for id in ids {
        let Some(module) = chunks.modules.get(id) else {
            continue;
        };
        if module.parts.is_empty() {
            held.push((id.clone(), module.code.trim_end().len()));
        } else {
            let hoisted: usize = module.parts.iter().map(|(_, bytes)| bytes).sum();
            held.extend(module.parts.iter().cloned());
            // What the scope adds around its modules (its frame, the exports).
            held.push((id.clone(), module.code.len().saturating_sub(hoisted)));
        }
    }
    if let Ok(mut contents) = contents.lock() {
        contents.insert(name.to_string(), held);
    }
}

/// Adds file `name` to `files`, with its source map (and the comment naming it) when asked:
/// module `id` of `chunks` starts on line `start` after `prefix_lines`, for each of `starts`.
fn push_file(
    files: &mut Vec<OutputFile>,
    chunks: &Linked<'_>,
    name: String,
    code: String,
    source_maps: bool,
    prefix_lines: u32,
    starts: &[(String, u32)],
) {
    record(chunks, &name, starts.iter().map(|(id, _)| id));
    let map = source_maps.then(|| bundle_map(&chunks.modules, &name, prefix_lines, starts));
    push_with_map(files, name, code, map);
}

/// Adds file `name` to `files`, and its source map with the comment naming it.
fn push_with_map(
    files: &mut Vec<OutputFile>,
    name: String,
    mut code: String,
    map: Option<Vec<u8>>,
) {
    if let Some(map) = map {
        let _ = writeln!(code, "//# sourceMappingURL={name}.map");
        files.push(OutputFile {
            name: format!("{name}.map"),
            bytes: map,
        });
    }
    files.push(OutputFile {
        name,
        bytes: code.into_bytes(),
    });
}

/// The number of lines of a main file's text before its definitions.
fn lines_of(head: &str) -> u32 {
    head.matches('\n').count() as u32
}

/// The statement that adds the pilet's stylesheet to the page, relative to the pilet (`__a`).
fn attach_stylesheet(name: &str, css_file: &str) -> String {
    format!(
        "(function (l) {{ l.rel = \"stylesheet\"; l.type = \"text/css\"; l.setAttribute(\"data-origin\", {}); l.href = __a({}); document.head.appendChild(l); }})(document.createElement(\"link\"));\n",
        Value::from(name),
        Value::from(css_file)
    )
}

/// A format's runtime (whole statements) as written: in minified builds without whitespace and
/// with short local names (its top-level names stay: the code around it uses them).
fn runtime_text(text: String, minify: bool) -> String {
    if minify {
        let mut text = crate::bundler::transform::minify_runtime(&text);
        text.push('\n');
        text
    } else {
        text
    }
}

/// `__lc` of a bundle without chunks.
const NO_CHUNKS: &str =
    "function __lc(id) { return Promise.reject(new Error(\"Cannot find the chunk of \" + id)); }\n";

/// `__lc` for scripts in pages: a chunk is a script tag (relative to the bundle) that hands its
/// modules to a global callback. With `integrity`, each chunk's script tag gets its
/// `integrity` from `__i` (file → SRI hash) and `crossorigin="anonymous"`, as a release
/// shell's HTML tags have them. With `several`, a chunk is a list of files, each loaded once.
fn script_chunk_loader(integrity: bool, several: bool) -> String {
    let source = if integrity {
        "s.src = __a(f); if (__i[f]) { s.integrity = __i[f]; s.crossOrigin = \"anonymous\"; }"
    } else {
        "s.src = __a(f);"
    };
    let load = format!(
        "new Promise(function (resolve, reject) {{ var s = document.createElement(\"script\"); {source} s.onload = function () {{ resolve(); }}; s.onerror = function () {{ reject(new Error(\"Cannot load \" + s.src)); }}; document.head.appendChild(s); }})"
    );
    let missing =
        "if (!(id in __c)) return Promise.reject(new Error(\"Cannot find the chunk of \" + id));";
    if several {
        format!(
            "var __ps = {{}};\nfunction __ls(f) {{ return __ps[f] || (__ps[f] = {load}.then(null, function (e) {{ delete __ps[f]; throw e; }})); }}\nfunction __lc(id) {{ {missing} return Promise.all([].concat(__c[id]).map(__ls)); }}\n"
        )
    } else {
        format!("function __lc(id) {{ {missing} var f = __c[id]; return {load}; }}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_count_in_base_36() {
        assert_eq!(
            [0, 9, 10, 35, 36, 1295, 1296].map(base36),
            ["0", "9", "a", "z", "10", "zz", "100"]
        );
    }
}
