//! The bundler: turns entry modules into the files a browser loads.
//!
//! One file per stage, in the order they run:
//! **resolve** (`resolve`: specifier → file, oxc_resolver) → **load** (`load`: read and classify
//! as script, JSON, style or asset; `codegen` evaluates `.codegen` modules in Node) →
//! **transform** (`transform`: swc, as `tsconfig` says the project compiles) → **link** (`link`:
//! a module's specifiers bound to module ids or shared dependencies) → **graph** (`graph`: the
//! parallel walk that runs the three stages before it for every module, and the transform
//! cache; `side_effects` reads packages' `"sideEffects"`) → **chunk** (`chunk`: the entry's
//! chunk and one per `import()` target) → **scope** (`scope`: each chunk's ES modules hoisted
//! into one scope, `shake` dropping what nothing uses) → **emit** (`emit`: one file per output
//! format, with
//! `sourcemap` encoding the bundle's source maps, `runtime` the registry they wrap and `css` the
//! stylesheet). Nothing is written here: the caller gets the files in memory and writes them only
//! when everything succeeded; what went wrong without failing comes back as
//! [`BundleDiagnostic`]s in [`graph::Graph::warnings`].

mod asset_urls;
mod chunk;
mod codegen;
mod css;
pub(crate) mod declarations;
mod diagnostics;
pub(crate) mod dts_bundle;
pub(crate) mod emit;
mod graph;
mod limits;
mod link;
mod load;
mod persist;
mod resolve;
mod runtime;
mod scope;
mod shake;
mod side_effects;
mod sourcemap;
mod squeeze;
mod transform;
mod tsconfig;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) use codegen::{Prefetched, prefetch_codegen};
pub(crate) use css::css_file;
pub(crate) use diagnostics::BundleDiagnostic;
pub(crate) use graph::{Graph, TransformCache, build_graph, new_cache};
pub(crate) use tsconfig::{SourceSettings, load_settings};

/// What to bundle and how.
#[derive(Clone, Debug)]
pub(crate) struct BundleOptions {
    /// Module ids are paths relative to this folder.
    pub(crate) root: PathBuf,
    pub(crate) entry: PathBuf,
    /// Specifiers that stay imports of the host's SystemJS registry: specifier → registry id.
    pub(crate) externals: BTreeMap<String, String>,
    /// `process.env.<name>` values.
    pub(crate) defines: BTreeMap<String, String>,
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) development: bool,
    /// How the project's sources compile (its tsconfig and browserslist), read once per build.
    pub(crate) source: Arc<SourceSettings>,
    /// Environment for `.codegen` modules (spec §6.1).
    pub(crate) codegen_env: BTreeMap<String, String>,
    /// Where `.codegen` modules may write files (`this.options.outDir`).
    pub(crate) out_dir: PathBuf,
    /// Transformed modules by path and source hash, kept across rebuilds by the debug server
    /// so that only changed modules go through swc again.
    pub(crate) cache: Option<TransformCache>,
    /// `.codegen` modules already being evaluated (see [`prefetch_codegen`]).
    pub(crate) prefetched: Prefetched,
}

/// Drops a build's graph on a thread of its own: freeing every module's code and map takes time
/// (25 ms for ten copies of three.js) that the build need not wait for.
pub(crate) fn drop_in_background(graph: Graph) {
    // Should no thread start, the graph is dropped here, with the closure.
    let _ = std::thread::Builder::new()
        .name("piral-drop".into())
        .spawn(move || drop(graph));
}

/// Hex sha256 of bytes: names of emitted files.
pub(crate) fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    format!("{:x}", sha2::Sha256::digest(bytes))
}

/// The id of a module: its path relative to the root, with forward slashes.
fn module_id(root: &Path, path: &Path) -> String {
    if path == Path::new(load::EMPTY_MODULE) {
        return load::EMPTY_MODULE.to_string();
    }
    let relative = pathdiff(path, root);
    relative.to_string_lossy().replace('\\', "/")
}

fn pathdiff(path: &Path, base: &Path) -> PathBuf {
    let path_parts: Vec<_> = path.components().collect();
    let base_parts: Vec<_> = base.components().collect();
    let common = path_parts
        .iter()
        .zip(&base_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = PathBuf::new();
    for _ in common..base_parts.len() {
        out.push("..");
    }
    for part in &path_parts[common..] {
        out.push(part.as_os_str());
    }
    out
}

/// The folders where a new, removed or renamed entry can change what an import resolves to
/// when it resolved to `file`: its folder and that folder's parent (`./x` is `x/index.ts` until
/// `x.ts` appears beside the folder).
pub(crate) fn resolution_folders(file: &Path) -> impl Iterator<Item = &Path> {
    file.ancestors().skip(1).take(2)
}

/// Whether a file belongs to an installed package (published code: no JSX, lenient imports).
pub(crate) fn is_package_path(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_ids_are_relative_with_forward_slashes() {
        assert_eq!(
            module_id(Path::new("/a/b"), Path::new("/a/b/src/x.tsx")),
            "src/x.tsx"
        );
        assert_eq!(
            module_id(Path::new("/a/b"), Path::new("/a/node_modules/r/i.js")),
            "../node_modules/r/i.js"
        );
    }
}
