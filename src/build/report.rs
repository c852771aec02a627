//! What a build wrote, for people and for tools: `--metafile <file>` writes esbuild's metafile
//! JSON (so esbuild's analyzer and the tools around it read it), `--report` a self-contained
//! `report.html` with a treemap of output files → packages → modules, raw and gzip sizes, and
//! the shared dependencies marked.
//!
//! The bytes of a module are those of its code in the file (after minification, which runs per
//! module); what a file holds besides its modules (the runtime, the registry's frame) shows as
//! `(runtime)`. Gzip sizes are exact per file; a package's or module's gzip size is its share of
//! its file's, by raw bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::bundler::emit::{Contents, OutputFile};

/// One input module: its size on disk and what it imports.
#[derive(Debug, Clone)]
struct Input {
    bytes: u64,
    /// (resolved module id or the external specifier, kind, the specifier as written, external).
    imports: Vec<(String, &'static str, String, bool)>,
    esm: bool,
}

/// What one or more bundles of a build hold.
#[derive(Debug, Default)]
pub(crate) struct Analysis {
    root: PathBuf,
    /// What the report's heading says (the package and its version).
    title: String,
    inputs: BTreeMap<String, Input>,
    contents: Contents,
    /// Output file → the module id it was built from (main files and lazy chunks' targets
    /// are not told apart: esbuild names the entry of main files only).
    entries: BTreeMap<String, String>,
    /// Packages the bundles share with the shell (a pilet's externals) or with pilets (a
    /// shell's importmap).
    shared: BTreeSet<String>,
}

/// The npm package a module id (a path relative to the root) belongs to, if any.
pub(crate) fn package_of(id: &str) -> Option<String> {
    let (_, rest) = id.rsplit_once("node_modules/")?;
    let mut parts = rest.split('/');
    let first = parts.next()?;
    if first.starts_with('@') {
        Some(format!("{first}/{}", parts.next()?))
    } else {
        Some(first.to_string())
    }
}

impl Analysis {
    pub(crate) fn new(root: &Path, title: String) -> Self {
        Self {
            root: root.to_path_buf(),
            title,
            ..Self::default()
        }
    }

    /// Adds the modules of `graph`, and the files `contents` says its emission wrote (the one
    /// named `main` built from the graph's entry).
    pub(crate) fn add(&mut self, graph: &crate::bundler::Graph, contents: Contents, main: &str) {
        for (id, module) in &graph.modules {
            let bytes = if id.starts_with('\0') {
                module.code.len() as u64
            } else {
                std::fs::metadata(self.root.join(id)).map_or(0, |m| m.len())
            };
            let dynamic: BTreeSet<&String> = module.dynamic.iter().collect();
            let imports = module
                .deps
                .iter()
                .map(|(specifier, target)| {
                    let kind = if dynamic.contains(specifier) {
                        "dynamic-import"
                    } else if module.esm.is_some() {
                        "import-statement"
                    } else {
                        "require-call"
                    };
                    match target {
                        Some(target) => (target.clone(), kind, specifier.clone(), false),
                        None => (specifier.clone(), kind, specifier.clone(), true),
                    }
                })
                .collect();
            self.inputs.insert(
                id.clone(),
                Input {
                    bytes,
                    imports,
                    esm: module.esm.is_some(),
                },
            );
        }
        self.entries.insert(main.to_string(), graph.entry.clone());
        self.contents.extend(contents);
    }

    /// Marks `names` as shared packages.
    pub(crate) fn share(&mut self, names: impl IntoIterator<Item = String>) {
        self.shared.extend(names);
    }

    fn display_id(id: &str) -> String {
        if let Some(rest) = id.strip_prefix('\0') {
            format!("({rest})")
        } else {
            id.to_string()
        }
    }

