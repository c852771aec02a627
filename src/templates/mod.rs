//! Scaffolding templates, embedded from the top-level `templates/` folder.
//!
//! A template is a folder `templates/<kind>/<name>/` with a `template.json` that lists its files
//! (`source`, a `target` path that may use variables, and an optional `when` expression), each
//! rendered with minijinja. [`render`] is a pure function from a template and its variables to
//! an in-memory file tree; [`write_tree`] puts a tree on disk under a conflict policy.

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use serde_json::Value;

use crate::errors::{Code, CodedError};
use crate::ui::Reporter;

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// What is being scaffolded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Piral,
    Pilet,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Piral => "piral",
            Kind::Pilet => "pilet",
        }
    }
}

/// Rendered files by relative path (forward slashes).
pub(crate) type FileTree = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
struct Manifest {
    files: Vec<FileSpec>,
}

#[derive(Debug, Deserialize)]
struct FileSpec {
    source: String,
    target: String,
    #[serde(default)]
    when: Option<String>,
}

/// The names of the embedded templates of a kind, sorted.
pub(crate) fn names(kind: Kind) -> Vec<String> {
    let mut names: Vec<String> = TEMPLATES
        .get_dir(kind.folder())
        .map(|dir| {
            dir.dirs()
                .filter_map(|d| {
                    d.path()
                        .file_name()
                        .and_then(|n| n.to_str())
                        .map(String::from)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Renders template `name` of `kind` with `vars` (a JSON object).
pub(crate) fn render(kind: Kind, name: &str, vars: &Value) -> anyhow::Result<FileTree> {
    let base = format!("{}/{}", kind.folder(), name);
    let not_found = || {
        CodedError::new(
            Code::TemplateNotFound,
            format!("the template `{name}` is not one of the templates built into piral"),
        )
        .with_hint(format!("choose one of: {}", names(kind).join(", ")))
    };
    let manifest_file = TEMPLATES
        .get_file(format!("{base}/template.json"))
        .ok_or_else(not_found)?;
    let manifest: Manifest = serde_json::from_slice(manifest_file.contents()).map_err(|e| {
        anyhow::anyhow!("the embedded template `{base}` has a broken template.json: {e}")
    })?;

    let mut env = minijinja::Environment::new();
    env.set_keep_trailing_newline(true);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    let ctx = minijinja::Value::from_serialize(vars);

    let mut tree = FileTree::new();
    for spec in manifest.files {
        if let Some(condition) = &spec.when {
            let expression = env.compile_expression(condition).map_err(|e| {
                anyhow::anyhow!("template `{base}`: bad condition `{condition}`: {e}")
            })?;
            if !expression
                .eval(&ctx)
                .map_err(|e| anyhow::anyhow!("template `{base}`: {e}"))?
                .is_true()
            {
                continue;
            }
        }
        // Sources may point into a sibling template (`../../default/files/x`) to share a file.
        let source_path =
            crate::archive::normalize(&format!("{base}/files/{}", spec.source)).unwrap_or_default();
        let source = TEMPLATES.get_file(&source_path).ok_or_else(|| {
            anyhow::anyhow!("template `{base}` lists a missing file `{}`", spec.source)
        })?;
        let text = source
            .contents_utf8()
            .ok_or_else(|| anyhow::anyhow!("template file `{}` is not UTF-8", spec.source))?;
        let content = env.render_str(text, &ctx).map_err(|e| {
            anyhow::anyhow!(
                "failed to render `{}` of template `{base}`: {e}",
                spec.source
            )
        })?;
        let target = env
            .render_str(&spec.target, &ctx)
            .map_err(|e| anyhow::anyhow!("failed to render the path `{}`: {e}", spec.target))?;
        let target = crate::archive::normalize(&target)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                anyhow::anyhow!("template `{base}` renders the unsafe path `{target}`")
            })?;
        tree.insert(target, content);
    }
    Ok(tree)
}

/// What to do when a file to be written exists with other content (`--force-overwrite`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum ForceOverwrite {
    /// Keep the existing file and warn ([0045]).
    No,
    /// Ask for each file; without a terminal, keep it as with `no`.
    Prompt,
    /// Replace the existing file.
    Yes,
}

/// Which files a write put on disk and which it left alone.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct WriteReport {
    pub(crate) written: Vec<String>,
    pub(crate) kept: Vec<String>,
}

/// Writes `files` below `root` under the conflict `policy`. Files are written whole (through a
/// temporary file and a rename), so an interrupted run never leaves half a file.
pub(crate) fn write_tree(
    root: &Path,
    files: &BTreeMap<String, Vec<u8>>,
    policy: ForceOverwrite,
    reporter: &dyn Reporter,
) -> anyhow::Result<WriteReport> {
    let mut report = WriteReport::default();
    let mut prompt_fallback_noted = false;
    for (relative, content) in files {
        let target = crate::archive::safe_join(root, relative)?;
        if target.exists() {
            if fs_err::read(&target).is_ok_and(|existing| existing == *content) {
                report.kept.push(relative.clone());
                continue;
            }
            let overwrite = match policy {
                ForceOverwrite::Yes => true,
                ForceOverwrite::No => false,
                ForceOverwrite::Prompt => {
                    match reporter.confirm(&format!("Overwrite `{relative}`?"), false) {
                        Some(answer) => answer,
                        None => {
                            if !prompt_fallback_noted {
                                reporter.note("not a terminal: `--force-overwrite prompt` keeps existing files");
                                prompt_fallback_noted = true;
                            }
                            false
                        }
                    }
                }
            };
            if !overwrite {
                reporter.warn(
                    Code::DidNotOverwriteFile,
                    format!("did not overwrite `{relative}`: it exists (use `--force-overwrite yes` to replace it)"),
                );
                report.kept.push(relative.clone());
                continue;
            }
        }
        write_atomic(&target, content)?;
        report.written.push(relative.clone());
    }
    Ok(report)
}

/// Writes a file through a temporary sibling and a rename.
pub(crate) fn write_atomic(target: &Path, content: &[u8]) -> anyhow::Result<()> {
    use std::io::Write as _;
    let dir = target.parent().unwrap_or(Path::new("."));
    fs_err::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| {
        CodedError::new(
            Code::CannotCreateDirectory,
            format!("cannot write in `{}`: {e}", dir.display()),
        )
    })?;
    file.write_all(content)?;
    // Temporary files are private (0600); the result should look like any file the user
    // writes: keep the mode of a file being replaced, else 0644.
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs_err::metadata(target).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    file.persist(target)
        .map_err(|e| anyhow::anyhow!("failed to write `{}`: {}", target.display(), e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn piral_vars(language: &str, framework: &str) -> Value {
        json!({
            "name": "my-shell", "title": "My Piral Instance", "language": language,
            "framework": framework, "src": "src", "feedUrl": "http://127.0.0.1:9000/api/v1/pilet",
            "reactVersion": 18, "reactRouterVersion": 5,
            "js": if language == "ts" { "ts" } else { "js" },
            "jsx": if language == "ts" { "tsx" } else { "jsx" },
        })
    }

    #[test]
    fn default_piral_template_in_typescript() {
        let tree = render(Kind::Piral, "default", &piral_vars("ts", "piral")).unwrap();
        let paths: Vec<&str> = tree.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            [
                "src/assets.d.ts",
                "src/feed.ts",
                "src/index.html",
                "src/index.tsx",
                "src/layout.tsx",
                "src/mocks/backend.js",
                "src/priority.ts",
                "src/style.scss",
                "tsconfig.json"
            ]
        );
        assert!(tree["src/index.html"].contains(r#"<script src="./index.tsx"></script>"#));
        // As in the old CLI's template: the feed in index.tsx (the meta tag comes first).
        assert!(
            tree["src/index.tsx"].contains("const feedUrl = 'http://127.0.0.1:9000/api/v1/pilet';"),
            "{}",
            tree["src/index.tsx"]
        );
        assert!(tree["src/feed.ts"].contains("?.getAttribute('content') || fallback;"));
        let mut vars = piral_vars("ts", "piral-base");
        vars["feedUrl"] = json!(r"http://127.0.0.1/it's\a");
        let base = render(Kind::Piral, "default", &vars).unwrap();
        assert!(
            base["src/index.ts"].contains(r"const feedUrl = 'http://127.0.0.1/it\'s\\a';"),
            "{}",
            base["src/index.ts"]
        );
        assert!(
            tree["src/index.html"].contains(
                r#"<meta name="piral-feed" content="http://127.0.0.1:9000/api/v1/pilet">"#
            )
        );
        assert!(tree["src/index.tsx"].contains("createStandardApi"));
    }

    #[test]
    fn javascript_has_no_typescript_files() {
        let tree = render(Kind::Piral, "default", &piral_vars("js", "piral")).unwrap();
        assert!(tree.contains_key("src/index.jsx"));
        assert!(!tree.contains_key("tsconfig.json"));
        assert!(!tree.contains_key("src/assets.d.ts"));
        assert!(!tree["src/layout.jsx"].contains(": ComponentsState"));
    }

    #[test]
    fn piral_base_uses_a_plain_script() {
        let tree = render(Kind::Piral, "default", &piral_vars("ts", "piral-base")).unwrap();
        assert!(tree.contains_key("src/index.ts"));
        assert!(tree["src/index.html"].contains(r#"<script src="./index.ts"></script>"#));
        assert!(tree["src/index.ts"].contains("from 'piral-base'"));
    }

    #[test]
    fn empty_template_has_no_layout() {
        let tree = render(Kind::Piral, "empty", &piral_vars("ts", "piral")).unwrap();
        assert!(!tree.contains_key("src/layout.tsx"));
        assert!(tree.contains_key("src/index.tsx"));
    }

    #[test]
    fn default_pilet_template_uses_the_shell_plugins() {
        let vars = json!({"sourceName": "sample-piral", "language": "ts", "js": "ts", "jsx": "tsx", "src": "src",
            "plugins": {"dashboard": true, "menu": true, "notifications": false}});
        let tree = render(Kind::Pilet, "default", &vars).unwrap();
        let index = &tree["src/index.tsx"];
        assert!(index.contains("import type { PiletApi } from 'sample-piral';"));
        assert!(index.contains("React.lazy(() => import('./Page'))"));
        assert!(index.contains("app.registerTile("));
        assert!(index.contains("app.registerMenu("));
        assert!(!index.contains("showNotification"));
        assert!(tree.contains_key("src/Page.tsx"));
        assert_eq!(
            tree["package.json"].trim(),
            r#"{ "source": "src/index.tsx" }"#
        );
    }

    #[test]
    fn unknown_template_is_a_coded_error() {
        let error = render(Kind::Pilet, "angular", &json!({})).unwrap_err();
        let coded = crate::errors::find_coded(&error).unwrap();
        assert_eq!(coded.code, Code::TemplateNotFound);
        assert_eq!(coded.hint.as_deref(), Some("choose one of: default, empty"));
    }
}
