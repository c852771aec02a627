//! What the project says about how its sources compile, read once per build: the
//! `compilerOptions` of its `tsconfig.json` (with `extends` followed, JSONC as tsc reads it) and
//! its browserslist (`browserslist` in package.json or `.browserslistrc`). The result,
//! [`SourceSettings`], travels in `BundleOptions` to every module's transform.
//!
//! The tsconfig is the project root's, or the nearest one above it. What cannot be read
//! becomes a `[0178]` warning and is left out; `"jsx": "preserve"` is a `[0179]` error, since
//! the browser needs compiled JSX.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use swc_core::ecma::ast::EsVersion;
use swc_core::ecma::preset_env::Versions;

use super::diagnostics::BundleDiagnostic;
use crate::errors::{Code, CodedError};

/// How JSX is compiled (`compilerOptions.jsx`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum Jsx {
    /// `React.createElement` (or `jsxFactory`): `react`, and the default.
    #[default]
    Classic,
    /// `<jsxImportSource>/jsx-runtime`: `react-jsx`.
    Automatic,
    /// `<jsxImportSource>/jsx-dev-runtime` in development builds: `react-jsxdev`.
    AutomaticDev,
}

/// The project's compile settings; [`Default`] is what a project without any config gets
/// (today's output: classic JSX, no downleveling).
#[derive(Clone, Debug, Default)]
pub(crate) struct SourceSettings {
    pub(crate) jsx: Jsx,
    /// `jsxFactory` (classic), e.g. `h`.
    pub(crate) jsx_factory: Option<String>,
    /// `jsxFragmentFactory` (classic), e.g. `Fragment`.
    pub(crate) jsx_fragment_factory: Option<String>,
    /// `jsxImportSource` (automatic), `react` when unset.
    pub(crate) jsx_import_source: Option<String>,
    /// `compilerOptions.target`.
    pub(crate) target: Option<EsVersion>,
    /// The browserslist's browsers; when set they decide the syntax instead of `target`.
    pub(crate) browsers: Option<Versions>,
    pub(crate) experimental_decorators: bool,
    pub(crate) emit_decorator_metadata: bool,
    /// `useDefineForClassFields`; unset follows tsc's default for `target` (true from ES2022 on).
    pub(crate) use_define_for_class_fields: Option<bool>,
    pub(crate) verbatim_module_syntax: bool,
    /// `importsNotUsedAsValues`: `remove` (unset), `preserve` or `error`.
    pub(crate) imports_not_used_as_values: Option<String>,
}

impl SourceSettings {
    /// Whether class fields keep `[[Define]]` semantics: `useDefineForClassFields`, else tsc's
    /// default for the target (true from ES2022 on), else — legacy decorators without a target
    /// — false, as tsc's default target has it (what MobX-style decorators need); `None`: as the
    /// code is written (today's behaviour, the same as ES2022).
    pub(crate) fn define_class_fields(&self) -> Option<bool> {
        self.use_define_for_class_fields
            .or_else(|| self.target.map(|t| t >= EsVersion::Es2022))
            .or_else(|| self.experimental_decorators.then_some(false))
    }
}

/// The settings with the warnings about what could not be read.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) settings: SourceSettings,
    pub(crate) warnings: Vec<BundleDiagnostic>,
}

/// Reads the project's settings (see the module's docs). `development` picks the
/// browserslist's `development` environment and the `react-jsxdev` runtime.
pub(crate) fn load_settings(root: &Path, development: bool) -> anyhow::Result<Loaded> {
    let mut warnings = Vec::new();
    let mut settings = SourceSettings::default();
    if let Some(path) = find_tsconfig(root) {
        let options = compiler_options(&path, &mut warnings);
        apply(&options, &mut settings, &path, &mut warnings)?;
    }
    settings.browsers = browserslist(root, development, &mut warnings);
    Ok(Loaded { settings, warnings })
}

/// `tsconfig.json` in `root` or the nearest folder above it.
fn find_tsconfig(root: &Path) -> Option<PathBuf> {
    root.ancestors()
        .map(|dir| dir.join("tsconfig.json"))
        .find(|path| path.is_file())
}