    /// esbuild's metafile for `files` (written into `out_dir`): paths relative to the root.
    pub(crate) fn metafile(&self, files: &[OutputFile], out_dir: &Path) -> Value {
        let out_prefix = out_dir
            .strip_prefix(&self.root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| out_dir.to_string_lossy().replace('\\', "/"));
        let out = |name: &str| {
            if out_prefix.is_empty() {
                name.to_string()
            } else {
                format!("{}/{name}", out_prefix.trim_end_matches('/'))
            }
        };
        let mut inputs = Map::new();
        for (id, input) in &self.inputs {
            let imports: Vec<Value> = input
                .imports
                .iter()
                .map(|(path, kind, original, external)| {
                    let mut import = json!({ "path": Self::display_id(path), "kind": kind, "original": original });
                    if *external {
                        import["external"] = Value::Bool(true);
                    }
                    import
                })
                .collect();
            inputs.insert(
                Self::display_id(id),
                json!({ "bytes": input.bytes, "imports": imports, "format": if input.esm { "esm" } else { "cjs" } }),
            );
        }
        let mut outputs = Map::new();
        for file in files {
            let mut output =
                json!({ "bytes": file.bytes.len(), "inputs": {}, "imports": [], "exports": [] });
            if let Some(held) = self.contents.get(&file.name) {
                let mut by_input: BTreeMap<String, usize> = BTreeMap::new();
                for (id, bytes) in held {
                    if self.inputs.contains_key(id) {
                        *by_input.entry(Self::display_id(id)).or_default() += bytes;
                    }
                }
                output["inputs"] = by_input
                    .into_iter()
                    .map(|(id, bytes)| (id, json!({ "bytesInOutput": bytes })))
                    .collect::<Map<_, _>>()
                    .into();
                let externals: BTreeSet<&String> = held
                    .iter()
                    .filter_map(|(id, _)| self.inputs.get(id))
                    .flat_map(|input| input.imports.iter())
                    .filter(|(_, _, _, external)| *external)
                    .map(|(path, _, _, _)| path)
                    .collect();
                output["imports"] = externals
                    .into_iter()
                    .map(|path| json!({ "path": path, "kind": "import-statement", "external": true }))
                    .collect::<Vec<_>>()
                    .into();
            }
            if let Some(entry) = self.entries.get(&file.name) {
                output["entryPoint"] = Value::from(Self::display_id(entry));
            }
            outputs.insert(out(&file.name), output);
        }
        json!({ "inputs": inputs, "outputs": outputs })
    }

    /// The treemap's data: output files → packages → modules, with raw and gzip bytes.
    fn tree(&self, files: &[OutputFile]) -> Value {
        let mut children = Vec::new();
        for file in files
            .iter()
            .filter(|f| f.name.ends_with(".js") || f.name.ends_with(".css"))
        {
            let raw = file.bytes.len();
            let gzip = gzip_size(&file.bytes);
            let share = |bytes: usize| {
                if raw == 0 {
                    0
                } else {
                    (bytes as f64 * gzip as f64 / raw as f64).round() as usize
                }
            };
            let mut packages: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
            let mut counted = 0;
            for (id, bytes) in self.contents.get(&file.name).into_iter().flatten() {
                let package = match package_of(id) {
                    Some(package) => package,
                    None if id.starts_with('\0') || id.ends_with('+') => "(runtime)".into(),
                    None => "(your code)".into(),
                };
                counted += bytes;
                // A scope's own bytes (its frame, its exports) go by the scope's id, `<root>+`.
                let shown = if id.ends_with('+') {
                    format!(
                        "(frame of the modules hoisted with {})",
                        id.trim_end_matches('+')
                    )
                } else {
                    Self::display_id(id)
                };
                packages.entry(package).or_default().push((shown, *bytes));
            }
            if raw > counted {
                packages
                    .entry("(runtime)".into())
                    .or_default()
                    .push(("(the file's frame)".into(), raw - counted));
            }
            let package_nodes: Vec<Value> = packages
                .into_iter()
                .map(|(package, modules)| {
                    let size: usize = modules.iter().map(|(_, b)| b).sum();
                    let shared = self.shared.contains(&package);
                    let mut merged: BTreeMap<String, usize> = BTreeMap::new();
                    for (id, bytes) in modules {
                        *merged.entry(id).or_default() += bytes;
                    }
                    json!({
                        "name": package, "size": size, "gzip": share(size), "shared": shared,
                        "children": merged.into_iter().filter(|(_, b)| *b > 0).map(|(id, bytes)| {
                            let short = id.rsplit_once("node_modules/").map_or(id.as_str(), |(_, rest)| rest).to_string();
                            json!({ "name": short, "path": id, "size": bytes, "gzip": share(bytes) })
                        }).collect::<Vec<_>>(),
                    })
                })
                .collect();
            children.push(
                json!({ "name": file.name, "size": raw, "gzip": gzip, "children": package_nodes }),
            );
        }
        json!({ "name": "bundle", "children": children, "shared": self.shared })
    }

