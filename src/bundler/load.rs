//! Load: reads one module and classifies it by extension. Scripts (and the code `.codegen`
//! modules generate) go through `transform`; `.json` becomes `module.exports = …`; `.css`,
//! `.scss`, `.sass` become styles (`css`), and a CSS module (`*.module.css`…) also code that
//! exports its class map; images and fonts become hashed files
//! ([`asset_file`]) and `module.exports = __asset("name.hash.ext")`. The result is a
//! [`Loaded`] module with its specifiers still unresolved.

use std::path::Path;

use super::diagnostics::bundle_error;
use super::transform::{self, Syntaxes, TransformOptions};
use super::{BundleOptions, codegen, content_hash, css, is_package_path, module_id};
use crate::errors::{Location, code_frame};

/// The path of the empty module that unresolvable optional imports and `browser: false`
/// replacements become; never a real file.
pub(super) const EMPTY_MODULE: &str = "\0empty";

/// A file produced by an asset import.
#[derive(Debug, Clone)]
pub(crate) struct AssetFile {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

/// A module after loading and transforming.
#[derive(Clone, Debug)]
pub(crate) struct Loaded {
    pub(super) code: String,
    pub(super) map: Option<super::sourcemap::ModuleMap>,
    /// Static requires in code order.
    pub(super) requires: Vec<String>,
    /// `import()` specifiers in code order.
    pub(super) dynamic: Vec<String>,
    pub(super) css: Option<String>,
    pub(super) assets: Vec<AssetFile>,
    /// An ES module kept as syntax for scope hoisting (then `code` is empty).
    pub(super) esm: Option<transform::EsmModule>,
    /// The swc helpers `code` calls from the shared helpers module (name, declaration).
    pub(super) helpers: Vec<(String, std::sync::Arc<str>)>,
    /// The module function's parameters as `code` names them (minified builds).
    pub(super) params: Option<std::sync::Arc<str>>,
}

impl Loaded {
    fn code(code: String) -> Self {
        Loaded {
            code,
            map: None,
            requires: Vec::new(),
            dynamic: Vec::new(),
            css: None,
            assets: Vec::new(),
            esm: None,
            helpers: Vec::new(),
            params: None,
        }
    }
}

/// Files that are copied as they are (with a content hash in the name) and referenced by URL.
const ASSET_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "woff", "woff2", "ttf",
    "eot", "otf", "mp4", "webm", "ogv", "mov", "mp3", "wav", "ogg", "oga", "opus", "flac", "aac",
    "m4a", "pdf", "txt", "wasm",
];

/// Whether a path or specifier names an asset file (by its extension).
pub(super) fn is_asset(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, ext)| ASSET_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Loads the module at `path` (or the empty module).
pub(super) fn load(path: &Path, options: &BundleOptions) -> anyhow::Result<Loaded> {
    if path == Path::new(EMPTY_MODULE) {
        return Ok(Loaded::code(String::new()));
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "css" | "scss" | "sass" => {
            let styles = css::load(path, Some(&options.root))
                .map_err(|message| bundle_error(message, None))?;
            // A CSS module's code exports its class map; other styles have no code.
            let (code, requires) = styles
                .classes
                .as_ref()
                .map(css::module_code)
                .unwrap_or_default();
            Ok(Loaded {
                css: Some(styles.css),
                assets: styles.assets,
                requires,
                ..Loaded::code(code)
            })
        }
        "json" => {
            let text = fs_err::read_to_string(path)?;
            let value = crate::manifest::parse_json(path, &text)?;
            Ok(Loaded::code(format!("module.exports = {value};")))
        }
        "codegen" => {
            let code = codegen::evaluate(path, options)?;
            transform_script(path, &code, Syntaxes::JavaScript, options)
        }
        ext if ASSET_EXTENSIONS.contains(&ext) => {
            let asset = asset_file(path)?;
            let code = format!(
                "module.exports = __asset({});",
                serde_json::Value::String(asset.name.clone())
            );
            Ok(Loaded {
                assets: vec![asset],
                ..Loaded::code(code)
            })
        }
        _ => {
            let source = super::limits::source_text(path, fs_err::read(path)?)?;
            let syntax = match extension.as_str() {
                "ts" | "mts" | "cts" => Syntaxes::TypeScript { tsx: false },
                "tsx" => Syntaxes::TypeScript { tsx: true },
                _ => Syntaxes::JavaScript,
            };
            match &options.cache {
                Some(cache) => cache.through(path, &source, || {
                    transform_script(path, &source, syntax, options)
                }),
                None => transform_script(path, &source, syntax, options),
            }
        }
    }
}

/// A script through swc; a syntax error becomes a `[0174]` error with a code frame.
fn transform_script(
    path: &Path,
    source: &str,
    syntax: Syntaxes,
    options: &BundleOptions,
) -> anyhow::Result<Loaded> {
    let transform_options = TransformOptions {
        defines: options.defines.clone(),
        minify: options.minify,
        source_map: options.source_maps,
        jsx: !is_package_path(path) || path.extension().is_some_and(|e| e == "jsx"),
        development: options.development,
        source: options.source.clone(),
        source_name: format!("piral:///{}", module_id(&options.root, path)),
        // Development builds keep every module a function of the registry: an edit then
        // changes one module's code, never a scope's names (*Development builds* in docs/bundler.md).
        hoist: !options.development,
    };
    let out = transform::transform(path, source, syntax, &transform_options).map_err(|error| {
        bundle_error(
            format!("{} (in `{}`)", error.message, path.display()),
            Some(Location {
                path: path.to_path_buf(),
                line: error.line,
                column: error.column,
                frame: Some(code_frame(source, error.line, error.column)),
            }),
        )
    })?;
    Ok(Loaded {
        code: out.code,
        map: out.map.map(super::sourcemap::ModuleMap::new),
        requires: out.requires,
        dynamic: out.dynamic,
        css: None,
        assets: Vec::new(),
        esm: out.esm,
        helpers: out.helpers,
        params: out.params,
    })
}

/// A file referenced from code or styles, named `<stem>.<8 hex of sha256>.<ext>`.
pub(crate) fn asset_file(path: &Path) -> std::io::Result<AssetFile> {
    let bytes = fs_err::read(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("asset");
    let name = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{stem}.{}.{ext}", &content_hash(&bytes)[..8]),
        None => format!("{stem}.{}", &content_hash(&bytes)[..8]),
    };
    Ok(AssetFile { name, bytes })
}