fn warn(warnings: &mut Vec<BundleDiagnostic>, message: String) {
    warnings.push(BundleDiagnostic {
        code: Code::ProjectConfigInvalid,
        message,
        location: None,
    });
}

/// The `compilerOptions` of a tsconfig with its `extends` chain merged (the extending file's
/// options win).
fn compiler_options(path: &Path, warnings: &mut Vec<BundleDiagnostic>) -> Map<String, Value> {
    let mut seen = BTreeSet::new();
    collect(path, warnings, &mut seen)
}

fn collect(
    path: &Path,
    warnings: &mut Vec<BundleDiagnostic>,
    seen: &mut BTreeSet<PathBuf>,
) -> Map<String, Value> {
    if !seen.insert(path.to_path_buf()) {
        warn(
            warnings,
            format!("`{}` extends itself (a cycle of `extends`)", path.display()),
        );
        return Map::new();
    }
    let text = match fs_err::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            warn(warnings, format!("cannot read the tsconfig: {error}"));
            return Map::new();
        }
    };
    let value: Value = match parse_jsonc(&text) {
        Ok(value) => value,
        Err(error) => {
            warn(
                warnings,
                format!(
                    "`{}` is not valid JSON (with comments): {error}; its options are ignored",
                    path.display()
                ),
            );
            return Map::new();
        }
    };
    let mut merged = Map::new();
    let dir = path.parent().unwrap_or(Path::new("."));
    let bases: Vec<&str> = match value.get("extends") {
        Some(Value::String(base)) => vec![base.as_str()],
        Some(Value::Array(bases)) => bases.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    for base in bases {
        match find_base(dir, base) {
            Some(base_path) => merged.extend(collect(&base_path, warnings, seen)),
            None => warn(
                warnings,
                format!(
                    "`{}` extends `{base}`, which cannot be found",
                    path.display()
                ),
            ),
        }
    }
    if let Some(Value::Object(options)) = value.get("compilerOptions") {
        merged.extend(options.clone());
    }
    merged
}

/// What `extends` names: a path relative to the extending file, or a package (`@tsconfig/x`,
/// `pkg/tsconfig.base.json`) found in `node_modules` above it.
fn find_base(dir: &Path, base: &str) -> Option<PathBuf> {
    let with_json = |path: PathBuf| -> Option<PathBuf> {
        if path.is_file() {
            return Some(path);
        }
        let json = PathBuf::from(format!("{}.json", path.display()));
        if json.is_file() {
            return Some(json);
        }
        let inner = path.join("tsconfig.json");
        inner.is_file().then_some(inner)
    };
    if base.starts_with('.') || Path::new(base).is_absolute() {
        return with_json(dir.join(base));
    }
    dir.ancestors().find_map(|folder| {
        let package = folder.join("node_modules").join(base);
        if package.join("package.json").is_file()
            && let Ok(text) = fs_err::read_to_string(package.join("package.json"))
            && let Ok(manifest) = serde_json::from_str::<Value>(&text)
            && let Some(Value::String(file)) = manifest.get("tsconfig")
        {
            return with_json(package.join(file));
        }
        with_json(package)
    })
}