    /// The self-contained report page for `files`.
    pub(crate) fn html(&self, files: &[OutputFile]) -> String {
        let data = self.tree(files).to_string().replace("</", "<\\/");
        let escaped = self.title.replace('&', "&amp;").replace('<', "&lt;");
        REPORT
            .replace("__TITLE__", &escaped)
            .replace("__DATA__", &data)
    }
}

/// Writes what `--report` and `--metafile` ask for (both relative to the project folder), for
/// `files` written into `out_dir`; the paths written, for `--json`.
pub(crate) fn write_requested(
    analysis: &Analysis,
    bundle: &super::BundleSettings,
    files: &[OutputFile],
    out_dir: &Path,
    reporter: &dyn crate::ui::Reporter,
    cwd: &Path,
) -> anyhow::Result<Value> {
    let project = &analysis.root;
    let mut written = json!({});
    if let Some(report) = &bundle.report {
        let path = project.join(report);
        fs_err::write(&path, analysis.html(files))?;
        reporter.status(
            "Reported",
            format_args!("the bundle in `{}`", crate::ui::display_path(cwd, &path)),
        );
        written["report"] = Value::from(path.to_string_lossy().into_owned());
    }
    if let Some(metafile) = &bundle.metafile {
        let path = project.join(metafile);
        let text = crate::manifest::to_pretty(&analysis.metafile(files, out_dir));
        fs_err::write(&path, text)?;
        written["metafile"] = Value::from(path.to_string_lossy().into_owned());
    }
    Ok(written)
}

/// The gzip size of `bytes` (level 9, as servers that precompress do).
pub(crate) fn gzip_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |out| out.len())
}

