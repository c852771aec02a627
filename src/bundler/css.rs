//! Styles: `.scss`/`.sass` compiled with grass, `.css` read as it is; all of a bundle's
//! styles are concatenated in import order and, for release builds, minified by lightningcss.
//!
//! Relative `url(…)` references (images, fonts) become hashed files next to the stylesheet, so
//! they resolve wherever the bundle is hosted, and `@import` of local or package `.css` files is
//! inlined (a bundle has one stylesheet). Owns the bundle's style order ([`collect_css`]) and
//! the stylesheets an HTML entry links on its own ([`css_file`]).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::diagnostics::bundle_error;
use super::graph::Graph;
use super::load::{AssetFile, asset_file};

/// A stylesheet with the files its `url(…)`s now point at.
pub(crate) struct Styles {
    pub(crate) css: String,
    pub(crate) assets: Vec<AssetFile>,
}

/// Loads a style module: compiled, `@import`s inlined, `url(…)`s rewritten.
pub(crate) fn load(path: &Path) -> Result<Styles, String> {
    let mut assets = Vec::new();
    let mut seen = BTreeSet::new();
    let css = load_into(path, &mut assets, &mut seen)?;
    Ok(Styles { css, assets })
}

fn load_into(
    path: &Path,
    assets: &mut Vec<AssetFile>,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<String, String> {
    seen.insert(path.to_path_buf());
    let css = compile(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let css = inline_imports(&css, dir, assets, seen)?;
    Ok(rewrite_urls(&css, dir, assets))
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
                out.push_str(&load_into(&file, assets, seen)?);
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
    let styles = load(path).map_err(|message| bundle_error(message, None))?;
    let css = if release {
        minify(&styles.css)
    } else {
        styles.css
    };
    Ok((css, styles.assets))
}

/// A bundle's styles in import order: a depth-first walk of static requires from the entry,
/// then the chunks' modules in id order.
pub(crate) fn collect_css(graph: &Graph) -> String {
    let mut out = String::new();
    let mut seen = BTreeSet::new();
    fn walk(graph: &Graph, id: &str, seen: &mut BTreeSet<String>, out: &mut String) {
        if !seen.insert(id.to_string()) {
            return;
        }
        let Some(module) = graph.modules.get(id) else {
            return;
        };
        if let Some(css) = &module.css {
            out.push_str(css);
            if !css.ends_with('\n') {
                out.push('\n');
            }
        }
        for specifier in module.requires.iter().chain(&module.dynamic) {
            if let Some(Some(target)) = module.deps.get(specifier) {
                walk(graph, target, seen, out);
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
        let css = load(&path).unwrap().css;
        assert!(css.contains(".a .b"));
        assert_eq!(minify(&css), ".a .b{color:red}");
        let broken = dir.path().join("b.scss");
        fs_err::write(&broken, ".a { color: $missing; }").unwrap();
        assert!(load(&broken).err().unwrap().contains("b.scss"));
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
        let styles = load(&root.join("main.css")).unwrap();
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
}