fn apply(
    options: &Map<String, Value>,
    settings: &mut SourceSettings,
    path: &Path,
    warnings: &mut Vec<BundleDiagnostic>,
) -> anyhow::Result<()> {
    let text = |key: &str| options.get(key).and_then(Value::as_str).map(str::to_string);
    let flag = |key: &str| options.get(key).and_then(Value::as_bool);
    if let Some(jsx) = text("jsx") {
        settings.jsx = match jsx.to_ascii_lowercase().as_str() {
            "react" => Jsx::Classic,
            "react-jsx" => Jsx::Automatic,
            "react-jsxdev" => Jsx::AutomaticDev,
            "preserve" | "react-native" => {
                return Err(CodedError::new(
                    Code::JsxPreserveUnsupported,
                    format!(
                        "`{}` sets `\"jsx\": \"{jsx}\"`, which leaves JSX in the output; browsers cannot run it",
                        path.display()
                    ),
                )
                .with_hint("set `\"jsx\": \"react-jsx\"` (or `\"react\"` for `React.createElement`) in compilerOptions")
                .into());
            }
            other => {
                warn(
                    warnings,
                    format!(
                        "`{}`: `\"jsx\": \"{other}\"` is not a JSX mode; `react` is used",
                        path.display()
                    ),
                );
                Jsx::Classic
            }
        };
    }
    settings.jsx_factory = text("jsxFactory");
    settings.jsx_fragment_factory = text("jsxFragmentFactory");
    settings.jsx_import_source = text("jsxImportSource");
    if let Some(target) = text("target") {
        settings.target = es_version(&target);
        if settings.target.is_none() {
            warn(
                warnings,
                format!(
                    "`{}`: `\"target\": \"{target}\"` is not an ECMAScript version; the syntax is left as written",
                    path.display()
                ),
            );
        }
    }
    settings.experimental_decorators = flag("experimentalDecorators").unwrap_or(false);
    settings.emit_decorator_metadata = flag("emitDecoratorMetadata").unwrap_or(false);
    settings.use_define_for_class_fields = flag("useDefineForClassFields");
    settings.verbatim_module_syntax = flag("verbatimModuleSyntax").unwrap_or(false);
    settings.imports_not_used_as_values = text("importsNotUsedAsValues");
    Ok(())
}

/// tsc's `target` values (case-insensitive); ES3 is compiled as ES5.
fn es_version(target: &str) -> Option<EsVersion> {
    Some(match target.to_ascii_lowercase().as_str() {
        "es3" | "es5" => EsVersion::Es5,
        "es6" | "es2015" => EsVersion::Es2015,
        "es2016" => EsVersion::Es2016,
        "es2017" => EsVersion::Es2017,
        "es2018" => EsVersion::Es2018,
        "es2019" => EsVersion::Es2019,
        "es2020" => EsVersion::Es2020,
        "es2021" => EsVersion::Es2021,
        "es2022" => EsVersion::Es2022,
        "es2023" | "es2024" | "esnext" | "latest" => EsVersion::EsNext,
        _ => return None,
    })
}