const REPORT: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bundle report: __TITLE__</title>
<style>
  :root { color-scheme: light dark; font: 14px/1.4 system-ui, sans-serif; }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { padding: 10px 16px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; border-bottom: 1px solid #8884; }
  header h1 { font-size: 18px; margin: 0; }
  header .totals span { margin-right: 16px; }
  .legend i { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin: 0 4px 0 12px; border-radius: 2px; }
  #map { position: relative; flex: 1; margin: 8px; }
  .node { position: absolute; box-sizing: border-box; overflow: hidden; border: 1px solid #0006; border-radius: 3px; }
  .node > .label { position: absolute; left: 4px; top: 2px; right: 4px; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: #111; pointer-events: none; }
  .file { background: #e7e9ee; }
  .package { background: #9ec5fe; }
  .package.shared { background: #ffd58a; }
  .package.own { background: #a3e4b7; }
  .package.runtime { background: #d3d3d3; }
  .module { background: #ffffff88; }
  .node:hover { outline: 2px solid #333; z-index: 2; }
  #tip { position: fixed; pointer-events: none; background: #222; color: #fff; padding: 6px 8px; border-radius: 4px; font-size: 12px; display: none; z-index: 10; max-width: 480px; }
</style>
</head>
<body>
<header>
  <h1>__TITLE__</h1>
  <div class="totals" id="totals"></div>
  <div class="legend"><i style="background:#a3e4b7"></i>your code<i style="background:#9ec5fe"></i>packages<i style="background:#ffd58a"></i>shared with the shell or pilets<i style="background:#d3d3d3"></i>runtime</div>
</header>
<div id="map"></div>
<div id="tip"></div>
<script>
var data = __DATA__;
function kb(n) { return n < 1024 ? n + " B" : (n / 1024).toFixed(1) + " KiB"; }
function total(node) { return node.children ? node.children.reduce(function (s, c) { return s + c.size; }, 0) : node.size; }
var raw = 0, gz = 0;
data.children.forEach(function (f) { raw += f.size; gz += f.gzip; });
document.getElementById("totals").innerHTML = "<span><b>" + data.children.length + "</b> files</span><span>raw <b>" + kb(raw) + "</b></span><span>gzip <b>" + kb(gz) + "</b></span>";
// Squarified treemap (Bruls, Huizing, van Wijk): rows that keep the cells close to squares.
function squarify(items, x, y, w, h) {
  var sum = items.reduce(function (s, i) { return s + i.size; }, 0), out = [];
  if (sum <= 0 || w <= 0 || h <= 0) return out;
  var scale = (w * h) / sum, rest = items.slice().sort(function (a, b) { return b.size - a.size; });
  while (rest.length) {
    var short = Math.min(w, h), row = [], best = Infinity;
    while (rest.length) {
      var next = row.concat([rest[0]]), area = next.reduce(function (s, i) { return s + i.size * scale; }, 0);
      var worst = next.reduce(function (m, i) { var a = i.size * scale, side = area / short; return Math.max(m, Math.max(side * side / a, a / (side * side))); }, 0);
      if (worst > best) break;
      best = worst; row = next; rest.shift();
    }
    var rowArea = row.reduce(function (s, i) { return s + i.size * scale; }, 0), thick = rowArea / short, offset = 0;
    row.forEach(function (i) {
      var len = (i.size * scale) / thick;
      if (w >= h) out.push({ item: i, x: x, y: y + offset, w: thick, h: len });
      else out.push({ item: i, x: x + offset, y: y, w: len, h: thick });
      offset += len;
    });
    if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
  }
  return out;
}
var tip = document.getElementById("tip");
function draw(parent, items, x, y, w, h, depth) {
  squarify(items.filter(function (i) { return i.size > 0; }), x, y, w, h).forEach(function (cell) {
    var i = cell.item, el = document.createElement("div");
    var kind = depth === 0 ? "file" : depth === 1 ? "package" : "module";
    el.className = "node " + kind + (i.shared ? " shared" : "") + (i.name === "(your code)" ? " own" : "") + (i.name === "(runtime)" ? " runtime" : "");
    el.style.left = cell.x + "px"; el.style.top = cell.y + "px"; el.style.width = cell.w + "px"; el.style.height = cell.h + "px";
    el.setAttribute("data-name", i.name);
    var label = document.createElement("div");
    label.className = "label";
    label.textContent = cell.w > 40 && cell.h > 14 ? i.name + " " + kb(i.size) : "";
    el.appendChild(label);
    el.addEventListener("mousemove", function (e) {
      e.stopPropagation();
      tip.style.display = "block"; tip.style.left = e.clientX + 12 + "px"; tip.style.top = e.clientY + 12 + "px";
      tip.textContent = (i.path || i.name) + ": " + kb(i.size) + " raw, " + kb(i.gzip) + " gzip" + (i.shared ? " (shared)" : "");
    });
    el.addEventListener("mouseleave", function () { tip.style.display = "none"; });
    parent.appendChild(el);
    var pad = 18;
    if (i.children && i.children.length && cell.w > 30 && cell.h > 30) draw(el, i.children, 2, pad, cell.w - 6, cell.h - pad - 4, depth + 1);
  });
}
function render() {
  var map = document.getElementById("map");
  map.innerHTML = "";
  draw(map, data.children, 0, 0, map.clientWidth, map.clientHeight, 0);
}
window.addEventListener("resize", render);
render();
</script>
</body>
</html>
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_of_module_ids() {
        assert_eq!(
            package_of("node_modules/react/index.js").as_deref(),
            Some("react")
        );
        assert_eq!(
            package_of("../node_modules/@scope/pkg/lib/a.js").as_deref(),
            Some("@scope/pkg")
        );
        assert_eq!(
            package_of("node_modules/a/node_modules/b/x.js").as_deref(),
            Some("b")
        );
        assert_eq!(package_of("src/index.tsx"), None);
    }

    #[test]
    fn sizes_add_up_to_the_files() {
        let mut analysis = Analysis::new(Path::new("/p"), "my-shell".into());
        analysis.inputs.insert(
            "src/index.tsx".into(),
            Input {
                bytes: 100,
                imports: vec![("react".into(), "import-statement", "react".into(), true)],
                esm: true,
            },
        );
        analysis.inputs.insert(
            "node_modules/lib/a.js".into(),
            Input {
                bytes: 50,
                imports: Vec::new(),
                esm: false,
            },
        );
        analysis.contents.insert(
            "index.js".into(),
            vec![
                ("src/index.tsx".into(), 60),
                ("node_modules/lib/a.js".into(), 30),
            ],
        );
        analysis
            .entries
            .insert("index.js".into(), "src/index.tsx".into());
        analysis.share(["react".to_string()]);
        let files = vec![OutputFile {
            name: "index.js".into(),
            bytes: vec![b'x'; 120],
        }];
        let meta = analysis.metafile(&files, Path::new("/p/dist"));
        let output = &meta["outputs"]["dist/index.js"];
        assert_eq!(output["bytes"], 120);
        assert_eq!(output["entryPoint"], "src/index.tsx");
        assert_eq!(output["inputs"]["src/index.tsx"]["bytesInOutput"], 60);
        assert_eq!(output["imports"][0]["path"], "react");
        assert_eq!(
            meta["inputs"]["src/index.tsx"]["imports"][0]["external"],
            true
        );
        let tree = analysis.tree(&files);
        let packages = tree["children"][0]["children"].as_array().unwrap();
        let names: Vec<&str> = packages
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["(runtime)", "(your code)", "lib"]);
        assert_eq!(packages[0]["size"], 30, "what no module accounts for");
        let html = analysis.html(&files);
        assert!(html.contains("\"name\":\"lib\"") && !html.contains("__DATA__"));
    }
}
