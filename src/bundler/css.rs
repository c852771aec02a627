//! Styles: `.scss`/`.sass` compiled with grass, `.css` read as it is; all of a bundle's
//! styles are concatenated in import order and, for release builds, minified by lightningcss.
//!
//! Relative `url(…)` references (images, fonts) become hashed files next to the stylesheet, so
//! they resolve wherever the bundle is hosted, and `@import` of local or package `.css` files is
//! inlined (a bundle has one stylesheet). Owns the bundle's style order ([`collect_css`]) and
//! the stylesheets an HTML entry links on its own ([`css_file`]).
//!
//! CSS Modules: a `*.module.css`, `*.module.scss` or `*.module.sass` file imported by code is
//! parsed by lightningcss with its class names (and keyframes) scoped to `<local>_<hash>`, the
//! hash being of the module id (the path relative to the project), so names are the same on
//! every machine and differ between files. Its module code ([`module_code`]) exports the class
//! map: `default` is `{ local: "scoped composed…" }`, and each class whose name is an identifier
//! is a named export too.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::diagnostics::bundle_error;
use super::graph::Graph;
use super::load::{AssetFile, asset_file};
use super::{content_hash, module_id};

/// A stylesheet with the files its `url(…)`s now point at.
pub(crate) struct Styles {
    pub(crate) css: String,
    pub(crate) assets: Vec<AssetFile>,
    /// The class map when the file is a CSS module.
    pub(crate) classes: Option<ClassMap>,
}

/// A CSS module's exports: local class name → the names its value joins, in order (its own
/// scoped name first, then what it `composes`).
pub(crate) type ClassMap = BTreeMap<String, Vec<ClassName>>;

/// One name in the value of a CSS module's export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ClassName {
    /// A name as it is written into the value: scoped, or global (`composes: x from global`).
    Name(String),
    /// An export of another file (`composes: name from "specifier"`), known at run time.
    Imported { specifier: String, name: String },
}

/// Loads a style module: compiled, `@import`s inlined, `url(…)`s rewritten. With a `root`, a
/// `*.module.*` file is a CSS module whose names are scoped by its id relative to `root`;
/// without one (a stylesheet that a page links) every file stays global.
pub(crate) fn load(path: &Path, root: Option<&Path>) -> Result<Styles, String> {
    let mut assets = Vec::new();
    let mut seen = BTreeSet::new();
    let (css, classes) = load_into(path, root, &mut assets, &mut seen)?;
    Ok(Styles {
        css,
        assets,
        classes,
    })
}