/// The browsers of the project's browserslist (package.json's `browserslist` or
/// `.browserslistrc` in the root), or `None` when it has none.
fn browserslist(
    root: &Path,
    development: bool,
    warnings: &mut Vec<BundleDiagnostic>,
) -> Option<Versions> {
    let in_manifest = fs_err::read_to_string(root.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .is_some_and(|manifest| manifest.get("browserslist").is_some());
    if !in_manifest && !root.join(".browserslistrc").is_file() {
        return None;
    }
    let options = browserslist::Opts {
        mobile_to_desktop: true,
        ignore_unknown_versions: true,
        env: Some(
            if development {
                "development"
            } else {
                "production"
            }
            .to_string(),
        ),
        path: Some(root.to_string_lossy().into_owned()),
        ..Default::default()
    };
    let result = browserslist::execute(&options)
        .map_err(|error| error.to_string())
        .and_then(|distribs| {
            if distribs.is_empty() {
                return Err("the query selects no browsers".to_string());
            }
            Versions::parse_versions(distribs).map_err(|error| error.to_string())
        });
    match result {
        Ok(versions) => Some(versions),
        Err(error) => {
            warn(
                warnings,
                format!(
                    "the browserslist of `{}` cannot be used ({error}); the tsconfig's target decides the syntax",
                    root.display()
                ),
            );
            None
        }
    }
}

/// JSON with `//` and `/* */` comments and trailing commas, as tsc reads tsconfig files.
pub(crate) fn parse_jsonc(text: &str) -> Result<Value, serde_json::Error> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for next in chars.by_ref() {
                    if last == '*' && next == '/' {
                        break;
                    }
                    if next == '\n' {
                        out.push('\n');
                    }
                    last = next;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    // Trailing commas: a comma followed (after whitespace) by `}` or `]` is dropped.
    let mut cleaned = String::with_capacity(out.len());
    let mut in_string = false;
    let mut escaped = false;
    let bytes: Vec<char> = out.chars().collect();
    for (index, &c) in bytes.iter().enumerate() {
        if in_string {
            cleaned.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '"' {
            in_string = true;
        }
        if c == ','
            && bytes[index + 1..]
                .iter()
                .find(|n| !n.is_whitespace())
                .is_some_and(|n| *n == '}' || *n == ']')
        {
            continue;
        }
        cleaned.push(c);
    }
    serde_json::from_str(&cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        fs_err::create_dir_all(path.parent().unwrap()).unwrap();
        fs_err::write(path, text).unwrap();
    }

    #[test]
    fn jsonc_has_comments_and_trailing_commas() {
        let value = parse_jsonc(
            "{\n  // a comment\n  \"a\": \"http://x/*y*/\", /* block\n comment */ \"b\": [1, 2,],\n  \"c\": \"q\\\"//\",\n}\n",
        )
        .unwrap();
        assert_eq!(
            value,
            serde_json::json!({ "a": "http://x/*y*/", "b": [1, 2], "c": "q\"//" })
        );
    }

    #[test]
    fn extends_chains_are_merged_and_packages_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("app");
        write(
            &dir.path().join("node_modules/@tsconfig/base/tsconfig.json"),
            r#"{ "compilerOptions": { "target": "es5", "jsx": "react-jsx", "jsxImportSource": "preact", } }"#,
        );
        write(
            &root.join("configs/middle.json"),
            "{ \"extends\": \"@tsconfig/base/tsconfig.json\", // base\n \"compilerOptions\": { \"target\": \"es2017\", \"experimentalDecorators\": true } }",
        );
        write(
            &root.join("tsconfig.json"),
            r#"{ "extends": "./configs/middle", "compilerOptions": { "emitDecoratorMetadata": true } }"#,
        );
        let loaded = load_settings(&root, false).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let settings = loaded.settings;
        assert_eq!(settings.target, Some(EsVersion::Es2017));
        assert_eq!(settings.jsx, Jsx::Automatic);
        assert_eq!(settings.jsx_import_source.as_deref(), Some("preact"));
        assert!(settings.experimental_decorators && settings.emit_decorator_metadata);
        assert_eq!(settings.define_class_fields(), Some(false));
        assert!(settings.browsers.is_none());
    }

    #[test]
    fn invalid_configs_are_warnings_and_preserve_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("tsconfig.json"), "{ \"compilerOptions\": ");
        let loaded = load_settings(dir.path(), false).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].code, Code::ProjectConfigInvalid);
        assert!(
            loaded.warnings[0].message.contains("is not valid JSON"),
            "{:?}",
            loaded.warnings
        );
        assert_eq!(loaded.settings.target, None);

        write(
            &dir.path().join("tsconfig.json"),
            r#"{ "extends": "./missing.json", "compilerOptions": { "jsx": "preserve" } }"#,
        );
        let error = load_settings(dir.path(), false).unwrap_err();
        let coded = error.downcast_ref::<CodedError>().unwrap();
        assert_eq!(coded.code, Code::JsxPreserveUnsupported);
    }

    #[test]
    fn a_browserslistrc_gives_browsers() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("package.json"), r#"{ "name": "x" }"#);
        assert!(
            load_settings(dir.path(), false)
                .unwrap()
                .settings
                .browsers
                .is_none()
        );
        write(&dir.path().join(".browserslistrc"), "# old\nie 11\n");
        let loaded = load_settings(dir.path(), false).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let browsers = loaded.settings.browsers.unwrap();
        assert!(browsers.ie.is_some());

        write(&dir.path().join(".browserslistrc"), "no such browser 12\n");
        let loaded = load_settings(dir.path(), false).unwrap();
        assert!(loaded.settings.browsers.is_none());
        assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    }
}
