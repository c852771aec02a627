//! Styles: `.scss`/`.sass` compiled with grass, `.css` read as it is; all of a bundle's
//! styles are concatenated in import order and, for release builds, minified by lightningcss.

use std::path::Path;

/// The CSS of one style module.
pub(super) fn load(path: &Path) -> Result<String, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_scss_and_minifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.scss");
        fs_err::write(&path, "$c: red;\n.a { .b { color: $c; } }\n").unwrap();
        let css = load(&path).unwrap();
        assert!(css.contains(".a .b"));
        assert_eq!(minify(&css), ".a .b{color:red}");
        let broken = dir.path().join("b.scss");
        fs_err::write(&broken, ".a { color: $missing; }").unwrap();
        assert!(load(&broken).unwrap_err().contains("b.scss"));
    }
}