fn load_into(
    path: &Path,
    root: Option<&Path>,
    assets: &mut Vec<AssetFile>,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<(String, Option<ClassMap>), String> {
    seen.insert(path.to_path_buf());
    let css = compile(path)?;
    let (css, classes) = match root {
        Some(root) if is_css_module(path) => {
            let (css, classes) = scope(&css, &module_id(root, path))?;
            (css, Some(classes))
        }
        _ => (css, None),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let css = inline_imports(&css, dir, root, assets, seen)?;
    Ok((rewrite_urls(&css, dir, assets), classes))
}

/// Whether a file is a CSS module: `*.module.css`, `*.module.scss` or `*.module.sass`.
pub(crate) fn is_css_module(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    [".module.css", ".module.scss", ".module.sass"]
        .iter()
        .any(|suffix| name.ends_with(suffix) && name.len() > suffix.len())
}

/// The pattern of the scoped names of the CSS module `id`: `[local]_` and 6 hex digits of the
/// sha256 of the id.
fn scoped_pattern(id: &str) -> String {
    format!("[local]_{}", &content_hash(id.as_bytes())[..6])
}

/// A CSS module's styles with scoped names, and its class map.
fn scope(css: &str, id: &str) -> Result<(String, ClassMap), String> {
    use lightningcss::css_modules::{Config, CssModuleReference, Pattern};
    use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
    let pattern = scoped_pattern(id);
    let pattern = Pattern::parse(&pattern).map_err(|error| error.to_string())?;
    let options = ParserOptions {
        filename: id.to_string(),
        css_modules: Some(Config {
            pattern,
            dashed_idents: false,
            ..Config::default()
        }),
        ..ParserOptions::default()
    };
    let sheet = StyleSheet::parse(css, options)
        .map_err(|error| format!("cannot parse the CSS module `{id}`: {error}"))?;
    let out = sheet
        .to_css(PrinterOptions::default())
        .map_err(|error| format!("cannot scope the CSS module `{id}`: {error}"))?;
    let classes = out
        .exports
        .unwrap_or_default()
        .into_iter()
        .map(|(local, export)| {
            let mut names = vec![ClassName::Name(export.name)];
            names.extend(
                export
                    .composes
                    .into_iter()
                    .map(|reference| match reference {
                        CssModuleReference::Local { name }
                        | CssModuleReference::Global { name } => ClassName::Name(name),
                        CssModuleReference::Dependency { name, specifier } => {
                            ClassName::Imported { specifier, name }
                        }
                    }),
            );
            (local, names)
        })
        .collect();
    Ok((out.code, classes))
}

/// The CommonJS code of a CSS module and the files it requires (those it composes from):
/// `__esModule`, `default` = the class map, and a named export for each class whose name is
/// an identifier. A composed class of another file is read from that file's `default`, or is
/// its own name when that file is not a CSS module.
pub(crate) fn module_code(classes: &ClassMap) -> (String, Vec<String>) {
    let mut requires: Vec<String> = Vec::new();
    for names in classes.values() {
        for name in names {
            if let ClassName::Imported { specifier, .. } = name
                && !requires.contains(specifier)
            {
                requires.push(specifier.clone());
            }
        }
    }
    let mut code =
        String::from("Object.defineProperty(exports, \"__esModule\", { value: true });\n");
    for (index, specifier) in requires.iter().enumerate() {
        let _ = writeln!(
            code,
            "var __c{index} = require({});",
            Value::from(specifier.as_str())
        );
    }
    if !requires.is_empty() {
        code.push_str("function __cn(m, k) { var c = m && m.__esModule ? m.default : m; return c && typeof c[k] === \"string\" ? c[k] : k; }\n");
    }
    code.push_str("var __classes = {");
    for (position, (local, names)) in classes.iter().enumerate() {
        // Adjacent names are one string; an imported one is a call joined with `+ " " +`.
        let mut parts: Vec<String> = Vec::new();
        let mut text: Option<String> = None;
        for name in names {
            match name {
                ClassName::Name(name) => match &mut text {
                    Some(text) => {
                        text.push(' ');
                        text.push_str(name);
                    }
                    None => text = Some(name.clone()),
                },
                ClassName::Imported { specifier, name } => {
                    if let Some(text) = text.take() {
                        parts.push(Value::from(text).to_string());
                    }
                    let index = requires.iter().position(|s| s == specifier).unwrap_or(0);
                    parts.push(format!("__cn(__c{index}, {})", Value::from(name.as_str())));
                }
            }
        }
        if let Some(text) = text.take() {
            parts.push(Value::from(text).to_string());
        }
        let separator = if position == 0 { "" } else { "," };
        let _ = write!(
            code,
            "{separator}\n  {}: {}",
            Value::from(local.as_str()),
            parts.join(" + \" \" + ")
        );
    }
    code.push_str("\n};\nexports.default = __classes;\n");
    for local in classes.keys().filter(|local| is_export_name(local)) {
        let _ = writeln!(code, "exports.{local} = __classes.{local};");
    }
    (code, requires)
}

/// Whether a class name can be a named export: an identifier other than `default` and
/// `__esModule`.
fn is_export_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && name != "default"
        && name != "__esModule"
}

/// Where a reference from a stylesheet in `dir` points: relative to it, or `~pkg/…` and bare
/// `pkg/…` in `node_modules` folders above it.
fn locate(reference: &str, dir: &Path) -> Option<PathBuf> {
    let local = dir.join(reference);
    if !reference.starts_with('~') && local.is_file() {
        return Some(local);
    }
    let package = reference.trim_start_matches('~');
    dir.ancestors()
        .map(|folder| folder.join("node_modules").join(package))
        .find(|candidate| candidate.is_file())
}

/// Whether a reference is one to leave alone: absolute, remote, data, a fragment or a variable.
fn is_external(reference: &str) -> bool {
    reference.is_empty()
        || reference.starts_with('/')
        || reference.starts_with('#')
        || reference.starts_with("data:")
        || reference.contains("://")
        || reference.contains("$")
        || reference.contains("var(")
}

/// Replaces `@import "x.css";` (or `url(x.css)`) without media conditions by the file's styles.
fn inline_imports(
    css: &str,
    dir: &Path,
    root: Option<&Path>,
    assets: &mut Vec<AssetFile>,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("@import") {
        out.push_str(&rest[..at]);
        let statement_end = rest[at..].find(';').map_or(rest.len(), |end| at + end + 1);
        let statement = &rest[at..statement_end];
        let argument = statement["@import".len()..]
            .trim()
            .trim_end_matches(';')
            .trim();
        let (target, condition) = match argument.strip_prefix("url(") {
            Some(inner) => match inner.find(')') {
                Some(close) => (inner[..close].trim(), inner[close + 1..].trim()),
                None => ("", ""),
            },
            None => match argument.chars().next() {
                Some(quote @ ('"' | '\'')) => match argument[1..].find(quote) {
                    Some(close) => (&argument[..close + 2], argument[close + 2..].trim()),
                    None => ("", ""),
                },
                _ => ("", ""),
            },
        };
        let target = target.trim_matches(|c| c == '"' || c == '\'');
        let file = (condition.is_empty() && !is_external(target) && target.ends_with(".css"))
            .then(|| locate(target, dir))
            .flatten();
        match file {
            Some(file) if !seen.contains(&file) => {
                out.push_str(&load_into(&file, root, assets, seen)?.0);
                out.push('\n');
            }
            Some(_) => {} // imported before: once is enough
            None => out.push_str(statement),
        }
        rest = &rest[statement_end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Points relative `url(…)`s at hashed copies of their files (added to `assets`).
fn rewrite_urls(css: &str, dir: &Path, assets: &mut Vec<AssetFile>) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("url(") {
        let preceded_by_name = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        let argument = &rest[at + 4..];
        let Some(close) = argument.find(')') else {
            break;
        };
        let raw = argument[..close].trim();
        let target = raw.trim_matches(|c| c == '"' || c == '\'');
        // `font.woff2?v=1` and `font.svg#icons`: the file without its query or fragment.
        let cut = target.find(['?', '#']).unwrap_or(target.len());
        let rewritten = (!preceded_by_name && !is_external(target))
            .then(|| locate(&target[..cut], dir))
            .flatten()
            .and_then(|file| asset_file(&file).ok())
            .map(|asset| {
                let reference = format!("{}{}", asset.name, &target[cut..]);
                if !assets.iter().any(|known| known.name == asset.name) {
                    assets.push(asset);
                }
                reference
            });
        out.push_str(&rest[..at]);
        match rewritten {
            Some(reference) => {
                out.push_str("url(");
                out.push_str(&serde_json::Value::from(reference).to_string());
                out.push(')');
            }
            None => out.push_str(&rest[at..at + 4 + close + 1]),
        }
        rest = &argument[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The CSS of one style file, compiled when it is SCSS/Sass.
fn compile(path: &Path) -> Result<String, String> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if matches!(extension, "scss" | "sass") {
        let mut options = grass::Options::default();
        // `@import "bootstrap/scss/x"` finds packages, as the sass loaders of bundlers do.
        for folder in path
            .ancestors()
            .map(|d| d.join("node_modules"))
            .filter(|d| d.is_dir())
        {
            options = options.load_path(folder);
        }
        if extension == "sass" {
            options = options.input_syntax(grass::InputSyntax::Sass);
        }
        grass::from_path(path, &options)
            .map_err(|error| format!("cannot compile `{}`: {error}", path.display()))
    } else {
        fs_err::read_to_string(path).map_err(|error| error.to_string())
    }
}

/// Minifies a stylesheet; on a parse error the text stays as it was.
pub(crate) fn minify(css: &str) -> String {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let Ok(mut sheet) = StyleSheet::parse(css, ParserOptions::default()) else {
        return css.to_string();
    };
    if sheet.minify(MinifyOptions::default()).is_err() {
        return css.to_string();
    }
    sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_or_else(|_| css.to_string(), |out| out.code)
}

/// A stylesheet of its own (a shell's `<link>`), compiled (SCSS) and, for releases, minified:
/// its CSS, and the files its `url(…)`s point at.
pub(crate) fn css_file(path: &Path, release: bool) -> anyhow::Result<(String, Vec<AssetFile>)> {
    let styles = load(path, None).map_err(|message| bundle_error(message, None))?;
    let css = if release {
        minify(&styles.css)
    } else {
        styles.css
    };
    Ok((css, styles.assets))
}

/// A bundle's styles in import order: a depth-first walk of the requires from the entry, a
/// module's styles after those of what it requires (a CSS module after the files it composes
/// from, so that its own rules win).
pub(crate) fn collect_css(graph: &Graph) -> String {
    let mut out = String::new();
    if graph.modules.values().all(|module| module.css.is_none()) {
        return out;
    }
    let mut seen = BTreeSet::new();
    fn walk(graph: &Graph, id: &str, seen: &mut BTreeSet<String>, out: &mut String) {
        if !seen.insert(id.to_string()) {
            return;
        }
        let Some(module) = graph.modules.get(id) else {
            return;
        };
        for specifier in module.requires.iter().chain(&module.dynamic) {
            if let Some(Some(target)) = module.deps.get(specifier) {
                walk(graph, target, seen, out);
            }
        }
        if let Some(css) = &module.css {
            out.push_str(css);
            if !css.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    walk(graph, &graph.entry, &mut seen, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_scss_and_minifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.scss");
        fs_err::write(&path, "$c: red;\n.a { .b { color: $c; } }\n").unwrap();
        let css = load(&path, None).unwrap().css;
        assert!(css.contains(".a .b"));
        assert_eq!(minify(&css), ".a .b{color:red}");
        let broken = dir.path().join("b.scss");
        fs_err::write(&broken, ".a { color: $missing; }").unwrap();
        assert!(load(&broken, None).err().unwrap().contains("b.scss"));
    }

    #[test]
    fn urls_become_hashed_files_and_imports_are_inlined() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs_err::create_dir_all(root.join("img")).unwrap();
        fs_err::create_dir_all(root.join("node_modules/pkg")).unwrap();
        fs_err::write(root.join("img/logo.svg"), "<svg/>").unwrap();
        fs_err::write(root.join("font.woff2"), "font").unwrap();
        fs_err::write(
            root.join("node_modules/pkg/base.css"),
            ".base { background: url(./dot.png) }\n",
        )
        .unwrap();
        fs_err::write(root.join("node_modules/pkg/dot.png"), "png").unwrap();
        fs_err::write(
            root.join("main.css"),
            "@import \"~pkg/base.css\";\n@import url(print.css) print;\n.a { background: url('img/logo.svg'); }\n\
             @font-face { src: url(font.woff2?v=2) format('woff2'), url(data:font/woff2;base64,AA==); }\n\
             .b { background: url(/abs.png), url(https://cdn.example/x.png), url(missing.png); }\n",
        )
        .unwrap();
        let styles = load(&root.join("main.css"), None).unwrap();
        let names: Vec<&str> = styles.assets.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        let logo = names.iter().find(|n| n.starts_with("logo.")).unwrap();
        let dot = names.iter().find(|n| n.starts_with("dot.")).unwrap();
        let font = names.iter().find(|n| n.starts_with("font.")).unwrap();
        let css = &styles.css;
        assert!(
            css.contains(&format!(".base {{ background: url(\"{dot}\") }}")),
            "{css}"
        );
        assert!(css.contains("@import url(print.css) print;"), "{css}");
        assert!(css.contains(&format!("url(\"{logo}\")")), "{css}");
        assert!(css.contains(&format!("url(\"{font}?v=2\")")), "{css}");
        for kept in [
            "url(data:font/woff2;base64,AA==)",
            "url(/abs.png)",
            "url(https://cdn.example/x.png)",
            "url(missing.png)",
        ] {
            assert!(css.contains(kept), "{kept}: {css}");
        }
    }

    #[test]
    fn css_modules_are_the_module_files_only() {
        for module in [
            "a.module.css",
            "b.module.scss",
            "C.Module.SASS",
            "x/y.module.css",
        ] {
            assert!(is_css_module(Path::new(module)), "{module}");
        }
        for global in [
            "a.css",
            "module.css",
            ".module.css",
            "a.modules.css",
            "a.module.less",
        ] {
            assert!(!is_css_module(Path::new(global)), "{global}");
        }
    }

    #[test]
    fn scoped_names_come_from_the_module_id_and_the_local_name() {
        let css = ".title { color: red }\n.box { composes: title; composes: base from \"./base.module.css\"; composes: page from global }\n\
                   :global(.page) .title { margin: 0 }\n:local(.kebab-case) { color: blue }\n@keyframes spin { to { opacity: 0 } }\n";
        let (scoped, classes) = scope(css, "src/a.module.css").unwrap();
        let hash = &content_hash(b"src/a.module.css")[..6];
        assert_eq!(
            scoped_pattern("src/a.module.css"),
            format!("[local]_{hash}")
        );
        let name = |local: &str| ClassName::Name(format!("{local}_{hash}"));
        assert_eq!(classes["title"], [name("title")]);
        assert_eq!(
            classes["box"],
            [
                name("box"),
                name("title"),
                ClassName::Imported {
                    specifier: "./base.module.css".into(),
                    name: "base".into()
                },
                ClassName::Name("page".into()),
            ]
        );
        assert_eq!(classes["kebab-case"], [name("kebab-case")]);
        assert_eq!(classes["spin"], [name("spin")]);
        assert!(!classes.contains_key("page"), "{classes:?}");
        assert!(scoped.contains(&format!(".page .title_{hash}")), "{scoped}");
        assert!(
            scoped.contains(&format!("@keyframes spin_{hash}")),
            "{scoped}"
        );
        assert!(!scoped.contains("composes"), "{scoped}");
        // The same input gives the same names; another file gives others.
        assert_eq!(
            scope(css, "src/a.module.css").unwrap(),
            (scoped, classes.clone())
        );
        let (_, other) = scope(css, "src/b.module.css").unwrap();
        assert_ne!(other["title"], classes["title"]);
        assert!(scope(".a { color: red", "src/bad.module.css").is_ok());
        assert!(
            scope(".a .b { composes: c; }\n", "src/bad.module.css")
                .err()
                .unwrap()
                .contains("src/bad.module.css")
        );
    }

    #[test]
    fn module_code_exports_the_class_map() {
        let classes: ClassMap = [
            ("title", vec![ClassName::Name("title_1".into())]),
            (
                "box",
                vec![
                    ClassName::Name("box_1".into()),
                    ClassName::Name("title_1".into()),
                    ClassName::Imported {
                        specifier: "./base.module.css".into(),
                        name: "base".into(),
                    },
                    ClassName::Name("page".into()),
                ],
            ),
            ("kebab-case", vec![ClassName::Name("kebab-case_1".into())]),
            ("default", vec![ClassName::Name("default_1".into())]),
        ]
        .into_iter()
        .map(|(local, names)| (local.to_string(), names))
        .collect();
        let (code, requires) = module_code(&classes);
        assert_eq!(requires, ["./base.module.css"]);
        assert!(
            code.contains("var __c0 = require(\"./base.module.css\");"),
            "{code}"
        );
        assert!(
            code.contains(
                "\"box\": \"box_1 title_1\" + \" \" + __cn(__c0, \"base\") + \" \" + \"page\""
            ),
            "{code}"
        );
        assert!(code.contains("\"kebab-case\": \"kebab-case_1\""), "{code}");
        assert!(code.contains("exports.default = __classes;"), "{code}");
        assert!(code.contains("exports.title = __classes.title;"), "{code}");
        assert!(!code.contains("exports.kebab"), "{code}");
        assert!(
            !code.contains("exports.default = __classes.default"),
            "{code}"
        );
        let (code, requires) = module_code(&ClassMap::new());
        assert!(requires.is_empty() && !code.contains("__cn"), "{code}");
    }
}
