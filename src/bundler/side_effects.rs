//! `"sideEffects"` of package.json (webpack's and esbuild's convention): `false` says that no
//! module of the package does anything on import beyond defining its exports; an array lists
//! the files that do (globs relative to the package; a pattern without `/` matches a file name
//! in any folder). Tree shaking drops what such a module does when nothing it exports is used.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What the packages seen say: the package folder of each module folder, and each package's
/// rule (read once).
#[derive(Debug, Default)]
pub(super) struct Packages(Mutex<Known>);

#[derive(Debug, Default)]
struct Known {
    /// Module folder → the folder of the nearest package.json.
    folders: HashMap<PathBuf, Option<PathBuf>>,
    /// Package folder → its `"sideEffects"`, when it says something usable.
    rules: HashMap<PathBuf, Option<Arc<Rule>>>,
}

#[derive(Debug)]
enum Rule {
    None,
    Only(globset::GlobSet),
}

/// Whether the module at `path` may have side effects of its own.
pub(super) fn has_side_effects(path: &Path, packages: &Packages) -> bool {
    let Some(parent) = path.parent() else {
        return true;
    };
    let (folder, rule) = {
        let mut known = packages.0.lock().expect("never poisoned");
        let folder = known
            .folders
            .entry(parent.to_path_buf())
            .or_insert_with(|| {
                parent
                    .ancestors()
                    .find(|folder| folder.join("package.json").is_file())
                    .map(Path::to_path_buf)
            })
            .clone();
        let Some(folder) = folder else {
            return true;
        };
        let rule = known
            .rules
            .entry(folder.clone())
            .or_insert_with(|| read_rule(&folder).map(Arc::new))
            .clone();
        (folder, rule)
    };
    match rule.as_deref() {
        None => true,
        Some(Rule::None) => false,
        Some(Rule::Only(globs)) => path.strip_prefix(&folder).is_ok_and(|relative| {
            let relative = relative.to_string_lossy().replace('\\', "/");
            globs.is_match(relative)
        }),
    }
}

fn read_rule(folder: &Path) -> Option<Rule> {
    let text = fs_err::read_to_string(folder.join("package.json")).ok()?;
    let manifest: serde_json::Value = serde_json::from_str(&text).ok()?;
    match manifest.get("sideEffects")? {
        serde_json::Value::Bool(false) => Some(Rule::None),
        serde_json::Value::Array(patterns) => {
            let mut builder = globset::GlobSetBuilder::new();
            for pattern in patterns.iter().filter_map(|p| p.as_str()) {
                let pattern = pattern.trim_start_matches("./");
                let pattern = if pattern.contains('/') {
                    pattern.to_string()
                } else {
                    format!("**/{pattern}")
                };
                builder.add(globset::Glob::new(&pattern).ok()?);
            }
            builder.build().ok().map(Rule::Only)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn false_and_lists_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let pure = dir.path().join("node_modules/pure");
        let listed = dir.path().join("node_modules/listed");
        std::fs::create_dir_all(pure.join("lib")).unwrap();
        std::fs::create_dir_all(listed.join("lib")).unwrap();
        std::fs::write(pure.join("package.json"), r#"{"sideEffects": false}"#).unwrap();
        std::fs::write(
            listed.join("package.json"),
            r#"{"sideEffects": ["*.css", "./lib/polyfill.js"]}"#,
        )
        .unwrap();
        std::fs::write(dir.path().join("package.json"), "{}").unwrap();
        let packages = Packages::default();
        assert!(!has_side_effects(&pure.join("lib/a.js"), &packages));
        assert!(has_side_effects(&listed.join("lib/polyfill.js"), &packages));
        assert!(has_side_effects(&listed.join("lib/x/style.css"), &packages));
        assert!(!has_side_effects(&listed.join("lib/a.js"), &packages));
        assert!(has_side_effects(&dir.path().join("src.js"), &packages));
    }
}
